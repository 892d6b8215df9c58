"""What would change the verdict: counterfactuals, the missing answers that matter, and what it
would take to justify fine-tuning.

Searching every combination of answers would be slow, so the search is led by the rules. For a
rule R to be the first match, R must hold and every rule before it must not. Each rule's
condition is put in disjunctive normal form (the ways it can hold, and the ways it can fail),
so "R fires" becomes a short list of *paths*: sets of simple comparisons, grouped by question.
For a path, the questions whose current answer breaks a comparison are exactly the ones that
must change; their new value is picked from a small candidate list (the allowed values of a
choice, the thresholds the rules use for a number, the subsets of the listed values for a list).
Every change set found is then proven by evaluating the rules with it; nothing is offered that
was not evaluated.
"""
from __future__ import annotations

import itertools
import logging
import math
from typing import Any, Callable, Mapping, NamedTuple

from advisor.core.i18n import translate
from advisor.costs.presets import IMPLYING_ANSWERS
from advisor.decision.conditions import leaf_words
from advisor.decision.questions import Question
from advisor.decision.rules import AllOf, Condition, Leaf, Not, RuleSet, fill_text, leaves

log = logging.getLogger(__name__)

MAX_PATHS = 512  # far above what the shipped rules need (under 30); guards against a runaway file
MAX_SHOWN_CHANGES = 2  # counterfactuals change one answer, then two

Literal = tuple[Leaf, bool]  # the comparison, and whether it must hold (True) or fail (False)
Path = dict[str, tuple[Literal, ...]]  # fact -> the comparisons on it
# (a trial's facts, the changes it made) -> the same facts with the derived.NAME figures of its
# own projection (advisor.decision.refigure.Refigure)
Refigurer = Callable[[Mapping[str, Any], Mapping[str, Any]], Mapping[str, Any]]


class Counterfactual(NamedTuple):
    changes: dict[str, Any]
    verdict: str
    text: str


class GateItem(NamedTuple):
    """One thing standing between these answers and the fine-tuning verdict."""

    needed: str
    now: str
    question: str | None = None


# --- planning: the paths that make each rule the first match ------------------------------------

def _dnf(condition: Condition | None, positive: bool = True) -> list[tuple[Literal, ...]]:
    if condition is None:  # always holds: no literal needed, and it can never fail
        return [()] if positive else []
    if isinstance(condition, Leaf):
        return [((condition, positive),)]
    if isinstance(condition, Not):
        return _dnf(condition.item, not positive)
    parts = [_dnf(item, positive) for item in condition.items]
    conjunction = isinstance(condition, AllOf) == positive  # De Morgan
    if not conjunction:
        return [c for part in parts for c in part][:MAX_PATHS]
    combined: list[tuple[Literal, ...]] = [()]
    for part in parts:
        combined = [a + b for a in combined for b in part][:MAX_PATHS]
    return combined


def _group(literals: tuple[Literal, ...], shared: dict[tuple[Any, ...], tuple[Literal, ...]]) -> Path:
    """The literals by fact; equal groups are one tuple in ``shared``, so a search tests each once."""
    path: dict[str, list[Literal]] = {}
    for literal in literals:
        path.setdefault(literal[0].fact, []).append(literal)
    return {fact: shared.setdefault(tuple((id(leaf), want) for leaf, want in lits), tuple(lits))
            for fact, lits in path.items()}


_PLANS: dict[int, tuple[RuleSet, list[list[Path]]]] = {}


def _plan(rules: RuleSet) -> list[list[Path]]:
    """For each rule, the paths (as grouped literals) that make it the first match."""
    cached = _PLANS.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    plans: list[list[Path]] = []
    shared: dict[tuple[Any, ...], tuple[Literal, ...]] = {}
    for index, rule in enumerate(rules.rules):
        combos: list[tuple[Literal, ...]] = list(_dnf(rule.when, True))
        for earlier in rules.rules[:index]:
            fails = _dnf(earlier.when, False)
            combos = [a + b for a in combos for b in fails][:MAX_PATHS]
        plans.append([_group(c, shared) for c in combos])
    if len(_PLANS) > 8:
        _PLANS.clear()
    _PLANS[id(rules)] = (rules, plans)
    return plans


# --- candidate values ----------------------------------------------------------------------------

def _nice_below(t: float) -> float:
    """The roundest number a little below ``t`` (900 below 1,000), for readable suggestions."""
    if t <= 0:
        return t - 1
    for k in range(int(math.floor(math.log10(t))), -3, -1):
        step = 10.0 ** k
        value = (math.ceil(t / step) - 1) * step
        if 0.8 * t <= value < t:
            return value
    return t - 1


