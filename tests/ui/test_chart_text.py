"""A screen-reader user gets each cost chart as text: its table, read as the chart's description."""
from __future__ import annotations

from PySide6.QtGui import QAccessible

from advisor.costs.tables import _money


def description(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def test_each_chart_is_described_by_the_figures_it_draws(qtbot, window):
    window.open_example()
    window.show_page("costs")
    charts = window.costs.charts
    qtbot.waitUntil(lambda: "cumulative" not in charts.stale and "cumulative" in charts.canvases, timeout=20000)
    said = description(charts.canvases["cumulative"])
    expected = charts.data.projection  # what the chart was drawn from
    assert "Month" in said and "API cumulative" in said
    # the last month's running totals, as the chart's end points show them
    assert _money(expected.api.cumulative[-1]) in said and _money(expected.fine_tune.cumulative[-1]) in said

    charts.tabs.setCurrentIndex(2)  # What matters most
    qtbot.waitUntil(lambda: "tornado" not in charts.stale, timeout=20000)
    said = description(charts.canvases["tornado"])
    labels = [row.label for row in charts.sensitivity_rows()]
    assert labels and all(label in said for label in labels)
    assert "break-even" in said
