"""Under a self-hosting verdict the Costs screen draws what the summary prices (CONTRACT section 8,
"Self-hosting is priced as self-hosting"): serving an open-weights model on your own GPUs, the API
path for reference, the same totals as the summary; never a fine-tuning path the summary does not
show."""
from __future__ import annotations

import pytest

from advisor.costs.charts import ALTERNATIVE_LINE_GID, API_LINE_GID, FINE_TUNE_LINE_GID
from advisor.report.summary import build_summary
from tests.ui.test_costs_page import make_page  # noqa: F401 (a fixture)

ON_PREMISES = {"deployment": "on_prem_only", "prompting_tried": "not_tried", "task_type": "generate",
               "ml_team": "some"}


@pytest.fixture
def document():
    from ui.document import AssessmentDocument

    doc = AssessmentDocument()
    doc.new("Hospital notes")
    doc.assessment.answers.update(ON_PREMISES)
    return doc


@pytest.fixture
def page(make_page):  # noqa: F811
    return make_page()


def _lines(page, qtbot) -> dict[str, str]:
    qtbot.waitUntil(lambda: "cumulative" not in page.charts.stale)  # drawn when idle
    figure = page.charts.figure("cumulative")
    return {line.get_gid(): line.get_label() for ax in figure.axes for line in ax.lines if line.get_gid()}


def test_the_costs_screen_prices_self_hosting_as_the_summary_does(qtbot, page):
    summary = build_summary(page.document.assessment)
    assert summary["costs"]["self_hosted"] is True
    assert page.projection.self_hosted
    assert summary["costs"]["fine_tune_total_usd"] == round(page.projection.fine_tune.total, 2)
    assert summary["costs"]["api_total_usd"] == round(page.projection.api.total, 2)
    assert page.projection.fine_tune.labelling == [0.0] * page.projection.horizon_months  # nothing entered
    headline = page.headline.text()
    assert "self-hosting" in headline and "for reference only" in headline and "fine-tuning" not in headline
    lines = _lines(page, qtbot)
    assert lines[FINE_TUNE_LINE_GID] == "Self-hosted open-weights model" and API_LINE_GID in lines
    assert ALTERNATIVE_LINE_GID not in lines  # a hosted LoRA service is what on-premises rules out


def test_answering_that_a_cloud_may_see_the_data_brings_the_fine_tuning_paths_back(qtbot, page):
    page.document.set_answer("deployment", "any_cloud")
    page.update_projection()
    assert not page.projection.self_hosted
    lines = _lines(page, qtbot)
    assert ALTERNATIVE_LINE_GID in lines and "Fine-tuned" in lines[FINE_TUNE_LINE_GID]
    assert "fine-tuning path" in page.headline.text()
    summary = build_summary(page.document.assessment)
    assert summary["costs"]["fine_tune_total_usd"] == round(page.projection.fine_tune.total, 2)
