"""The 95% intervals of the Gamma shape alpha on the shipped gamma sample (lessons/data/gamma.csv),
for Tests/MLETutorTests/Lessons/SampleDataTests.swift: the plain Wald interval alpha-hat +- z SE,
the Wald interval on the log scale mapped back, alpha-hat * exp(+-z SE/alpha-hat), which
`mletutor fit` prints, and the profile likelihood-ratio interval.

mpmath at 40 digits: alpha-hat solves log(alpha) - digamma(alpha) = log(mean x) - mean(log x);
SE^2 = alpha / (n (alpha trigamma(alpha) - 1)), the inverse information with beta profiled out;
the profile log-likelihood is n (alpha log(alpha / mean x) - log Gamma(alpha)
+ (alpha - 1) mean(log x) - alpha), and the LR ends solve lp(alpha) = lp(alpha-hat) - chi2(1, 0.95)/2.
Run from the package root: python3 Tests/References/sample_gamma_intervals.py
"""
import mpmath as mp

mp.mp.dps = 40
values = [mp.mpf(line.strip()) for line in open("lessons/data/gamma.csv") if line.strip() and not line.startswith("#")]
n = len(values)
mean = mp.fsum(values) / n
mean_log = mp.fsum(mp.log(x) for x in values) / n
target = mp.log(mean) - mean_log
alpha = mp.findroot(lambda a: mp.log(a) - mp.digamma(a) - target, 3)
se = mp.sqrt(alpha / (n * (alpha * mp.psi(1, alpha) - 1)))
z = mp.sqrt(2) * mp.erfinv(mp.mpf("0.95"))
profile = lambda a: n * (a * mp.log(a / mean) - mp.loggamma(a) + (a - 1) * mean_log - a)
drop = mp.findroot(lambda q: mp.gammainc(mp.mpf(1) / 2, 0, q / 2, regularized=True) - mp.mpf("0.95"), 3.84) / 2
peak = profile(alpha)
lr_low = mp.findroot(lambda a: profile(a) - peak + drop, alpha - 2 * se)
lr_high = mp.findroot(lambda a: profile(a) - peak + drop, alpha + 2 * se)
print(f"alpha-hat     {mp.nstr(alpha, 15)}")
print(f"se            {mp.nstr(se, 15)}")
print(f"plain Wald    [{mp.nstr(alpha - z * se, 15)}, {mp.nstr(alpha + z * se, 15)}]")
print(f"log-scale     [{mp.nstr(alpha * mp.exp(-z * se / alpha), 15)}, {mp.nstr(alpha * mp.exp(z * se / alpha), 15)}]")
print(f"LR            [{mp.nstr(lr_low, 15)}, {mp.nstr(lr_high, 15)}]")
