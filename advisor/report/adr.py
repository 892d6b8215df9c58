"""The recommendation as an architecture decision record, in the MADR 4.0 layout, ready to commit.

MADR (https://adr.github.io/madr/, template 4.0.0, checked 2026-12-07): YAML front matter (status,
date, decision-makers), then Context and Problem Statement, Considered Options, Decision Outcome
with its Consequences and Confirmation, the Pros and Cons of each option, and More Information.
The five paths are the options; each carries what the file measured and projected for it.
"""
from __future__ import annotations

import json
from typing import Any

from advisor.core.i18n import translate
from advisor.costs.derived import format_usd
from advisor.report.sections import headline
from advisor.report.summary import md_escape, md_fill
from advisor.report.shown import number


def render_adr(summary: dict[str, Any]) -> str:
    """The decision record of one summary (``build_summary``'s dict)."""
    from advisor.decision.rules import default_rules

    verdicts = default_rules().verdicts
    chosen = summary["verdict"]
    title = " ".join(str(summary.get("title") or "").split()) or translate("report", "Untitled assessment")
    out = ["---", f"status: {json.dumps('proposed')}", f"date: {str(summary.get('generated', ''))[:10]}",
           "decision-makers: []  # " + translate("report", "who decides: fill in before committing"), "---", "",
           f"# {md_escape(title)}: {md_escape(summary.get('verdict_title', chosen))}", ""]
    out += _context(summary, title)
    out += ["## Considered Options", ""]
    out += [f"* {md_escape(translate('rules', info.title))}" for info in verdicts.values()] + [""]
    out += _outcome(summary)
    out += ["## Pros and Cons of the Options", ""]
    for verdict, info in verdicts.items():
        out += _option(summary, verdict, info, chosen, verdicts[chosen].self_hosted)
    out += _more_information(summary)
    return "\n".join(_headings.get(line, lambda: line)() for line in out).rstrip() + "\n"


# the two headings render_adr writes itself, in the reader's language
_headings = {"## Considered Options": lambda: "## " + md_escape(translate("report", "Considered Options")),
             "## Pros and Cons of the Options":
                 lambda: "## " + md_escape(translate("report", "Pros and Cons of the Options"))}


def _context(summary: dict[str, Any], title: str) -> list[str]:
    question = translate("report", "{0}. Should we fine-tune a model for this task, or use Claude with prompting "
                                   "or retrieval, and what does each path cost?").format(title)
    lines = ["## " + md_escape(translate("report", "Context and Problem Statement")), "", md_escape(question), ""]
    answered = [check for rule in summary.get("trace", []) for check in rule["checks"]
                if check["kind"] == "leaf" and check.get("seen_text") and not str(check["fact"]).startswith("derived.")]
    seen: dict[str, str] = {}
    for check in answered:
        seen.setdefault(str(check["fact"]), str(check["seen_text"]))
    if seen:
        lines += [md_escape(translate("report", "What the team answered:")), ""]
        lines += [f"* {md_escape(fact.replace('_', ' '))}: {md_escape(text)}" for fact, text in seen.items()]
        lines.append("")
    if summary.get("missing"):
        lines += [md_escape(translate("report", "Not answered yet: {0}.").format(", ".join(summary["missing"]))), ""]
    return lines


def _outcome(summary: dict[str, Any]) -> list[str]:
    top = headline(summary)
    reasons = [item for item in summary.get("rationale", []) if item.get("kind") in ("rule", "evidence")]
    because = reasons[0]["text"] if reasons else top.meaning
    lines = ["## " + md_escape(translate("report", "Decision Outcome")), "",
             md_fill(translate("report", "Chosen option: \"{0}\", because {1}"),
                     md_escape(summary.get("verdict_title", summary["verdict"])), md_escape(_lower_first(because))), "",
             md_fill(translate("report", "Confidence: {0}"), md_escape(_level(summary["confidence"]))) + ". "
             + md_escape(" ".join(summary.get("confidence_reasons", []))), "",
             "### " + md_escape(translate("report", "Consequences")), ""]
    good, neutral = translate("report", "Good, because {0}"), translate("report", "Neutral, because {0}")
    lines += ["* " + md_fill(good, md_escape(_lower_first(item["text"]))) for item in reasons[1:]]
    costs = summary.get("costs") or {}
    if costs.get("note"):
        lines.append("* " + md_fill(neutral, md_escape(_lower_first(costs["note"]))))
    lines += ["* " + md_fill(neutral, md_escape(_lower_first(note["text"])))
              for note in summary.get("rationale", []) if note.get("kind") == "note"]
    lines += ["", "### " + md_escape(translate("report", "Confirmation")), ""]
    lines += [f"* {md_escape(step)}" for step in summary.get("next_steps", [])]
    lines += ["* " + translate("report", "Run the assessment again (`fine-tune-advisor summary FILE --format adr`) "
                                         "after each new measurement, and update this record when the verdict "
                                         "changes."), ""]
    return lines


