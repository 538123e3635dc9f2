#!/usr/bin/env bash
# Whole-process time of drawing the explorer's likelihood curve at 200×60: PlotBenchmarks
# --print-curve (release build) against plotext. Needs `pip install plotext`; uses hyperfine
# (`apt-get install hyperfine`) when present, else a loop timed with date.
set -euo pipefail
cd "$(dirname "$0")/.."

width=${1:-200}
height=${2:-60}
runs=${RUNS:-30}

swift build --package-path Benchmarks -c release -Xswiftc -enable-testing --product PlotBenchmarks >/dev/null 2>&1 ||
    swift build --package-path Benchmarks -c release -Xswiftc -enable-testing --product PlotBenchmarks
swift_command="Benchmarks/.build/release/PlotBenchmarks --print-curve --width $width --height $height"
python_command="python3 Benchmarks/plotext_curve.py $width $height"
python3 -c "import plotext" || { echo "plotext is missing: pip install plotext" >&2; exit 1; }

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 3 --runs "$runs" --output=pipe \
        --command-name "mletutor plot (Swift, release)" "$swift_command" \
        --command-name "plotext $(python3 -c 'import plotext; print(plotext.__version__)')" "$python_command"
else
    for command in "$swift_command" "$python_command"; do
        start=$(date +%s%N)
        for _ in $(seq "$runs"); do $command >/dev/null; done
        end=$(date +%s%N)
        echo "$command: $(( (end - start) / runs / 1000 )) µs per run (mean of $runs)"
    done
fi
