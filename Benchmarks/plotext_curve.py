"""The likelihood explorer's curve drawn with plotext (6.x API), for comparison with
PlotBenchmarks --print-curve.

Binomial likelihood of k = 7 successes in n = 10 trials, L(p) = C(10,7) p^7 (1-p)^3, with the
slider at p = 0.45 and the peak at p = 0.7, in a 200x60 frame (or the size given as arguments).
"""
import sys

import plotext as plt

width = int(sys.argv[1]) if len(sys.argv) > 1 else 200
height = int(sys.argv[2]) if len(sys.argv) > 2 else 60
samples = 2 * width
ps = [i / (samples - 1) for i in range(samples)]
likelihood = [120 * p**7 * (1 - p) ** 3 for p in ps]

figure = plt.figure
figure.plot_size(width, height)
figure.draw(figure.signal(ps, likelihood, marker="braille").lines().label("L(p)"))
figure.draw(figure.signal([0.7], [120 * 0.7**7 * 0.3**3], marker="◆").label("peak"))
figure.line(0.45, orientation="vertical", label="slider")
figure.label("p", axis="x")
figure.label("L(p)", axis="y")
figure.show(colorless=True)