def _nice_above(t: float) -> float:
    if t <= 0:
        return t + 1
    for k in range(int(math.floor(math.log10(t))), -3, -1):
        step = 10.0 ** k
        value = (math.floor(t / step) + 1) * step
        if t < value <= 1.25 * t:
            return value
    return t + 1


def _tidy(value: float, integer: bool) -> list[float | int]:
    if integer:
        return list(dict.fromkeys((int(math.floor(value)), int(math.ceil(value)))))
    return [int(value) if float(value).is_integer() else round(value, 2)]


class Candidates(dict[str, list[Any]]):
    """Values worth trying per question, for one set of facts, with a memo of the tests run on
    them: the missing answers, the counterfactuals and the gate search walk the same paths."""

    def __init__(self, values: dict[str, list[Any]], facts: Mapping[str, Any]) -> None:
        super().__init__(values)
        self.facts = facts
        # (fact, id of a shared literal group) → (the current answer passes, values that would)
        self.tested: dict[tuple[str, int], tuple[bool, list[Any]]] = {}


def candidates(rules: RuleSet, facts: Mapping[str, Any]) -> Candidates:
    """Values worth trying for each question the rules test, nearest to the current answer first."""
    mentioned: dict[str, list[Leaf]] = {}
    for rule in rules.rules:
        for leaf in leaves(rule.when):
            mentioned.setdefault(leaf.fact, []).append(leaf)
    result: dict[str, list[Any]] = {}
    for qid in rules.referenced:
        question = rules.bank.get(qid)
        current = facts.get(qid)
        if question.type == "choice":
            values: list[Any] = list(question.values)
        elif question.type == "boolean":
            values = [True, False]
        elif question.type == "multi":
            values = _multi_candidates(question, current, mentioned[qid])
        else:
            values = _number_candidates(question, current, mentioned[qid], facts)
        result[qid] = [v for v in values if question.problem_with(v) is None]
    return Candidates(result, facts)


def _multi_candidates(question: Question, current: Any, tests: list[Leaf]) -> list[list[str]]:
    listed = [v for v in question.values if any(
        v == leaf.value or (isinstance(leaf.value, tuple) and v in leaf.value) for leaf in tests)]
    base = [v for v in (current or []) if v not in listed]
    options = []
    for size in range(len(listed) + 1):
        for subset in itertools.combinations(listed, size):
            chosen = set(base) | set(subset)
            options.append([v for v in question.values if v in chosen])
    have = set(current or [])
    return sorted(options, key=lambda option: len(have.symmetric_difference(option)))


def _number_candidates(question: Question, current: Any, tests: list[Leaf],
                       facts: Mapping[str, Any]) -> list[float | int]:
    integer = question.type == "integer"
    values: list[float | int] = []
    for leaf in tests:
        threshold = facts.get(leaf.ref) if leaf.ref else leaf.value
        if leaf.op in ("missing", "answered") or threshold is None:
            continue
        for raw in (threshold, _nice_below(threshold), _nice_above(threshold)):
            values.extend(_tidy(raw, integer))
    values = list(dict.fromkeys(values))
    if isinstance(current, (int, float)):
        return sorted(values, key=lambda v: (abs(v - current), v))
    return sorted(values)


# --- solving and proving ----------------------------------------------------------------------

def _solve(path: Path, facts: Mapping[str, Any], changeable: set[str], limit: int,
           options: dict[str, list[Any]]) -> list[tuple[str, list[Any]]] | None:
    """The questions that must change for ``path`` to hold, each with the values that would do."""
    memo = options.tested if isinstance(options, Candidates) and options.facts is facts else None
    needed: list[tuple[str, list[Any]]] = []
    for fact, literals in path.items():
        tested = memo.get((fact, id(literals))) if memo is not None else None
        if tested is None:
            tested = _test(fact, literals, facts, options)
            if memo is not None:
                memo[(fact, id(literals))] = tested
        holds, fitting = tested
        if holds:
            continue
        if fact not in changeable or not fitting:
            return None
        needed.append((fact, fitting))
        if len(needed) > limit:
            return None
    return needed


def _test(fact: str, literals: tuple[Literal, ...], facts: Mapping[str, Any],
          options: Mapping[str, list[Any]]) -> tuple[bool, list[Any]]:
    """Whether the current answer passes the literals, and if not, the candidates that would."""
    current = facts.get(fact)
    if all(leaf.test(current, facts) == want for leaf, want in literals):
        return True, []
    return False, [v for v in options.get(fact, ()) if v != current
                   and all(leaf.test(v, facts) == want for leaf, want in literals)]


