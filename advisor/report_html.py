"""The summary as a one- or two-page HTML brief, for the window and for printing.

Written for Qt's rich-text engine (QTextDocument), which understands HTML 4 tables and a small
part of CSS: the verdict box is a one-cell table with a background and border, not a <div>.
Every piece of text is escaped: nothing in the summary is trusted as markup.
"""
from __future__ import annotations

import html
from typing import Any

ACCENT = {"prompt_engineering": "#2f855a", "rag": "#2b6cb0", "fine_tune": "#b7791f", "self_host": "#6b46c1"}
TINT = {"prompt_engineering": "#f0fff4", "rag": "#ebf8ff", "fine_tune": "#fffaf0", "self_host": "#faf5ff"}

_STYLE = """
body { font-family: 'Helvetica', 'Arial', sans-serif; font-size: 10pt; color: #1a202c; }
h1 { font-size: 18pt; margin-bottom: 2px; }
h2 { font-size: 14pt; margin: 0; }
h3 { font-size: 11pt; margin-top: 14px; margin-bottom: 4px; color: #2d3748; }
p.meta { color: #4a5568; font-size: 9pt; margin-top: 0; }
p.kicker { font-size: 8pt; font-weight: bold; color: #4a5568; margin: 0; }
span.source { color: #4a5568; font-size: 8.5pt; }
span.now { color: #4a5568; }
p.foot { color: #718096; font-size: 8pt; }
td.figure { font-weight: bold; }
"""


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _link(title: str, url: str) -> str:
    if url.startswith(("https://", "http://")):
        return f'<a href="{_e(url)}">{_e(title)}</a>'
    return _e(title)


def _date(value: Any) -> str:
    return _e(str(value)[:10]) if value else ""


def _list(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def _verdict_box(s: dict[str, Any]) -> str:
    accent, tint = ACCENT.get(s["verdict"], "#4a5568"), TINT.get(s["verdict"], "#f7fafc")
    kicker = "PROVISIONAL RECOMMENDATION" if s.get("provisional") else "RECOMMENDATION"
    why = " ".join(_e(line) for line in s.get("confidence_explained", []))
    return (
        f'<table width="100%" cellspacing="0" cellpadding="10" border="0" '
        f'style="border: 2px solid {accent}; background-color: {tint};"><tr><td>'
        f'<p class="kicker">{kicker}</p>'
        f'<h2 style="color: {accent};">{_e(s["verdict_title"])}</h2>'
        f'<p>{_e(s["meaning"])}</p>'
        f'<p><b>Confidence: {_e(s["confidence"])}</b> ({s.get("confidence_score", 0):.2f}). {why}</p>'
        "</td></tr></table>"
    )


def _costs(s: dict[str, Any]) -> str:
    costs = s.get("costs")
    if not costs:
        return ""
    from advisor.rules import format_usd  # small and already loaded; keeps this module standalone

    months = costs["horizon_months"]
    even = costs.get("break_even_month")
    verdict = (f"Fine-tuning breaks even in month {even}." if even
               else f"Fine-tuning does not break even within {months} months.")
    model = f" on {_e(costs['model'])}" if costs.get("model") else ""
    upfront = (f" (of which {format_usd(costs['fine_tune_upfront_usd'])} up front)"
               if costs.get("fine_tune_upfront_usd") is not None else "")
    return (
        f"<h3>Cost over {months} months</h3>"
        '<table cellspacing="0" cellpadding="4" border="0">'
        f'<tr><td>Claude API path{model}</td><td class="figure" align="right">{format_usd(costs["api_total_usd"])}</td></tr>'
        f'<tr><td>Fine-tuning path{upfront}</td><td class="figure" align="right">{format_usd(costs["fine_tune_total_usd"])}</td></tr>'
        f"</table><p>{verdict}</p>"
    )


def _evidence(s: dict[str, Any]) -> str:
    evidence = s.get("prompt_evidence")
    if not evidence:
        return ""
    total = evidence["passed"] + evidence["failed"] + evidence.get("errors", 0)
    when = f", run {_date(evidence.get('run_at'))}" if evidence.get("run_at") else ""
    cost = evidence.get("cost_usd")
    spent = f" The run cost ${cost:,.4f}." if isinstance(cost, (int, float)) else ""
    return (f"<h3>Prompt tests</h3><p><b>{evidence['passed']} of {total}</b> tests passed on "
            f"{_e(evidence['model'])}{when}.{spent}</p>")


def render_html(summary: dict[str, Any]) -> str:
    """A complete HTML document for ``summary`` (from :func:`advisor.report.build_summary`)."""
    s = summary
    title = " ".join(str(s["title"]).split()) or "Untitled assessment"
    dates = [f"Summary of {_date(s.get('generated'))}"]
    if s.get("created"):
        dates.append(f"assessment created {_date(s['created'])}")
    if s.get("modified"):
        dates.append(f"last changed {_date(s['modified'])}")
    parts = [
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">",
        f"<title>{_e(title)} — Fine-Tune Advisor</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">Fine-Tune Advisor · {" · ".join(dates)}</p>',
        _verdict_box(s),
        "<h3>Next steps</h3>" + _list([_e(step) for step in s["next_steps"]], ordered=True),
        "<h3>Why</h3>" + _list([
            f'{_e(r["text"])}<br><span class="source">Source: {_link(r.get("source_title") or r["source"], r.get("url", "")) if r.get("url") else _e(r["source"])}</span>'
            for r in s["rationale"]]),
    ]
    if s["counterfactuals"]:
        parts.append("<h3>What would change the advice</h3>"
                     + _list([_e(c["text"]) for c in s["counterfactuals"]]))
    if s["gate"]:
        parts.append("<h3>What it would take to justify fine-tuning</h3>" + _list([
            f'{_e(g["needed"])} <span class="now">(now: {_e(g["now"])})</span>' for g in s["gate"]]))
    if s["missing_questions"]:
        parts.append("<h3>Unanswered questions that could change it</h3>"
                     + _list([_e(q["text"]) for q in s["missing_questions"]]))
    parts.append(_costs(s))
    parts.append(_evidence(s))
    if str(s.get("notes", "")).strip():
        notes = "<br>".join(_e(line) for line in str(s["notes"]).splitlines())
        parts.append(f"<h3>Notes</h3><p>{notes}</p>")
    if s["warnings"]:
        parts.append("<h3>Warnings</h3>" + _list([_e(w) for w in s["warnings"]]))
    from advisor.report import assumptions_line  # shared wording; imported late to avoid a cycle

    parts.append(f'<hr><p class="foot">{_e(assumptions_line(s))}</p></body></html>')
    return "\n".join(p for p in parts if p)
