"""Speed of the cost model and its charts (issues 5 and 13).

Goals: projection plus sensitivity for 120 months (three ways to pay) under 10 ms; a chart
redraw after an input changes (the cumulative chart now with three lines) under 100 ms and
under 4 × an empty figure draw measured in the same run (medians). Each figure is printed next
to a baseline measured in the same run on the same machine (the reference loop, an empty figure
draw), so a slow machine shows up as a slow baseline rather than a failed goal.

Run: .venv/bin/python benchmarks/bench_costs.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, median_ms, print_figures, reference_ms, versus_reference  # noqa: E402

COSTS = {"horizon_months": 120, "monthly_requests": 1_500_000, "monthly_growth": 0.02,
         "ft_hosting": "cheapest", "retrieval_monthly_usd": 300}
MODEL_GOAL_MS, REDRAW_GOAL_MS, REDRAW_GOAL_RATIO = 10.0, 100.0, 4.0
CHARTS = (("cumulative", (8, 4.5)), ("breakdown", (10, 4.5)), ("tornado", (9, 5.5)))


def model_figure() -> Figure:
    from advisor.costs.projection import project
    from advisor.costs.sensitivity import sensitivity
    from advisor.costs.pricing import shipped_price_table

    prices = shipped_price_table()
    model_ms = median_ms(lambda: (project(COSTS, prices), sensitivity(COSTS, prices)))
    return Figure("cost projection + sensitivity, 120 months", model_ms, "ms", MODEL_GOAL_MS,
                  versus_reference(model_ms, reference_ms()), strict=True)


def redraw_figures(repeat: int = 21) -> list[Figure]:
    """What the costs screen does when an input changes: recompute, redraw into the same figure."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    from advisor.costs import charts

    from advisor.costs import glyph_cache
    from advisor.costs.projection import project
    from advisor.costs.sensitivity import sensitivity
    from advisor.costs.pricing import shipped_price_table

    prices = shipped_price_table()
    empty = MplFigure(figsize=(8, 4.5), dpi=100)
    empty.add_subplot(1, 1, 1)
    empty_ms = median_ms(FigureCanvasAgg(empty).draw, repeat=repeat)
    results = []
    for name, size in CHARTS:
        # What the costs screen embeds: a figure with fixed margins, on a canvas whose text comes
        # from the glyph cache (the screen's canvas is the Qt one; both draw through Agg).
        figure = charts.live_figure(size)
        canvas = glyph_cache.agg_canvas_class()(figure)
        state = {"n": 0}

        def redraw(name: str = name, figure=figure, canvas=canvas, state=state) -> None:
            # New requests every time, never a value seen before: each redraw has new figures and
            # new words at the bar ends, as when a user types, so the glyph cache is not flattered.
            state["n"] += 1
            costs = {**COSTS, "monthly_requests": 1_500_000 + 10_007 * state["n"]}
            projection = project(costs, prices)
            if name == "cumulative":
                charts.cumulative_figure(projection, figure)
            elif name == "breakdown":
                charts.breakdown_figure(projection, figure)
            else:
                charts.tornado_figure(sensitivity(costs, prices), projection, figure)
            canvas.draw()

        ms = median_ms(redraw, repeat=repeat)
        results.append(Figure(f"{name} chart redraw after an input change", ms, "ms", REDRAW_GOAL_MS,
                              f"{ms / empty_ms:.1f} × an empty figure draw ({empty_ms:.1f} ms)",
                              strict=True))
        results.append(Figure(f"{name} chart redraw vs an empty figure draw", ms / empty_ms, "×",
                              REDRAW_GOAL_RATIO, f"{ms:.1f} ms against {empty_ms:.1f} ms", strict=True))
    return results


def figures(repeat: int = 21) -> list[Figure]:
    return [model_figure(), *redraw_figures(repeat)]


if __name__ == "__main__":
    sys.exit(print_figures(figures()))
