"""Reference maximum likelihood fits for Tests/MLECoreTests/ReferenceFitTests.swift.

Each dataset is written by the Swift sampler (`swift build -c release --product CoreBenchmarks`,
then `.build/release/CoreBenchmarks sample FAMILY P1 [P2] N SEED`), read back exactly, and fitted
here independently: sums, logs and special functions in mpmath at 40 digits, the Gamma shape by
mpmath.findroot on log(a) - digamma(a) = log(mean) - mean(log x); standard errors from the inverse
observed information at the estimate. scipy (stats.*.fit, logpdf/logpmf sums) is run beside it as a
cross-check; its largest relative difference from mpmath is printed in each row's comment.
Run from the package root: python3 Tests/References/fits.py
"""
import subprocess
import mpmath as mp
import numpy as np
from scipy import stats

mp.mp.dps = 40
BIN = ".build/release/CoreBenchmarks"


def sample(family, params, n, seed):
    out = subprocess.run([BIN, "sample", family, *map(repr, params), str(n), str(seed)],
                         check=True, capture_output=True, text=True).stdout
    return [float(t) for t in out.split()]


def fsum(values):
    return mp.fsum(values)


def gamma_fit(x, fixed):
    n = len(x)
    sx = fsum(mp.mpf(v) for v in x)
    slog = fsum(mp.log(mp.mpf(v)) for v in x)
    if "alpha" in fixed:
        a = mp.mpf(fixed["alpha"]); b = a * n / sx
        est = {"beta": b}; se = {"beta": b / mp.sqrt(n * a)}
    elif "beta" in fixed:
        b = mp.mpf(fixed["beta"]); c = mp.log(b) + slog / n
        start = mp.exp(c) + 0.5 if c >= -2.22 else -1 / (c + mp.euler)
        a = mp.findroot(lambda t: mp.digamma(t) - c, start)
        est = {"alpha": a}; se = {"alpha": 1 / mp.sqrt(n * mp.polygamma(1, a))}
    else:
        s = mp.log(sx / n) - slog / n
        a = mp.findroot(lambda t: mp.log(t) - mp.digamma(t) - s, (3 - s + mp.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s))
        b = a * n / sx
        info = mp.matrix([[n * mp.polygamma(1, a), -n / b], [-n / b, n * a / b ** 2]])
        cov = info ** -1
        est = {"alpha": a, "beta": b}; se = {"alpha": mp.sqrt(cov[0, 0]), "beta": mp.sqrt(cov[1, 1])}
    ll = n * a * mp.log(b) - n * mp.loggamma(a) + (a - 1) * slog - b * sx
    xs = np.array(x)
    if not fixed:
        sa, _, sscale = stats.gamma.fit(xs, floc=0)
        check = [(sa, est["alpha"]), (1 / sscale, est["beta"]), (stats.gamma.logpdf(xs, sa, scale=sscale).sum(), ll)]
    else:
        check = [(stats.gamma.logpdf(xs, float(a), scale=1 / float(b)).sum(), ll)]
    return est, se, ll, check


def normal_fit(x, fixed):
    n = len(x)
    m = fsum(mp.mpf(v) for v in x) / n
    mu = mp.mpf(fixed.get("mu", m))
    q = fsum((mp.mpf(v) - mu) ** 2 for v in x)
    if "sigma" in fixed:
        s = mp.mpf(fixed["sigma"]); est = {"mu": m}; se = {"mu": s / mp.sqrt(n)}
    else:
        s = mp.sqrt(q / n)
        est = {"sigma": s} if "mu" in fixed else {"mu": m, "sigma": s}
        se = {"sigma": s / mp.sqrt(2 * n)} if "mu" in fixed else {"mu": s / mp.sqrt(n), "sigma": s / mp.sqrt(2 * n)}
    muhat = est.get("mu", mu)
    ll = -n * mp.log(2 * mp.pi * s ** 2) / 2 - fsum((mp.mpf(v) - muhat) ** 2 for v in x) / (2 * s ** 2)
    xs = np.array(x)
    check = [(stats.norm.logpdf(xs, float(muhat), float(s)).sum(), ll)]
    if not fixed:
        smu, ssig = stats.norm.fit(xs)
        check += [(smu, m), (ssig, s)]
    return est, se, ll, check


def exponential_fit(x, fixed):
    n = len(x); sx = fsum(mp.mpf(v) for v in x)
    lam = n / sx
    ll = n * mp.log(lam) - lam * sx
    _, scale = stats.expon.fit(np.array(x), floc=0)
    return {"lambda": lam}, {"lambda": lam / mp.sqrt(n)}, ll, [(1 / scale, lam), (stats.expon.logpdf(np.array(x), scale=scale).sum(), ll)]


def poisson_fit(x, fixed):
    n = len(x); sx = fsum(mp.mpf(v) for v in x)
    lam = sx / n
    ll = sx * mp.log(lam) - n * lam - fsum(mp.loggamma(mp.mpf(v) + 1) for v in x)
    return {"lambda": lam}, {"lambda": mp.sqrt(lam / n)}, ll, [(np.mean(x), lam), (stats.poisson.logpmf(np.array(x), float(lam)).sum(), ll)]


