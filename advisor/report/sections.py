"""The recommendation as ordered sections: one model that every rendering draws.

The screen, the plain-text and Markdown summaries, the HTML export and the printed PDF all turn
:func:`recommendation_sections` into their own markup, so a section has the same title, the same
order and the same items everywhere; a new section or a reworded title is one edit here.
Pure: a summary dict (:func:`advisor.report.summary.build_summary`) in, plain tuples out.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
from advisor.report.cost_marks import measured_lines, uncertainty_lines
from advisor.report.shown import date, money, number, price as price_text, usd


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

# the confidence levels as shown (the summary's "confidence" stays the id: high, medium, low)
_LEVELS = {"high": QT_TRANSLATE_NOOP("report", "high"), "medium": QT_TRANSLATE_NOOP("report", "medium"),
           "low": QT_TRANSLATE_NOOP("report", "low")}


def confidence_text(summary: dict[str, Any]) -> str:
    level = summary["confidence"]
    return translate("report", _LEVELS[level]) if level in _LEVELS else level


def heading_verdict(summary: dict[str, Any]) -> str:
    if summary.get("provisional"):
        return translate("report", "{0} (provisional)").format(summary["verdict_title"])
    return summary["verdict_title"]


def cost_lines(summary: dict[str, Any]) -> list[str]:
    """Break-even first, then the two totals (the printed brief shows those as a table)."""
    costs = summary.get("costs")
    if not costs:
        return []
    own = bool(costs.get("self_hosted"))  # the API path is there for reference only
    return [_break_even_line(costs, own), _api_line(costs, own), _own_path_line(costs, own)] \
        + _cheaper_line(costs) + derivation_lines(summary) \
        + measured_lines(costs.get("measured")) + uncertainty_lines(summary.get("uncertainty"))


def _break_even_line(costs: dict[str, Any], own: bool) -> str:
    even, months = costs.get("break_even_month"), costs["horizon_months"]
    if even:
        return (translate("report", "Self-hosting breaks even in month {0}") if own
                else translate("report", "Fine-tuning breaks even in month {0}")).format(even)
    return (translate("report", "Self-hosting never breaks even within {0} months") if own
            else translate("report", "Fine-tuning never breaks even within {0} months")).format(months)


def _api_line(costs: dict[str, Any], own: bool) -> str:
    total, months, model = usd(costs["api_total_usd"]), costs["horizon_months"], costs.get("model")
    if own:
        if model:
            return translate("report", "API path (for reference only): {0} over {1} months on {2}").format(
                total, months, model)
        return translate("report", "API path (for reference only): {0} over {1} months").format(total, months)
    if model:
        return translate("report", "API path: {0} over {1} months on {2}").format(total, months, model)
    return translate("report", "API path: {0} over {1} months").format(total, months)


def _own_path_line(costs: dict[str, Any], own: bool) -> str:
    total, months = usd(costs["fine_tune_total_usd"]), costs["horizon_months"]
    if costs.get("fine_tune_upfront_usd") is None:
        return (translate("report", "Self-hosting path: {0} over {1} months") if own
                else translate("report", "Fine-tuning path: {0} over {1} months")).format(total, months)
    return (translate("report", "Self-hosting path: {0} over {1} months, of which {2} up front") if own
            else translate("report", "Fine-tuning path: {0} over {1} months, of which {2} up front")).format(
        total, months, usd(costs["fine_tune_upfront_usd"]))


def _cheaper_line(costs: dict[str, Any]) -> list[str]:
    cheaper = costs.get("cheaper_model")
    if not cheaper:
        return []
    return [translate("report", "On {0} ({1}), a cheaper current Claude model, the API path would cost {2} "
                                "over {3} months, {4} less").format(
        cheaper["name"], cheaper["model"], usd(cheaper["api_total_usd"]), costs["horizon_months"],
        usd(cheaper["saving_usd"]))]


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
        text = translate("report", "{0}, run {1}").format(text, date(evidence.run_at[:10]))
    if evidence.cost_usd is not None:
        text = translate("report", "{0}. The run cost {1}").format(
            text, money(evidence.cost_usd, cents=True, tiny=True))
    return text


_CONTEXT_LABELS = {"none": QT_TRANSLATE_NOOP("report", "Prompt alone"),
                   "full": QT_TRANSLATE_NOOP("report", "Whole documents in the context"),
                   "retrieve": QT_TRANSLATE_NOOP("report", "Retrieved passages")}


def _measured_point(point: dict[str, Any]) -> str:
    """One measured point, as "28 of 30 passed (93.3 %, 95 % interval 78.7–98.2 %)"."""
    passed = round(point["pass_rate"] * point["n"] / 100)
    return translate("report", "{0} of {1} passed ({2} %, 95 % interval {3}–{4} %)").format(
        number(passed), number(point["n"]), number(point["pass_rate"], 1), number(point["wilson_low"], 1),
        number(point["wilson_high"], 1))


def _point_line(name: str, point: dict[str, Any]) -> str:
    """"Retrieved passages: 28 of 30 passed (…), $0.41 per 1,000 requests"."""
    cost = point.get("cost_per_1000_usd")
    if cost is None:
        return translate("report", "{0}: {1}").format(name, _measured_point(point))
    return translate("report", "{0}: {1}, {2} per 1,000 requests").format(
        name, _measured_point(point), money(cost, cents=True, tiny=True))


def _curve_point(p: dict[str, Any]) -> str:
    rate, low, high = (number(p[key], 1) for key in ("pass_rate", "wilson_low", "wilson_high"))
    if p["shots"] == 1:
        return translate("report", "1 example {0} % ({1}–{2} %)").format(rate, low, high)
    return translate("report", "{0} examples {1} % ({2}–{3} %)").format(p["shots"], rate, low, high)


def _curve_line(curve: list[dict[str, Any]], reading: Any) -> str:
    points = "; ".join(_curve_point(p) for p in curve)
    if reading == "flat":
        return translate("report", "Few-shot curve: {0}, flat: more examples did not help").format(points)
    if reading == "rising":
        return translate("report", "Few-shot curve: {0}, still rising: more examples still help").format(points)
    return translate("report", "Few-shot curve: {0}").format(points)


def lab_measured_lines(summary: dict[str, Any]) -> list[str]:
    """What the lab measured beyond the prompt alone (contract section 8): each context side by
    side, the few-shot curve with its reading, and the team's own models."""
    lines = [_point_line(translate("report", _CONTEXT_LABELS[context]), point)
             for context, point in (summary.get("context_evidence") or {}).items() if context in _CONTEXT_LABELS]
    curve = summary.get("shots_curve") or []
    if len(curve) > 1:
        lines.append(_curve_line(curve, summary.get("shots_reading")))
    lines += [_point_line(translate("report", "Your own model {0}").format(name), point)
              for name, point in (summary.get("candidate_evidence") or {}).items()]
    return lines