def _distance(changes: Mapping[str, Any], facts: Mapping[str, Any]) -> int:
    """How far a change set moves the answers: a list counts each item added or removed."""
    total = 0
    for qid, value in changes.items():
        if isinstance(value, list):
            total += len(set(facts.get(qid) or []).symmetric_difference(value))
        else:
            total += 1
    return total


def verdict_with(rules: RuleSet, facts: Mapping[str, Any], changes: Mapping[str, Any],
                 refigure: Refigurer | None = None) -> str:
    """The verdict with ``changes`` made; with ``refigure``, on the changed answers' own
    projection (labels held and retrains move the up-front cost and the break-even)."""
    trial: Mapping[str, Any] = {**facts, **changes}
    if refigure is not None:
        trial = refigure(trial, changes)
    return rules.rules[rules.first_match(trial)].verdict


def _targets(rules: RuleSet, current: str) -> list[int]:
    return [i for i, rule in enumerate(rules.rules) if rule.verdict != current]


def missing_questions(rules: RuleSet, facts: Mapping[str, Any], current: str,
                      options: dict[str, list[Any]] | None = None,
                      refigure: Refigurer | None = None) -> list[str]:
    """Unanswered questions whose answer (alone or with other unanswered ones) could change the
    verdict; each is part of a change set proven by evaluation."""
    unanswered = {q for q in rules.referenced if facts.get(q) is None}
    if not unanswered:
        return []
    options = options if options is not None else candidates(rules, facts)
    plans = _plan(rules)
    found: set[str] = set()
    for index in _targets(rules, current):
        for path in plans[index]:
            needed = _solve(path, facts, unanswered, len(unanswered), options)
            if not needed or {q for q, _ in needed} <= found:
                continue
            if verdict_with(rules, facts, {q: values[0] for q, values in needed}, refigure) != current:
                found.update(q for q, _ in needed)
    return [q.id for q in rules.bank.questions if q.id in found]


def find_counterfactuals(rules: RuleSet, facts: Mapping[str, Any], current: str,
                         limit: int = MAX_SHOWN_CHANGES,
                         options: dict[str, list[Any]] | None = None,
                         fixed: frozenset[str] = frozenset(),
                         refigure: Refigurer | None = None) -> list[Counterfactual]:
    """The smallest sets of answer changes (up to ``limit`` answers) that change the verdict.
    Questions in ``fixed`` are not offered for change (one the prompt evidence decided). With
    ``refigure`` each is proven on its own projection, so one change that also moves a derived
    figure (labels held lower the up-front cost) can be enough where the path search asked two."""
    options = options if options is not None else candidates(rules, facts)
    plans = _plan(rules)
    changeable = set(rules.referenced) - fixed
    found: dict[tuple[frozenset[str], str], dict[str, Any]] = {}
    tried: set[tuple[str, str]] = set()
    for index in _targets(rules, current):
        verdict = rules.rules[index].verdict
        for path in plans[index]:
            needed = _solve(path, facts, changeable, limit, options)
            if not needed:
                continue
            changes = {q: values[0] for q, values in needed}
            key = (frozenset(changes), verdict)
            if key in found and _distance(found[key], facts) <= _distance(changes, facts):
                continue  # another path already reached it with a change as small
            attempt = (verdict, repr(sorted(changes.items())))
            if attempt in tried:
                continue  # proven (and shrunk) or refused on an earlier path
            tried.add(attempt)
            if verdict_with(rules, facts, changes, refigure) == verdict:
                changes = _shrunk(rules, facts, changes, verdict, refigure)
                found[(frozenset(changes), verdict)] = changes
    order = {q.id: i for i, q in enumerate(rules.bank.questions)}
    result = []
    for (questions, verdict), changes in found.items():
        # smallest: no smaller change set already reaches the same verdict
        if any(other < questions and v == verdict for other, v in found):
            continue
        result.append(Counterfactual(dict(sorted(changes.items(), key=lambda kv: order[kv[0]])),
                                     verdict, describe_changes(rules, changes, verdict)))
    result.sort(key=lambda c: (len(c.changes), [order[q] for q in c.changes]))
    return result


def path_to_gate(rules: RuleSet, facts: Mapping[str, Any],
                 options: dict[str, list[Any]] | None = None,
                 fixed: frozenset[str] = frozenset(),
                 refigure: Refigurer | None = None) -> dict[str, Any] | None:
    """The fewest answer changes that would make the gate (fine-tuning) rule the verdict, proven."""
    gate = rules.gate
    if gate is None:
        return None
    index = rules.rules.index(gate)
    options = options if options is not None else candidates(rules, facts)
    best: dict[str, Any] | None = None
    for path in _plan(rules)[index]:
        needed = _solve(path, facts, set(rules.referenced) - fixed, len(rules.referenced), options)
        if needed is None or (best is not None and len(needed) >= len(best)):
            continue
        changes = {q: values[0] for q, values in needed}
        if verdict_with(rules, facts, changes, refigure) == gate.verdict:
            best = _shrunk(rules, facts, changes, gate.verdict, refigure)
    return best


