"""The recommendation as ordered sections: one model that every rendering draws.

The screen, the plain-text and Markdown summaries, the HTML export and the printed PDF all turn
:func:`recommendation_sections` into their own markup, so a section has the same title, the same
order and the same items everywhere; a new section or a reworded title is one edit here.
Pure: a summary dict (:func:`advisor.report.summary.build_summary`) in, plain tuples out.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from advisor.report.cost_marks import measured_lines, uncertainty_lines
from advisor.decision.conditions import format_usd
from advisor.core.numbers import format_money


class Item(NamedTuple):
    """One line of a section. Renderers decide the markup; the words are all here."""

    text: str
    label: str = ""  # a lead-in shown in bold ("Note: ")
    remark: str = ""  # a parenthetical after the text ("now: 800 examples")
    source_title: str = ""  # a cited source, shown after the text
    url: str = ""  # the source's address, when it has one
    question: str | None = None  # the question the item is about: the screen links to it
    depth: int = 0  # nesting (the rule trace)


class Section(NamedTuple):
    id: str  # stable, for renderers that add figures (the printed cost table); never shown
    title: str
    items: tuple[Item, ...]
    intro: str = ""  # a sentence before the items
    style: str = "bullets"  # "bullets", "numbers" (steps in order) or "lines" (the user's own text)
    printed: bool = True  # False: too long for the printed brief (the screen and text show it)


class Headline(NamedTuple):
    kicker: str  # "RECOMMENDATION" or "PROVISIONAL RECOMMENDATION"
    verdict_title: str
    meaning: str
    confidence: str  # "Confidence: high (85 %)"
    confidence_detail: str  # why the confidence is what it is
    status: str
    colour: str
    tint: str
    cost_line: str  # how the verdict sits with the projection, in one sentence ("" without costs)


# --- shared wording -------------------------------------------------------------------------------

def confidence_text(summary: dict[str, Any]) -> str:
    return summary["confidence"]


def heading_verdict(summary: dict[str, Any]) -> str:
    return summary["verdict_title"] + (" (provisional)" if summary.get("provisional") else "")


def cost_lines(summary: dict[str, Any]) -> list[str]:
    """Break-even first, then the two totals (the printed brief shows those as a table)."""
    costs = summary.get("costs")
    if not costs:
        return []
    months = costs["horizon_months"]
    even = costs.get("break_even_month")
    own = bool(costs.get("self_hosted"))  # the API path is there for reference only
    name = "Self-hosting" if own else "Fine-tuning"
    return [f"{name} breaks even in month {even}" if even else
            f"{name} never breaks even within {months} months",
            f"API path{' (for reference only)' if own else ''}: {format_usd(costs['api_total_usd'])} over "
            f"{months} months" + (f" on {costs['model']}" if costs.get("model") else ""),
            f"{name} path: {format_usd(costs['fine_tune_total_usd'])} over {months} months"
            + (f", of which {format_usd(costs['fine_tune_upfront_usd'])} up front"
               if costs.get("fine_tune_upfront_usd") is not None else "")] + _cheaper_line(costs) + derivation_lines(summary) \
        + measured_lines(costs.get("measured")) + uncertainty_lines(summary.get("uncertainty"))


def _cheaper_line(costs: dict[str, Any]) -> list[str]:
    cheaper = costs.get("cheaper_model")
    if not cheaper:
        return []
    return [f"On {cheaper['name']} ({cheaper['model']}), a cheaper current Claude model, the API path would "
            f"cost {format_usd(cheaper['api_total_usd'])} over {costs['horizon_months']} months, "
            f"{format_usd(cheaper['saving_usd'])} less"]


def derivation_lines(summary: dict[str, Any]) -> list[str]:
    """Where an input's figure comes from the answers, or a typed figure overrides them."""
    return [d["text"] for d in summary.get("derivations") or ()]


def cost_sentence(summary: dict[str, Any]) -> str | None:
    """The verdict and the costs in one sentence, then what the figures do not rest on yet."""
    costs = summary.get("costs")
    if not costs:
        return None
    return " ".join([costs.get("note") or "", *(costs.get("caveats") or ())]).strip() or None


def evidence_line(summary: dict[str, Any]) -> str | None:
    """"48 of 50 passed on claude-haiku-5-5 (96 %, 95 % interval 87–99 %) against your bar of 90 %"."""
    data = summary.get("prompt_evidence")
    if not data:
        return None
    from advisor.decision.evidence import Evidence, describe

    evidence = Evidence(**{key: data.get(key) for key in Evidence._fields if key in data})
    text = describe(evidence, summary.get("quality_bar_pct"))
    if evidence.run_at:
        text += f", run {evidence.run_at[:10]}"
    if evidence.cost_usd is not None:
        text += f". The run cost {format_money(evidence.cost_usd, cents=True, tiny=True)}"
    return text


_CONTEXT_LABELS = {"none": "Prompt alone", "full": "Whole documents in the context",
                   "retrieve": "Retrieved passages"}


def _measured_point(point: dict[str, Any]) -> str:
    """One measured point, as "28 of 30 passed (93.3 %, 95 % interval 78.7–98.2 %)"."""
    passed = round(point["pass_rate"] * point["n"] / 100)
    return (f"{passed:,} of {point['n']:,} passed ({point['pass_rate']:.1f} %, 95 % interval "
            f"{point['wilson_low']:.1f}–{point['wilson_high']:.1f} %)")


def _per_1000(point: dict[str, Any]) -> str:
    cost = point.get("cost_per_1000_usd")
    return "" if cost is None else f", {format_money(cost, cents=True, tiny=True)} per 1,000 requests"


