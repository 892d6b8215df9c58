"""The Costs screen leaves no English behind (issue 25): under the pseudo catalogue every phrase it
shows reads ⟦…⟧, in every state (each chart tab, the ranges open with bands, a lab run's measured
figures, a refused range, the Prices dialog with its problems); and in German it reads German."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tests.cli.test_costs_measured import EVIDENCE, OTHER
from tests.ui.pseudo_locale import english_left

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ALLOW = (
    r"^Claude [A-Z]",  # model names from the price table: "Claude Fable 5.1", "Claude Opus 5.5"
)


def settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)


@pytest.fixture
def example(qtbot, scripted, tmp_path):
    """The main window on the example assessment's Costs screen, made once the catalogue is in."""
    from advisor.core.settings import Settings
    from ui.main_window import MainWindow

    def open_window():
        window = MainWindow(Settings(tmp_path / "settings.json"))
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        qtbot.waitExposed(window)
        window.open_example()
        window.show_page("costs")
        settle(qtbot)
        return window
    yield open_window


@pytest.fixture
def measured_page(qtbot):
    """A Costs page over an assessment with two lab runs (the evidence run and another)."""
    from ui.costs.page import CostsPage
    from ui.document import AssessmentDocument

    def make():
        document = AssessmentDocument()
        document.new("Support triage")
        document.assessment.answers.update({"prompting_tried": "falls_short", "quality_bar_pct": 90,
                                            "labeled_examples": 800, "retrain_commitment": False})
        document.assessment.prompt_lab = {"model": "claude-haiku-5-5", "tests": [], "runs": [EVIDENCE, OTHER]}
        page = CostsPage(document)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        qtbot.waitExposed(page)
        return page
    return make


def test_every_chart_tab_of_the_example_is_translated(qtbot, pseudo, example):
    window = example()
    page = window.costs
    qtbot.waitUntil(lambda: bool(page.charts.canvases))
    for index in range(page.charts.tabs.count()):
        page.charts.tabs.setCurrentIndex(index)
        settle(qtbot)
        page.charts.draw_current()  # the text alternative is the tab's accessible description
        assert english_left(page, allow=ALLOW) == [], page.charts.tabs.tabText(index)
    assert page.headline.text().startswith("⟦Over {0} months") is False  # filled in, not a raw template
    assert "⟦" in page.headline.text()
    window.document._dirty = False


def test_the_ranges_with_their_bands_and_a_refused_range_are_translated(qtbot, pseudo, example):
    window = example()
    page = window.costs
    page.form.extras_button.setChecked(True)
    page.form.ranges_panel.propose_button.click()
    qtbot.waitUntil(lambda: page.projection is not None and page.projection.uncertainty is not None, timeout=15000)
    settle(qtbot)
    assert page.form.ranges_panel.spins
    assert english_left(page, allow=ALLOW) == []
    low, _high = page.form.ranges_panel.spins["ml_fte"] if "ml_fte" in page.form.ranges_panel.spins \
        else next(iter(page.form.ranges_panel.spins.values()))
    low.setValue(low.maximum() / 2)  # far above the value in force: refused with a message
    low.editingFinished.emit()
    assert page.form.ranges_panel.message.isVisibleTo(page)
    assert english_left(page, allow=ALLOW) == []
    window.document._dirty = False


def test_the_measured_panel_with_a_run_and_its_marks_is_translated(qtbot, pseudo, measured_page):
    page = measured_page()
    page.form.extras_button.click()
    settle(qtbot)
    assert english_left(page, allow=ALLOW) == []
    page.form.measured_panel.use_button.click()
    page.update_projection()
    settle(qtbot)
    assert page.form.rows["avg_input_tokens"].hint.isVisibleTo(page)
    assert english_left(page, allow=ALLOW) == []


def test_the_prices_dialog_and_its_problems_are_translated(qtbot, pseudo, example):
    from ui.costs.prices_dialog import COLUMN

    window = example()
    window.costs.open_prices()
    dialog = window.costs.prices_dialog
    qtbot.waitExposed(dialog)
    assert english_left(dialog, allow=ALLOW) == []
    dialog.add_model()  # a new row: an empty name and zero prices are fine, so no problem yet
    dialog.table.item(0, COLUMN["input"]).setText("lots")
    dialog.table.item(0, COLUMN["status"]).setText("gone")
    dialog.table.item(0, COLUMN["long_above"]).setText("many")
    assert dialog.messages.isVisibleTo(dialog) and not dialog.save_button.isEnabled()
    assert english_left(dialog, allow=ALLOW + (r"^lots$|^gone$|^many$",)) == []  # what the user typed
    dialog.reject()
    window.document._dirty = False