def _option(summary: dict[str, Any], verdict: str, info: Any, chosen: str, chosen_self_hosted: bool) -> list[str]:
    lines = [f"### {md_escape(translate('rules', info.title))}", "", md_escape(translate("rules", info.meaning)), ""]
    evidence = _evidence_line(summary, info.evidence)
    if evidence:
        lines += ["* " + md_fill(translate("report", "Measured: {0}"), md_escape(evidence))]
    cost = _cost_line(summary, info, chosen_self_hosted)
    if cost:
        lines += ["* " + md_fill(translate("report", "Projected: {0}"), md_escape(cost))]
    if verdict == chosen:
        lines.append("* " + md_escape(translate("report", "Good, because it is the option the rules chose "
                                                          "(see Decision Outcome).")))
    for rule in summary.get("trace", []):
        if rule["verdict"] == verdict and not rule["held"]:
            for check in _unmet(rule["checks"])[:3]:
                lines.append("* " + _bad_line(check, rule))
    for counterfactual in summary.get("counterfactuals", []):
        if counterfactual["verdict"] == verdict and counterfactual.get("text"):
            lines.append("* " + md_fill(translate("report", "Neutral, because {0}."),
                                        md_escape(_lower_first(counterfactual["text"]))))
    return lines + [""]


def _bad_line(check: dict[str, Any], rule: dict[str, Any]) -> str:
    title = md_escape(_lower_first(rule["title"]))
    if check.get("seen_text"):
        return md_fill(translate("report", "Bad, because it holds only when {0}; you answered: {1} ({2})"),
                       md_escape(check["text"]), md_escape(str(check["seen_text"])), title)
    return md_fill(translate("report", "Bad, because it holds only when {0} ({1})"), md_escape(check["text"]), title)


def _level(level: str) -> str:
    from advisor.report.sections import confidence_text

    return confidence_text({"confidence": level})


def _unmet(checks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The conditions a rule needed and did not get: the rule's own leaf, or the unmet leaves of
    its "all of these" (an "any of these" that failed says only that no alternative held)."""
    if not checks:
        return []
    root = checks[0]
    if root["kind"] == "leaf":
        return [root] if not root["held"] else []
    if root["kind"] == "all":
        return [c for c in checks[1:] if c["depth"] == 1 and c["kind"] == "leaf" and not c["held"]]
    return []


def _evidence_line(summary: dict[str, Any], kind: str) -> str:
    """What the lab measured for an option, by the verdict's declared evidence kind."""
    contexts = summary.get("context_evidence") or {}
    if kind == "context":
        parts = [f"{mode}: {_rate(point)}" for mode, point in contexts.items() if mode != "none"]
        return translate("report", "retrieval measured in the prompt lab, {0}").format("; ".join(parts)) if parts else ""
    if kind == "prompt_alone" and summary.get("prompt_evidence"):
        return translate("report", "prompting alone, {0}").format(_rate(summary["prompt_evidence"]))
    if kind == "few_shot_curve" and summary.get("shots_reading") == "rising":
        return translate("report", "the few-shot curve is rising (more examples still help)")
    if kind == "few_shot_curve" and summary.get("shots_reading") == "flat":
        return translate("report", "the few-shot curve is flat (more examples did not help)")
    return ""


def _rate(point: dict[str, Any]) -> str:
    if point.get("pass_rate") is None:
        return translate("report", "no case could be checked")
    return translate("report", "{0} % of {1} cases passed (95 % interval {2}–{3} %)").format(
        number(point["pass_rate"], 1), point["n"], number(point["wilson_low"], 1), number(point["wilson_high"], 1))


def _cost_line(summary: dict[str, Any], info: Any, chosen_self_hosted: bool) -> str:
    costs = summary.get("costs") or {}
    months = costs.get("horizon_months")
    if not months:
        return ""
    own_path = costs.get("fine_tune_total_usd")  # the fine-tuning path, or self-hosting when chosen
    if own_path is not None and info.self_hosted and chosen_self_hosted:
        return translate("report", "{0} over {1} months serving an open-weights model yourself").format(
            format_usd(own_path), months)
    if own_path is not None and info.trains_model and not chosen_self_hosted:
        return translate("report", "{0} over {1} months on the fine-tuning path").format(format_usd(own_path), months)
    if info.evidence in ("prompt_alone", "context") and costs.get("api_total_usd") is not None:
        return translate("report", "{0} over {1} months on the Claude API path").format(
            format_usd(costs["api_total_usd"]), months)
    return ""  # a path the projection does not price


def _more_information(summary: dict[str, Any]) -> list[str]:
    lines = ["## " + md_escape(translate("report", "More Information")), ""]
    sources = dict.fromkeys((item.get("source_title") or item.get("source"), item.get("url"))
                            for item in summary.get("rationale", []) if item.get("source"))
    for name, url in sources:
        lines.append(f"* {md_escape(name)}" + (f" — <{url}>" if url and url.startswith("https://") else ""))
    lines += ["", md_escape(translate("report", "Made by Fine-Tune Advisor {0} from the assessment on {1}; the "
                                                "figures and sources are the summary's own.").format(
        summary.get("app_version", ""), str(summary.get("generated", ""))[:10])), ""]
    return lines


def _lower_first(text: str) -> str:
    text = str(text).strip()
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
