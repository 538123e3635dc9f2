"""Writes the three sample files of the chapter's worked example, once.

The chapter draws its samples from NumPy's legacy global generator seeded with 42, in this order
and from one stream: 100 Normal values (mean 5, sd 2), 100 Exponential values (scale 2, so rate
0.5), then 200 Gamma values (shape 3, scale 2, so rate 0.5). Each value is written with repr(),
the shortest text that reads back as the same double, so a fit of these files sees exactly the
numbers the chapter's code saw.

Run from this folder: python3 generate.py  (NumPy only; the tutor never runs this.)
"""

import numpy as np

SAMPLES = [
    ("normal", "Normal(mu = 5, sigma = 2), 100 values", lambda: np.random.normal(loc=5, scale=2, size=100)),
    ("exponential", "Exponential(scale = 2, rate lambda = 0.5), 100 values",
     lambda: np.random.exponential(scale=2, size=100)),
    ("gamma", "Gamma(shape alpha = 3, scale = 2, rate beta = 0.5), 200 values",
     lambda: np.random.gamma(shape=3, scale=2, size=200)),
]


def main():
    np.random.seed(42)
    for number, (name, description, draw) in enumerate(SAMPLES, start=1):
        values = draw()
        with open(f"{name}.csv", "w", encoding="ascii") as file:
            file.write(f"# {description}; draw {number} of 3 after np.random.seed(42) (lessons/data/generate.py)\n")
            for value in values:
                file.write(repr(float(value)) + "\n")


if __name__ == "__main__":
    main()
