"""The two statistics the lab and the advisor share: the 95 % Wilson interval and percentiles.

Kept apart from :mod:`advisor.lab.eval_results` (which needs the Claude client's types) so that the
advisor and the ``summary`` command can read pass rates without loading any of the lab's code.
"""
from __future__ import annotations

import math

Z95 = 1.959963984540054  # the 97.5th percentile of the standard normal: a two-sided 95 % interval


def wilson_interval(passed: float, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of ``passed`` out of ``n``, in percent; (0, 100) for n = 0."""
    if n <= 0:
        return 0.0, 100.0
    p = passed / n
    centre = p + z ** 2 / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z ** 2 / (4 * n * n))
    scale = 1 + z ** 2 / n
    return max(0.0, (centre - spread) / scale * 100), min(100.0, (centre + spread) / scale * 100)


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0–100) by linear interpolation; None with no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)
