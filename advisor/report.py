"""The recommendation summary: one dict (the contract's ``summary`` JSON, plus a few extra keys)
and its renderings as plain text and Markdown; HTML lives in :mod:`advisor.report_html`.

Everything the user typed (title, notes) and everything read from the file (model names, run
dates, warnings naming unknown keys) is escaped in Markdown and HTML, so ``<script>`` prints as
text and never runs.
"""
from __future__ import annotations

import logging
import re
import textwrap
from datetime import datetime, timezone
from typing import Any

from advisor import __version__
from advisor.engine import Recommendation, evaluate
from advisor.questions import default_bank
from advisor.rules import format_usd

log = logging.getLogger(__name__)

WIDTH = 88
SUMMARY_KEYS = ("verdict", "title", "confidence", "rationale", "missing", "counterfactuals", "costs",
                "prompt_evidence", "warnings")


# --- the summary dict ---------------------------------------------------------------------------

def _cost_headline(costs: dict[str, Any], prices: Any) -> tuple[dict[str, Any] | None, dict[str, Any] | None, list[str]]:
    """The projection's totals and the price it used, or a warning instead of failing."""
    try:
        import importlib

        from advisor.pricing import load_price_table

        cost_model = importlib.import_module("advisor.costs")

        prices = prices if prices is not None else load_price_table()
        projection = cost_model.project(costs, prices)
    except ImportError:  # the cost model ships separately during development
        return None, None, ["The cost projection is not available in this build."]
    except Exception as error:  # bad inputs or a broken price table: say so, keep the advice
        log.info("cost projection failed: %s", error)
        return None, None, [f"Costs are not shown: {error}"]
    headline = {
        "api_total_usd": round(projection.api.total, 2),
        "fine_tune_total_usd": round(projection.fine_tune.total, 2),
        "break_even_month": projection.break_even_month,
        "horizon_months": projection.horizon_months,
        "fine_tune_upfront_usd": round(projection.fine_tune.upfront, 2),
        "model": projection.model,
        "currency": projection.currency,
    }
    price = prices.get(projection.model)
    assumption = None if price is None else {
        "model": price.id, "name": price.name, "input_per_mtok": price.input,
        "output_per_mtok": price.output, "as_of": price.as_of, "source": price.source,
        "retired": price.retired}
    return headline, assumption, list(projection.warnings)


def build_summary(assessment: Any, prices: Any = None, *, now: datetime | None = None) -> dict[str, Any]:
    """The summary of ``assessment`` (an :class:`advisor.assessment.Assessment`): the contract's
    keys first, then extras the renderers and the GUI use."""
    rec: Recommendation = evaluate(assessment.answers, assessment.costs,
                                   prompt_lab=assessment.prompt_lab)
    bank = default_bank()
    costs, price, cost_warnings = _cost_headline(assessment.costs, prices)
    evidence = rec.prompt_evidence
    summary: dict[str, Any] = {
        "verdict": rec.verdict,
        "title": assessment.title or "",
        "confidence": rec.confidence,
        "rationale": [{"rule": r.rule, "text": r.text, "source": r.source, "kind": r.kind, "url": r.url,
                       "source_title": r.source_title}
                      for r in rec.reasons],
        "missing": list(rec.missing),
        "counterfactuals": [{"changes": dict(c.changes), "verdict": c.verdict, "text": c.text}
                            for c in rec.counterfactuals],
        "costs": costs,
        "prompt_evidence": None if evidence is None else dict(evidence),
        "warnings": list(getattr(assessment, "warnings", []) or []) + rec.warnings + cost_warnings,
        # extras
        "verdict_title": rec.title,
        "provisional": rec.provisional,
        "confidence_score": rec.confidence_score,
        "confidence_explained": list(rec.confidence_explained),
        "meaning": rec.meaning,
        "next_steps": list(rec.next_steps),
        "rule": rec.rule,
        "missing_questions": [{"id": q, "text": bank.get(q).text} for q in rec.missing],
        "gate": [{"needed": g.needed, "now": g.now, "question": g.question} for g in rec.gate],
        "gate_changes": rec.gate_changes,
        "trace": [{"rule": t.rule, "title": t.title, "verdict": t.verdict, "held": t.held,
                   "checks": [{"depth": c.depth, "kind": c.kind, "text": c.text, "held": c.held,
                               "fact": c.fact, "seen": c.seen, "seen_text": c.seen_text}
                              for c in t.checks]} for t in rec.trace],
        "notes": assessment.notes or "",
        "created": assessment.created,
        "modified": assessment.modified,
        "generated": (now or datetime.now(timezone.utc)).replace(microsecond=0).isoformat(),
        "price": price,
        "app_version": __version__,
    }
    return summary


