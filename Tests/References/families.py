"""Reference fits for Tests/MLECoreTests/FamilyReferenceTests.swift: the families of issue 16.1.

Each dataset is drawn by the Swift sampler (`swift build --product CoreBenchmarks`, then
`.build/debug/CoreBenchmarks sample FAMILY P1 P2 N SEED`; the draws are the same in debug and
release), read back exactly, and fitted here independently: the log-likelihood written out in
mpmath at 30 digits, its maximum found by mpmath.findroot on the score (numerical derivatives of
the mpmath log-likelihood) started from scipy.stats' own fit, and the standard errors from the
inverse observed information (numerical second derivatives at the estimate). Closed forms
(geometric, Laplace, Pareto) are evaluated in mpmath. scipy.stats' fit and logpdf/logpmf sum are
printed beside each row with their largest relative difference from mpmath, as a cross-check.
Run from the package root: python3 Tests/References/families.py
"""
import collections
import subprocess
import sys
import mpmath as mp
import numpy as np
from scipy import stats

mp.mp.dps = 30
BIN = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/CoreBenchmarks"


def sample(family, params, n, seed):
    out = subprocess.run([BIN, "sample", family, *map(repr, params), str(n), str(seed)],
                         check=True, capture_output=True, text=True).stdout
    return [float(t) for t in out.split()]


def weibull_ll(x):
    logs = [mp.log(mp.mpf(v)) for v in x]
    slog = mp.fsum(logs); n = len(x)
    return lambda k, lam: n * mp.log(k) - n * k * mp.log(lam) + (k - 1) * slog - mp.fsum(mp.exp(k * (l - mp.log(lam))) for l in logs)


def cauchy_ll(x):
    xs = [mp.mpf(v) for v in x]; n = len(x)
    return lambda x0, g: -n * mp.log(mp.pi * g) - mp.fsum(mp.log(1 + ((v - x0) / g) ** 2) for v in xs)


def beta_ll(x):
    s1 = mp.fsum(mp.log(mp.mpf(v)) for v in x); s2 = mp.fsum(mp.log(1 - mp.mpf(v)) for v in x); n = len(x)
    return lambda a, b: (a - 1) * s1 + (b - 1) * s2 - n * (mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b))


def negbin_ll(x):
    tally = collections.Counter(x); n = len(x); total = sum(x)
    logfact = mp.fsum(t * mp.loggamma(v + 1) for v, t in tally.items())
    return lambda r, p: (mp.fsum(t * (mp.loggamma(v + r) - mp.loggamma(r)) for v, t in tally.items())
                         - logfact + n * r * mp.log(p) + total * mp.log(1 - p))


def numerical(ll, start):
    f = lambda a, b: [mp.diff(ll, (a, b), (1, 0)), mp.diff(ll, (a, b), (0, 1))]
    a, b = mp.findroot(f, tuple(mp.mpf(s) for s in start), tol=mp.mpf(10) ** -24, verify=False)
    # The score times each parameter is the change in ℓ for a relative change: it must be rounding.
    assert max(abs(f(a, b)[0] * a), abs(f(a, b)[1] * b)) < mp.mpf(10) ** -15 * (1 + abs(ll(a, b))), "score not 0"
    h = mp.matrix([[mp.diff(ll, (a, b), (2, 0)), mp.diff(ll, (a, b), (1, 1))],
                   [mp.diff(ll, (a, b), (1, 1)), mp.diff(ll, (a, b), (0, 2))]])
    cov = (-h) ** -1
    return [a, b], [mp.sqrt(cov[0, 0]), mp.sqrt(cov[1, 1])], ll(a, b)


def row(name, family, params, n, seed, est, se, ll, scipy_est, scipy_ll):
    diff = max(abs((s - float(e)) / float(e)) for s, e in zip(scipy_est + [scipy_ll], est + [ll]))
    print(f'    ("{name}", "{family}", [{", ".join(repr(float(p)) for p in params)}], {n}, {seed},')
    print(f'     [{", ".join(mp.nstr(e, 17) for e in est)}],')
    print(f'     [{", ".join(mp.nstr(s, 17) for s in se)}], {mp.nstr(ll, 17)}),  # scipy rel. diff {diff:.1e}')


def weibull(params, n, seed):
    x = sample("weibull", params, n, seed); xs = np.array(x)
    c, _, scale = stats.weibull_min.fit(xs, floc=0)
    est, se, ll = numerical(weibull_ll(x), (c, scale))
    row(f"weibull k={params[0]}", "weibull", params, n, seed, est, se, ll, [c, scale],
        stats.weibull_min.logpdf(xs, c, scale=scale).sum())


def cauchy(params, n, seed):
    x = sample("cauchy", params, n, seed); xs = np.array(x)
    loc, scale = stats.cauchy.fit(xs)
    est, se, ll = numerical(cauchy_ll(x), (loc, scale))
    row(f"cauchy gamma={params[1]}", "cauchy", params, n, seed, est, se, ll, [loc, scale],
        stats.cauchy.logpdf(xs, loc, scale).sum())


def beta(params, n, seed):
    x = sample("beta", params, n, seed); xs = np.array(x)
    a, b, _, _ = stats.beta.fit(xs, floc=0, fscale=1)
    est, se, ll = numerical(beta_ll(x), (a, b))
    row(f"beta alpha={params[0]}", "beta", params, n, seed, est, se, ll, [a, b], stats.beta.logpdf(xs, a, b).sum())


