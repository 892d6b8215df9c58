"""The Costs screen with contract v3's figures: measured figures marked on their fields (and
unmarked by an override), bands that arrive from a worker, bad ranges refused, and one projection
shared with the summary."""
from __future__ import annotations

import pytest

from advisor.report.summary import build_summary
from tests.cli.test_costs_measured import EVIDENCE, OTHER
from tests.ui.test_costs_page import make_page  # noqa: F401 (a fixture)
from advisor.costs.chart_bands import API_BAND_GID, FINE_TUNE_BAND_GID


@pytest.fixture
def document():
    from ui.document import AssessmentDocument

    doc = AssessmentDocument()
    doc.new("Support triage")
    doc.assessment.answers.update({"prompting_tried": "falls_short", "quality_bar_pct": 90,
                                   "labeled_examples": 800, "retrain_commitment": False})
    doc.assessment.prompt_lab = {"model": "claude-haiku-5-5", "tests": [], "runs": [EVIDENCE, OTHER]}
    return doc


@pytest.fixture
def page(make_page):  # noqa: F811 (the Costs page tests' fixture, on this module's document)
    return make_page()


def _bands(page):
    figure = page.charts.figure("cumulative")
    return {c.get_gid() for ax in figure.axes for c in ax.collections}


def test_measured_figures_are_marked_on_their_fields_and_an_override_clears_the_mark(qtbot, page):
    assert not page.form.measured_panel.isVisibleTo(page)  # on demand: the inputs stay in view
    page.form.extras_button.click()
    assert page.form.measured_panel.isVisibleTo(page)
    page.form.measured_panel.use_button.click()
    costs = page.document.assessment.costs
    assert costs["avg_input_tokens"] == 1700.0 and costs["model"] == "claude-haiku-5-5"
    hint = page.form.rows["avg_input_tokens"].hint
    assert hint.isVisibleTo(page) and hint.text() == "measured in run haiku-run"
    assert page.form.rows["cache_hit_share"].hint.text() == "measured in run haiku-run"
    assert "Measured in run haiku-run" in page.form.model_combo.toolTip()
    spin = page.form.rows["avg_input_tokens"].spin
    spin.setValue(2500)  # the user types their own figure over the measured one
    assert page.document.assessment.costs["avg_input_tokens"] == 2500
    assert "avg_input_tokens" not in page.document.assessment.costs["measured"]
    assert not page.form.rows["avg_input_tokens"].hint.isVisibleTo(page)
    assert page.form.rows["avg_output_tokens"].hint.text() == "measured in run haiku-run"


def test_proposed_ranges_bring_bands_from_the_worker(qtbot, page):
    assert _bands(page) & {API_BAND_GID, FINE_TUNE_BAND_GID} == set()
    page.form.extras_button.click()
    page.form.ranges_panel.propose_button.click()
    assert len(page.document.assessment.costs["ranges"]) == 5
    qtbot.waitUntil(lambda: page.projection is not None and page.projection.uncertainty is not None, timeout=15000)
    qtbot.waitUntil(lambda: {API_BAND_GID, FINE_TUNE_BAND_GID} <= _bands(page), timeout=15000)
    assert "P10 / P50 / P90" in page.headline.text()


def test_a_range_that_does_not_hold_its_value_is_refused_and_nothing_is_written(qtbot, page):
    page.document.set_cost("ranges", {"ml_fte": [0.25, 1.0]})
    qtbot.waitUntil(lambda: "ml_fte" in page.form.ranges_panel.spins)
    low, _high = page.form.ranges_panel.spins["ml_fte"]
    low.setValue(0.9)  # above the value in force, 0.5
    low.editingFinished.emit()
    message = page.form.ranges_panel.message
    assert page.form.extras_button.isChecked()  # the file has ranges: they are shown
    assert message.isVisibleTo(page) and message.text().startswith("The range of ML engineers is [0.9, 1] but the value is 0.5")
    assert page.document.assessment.costs["ranges"] == {"ml_fte": [0.25, 1.0]}


def test_the_screens_break_even_and_totals_are_the_summarys(qtbot, page):
    page.document.set_cost("monthly_requests", 3_000_000)
    page.update_projection()
    summary = build_summary(page.document.assessment)
    assert summary["costs"]["break_even_month"] == page.projection.break_even_month is not None
    assert summary["costs"]["api_total_usd"] == round(page.projection.api.total, 2)
    assert summary["costs"]["fine_tune_total_usd"] == round(page.projection.fine_tune.total, 2)


def test_draws_for_inputs_that_changed_meanwhile_are_dropped(qtbot):
    from advisor.costs.pricing import shipped_price_table
    from advisor.costs.uncertainty import simulate
    from ui.costs.monte_carlo import MonteCarloRunner

    results, errors = [], []
    runner = MonteCarloRunner(results.append, errors.append)
    costs = {"monthly_requests": 200_000, "ranges": {"monthly_requests": [100_000, 400_000]}}
    assert runner.start(costs, shipped_price_table())
    runner.stop()  # the user typed again: these draws belong to older figures
    assert runner.start({**costs, "monthly_requests": 300_000}, shipped_price_table())
    qtbot.waitUntil(lambda: len(results) == 1, timeout=15000)
    assert runner.wait(10)  # both runs are over, and only the newer one was heard
    qtbot.wait(100)
    assert len(results) == 1 and errors == []
    newer = simulate({**costs, "monthly_requests": 300_000}, shipped_price_table())
    assert results[0].to_json() == newer.to_json()
    assert not runner.start({"monthly_requests": 1}, shipped_price_table())  # no ranges: nothing to run