def render_html(summary: dict[str, Any]) -> str:
    """The summary as a printable HTML brief (see :mod:`advisor.report_html`)."""
    from advisor.report_html import render_html as render  # only the GUI and --pdf need it

    return render(summary)


# --- shared wording -----------------------------------------------------------------------------

def confidence_text(summary: dict[str, Any]) -> str:
    return f"{summary['confidence']} ({summary.get('confidence_score', 0):.2f})"


def cost_lines(summary: dict[str, Any]) -> list[str]:
    costs = summary.get("costs")
    if not costs:
        return []
    months = costs["horizon_months"]
    even = costs.get("break_even_month")
    lines = [f"API path: {format_usd(costs['api_total_usd'])} over {months} months"
             + (f" on {costs['model']}" if costs.get("model") else ""),
             f"Fine-tuning path: {format_usd(costs['fine_tune_total_usd'])} over {months} months"
             + (f", of which {format_usd(costs['fine_tune_upfront_usd'])} up front"
                if costs.get("fine_tune_upfront_usd") is not None else "")]
    lines.append(f"Fine-tuning breaks even in month {even}" if even else
                 f"Fine-tuning never breaks even within {months} months")
    return lines


def evidence_line(summary: dict[str, Any]) -> str | None:
    evidence = summary.get("prompt_evidence")
    if not evidence:
        return None
    total = evidence["passed"] + evidence["failed"] + evidence.get("errors", 0)
    when = f", run {evidence['run_at'][:10]}" if evidence.get("run_at") else ""
    return f"{evidence['passed']} of {total} tests passed on {evidence['model']}{when}"


def heading_verdict(summary: dict[str, Any]) -> str:
    return summary["verdict_title"] + (" (provisional)" if summary.get("provisional") else "")


def assumptions_line(summary: dict[str, Any]) -> str:
    price = summary.get("price")
    parts = []
    if price:
        parts.append(f"Prices: {price['name']} ${price['input_per_mtok']:g} / ${price['output_per_mtok']:g} "
                     f"per million input / output tokens" + (f", as of {price['as_of']}" if price["as_of"] else ""))
    parts.append(f"Fine-Tune Advisor {summary['app_version']}, generated {summary['generated'][:10]}")
    return ". ".join(parts) + "."


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x9b]")


def _plain(text: Any) -> str:
    """Text for a terminal: control characters (escape sequences) removed."""
    return _CONTROL.sub("", str(text))


# --- plain text -----------------------------------------------------------------------------------

def _wrap(text: str, indent: str = "", bullet: str = "") -> list[str]:
    return textwrap.wrap(_plain(text), WIDTH, initial_indent=indent + bullet,
                         subsequent_indent=indent + " " * len(bullet)) or [indent + bullet]


