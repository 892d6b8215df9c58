"""Issue 29, item 1: the Costs inputs and charts share the window through a divider the user
places, remembered in the app settings; a small laptop shows at least 8 inputs beside the
chart, a large screen every input and the chart together."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from advisor.core.settings import Settings


def settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)


@pytest.fixture
def open_costs(qtbot, scripted, tmp_path):
    from ui.main_window import MainWindow

    windows = []

    def open_at(width: int, height: int):
        window = MainWindow(Settings(tmp_path / "settings.json"))
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        window.open_example()
        window.show_page("costs")
        settle(qtbot)
        windows.append(window)
        return window

    yield open_at
    for window in windows:
        window.document._dirty = False


def inputs_in_view(page) -> list[str]:
    """The inputs a user sees whole in the form's viewport, without scrolling."""
    viewport = page.form_scroll.viewport()
    view = QRect(0, 0, viewport.width(), viewport.height())
    seen = []
    for input_id, row in page.form.rows.items():
        top_left = row.mapTo(viewport, row.rect().topLeft())
        if row.isVisible() and view.contains(QRect(top_left, row.size())):
            seen.append(input_id)
    return seen


def most_inputs_in_view(qtbot, page) -> int:
    """Scrolled anywhere, the most inputs seen at once."""
    bar = page.form_scroll.verticalScrollBar()
    best = 0
    for value in range(bar.minimum(), bar.maximum() + 1, 10):
        bar.setValue(value)
        QApplication.processEvents()
        best = max(best, len(inputs_in_view(page)))
    bar.setValue(0)
    return best


def test_a_small_laptop_shows_at_least_eight_inputs_beside_a_chart_of_its_own_height(qtbot, open_costs):
    page = open_costs(900, 600).costs
    assert not page.stacked
    assert len(inputs_in_view(page)) >= 8  # as the screen opens, before any scrolling
    assert most_inputs_in_view(qtbot, page) >= 8
    charts = page.charts
    assert charts.isVisible() and charts.width() >= 300 and charts.height() >= 350
    form_right = page.form_scroll.mapTo(page, page.form_scroll.rect().topRight()).x()
    assert charts.mapTo(page, charts.rect().topLeft()).x() > form_right  # beside, not under


def test_a_large_screen_shows_every_input_and_the_chart_together(qtbot, open_costs):
    page = open_costs(1600, 1000).costs
    assert page.form.columns == 2
    assert sorted(inputs_in_view(page)) == sorted(page.form.rows)  # all 26 number inputs
    assert not page.form_scroll.verticalScrollBar().isVisible()
    assert page.form.model_combo.isVisible() and page.form.hosting_combo.isVisible()
    assert page.charts.width() >= 400 and page.charts.height() >= 600


def test_the_divider_is_where_the_user_left_it_in_the_next_window(qtbot, open_costs):
    first = open_costs(1200, 800)
    split = first.costs.split
    start = split.sizes()[0]
    split.moveSplitter(start + 60, 1)  # what a drag of the handle does
    qtbot.waitUntil(lambda: bool(Settings(first.settings.path).get("costs_split").get("side")))
    moved = split.sizes()[0]
    assert moved > start + 30
    first.document._dirty = False
    first.close()
    assert Settings(first.settings.path).get("costs_split")["side"][0] == moved
    second = open_costs(1200, 800)
    assert second.costs.split.sizes()[0] == moved
    assert second.costs.charts.isVisible()


def test_a_divider_place_that_makes_no_sense_is_ignored(qtbot, open_costs, tmp_path):
    Settings(tmp_path / "settings.json").set("costs_split", {"side": ["wide", -3]})
    page = open_costs(900, 600).costs
    assert len(inputs_in_view(page)) >= 8
    assert page.charts.width() >= 300


def test_a_divider_moved_just_before_the_window_closes_is_remembered(qtbot, open_costs):
    first = open_costs(1200, 800)
    first.costs.split.moveSplitter(first.costs.split.sizes()[0] + 60, 1)
    moved = first.costs.split.sizes()[0]
    first.document._dirty = False
    first.close()  # at once, before the pause that ends a drag
    assert open_costs(1200, 800).costs.split.sizes()[0] == moved
