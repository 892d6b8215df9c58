"""The recommendation summary: one dict (the contract's ``summary`` JSON, plus a few extra keys)
and its renderings as plain text and Markdown, both drawn from the one section model of
:mod:`advisor.report.sections`; HTML lives in :mod:`advisor.report.html`, which builds on this module.

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
from advisor.core.i18n import translate
from advisor.core.terminal import show_bidi
from advisor.decision.engine import Recommendation, evaluate
from advisor.decision.questions import is_finite_number
from advisor.decision.rules import default_rules
from advisor.report.cost_marks import measured_json
from advisor.report.sections import Item, heading_verdict, headline, recommendation_sections

log = logging.getLogger(__name__)

WIDTH = 88
SUMMARY_KEYS = ("verdict", "title", "confidence", "confidence_reasons", "rationale", "missing",
                "counterfactuals", "costs", "prompt_evidence", "warnings")


# --- the summary dict ---------------------------------------------------------------------------
def _lab_readings(lab: Any, evidence: Any) -> dict[str, Any]:
    """context_evidence, shots_curve and shots_reading (contract section 8) on the evidence's model."""
    from advisor.decision import context_evidence as readings

    model = evidence.get("model") if evidence is not None and evidence.get("source") == "run" else None
    model = model or (lab.get("model") if isinstance(lab, dict) else None)
    curve = readings.shots_curve(lab, model)
    return {"context_evidence": readings.context_evidence(lab, model), "shots_curve": curve,
            "shots_reading": readings.shots_reading(curve), "candidate_evidence": readings.candidate_evidence(lab)}



def _cost_headline(projection: Any, prices: Any) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The one projection's totals (CONTRACT section 8, "One projection") and the price it used."""
    headline = {
        "api_total_usd": round(projection.api.total, 2),
        "fine_tune_total_usd": round(projection.fine_tune.total, 2),
        "break_even_month": projection.break_even_month,
        "horizon_months": projection.horizon_months,
        "fine_tune_upfront_usd": round(projection.fine_tune.upfront, 2),
        "model": projection.model,
        "currency": projection.currency,
    }
    hosting = getattr(projection, "hosting", None)  # the fine-tuning path's hosting (cost model v2)
    if isinstance(hosting, str):
        headline["hosting"] = hosting
    price = prices.get(projection.model) if prices is not None else None
    assumption = None if price is None else {
        "model": price.id, "name": price.name, "input_per_mtok": price.input,
        "output_per_mtok": price.output, "as_of": price.as_of, "source": price.source,
        "retired": price.retired}
    return headline, assumption


def _costs_of(rec: Recommendation, prices: Any) -> tuple[dict[str, Any] | None, dict[str, Any] | None, list[str]]:
    """The summary's ``costs``, the price and the cost warnings, all from the recommendation's projection."""
    if rec.projection is None:
        why = rec.projection_error or translate("report", "the cost projection failed")
        return None, None, [translate("report", "Costs are not shown: {0}").format(why)]
    costs, price = _cost_headline(rec.projection, prices)
    costs = {**costs, "note": rec.cost_note, "caveats": list(rec.cost_caveats),
             "cheaper_model": _cheaper_model(rec.projection, prices)}
    return costs, price, list(rec.projection.warnings)


def _cheaper_model(projection: Any, prices: Any) -> dict[str, Any] | None:
    """The API path on the cheapest current Claude model, when that is cheaper than the one the
    inputs name: a verdict that holds only on a dearer model's prices then shows as such."""
    from advisor.costs.projection import project

    if prices is None:
        return None
    best = None
    for model in prices.models.values():
        if model.status != "current" or model.id == projection.model:
            continue
        try:
            total = project({**projection.inputs, "model": model.id}, prices).api.total
        except Exception:  # a row the projection cannot use: not a counterfactual
            continue
        if total < projection.api.total and (best is None or total < best[1]):
            best = (model, total)
    if best is None:
        return None
    model, total = best
    return {"model": model.id, "name": model.name, "api_total_usd": round(total, 2),
            "saving_usd": round(projection.api.total - total, 2)}


def _uncertainty(projection: Any) -> dict[str, Any]:
    """Contract v3: ``uncertainty``, the Monte Carlo over the ranges, only when there are ranges."""
    found = getattr(projection, "uncertainty", None)
    return {} if found is None else {"uncertainty": found.to_json()}


