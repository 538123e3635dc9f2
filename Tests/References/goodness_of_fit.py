"""Reference values for Tests/MLECoreTests/GoodnessOfFitTests.swift: the regularized incomplete
gamma and beta functions (scipy.special.gammainc/gammaincc/betainc), and the Kolmogorov-Smirnov
statistic and exact p-value (scipy.stats.kstest, method="exact"), and Kolmogorov's limit
distribution (scipy.stats.kstwobign) for the values below
against Normal(5, 1.2). Run: python3 Tests/References/goodness_of_fit.py
"""
from scipy import special, stats

for a, x in [(0.5, 0.2), (2.5, 1.0), (10.0, 14.0), (100.0, 90.0), (1e3, 1010.0)]:
    print(f"P({a}, {x}) = {special.gammainc(a, x)!r}  Q = {special.gammaincc(a, x)!r}")
for x, a, b in [(0.3, 0.1, 0.5), (0.7, 2.0, 3.0), (0.01, 5.0, 1.5), (0.66, 1000.0, 500.0)]:
    print(f"I_{x}({a}, {b}) = {special.betainc(a, b, x)!r}")
VALUES = [4.1, 5.3, 2.2, 6.8, 5.0, 3.9, 4.4, 7.2, 3.1, 5.6, 4.8, 6.1]
r = stats.kstest(VALUES, stats.norm(5, 1.2).cdf, method="exact")
print(f"KS D = {r.statistic!r} exact p = {r.pvalue!r}")
# Kolmogorov's limit distribution, used for large n (GoodnessOfFit.kolmogorovSurvival).
for x in [1.0, 0.6]:
    print(f"P(K > {x}) = {stats.kstwobign.sf(x)!r}")
