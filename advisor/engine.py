"""The rule-based advisor: answers in, a recommendation with its reasons out.

Rules are tried in order and the first that holds gives the verdict. Every condition checked is
recorded with the value it saw and whether it held, so a team lead can see exactly why. The
engine also says which unanswered questions could still change the verdict, which answer
changes would change it, and what it would take to justify fine-tuning
(:mod:`advisor.counterfactuals`). Pure and deterministic: same answers, same recommendation.

Confidence, in one number from 0 to 1 and a word:
  * it starts at the matched rule's own ``confidence`` from rules.toml (a hard constraint such as
    on-premises data is surer than the "otherwise" fallback);
  * each unanswered question that could still change the verdict multiplies it by 0.85, and a
    provisional verdict is capped at 0.65, so it can never read "high";
  * prompt-test evidence that agrees nudges it up by 0.05; evidence that contradicts the verdict
    (tests pass, yet the verdict is fine-tune; or the bar is said to be met while tests fail)
    multiplies it by 0.75;
  * answers or cost inputs that had to be ignored multiply it by 0.9.
  0.75 and above reads "high", 0.5 and above "medium", below that "low".
"""
from __future__ import annotations

import logging
import math
from typing import Any, Mapping, NamedTuple

from advisor.counterfactuals import (Counterfactual, GateItem, candidates, find_counterfactuals,
                                     gate_explanation, missing_questions, path_to_gate)
from advisor.questions import QuestionBank
from advisor.rules import (DERIVED, DERIVED_PREFIX, VERDICT_FACT, AllOf, AnyOf, Condition, Leaf,
                           RuleSet, default_rules, fill_text, format_usd, load_rules)

log = logging.getLogger(__name__)

MISSING_FACTOR = 0.85
PROVISIONAL_CAP = 0.65
CONTRADICTION_FACTOR = 0.75
SUPPORT_BONUS = 0.05
IGNORED_FACTOR = 0.9
HIGH, MEDIUM = 0.75, 0.5


class Check(NamedTuple):
    """One condition checked: its plain words, what it saw, and whether it held."""

    depth: int
    kind: str  # "leaf", "all", "any" or "not"
    text: str
    held: bool
    fact: str | None = None
    seen: Any = None
    seen_text: str = ""


class RuleTrace(NamedTuple):
    rule: str
    title: str
    verdict: str
    held: bool
    checks: tuple[Check, ...]


class Reason(NamedTuple):
    rule: str
    text: str
    source: str
    kind: str = "rule"  # "rule" (gave the verdict), "note" (advisory) or "evidence" (prompt tests)
    url: str = ""
    source_title: str = ""


class Recommendation(NamedTuple):
    """What :func:`evaluate` returns; immutable, so a screen can hold on to it safely."""

    verdict: str
    rule: str
    title: str
    provisional: bool
    confidence: str
    confidence_score: float
    confidence_explained: list[str]
    reasons: list[Reason]
    trace: list[RuleTrace]
    missing: list[str]
    counterfactuals: list[Counterfactual]
    gate: list[GateItem]
    gate_changes: dict[str, Any] | None
    meaning: str
    next_steps: list[str]
    prompt_evidence: dict[str, Any] | None
    warnings: list[str]

    def to_dict(self) -> dict[str, Any]:
        """Plain dicts and lists all the way down, ready for JSON."""
        return _plain(self)


def _plain(value: Any) -> Any:
    if hasattr(value, "_asdict"):
        return {key: _plain(item) for key, item in value._asdict().items()}
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


# --- facts ----------------------------------------------------------------------------------------

def usable_answers(answers: Mapping[str, Any] | None, bank: QuestionBank) -> tuple[dict[str, Any], list[str]]:
    """The answers the rules may rely on; an invalid one is set aside with a warning, never guessed."""
    kept: dict[str, Any] = {}
    warnings: list[str] = []
    for qid, value in (answers or {}).items():
        question = bank.get(qid)
        if question is None or value is None:
            continue  # unknown ids are kept in the file and reported by the file checks
        problem = question.problem_with(value)
        if problem:
            warnings.append(f"answer {qid} was ignored: it {problem}")
            continue
        kept[qid] = list(value) if isinstance(value, list) else value
    return kept, warnings


