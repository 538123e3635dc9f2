#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/Targets and runs each for a bounded time.
#
#   Scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 seconds, every target
#
# Targets: lesson-loader number-reader csv-reader progress-decoder quiz-answer fit-compare formula-model.
# The library is built with coverage instrumentation (-sanitize=fuzzer) in .build-fuzz; each
# target links it with libFuzzer. New inputs go to .build-fuzz/corpus/TARGET (the committed seeds
# in fuzz/corpus/TARGET are read, never written); a crash is saved as .build-fuzz/crash-TARGET-*
# and the script exits non-zero. Turn every crash into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lesson-loader number-reader csv-reader progress-decoder quiz-answer fit-compare formula-model)
build=.build-fuzz

# The dependencies come uninstrumented from the ordinary debug build; MLECore and MLETutor are
# compiled again with coverage (-sanitize=fuzzer) and testing enabled, so targets reach internals.
debug=.build/debug
if [ -z "${FUZZ_NO_BUILD:-}" ]; then # FUZZ_NO_BUILD=1 reuses the instrumented modules already built
swift build --target MLETutor >&2
mkdir -p "$build/modules"
embedded=$(find .build/plugins/outputs -path '*MLETutor*' -name EmbeddedLessons.swift | head -1)
compile() { # MODULE SOURCES...
    local module=$1
    shift
    swiftc -sanitize=fuzzer -enable-testing -parse-as-library -g -Onone -wmo -module-name "$module" \
        -I "$build/modules" -I "$debug/Modules" -I Sources/CNcurses -I .build/checkouts/swift-numerics/Sources/_NumericsShims/include \
        -I .build/checkouts/Yams/Sources/CYaml/include -Xcc -I/usr/include/ncursesw \
        -emit-module -emit-module-path "$build/modules/$module.swiftmodule" \
        -c "$@" -o "$build/$module.o" >&2
}
compile MLECore $(find Sources/MLECore -name '*.swift')
compile MLETutor $(find Sources/MLETutor -name '*.swift') "$embedded"
fi
dependencies=$(find "$debug"/{Yams,CYaml,RealModule,_NumericsShims,ArgumentParser,ArgumentParserToolInfo}.build \
    -name '*.o' 2>/dev/null)
objects="$build/MLECore.o $build/MLETutor.o $dependencies"

status=0
for target in "${targets[@]}"; do
    binary="$build/fuzz-$target"
    swiftc -sanitize=fuzzer -parse-as-library -g -I "$build/modules" -I "$debug/Modules" -I Sources/CNcurses \
        -I .build/checkouts/swift-numerics/Sources/_NumericsShims/include -I .build/checkouts/Yams/Sources/CYaml/include \
        "fuzz/Targets/$target.swift" $objects -lncursesw -ltinfo -o "$binary" >&2
    mkdir -p "$build/corpus/$target"
    echo "== $target: $seconds s" >&2
    # Swift's own backtracer would take the trap's signal before libFuzzer, which then neither
    # saves the input nor says "deadly signal": leave the signal to libFuzzer.
    if ! SWIFT_BACKTRACE=enable=no "$binary" "$build/corpus/$target" "fuzz/corpus/$target" -max_total_time="$seconds" \
        -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/crash-$target-" 2>&1 | tee "$build/fuzz-$target.log" | grep -E '^(#[0-9]+.*(DONE|pulse)|stat::|==|SUMMARY|.*ERROR)'; then
        true
    fi
    if grep -q -E 'ERROR: libFuzzer|deadly signal|Fatal error|Precondition failed|Program crashed' "$build/fuzz-$target.log"; then
        status=1
    fi
done
exit $status