def _derivations(assessment: Any) -> list[dict[str, Any]]:
    """The figures the answers put on the projection's inputs; a typed figure that differs wins."""
    from advisor.costs.presets import derivations

    return [{"input": d.input_id, "derived": d.derived, "typed": d.typed, "used": d.used,
             "reason": d.reason, "text": d.sentence()}
            for d in derivations(assessment.costs, assessment.answers)]


def build_summary(assessment: Any, prices: Any = None, *, now: datetime | None = None,
                  recommendation: Recommendation | None = None) -> dict[str, Any]:
    """The summary of ``assessment`` (an :class:`advisor.document.assessment.Assessment`): the contract's
    keys first, then extras the renderers and the GUI use. A caller that already evaluated the
    assessment passes its ``recommendation``."""
    if prices is None:  # read once: the rules' projection and the cost lines use the same table
        from advisor.costs.pricing import load_price_table

        try:
            prices = load_price_table()
        except Exception as error:  # a broken table: each use below says so in a warning
            log.info("price table unusable: %s", error)
    rec = recommendation or evaluate(assessment.answers, assessment.costs, prompt_lab=assessment.prompt_lab,
                                     prices=prices)
    rules = default_rules()
    info = rules.verdicts[rec.verdict]
    bank = rules.bank
    costs, price, cost_warnings = _costs_of(rec, prices)
    if costs is not None:
        # the self-hosted verdict's id, else the fine-tuning gate's: the file names both, Python neither
        costs["path"] = info.id if info.self_hosted else (rules.gate.verdict if rules.gate else "")
        costs["self_hosted"] = info.self_hosted
        measured = measured_json(assessment.costs)  # contract v3: the figures measured in a lab run
        if measured is not None:
            costs["measured"] = measured
    evidence = rec.prompt_evidence
    bar = (assessment.answers or {}).get("quality_bar_pct") if isinstance(assessment.answers, dict) else None
    summary: dict[str, Any] = {
        "verdict": rec.verdict,
        "title": assessment.title or "",
        "confidence": rec.confidence,
        "confidence_reasons": list(rec.confidence_reasons),
        "rationale": [{"rule": r.rule, "text": r.text, "source": r.source, "kind": r.kind, "url": r.url,
                       "source_title": r.source_title}
                      for r in rec.reasons],
        "missing": list(rec.missing),
        "counterfactuals": [{"changes": dict(c.changes), "verdict": c.verdict, "text": c.text}
                            for c in rec.counterfactuals],
        "costs": costs,
        "prompt_evidence": None if evidence is None else dict(evidence),
        "warnings": list(getattr(assessment, "warnings", []) or []) + rec.warnings + cost_warnings,
        **_lab_readings(assessment.prompt_lab, evidence),  # contract v3, after the v1 keys
        **_uncertainty(rec.projection),
        # extras
        "verdict_title": rec.title,
        "verdict_titles": [translate("rules", v.title) for v in rules.verdicts.values()],  # the choices the advice is one of
        "verdict_colour": info.colour,
        "verdict_tint": info.tint,
        "provisional": rec.provisional,
        "evidence_status": rec.evidence_status,
        "quality_bar_pct": bar if is_finite_number(bar) else None,
        "meaning": rec.meaning,
        "next_steps": list(rec.next_steps),
        "rule": rec.rule,
        "missing_questions": [{"id": q, "text": bank.get(q).shown_text} for q in rec.missing],
        "gate": [{"needed": g.needed, "now": g.now, "question": g.question} for g in rec.gate],
        "gate_changes": rec.gate_changes,
        "trace": [{"rule": t.rule, "title": t.title, "verdict": t.verdict,
                   "verdict_title": translate("rules", rules.verdicts[t.verdict].title), "held": t.held,
                   "checks": [{"depth": c.depth, "kind": c.kind, "text": c.text, "held": c.held,
                               "fact": c.fact, "seen": c.seen, "seen_text": c.seen_text}
                              for c in t.checks]} for t in rec.trace],
        "also": [dict(a) for a in rec.also],
        "derivations": _derivations(assessment),
        "notes": assessment.notes or "",
        "created": assessment.created,
        "modified": assessment.modified,
        "generated": (now or datetime.now(timezone.utc)).replace(microsecond=0).isoformat(),
        "price": price,
        "app_version": __version__,
    }
    return summary


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x9b]")


def _plain(text: Any) -> str:
    """Text for a terminal: control characters (escape sequences) removed, bidi controls shown."""
    return show_bidi(_CONTROL.sub("", str(text)))


# --- plain text -----------------------------------------------------------------------------------

