"""Printed summaries: the PDF's content and layout, and File → Print / Preview / Export."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.document.assessment import load_assessment
from advisor.costs.projection import project
from advisor.report.summary import build_summary, render_markdown
from advisor.report.html import CHART_URL, build_brief
from tests.helpers import ROOT, brief_pages, write_assessment
from ui.printing import actions as print_actions

EXAMPLE = ROOT / "resources" / "example.fta.json"
TITLE = "Claims coding <b>bold</b> & co"
NOTES = "Line one with <b>bold</b>\nLine two <script>alert(1)</script> &amp;\n  indented line three"
# Opus at two million requests a month against a large labelling bill: break-even in month 4
# (a version 2 file: the v2 defaults, serverless hosting; as a v1 file it broke even in month 9).
COSTS = {"model": "claude-opus-4-5", "monthly_requests": 2_000_000, "examples_to_label": 20_000,
         "label_cost_per_example_usd": 4, "horizon_months": 36}
ANSWERS = {"deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["domain_language"],
           "data_public": "proprietary_niche", "labeled_examples": 20000, "knowledge_changes": "static",
           "context_fits": True, "ml_team": "dedicated", "training_budget_usd": 400000,
           "retrain_commitment": True, "needs_general_skills": False, "latency_p95_ms": 2000,
           "weeks_to_launch": 16}
LAB = {"model": "claude-opus-4-5", "system": "Assign <code> tags to claims.", "template": "{{claim}}",
       "tests": [], "last_run": {"model": "claude-opus-4-5", "passed": 14, "failed": 6, "errors": 0,
                                 "cost_usd": 0.4312, "run_at": "2026-11-27T10:00:00Z"}}


@pytest.fixture
def answered(tmp_path) -> Path:
    """A fully answered assessment whose costs break even, with markup in what the user typed."""
    return write_assessment(tmp_path / "claims.fta.json", version=2, title=TITLE, answers=ANSWERS, costs=COSTS,
                            prompt_lab=LAB, notes=NOTES, created="2026-11-20T09:00:00Z")


def pdf_text(path: Path) -> str:
    """The text of every page; Qt's PDFs space words with gaps pypdf reads as tabs."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).replace("\t", " ")


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_fixture_breaks_even_in_month_4(answered):
    assert project(load_assessment(answered).costs).break_even_month == 4


def write(tmp_path: Path, source: Path, name: str = "brief.pdf", page_size=None) -> Path:
    from ui.printing.render import write_pdf

    brief = build_brief(load_assessment(source))
    out = tmp_path / name
    write_pdf(brief.html, out, brief.images, page_size=page_size)
    return out


def test_the_pdf_holds_title_verdict_notes_as_typed_and_the_break_even_month(qapp, tmp_path, answered):
    text = pdf_text(write(tmp_path, answered))
    assert TITLE in flat(text)
    assert "Fine-tuning is justified" in flat(text)
    assert "Fine-tuning breaks even in month 4" in flat(text)
    lines = [line.strip() for line in text.splitlines()]
    # markup typed by the user prints as the characters typed, line breaks kept
    assert "Line one with <b>bold</b>" in lines
    assert "Line two <script>alert(1)</script> &amp;" in lines
    assert "indented line three" in lines
    assert "14 of 20 passed on claude-opus-4-5 (70 %, 95 % interval 48–85 %)" in flat(text)
    assert "$0.4312" in text and "Assign <code> tags to claims." in flat(text)
    assert "as of 2026-12-01" in flat(text) and "Fine-Tune Advisor 0.1.0" in flat(text)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("source", ["example", "answered"])
def test_a_typical_assessment_fits_on_one_or_two_pages_with_the_chart(qapp, tmp_path, answered, source, paper):
    from PySide6.QtGui import QPageSize

    size = QPageSize(getattr(QPageSize.PageSizeId, paper))
    reader = PdfReader(write(tmp_path, EXAMPLE if source == "example" else answered, page_size=size))
    assert 1 <= brief_pages(reader) <= 2  # then the answers, on a last page of their own
    assert sum(len(page.images) for page in reader.pages) == 1
    last = reader.pages[-1].extract_text()
    assert re.search(r"Page\s\d\sof\s\d", last)


