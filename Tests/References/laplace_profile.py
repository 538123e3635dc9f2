"""Reference profile-likelihood intervals of a Laplace fit, for LaplaceIntervalTests.swift.

Twelve values; the fit is in closed form (mu-hat the median, b-hat the mean absolute deviation
from it), and so are both profiles: with mu held, b-hat(mu) = mean|x - mu| and
lp(mu) = -n log(2 b-hat(mu)) - n; with b held, mu-hat is the median whatever b is, and
lp(b) = -n log(2b) - n mad / b. Each end of the 95% interval solves lp = l-hat - chi2(1, 0.95)/2,
found by scipy's brentq on mpmath-free closed forms at double precision (xtol 1e-15).
Run: python3 Tests/References/laplace_profile.py
"""
import numpy as np
from scipy import optimize, stats

x = np.array([2.31, 0.47, 1.95, 3.02, 1.18, 2.66, 0.91, 1.73, 4.4, 1.52, 2.08, 0.12])
n = len(x)
mu_hat = float(np.median(x))
mad = float(np.mean(np.abs(x - mu_hat)))
l_hat = -n * np.log(2 * mad) - n
cut = l_hat - stats.chi2.ppf(0.95, 1) / 2


def lp_mu(mu):
    return -n * np.log(2 * np.mean(np.abs(x - mu))) - n


def lp_b(b):
    return -n * np.log(2 * b) - n * mad / b


mu_lo = optimize.brentq(lambda m: lp_mu(m) - cut, mu_hat - 10, mu_hat, xtol=1e-15)
mu_hi = optimize.brentq(lambda m: lp_mu(m) - cut, mu_hat, mu_hat + 10, xtol=1e-15)
b_lo = optimize.brentq(lambda b: lp_b(b) - cut, 1e-6, mad, xtol=1e-15)
b_hi = optimize.brentq(lambda b: lp_b(b) - cut, mad, 100 * mad, xtol=1e-15)
print("mu-hat", repr(mu_hat), "b-hat", repr(mad), "l-hat", repr(float(l_hat)))
print("mu interval", repr(mu_lo), repr(mu_hi))
print("b interval", repr(b_lo), repr(b_hi))