def _wrap(text: str, indent: str = "", bullet: str = "") -> list[str]:
    return textwrap.wrap(_plain(text), WIDTH, initial_indent=indent + bullet,
                         subsequent_indent=indent + " " * len(bullet), break_on_hyphens=False) or [indent + bullet]


def _text_item(item: Item, bullet: str) -> list[str]:
    indent = "  " + "  " * item.depth
    text = item.label + item.text + (f" ({item.remark})" if item.remark else "")
    lines = _wrap(text, indent, bullet)
    if item.source_title:
        source = item.source_title + (f" — {item.url}" if item.url else "")
        lines += _wrap(translate("report", "Source: {0}").format(source), indent + " " * len(bullet))
    return lines


_BULLETS = {"bullets": lambda n: "- ", "numbers": lambda n: f"{n}. ", "lines": lambda n: ""}


def render_text(summary: dict[str, Any]) -> str:
    title = " ".join(_plain(summary["title"]).split()) or translate("report", "Untitled assessment")
    top = headline(summary)
    out = [title, "=" * min(len(title), WIDTH), "",
           translate("report", "Recommendation: {0}").format(heading_verdict(summary)), top.confidence]
    out += _wrap(top.confidence_detail, "  ") + [""]
    out += _wrap(top.meaning) + [""]
    if top.cost_line:
        out += _wrap(translate("report", "Costs: {0}").format(top.cost_line)) + [""]
    for section in recommendation_sections(summary):
        out.append(f"{section.title}:")
        if section.intro:
            out += _wrap(section.intro, "  ")
        for number, item in enumerate(section.items, 1):
            out += _text_item(item, _BULLETS[section.style](number))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# --- Markdown ------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|~!])")
_MD_LINE_START = re.compile(r"^(\s*)(?:([#+\-=])|(\d+)([.)]))")


def md_escape(text: Any) -> str:
    """Markdown that shows ``text`` literally: <, >, & as entities, markup characters escaped."""
    value = show_bidi(str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MD_SPECIAL.sub(r"\\\1", value)
    return "\n".join(_MD_LINE_START.sub(_escape_line_start, line) for line in value.split("\n"))


def _escape_line_start(match: re.Match[str]) -> str:
    """A line that would start a heading or a list item: escape the marker (``1\\.``, ``\\#``)."""
    indent, marker, number, dot = match.groups()
    return indent + ("\\" + marker if marker else number + "\\" + dot)


def md_fill(template: str, *markdown: str) -> str:
    """The app's own words (``template``, escaped) around pieces of Markdown (``{0}``, ``{1}``)."""
    return re.sub(r"\\\{(\d+)\\\}", r"{\1}", md_escape(template)).format(*markdown)


def _md_link(title: str, url: str) -> str:
    if url.startswith(("https://", "http://")):
        return f"[{md_escape(title)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)"
    return md_escape(title)


def _md_item(item: Item, bullet: str) -> str:
    text = (f"**{md_escape(item.label.strip())}** " if item.label else "") + md_escape(item.text)
    if item.remark:
        text += f" ({md_escape(item.remark)})"
    if item.source_title:
        source = _md_link(item.source_title, item.url) if item.url else md_escape(item.source_title)
        text += " *" + md_fill(translate("report", "Source: {0}"), source) + "*"
    return "  " * item.depth + bullet + text


def render_markdown(summary: dict[str, Any]) -> str:
    title = " ".join(str(summary["title"]).split()) or translate("report", "Untitled assessment")
    top = headline(summary)
    out = [f"# {md_escape(title)}", "",
           "**" + md_fill(translate("report", "Recommendation: {0}"), md_escape(heading_verdict(summary))) + "**  ",
           md_escape(top.confidence) + ". " + md_escape(top.confidence_detail), "", md_escape(top.meaning)]
    if top.cost_line:
        out += ["", "**" + md_escape(translate("report", "Costs:")) + f"** {md_escape(top.cost_line)}"]
    for section in recommendation_sections(summary):
        out += ["", f"## {md_escape(section.title)}", ""]
        if section.intro:
            out += [md_escape(section.intro), ""]
        lines = [_md_item(item, _BULLETS[section.style](n)) for n, item in enumerate(section.items, 1)]
        out += [line + "  " for line in lines] if section.style == "lines" else lines  # "  ": a line break
    return "\n".join(out) + "\n"


__all__ = ["SUMMARY_KEYS", "build_summary", "md_escape", "md_fill", "render_markdown", "render_text"]