def negbin(params, n, seed):
    x = [int(v) for v in sample("negative-binomial", params, n, seed)]; xs = np.array(x)
    m = xs.mean(); v = xs.var()
    # Given r, p-hat = r/(r + mean) exactly; r-hat is the root of the profile score, with the
    # digamma sums in mpmath, and the standard errors from the analytic observed information.
    tally = collections.Counter(x); total = mp.mpf(sum(x)); mean = total / n
    score = lambda r: mp.fsum(t * (mp.digamma(v + r) - mp.digamma(r)) for v, t in tally.items()) + n * mp.log(r / (r + mean))
    r = mp.findroot(score, mp.mpf(m * m / (v - m)), tol=mp.mpf(10) ** -25)
    p = r / (r + mean)
    h = mp.matrix([[mp.fsum(t * (mp.polygamma(1, v + r) - mp.polygamma(1, r)) for v, t in tally.items()), n / p],
                   [n / p, -n * r / p ** 2 - total / (1 - p) ** 2]])
    cov = (-h) ** -1
    est, se, ll = [r, p], [mp.sqrt(cov[0, 0]), mp.sqrt(cov[1, 1])], negbin_ll(x)(r, p)
    # scipy.stats.nbinom has no fit method; the logpmf sum at the estimate is the cross-check.
    row(f"negative-binomial r={params[0]}", "negative-binomial", params, n, seed, est, se, ll,
        [float(e) for e in est], stats.nbinom.logpmf(xs, float(est[0]), float(est[1])).sum())


def geometric(params, n, seed):
    x = sample("geometric", params, n, seed); xs = np.array(x)
    total = mp.fsum(mp.mpf(v) for v in x)
    p = n / (n + total)
    ll = n * mp.log(p) + total * mp.log(1 - p)
    se = 1 / mp.sqrt(n / p ** 2 + total / (1 - p) ** 2)
    # scipy's geom counts trials (support 1, 2, …): shift by one.
    row(f"geometric p={params[0]}", "geometric", params, n, seed, [p], [se], ll,
        [1 / (1 + xs.mean())], stats.geom.logpmf(xs + 1, 1 / (1 + xs.mean())).sum())


def laplace(params, n, seed):
    x = sample("laplace", params, n, seed); xs = np.array(x)
    mu = mp.mpf(sorted(x)[n // 2]) if n % 2 else (mp.mpf(sorted(x)[n // 2 - 1]) + mp.mpf(sorted(x)[n // 2])) / 2
    b = mp.fsum(abs(mp.mpf(v) - mu) for v in x) / n
    ll = -n * mp.log(2 * b) - mp.fsum(abs(mp.mpf(v) - mu) for v in x) / b
    # mu: expected information n/b² (ℓ has a corner there); b: observed −∂²ℓ/∂b² = n/b² at b-hat.
    se = [b / mp.sqrt(n), b / mp.sqrt(n)]
    loc, scale = stats.laplace.fit(xs)
    row(f"laplace b={params[1]}", "laplace", params, n, seed, [mu, b], se, ll, [loc, scale],
        stats.laplace.logpdf(xs, loc, scale).sum())


def pareto(params, n, seed):
    x = sample("pareto", params, n, seed); xs = np.array(x)
    xm = mp.mpf(min(x))
    slog = mp.fsum(mp.log(mp.mpf(v)) for v in x)
    alpha = n / (slog - n * mp.log(xm))
    ll = n * mp.log(alpha) + n * alpha * mp.log(xm) - (alpha + 1) * slog
    b, _, scale = stats.pareto.fit(xs, floc=0)
    # xm has no standard error (support bound); alpha's, with xm at its estimate, is alpha/√n.
    row(f"pareto alpha={params[1]}", "pareto", params, n, seed, [xm, alpha], [mp.nan, alpha / mp.sqrt(n)], ll,
        [scale, b], stats.pareto.logpdf(xs, b, scale=scale).sum())


def lognormal(params, n, seed):
    x = sample("lognormal", params, n, seed); xs = np.array(x)
    logs = [mp.log(mp.mpf(v)) for v in x]
    mu = mp.fsum(logs) / n
    sigma = mp.sqrt(mp.fsum((l - mu) ** 2 for l in logs) / n)
    ll = -n * mp.log(sigma) - n * mp.log(2 * mp.pi) / 2 - n / 2 - mp.fsum(logs)
    s, _, scale = stats.lognorm.fit(xs, floc=0)
    row(f"lognormal sigma={params[1]}", "lognormal", params, n, seed, [mu, sigma],
        [sigma / mp.sqrt(n), sigma / mp.sqrt(2 * n)], ll, [np.log(scale), s], stats.lognorm.logpdf(xs, s, scale=scale).sum())


print("    // name, family, parameters drawn from, n, seed, estimates, standard errors, log-likelihood")
weibull([0.1, 2.0], 400, 1)
weibull([1000.0, 3.0], 400, 2)
weibull([1.5, 2.0], 1000, 3)
cauchy([0.0, 1.0], 500, 4)
cauchy([5.0, 0.01], 500, 5)
beta([0.1, 0.5], 400, 6)
beta([1000.0, 500.0], 400, 7)
negbin([0.1, 0.2], 2000, 8)
negbin([1000.0, 0.5], 2000, 9)
geometric([0.3], 500, 10)
laplace([1.0, 2.0], 501, 11)
pareto([2.0, 3.0], 500, 12)
pareto([1.0, 0.1], 500, 13)
lognormal([0.0, 0.1], 500, 14)
lognormal([2.0, 3.0], 500, 15)
