"""The chapter's worked example, rerun for Tests/MLETutorTests/Lessons/SampleDataTests.swift.

Draws the three samples as the chapter does (np.random.seed(42); normal(5, 2, 100), exponential
(scale 2, 100), gamma(shape 3, scale 2, 200), one stream), checks they are the numbers shipped in
lessons/data/, and prints the estimates to the three decimals the chapter's code prints: the Normal
and Exponential in closed form, the Gamma by L-BFGS-B from the method-of-moments start (and by
scipy's own gamma fit with the location held at 0, as a cross-check).
Run from the package root: python3 Tests/References/chapter_example.py
"""
import numpy as np
from scipy import optimize, stats

np.random.seed(42)
normal = np.random.normal(loc=5, scale=2, size=100)
exponential = np.random.exponential(scale=2, size=100)
gamma = np.random.gamma(shape=3, scale=2, size=200)
for name, drawn in [("normal", normal), ("exponential", exponential), ("gamma", gamma)]:
    shipped = np.loadtxt(f"lessons/data/{name}.csv")
    assert np.array_equal(shipped, drawn), f"lessons/data/{name}.csv differs from the seed-42 draws"

mu = normal.mean()
sigma = np.sqrt(((normal - mu) ** 2).mean())
rate = 1 / exponential.mean()
m, v = gamma.mean(), gamma.var()
fit = optimize.minimize(lambda t: -stats.gamma.logpdf(gamma, t[0], scale=1 / t[1]).sum(), [m * m / v, m / v],
                        method="L-BFGS-B", bounds=[(1e-6, None)] * 2)
alpha, beta = fit.x
shape, _, scale = stats.gamma.fit(gamma, floc=0)
print(f"normal mu {mu:.3f} sigma {sigma:.3f}")
print(f"exponential lambda {rate:.3f}")
print(f"gamma alpha {alpha:.3f} beta {beta:.3f} (scipy gamma.fit: {shape:.3f}, {1 / scale:.3f})")
