"""The rule-based advisor: answers in, a recommendation with its reasons out.

Rules are tried in order and the first that holds gives the verdict. Every condition checked is
recorded with the value it saw and whether it held, so a team lead can see exactly why. The
engine also says which unanswered questions could still change the verdict, which answer
changes would change it, and what it would take to justify fine-tuning
(:mod:`advisor.decision.counterfactuals`). Pure and deterministic: same inputs, same recommendation.

"Prompting" is read through the prompt evidence (:mod:`advisor.decision.evidence`): a measured pass rate
on enough cases, against the quality bar, decides it. The cost projection is computed once per
evaluation and its figures are facts the rules read (the distillation gate's break-even).

Confidence (CONTRACT section 3) starts at high and drops one level for each of: (a) an unanswered
question that could change the verdict; (b) the deciding rule passed a numeric threshold by less
than 25 %; (c) the verdict and the projection disagree (the rules file's [[doubts]]); (d) the
prompt evidence is inconclusive or rests on fewer than 20 cases. Two or more drops give low.
"""
from __future__ import annotations

import logging
import math
from typing import Any, Mapping, NamedTuple

from advisor.core import shown_numbers
from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
from advisor.decision import context_evidence as lab_readings
from advisor.decision import evidence as evidence_module
from advisor.decision.candidate_reading import read_candidates
from advisor.decision.cost_uncertainty import uncertainty_sentence
from advisor.decision.counterfactuals import (Counterfactual, GateItem, candidates, find_counterfactuals,
                                     gate_explanation, missing_questions, path_to_gate)
from advisor.decision.evidence import Evidence, Reading
from advisor.decision.questions import QuestionBank, default_bank
from advisor.decision.refigure import PROJECTED, Refigure, figures_on
from advisor.decision.rules import (DERIVED, DERIVED_PREFIX, VERDICT_FACT, AllOf, AnyOf, Condition, Leaf, Not,
                           Rule, RuleSet, default_rules, fill_text, leaves, load_rules)
from advisor.decision.conditions import MEASURED_PREFIX, leaf_words, reading_words

log = logging.getLogger(__name__)

LEVELS = ("high", "medium", "low")
NEAR = 0.25  # a numeric threshold passed by less than this share of it counts as narrow


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
    kind: str = "rule"  # "rule" (gave the verdict), "note" (advisory), "evidence" (prompt tests) or
    # "candidate" (your own model's tests)
    url: str = ""
    source_title: str = ""


class Recommendation(NamedTuple):
    """What :func:`evaluate` returns; immutable, so a screen can hold on to it safely."""

    verdict: str
    rule: str
    title: str
    provisional: bool
    confidence: str
    confidence_reasons: list[str]
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
    cost_note: str = ""  # the verdict and the projection, in one sentence
    evidence_status: str = "none"  # how the evidence was read (advisor.decision.evidence.Reading.status)
    # The one projection (CONTRACT section 8, "One projection"): every figure, sentence and
    # screen reads this object; None when the inputs cannot be projected (projection_error says why).
    projection: Any = None
    projection_error: str = ""
    also: list[dict[str, str]] = []  # further steps on top of the verdict: {verdict, reason}
    cost_caveats: list[str] = []  # what the figures do not rest on yet (defaults only, unpriced parts)

    def to_dict(self) -> dict[str, Any]:
        """Plain dicts and lists all the way down, ready for JSON (the projection left out)."""
        return {key: _plain(value) for key, value in self._asdict().items() if key != "projection"}


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
            warnings.append(translate("decision", "answer {0} was ignored: it must be {1}").format(
                qid, question.allowed_text(shown=True)))
            continue
        kept[qid] = list(value) if isinstance(value, list) else value
    return kept, warnings


def inputs_in_force(costs: Any, answers: Mapping[str, Any] | None, bank: QuestionBank | None = None) -> Any:
    """The inputs of the one projection (CONTRACT section 8): the cost inputs as given, plus what
    the usable answers imply for those left unset. The Costs screen projects these too."""
    from advisor.costs.presets import with_implied

    kept, _warnings = usable_answers(answers, bank or default_bank())
    return with_implied(costs, kept)


def projection_of(costs: Any, prices: Any = None) -> tuple[Any, list[str]]:
    """The cost projection (:func:`advisor.costs.projection.project`), or None and why not."""
    from advisor.costs.projection import project
    from advisor.costs.pricing import load_price_table

    from advisor.decision.cost_uncertainty import with_uncertainty

    try:
        prices = prices if prices is not None else load_price_table()
        costs = costs if costs is not None else {}
        return with_uncertainty(project(costs, prices), costs, prices), []
    except Exception as error:  # bad inputs or prices: the rules that need it simply do not hold
        log.info("cost projection failed: %s", error)
        return None, [translate("decision", "The cost projection could not be computed ({0}), so no condition that "
                                "needs it holds; check the cost inputs.").format(error)]


