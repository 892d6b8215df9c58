"""The printed brief's last page (issue 29): every answer, grouped by the questionnaire's sections in
its order, so the reader of the PDF sees what the advice was given, not only what it concluded."""
from __future__ import annotations

import html
from typing import Any, NamedTuple

from advisor.core.i18n import translate

NOT_ANSWERED = "not answered"  # as Question.label_for words an open question


class AnswerGroup(NamedTuple):
    title: str  # the questionnaire section's title
    rows: tuple[tuple[str, str], ...]  # (question, answer as the questionnaire words it)


def grouped(answers: Any) -> list[AnswerGroup]:
    """The questions the questionnaire shows for these answers, by section; empty with no answers."""
    from advisor.decision.questions import default_bank

    if not isinstance(answers, dict) or not answers:
        return []
    groups = []
    for section in default_bank().sections:
        rows = tuple((question.shown_text, _answer(question, answers.get(question.id)))
                     for question in section.questions if question.is_shown(answers))
        if rows:
            groups.append(AnswerGroup(section.shown_title, rows))
    return groups


def _answer(question: Any, value: Any) -> str:
    try:
        return NOT_ANSWERED if value is None else question.shown_label(value)  # _shown greys it
    except (TypeError, ValueError):  # a value the loader kept with a warning: shown as stored
        return str(value)


def render(groups: list[AnswerGroup]) -> str:
    """The page as HTML for Qt's rich text: it starts on a page of its own."""
    if not groups:
        return ""
    parts = ['<h2 style="page-break-before: always; font-size: 13pt;">'
             + html.escape(translate("report", "Your answers"), quote=False) + "</h2>",
             '<p class="meta">' + html.escape(translate(
                 "report", 'As given in the questionnaire; a question left open reads "not answered".'),
                 quote=False) + "</p>"]
    for group in groups:
        rows = "".join(f'<tr><td width="62%">{html.escape(question)}</td><td>{_shown(answer)}</td></tr>'
                       for question, answer in group.rows)
        parts.append(f"<h3>{html.escape(group.title)}</h3>"
                     f'<table class="figures" width="100%" cellspacing="0" cellpadding="1">{rows}</table>')
    return "".join(parts)


def _shown(answer: str) -> str:
    if answer == NOT_ANSWERED:
        shown = html.escape(translate("report", "not answered"), quote=False)
        return f'<span style="color: #4a5568;">{shown}</span>'  # open, not a bold fact
    return f"<b>{html.escape(answer)}</b>"
