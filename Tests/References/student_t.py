"""Reference Student-t fits (location, scale and degrees of freedom all free) for
Tests/MLECoreTests/StudentTFamilyTests.swift.

Draws three seeded samples (nu = 1, 5 and 100) with scipy, writes them to student_t.csv (17
significant digits, so Swift reads the same doubles), fits each with scipy.stats.t.fit, polishes
on scipy's own log-likelihood (Nelder-Mead), and then runs Newton's method in mpmath at 40 digits
on the exact score and Hessian of the Student-t log-likelihood, whose formulas are checked here
against central differences of scipy's logpdf sum. Function values alone cannot place a maximum
closer than about 1e-8 (relative), hence the last Newton steps. Standard errors are the square
roots of the diagonal of the inverse of minus the exact 3 x 3 Hessian at the estimate.

Then, independently of the exact formulas, the 95% profile-likelihood interval of each parameter:
l_p(theta_i) = max over the other two of scipy's log-likelihood (L-BFGS-B with nu kept in
[0.2, 1e4], the range mletutor searches, polished by Nelder-Mead, both at tight tolerances), and
each end the root of l_p - (l_hat - chi2_1(0.95)/2) by brentq; an end where l_p has not fallen
that far at nu = 1e4 is 1e4. The covariance matrix is checked against the inverse of minus a
Richardson-extrapolated central-difference Hessian of scipy's log-likelihood.
Run: python3 Tests/References/student_t.py
"""
import os

import mpmath as mp
import numpy as np
from scipy import optimize, stats

mp.mp.dps = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = [(1.0, 300, 11), (5.0, 400, 12), (100.0, 5000, 13)]


def scipy_loglik(x, theta):
    mu, sigma, nu = theta
    return stats.t.logpdf(x, nu, loc=mu, scale=sigma).sum()


def exact(x, mu, sigma, nu):
    """log-likelihood, score and Hessian in (mu, sigma, nu), in mpmath."""
    n = len(x)
    mu, sigma, nu = mp.mpf(mu), mp.mpf(sigma), mp.mpf(nu)
    ll = n * (mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2 - mp.log(sigma))
    g = [mp.mpf(0)] * 3
    h = [[mp.mpf(0)] * 3 for _ in range(3)]
    g[1] = -n / sigma
    g[2] = n / 2 * (mp.digamma((nu + 1) / 2) - mp.digamma(nu / 2) - 1 / nu)
    h[1][1] = n / sigma**2
    h[2][2] = n / 4 * (mp.psi(1, (nu + 1) / 2) - mp.psi(1, nu / 2)) + n / (2 * nu**2)
    for xi in x:
        u = (mp.mpf(xi) - mu) / sigma
        u2 = u * u
        d = nu + u2
        q = nu * d
        ll -= (nu + 1) / 2 * mp.log(1 + u2 / nu)
        w = (nu + 1) / d
        g[0] += w * u / sigma
        g[1] += w * u2 / sigma
        g[2] += -mp.log(1 + u2 / nu) / 2 + (nu + 1) * u2 / (2 * q)
        h[0][0] -= (nu + 1) * (nu - u2) / d**2 / sigma**2
        h[0][1] -= 2 * nu * (nu + 1) * u / d**2 / sigma**2
        h[1][1] -= (2 * nu * (nu + 1) * u2 / d**2 + w * u2) / sigma**2
        h[0][2] += u * (u2 - 1) / d**2 / sigma
        h[1][2] += u2 * (u2 - 1) / d**2 / sigma
        h[2][2] += u2 / (2 * q) + u2 / 2 * (q - (nu + 1) * (2 * nu + u2)) / q**2
    for i in range(3):
        for j in range(i):
            h[i][j] = h[j][i]
    return ll, g, h


def check_formulas(x, theta):
    """Largest relative gap between the exact score/Hessian and central differences of scipy."""
    ll, g, h = exact(x, *theta)
    worst = abs(float(ll) - scipy_loglik(x, theta)) / abs(float(ll))
    for i in range(3):
        step = 1e-5 * max(1, abs(theta[i]))
        up, down = list(theta), list(theta)
        up[i] += step
        down[i] -= step
        slope = (scipy_loglik(x, up) - scipy_loglik(x, down)) / (2 * step)
        worst = max(worst, abs(slope - float(g[i])) / max(1, abs(float(g[i])), len(x) * 1e-3))
        _, gu, _ = exact(x, *up)
        _, gd, _ = exact(x, *down)
        for j in range(3):
            curvature = float((gu[j] - gd[j]) / (2 * step))
            worst = max(worst, abs(curvature - float(h[i][j])) / max(1, abs(float(h[i][j]))))
    return worst


NU_RANGE = (0.2, 1e4)
DROP = stats.chi2.ppf(0.95, 1) / 2


def profile(x, index, value, start):
    """max over the two other parameters of scipy's log-likelihood, theta[index] held at value."""
    others = [i for i in range(3) if i != index]

    def full(p):
        theta = [0.0, 0.0, 0.0]
        theta[index] = value
        theta[others[0]], theta[others[1]] = p
        return theta

    def to_free(theta):
        return [theta[i] if i == 0 else np.log(theta[i]) for i in others]

    def from_free(q):
        return [q[k] if i == 0 else np.exp(q[k]) for k, i in enumerate(others)]

    bounds = [(None, None) if i == 0 else (None, None) if i == 1 else tuple(np.log(NU_RANGE)) for i in others]
    objective = lambda q: -scipy_loglik(x, full(from_free(q)))
    q0 = to_free(start)
    for k, i in enumerate(others):
        if i == 2:
            q0[k] = min(max(q0[k], bounds[k][0]), bounds[k][1])
    best = optimize.minimize(objective, q0, method="L-BFGS-B", bounds=bounds,
                             options={"ftol": 1e-15, "gtol": 1e-10, "maxiter": 10000})
    polish = optimize.minimize(objective, best.x, method="Nelder-Mead",
                               options={"xatol": 1e-11, "fatol": 1e-14, "maxiter": 20000})
    inside = all(bounds[k][0] is None or bounds[k][0] <= polish.x[k] <= bounds[k][1] for k in range(2))
    q = polish.x if inside and polish.fun <= best.fun else best.x
    theta = full(from_free(q))
    return scipy_loglik(x, theta), theta