def derived_facts(costs: Mapping[str, Any] | None, projection: Any = None,
                  projection_failed: bool = False) -> tuple[dict[str, float | None], list[str]]:
    """``derived.NAME`` figures; one that cannot be computed is None (and named in a warning)."""
    values: dict[str, float | None] = {}
    warnings: list[str] = []
    for name, figure in DERIVED.items():
        value: float | None = None
        if not (figure.needs_projection and (projection is None or projection_failed)):
            try:
                value = figure.compute(dict(costs or {}), projection)
                if value is not None and not math.isfinite(float(value)):
                    raise ValueError("not a finite number")
            except (TypeError, ValueError, KeyError, OverflowError, ZeroDivisionError) as error:
                log.info("derived figure %s failed: %s", name, error)
                label = translate("decision", figure.label)
                warnings.append(translate("decision", "{0} could not be computed from the cost inputs, so no "
                                          "condition that needs it holds; check the cost inputs.")
                                .format(label[:1].upper() + label[1:]))
                value = None
        values[DERIVED_PREFIX + name] = None if value is None else float(value)
    return values, warnings


# --- the trace ------------------------------------------------------------------------------------

_GROUP_WORDS = {"all": QT_TRANSLATE_NOOP("decision", "all of these hold"),
                "any": QT_TRANSLATE_NOOP("decision", "at least one of these holds"),
                "not": QT_TRANSLATE_NOOP("decision", "the following does not hold")}