def binomial_fit(trials):
    def fit(x, fixed):
        n = len(x); k = fsum(mp.mpf(v) for v in x); total = n * trials
        p = k / total
        logc = fsum(mp.log(mp.binomial(trials, int(v))) for v in x)
        ll = logc + k * mp.log(p) + (total - k) * mp.log(1 - p)
        return {"p": p}, {"p": mp.sqrt(p * (1 - p) / total)}, ll, [(stats.binom.logpmf(np.array(x), trials, float(p)).sum(), ll)]
    return fit


datasets = [
    ("gamma shape near 0.3", "gamma", [0.3, 2.0], 500, 11, {}, gamma_fit, ".gamma(alpha: 0.3, beta: 2.0)"),
    ("gamma shape near 80", "gamma", [80.0, 0.5], 2000, 12, {}, gamma_fit, ".gamma(alpha: 80.0, beta: 0.5)"),
    ("gamma small sample", "gamma", [2.5, 1.5], 50, 13, {}, gamma_fit, ".gamma(alpha: 2.5, beta: 1.5)"),
    ("gamma exponential-like", "gamma", [1.0, 4.0], 5000, 14, {}, gamma_fit, ".gamma(alpha: 1.0, beta: 4.0)"),
    ("gamma beta known", "gamma", [2.5, 1.5], 50, 13, {"beta": 1.5}, gamma_fit, ".gamma(alpha: 2.5, beta: 1.5)"),
    ("gamma alpha known", "gamma", [2.5, 1.5], 50, 13, {"alpha": 2.5}, gamma_fit, ".gamma(alpha: 2.5, beta: 1.5)"),
    ("gamma beta known, shape near 0.3", "gamma", [0.3, 2.0], 500, 11, {"beta": 2.0}, gamma_fit, ".gamma(alpha: 0.3, beta: 2.0)"),
    ("gamma million points", "gamma", [3.0, 2.0], 1_000_000, 15, {}, gamma_fit, ".gamma(alpha: 3.0, beta: 2.0)"),
    ("normal small sample", "normal", [4.48, 1.2], 10, 21, {}, normal_fit, ".normal(mu: 4.48, sigma: 1.2)"),
    ("normal far from zero", "normal", [-1000.0, 0.01], 1000, 22, {}, normal_fit, ".normal(mu: -1000.0, sigma: 0.01)"),
    ("normal sigma known", "normal", [4.48, 1.2], 10, 21, {"sigma": 2.0}, normal_fit, ".normal(mu: 4.48, sigma: 1.2)"),
    ("normal mu known", "normal", [4.48, 1.2], 10, 21, {"mu": 4.0}, normal_fit, ".normal(mu: 4.48, sigma: 1.2)"),
    ("normal million points", "normal", [1.0, 2.0], 1_000_000, 23, {}, normal_fit, ".normal(mu: 1.0, sigma: 2.0)"),
    ("exponential", "exponential", [0.5], 100, 31, {}, exponential_fit, ".exponential(lambda: 0.5)"),
    ("exponential fast rate", "exponential", [1000.0], 1000, 32, {}, exponential_fit, ".exponential(lambda: 1000.0)"),
    ("poisson", "poisson", [3.2], 200, 41, {}, poisson_fit, ".poisson(lambda: 3.2)"),
    ("poisson large rate", "poisson", [150.0], 1000, 42, {}, poisson_fit, ".poisson(lambda: 150.0)"),
    ("bernoulli ten tosses", "bernoulli", [0.7], 10, 51, {}, binomial_fit(1), ".bernoulli(p: 0.7)"),
    ("bernoulli rare", "bernoulli", [0.03], 5000, 52, {}, binomial_fit(1), ".bernoulli(p: 0.03)"),
    ("binomial", "binomial", [10.0, 0.35], 300, 61, {}, binomial_fit(10), ".binomial(trials: 10, p: 0.35)"),
]


def literal(d):
    return "[" + ", ".join('"%s": %s' % (k, mp.nstr(v, 17, min_fixed=-1, max_fixed=1)) for k, v in d.items()) + "]" if d else "[:]"


for name, family, params, n, seed, fixed, fit, source in datasets:
    x = sample(family, params, n, seed)
    est, se, ll, check = fit(x, fixed)
    worst = max(abs(float(a) - float(b)) / abs(float(b)) for a, b in check)
    print("        // scipy agrees to %.1e relative" % worst)
    print('        ReferenceFit(name: "%s", source: %s, n: %d, seed: %d, fixed: %s,' % (name, source, n, seed, literal(fixed)))
    print("                     estimates: %s," % literal(est))
    print("                     standardErrors: %s," % literal(se))
    print("                     logLikelihood: %s)," % mp.nstr(ll, 17, min_fixed=-1, max_fixed=1))
