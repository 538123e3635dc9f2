#!/usr/bin/env bash
# `mletutor fit gamma` on 1,000,000 lines (~18 MB) against numpy.loadtxt + scipy.stats.gamma.fit(x, floc=0),
# side by side in one run: median wall time of whole processes over RUNS repetitions (default 7),
# peak memory from /usr/bin/time -v, the estimates of both, then the core's per-call costs.
#
# The binary is built with --static-swift-stdlib: linked dynamically, Foundation (which Yams
# brings in) alone makes a process about 20 MB before it reads a byte.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
source Benchmarks/fit-setup.sh

cat >"$out/scipy_fit.py" <<'PY'
import sys
import numpy as np
from scipy import stats
x = np.loadtxt(sys.argv[1])
alpha, _, scale = stats.gamma.fit(x, floc=0)
print(repr(float(alpha)), repr(float(1 / scale)))
PY

# OpenBLAS tuning variables slow a current numpy down; unset them for scipy's runs only.
python3 - "$runs" "$bin/mletutor" "$data" "$out/scipy_fit.py" <<'PY'
import os, statistics, subprocess, sys, time
runs, mletutor, data, script = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
commands = {"mletutor fit gamma": [mletutor, "fit", "gamma", data, "--json"],
            "numpy.loadtxt + scipy gamma.fit": ["python3", script, data]}
times = {name: [] for name in commands}
outputs = {}
for _ in range(runs):
    for name, command in commands.items():
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
        times[name].append(time.perf_counter() - start)
        outputs[name] = result.stdout.strip()
for name in commands:
    t = times[name]
    print(f"{name:34s} median {statistics.median(t):.3f} s  (min {min(t):.3f}, max {max(t):.3f}, {runs} runs)")
ours, theirs = (statistics.median(times[n]) for n in commands)
print(f"speed-up: {theirs / ours:.1f}x")
for name, command in commands.items():
    result = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, env=env, check=True)
    peak = next(line for line in result.stderr.splitlines() if "Maximum resident set size" in line)
    print(f"{name:34s} peak memory {int(peak.split()[-1]) / 1024:.1f} MB")
print("mletutor:", outputs["mletutor fit gamma"][:160], "...")
print("scipy   :", outputs["numpy.loadtxt + scipy gamma.fit"])
PY

echo "== core: likelihood evaluations from a million-point summary"
"$benchmarks/CoreBenchmarks"
