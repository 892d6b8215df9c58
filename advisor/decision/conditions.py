"""Conditions of the rules file: simple comparisons on facts, combined with all / any / not.

Facts live in one flat dict: the usable answers by question id, ``derived.NAME`` figures
computed from the cost inputs, ``measured.NAME`` readings of the prompt lab's runs, and (for
advisory notes only) ``verdict``. An absent fact is an
unanswered question: every comparison on it is false, only ``missing`` and ``answered`` test it.
"""
from __future__ import annotations

import re
from typing import Any, Mapping, NamedTuple

from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
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
    "context_meets_bar": Measured(QT_TRANSLATE_NOOP("decision", "a run with your documents meets your bar where "
                                                    "the prompt alone falls short"), "boolean"),
    "shots_reading": Measured(QT_TRANSLATE_NOOP("decision", "the few-shot curve"), "choice", ("flat", "rising", "none")),
}
_READINGS = {True: QT_TRANSLATE_NOOP("decision", "yes"), False: QT_TRANSLATE_NOOP("decision", "no"),
             "flat": QT_TRANSLATE_NOOP("decision", "flat"), "rising": QT_TRANSLATE_NOOP("decision", "rising"),
             "none": QT_TRANSLATE_NOOP("decision", "none")}


def reading_words(seen: Any) -> str:
    """A ``measured.*`` fact as the trace shows it: "not measured", "yes", "flat"…"""
    if seen is None:
        return translate("decision", "not measured")
    words = _READINGS.get(seen)
    return str(seen) if words is None else translate("decision", words)


def measured_reading(fact: str) -> Measured | None:
    """The lab reading ``measured.NAME`` names, or None for any other fact."""
    return MEASURED.get(fact[len(MEASURED_PREFIX):]) if fact.startswith(MEASURED_PREFIX) else None

_PHRASES = {"eq": QT_TRANSLATE_NOOP("decision", "{0} is {1}"), "ne": QT_TRANSLATE_NOOP("decision", "{0} is not {1}"),
            "in": QT_TRANSLATE_NOOP("decision", "{0} is one of {1}"),
            "not_in": QT_TRANSLATE_NOOP("decision", "{0} is none of {1}"),
            "contains": QT_TRANSLATE_NOOP("decision", "{0} includes {1}"),
            "contains_any": QT_TRANSLATE_NOOP("decision", "{0} includes any of {1}"),
            "gte": QT_TRANSLATE_NOOP("decision", "{0} is at least {1}"),
            "gt": QT_TRANSLATE_NOOP("decision", "{0} is more than {1}"),
            "lte": QT_TRANSLATE_NOOP("decision", "{0} is at most {1}"),
            "lt": QT_TRANSLATE_NOOP("decision", "{0} is less than {1}")}
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



def describe_leaf(leaf: Leaf, bank: QuestionBank, english: bool = False) -> str:
    """Plain words for a condition the rules file did not word itself (``english``: as the rules
    file keeps them, whatever the window's language; :func:`leaf_words` shows them translated)."""
    def say(text: str, context: str = "decision") -> str:
        return text if english else translate(context, text)

    question = bank.get(leaf.fact)
    if leaf.fact.startswith(DERIVED_PREFIX):
        subject = say(DERIVED[leaf.fact[len(DERIVED_PREFIX):]].label)
    elif leaf.fact.startswith(MEASURED_PREFIX):
        subject = say(MEASURED[leaf.fact[len(MEASURED_PREFIX):]].label)
    elif leaf.fact == VERDICT_FACT:
        subject = say(QT_TRANSLATE_NOOP("decision", "the verdict"))
    else:
        subject = f"“{say(question.text, 'questions')}”" if question else leaf.fact
    if leaf.op in ("missing", "answered"):
        answered = leaf.value == (leaf.op == "answered")
        return say(QT_TRANSLATE_NOOP("decision", "{0} is answered") if answered
                   else QT_TRANSLATE_NOOP("decision", "{0} is unanswered") if leaf.op == "missing"
                   else QT_TRANSLATE_NOOP("decision", "{0} is not answered")).format(subject)
    if leaf.ref:
        shown = say(DERIVED[leaf.ref[len(DERIVED_PREFIX):]].label)
    elif isinstance(leaf.value, tuple):
        shown = ", ".join(_label(question, v, english) for v in leaf.value)
    else:
        shown = _label(question, leaf.value, english)
    return say(_PHRASES[leaf.op]).format(subject, shown)


def leaf_words(leaf: Leaf, bank: QuestionBank) -> str:
    """The condition's words for the reader: the rules file's own ``says``, or :func:`describe_leaf`'s
    in the window's language (the loaded rules keep them in English)."""
    if leaf.says == describe_leaf(leaf, bank, english=True):
        return describe_leaf(leaf, bank)
    return leaf.says  # the rules file's own words: fill_text translates them (translations/toml_strings.py)


def _label(question: Question | None, value: Any, english: bool = False) -> str:
    if question is None:
        return str(value)
    quoted = "“{0}”" if english else translate("decision", "“{0}”")
    if question.type == "multi":
        option = question.label_for_option(value)
        return quoted.format(option if english else translate("questions", option))
    label = question.label_for(value, english) if english else question.shown_label(value)
    return quoted.format(label) if question.type == "choice" else label
