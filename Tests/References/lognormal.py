"""Reference lognormal fits for Tests/MLECoreTests/LognormalFamilyTests.swift.

The data are twenty positive values written out below, the same list as in the Swift test. Estimates, log-likelihood and standard errors from the inverse observed
information are computed in mpmath at 40 digits; scipy.stats.lognorm.fit (floc=0) and logpdf sums
are printed beside them as a cross-check. Run: python3 Tests/References/lognormal.py
"""
import mpmath as mp
import numpy as np
from scipy import stats

mp.mp.dps = 40
DATA = [1.239811, 0.573962, 2.940172, 1.132516, 0.853384, 4.076118, 1.595338, 0.981713,
        2.290557, 1.474011, 0.431582, 3.117145, 1.722893, 0.698264, 1.376615, 5.612342,
        1.083397, 2.006774, 0.767903, 1.907181]


def fit(x, mu_fixed=None, sigma_fixed=None):
    n = len(x)
    logs = [mp.log(mp.mpf(repr(v))) for v in x]
    mean_log = mp.fsum(logs) / n
    mu = mp.mpf(mu_fixed) if mu_fixed is not None else mean_log
    if sigma_fixed is not None:
        sigma = mp.mpf(sigma_fixed)
    else:
        sigma = mp.sqrt(mp.fsum((l - mu) ** 2 for l in logs) / n)
    q = mp.fsum((l - mu) ** 2 for l in logs)
    ll = -n * mp.log(sigma) - n * mp.log(2 * mp.pi) / 2 - q / (2 * sigma ** 2) - mp.fsum(logs)
    # observed information at the estimate: -d2l/dmu2 = n/sigma^2, -d2l/dsigma2 = -n/sigma^2 + 3q/sigma^4
    info_mu = n / sigma ** 2
    info_sigma = -n / sigma ** 2 + 3 * q / sigma ** 4
    return mu, sigma, ll, 1 / mp.sqrt(info_mu), 1 / mp.sqrt(info_sigma)


mu, sigma, ll, se_mu, se_sigma = fit(DATA)
s, loc, scale = stats.lognorm.fit(np.array(DATA), floc=0)
print(f"free:      mu={mp.nstr(mu, 17)} sigma={mp.nstr(sigma, 17)} ll={mp.nstr(ll, 17)}")
print(f"           se_mu={mp.nstr(se_mu, 17)} se_sigma={mp.nstr(se_sigma, 17)}")
print(f"  scipy:   mu={np.log(scale)!r} sigma={s!r} ll={stats.lognorm.logpdf(DATA, s, scale=scale).sum()!r}")
mu, sigma, ll, _, se_sigma = fit(DATA, mu_fixed=0)
print(f"mu=0:      sigma={mp.nstr(sigma, 17)} ll={mp.nstr(ll, 17)} se_sigma={mp.nstr(se_sigma, 17)}")
print(f"  scipy:   ll={stats.lognorm.logpdf(DATA, float(sigma), scale=1.0).sum()!r}")
mu, sigma, ll, se_mu, _ = fit(DATA, sigma_fixed=1.5)
print(f"sigma=1.5: mu={mp.nstr(mu, 17)} ll={mp.nstr(ll, 17)} se_mu={mp.nstr(se_mu, 17)}")
print(f"  scipy:   ll={stats.lognorm.logpdf(DATA, 1.5, scale=float(mp.exp(mu))).sum()!r}")
