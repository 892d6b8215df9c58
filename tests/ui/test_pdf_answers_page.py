"""The PDF's last page holds the answers, grouped by the questionnaire's sections (issue 29, item 7)."""
from __future__ import annotations

from pypdf import PdfReader

from advisor.decision.questions import default_bank
from advisor.document.assessment import load_assessment
from advisor.report.html import build_brief
from tests.helpers import write_assessment
from tests.ui.test_printing import ANSWERS, COSTS, flat


def _pdf(tmp_path, **sections):
    from ui.printing.render import write_pdf

    source = write_assessment(tmp_path / "a.fta.json", version=2, title="Claims", **sections)
    brief = build_brief(load_assessment(source))
    out = tmp_path / "brief.pdf"
    write_pdf(brief.html, out, brief.images)
    return PdfReader(out)


def test_the_last_page_lists_every_answer_under_its_questionnaire_section_in_order(qapp, tmp_path):
    reader = _pdf(tmp_path, answers=ANSWERS, costs=COSTS)
    last = flat(reader.pages[-1].extract_text().replace("\t", " "))
    assert last.startswith("Your answers")
    bank = default_bank()
    positions = []
    for section in bank.sections:
        shown = [q for q in section.questions if q.is_shown(ANSWERS)]
        if not shown:
            continue
        positions.append(last.index(flat(section.title)))
        for question in shown:
            worded = flat(question.label_for(ANSWERS.get(question.id)))
            assert flat(question.text)[:50] in last, question.id
            assert worded in last, (question.id, worded)
    assert positions == sorted(positions)  # the questionnaire's order
    assert "Your answers" not in flat(" ".join(p.extract_text() for p in reader.pages[:-1]))


def test_an_open_question_reads_not_answered_and_no_answers_print_no_page(qapp, tmp_path):
    partial = {"deployment": "any_cloud"}
    last = flat(_pdf(tmp_path, answers=partial).pages[-1].extract_text().replace("\t", " "))
    assert last.startswith("Your answers") and "not answered" in last
    assert flat(default_bank().get("deployment").label_for("any_cloud")) in last
    (tmp_path / "brief.pdf").unlink()
    reader = _pdf(tmp_path)
    assert all("Your answers" not in page.extract_text() for page in reader.pages)
