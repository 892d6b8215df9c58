"""The Costs screen, driven with key presses and clicks; the charts are checked by their data."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from advisor.costs.tables import CSV_COLUMNS, csv_rows
from advisor.costs.inputs import COST_INPUTS_BY_ID
from advisor.costs.projection import project
from tests.helpers import ROOT
from tests.ui.conftest import activate
from ui.costs import page as costs_page
from advisor.costs.presets import PRESETS_BY_ID

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def document():
    from ui.document import AssessmentDocument

    doc = AssessmentDocument()
    doc.new("Support triage")
    return doc


@pytest.fixture
def make_page(qtbot, document):
    def make():
        page = costs_page.CostsPage(document)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        qtbot.waitExposed(page)
        return page
    return make


@pytest.fixture
def page(make_page):
    return make_page()


def type_into(qtbot, page, input_id: str, text: str) -> None:
    spin = page.form.rows[input_id].spin
    activate(qtbot, spin)
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def plotted(page, gid: str) -> list[float]:
    figure = page.charts.figure("cumulative")
    lines = [line for ax in figure.axes for line in ax.get_lines() if line.get_gid() == gid]
    assert len(lines) == 1, f"one line tagged {gid}"
    return [float(y) for y in lines[0].get_ydata()]


def charts_match(page) -> bool:
    expected = project(page.document.assessment.costs, page.prices)
    return ("cumulative" not in page.charts.stale
            and plotted(page, "api-cumulative") == expected.api.cumulative
            and plotted(page, "fine-tune-cumulative") == expected.fine_tune.cumulative)


def test_typing_an_input_redraws_the_cumulative_lines(qtbot, page):
    qtbot.waitUntil(lambda: charts_match(page))
    before = plotted(page, "api-cumulative")
    type_into(qtbot, page, "monthly_requests", "250000")
    assert page.document.assessment.costs["monthly_requests"] == 250000
    qtbot.waitUntil(lambda: charts_match(page))
    assert plotted(page, "api-cumulative") != before
    qtbot.keyClick(page.form.rows["monthly_requests"].spin, Qt.Key.Key_Return)
    assert page.form.rows["monthly_requests"].spin.text() == "250,000 requests/month"
    expected = project(page.document.assessment.costs, page.prices)
    assert f"fine-tuning path <b>${expected.fine_tune.total:,.0f}</b>" in page.headline.text()


def test_a_share_is_typed_as_a_percentage(qtbot, page):
    type_into(qtbot, page, "cache_hit_share", "40")
    assert page.document.assessment.costs["cache_hit_share"] == 0.4
    qtbot.waitUntil(lambda: charts_match(page))


def test_invalid_typing_is_refused_with_the_input_and_its_range(qtbot, page):
    spec = COST_INPUTS_BY_ID["monthly_requests"]
    type_into(qtbot, page, "monthly_requests", "x")
    message = page.form.rows["monthly_requests"].message
    assert message.isVisible()
    assert message.text() == f"Requests in month 1 must be {spec.allowed_text()}."
    assert "monthly_requests" not in page.document.assessment.costs
    type_into(qtbot, page, "horizon_months", "200")  # 20 fits, 200 does not
    horizon = page.form.rows["horizon_months"].message
    assert horizon.isVisible() and "Horizon must be a whole number at least 1 and at most 120" in horizon.text()
    assert page.document.assessment.costs["horizon_months"] == 20
    type_into(qtbot, page, "horizon_months", "36")
    assert not horizon.isVisible()


def test_a_preset_sets_its_inputs_and_the_saved_costs(qtbot, page, tmp_path):
    qtbot.mouseClick(page.form.preset_buttons["large"], LEFT)
    preset = PRESETS_BY_ID["large"]
    costs = page.document.assessment.costs
    assert {key: costs[key] for key in preset.costs} == preset.costs
    assert page.form.rows["monthly_requests"].spin.text() == "3,000,000 requests/month"
    assert page.form.rows["monthly_growth"].spin.text() == "2.0 %"
    assert not page.form.rows["ml_fte"].is_default and page.form.rows["avg_input_tokens"].is_default
    qtbot.waitUntil(lambda: charts_match(page))
    saved = page.document.save(tmp_path / "large.fta.json")
    assert {k: v for k, v in json.loads(saved.read_text())["costs"].items()} == preset.costs


def test_reset_to_defaults_forgets_every_figure(qtbot, page):
    qtbot.mouseClick(page.form.preset_buttons["small"], LEFT)
    type_into(qtbot, page, "ml_salary_usd", "150000")
    assert page.document.assessment.costs
    qtbot.mouseClick(page.form.reset_button, LEFT)
    assert page.document.assessment.costs == {}
    row = page.form.rows["ml_salary_usd"]
    assert row.spin.text() == "$ 200,000 /year" and row.is_default and row.spin.font().italic()
    qtbot.waitUntil(lambda: charts_match(page))


def test_the_model_combo_lists_retired_models_and_changes_the_model(qtbot, page):
    combo = page.form.model_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Claude 3.5 Sonnet (Oct 2024) (claude-3-5-sonnet-20241022) (retired)" in texts
    assert combo.currentData() == "claude-sonnet-5-5"
    activate(qtbot, combo)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # the list is sorted: another model sits above sonnet-5-5
    chosen = page.document.assessment.costs["model"]
    assert chosen == combo.currentData() and chosen != "claude-sonnet-5-5"
    qtbot.waitUntil(lambda: charts_match(page))
    legend = [t.get_text() for ax in page.charts.figure("cumulative").axes for t in ax.get_legend().get_texts()]
    assert f"API path ({chosen})" in legend


def test_answers_fill_in_what_they_imply_unless_the_user_set_it(qtbot, document, make_page):
    # CONTRACT section 8, "One projection": looking at a screen never writes an input into the
    # file, so the answers' figures are shown and projected, and the file keeps only what was typed.
    document.set_answer("labeled_examples", 1200)
    document.set_answer("retrain_commitment", False)
    document.set_cost("retrains_per_year", 6)  # the user's own figure wins over the answer
    page = make_page()
    costs = document.assessment.costs
    assert "examples_to_label" not in costs and costs["retrains_per_year"] == 6
    assert page.form.rows["examples_to_label"].hint.text() == "from answers"
    assert "3,800" in page.form.note.text()
    # Issue 27, bad input: a typed figure the answers contradict is kept, and the note says so
    # (it used to win silently here).
    assert "Retrains per year: your figure 6 is used; your answers imply 0" in page.form.note.text()
    qtbot.waitUntil(lambda: page.projection is not None)
    assert page.projection.fine_tune.labelling[0] == 3800 * 1.0
    document.set_answer("labeled_examples", 4000)  # a changed answer updates the figure shown
    assert "1,000" in page.form.note.text() and "examples_to_label" not in costs
    type_into(qtbot, page, "examples_to_label", "2000")
    document.set_answer("labeled_examples", 100)  # ...but never one the user typed
    assert costs["examples_to_label"] == 2000
    assert "Examples to label: your figure 2,000 is used; your answers imply 4,900" in page.form.note.text()


def test_opening_the_costs_screen_changes_neither_the_file_nor_the_advice(qtbot, document, make_page):
    from advisor.report.summary import build_summary

    document.set_answer("labeled_examples", 3000)
    document.set_answer("knowledge_changes", "weekly")
    before = (dict(document.assessment.costs), build_summary(document.snapshot())["costs"])
    page = make_page()
    qtbot.waitUntil(lambda: page.projection is not None)
    page.hide()
    page.show()
    assert dict(document.assessment.costs) == before[0]
    assert build_summary(document.snapshot())["costs"] == before[1]
    assert round(page.projection.fine_tune.total, 2) == before[1]["fine_tune_total_usd"]


def test_a_model_missing_from_the_price_table_is_said_on_the_page(qtbot, document, make_page):
    document.set_cost("model", "claude-unknown-1")  # as a hand-edited file would have it
    page = make_page()
    assert page.problem.isVisible()
    assert "claude-unknown-1" in page.problem.text() and "Prices" in page.problem.text()
    assert not page.export_chart_button.isEnabled()
    qtbot.mouseClick(page.form.reset_button, LEFT)
    qtbot.waitUntil(lambda: not page.problem.isVisible())  # after the debounced update
    assert page.export_chart_button.isEnabled()


def test_hidden_charts_are_drawn_when_their_tab_is_opened(qtbot, page):
    qtbot.waitUntil(lambda: charts_match(page))
    type_into(qtbot, page, "ml_fte", "2")
    qtbot.waitUntil(lambda: charts_match(page))
    assert {"breakdown", "tornado"} <= page.charts.stale  # only the visible chart was drawn
    bar = page.charts.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(2).center())
    assert "tornado" not in page.charts.stale
    gids = {patch.get_gid() for ax in page.charts.figure("tornado").axes for patch in ax.patches}
    assert "tornado-ml_fte-high" in gids


def test_exports_write_png_svg_and_csv(qtbot, page, tmp_path, monkeypatch):
    qtbot.waitUntil(lambda: charts_match(page))
    asked: list[str] = []
    targets = iter([tmp_path / "cumulative.png", tmp_path / "breakdown.svg", tmp_path / "figures"])

    def fake_path(parent, caption, suggested, file_filter):
        asked.append(file_filter)
        return next(targets)

    monkeypatch.setattr(costs_page, "get_export_path", fake_path)
    qtbot.mouseClick(page.export_chart_button, LEFT)
    assert (tmp_path / "cumulative.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bar = page.charts.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    qtbot.mouseClick(page.export_chart_button, LEFT)
    root = ET.parse(tmp_path / "breakdown.svg").getroot()
    assert root.tag.endswith("svg")
    qtbot.mouseClick(page.export_csv_button, LEFT)
    with open(tmp_path / "figures.csv", newline="") as handle:
        rows = list(csv.reader(handle))
    expected = project(page.document.assessment.costs, page.prices)
    assert rows[0] == list(CSV_COLUMNS)
    assert rows[1:] == [[str(cell) for cell in row] for row in csv_rows(expected)]
    assert asked[0].startswith("PNG") and asked[2].startswith("CSV")
    assert page.status.text() == f"Figures saved to {tmp_path / 'figures.csv'}"


def test_an_export_that_cannot_be_written_is_said_on_the_page(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setattr(costs_page, "get_export_path", lambda *args: tmp_path / "missing" / "x.csv")
    qtbot.mouseClick(page.export_csv_button, LEFT)
    assert page.problem.isVisible() and "Cannot save the figures" in page.problem.text()


def test_every_control_has_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox

    controls = (page.findChildren(QAbstractButton) + page.findChildren(QAbstractSpinBox)
                + page.findChildren(QComboBox))
    unnamed = [w for w in controls if not w.accessibleName() and w.parent() is not page.charts.tabs.tabBar()
               and type(w).__name__ != "QToolButton"]  # the tab bar's scroll arrows are Qt's own
    assert unnamed == []


def test_matplotlib_is_imported_only_when_the_screen_is_first_shown(tmp_path):
    script = (
        "import os, sys\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QLabel\n"
        "app = QApplication([])\n"
        "from ui.document import AssessmentDocument\n"
        "from ui.costs.page import CostsPage\n"
        "window = QMainWindow()\n"
        "stack = QStackedWidget()\n"
        "window.setCentralWidget(stack)\n"
        "document = AssessmentDocument(window)\n"
        "document.new()\n"
        "page = CostsPage(document)\n"
        "stack.addWidget(QLabel('another screen'))\n"
        "stack.addWidget(page)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print('before', any(m.startswith('matplotlib') for m in sys.modules))\n"
        "stack.setCurrentWidget(page)\n"
        "app.processEvents()\n"
        # The first switch says it is preparing the charts before the slow import starts.
        "print('preparing', page.charts.preparing.isVisible())\n"
        "import time\n"
        "end = time.time() + 20\n"
        "while page.charts.preparing.isVisible() and time.time() < end:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "print('after', 'matplotlib.backends.backend_qtagg' in sys.modules)\n"
        "sys.stdout.flush()\n"
        "os._exit(0)\n"
    )
    env = {**__import__("os").environ, "FTA_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["before", "False", "preparing", "True", "after", "True"]


def test_the_prices_button_opens_the_dialog(qtbot, page):
    qtbot.mouseClick(page.form.prices_button, LEFT)
    dialog = page.prices_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None


def test_looking_at_a_saved_file_changes_nothing_until_the_user_takes_the_suggestion(qtbot, tmp_path):
    from tests.helpers import write_assessment
    from ui.document import AssessmentDocument

    path = write_assessment(tmp_path / "saved.fta.json", answers={"labeled_examples": 800})
    document = AssessmentDocument()
    document.open(path)
    page = costs_page.CostsPage(document)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    # A v1 file: its costs hold v1's assumptions (CONTRACT section 7), and nothing else yet.
    assert not document.is_dirty and "examples_to_label" not in document.assessment.costs
    assert "From your answers, used in the projection" in page.form.note.text()
    assert "4,200" in page.form.note.text()
    # Looking changes nothing in the file, yet the projection already counts the answers' figure,
    # as `costs` and `summary` do.
    qtbot.waitUntil(lambda: page.projection is not None)
    assert page.projection.fine_tune.labelling[0] == 4200 * 1.0
    assert page.form.rows["examples_to_label"].hint.isVisible()
    assert page.form.use_answers_button.isVisible()
    qtbot.mouseClick(page.form.use_answers_button, LEFT)
    assert document.assessment.costs["examples_to_label"] == 4200 and document.is_dirty
    assert not page.form.use_answers_button.isVisible()


def test_a_preset_leaves_figures_from_the_answers_and_says_so(qtbot, page):
    page.document.set_answer("labeled_examples", 800)  # implies 4,200 examples still to label
    qtbot.mouseClick(page.form.preset_buttons["mid"], LEFT)
    costs = page.document.assessment.costs
    assert "examples_to_label" not in costs  # not the preset's 5,000: the answers' 4,200 is projected
    qtbot.waitUntil(lambda: page.projection is not None and page.projection.fine_tune.labelling[0] == 4200 * 2.0)
    assert costs["monthly_requests"] == PRESETS_BY_ID["mid"].costs["monthly_requests"]
    assert "left examples to label as your answers imply" in page.form.note.text()


def test_the_export_message_does_not_outlive_its_assessment(qtbot, page, tmp_path, monkeypatch):
    qtbot.waitUntil(lambda: charts_match(page))
    monkeypatch.setattr(costs_page, "get_export_path", lambda *args: tmp_path / "chart.png")
    qtbot.mouseClick(page.export_chart_button, LEFT)
    assert page.status.text().startswith("Chart saved to")
    page.document.new("Another")
    assert page.status.text() == ""


def test_the_model_list_marks_legacy_and_retired_models_after_the_current_ones(page):
    combo = page.form.model_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    # Current models first, by id: Claude Fable 5.1 joined the current lineup (the pricing page,
    # checked 2026-12-07), ahead of the 5.5 models.
    assert texts[0] == "Claude Fable 5.1 (claude-fable-5-1)"
    assert {"Claude Haiku 5.5 (claude-haiku-5-5)", "Claude Sonnet 5.5 (claude-sonnet-5-5)"} <= set(texts)
    assert "Claude Sonnet 4.5 (claude-sonnet-4-5) (legacy)" in texts
    statuses = ["retired" if t.endswith("(retired)") else "legacy" if t.endswith("(legacy)") else "current"
                for t in texts]
    assert statuses == sorted(statuses, key=["current", "legacy", "retired"].index)
    haiku = combo.findData("claude-haiku-5-5")
    assert "above 100,000 prompt tokens" in combo.itemData(haiku, Qt.ItemDataRole.ToolTipRole)


def test_an_old_price_table_is_said_on_the_screen(qtbot, document):
    from advisor.costs.pricing import save_user_price_table, shipped_price_table

    table = shipped_price_table()
    old = {k: m._replace(as_of="2025-01-15") for k, m in table.models.items()}
    save_user_price_table(table._replace(models=old))
    page = costs_page.CostsPage(document)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.projection is not None)
    assert page.problem.isVisible()
    assert "15 January 2025" in page.problem.text() and "more than 90" in page.problem.text()


def test_a_long_export_path_does_not_widen_the_page(qtbot, page, tmp_path, monkeypatch):
    qtbot.waitUntil(lambda: charts_match(page))
    qtbot.wait(50)
    before = page.layout().totalMinimumSize().width()
    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 8)
    deep.mkdir(parents=True)
    monkeypatch.setattr(costs_page, "get_export_path", lambda *args: deep / "cumulative-cost.png")
    qtbot.mouseClick(page.export_chart_button, LEFT)
    assert page.status.toolTip().endswith("cumulative-cost.png")
    qtbot.wait(50)  # the layout takes the new text in on the next turn of the event loop
    assert page.layout().totalMinimumSize().width() <= before


def test_every_default_shows_as_it_is(page):
    """A default the spin box rounds (0.1 engineer shown as 0) would be a different figure."""
    for input_id, row in page.form.rows.items():
        assert row.value() == pytest.approx(COST_INPUTS_BY_ID[input_id].default), input_id


def test_in_a_narrow_window_the_charts_go_under_the_form_at_full_size(qtbot, page):
    assert not page.stacked  # 1,100 px: side by side
    page.resize(710, 900)  # what a 900×600 window leaves the page
    qtbot.waitUntil(lambda: page.stacked)
    qtbot.waitUntil(lambda: charts_match(page))
    figure = page.charts.figure("cumulative")
    qtbot.waitUntil(lambda: figure.dpi >= 96 * page.charts.canvases["cumulative"].device_pixel_ratio)
    assert page.charts.width() > 600  # the whole width, not a sliver beside the form
    page.resize(1100, 760)
    qtbot.waitUntil(lambda: not page.stacked)


def test_the_charts_draw_text_through_the_glyph_cache_with_matplotlibs_own_pixels(qtbot, page):
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg

    from advisor.costs import glyph_cache
    type_into(qtbot, page, "monthly_requests", "321987")
    qtbot.waitUntil(lambda: charts_match(page))
    canvas = page.charts.canvases["cumulative"]
    canvas.draw()
    shown = np.asarray(canvas.buffer_rgba()).copy()
    assert type(canvas.get_renderer()) is (glyph_cache.renderer_class() or RendererAgg)
    stock = FigureCanvasAgg(canvas.figure)  # matplotlib's own drawing of the same figure
    try:
        stock.draw()
        assert np.array_equal(np.asarray(stock.buffer_rgba()), shown)
    finally:
        canvas.figure.set_canvas(canvas)


def test_a_chart_whose_canvas_alone_changes_size_is_laid_out_anew_for_that_size(qtbot, page):
    from advisor.costs import charts
    qtbot.waitUntil(lambda: charts_match(page))
    view = page.charts
    canvas = view.canvases["cumulative"]
    # Laid out in the view (a new canvas starts at its figure's 800×450) and drawn for that size.
    qtbot.waitUntil(lambda: canvas.width() <= view.width() and not view._resized.isActive()
                    and view.built_for.get("cumulative") == (canvas.width(), canvas.height()))
    assert not charts._is_short(canvas.figure)  # a tall chart: its legend below the lines
    before = view.size()
    # Something else in the view takes room, as the "Preparing the charts…" line gives it back:
    # the canvas gets shorter, the view keeps its size (so the view's own resize never comes).
    view.preparing.setMinimumHeight(canvas.height() - 250)
    view.preparing.show()
    qtbot.waitUntil(lambda: canvas.height() < 300
                    and view.built_for.get("cumulative") == (canvas.width(), canvas.height()))
    assert view.size() == before
    ax = canvas.figure.axes[0]
    assert charts._is_short(canvas.figure)
    assert ax.get_legend().get_texts()[0].get_text().startswith("API path\n")  # laid out beside


def test_opening_the_screen_draws_each_chart_once_for_the_size_it_is_shown(qtbot, make_page, monkeypatch):
    from ui.costs.chart_view import ChartView

    builds: list[tuple[str, int, int]] = []
    real = ChartView.build

    def recording(view, chart_id, figure=None, theme=None):
        canvas = view.canvases[chart_id]
        builds.append((chart_id, canvas.width(), canvas.height()))
        return real(view, chart_id, figure, theme) if theme is not None else real(view, chart_id, figure)

    monkeypatch.setattr(ChartView, "build", recording)
    page = make_page()
    view = page.charts
    qtbot.waitUntil(lambda: charts_match(page) and not view._resized.isActive())
    qtbot.wait(400)  # a rebuild would come 150 ms after a resize
    canvas = view.canvases["cumulative"]
    # Not first for the new canvas's 800×450 and then again: once, at the size on the screen.
    assert builds == [("cumulative", canvas.width(), canvas.height())]
