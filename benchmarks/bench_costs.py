"""Speed of the cost model and its charts (issue 5).

Goals: projection plus sensitivity for 60 months under 10 ms; a chart redraw after an input
changes under 100 ms (median). Each figure is printed next to a baseline measured in the same
run on the same machine (a plain Python loop of the same size, an empty figure draw), so a slow
machine shows up as a slow baseline rather than a failed goal.

Run: .venv/bin/python benchmarks/bench_costs.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from advisor.costs import project, sensitivity  # noqa: E402
from advisor.pricing import shipped_price_table  # noqa: E402

COSTS = {"horizon_months": 60, "monthly_requests": 1_500_000, "monthly_growth": 0.05}


def median_ms(work: Callable[[], object], repeat: int = 51, warmup: int = 3) -> float:
    for _ in range(warmup):
        work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def baseline_loop() -> float:
    """The same amount of plain arithmetic as one sensitivity run: 43 projections × 60 months."""
    total = 0.0
    for run in range(43):
        for month in range(60):
            total += (run + 1) * 1.05 ** month * 0.009 + 18_896.67
    return total


def report(name: str, value_ms: float, goal_ms: float, baseline_name: str, baseline_ms: float) -> bool:
    holds = value_ms < goal_ms
    ratio = value_ms / baseline_ms if baseline_ms > 0 else float("inf")
    print(f"{name}: {value_ms:.2f} ms median (goal < {goal_ms:g} ms: {'holds' if holds else 'MISSED'}); "
          f"{ratio:.1f} × {baseline_name} ({baseline_ms:.2f} ms)")
    return holds


def main() -> int:
    prices = shipped_price_table()
    results = []

    loop_ms = median_ms(baseline_loop)
    model_ms = median_ms(lambda: (project(COSTS, prices), sensitivity(COSTS, prices)))
    results.append(report("projection + sensitivity, 60 months", model_ms, 10, "plain loop", loop_ms))

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from advisor import charts

    empty = Figure(figsize=(8, 4.5), dpi=100)
    empty.add_subplot(1, 1, 1)
    empty_canvas = FigureCanvasAgg(empty)
    empty_ms = median_ms(empty_canvas.draw, repeat=21)

    # What the costs screen does when an input changes: recompute, rebuild into the same
    # figure, draw. The requests alternate so each redraw really has new data.
    for name, build, size in (
            ("cumulative chart redraw", lambda p, rows, fig: charts.cumulative_figure(p, fig), (8, 4.5)),
            ("breakdown chart redraw", lambda p, rows, fig: charts.breakdown_figure(p, fig), (10, 4.5)),
            ("tornado chart redraw", lambda p, rows, fig: charts.tornado_figure(rows, p, fig), (9, 5.5))):
        figure = charts.live_figure(size)  # what the costs screen embeds: fixed margins
        canvas = FigureCanvasAgg(figure)
        state = {"n": 0}

        def redraw() -> None:
            state["n"] += 1
            costs = {**COSTS, "monthly_requests": 1_500_000 + 10_000 * (state["n"] % 7)}
            build(project(costs, prices), sensitivity(costs, prices), figure)
            canvas.draw()

        results.append(report(name, median_ms(redraw, repeat=21), 100, "empty figure draw", empty_ms))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