def derived_facts(costs: Mapping[str, Any] | None) -> tuple[dict[str, float | None], list[str]]:
    """``derived.NAME`` figures from the cost inputs; one that cannot be computed is None."""
    values: dict[str, float | None] = {}
    warnings: list[str] = []
    for name, (label, compute) in DERIVED.items():
        try:
            value = float(compute(dict(costs or {})))
            if not math.isfinite(value):
                raise ValueError("not a finite number")
        except (TypeError, ValueError, KeyError, OverflowError) as error:
            log.info("derived figure %s failed: %s", name, error)
            warnings.append(f"{label[:1].upper()}{label[1:]} could not be computed from the cost inputs, "
                            "so no condition that needs it holds; check the cost inputs.")
            value = None
        values[DERIVED_PREFIX + name] = value
    return values, warnings


# --- the trace ------------------------------------------------------------------------------------

_GROUP_WORDS = {"all": "all of these hold", "any": "at least one of these holds",
                "not": "the following does not hold"}


def _trace(condition: Condition, facts: Mapping[str, Any], rules: RuleSet, depth: int,
           out: list[Check]) -> bool:
    """Evaluate without short-cutting, so the trace shows every condition and its value."""
    if isinstance(condition, Leaf):
        held = condition.holds(facts)
        seen = facts.get(condition.fact)
        out.append(Check(depth, "leaf", fill_text(condition.says, facts, rules.bank), held,
                         condition.fact, seen, _seen_text(rules, condition.fact, seen)))
        return held
    position = len(out)
    out.append(Check(depth, "", "", False))  # placeholder, filled once the children are known
    if isinstance(condition, AllOf) or isinstance(condition, AnyOf):
        results = [_trace(item, facts, rules, depth + 1, out) for item in condition.items]
        kind = "all" if isinstance(condition, AllOf) else "any"
        held = all(results) if kind == "all" else any(results)
    else:
        kind, held = "not", not _trace(condition.item, facts, rules, depth + 1, out)
    out[position] = Check(depth, kind, _GROUP_WORDS[kind], held)
    return held


def _seen_text(rules: RuleSet, fact: str, seen: Any) -> str:
    question = rules.bank.get(fact)
    if question is not None:
        return question.label_for(seen)
    if seen is None:
        return "unknown"
    return format_usd(seen) if fact.startswith(DERIVED_PREFIX) else str(seen)


def trace_rules(rules: RuleSet, facts: Mapping[str, Any], upto: int) -> list[RuleTrace]:
    traces = []
    for rule in rules.rules[:upto + 1]:
        checks: list[Check] = []
        held = True if rule.when is None else _trace(rule.when, facts, rules, 0, checks)
        if rule.when is None:
            checks.append(Check(0, "leaf", "no earlier rule applied", True))
        traces.append(RuleTrace(rule.id, rule.title, rule.verdict, held, tuple(checks)))
    return traces


# --- prompt-test evidence ----------------------------------------------------------------------

