# Sourced by the fit benchmarks (fit-vs-scipy.sh, fit-compare-vs-scipy.sh) from the repository's
# root: builds the release binary with a static Swift runtime and the CoreBenchmarks tool of the
# Benchmarks package, and writes the million-line Gamma(2.5, 1.5) sample once. Sets out, bin
# (the mletutor binary's folder), benchmarks (CoreBenchmarks' folder) and data.
out=Benchmarks/out
mkdir -p "$out"

echo "== building (release, static Swift runtime)"
swift build -c release --static-swift-stdlib --scratch-path .build-static --product mletutor >"$out/build.log" 2>&1
swift build --package-path Benchmarks -c release --product CoreBenchmarks >>"$out/build.log" 2>&1
bin=.build-static/release
benchmarks="$(swift build --package-path Benchmarks -c release --show-bin-path)"

data="$out/gamma-1m.txt"
if [[ ! -s "$data" ]]; then
    "$benchmarks/CoreBenchmarks" sample gamma 2.5 1.5 1000000 7 >"$data"
fi
echo "== data: $data, $(wc -l <"$data") lines, $(du -h "$data" | cut -f1)"
