#!/usr/bin/env bash
# `mletutor fit --compare normal,lognormal,gamma,weibull` on 1,000,000 lines against numpy.loadtxt +
# scipy.stats .fit of the same four families (norm; lognorm, gamma and weibull_min with floc=0),
# side by side in one run (the table is timed; --json, which adds profile-likelihood intervals, once
# apart): median wall time of whole processes over RUNS repetitions (default 3),
# peak memory from /usr/bin/time -v beside the start-up footprint of `mletutor --version`, and the
# log-likelihoods both reach. What the compare keeps beyond running sums: the values, 8 bytes each,
# for Weibull only (its likelihood has no fixed-size sufficient statistic).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
source Benchmarks/fit-setup.sh

cat >"$out/scipy_compare.py" <<'PY'
import sys
import numpy as np
from scipy import stats
x = np.loadtxt(sys.argv[1])
fits = {"normal": (stats.norm, stats.norm.fit(x)),
        "lognormal": (stats.lognorm, stats.lognorm.fit(x, floc=0)),
        "gamma": (stats.gamma, stats.gamma.fit(x, floc=0)),
        "weibull": (stats.weibull_min, stats.weibull_min.fit(x, floc=0))}
for name, (dist, params) in fits.items():
    print(name, repr(float(dist.logpdf(x, *params).sum())))
PY

python3 - "$runs" "$bin/mletutor" "$data" "$out/scipy_compare.py" <<'PY'
import json, os, statistics, subprocess, sys, time
runs, mletutor, data, script = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
commands = {"mletutor fit --compare (4 families)": [mletutor, "fit", "--compare", "normal,lognormal,gamma,weibull", data],
            "numpy.loadtxt + 4 scipy .fit": ["python3", script, data]}
times = {name: [] for name in commands}
outputs = {}
for _ in range(runs):
    for name, command in commands.items():
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
        times[name].append(time.perf_counter() - start)
        outputs[name] = result.stdout
for name in commands:
    t = times[name]
    print(f"{name:38s} median {statistics.median(t):.3f} s  (min {min(t):.3f}, max {max(t):.3f}, {runs} runs)")
ours, theirs = (statistics.median(times[n]) for n in commands)
print(f"speed-up: {theirs / ours:.1f}x")
def peak(command):
    result = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, env=env, check=True)
    line = next(l for l in result.stderr.splitlines() if "Maximum resident set size" in l)
    return int(line.split()[-1]) / 1024
print(f"{'mletutor --version (start-up)':38s} peak memory {peak([mletutor, '--version']):.1f} MB")
for name, command in commands.items():
    print(f"{name:38s} peak memory {peak(command):.1f} MB")
# The table is what is timed; --json adds every parameter's profile-likelihood interval, which for
# Weibull costs a maximisation over the other parameter per point on a million values: timed apart.
start = time.perf_counter()
as_json = subprocess.run(commands["mletutor fit --compare (4 families)"] + ["--json"], capture_output=True, text=True, check=True)
print(f"{'mletutor fit --compare --json':38s} one run {time.perf_counter() - start:.3f} s (with profile-likelihood intervals)")
ours = {fit["distribution"]: fit["logLikelihood"] for fit in json.loads(as_json.stdout)}
theirs = dict(line.split() for line in outputs["numpy.loadtxt + 4 scipy .fit"].splitlines())
for name, ll in ours.items():
    print(f"  {name:10s} log-likelihood mletutor {ll!r:24s} scipy {theirs[name]}")
PY