def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def prompt_evidence(prompt_lab: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The last prompt-lab run (written by the ``eval`` command), when it is usable."""
    run = (prompt_lab or {}).get("last_run") if isinstance(prompt_lab, Mapping) else None
    if not isinstance(run, Mapping):
        return None
    passed, failed, errors = (_count(run.get(k, 0)) for k in ("passed", "failed", "errors"))
    if passed is None or failed is None or errors is None or passed + failed + errors == 0:
        return None
    cost = run.get("cost_usd")
    return {"model": str(run.get("model") or "an unnamed model"), "passed": passed, "failed": failed,
            "errors": errors, "cost_usd": cost if isinstance(cost, (int, float)) and not isinstance(cost, bool) else None,
            "run_at": str(run.get("run_at") or "")}


def _evidence_reason(evidence: dict[str, Any], trains_model: bool) -> tuple[Reason, int]:
    """The reason citing the tests, and -1 (contradicts), 0 or +1 (supports) the verdict."""
    passed, failed, errors = evidence["passed"], evidence["failed"], evidence["errors"]
    total = passed + failed + errors
    when = f" (run {evidence['run_at'][:10]})" if evidence["run_at"] else ""
    if failed == 0 and errors == 0:
        text = (f"Your prompt already passes all {passed} tests on {evidence['model']}{when}: strong "
                "evidence that prompting meets the bar without fine-tuning.")
        stance = -1 if trains_model else 1
        if stance < 0:
            text += " Check that the tests cover the niche language before investing in fine-tuning."
    else:
        short = failed + errors
        those = "The test that does not pass shows" if short == 1 else f"The {short} tests that do not pass show"
        text = (f"Your prompt passes {passed} of {total} tests on {evidence['model']}{when}. {those} "
                "where to improve the prompt, add examples or retrieve facts before considering fine-tuning.")
        stance = 0
    source = "Your own prompt tests in the Prompt lab" + (f", {evidence['run_at']}" if evidence["run_at"] else "")
    return Reason("prompt_evidence", text, source, "evidence", "", source), stance


# --- confidence -----------------------------------------------------------------------------------

def level(score: float) -> str:
    return "high" if score >= HIGH else "medium" if score >= MEDIUM else "low"


def _confidence(base: float, rule_title: str, missing: list[str], stance: int,
                said_meets_bar_but_fails: bool, ignored: int) -> tuple[float, list[str]]:
    score = base
    why = [f"The rule “{rule_title}” starts at {base:.2f}."]
    if missing:
        score = min(score * MISSING_FACTOR ** len(missing), PROVISIONAL_CAP)
        why.append(f"{len(missing)} unanswered question{'s' if len(missing) != 1 else ''} could still "
                   "change the verdict, so it is provisional.")
    if stance > 0:
        score = min(1.0, score + SUPPORT_BONUS)
        why.append("Your prompt tests support it.")
    if stance < 0 or said_meets_bar_but_fails:
        score *= CONTRADICTION_FACTOR
        why.append("Your prompt tests point the other way.")
    if ignored:
        score *= IGNORED_FACTOR
        why.append("Some answers or cost inputs could not be used.")
    return round(score, 2), why


# --- evaluate -------------------------------------------------------------------------------------

def evaluate(answers: Mapping[str, Any] | None, costs: Mapping[str, Any] | None = None,
             rules: RuleSet | None = None, bank: QuestionBank | None = None,
             prompt_lab: Mapping[str, Any] | None = None) -> Recommendation:
    """The recommendation for ``answers``: verdict, reasons, trace, what would change it."""
    if rules is None:
        rules = default_rules() if bank is None else load_rules(bank=bank)
    kept, warnings = usable_answers(answers, rules.bank)
    derived, derived_warnings = derived_facts(costs)
    warnings += derived_warnings
    facts: dict[str, Any] = {**kept, **derived}

    index = rules.first_match(facts)
    rule = rules.rules[index]
    verdict = rule.verdict
    info = rules.verdicts[verdict]
    options = candidates(rules, facts)  # once: missing answers, counterfactuals and the gate share it
    missing = missing_questions(rules, facts, verdict, options)

    reasons = [Reason(rule.id, fill_text(rule.rationale, facts, rules.bank), str(rule.source), "rule",
                      rule.source.url, rule.source.title)]
    with_verdict = {**facts, VERDICT_FACT: verdict}
    for note in rules.notes:
        if note.when.holds(with_verdict):
            reasons.append(Reason(note.id, fill_text(note.text, facts, rules.bank), str(note.source),
                                  "note", note.source.url, note.source.title))
    evidence = prompt_evidence(prompt_lab)
    stance = 0
    if evidence is not None:
        reason, stance = _evidence_reason(evidence, info.trains_model)
        reasons.append(reason)
    said_meets_bar_but_fails = bool(evidence and kept.get("prompting_tried") == "meets_bar"
                                    and evidence["failed"] + evidence["errors"] > 0)
    score, why = _confidence(rule.confidence, rule.title, missing, stance, said_meets_bar_but_fails,
                             len(warnings))
    log.debug("verdict %s by rule %s (confidence %.2f, %d missing)", verdict, rule.id, score, len(missing))
    return Recommendation(
        verdict=verdict, rule=rule.id, title=info.title, provisional=bool(missing),
        confidence=level(score), confidence_score=score, confidence_explained=why,
        reasons=reasons, trace=trace_rules(rules, facts, index), missing=missing,
        counterfactuals=find_counterfactuals(rules, facts, verdict, options=options),
        gate=gate_explanation(rules, facts, verdict),
        gate_changes=None if rules.gate is None or verdict == rules.gate.verdict
        else path_to_gate(rules, facts, options),
        meaning=info.meaning, next_steps=list(info.next_steps), prompt_evidence=evidence,
        warnings=warnings,
    )
