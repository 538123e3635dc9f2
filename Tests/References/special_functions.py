"""Reference values of digamma and trigamma for Tests/MLECoreTests/SpecialFunctionTests.swift.

Each x is the exact double written; psi(x) and psi'(x) are computed by mpmath at 50 digits
and printed rounded to 17 significant digits. Run: python3 Tests/References/special_functions.py
"""
import mpmath as mp

mp.mp.dps = 50
xs = [1e-8, 1e-6, 1e-4, 0.01, 0.1, 0.25, 0.5, 0.9, 0.96, 1.0, 1.2, 1.4, 1.45, 1.46,
      1.4616, 1.4616321449683622, 1.4616321449683625, 1.462, 1.47, 1.5, 1.9, 1.97, 2.0,
      2.5, 3.0, 4.7, 7.5, 9.99, 10.0, 10.01, 15.0, 30.0, 79.3, 80.0, 100.0, 1e3, 1e4,
      12345.678, 1e5, 1e6]
for x in xs:
    v = mp.mpf(x)
    print("        (%r, %s, %s)," % (x, mp.nstr(mp.digamma(v), 17, min_fixed=-1, max_fixed=1),
                                      mp.nstr(mp.polygamma(1, v), 17, min_fixed=-1, max_fixed=1)))

print("log x - psi(x):")
for x in [1e-3, 0.3, 1.0, 5.0, 9.5, 10.0, 80.0, 1e4, 1e8]:
    v = mp.mpf(x)
    print("        (%r, %s)," % (x, mp.nstr(mp.log(v) - mp.digamma(v), 17, min_fixed=-1, max_fixed=1)))