def test_the_costs_screen_reads_german(qtbot, german, example):
    window = example()
    page = window.costs
    assert page.headline.text().startswith("Über 24 Monate: API-Weg")
    assert "Break-even" in page.headline.text()
    assert [page.charts.tabs.tabText(i) for i in range(3)] == ["&Kumuliert", "&Monatlich", "&Was zählt"]
    assert page.charts.tabs.tabToolTip(0) == "Diagramm der kumulierten Kosten"
    assert page.form.prices_button.text() == "&Preise…"
    assert page.form.rows["monthly_requests"].spin.suffix() == " Anfr./Monat"
    assert page.form.rows["horizon_months"].spin.text().endswith("Monate")
    assert "Zeitraum:" in [label.text() for label in page.form.labels]
    assert [b.text() for b in page.form.preset_buttons.values()] == ["Kleines Team", "Mittleres Team", "Großes Team"]
    window.costs.open_prices()
    dialog = window.costs.prices_dialog
    assert dialog.windowTitle() == "Preise"
    assert dialog.table.horizontalHeaderItem(0).text() == "Modell-ID"
    dialog.reject()
    window.document._dirty = False


def test_the_command_lines_table_stays_english_while_the_window_is_german(german):
    from advisor.costs.projection import project
    from advisor.costs.tables import text_table
    from advisor.core import i18n

    projection = project({})
    assert text_table(projection).startswith("Kostenhochrechnung")  # the window's text alternative
    i18n.set_translator(None)  # what the command line has: no translator
    assert text_table(projection).startswith("Cost projection\nAPI path on claude-sonnet-5-5")


def test_the_charts_read_german_in_the_window_and_english_on_the_command_line(german):
    from advisor.costs import charts
    from advisor.costs.projection import project
    from advisor.costs.sensitivity import sensitivity
    from advisor.costs.pricing import load_price_table
    from advisor.core import i18n

    def words(figure) -> str:
        texts = [t.get_text() for t in figure.findobj(lambda artist: hasattr(artist, "get_text"))]
        return " ".join(texts)

    projection = project({})
    rows = sensitivity({}, load_price_table())
    assert "Kumulierte Kosten über 24 Monate" in words(charts.cumulative_figure(projection))
    assert "API-Weg: Kosten pro Monat" in words(charts.breakdown_figure(projection))
    assert "Was die Differenz am stärksten bewegt" in words(charts.tornado_figure(rows, projection))
    i18n.set_translator(None)  # the command line's `costs --png`
    assert "Cumulative cost over 24 months" in words(charts.cumulative_figure(projection))


def test_the_problems_the_window_can_cause_are_translated(qtbot, pseudo, measured_page, monkeypatch):
    page = measured_page()
    page.document.set_cost("model", "gpt-unknown")  # a file naming a model the table lacks
    page.update_projection()
    assert page.problem.isVisibleTo(page) and "gpt-unknown" in page.problem.text()
    assert english_left(page, allow=ALLOW) == []
    page.document.set_cost("model", None)
    page.document.set_cost("cache_hit_share", 0.8)
    page.document.set_cost("cache_write_share", 0.5)
    page.update_projection()
    assert page.problem.isVisibleTo(page) and "⟦" in page.problem.text()
    assert english_left(page, allow=ALLOW) == []
    page.document.set_cost("cache_write_share", None)
    page.document.set_cost("model", "claude-3-5-sonnet-20241022")  # retired: a warning, with a projection
    from ui.costs import page as costs_page

    monkeypatch.setattr(costs_page, "price_table_age_days", lambda _table: 400)  # and old prices
    monkeypatch.setattr(costs_page, "stale_prices_note", lambda _table: "The prices are from long ago.")
    page.update_projection()
    assert page.projection is not None and page.problem.isVisibleTo(page)
    assert "⟦The prices are from 1 " in page.problem.text() and "sonnet-20241022 is retired" in page.problem.text()
    assert english_left(page, allow=ALLOW) == []


def test_the_window_in_english_keeps_the_checks_own_words(qtbot, measured_page):
    page = measured_page()
    page.document.set_cost("model", "gpt-unknown")
    page.update_projection()
    assert page.problem.text().startswith("Cost input model 'gpt-unknown' is not in the price table; use one of")


def test_a_cost_inputs_own_problem_is_translated(qtbot, pseudo, measured_page):
    page = measured_page()
    page.document.set_cost("monthly_growth", 50)  # above the allowed 10: no projection, the check's words
    page.update_projection()
    assert page.problem.isVisibleTo(page) and "⟦" in page.problem.text()
    assert english_left(page, allow=ALLOW + (r"monthly_growth",)) == []  # and the input's id, as the file names it


def test_a_cost_inputs_own_problem_and_the_price_tip_read_german(qtbot, german, measured_page):
    from ui.costs.form import price_tip

    page = measured_page()
    page.document.set_cost("monthly_growth", 50)
    page.update_projection()
    assert "Die Kosteneingabe monthly_growth ist 50, muss aber eine Zahl von mindestens -0,99 und höchstens 10 sein" \
        in page.problem.text()
    tip = price_tip(page.prices.models["claude-haiku-5-5"])
    assert " $ Eingabe / " in tip and "pro Million Tokens" in tip and "$0" not in tip