def test_the_page_size_follows_the_locale(qapp, tmp_path):
    from PySide6.QtCore import QLocale

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        letter = PdfReader(write(tmp_path, EXAMPLE, "letter.pdf")).pages[0].mediabox
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        a4 = PdfReader(write(tmp_path, EXAMPLE, "a4.pdf")).pages[0].mediabox
    finally:
        QLocale.setDefault(previous)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)


def test_text_and_images_stay_inside_the_printable_width(qapp, answered, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from ui.printing.render import build_document

    brief = build_brief(load_assessment(answered))
    assert set(brief.images) == {CHART_URL}
    html = re.sub(r'(src="chart://cumulative" width=)"\d+"', r'\1"3000"', brief.html)  # far too wide
    assert 'width="3000"' in html
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))  # only measured with, never painted on
    writer.setResolution(300)
    document = build_document(html, brief.images, writer)
    assert document.pageSize().width() == writer.width()
    assert document.idealWidth() <= writer.width() + 1  # nothing reaches past the right margin
    block, widths = document.begin(), []
    while block.isValid():
        for line in range(block.layout().lineCount()):
            widths.append(block.layout().lineAt(line).naturalTextWidth())
        block = block.next()
    assert max(widths) <= writer.width() + 1


def test_a_data_uri_chart_becomes_a_resource(qapp, answered):
    from ui.printing.render import lift_data_images

    brief = build_brief(load_assessment(answered), chart="data")
    assert brief.images == {} and "data:image/png;base64," in brief.html
    html, images = lift_data_images(brief.html)
    assert "data:" not in html and len(images) == 1
    assert next(iter(images.values())).startswith(b"\x89PNG")


