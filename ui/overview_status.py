"""The Assessment screen's at-a-glance block (issue 29): the verdict and its confidence, where
the file is and whether it is saved, and the last prompt-lab run."""
from __future__ import annotations

import html
from typing import Any

from advisor.core.i18n import translate
from advisor.lab import history as lab_history
from ui.document import AssessmentDocument


def verdict_line(document: AssessmentDocument, prices: Any) -> tuple[str, str]:
    """The verdict's title and its confidence, as the Recommendation screen states them."""
    from advisor.decision.engine import evaluate
    from advisor.report.sections import headline
    from advisor.report.summary import build_summary

    assessment = document.assessment
    recommendation = evaluate(assessment.answers, assessment.costs, prompt_lab=assessment.prompt_lab,
                              prices=prices)
    top = headline(build_summary(assessment, prices, recommendation=recommendation))
    return top.verdict_title, f"{top.confidence} · {top.status}"


def file_line(document: AssessmentDocument) -> str:
    if document.path is None:
        return translate("overview", "Not saved yet: File → Save As… keeps it.")
    state = translate("overview", "unsaved changes") if document.is_dirty else translate("overview", "saved")
    return f"{document.path} ({state})"


def run_line(document: AssessmentDocument) -> str:
    runs = lab_history.runs_of(document.assessment.prompt_lab or {})
    return lab_history.describe_run(runs[-1]) if runs else translate("overview", "No prompt-lab run yet.")


def status_html(document: AssessmentDocument, prices: Any) -> str:
    title, confidence = verdict_line(document, prices)
    rows = ((translate("overview", "Recommendation"), f"<b>{html.escape(title)}</b><br>{html.escape(confidence)}"),
            (translate("overview", "File"), html.escape(file_line(document))),
            (translate("overview", "Last run"), html.escape(run_line(document))))
    cells = "".join(f"<tr><td style='padding: 2px 12px 2px 0;'><b>{name}</b></td><td>{text}</td></tr>"
                    for name, text in rows)
    return f"<table>{cells}</table>"