def assumptions_line(summary: dict[str, Any]) -> str:
    price = summary.get("price")
    parts = []
    if price:
        prices = (price["name"], price_text(price["input_per_mtok"]), price_text(price["output_per_mtok"]))
        if price["as_of"]:
            parts.append(translate("report", "Prices: {0} {1} / {2} per million input / output tokens, as of {3}")
                         .format(*prices, date(price["as_of"])))
        else:
            parts.append(translate("report", "Prices: {0} {1} / {2} per million input / output tokens")
                         .format(*prices))
    titles = summary.get("verdict_titles") or []
    if titles:
        parts.append(translate("report", "The advice is one of {0} verdicts: {1}").format(len(titles), "; ".join(titles)))
    parts.append(translate("report", "Fine-Tune Advisor {0}, generated {1}").format(
        summary["app_version"], date(summary["generated"][:10])))
    return ". ".join(parts) + "."


# --- the model --------------------------------------------------------------------------------------

def headline(summary: dict[str, Any]) -> Headline:
    provisional = bool(summary.get("provisional"))
    return Headline(
        kicker=(translate("report", "PROVISIONAL RECOMMENDATION") if provisional
                else translate("report", "RECOMMENDATION")),
        verdict_title=summary["verdict_title"],
        meaning=summary["meaning"],
        confidence=translate("report", "Confidence: {0}").format(confidence_text(summary)),
        confidence_detail=" ".join(summary.get("confidence_reasons", [])),
        status=(translate("report", "Provisional: some answers that could change it are missing") if provisional
                else translate("report", "Based on all the answers that matter")),
        colour=summary.get("verdict_colour", "#4a5568"),
        tint=summary.get("verdict_tint", "#f7fafc"),
        cost_line=cost_sentence(summary) or "",
    )


