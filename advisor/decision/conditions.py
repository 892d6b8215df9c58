"""Conditions of the rules file: simple comparisons on facts, combined with all / any / not.

Facts live in one flat dict: the usable answers by question id, ``derived.NAME`` figures
computed from the cost inputs, ``measured.NAME`` readings of the prompt lab's runs, and (for
advisory notes only) ``verdict``. An absent fact is an
unanswered question: every comparison on it is false, only ``missing`` and ``answered`` test it.
"""
from __future__ import annotations

import re
from typing import Any, Mapping, NamedTuple

from advisor.core.i18n import translate
from advisor.costs import derived
from advisor.decision.questions import Question, QuestionBank

DERIVED_PREFIX = "derived."
VERDICT_FACT = "verdict"  # the verdict itself, a fact only advisory notes may test

# name -> Derived(plain words, function of the cost inputs and projection, unit)
DERIVED = derived.FIGURES

MEASURED_PREFIX = "measured."


class Measured(NamedTuple):
    """A reading of the lab's runs the rules may test (contract section 8, "Prompt evidence, v3")."""

    label: str
    kind: str  # "boolean" or "choice"
    values: tuple[str, ...] = ()


# name -> Measured; set by the engine from the prompt lab (absent without a lab: "not measured")
MEASURED = {
    "context_meets_bar": Measured("a run with your documents meets your bar where the prompt alone "
                                  "falls short", "boolean"),
    "shots_reading": Measured("the few-shot curve", "choice", ("flat", "rising", "none")),
}


def measured_reading(fact: str) -> Measured | None:
    """The lab reading ``measured.NAME`` names, or None for any other fact."""
    return MEASURED.get(fact[len(MEASURED_PREFIX):]) if fact.startswith(MEASURED_PREFIX) else None

_PHRASES = {"eq": "is", "ne": "is not", "in": "is one of", "not_in": "is none of",
            "contains": "includes", "contains_any": "includes any of", "gte": "is at least",
            "gt": "is more than", "lte": "is at most", "lt": "is less than"}
PLACEHOLDER = re.compile(r"\{(answer|derived):([a-z0-9_]+)\}")


# --- conditions --------------------------------------------------------------------------------

class Leaf(NamedTuple):
    """One comparison: ``fact OP value``. Facts are looked up in one flat dict of answers,
    ``derived.NAME`` figures and (for notes) ``verdict``; an absent fact is unanswered."""

    fact: str
    op: str
    value: Any
    says: str
    ref: str | None = None  # "derived.NAME" when the value is a derived figure

    def test(self, seen: Any, facts: Mapping[str, Any]) -> bool:
        op = self.op
        if op == "missing":
            return (seen is None) == self.value
        if op == "answered":
            return (seen is not None) == self.value
        if seen is None:
            return False
        target = facts.get(self.ref) if self.ref else self.value
        if target is None:
            return False  # a derived figure that could not be computed proves nothing
        if op == "eq":
            return seen == target
        if op == "ne":
            return seen != target
        if op == "in":
            return seen in target
        if op == "not_in":
            return seen not in target
        if op == "contains":
            return target in seen
        if op == "contains_any":
            return any(v in seen for v in target)
        if op == "gte":
            return seen >= target
        if op == "gt":
            return seen > target
        if op == "lte":
            return seen <= target
        return seen < target  # "lt"; the loader admits no other operator

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return self.test(facts.get(self.fact), facts)


class AllOf(NamedTuple):
    items: tuple[Condition, ...]

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return all(item.holds(facts) for item in self.items)


class AnyOf(NamedTuple):
    items: tuple[Condition, ...]

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return any(item.holds(facts) for item in self.items)


class Not(NamedTuple):
    item: Condition

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return not self.item.holds(facts)


Condition = Leaf | AllOf | AnyOf | Not


def leaves(condition: Condition | None) -> list[Leaf]:
    if condition is None:
        return []
    if isinstance(condition, Leaf):
        return [condition]
    if isinstance(condition, Not):
        return leaves(condition.item)
    return [leaf for item in condition.items for leaf in leaves(item)]



format_usd = derived.format_usd  # re-exported: the rules texts and the trace show money this way


def fill_text(text: str, facts: Mapping[str, Any], bank: QuestionBank) -> str:
    """Replace ``{answer:ID}`` with the answer's label and ``{derived:NAME}`` with the figure;
    a text of rules.toml is translated first (the window's language; English on the CLI)."""
    def replace(match: re.Match[str]) -> str:
        kind, name = match.groups()
        if kind == "answer":
            question = bank.get(name)
            return question.shown_label(facts.get(name)) if question else name
        return derived.show(facts.get(DERIVED_PREFIX + name), DERIVED[name].unit)
    return PLACEHOLDER.sub(replace, translate("rules", text))



def describe_leaf(leaf: Leaf, bank: QuestionBank) -> str:
    """Plain words for a condition the rules file did not word itself."""
    question = bank.get(leaf.fact)
    if leaf.fact.startswith(DERIVED_PREFIX):
        subject = DERIVED[leaf.fact[len(DERIVED_PREFIX):]].label
    elif leaf.fact.startswith(MEASURED_PREFIX):
        subject = MEASURED[leaf.fact[len(MEASURED_PREFIX):]].label
    elif leaf.fact == VERDICT_FACT:
        subject = "the verdict"
    else:
        subject = f"“{question.text}”" if question else leaf.fact
    if leaf.op == "missing":
        return f"{subject} is {'not ' if leaf.value else ''}answered".replace("is not answered", "is unanswered")
    if leaf.op == "answered":
        return f"{subject} is {'' if leaf.value else 'not '}answered"
    if leaf.ref:
        shown = DERIVED[leaf.ref[len(DERIVED_PREFIX):]].label
    elif isinstance(leaf.value, tuple):
        shown = ", ".join(_label(question, v) for v in leaf.value)
    else:
        shown = _label(question, leaf.value)
    return f"{subject} {_PHRASES[leaf.op]} {shown}"


def _label(question: Question | None, value: Any) -> str:
    if question is None:
        return str(value)
    if question.type == "multi":
        return f"“{question.label_for_option(value)}”"
    label = question.label_for(value)
    return f"“{label}”" if question.type == "choice" else label