def _trace(condition: Condition, facts: Mapping[str, Any], rules: RuleSet, depth: int,
           out: list[Check]) -> bool:
    """Evaluate without short-cutting, so the trace shows every condition and its value."""
    if isinstance(condition, Leaf):
        held = condition.holds(facts)
        seen = facts.get(condition.fact)
        out.append(Check(depth, "leaf", fill_text(leaf_words(condition, rules.bank), facts, rules.bank), held,
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
    out[position] = Check(depth, kind, translate("decision", _GROUP_WORDS[kind]), held)
    return held


def _seen_text(rules: RuleSet, fact: str, seen: Any) -> str:
    question = rules.bank.get(fact)
    if question is not None:
        return question.shown_label(seen)
    if fact.startswith(MEASURED_PREFIX):
        return reading_words(seen)
    if fact.startswith(DERIVED_PREFIX):
        from advisor.costs.derived import show

        return show(seen, DERIVED[fact[len(DERIVED_PREFIX):]].unit)
    return translate("decision", "unknown") if seen is None else str(seen)


def trace_rules(rules: RuleSet, facts: Mapping[str, Any], upto: int) -> list[RuleTrace]:
    traces = []
    for rule in rules.rules[:upto + 1]:
        checks: list[Check] = []
        held = True if rule.when is None else _trace(rule.when, facts, rules, 0, checks)
        if rule.when is None:
            checks.append(Check(0, "leaf", translate("decision", "no earlier rule applied"), True))
        traces.append(RuleTrace(rule.id, translate("rules", rule.title), rule.verdict, held, tuple(checks)))
    return traces


# --- prompt evidence --------------------------------------------------------------------------

def _lab_measurements(lab: Any, evidence: Evidence | None,
                      bar: float | None) -> tuple[dict[str, Any], list[Reason]]:
    """The ``measured.*`` facts (contract section 8, "Prompt evidence, v3") and the sentences that
    give their numbers: documents meeting the bar where the prompt alone does not (rule 6), and the
    few-shot curve's reading (a confidence drop where it contradicts the verdict). No lab, no facts:
    the rules then see "not measured"."""
    if not isinstance(lab, Mapping):
        return {}, []
    lab = dict(lab)
    model = evidence.model if evidence is not None and evidence.source == "run" else lab.get("model")
    curve = lab_readings.shots_curve(lab, model if isinstance(model, str) else None)
    shots_reading = lab_readings.shots_reading(curve)
    found = lab_readings.retrieval_confirmation(lab, bar)
    facts = {MEASURED_PREFIX + "context_meets_bar": found is not None,
             MEASURED_PREFIX + "shots_reading": shots_reading}
    reasons = []
    if found is not None and bar is not None:
        runs = translate("decision", "Your prompt-lab runs")
        reasons.append(Reason("context_evidence", lab_readings.describe_confirmation(found, bar),
                              runs, "measured", "", runs))
    sentence = lab_readings.describe_reading(curve, shots_reading)
    if sentence:
        runs = translate("decision", "Your prompt-lab runs (the few-shot curve)")
        reasons.append(Reason("shots_curve", sentence, runs, "measured", "", runs))
    return facts, reasons


def _evidence_json(evidence: Evidence) -> dict[str, Any]:
    """The contract's ``prompt_evidence``: model, passed, failed, n, pass_rate, the interval, source."""
    return evidence.to_json()  # full precision: every rendering rounds the same numbers the same way


def _evidence_reason(evidence: Evidence, reading: Reading, answer: Any, bar: float | None,
                     rules: RuleSet) -> Reason:
    said = rules.bank.get("prompting_tried").shown_label(answer) if answer is not None else ""
    measured = evidence_module.describe(evidence, bar)
    overrules = (translate("decision", " You answered “{0}”; the measurement overrules that.").format(said)
                 if reading.disagrees else "")
    if reading.status == "meets":
        text = translate("decision", "{0}: prompting meets your bar.").format(measured) + overrules
    elif reading.status == "falls_short":
        text = translate("decision", "{0}: even the top of the interval is below your bar, so prompting "
                                     "falls short.").format(measured) + overrules
    elif reading.status == "inconclusive":
        text = (translate("decision", "{0}: too close to your bar to tell either way, so the advice keeps your "
                                      "answer (“{1}”). Test more cases to settle it.") if said else
                translate("decision", "{0}: too close to your bar to tell either way, so the advice keeps your "
                                      "answer. Test more cases to settle it.")).format(measured, said)
    elif reading.status == "thin":
        text = translate("decision", "{0}: fewer than {1} cases, too few to decide; test at least {1}.").format(
            measured, evidence_module.MIN_CASES)
    else:
        text = translate("decision", "{0}. Answer the quality-bar question to let this measurement decide.").format(
            measured)
    if evidence.source == "run":
        source = (translate("decision", "Your prompt-lab run of {0}").format(shown_numbers.date(evidence.run_at[:10]))
                  if evidence.run_at else translate("decision", "Your prompt-lab run"))
    else:
        source = translate("decision", "Your own measurement (answers to the measured pass-rate questions)")
    return Reason("prompt_evidence", text, source, "evidence", "", source)


# --- confidence -----------------------------------------------------------------------------------

def _holds_without(condition: Condition | None, dropped: Leaf, facts: Mapping[str, Any]) -> bool:
    """Whether ``condition`` holds with the comparison ``dropped`` taken as false."""
    if condition is None:
        return True
    if isinstance(condition, Leaf):
        return False if condition is dropped else condition.holds(facts)
    if isinstance(condition, Not):
        return not _holds_without(condition.item, dropped, facts)
    results = [_holds_without(item, dropped, facts) for item in condition.items]
    return all(results) if isinstance(condition, AllOf) else any(results)


def narrow_thresholds(rule: Rule, facts: Mapping[str, Any], rules: RuleSet) -> list[str]:
    """Drop (b): numeric comparisons the deciding rule needed and passed by less than 25 %."""
    found = []
    for leaf in leaves(rule.when):
        if leaf.op not in ("gte", "gt", "lte", "lt") or leaf.fact not in rules.bank or not leaf.holds(facts):
            continue
        threshold = facts.get(leaf.ref) if leaf.ref else leaf.value
        seen = facts.get(leaf.fact)
        if not threshold or abs(seen - threshold) >= NEAR * abs(threshold):
            continue
        if _holds_without(rule.when, leaf, facts):
            continue  # another way through the rule holds as well: this threshold did not decide it
        shown = _seen_text(rules, leaf.ref, threshold) if leaf.ref else rules.bank.get(leaf.fact).shown_label(threshold)
        found.append(translate("decision", "It rests on a threshold passed narrowly: {0} against {1} ({2}).").format(
            rules.bank.get(leaf.fact).shown_label(seen), shown, fill_text(leaf_words(leaf, rules.bank), facts, rules.bank)))
    return found


def confidence(missing: list[str], narrow: list[str], doubts: list[str], reading: Reading,
               evidence: Evidence | None, rules: RuleSet) -> tuple[str, list[str]]:
    """The level and its reasons: high, less one level per drop of CONTRACT section 3."""
    reasons: list[str] = []
    if missing:
        quoted = translate("decision", "“{0}”")  # German quotes „…“
        names = "; ".join(quoted.format(rules.bank.get(q).shown_text) for q in missing[:3]) + (
            "…" if len(missing) > 3 else "")
        reasons.append((translate("decision", "1 unanswered question could change the verdict: {1}")
                        if len(missing) == 1 else
                        translate("decision", "{0} unanswered questions could change the verdict: {1}"))
                       .format(len(missing), names))
    reasons += narrow
    reasons += doubts
    if evidence is not None and reading.status in ("thin", "inconclusive", "no_bar"):
        why = {"thin": translate("decision", "The prompt evidence rests on fewer than {0} cases."),
               "inconclusive": translate("decision", "The prompt evidence is too close to your bar to tell."),
               "no_bar": translate("decision", "The prompt evidence cannot be weighed without a quality bar.")}
        reasons.append(why[reading.status].format(evidence_module.MIN_CASES))
    drops = len(reasons)
    if not reasons:
        reasons.append(translate("decision", "Nothing lowers it: every answer that could change the verdict is "
                                             "given, no threshold is passed narrowly, and the cost projection "
                                             "does not contradict it."))
    return LEVELS[min(drops, 2)], reasons


# --- evaluate -------------------------------------------------------------------------------------

def _first_holding(items: Any, facts: Mapping[str, Any]) -> Any:
    return next((item for item in items if item.when is None or item.when.holds(facts)), None)


def evaluate(answers: Mapping[str, Any] | None, costs: Mapping[str, Any] | None = None,
             rules: RuleSet | None = None, bank: QuestionBank | None = None,
             prompt_lab: Mapping[str, Any] | None = None, prices: Any = None) -> Recommendation:
    """The recommendation for ``answers``: verdict, reasons, trace, what would change it."""
    if rules is None:
        rules = default_rules() if bank is None else load_rules(bank=bank)
    kept, warnings = usable_answers(answers, rules.bank)
    in_force = inputs_in_force(costs, kept, rules.bank)  # as given, plus what the answers imply for the unset
    projection, projection_warnings = projection_of(in_force, prices)
    derived, derived_warnings = derived_facts(in_force if isinstance(in_force, dict) else {},
                                              projection, projection is None)
    warnings += projection_warnings or derived_warnings
    facts: dict[str, Any] = {**kept, **derived}

    bar = kept.get("quality_bar_pct")
    evidence = evidence_module.prompt_evidence(prompt_lab, kept)
    reading = evidence_module.read_prompting(kept.get("prompting_tried"), evidence, bar)
    if reading.value is not None:
        facts["prompting_tried"] = reading.value
    fixed = frozenset({"prompting_tried"}) if reading.decided else frozenset()
    measured, measured_reasons = _lab_measurements(prompt_lab, evidence, bar)
    facts.update(measured)

    index = rules.first_match(facts)
    rule = rules.rules[index]
    verdict = rule.verdict
    info = rules.verdicts[verdict]
    if info.self_hosted and projection is not None:
        projection, priced = _priced_as_self_hosting(costs, in_force, facts, prices)
    else:
        priced = facts  # the facts the cost sentence and drop (c) read; the rules read ``facts``
    options = candidates(rules, facts)  # once: missing answers, counterfactuals and the gate share it
    # each counterfactual is proven on its own answers' projection, not on this one
    refigure = Refigure(costs, facts, derived, figures_on(prices, projection_of, derived_facts), PROJECTED)
    missing = missing_questions(rules, facts, verdict, options, refigure)

    reasons = [Reason(rule.id, fill_text(rule.rationale, facts, rules.bank), str(rule.source), "rule",
                      rule.source.url, rule.source.title)]
    with_verdict = {**facts, VERDICT_FACT: verdict}
    for note in rules.notes:
        if note.when.holds(with_verdict):
            reasons.append(Reason(note.id, fill_text(note.text, facts, rules.bank), str(note.source),
                                  "note", note.source.url, note.source.title))
    if evidence is not None:
        reasons.insert(1, _evidence_reason(evidence, reading, kept.get("prompting_tried"), bar, rules))
    reasons[1 + (evidence is not None):1 + (evidence is not None)] = measured_reasons
    priced_verdict = {**priced, VERDICT_FACT: verdict}
    doubts = [fill_text(d.text, priced, rules.bank) for d in rules.doubts if d.when.holds(priced_verdict)]
    also = [{"verdict": a.verdict, "reason": fill_text(a.text, facts, rules.bank)}
            for a in rules.also if a.when.holds(with_verdict)]
    candidates_read = read_candidates(prompt_lab, bar, info, evidence,
                                      evidence_module.cost_per_1k_of(prompt_lab, evidence))
    at = 2 if evidence is not None else 1  # beside Claude's prompt evidence, which it is weighed against
    own = translate("decision", "Your prompt-lab run of your own model")
    reasons[at:at] = [Reason("candidate_evidence", text, own, "candidate") for text in candidates_read.rationale]
    level, confidence_reasons = confidence(missing, narrow_thresholds(rule, facts, rules),
                                           doubts + candidates_read.drops, reading, evidence, rules)
    cost_note = ""
    if projection is not None:
        note = _first_holding(rules.cost_notes, priced_verdict)
        cost_note = fill_text(note.text, priced, rules.bank) if note else ""
        cost_note = " ".join(filter(None, (cost_note, uncertainty_sentence(projection))))
    log.debug("verdict %s by rule %s (confidence %s, %d missing)", verdict, rule.id, level, len(missing))
    return Recommendation(
        verdict=verdict, rule=rule.id, title=translate("rules", info.title), provisional=bool(missing),
        confidence=level, confidence_reasons=confidence_reasons,
        reasons=reasons, trace=_with_reading(trace_rules(rules, facts, index), reading, kept, rules),
        missing=missing,
        counterfactuals=find_counterfactuals(rules, facts, verdict, options=options, fixed=fixed,
                                             refigure=refigure),
        gate=gate_explanation(rules, facts, verdict),
        gate_changes=None if rules.gate is None or verdict == rules.gate.verdict
        else path_to_gate(rules, facts, options, fixed, refigure),
        meaning=translate("rules", info.meaning), next_steps=[translate("rules", step) for step in info.next_steps],
        prompt_evidence=None if evidence is None else _evidence_json(evidence),
        warnings=warnings, cost_note=cost_note, evidence_status=reading.status,
        cost_caveats=_cost_caveats(costs, in_force, info) if projection is not None else [],
        projection=projection, projection_error=_projection_error(projection_warnings), also=also,
    )


def _cost_caveats(costs: Any, in_force: Any, info: Any) -> list[str]:
    """What the figures do not rest on yet: only defaults, or none of the advice's own costs."""
    from advisor.costs.inputs import COST_INPUTS_BY_ID

    typed = set(costs) & set(COST_INPUTS_BY_ID) if isinstance(costs, dict) else set()
    used = set(in_force) & set(COST_INPUTS_BY_ID) if isinstance(in_force, dict) else set()
    caveats = []
    if not used:
        caveats.append(translate("decision", "These figures rest on the default cost inputs only; enter your own "
                                             "under Costs."))
    if info.unpriced and not typed & set(info.priced_by):
        caveats.append(translate("rules", info.unpriced))
    return caveats


def _with_reading(trace: list[RuleTrace], reading: Reading, kept: Mapping[str, Any],
                  rules: RuleSet) -> list[RuleTrace]:
    """Where the evidence decided "prompting", each check on it shows the answer given beside
    how the evidence reads it, so the trace never seems to misquote the user."""
    if not reading.decided:
        return trace
    question = rules.bank.get("prompting_tried")
    answer = kept.get("prompting_tried")
    said = (translate("decision", "you answered “{0}”").format(question.shown_label(answer)) if answer is not None
            else translate("decision", "you did not answer"))
    seen = translate("decision", "{0}, as the prompt evidence reads it ({1})").format(
        question.shown_label(reading.value), said)
    return [t._replace(checks=tuple(c._replace(seen_text=seen) if c.fact == "prompting_tried" else c
                                    for c in t.checks)) for t in trace]


def _priced_as_self_hosting(costs: Any, in_force: dict[str, Any], facts: dict[str, Any],
                            prices: Any) -> tuple[Any, dict[str, Any]]:
    """The one projection re-priced for serving a model you host (CONTRACT section 8), and the
    facts the cost sentence and the confidence read from it."""
    from advisor.costs.presets import self_host_inputs

    inputs = self_host_inputs(costs, in_force)
    projection, _warnings = projection_of(inputs, prices)
    derived, _warnings = derived_facts(inputs, projection, projection is None)
    return (projection._replace(self_hosted=True) if projection is not None else None), {**facts, **derived}


def _projection_error(warnings: list[str]) -> str:
    """The projection's failure in the words the summary's cost warning uses."""
    text = warnings[0] if warnings else ""
    start, end = text.find("("), text.rfind(")")
    return text[start + 1:end] if start >= 0 and end > start else text