_REASON_LABELS = {"note": QT_TRANSLATE_NOOP("report", "Note: "),
                  "evidence": QT_TRANSLATE_NOOP("report", "Prompt evidence: "),
                  "measured": QT_TRANSLATE_NOOP("report", "Measured: "),
                  "candidate": QT_TRANSLATE_NOOP("report", "Your own model: ")}


def _reason_label(kind: str) -> str:
    return translate("report", _REASON_LABELS[kind]) if kind in _REASON_LABELS else ""


def _reasons(summary: dict[str, Any]) -> tuple[Item, ...]:
    return tuple(Item(r["text"], label=_reason_label(r.get("kind", "")),
                      # a source without an address keeps its citation in the title
                      source_title=(r.get("source_title") or r["source"]) if r.get("url") else r["source"],
                      url=r.get("url", ""))
                 for r in summary["rationale"])


def _trace(summary: dict[str, Any]) -> tuple[Item, ...]:
    items: list[Item] = []
    for rule in summary.get("trace", []):
        verdict = rule.get("verdict_title") or rule["verdict"]
        items.append(Item(f"✔ {rule['title']} → {verdict}" if rule["held"] else
                          translate("report", "✘ {0} → {1} (did not hold)").format(rule["title"], verdict)))
        items += [Item(f"{'✔' if c['held'] else '✘'} {c['text']}",
                       remark=translate("report", "saw: {0}").format(c["seen_text"]) if c.get("seen_text") else "",
                       question=c.get("fact"), depth=c["depth"] + 1)
                  for c in rule["checks"]]
    return tuple(items)


def recommendation_sections(summary: dict[str, Any]) -> list[Section]:
    """The recommendation's sections in reading order; empty ones are left out."""
    notes = str(summary.get("notes", ""))
    sections = [
        # first the verdict's reasons and what would change it: with the verdict box they fill page 1
        Section("why", translate("report", "Why"), _reasons(summary)),
        Section("changes", translate("report", "What would change the advice"),
                tuple(Item(c["text"], question=next(iter(c["changes"]), None))
                      for c in summary["counterfactuals"])),
        Section("next_steps", translate("report", "Next steps"), tuple(Item(step) for step in summary["next_steps"]),
                style="numbers"),
        Section("also", translate("report", "Then, too"), tuple(Item(a["reason"]) for a in summary.get("also") or ())),
        Section("cost_details", translate("report", "Cost over {0} months").format(
            (summary.get("costs") or {}).get("horizon_months", 0)), tuple(Item(line) for line in cost_lines(summary))),
        Section("gate", translate("report", "What it would take to justify fine-tuning"),
                tuple(Item(g["needed"], remark=translate("report", "now: {0}").format(g["now"]), question=g.get("question"))
                      for g in summary["gate"])),
        Section("missing", translate("report", "Unanswered questions that could change it"),
                tuple(Item(q["text"], question=q["id"]) for q in summary["missing_questions"])),
        Section("evidence", translate("report", "Prompt evidence"),
                tuple(Item(line) for line in [evidence_line(summary)] if line)),
        Section("measured", translate("report", "What the lab measured"),
                tuple(Item(line) for line in lab_measured_lines(summary))),
        Section("trace", translate("report", "How the advisor got there"), _trace(summary),
                intro=translate("report", "Rules are tried in order; the first that holds gives the advice."),
                printed=False),
        Section("notes", translate("report", "Notes"),
                tuple(Item(line) for line in notes.splitlines()) if notes.strip() else (), style="lines"),
        Section("warnings", translate("report", "Warnings"), tuple(Item(w) for w in summary["warnings"])),
        Section("assumptions", translate("report", "Assumptions"), (Item(assumptions_line(summary)),)),
    ]
    return [section for section in sections if section.items]


__all__ = ["Headline", "Item", "Section", "assumptions_line", "confidence_text", "cost_lines",
           "cost_sentence", "evidence_line", "heading_verdict", "headline", "lab_measured_lines",
           "recommendation_sections"]
