"""The recommendation, live: the verdict, why, what would change it, and what is still open.

Re-evaluated (a few milliseconds) shortly after every change to the assessment. Links in the
text jump to the question they concern, so "If your ML team were dedicated…" is one click away
from the answer it is about.
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from advisor.engine import Recommendation, evaluate
from advisor.questions import default_bank
from ui.document import AssessmentDocument

log = logging.getLogger(__name__)

VERDICT_COLOURS = {  # Okabe-Ito hues: distinct for colour-blind readers, readable on light and dark
    "prompt_engineering": "#009E73",
    "rag": "#0072B2",
    "fine_tune": "#D55E00",
    "self_host": "#CC79A7",
}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class RecommendationPage(QWidget):
    question_requested = Signal(str)

    def __init__(self, document: AssessmentDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.bank = default_bank()
        self.recommendation: Recommendation | None = None
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName("Recommendation")
        self.view.anchorClicked.connect(self._follow)
        self.view.document().setDocumentMargin(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(60)  # coalesce a burst of edits into one evaluation
        self._pending.timeout.connect(self.refresh)
        document.changed.connect(self._pending.start)
        self.refresh()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "question":
            self.question_requested.emit(url.path() or url.host())
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def refresh(self) -> None:
        assessment = self.document.assessment
        self.recommendation = evaluate(assessment.answers, assessment.costs,
                                       prompt_lab=assessment.prompt_lab)
        self.view.setHtml(self.render(self.recommendation))

    # --- rendering ------------------------------------------------------------------------
    def _question_link(self, question_id: str, text: str | None = None) -> str:
        question = self.bank.get(question_id)
        label = text or (question.text if question else question_id)
        return f'<a href="question:{_e(question_id)}">{_e(label)}</a>'

    def render(self, rec: Recommendation) -> str:
        colour = VERDICT_COLOURS.get(rec.verdict, "#0072B2")
        status = ("Provisional: some answers that could change it are missing"
                  if rec.provisional else "Based on all the answers that matter")
        parts = [
            f'<table width="100%" cellpadding="14" style="border: 3px solid {colour};">'
            f'<tr><td>'
            f'<div style="font-size: 9pt; font-weight: 600; color: {colour};">RECOMMENDATION</div>'
            f'<div style="font-size: 19pt; font-weight: 700;">{_e(rec.title)}</div>'
            f'<p>{_e(rec.meaning)}</p>'
            f'<p><b>Confidence: {_e(rec.confidence)}</b> ({rec.confidence_score:.0%}) · {_e(status)}</p>'
            f'</td></tr></table>',
        ]
        if rec.next_steps:
            parts.append("<h3>Next steps</h3><ol>" + "".join(f"<li>{_e(s)}</li>" for s in rec.next_steps) + "</ol>")
        parts.append("<h3>Why</h3><ul>")
        for reason in rec.reasons:
            source = (f' <span style="color: gray;">— <a href="{_e(reason.url)}">{_e(reason.source_title or reason.source)}</a></span>'
                      if reason.url else f' <span style="color: gray;">— {_e(reason.source)}</span>' if reason.source else "")
            label = {"note": "Note: ", "evidence": "Your prompt tests: "}.get(reason.kind, "")
            parts.append(f"<li><b>{_e(label)}</b>{_e(reason.text)}{source}</li>")
        parts.append("</ul>")
        if rec.counterfactuals:
            parts.append("<h3>What would change this advice</h3><ul>")
            for option in rec.counterfactuals:
                first = next(iter(option.changes), None)
                link = f' <a href="question:{_e(first)}">Change this answer</a>' if first else ""
                parts.append(f"<li>{_e(option.text)}{link}</li>")
            parts.append("</ul>")
        if rec.verdict != "fine_tune" and rec.gate:
            parts.append("<h3>What it would take to justify fine-tuning</h3><ul>")
            for item in rec.gate:
                where = f" {self._question_link(item.question, 'Answer')}" if item.question else ""
                parts.append(f"<li>{_e(item.needed)} <span style='color: gray;'>(now: {_e(item.now)})</span>{where}</li>")
            parts.append("</ul>")
        if rec.missing:
            parts.append("<h3>Still unanswered</h3><p>These could still change the advice:</p><ul>")
            parts += [f"<li>{self._question_link(qid)}</li>" for qid in rec.missing]
            parts.append("</ul>")
        parts.append(self._render_trace(rec))
        if rec.warnings:
            parts.append("<h3>Warnings</h3><ul>" + "".join(f"<li>{_e(w)}</li>" for w in rec.warnings) + "</ul>")
        return "".join(parts)

    def _render_trace(self, rec: Recommendation) -> str:
        parts = ["<h3>How the advisor got there</h3>",
                 "<p style='color: gray;'>Rules are tried in order; the first that holds gives the advice.</p>"]
        for rule in rec.trace:
            mark = "✔" if rule.held else "✘"
            parts.append(f"<p><b>{mark} {_e(rule.title)}</b> → {_e(rule.verdict.replace('_', ' '))}"
                         f"{'' if rule.held else ' (did not hold)'}</p><ul>")
            for check in rule.checks:
                indent = "&nbsp;" * 4 * check.depth
                seen = f" <span style='color: gray;'>(saw: {_e(check.seen_text)})</span>" if check.seen_text else ""
                parts.append(f"<li>{indent}{'✔' if check.held else '✘'} {_e(check.text)}{seen}</li>")
            parts.append("</ul>")
        return "".join(parts)
