"""Reference right-censored fits for Tests/MLETutorTests/Fit/CensoredFitTests.swift.

Reads Tests/References/censored.csv (time, censored: 1 = censored, 0 = event) and fits the
exponential, Weibull, lognormal and Gamma with scipy.stats' CensoredData (location fixed at 0). The log-likelihood is
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
s, loc, scale = stats.lognorm.fit(data, floc=0)
# Polish to rounding on scipy's censored likelihood; mu = log(scale), sigma = s.
s, scale = optimize.minimize(
    lambda p: -loglik(stats.lognorm, p[0], scale=p[1]), [s, scale], method="Nelder-Mead",
    options={"xatol": 1e-13, "fatol": 1e-15, "maxiter": 20000}).x
print(f"lognormal mu = {np.log(scale)!r}  sigma = {s!r}  loglik = {loglik(stats.lognorm, s, scale=scale)!r}")

a, loc, scale = stats.gamma.fit(data, floc=0)
# Polish to rounding on scipy's censored likelihood (logsf is scipy's own gammaincc); beta = 1 / scale.
a, scale = optimize.minimize(
    lambda p: -loglik(stats.gamma, p[0], scale=p[1]), [a, scale], method="Nelder-Mead",
    options={"xatol": 1e-13, "fatol": 1e-15, "maxiter": 20000}).x
print(f"gamma alpha = {a!r}  beta = {1 / scale!r}  loglik = {loglik(stats.gamma, a, scale=scale)!r}")
print(f"exponential closed form d / sum(t) = {(~censored).sum() / times.sum()!r}")
print(f"censored = {int(censored.sum())} of {len(times)}")

# The tails the censored terms need, at 40 digits: log P(Z > z) and the hazard phi(z) / P(Z > z) of a
# standard normal, and log Q(a, x) of the regularized upper incomplete gamma (both branches).
import mpmath as mp  # noqa: E402

mp.mp.dps = 40
for z in [-3.0, 0.5, 7.9, 29.9, 30.1, 40.0, 100.0]:
    z = mp.mpf(z)
    tail = mp.ncdf(-z)
    print(f"normal z = {float(z)!r}  logsf = {float(mp.log(tail))!r}  hazard = {float(mp.npdf(z) / tail)!r}")
for a, x in [(0.3, 0.1), (0.01, 1.0), (0.5, 1.4), (2.5, 3.4), (2.5, 3.6), (50.0, 49.0), (50.0, 60.0),
             (3.0, 200.0), (3.0, 1000.0), (100.0, 50.0)]:
    q = mp.gammainc(mp.mpf(a), mp.mpf(x), mp.inf, regularized=True)
    print(f"gamma a = {a!r}  x = {x!r}  logQ = {float(mp.log(q))!r}")
