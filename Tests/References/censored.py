"""Reference right-censored fits for Tests/MLETutorTests/Fit/CensoredFitTests.swift.

Reads Tests/References/censored.csv (time, censored: 1 = censored, 0 = event) and fits the
exponential and Weibull with scipy.stats' CensoredData (location fixed at 0). The log-likelihood is
the censored one: logpdf summed over events plus logsf over censored times. scipy's own fit stops
about 1e-5 (relative) short of the maximum, so each fit is polished on the same scipy likelihood.
Run: python3 Tests/References/censored.py
"""
import csv
import os

import numpy as np
from scipy import optimize, stats

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "censored.csv")) as handle:
    rows = list(csv.DictReader(handle))
times = np.array([float(r["time"]) for r in rows])
censored = np.array([r["censored"] == "1" for r in rows])
data = stats.CensoredData.right_censored(times, censored)


def loglik(dist, *shape, scale):
    events = dist.logpdf(times[~censored], *shape, scale=scale).sum()
    return events + dist.logsf(times[censored], *shape, scale=scale).sum()


loc, scale = stats.expon.fit(data, floc=0)
# scipy's optimizer stops about 1e-5 from the maximum; polish on the same censored likelihood.
scale = optimize.minimize_scalar(
    lambda s: -loglik(stats.expon, scale=s), bracket=(0.9 * scale, scale, 1.1 * scale), tol=1e-14).x
print(f"exponential lambda = {1 / scale!r}  loglik = {loglik(stats.expon, scale=scale)!r}")

k, loc, scale = stats.weibull_min.fit(data, floc=0)
# Polish scipy's optimizer result to rounding on the same censored likelihood.
k, scale = optimize.minimize(
    lambda p: -loglik(stats.weibull_min, p[0], scale=p[1]), [k, scale], method="Nelder-Mead",
    options={"xatol": 1e-13, "fatol": 1e-15, "maxiter": 20000}).x
print(f"weibull k = {k!r}  lambda = {scale!r}  loglik = {loglik(stats.weibull_min, k, scale=scale)!r}")
print(f"exponential closed form d / sum(t) = {(~censored).sum() / times.sum()!r}")
print(f"censored = {int(censored.sum())} of {len(times)}")