def profile_interval(x, index, estimate, ll_hat, se):
    cutoff = ll_hat - DROP
    cache = {}

    def excess(value):
        nearest = min(cache, key=lambda v: abs(v - value)) if cache else None
        start = cache[nearest] if nearest is not None else list(estimate)
        ll, theta = profile(x, index, value, start)
        cache[value] = theta
        return ll - cutoff

    ends = []
    for direction in (-1, 1):
        step = 2 * se
        near = estimate[index]
        while True:
            far = estimate[index] + direction * step
            if index == 1 and far <= 0:
                far = near / 2 if direction < 0 else far
            if index == 2:
                far = min(max(far, NU_RANGE[0]), NU_RANGE[1])
            value = excess(far)
            if value < 0:
                break
            if index == 2 and far in NU_RANGE:
                far = None
                break
            near = far
            step *= 2
        if far is None:
            ends.append(NU_RANGE[1] if direction > 0 else NU_RANGE[0])
        else:
            ends.append(optimize.brentq(excess, min(near, far), max(near, far), xtol=1e-14, rtol=1e-15, maxiter=200))
    return ends


def numeric_covariance(x, theta):
    """The inverse of minus scipy's log-likelihood Hessian by central differences, Richardson-extrapolated."""
    def hessian(h):
        steps = [h * theta[1], h * theta[1], h * theta[2]]
        matrix = np.zeros((3, 3))
        for i in range(3):
            for j in range(3):
                total = 0.0
                for si, sj, sign in ((1, 1, 1), (1, -1, -1), (-1, 1, -1), (-1, -1, 1)):
                    point = list(theta)
                    point[i] += si * steps[i]
                    point[j] += sj * steps[j]
                    total += sign * scipy_loglik(x, point)
                matrix[i, j] = total / (4 * steps[i] * steps[j])
        return matrix

    coarse, fine = hessian(2e-3), hessian(1e-3)
    return np.linalg.inv(-(fine + (fine - coarse) / 3))


def main():
    columns = []
    for nu, n, seed in CASES:
        rng = np.random.default_rng(seed)
        x = stats.t.rvs(nu, loc=1.5, scale=2.0, size=n, random_state=rng)
        columns.append(x)
        df, loc, scale = stats.t.fit(x)
        start = optimize.minimize(
            lambda p: -scipy_loglik(x, (p[0], np.exp(p[1]), np.exp(p[2]))),
            [loc, np.log(scale), np.log(df)], method="Nelder-Mead",
            options={"xatol": 1e-12, "fatol": 1e-13, "maxiter": 20000}).x
        theta = mp.matrix([start[0], mp.e ** start[1], mp.e ** start[2]])
        print(f"# nu={nu}: scipy t.fit df={df!r} loc={loc!r} scale={scale!r}")
        print(f"#   formulas vs scipy differences: {check_formulas(x, [float(v) for v in theta]):.1e}")
        for _ in range(30):
            _, g, h = exact(x, *theta)
            step = mp.lu_solve(mp.matrix(h), mp.matrix(g))
            theta = theta - step
            if mp.norm(step) < mp.mpf(10) ** -30:
                break
        ll, g, h = exact(x, *theta)
        cov = mp.inverse(-mp.matrix(h))
        se = [mp.sqrt(cov[i, i]) for i in range(3)]
        print(f"#   scipy log-likelihood at the estimate: {scipy_loglik(x, [float(v) for v in theta])!r}")
        print(f"#   moved from the Nelder-Mead polish: {[float(theta[i] / (start[i] if i == 0 else np.exp(start[i])) - 1) for i in range(3)]}")
        print(f"({nu}, [{float(theta[0])!r}, {float(theta[1])!r}, {float(theta[2])!r}], {float(ll)!r}, "
              f"[{float(se[0])!r}, {float(se[1])!r}, {float(se[2])!r}]),")
        estimate = [float(v) for v in theta]
        numeric = numeric_covariance(x, estimate)
        exact_cov = np.array([[float(cov[i, j]) for j in range(3)] for i in range(3)])
        scale = np.sqrt(np.outer(np.diag(exact_cov), np.diag(exact_cov)))
        print(f"#   covariance: largest gap, exact vs differences of scipy, relative to sqrt(c_ii c_jj): "
              f"{np.max(np.abs(numeric - exact_cov) / scale):.1e}")
        print("#   covariance (exact, upper triangle by rows):")
        print("    [" + ", ".join(repr(float(exact_cov[i, j])) for i in range(3) for j in range(i, 3)) + "],")
        ll_hat = scipy_loglik(x, estimate)
        intervals = [profile_interval(x, i, estimate, ll_hat, float(se[i])) for i in range(3)]
        print("#   profile-likelihood intervals (mu, sigma, nu):")
        print("    [" + ", ".join(f"[{float(a)!r}, {float(b)!r}]" for a, b in intervals) + "],")
    with open(os.path.join(HERE, "student_t.csv"), "w") as handle:
        handle.write("nu1,nu5,nu100\n")
        for i in range(max(len(c) for c in columns)):
            handle.write(",".join(f"{c[i]:.17g}" if i < len(c) else "" for c in columns) + "\n")


main()