def test_a_pdf_that_cannot_be_written_leaves_nothing_behind(qapp, tmp_path):
    from advisor.core.errors import FileProblem
    from ui.printing.render import write_pdf

    with pytest.raises(FileProblem, match="does not exist"):
        write_pdf("<p>x</p>", tmp_path / "missing" / "brief.pdf")
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(FileProblem, match="folder"):
        write_pdf("<p>x</p>", tmp_path / "folder.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["folder.pdf"]


# --- the window's actions ------------------------------------------------------------------------

@pytest.fixture
def opened(window, answered):
    assert window.open_path(answered)
    return window


def test_the_actions_wait_for_an_open_assessment(window, answered):
    # Print, Preview, Export PDF, Markdown, HTML and (issue 24) Decision Record
    actions = window.print_actions.actions
    assert len(actions) == 6 and not any(a.isEnabled() for a in actions)
    window.open_path(answered)
    assert all(a.isEnabled() for a in actions)


def test_export_pdf_from_the_file_menu_writes_a_valid_pdf(opened, monkeypatch, tmp_path):
    asked = []
    out = tmp_path / "exported"  # no suffix: the action adds .pdf
    monkeypatch.setattr(print_actions, "get_export_path",
                        lambda parent, caption, suggested, file_filter: asked.append(suggested) or out)
    action = next(a for a in opened.file_menu.actions() if a.text() == "&Export PDF…")
    action.trigger()
    assert asked[0].endswith(".pdf")
    written = tmp_path / "exported.pdf"
    reader = PdfReader(written)
    assert 1 <= brief_pages(reader) <= 2 and TITLE in flat(pdf_text(written))
    assert "Exported the summary to" in opened.statusBar().currentMessage()


def test_export_to_a_missing_folder_is_an_error_and_writes_nothing(opened, monkeypatch, scripted, tmp_path):
    monkeypatch.setattr(print_actions, "get_export_path", lambda *args: tmp_path / "gone" / "x.pdf")
    assert opened.print_actions.export_pdf() is False
    assert scripted.errors and "does not exist" in scripted.errors[0][1]
    assert not (tmp_path / "gone").exists()


def test_cancelling_an_export_writes_nothing(opened, monkeypatch, tmp_path):
    monkeypatch.setattr(print_actions, "get_export_path", lambda *args: None)
    assert opened.print_actions.export_markdown() is False
    assert opened.print_actions.export_html() is False
    assert list(tmp_path.glob("*.md")) == [] and list(tmp_path.glob("*.html")) == []


def test_export_markdown_matches_the_command_line(opened, monkeypatch, tmp_path, answered):
    monkeypatch.setattr(print_actions, "get_export_path", lambda *args: tmp_path / "brief.md")
    opened.print_actions.export_markdown_action.trigger()
    markdown = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert markdown == render_markdown(build_summary(load_assessment(answered)))
    assert markdown.startswith("# Claims coding &lt;b&gt;bold&lt;/b&gt; &amp; co\n")
    why = markdown.split("## Why\n\n")[1].split("\n\n")[0].splitlines()
    assert len(why) >= 2 and all(line.startswith("- ") for line in why)


def test_export_html_stands_alone_with_the_chart_inlined(opened, monkeypatch, tmp_path):
    monkeypatch.setattr(print_actions, "get_export_path", lambda *args: tmp_path / "brief.html")
    opened.print_actions.export_html_action.trigger()
    html = (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'src="data:image/png;base64,' in html
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;" in html
    assert "chart://" not in html


def test_print_preview_lays_out_the_pages(opened, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    pages = []

    def fake_exec(dialog):
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()  # what showing the dialog does: paintRequested, then the pages
        pages.append(widget.pageCount())

    monkeypatch.setattr(print_actions, "run_preview_dialog", fake_exec)
    opened.print_actions.preview_action.trigger()
    assert pages and 1 <= pages[0] - 1 <= 2  # the brief, then the answers page


def test_preview_and_pdf_paginate_the_same_and_page_1_stands_alone(opened, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    pages = []
    monkeypatch.setattr(print_actions, "run_preview_dialog", lambda dialog: (
        dialog.findChild(QPrintPreviewWidget).updatePreview(),
        pages.append(dialog.findChild(QPrintPreviewWidget).pageCount())))
    opened.print_actions.preview_action.trigger()
    monkeypatch.setattr(print_actions, "get_export_path", lambda *args: tmp_path / "brief.pdf")
    opened.print_actions.export_pdf_action.trigger()
    reader = PdfReader(tmp_path / "brief.pdf")
    assert pages == [len(reader.pages)] == [3] and brief_pages(reader) == 2
    first = flat(reader.pages[0].extract_text().replace("\t", " "))
    summary = build_summary(opened.document.snapshot())
    for essential in (summary["verdict_title"], "Confidence: ", summary["confidence_reasons"][0][:40], "Why",
                      "What would change the advice", summary["counterfactuals"][-1]["text"][:40],
                      "Costs: " + summary["costs"]["note"][:40]):
        assert flat(essential) in first, essential


def test_print_goes_to_the_printer_the_dialog_accepted(opened, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"

    def accept(printer, parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(print_actions, "run_print_dialog", accept)
    opened.print_actions.print_action.trigger()
    text = pdf_text(out)
    assert TITLE in flat(text) and "Fine-tuning breaks even in month 4" in flat(text)
    assert "Line two <script>alert(1)</script> &amp;" in text


def test_a_cancelled_print_dialog_prints_nothing(opened, monkeypatch, tmp_path):
    seen = []
    monkeypatch.setattr(print_actions, "run_print_dialog", lambda printer, parent: seen.append(printer) or False)
    assert opened.print_actions.print_summary() is False
    assert len(seen) == 1 and list(tmp_path.glob("*.pdf")) == []


def test_export_decision_record_writes_the_madr_record_the_command_line_prints(opened, monkeypatch, tmp_path, answered):
    from advisor.report.adr import render_adr

    asked = []
    monkeypatch.setattr(print_actions, "get_export_path",
                        lambda parent, caption, suggested, file_filter: asked.append(suggested) or tmp_path / "adr")
    assert opened.print_actions.export_adr_action.text() == "Export &Decision Record…"
    opened.print_actions.export_adr_action.trigger()
    record = (tmp_path / "adr.md").read_text(encoding="utf-8")  # the suffix is added
    assert record == render_adr(build_summary(load_assessment(answered)))
    assert asked[0].endswith("-decision.md")
    assert "Exported the summary to" in opened.statusBar().currentMessage()
