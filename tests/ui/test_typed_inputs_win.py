"""A file whose figures disagree with what its answers imply keeps the typed figure and says so
(issue 27, bad input): the Costs and Recommendation screens both project it and name both."""
from __future__ import annotations

import json
from pathlib import Path

from ui.costs import page as costs_page

HELD = {"labeled_examples": 5000, "retrain_commitment": True, "knowledge_changes": "static"}
SAID = "Examples to label: your figure 2,000 is used; your answers imply 0"


def _file(folder: Path) -> Path:
    doc = {"format": "fine-tune-advisor/assessment", "version": 2, "title": "Held labels",
           "answers": HELD, "costs": {"examples_to_label": 2000}}
    path = folder / "held.fta.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _document(path: Path):
    from ui.document import AssessmentDocument

    document = AssessmentDocument()
    document.open(path)
    return document


def test_the_costs_screen_projects_the_typed_figure_and_says_the_answers_imply_another(qtbot, tmp_path):
    path = _file(tmp_path)
    before = path.read_bytes()
    document = _document(path)
    page = costs_page.CostsPage(document)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.projection is not None)
    assert page.projection.fine_tune.labelling[0] == 2000 * 1.0  # the typed 2,000, not the answers' 0
    assert SAID in page.form.note.text() and page.form.note.isVisible()
    assert document.assessment.costs["examples_to_label"] == 2000 and not document.is_dirty
    assert path.read_bytes() == before
    page.grab().save("/tmp/shots-i27f/costs-typed-wins.png")


def test_the_recommendation_screen_says_which_figure_it_used(qtbot, tmp_path):
    from ui.recommendation_page import RecommendationPage

    document = _document(_file(tmp_path))
    page = RecommendationPage(document)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    assert SAID in page.view.toPlainText()
    assert page.summary["costs"]["fine_tune_upfront_usd"] == 2000 + 5 * 40 * 3.0
    page.grab().save("/tmp/shots-i27f/recommendation-typed-wins.png")
