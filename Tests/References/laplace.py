"""Reference Laplace fit for Tests/MLETutorTests/Fit/FormulaFitSessionTests.swift.

Draws 101 Laplace(1.5, 0.7) values with numpy's seeded generator, prints them (shortest round-trip
form, so Swift reads back the same doubles) and scipy.stats.laplace.fit's (loc, scale): the median
and the mean absolute deviation from it, the closed-form maximum likelihood estimates.
Run: python3 Tests/References/laplace.py
"""
import numpy as np
from scipy import stats

x = np.random.default_rng(11).laplace(1.5, 0.7, 101)
values = [float(v) for v in x]
loc, scale = stats.laplace.fit(np.array(values))
print("values:", ", ".join(repr(v) for v in values))
print("loc:", repr(float(loc)), "scale:", repr(float(scale)))