def render_text(summary: dict[str, Any]) -> str:
    title = " ".join(_plain(summary["title"]).split()) or "Untitled assessment"
    out = [title, "=" * min(len(title), WIDTH), "",
           f"Recommendation: {heading_verdict(summary)}",
           f"Confidence: {confidence_text(summary)}", ""]
    out += _wrap(summary["meaning"]) + [""]
    sections: list[tuple[str, list[str]]] = [
        ("Next steps", [line for i, step in enumerate(summary["next_steps"], 1)
                        for line in _wrap(step, "  ", f"{i}. ")]),
        ("Why", [line for r in summary["rationale"]
                 for line in _wrap(r["text"], "  ", "- ") + _wrap(f"Source: {r['source']}", "    ")]),
        ("What would change the advice", [line for c in summary["counterfactuals"]
                                          for line in _wrap(c["text"], "  ", "- ")]),
        ("What it would take to justify fine-tuning",
         [line for g in summary["gate"] for line in _wrap(f"{g['needed']} (now: {g['now']})", "  ", "- ")]),
        ("Unanswered questions that could change it",
         [line for q in summary["missing_questions"] for line in _wrap(q["text"], "  ", "- ")]),
        ("Costs", ["  " + line for line in cost_lines(summary)]),
        ("Prompt tests", ["  " + _plain(line) for line in [evidence_line(summary)] if line]),
        ("Notes", [line for para in _plain(summary["notes"]).splitlines() for line in _wrap(para, "  ")]
         if summary["notes"].strip() else []),
        ("Warnings", [line for w in summary["warnings"] for line in _wrap(w, "  ", "- ")]),
    ]
    for name, lines in sections:
        if lines:
            out += [f"{name}:"] + lines + [""]
    out += _wrap(assumptions_line(summary))
    return "\n".join(out).rstrip() + "\n"


# --- Markdown ------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|~!])")
_MD_LINE_START = re.compile(r"^(\s*)(?:([#+\-=])|(\d+)([.)]))")


def md_escape(text: Any) -> str:
    """Markdown that shows ``text`` literally: <, >, & as entities, markup characters escaped."""
    value = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MD_SPECIAL.sub(r"\\\1", value)
    return "\n".join(_MD_LINE_START.sub(_escape_line_start, line) for line in value.split("\n"))


def _escape_line_start(match: re.Match[str]) -> str:
    """A line that would start a heading or a list item: escape the marker (``1\\.``, ``\\#``)."""
    indent, marker, number, dot = match.groups()
    return indent + ("\\" + marker if marker else number + "\\" + dot)


def _md_link(title: str, url: str) -> str:
    if url.startswith(("https://", "http://")):
        return f"[{md_escape(title)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)"
    return md_escape(title)


def render_markdown(summary: dict[str, Any]) -> str:
    title = " ".join(str(summary["title"]).split()) or "Untitled assessment"
    out = [f"# {md_escape(title)}", "",
           f"**Recommendation: {md_escape(heading_verdict(summary))}**  ",
           f"Confidence: {md_escape(confidence_text(summary))}", "",
           md_escape(summary["meaning"]), "", "## Next steps", ""]
    out += [f"{i}. {md_escape(step)}" for i, step in enumerate(summary["next_steps"], 1)]
    out += ["", "## Why", ""]
    for r in summary["rationale"]:
        source = _md_link(r.get("source_title") or r["source"], r["url"]) if r.get("url") else md_escape(r["source"])
        out.append(f"- {md_escape(r['text'])} *Source: {source}*")
    blocks = [
        ("What would change the advice", [f"- {md_escape(c['text'])}" for c in summary["counterfactuals"]]),
        ("What it would take to justify fine-tuning",
         [f"- {md_escape(g['needed'])} (now: {md_escape(g['now'])})" for g in summary["gate"]]),
        ("Unanswered questions that could change it",
         [f"- {md_escape(q['text'])}" for q in summary["missing_questions"]]),
        ("Costs", [f"- {md_escape(line)}" for line in cost_lines(summary)]),
        ("Prompt tests", [f"- {md_escape(line)}" for line in [evidence_line(summary)] if line]),
        ("Notes", [md_escape(line) + "  " for line in str(summary["notes"]).splitlines()]
         if str(summary["notes"]).strip() else []),
        ("Warnings", [f"- {md_escape(w)}" for w in summary["warnings"]]),
    ]
    for name, lines in blocks:
        if lines:
            out += ["", f"## {name}", ""] + lines
    out += ["", "---", "", f"*{md_escape(assumptions_line(summary))}*"]
    return "\n".join(out) + "\n"


__all__ = ["SUMMARY_KEYS", "build_summary", "md_escape", "render_html", "render_markdown", "render_text"]
