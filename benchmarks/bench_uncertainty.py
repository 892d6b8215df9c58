"""Speed of the Monte Carlo over the cost ranges and of the Costs chart redrawn with its bands
(issue 23).

Goals: 2,000 draws over 120 months (five ranged inputs, the tornado's) at most 50 ms, run off the
UI thread; the cumulative chart redrawn with its P10–P90 bands at most 100 ms. Each figure is
printed beside baselines measured in the same run on the same machine: the reference loop, and
the same redraw without bands, so a slow machine shows up as slow baselines.

Run: .venv/bin/python benchmarks/bench_uncertainty.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, median_ms, print_figures, reference_ms, versus_reference  # noqa: E402

COSTS = {"horizon_months": 120, "monthly_requests": 1_500_000, "monthly_growth": 0.02,
         "ft_hosting": "cheapest", "retrieval_monthly_usd": 300,
         "ranges": {"monthly_requests": [500_000, 4_000_000], "monthly_growth": [0.0, 0.04],
                    "avg_output_tokens": [150, 600], "ml_fte": [0.25, 1.0], "gpu_hourly_usd": [2.0, 4.5]}}
MONTE_CARLO_GOAL_MS, REDRAW_GOAL_MS = 50.0, 100.0


def monte_carlo_figure(repeat: int = 21) -> Figure:
    from advisor.costs.pricing import shipped_price_table
    from advisor.costs.uncertainty import simulate

    prices = shipped_price_table()
    ms = median_ms(lambda: simulate(COSTS, prices), repeat=repeat)
    return Figure("Monte Carlo, 2,000 draws × 120 months", ms, "ms", MONTE_CARLO_GOAL_MS,
                  versus_reference(ms, reference_ms()))


def redraw_figure(repeat: int = 21) -> Figure:
    """What the Costs screen does when the draws arrive: redraw the cumulative chart with bands."""
    from advisor.costs import charts, glyph_cache
    from advisor.costs.pricing import shipped_price_table
    from advisor.costs.projection import project
    from advisor.costs.uncertainty import simulate

    prices = shipped_price_table()
    point = project(COSTS, prices)
    banded = point._replace(uncertainty=simulate(COSTS, prices))
    figure = charts.live_figure((8, 4.5))
    canvas = glyph_cache.agg_canvas_class()(figure)

    def redraw(projection) -> None:
        charts.cumulative_figure(projection, figure)
        canvas.draw()

    plain_ms = median_ms(lambda: redraw(point), repeat=repeat)
    ms = median_ms(lambda: redraw(banded), repeat=repeat)
    return Figure("cumulative chart redraw with bands", ms, "ms", REDRAW_GOAL_MS,
                  f"{ms / plain_ms:.2f} × the redraw without bands ({plain_ms:.1f} ms)")


def figures(repeat: int = 21) -> list[Figure]:
    return [monte_carlo_figure(repeat), redraw_figure(repeat)]


if __name__ == "__main__":
    sys.exit(print_figures(figures()))