def _shrunk(rules: RuleSet, facts: Mapping[str, Any], changes: dict[str, Any], verdict: str,
            refigure: Refigurer | None) -> dict[str, Any]:
    """``changes`` less every change the verdict does not need. The path search reads the
    original derived figures; a change that moves them (labels held lower the up-front cost)
    can make another change unneeded, which only proving on the new projection shows."""
    if refigure is None or len(changes) < 2 or IMPLYING_ANSWERS.isdisjoint(changes):
        return changes  # the derived figures did not move: the path search's set is the smallest
    for qid in list(changes):
        fewer = {q: v for q, v in changes.items() if q != qid}
        if len(changes) > 1 and verdict_with(rules, facts, fewer, refigure) == verdict:
            changes = fewer
    return changes


# --- plain words ---------------------------------------------------------------------------------

def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():  # an acronym such as "ML" keeps its capitals
        return text
    return text[:1].lower() + text[1:]


def _following(english: str, shown: str) -> str:
    """A label worded to follow other words: English lowers its first letter ("facts from…"); a
    translation keeps its own (German capitalises nouns)."""
    return _lower_first(english) if shown == english else shown


def phrase(rules: RuleSet, qid: str, value: Any) -> str:
    """"your ML team were dedicated": a changed answer, worded to follow "If"."""
    question = rules.bank.get(qid)
    wording = rules.phrasing.get(qid)
    if question.type == "multi":
        # German quotes each option („Einheitliches Format…“): its capital then reads right mid-sentence
        labels = [translate("option_in_sentence", "{0}").format(
            _following(question.label_for_option(v), translate("questions", question.label_for_option(v))))
            for v in value]
        label = (translate("decision", "{0} and {1}").format(", ".join(labels[:-1]), labels[-1]) if len(labels) > 1
                 else (labels or [translate("decision", "nothing")])[0])
    else:
        label = _following(question.label_for(value), question.shown_label(value))
    if question.type == "multi" and not value:
        return translate("decision", "nothing in “{0}” applied").format(question.shown_text)
    if isinstance(wording, dict) and value in wording:
        return translate("rules", wording[value])
    if isinstance(wording, str):
        return translate("rules", wording).replace("{label}", label)
    return translate("decision", "the answer to “{0}” were “{1}”").format(question.shown_text, label)


def describe_changes(rules: RuleSet, changes: Mapping[str, Any], verdict: str) -> str:
    parts = [phrase(rules, qid, value) for qid, value in changes.items()]
    joined = translate("decision", ", and ").join(parts)
    return translate("decision", "If {0}, the advice would be: {1}").format(
        joined, translate("rules", rules.verdicts[verdict].short))


def _seen(rules: RuleSet, fact: str, facts: Mapping[str, Any]) -> str:
    question = rules.bank.get(fact)
    if question is None:
        return fill_text("{derived:" + fact.split(".", 1)[-1] + "}", facts, rules.bank)
    return question.shown_label(facts.get(fact))


def gate_explanation(rules: RuleSet, facts: Mapping[str, Any], current: str) -> list[GateItem]:
    """What it would take to justify fine-tuning: earlier rules that would have to stop applying,
    then each failed condition of the niche-data gate, in plain words with today's answer."""
    gate = rules.gate
    if gate is None or current == gate.verdict:
        return []
    items: list[GateItem] = []
    for rule in rules.rules[:rules.rules.index(gate)]:
        if rule.holds(facts):
            held = [leaf for leaf in leaves(rule.when) if leaf.holds(facts)]
            now = "; ".join(fill_text(leaf_words(leaf, rules.bank), facts, rules.bank) for leaf in held)
            items.append(GateItem(translate("decision", "the rule “{0}” would have to stop applying").format(
                translate("rules", rule.title)), now,
                                  held[0].fact if held else None))
    parts: tuple[Condition, ...] = gate.when.items if isinstance(gate.when, AllOf) else (gate.when,)
    for part in parts:
        if part is None or part.holds(facts):
            continue
        involved = leaves(part)
        needed = translate("decision", " or ").join(fill_text(leaf_words(leaf, rules.bank), facts, rules.bank)
                                                    for leaf in involved)
        facts_seen = list(dict.fromkeys(leaf.fact for leaf in involved))
        now = "; ".join(_seen(rules, fact, facts) for fact in facts_seen)
        items.append(GateItem(needed, now, facts_seen[0]))
    return items
