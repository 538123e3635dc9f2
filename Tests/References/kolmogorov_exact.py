"""Reference values for Tests/MLECoreTests/KolmogorovDistributionTests.swift: the survival
function of the exact Kolmogorov-Smirnov statistic D_n, P(D_n >= d).

EXACT: scipy.stats.kstwo.sf(d, n), at pairs where scipy computes it exactly: Durbin's matrix
(Marsaglia, Tsang & Wang 2003), Pomeranz's recursion, or 2 x Smirnov's one-sided sum (exact for
d >= 0.5, within a relative 1e-10 for n d^2 > 4), computed directly in the tail, not as 1 - cdf.

SERIES: for n > 140 with n d^1.5 > 1.4, kstwo.sf switches to the Pelz-Good series, which is off
by about 1e-6 relative; there the reference is 1 - cdf from scipy's own Durbin-matrix routine
(_kolmogn_DMTW, in long double), checked against its Pomeranz routine.

Run: python3 Tests/References/kolmogorov_exact.py
"""
from scipy import stats
from scipy.stats._ksstats import _kolmogn_DMTW, _kolmogn_Pomeranz

EXACT = [(5, 0.2302), (10, 0.3), (20, 0.25), (50, 0.1), (100, 0.15), (140, 0.16),
         (30, 0.6), (100, 0.25), (12, 0.9), (200, 0.02), (1000, 0.01), (2, 0.3), (3, 0.7)]
SERIES = [(200, 0.0424), (1000, 0.03)]
for n, d in EXACT:
    print(f"({n}, {d!r}, {float(stats.kstwo.sf(d, n))!r}),")
for n, d in SERIES:
    durbin = float(1 - _kolmogn_DMTW(n, d, cdf=True))
    pomeranz = float(1 - _kolmogn_Pomeranz(n, d, cdf=True))
    assert abs(durbin - pomeranz) <= 1e-13 * durbin
    print(f"({n}, {d!r}, {durbin!r}),  # kstwo.sf (Pelz-Good): {float(stats.kstwo.sf(d, n))!r}")
