"""The recommendation, live: the verdict, why, what would change it, and what is still open.

Re-evaluated (a few milliseconds) shortly after every change to the assessment. Links in the
text jump to the question they concern, so "If your ML team were dedicated…" is one click away
from the answer it is about.
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from advisor.decision.engine import Recommendation, evaluate
from advisor.decision.questions import default_bank
from advisor.report.summary import build_summary
from advisor.report.sections import Item, Section, headline, recommendation_sections
from ui.document import AssessmentDocument

log = logging.getLogger(__name__)

def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class RecommendationPage(QWidget):
    question_requested = Signal(str)
    labelling_requested = Signal()  # the distil advice's "label a training set" link

    def __init__(self, document: AssessmentDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.bank = default_bank()
        self.recommendation: Recommendation | None = None
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Recommendation"))
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
        elif url.scheme() == "action" and url.path() == "label":
            self.labelling_requested.emit()
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def refresh(self) -> None:
        from advisor.costs.pricing import load_price_table

        assessment = self.document.assessment
        prices = load_price_table()  # the user's table, read once for the advice and its cost line
        self.recommendation = evaluate(assessment.answers, assessment.costs,
                                       prompt_lab=assessment.prompt_lab, prices=prices)
        self.summary = build_summary(assessment, prices, recommendation=self.recommendation)
        self.view.setHtml(self.render(self.summary))

    # --- rendering: the sections every summary shows, with links to the questions ----------
    def _question_link(self, question_id: str, text: str | None = None) -> str:
        question = self.bank.get(question_id)
        label = text or (question.shown_text if question else question_id)
        return f'<a href="question:{_e(question_id)}">{_e(label)}</a>'

    def render(self, summary: dict) -> str:
        top = headline(summary)
        parts = [
            f'<table width="100%" cellpadding="14" style="border: 3px solid {top.colour};">'
            f'<tr><td>'
            f'<div style="font-size: 9pt; font-weight: 600; color: {top.colour};">{_e(top.kicker)}</div>'
            f'<div style="font-size: 19pt; font-weight: 700;">{_e(top.verdict_title)}</div>'
            f'<p>{_e(top.meaning)}</p>'
            f'<p><b>{_e(top.confidence)}</b> · {_e(top.status)}</p>'
            f'<p style="color: gray;">{_e(top.confidence_detail)}</p>'
            + (self.tr("<p><b>Costs:</b> {0}</p>").format(_e(top.cost_line)) if top.cost_line else "")
            + self._labelling_link(summary)
            + '</td></tr></table>',
        ]
        parts += [self._section(section) for section in recommendation_sections(summary)]
        return "".join(parts)

    @staticmethod
    def _labelling_link(summary: dict) -> str:
        """Under advice whose next step is a teacher-labelled training set: the way to make it."""
        from advisor.decision.rules import default_rules

        info = default_rules().verdicts.get(str(summary.get("verdict")))
        if info is None or not info.teacher_labels:
            return ""
        return QCoreApplication.translate(
            "RecommendationPage", '<p><a href="action:label">Label a training set with Claude as the teacher…</a> '
            "(your inputs, the lab's prompt, the cost shown before anything is sent)</p>")

    def _section(self, section: Section) -> str:
        intro = f"<p style='color: gray;'>{_e(section.intro)}</p>" if section.intro else ""
        if section.style == "lines":
            return (f"<h3>{_e(section.title)}</h3>{intro}<p>"
                    + "<br>".join(self._item(section, item) for item in section.items) + "</p>")
        tag = "ol" if section.style == "numbers" else "ul"
        items = "".join(f"<li>{self._item(section, item)}</li>" for item in section.items)
        return f"<h3>{_e(section.title)}</h3>{intro}<{tag}>{items}</{tag}>"

    def _item(self, section: Section, item: Item) -> str:
        text = "&nbsp;" * 4 * item.depth + (f"<b>{_e(item.label)}</b>" if item.label else "")
        text += (self._question_link(item.question, item.text) if section.id == "missing" and item.question
                 else _e(item.text))
        if item.remark:
            text += f" <span style='color: gray;'>({_e(item.remark)})</span>"
        if item.source_title:
            source = (f'<a href="{_e(item.url)}">{_e(item.source_title)}</a>' if item.url
                      else _e(item.source_title))
            text += f' <span style="color: gray;">— {source}</span>'
        if item.question and section.id in _LINKED:
            text += f" {self._question_link(item.question, self.tr(_LINKED[section.id]))}"
        return text


# sections whose items offer a link to the question they are about, with its words
_LINKED = {"changes": QT_TRANSLATE_NOOP("RecommendationPage", "Change this answer"),
           "gate": QT_TRANSLATE_NOOP("RecommendationPage", "Answer")}
