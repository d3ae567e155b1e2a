#!/usr/bin/env python3
"""The error of the SDSM's refined normal approximation above its exact-tail cut-off.

partnet computes a pair's SDSM tails exactly (truncated convolution) while the largest count of its pair of
degree classes is below the cut-off, 1,024 shared meetings (StochasticDegreeSequence.defaultExactLimit), and by
the refined normal approximation beyond (Volkova 1996):

    P(X <= k) ~ Phi(z) + gamma (1 - z^2) phi(z) / 6,  z = (k + 0.5 - mu) / sigma,  clamped to [0, 1].

This script measures that approximation against an exact reference, the `bicm` package's PoiBin (a
characteristic-function DFT, independent of partnet's convolution), on Poisson-binomial laws shaped like the
SDSM's above the cut-off: M meetings, a pair meeting at meeting m with probability q_a(m) q_b(m), each q a
BiCM-like x y / (1 + x y) with heavy-tailed meeting fitnesses y. It prints, per law, the mean and standard
deviation and, over every count k >= 1,024:
  - the largest absolute error of the upper tail P(X >= k),
  - the largest relative error of the upper tail where the exact tail is at least 1e-3 and 1e-6 (the DFT's
    rounding, about 1e-15 per term, makes smaller exact tails unreliable as a reference).
Tests/PartnerMetricsTests/StochasticDegreeSequenceTests.swift checks partnet's own approximation against
partnet's exact tails on the same family, with the bound stated in the Significance article.

Usage: python3 scripts/sdsm-approximation-error.py   (numpy, scipy, bicm)
"""
import math

import numpy as np
from scipy.special import erfc
from bicm.poibin import PoiBin

CUT_OFF = 1024


def approximation(k, mu, var, third):
    """partnet's refined normal P(X <= k), as PoissonBinomial.normalTails computes it."""
    sigma = math.sqrt(var)
    gamma = third / sigma**3
    z = (k + 0.5 - mu) / sigma
    density = np.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    return np.clip(0.5 * erfc(-z / math.sqrt(2)) + gamma * (1 - z * z) * density / 6, 0, 1)


def law(meetings, target_mean, spread, seed):
    """Probabilities q_a q_b of a pair of actors over `meetings` meetings, scaled to `target_mean`."""
    rng = np.random.default_rng(seed)
    y = rng.lognormal(0, spread, meetings)
    lo, hi = 1e-9, 1e6
    for _ in range(200):  # the actors' fitness x (the same for both) giving the target mean
        x = math.sqrt(lo * hi)
        q = x * y / (1 + x * y)
        if (q * q).sum() < target_mean:
            lo = x
        else:
            hi = x
    return q * q


def main():
    print(f"cut-off {CUT_OFF}: errors of the refined normal upper tail P(X >= k) over k >= {CUT_OFF}")
    print(f"{'meetings':>8} {'spread':>6} {'mean':>8} {'sd':>7} {'max abs':>9} {'rel@1e-3':>9} {'rel@1e-6':>9}")
    worst = 0.0
    for meetings in (3000, 10000):  # the reference DFT is quadratic in the meetings
        for spread in (0.5, 1.5):
            for target in (1000, 1500, 3000):
                if target > 0.6 * meetings:
                    continue
                p = law(meetings, target, spread, seed=meetings + int(10 * spread) + target)
                mu, var, third = p.sum(), (p * (1 - p)).sum(), (p * (1 - p) * (1 - 2 * p)).sum()
                pmf = np.clip(np.asarray(PoiBin(p).pmf_list, dtype=float), 0, None)
                upper_exact = np.cumsum(pmf[::-1])[::-1]  # P(X >= k)
                ks = np.arange(CUT_OFF, meetings + 1)
                upper_approx = 1 - approximation(ks - 1, mu, var, third)
                exact = upper_exact[ks]
                error = np.abs(upper_approx - exact)
                rel = []
                for floor in (1e-3, 1e-6):
                    keep = exact >= floor
                    rel.append((error[keep] / exact[keep]).max() if keep.any() else float("nan"))
                worst = max(worst, error.max())
                print(f"{meetings:8d} {spread:6.1f} {mu:8.1f} {math.sqrt(var):7.2f} {error.max():9.2e} "
                      + " ".join(f"{r:9.2e}" for r in rel))
    print(f"largest absolute error over every law: {worst:.2e}")


if __name__ == "__main__":
    main()