def lab_measured_lines(summary: dict[str, Any]) -> list[str]:
    """What the lab measured beyond the prompt alone (contract section 8): each context side by
    side, the few-shot curve with its reading, and the team's own models."""
    lines = [f"{_CONTEXT_LABELS[context]}: {_measured_point(point)}{_per_1000(point)}"
             for context, point in (summary.get("context_evidence") or {}).items() if context in _CONTEXT_LABELS]
    curve = summary.get("shots_curve") or []
    if len(curve) > 1:
        lines.append("Few-shot curve: " + "; ".join(
            f"{p['shots']} example{'' if p['shots'] == 1 else 's'} {p['pass_rate']:.1f} % "
            f"({p['wilson_low']:.1f}–{p['wilson_high']:.1f} %)" for p in curve)
            + {"flat": ", flat: more examples did not help",
               "rising": ", still rising: more examples still help"}.get(summary.get("shots_reading"), ""))
    lines += [f"Your own model {name}: {_measured_point(point)}{_per_1000(point)}"
              for name, point in (summary.get("candidate_evidence") or {}).items()]
    return lines


def assumptions_line(summary: dict[str, Any]) -> str:
    price = summary.get("price")
    parts = []
    if price:
        parts.append(f"Prices: {price['name']} ${price['input_per_mtok']:g} / ${price['output_per_mtok']:g} "
                     f"per million input / output tokens" + (f", as of {price['as_of']}" if price["as_of"] else ""))
    titles = summary.get("verdict_titles") or []
    if titles:
        parts.append(f"The advice is one of {len(titles)} verdicts: " + "; ".join(titles))
    parts.append(f"Fine-Tune Advisor {summary['app_version']}, generated {summary['generated'][:10]}")
    return ". ".join(parts) + "."


# --- the model --------------------------------------------------------------------------------------

def headline(summary: dict[str, Any]) -> Headline:
    provisional = bool(summary.get("provisional"))
    return Headline(
        kicker="PROVISIONAL RECOMMENDATION" if provisional else "RECOMMENDATION",
        verdict_title=summary["verdict_title"],
        meaning=summary["meaning"],
        confidence=f"Confidence: {confidence_text(summary)}",
        confidence_detail=" ".join(summary.get("confidence_reasons", [])),
        status=("Provisional: some answers that could change it are missing" if provisional
                else "Based on all the answers that matter"),
        colour=summary.get("verdict_colour", "#4a5568"),
        tint=summary.get("verdict_tint", "#f7fafc"),
        cost_line=cost_sentence(summary) or "",
    )


_REASON_LABELS = {"note": "Note: ", "evidence": "Prompt evidence: ", "measured": "Measured: ",
                  "candidate": "Your own model: "}


def _reasons(summary: dict[str, Any]) -> tuple[Item, ...]:
    return tuple(Item(r["text"], label=_REASON_LABELS.get(r.get("kind", ""), ""),
                      # a source without an address keeps its citation in the title
                      source_title=(r.get("source_title") or r["source"]) if r.get("url") else r["source"],
                      url=r.get("url", ""))
                 for r in summary["rationale"])


def _trace(summary: dict[str, Any]) -> tuple[Item, ...]:
    items: list[Item] = []
    for rule in summary.get("trace", []):
        verdict = rule.get("verdict_title") or rule["verdict"]
        items.append(Item(f"{'✔' if rule['held'] else '✘'} {rule['title']} → {verdict}"
                          + ("" if rule["held"] else " (did not hold)")))
        items += [Item(f"{'✔' if c['held'] else '✘'} {c['text']}",
                       remark=f"saw: {c['seen_text']}" if c.get("seen_text") else "",
                       question=c.get("fact"), depth=c["depth"] + 1)
                  for c in rule["checks"]]
    return tuple(items)


def recommendation_sections(summary: dict[str, Any]) -> list[Section]:
    """The recommendation's sections in reading order; empty ones are left out."""
    notes = str(summary.get("notes", ""))
    sections = [
        # first the verdict's reasons and what would change it: with the verdict box they fill page 1
        Section("why", "Why", _reasons(summary)),
        Section("changes", "What would change the advice",
                tuple(Item(c["text"], question=next(iter(c["changes"]), None))
                      for c in summary["counterfactuals"])),
        Section("next_steps", "Next steps", tuple(Item(step) for step in summary["next_steps"]),
                style="numbers"),
        Section("also", "Then, too", tuple(Item(a["reason"]) for a in summary.get("also") or ())),
        Section("cost_details", f"Cost over {(summary.get('costs') or {}).get('horizon_months', 0)} months",
                tuple(Item(line) for line in cost_lines(summary))),
        Section("gate", "What it would take to justify fine-tuning",
                tuple(Item(g["needed"], remark=f"now: {g['now']}", question=g.get("question"))
                      for g in summary["gate"])),
        Section("missing", "Unanswered questions that could change it",
                tuple(Item(q["text"], question=q["id"]) for q in summary["missing_questions"])),
        Section("evidence", "Prompt evidence", tuple(Item(line) for line in [evidence_line(summary)] if line)),
        Section("measured", "What the lab measured", tuple(Item(line) for line in lab_measured_lines(summary))),
        Section("trace", "How the advisor got there", _trace(summary),
                intro="Rules are tried in order; the first that holds gives the advice.", printed=False),
        Section("notes", "Notes", tuple(Item(line) for line in notes.splitlines()) if notes.strip() else (),
                style="lines"),
        Section("warnings", "Warnings", tuple(Item(w) for w in summary["warnings"])),
        Section("assumptions", "Assumptions", (Item(assumptions_line(summary)),)),
    ]
    return [section for section in sections if section.items]


__all__ = ["Headline", "Item", "Section", "assumptions_line", "confidence_text", "cost_lines",
           "cost_sentence", "evidence_line", "heading_verdict", "headline", "lab_measured_lines",
           "recommendation_sections"]
