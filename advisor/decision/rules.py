"""The rules file (``resources/rules.toml``): read, checked against the question bank, and held
as small condition objects the engine evaluates.

A mistake in the file (an unknown question, operator, value, verdict or derived figure) is a
developer's mistake, refused at load with a :class:`RulesError` naming the rule and the problem,
so a typo can never silently change the advice.
"""
from __future__ import annotations

import logging
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from advisor.decision.conditions import (DERIVED, DERIVED_PREFIX, MEASURED, MEASURED_PREFIX, PLACEHOLDER,
                                         VERDICT_FACT, AllOf, AnyOf, Condition, Leaf, Not, describe_leaf,
                                         fill_text, format_usd, leaves, measured_reading)
from advisor.core.resource_cache import shipped_toml
from advisor.decision.questions import Question, QuestionBank, default_bank

log = logging.getLogger(__name__)

_NUMERIC = ("eq", "ne", "gte", "gt", "lte", "lt", "missing", "answered")
OPERATORS_BY_KIND: dict[str, tuple[str, ...]] = {
    "choice": ("eq", "ne", "in", "not_in", "missing", "answered"),
    "boolean": ("eq", "ne", "missing", "answered"),
    "multi": ("contains", "contains_any", "missing", "answered"),
    "integer": _NUMERIC,
    "number": _NUMERIC,
    "derived": ("eq", "ne", "gte", "gt", "lte", "lt"),
    "verdict": ("eq", "ne", "in", "not_in"),
}
OPERATORS = tuple(dict.fromkeys(op for ops in OPERATORS_BY_KIND.values() for op in ops))


class RulesError(ValueError):
    """The rules file is broken; the message names the file, the rule and the problem."""


# --- rules, notes, verdicts ----------------------------------------------------------------------

class Source(NamedTuple):
    """A public source, listed once in rules.toml [sources] with what it supports."""

    title: str
    url: str = ""
    citation: str = ""
    id: str = ""
    claim: str = ""  # what the advisor relies on it for
    checked: str = ""  # the date (YYYY-MM-DD) it was last checked to say so

    def __str__(self) -> str:
        return f"{self.title} — {self.url or self.citation}"


class Rule(NamedTuple):
    id: str
    title: str
    verdict: str
    rationale: str
    source: Source
    when: Condition | None  # None: always applies (the "otherwise" rule)
    gate: bool = False

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return self.when is None or self.when.holds(facts)


class Note(NamedTuple):
    id: str
    text: str
    source: Source
    when: Condition


class Doubt(NamedTuple):
    """Confidence drop (c): the verdict and the cost projection disagree when ``when`` holds."""

    id: str
    text: str
    when: Condition


class Also(NamedTuple):
    """A further step the record supports on top of the verdict (``also`` in the summary)."""

    id: str
    verdict: str
    text: str
    when: Condition


class CostNote(NamedTuple):
    """One way to say how the verdict sits with the projection; the first that holds is used."""

    text: str
    when: Condition | None


# What the prompt lab can measure for a verdict: the prompt alone, a context (retrieval or the
# whole documents), or the few-shot curve.
EVIDENCE_KINDS = ("prompt_alone", "context", "few_shot_curve")


class VerdictInfo(NamedTuple):
    """One verdict, all of it declared in rules.toml ``[verdicts]``: code asks these fields and
    never compares against a verdict id, so adding a verdict is an edit of that file alone."""

    id: str
    title: str
    short: str
    meaning: str
    next_steps: tuple[str, ...]
    colour: str  # the accent of the screen, the PDF and the HTML (one colour-blind-safe palette)
    tint: str  # a light background of the same hue, for the printed verdict box
    trains_model: bool = False  # the advice means training a model of your own
    evidence: str = ""  # what the lab measures for it: one of EVIDENCE_KINDS, or "" (nothing)
    self_hosted: bool = False  # priced as serving your own model (CONTRACT section 8)
    priced_by: tuple[str, ...] = ()  # cost inputs the advice's own costs live in
    unpriced: str = ""  # what the summary says while none of priced_by is entered
    teacher_labels: bool = False  # the next step is a training set Claude labels (the dataset command)


class RuleSet(NamedTuple):
    rules: tuple[Rule, ...]
    notes: tuple[Note, ...]
    verdicts: dict[str, VerdictInfo]
    phrasing: dict[str, str | dict[Any, str]]
    bank: QuestionBank
    referenced: tuple[str, ...] = ()  # question ids the rules (not notes) test
    sources: dict[str, Source] = {}
    doubts: tuple[Doubt, ...] = ()
    cost_notes: tuple[CostNote, ...] = ()
    also: tuple[Also, ...] = ()

    def first_match(self, facts: Mapping[str, Any]) -> int:
        """Index of the first rule that holds; the loader guarantees the last one always does."""
        for index, rule in enumerate(self.rules):
            if rule.when is None or rule.when.holds(facts):
                return index
        return len(self.rules) - 1

    @property
    def gate(self) -> Rule | None:
        return next((rule for rule in self.rules if rule.gate), None)

    @property
    def verdict_ids(self) -> tuple[str, ...]:
        return tuple(self.verdicts)


# --- loading and checking ------------------------------------------------------------------------

class _Checker:
    """Turns the raw TOML into rule objects, naming where each problem is."""

    def __init__(self, bank: QuestionBank, origin: str) -> None:
        self.bank = bank
        self.origin = origin
        self.verdicts: tuple[str, ...] = ()  # filled once [verdicts] is read: the file declares them
        self.sources: dict[str, Source] = {}  # filled once [sources] is read

    def fail(self, where: str, problem: str) -> RulesError:
        return RulesError(f"{self.origin}, {where}: {problem}")

    def text(self, where: str, raw: dict[str, Any], key: str, required: bool = True) -> str:
        value = raw.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(where, f"needs a {key} (text)")
        self.placeholders(where, value)
        return value

    def placeholders(self, where: str, text: str) -> None:
        for kind, name in PLACEHOLDER.findall(text):
            if kind == "answer" and name not in self.bank:
                raise self.fail(where, f"text quotes unknown question '{name}'")
            if kind == "derived" and name not in DERIVED:
                raise self.fail(where, f"text quotes unknown derived figure '{name}'; known: {', '.join(DERIVED)}")

    def source(self, where: str, raw: Any) -> Source:
        """A rule or note names its source by its id in [sources]."""
        if not isinstance(raw, str) or raw not in self.sources:
            raise self.fail(where, f"source {raw!r} is not listed in [sources]; "
                                   f"use one of {', '.join(self.sources) or 'the ids there'}")
        return self.sources[raw]

    def condition(self, where: str, raw: Any, allow_verdict: bool) -> Condition:
        if not isinstance(raw, dict):
            raise self.fail(where, f"a condition must be a table, not {raw!r}")
        shapes = [k for k in ("all", "any", "not", "fact") if k in raw]
        if len(shapes) != 1:
            raise self.fail(where, f"a condition needs exactly one of all, any, not or fact; found {sorted(raw)}")
        shape = shapes[0]
        if shape in ("all", "any"):
            items = raw[shape]
            if set(raw) != {shape} or not isinstance(items, list) or not items:
                raise self.fail(where, f"'{shape}' takes a non-empty list of conditions and nothing else")
            parsed = tuple(self.condition(where, item, allow_verdict) for item in items)
            return AllOf(parsed) if shape == "all" else AnyOf(parsed)
        if shape == "not":
            if set(raw) != {"not"}:
                raise self.fail(where, "'not' takes one condition and nothing else")
            return Not(self.condition(where, raw["not"], allow_verdict))
        return self.leaf(where, raw, allow_verdict)

    def leaf(self, where: str, raw: dict[str, Any], allow_verdict: bool) -> Leaf:
        fact = raw["fact"]
        kind, question = self.fact_kind(where, fact, allow_verdict)
        ops = [k for k in raw if k not in ("fact", "says")]
        unknown = [k for k in ops if k not in OPERATORS]
        if unknown:
            raise self.fail(where, f"unknown operator '{unknown[0]}' on '{fact}'; use one of {', '.join(OPERATORS)}")
        if len(ops) != 1:
            raise self.fail(where, f"the condition on '{fact}' needs exactly one operator, found {len(ops)}")
        op = ops[0]
        if op not in OPERATORS_BY_KIND[kind]:
            raise self.fail(where, f"operator '{op}' does not apply to '{fact}' ({kind}); "
                                   f"use one of {', '.join(OPERATORS_BY_KIND[kind])}")
        value, ref = self.operand(where, fact, kind, question, op, raw[op])
        says = raw.get("says")
        if says is not None and (not isinstance(says, str) or not says.strip()):
            raise self.fail(where, f"'says' on '{fact}' must be text")
        if says:
            self.placeholders(where, says)
        leaf = Leaf(fact, op, value, "", ref)
        return Leaf(fact, op, value, says or describe_leaf(leaf, self.bank, english=True), ref)

    def fact_kind(self, where: str, fact: Any, allow_verdict: bool) -> tuple[str, Question | None]:
        if not isinstance(fact, str):
            raise self.fail(where, f"fact must be a question id, not {fact!r}")
        if fact.startswith((DERIVED_PREFIX, MEASURED_PREFIX)):  # a figure, or a reading of the lab's runs
            kind = "derived" if fact.removeprefix(DERIVED_PREFIX) in DERIVED else getattr(measured_reading(fact), "kind", "")
            if not kind:
                what, names = (("derived figure", DERIVED) if fact.startswith(DERIVED_PREFIX) else ("lab reading", MEASURED))
                raise self.fail(where, f"unknown {what} '{fact}'; known: {', '.join(fact[:fact.index('.') + 1] + n for n in names)}")
            return kind, None
        if fact == VERDICT_FACT:
            if not allow_verdict:
                raise self.fail(where, "a rule cannot test the verdict; only notes can")
            return "verdict", None
        question = self.bank.get(fact)
        if question is None:
            raise self.fail(where, f"unknown question '{fact}'")
        return question.type, question

    def operand(self, where: str, fact: str, kind: str, question: Question | None, op: str,
                value: Any) -> tuple[Any, str | None]:
        def bad(allowed: str) -> RulesError:
            return self.fail(where, f"value {value!r} is not allowed for '{fact}' {op}: {allowed}")

        if op in ("missing", "answered"):
            if not isinstance(value, bool):
                raise bad("use true or false")
            return value, None
        if kind in ("integer", "number", "derived"):
            if isinstance(value, str) and value.startswith(DERIVED_PREFIX):
                if value[len(DERIVED_PREFIX):] not in DERIVED:
                    raise self.fail(where, f"unknown derived figure '{value}' in the condition on '{fact}'")
                return None, value
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise bad("use a number or derived.NAME")
            return value, None
        allowed = self.verdicts if kind == "verdict" else question.values if question else measured_reading(fact).values
        if kind == "boolean":
            if not isinstance(value, bool):
                raise bad("use true or false")
            return value, None
        if op in ("in", "not_in", "contains_any"):
            if not isinstance(value, list) or not value or any(v not in allowed for v in value):
                raise bad("use a non-empty list of " + ", ".join(allowed))
            return tuple(value), None
        if value not in allowed:
            raise bad("use one of " + ", ".join(allowed))
        return value, None

    def verdict(self, where: str, raw: dict[str, Any]) -> str:
        verdict = raw.get("verdict")
        if verdict not in self.verdicts:
            raise self.fail(where, f"unknown verdict {verdict!r}; use one of {', '.join(self.verdicts)}")
        return verdict


_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_RULE_KEYS = {"id", "title", "verdict", "rationale", "source", "when", "gate"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_rules(data: dict[str, Any], bank: QuestionBank | None = None, origin: str = "rules") -> RuleSet:
    """The checked rule set of a parsed rules file: verdicts, then rules, notes and phrasing."""
    check = _Checker(bank or default_bank(), origin)
    check.sources = _parse_sources(check, data.get("sources"))
    verdicts = _parse_verdicts(check, data.get("verdicts"))
    check.verdicts = tuple(verdicts)
    rules = _parse_rule_list(check, data.get("rules") or [])
    notes = tuple(_parse_note(check, position, raw)
                  for position, raw in enumerate(data.get("notes") or [], start=1))
    doubts = tuple(_parse_doubt(check, position, raw)
                   for position, raw in enumerate(data.get("doubts") or [], start=1))
    cost_notes = _parse_cost_notes(check, data.get("cost_notes") or [])
    also = tuple(_parse_also(check, position, raw) for position, raw in enumerate(data.get("also") or [], start=1))
    phrasing = _parse_phrasing(check, data.get("phrasing") or {})
    referenced = tuple(dict.fromkeys(
        leaf.fact for rule in rules for leaf in leaves(rule.when) if leaf.fact in check.bank))
    _check_sources_used(check, rules, notes)
    return RuleSet(rules, notes, verdicts, phrasing, check.bank, referenced, check.sources, doubts, cost_notes,
                   also)


def _parse_sources(check: _Checker, raw_sources: Any) -> dict[str, Source]:
    if not isinstance(raw_sources, dict) or not raw_sources:
        raise check.fail("[sources]", "the file needs a [sources] table listing every source once")
    sources: dict[str, Source] = {}
    for sid, raw in raw_sources.items():
        where = f"source '{sid}'"
        if not isinstance(raw, dict):
            raise check.fail(where, "must be a table with title, url, claim and checked")
        title, url, claim = (check.text(where, raw, key) for key in ("title", "url", "claim"))
        if not url.startswith("https://"):
            raise check.fail(where, "needs a public https:// address")
        checked = str(raw.get("checked", ""))
        if not _DATE.fullmatch(checked):
            raise check.fail(where, "needs the date it was checked, as checked = \"YYYY-MM-DD\"")
        sources[sid] = Source(title, url, "", sid, claim, checked)
    return sources


def _check_sources_used(check: _Checker, rules: tuple[Rule, ...], notes: tuple[Note, ...]) -> None:
    used = {item.source.id for item in rules + notes}
    unused = [sid for sid in check.sources if sid not in used]
    if unused:
        raise check.fail(f"source '{unused[0]}'", "no rule or note cites it")


def _parse_doubt(check: _Checker, position: int, raw: Any) -> Doubt:
    did = raw.get("id") if isinstance(raw, dict) else None
    where = f"doubt '{did}'" if isinstance(did, str) and did else f"doubt #{position}"
    if not isinstance(raw, dict) or not isinstance(did, str) or "when" not in raw:
        raise check.fail(where, "needs an id, a 'when' and a text")
    return Doubt(did, check.text(where, raw, "text"), check.condition(where, raw["when"], True))


def _parse_also(check: _Checker, position: int, raw: Any) -> Also:
    doubt = _parse_doubt(check, position, raw)  # the same shape (id, when, text), plus a verdict
    return Also(doubt.id, check.verdict(f"also '{doubt.id}'", raw), doubt.text, doubt.when)


def _parse_cost_notes(check: _Checker, raw_notes: list[Any]) -> tuple[CostNote, ...]:
    notes = []
    for position, raw in enumerate(raw_notes, start=1):
        where = f"cost note #{position}"
        if not isinstance(raw, dict):
            raise check.fail(where, "must be a table with a text and a 'when'")
        notes.append(CostNote(check.text(where, raw, "text"),
                              check.condition(where, raw["when"], True) if "when" in raw else None))
    if notes and notes[-1].when is not None:
        raise check.fail(f"cost note #{len(notes)}", "the last cost note must have no 'when', so every verdict gets one")
    return tuple(notes)


def _parse_verdicts(check: _Checker, raw_verdicts: Any) -> dict[str, VerdictInfo]:
    if not isinstance(raw_verdicts, dict) or not raw_verdicts:
        raise check.fail("[verdicts]", "the file needs a [verdicts] section declaring each verdict")
    verdicts: dict[str, VerdictInfo] = {}
    for vid, raw in raw_verdicts.items():
        where = f"verdict '{vid}'"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", vid) or not isinstance(raw, dict):
            raise check.fail(where, "a verdict id is lower-case letters, digits and _, and holds a table")
        steps = raw.get("next_steps", [])
        if not isinstance(steps, list) or not all(isinstance(s, str) for s in steps):
            raise check.fail(where, "next_steps must be a list of texts")
        colours = [raw.get(key) for key in ("colour", "tint")]
        if not all(isinstance(c, str) and _COLOUR.fullmatch(c) for c in colours):
            raise check.fail(where, "needs a colour and a tint, each as #RRGGBB")
        trains = raw.get("trains_model", False)
        if not isinstance(trains, bool):
            raise check.fail(where, "trains_model must be true or false")
        path = raw.get("self_hosted", False)
        if not isinstance(path, bool):
            raise check.fail(where, "self_hosted must be true or false")
        teacher = raw.get("teacher_labels", False)
        if not isinstance(teacher, bool):
            raise check.fail(where, "teacher_labels must be true or false")
        priced_by = raw.get("priced_by", [])
        if not isinstance(priced_by, list) or not all(isinstance(i, str) for i in priced_by):
            raise check.fail(where, "priced_by must be a list of cost input ids")
        evidence = raw.get("evidence", "")
        if evidence not in ("", *EVIDENCE_KINDS):
            raise check.fail(where, f"evidence must be one of {', '.join(EVIDENCE_KINDS)}")
        verdicts[vid] = VerdictInfo(vid, check.text(where, raw, "title"), check.text(where, raw, "short"),
                                    check.text(where, raw, "meaning"), tuple(steps), colours[0], colours[1],
                                    trains, evidence=evidence, self_hosted=path, priced_by=tuple(priced_by),
                                    unpriced=str(raw.get("unpriced", "")), teacher_labels=teacher)
    return verdicts


def _parse_rule_list(check: _Checker, raw_rules: list[Any]) -> tuple[Rule, ...]:
    """The rules in order; the last one must always apply and be the only one that does."""
    rules: list[Rule] = []
    for position, raw in enumerate(raw_rules, start=1):
        rule = _parse_rule(check, position, raw)
        if any(r.id == rule.id for r in rules):
            raise check.fail(f"rule '{rule.id}'", "the id is used twice")
        if rules and rules[-1].when is None:
            raise check.fail(f"rule '{rule.id}'", f"can never apply: rule '{rules[-1].id}' before it always applies")
        rules.append(rule)
    if not rules:
        raise check.fail("[[rules]]", "the file holds no rules")
    if rules[-1].when is not None:
        raise check.fail(f"rule '{rules[-1].id}'", "the last rule must have no 'when', so every assessment gets a verdict")
    if sum(r.gate for r in rules) > 1:
        raise check.fail("[[rules]]", "only one rule can be the gate")
    given = {r.verdict for r in rules}
    unused = [v for v in check.verdicts if v not in given]
    if unused:
        raise check.fail(f"verdict '{unused[0]}'", "no rule gives this verdict")
    return tuple(rules)


def _parse_rule(check: _Checker, position: int, raw: Any) -> Rule:
    rid = raw.get("id") if isinstance(raw, dict) else None
    where = f"rule '{rid}'" if isinstance(rid, str) and rid else f"rule #{position}"
    if not isinstance(raw, dict) or not isinstance(rid, str) or not rid:
        raise check.fail(where, "needs an id")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise check.fail(where, f"unknown key {sorted(unknown)[0]!r}")
    return Rule(
        id=rid, title=check.text(where, raw, "title"), verdict=check.verdict(where, raw),
        rationale=check.text(where, raw, "rationale"), source=check.source(where, raw.get("source")),
        when=check.condition(where, raw["when"], False) if "when" in raw else None,
        gate=raw.get("gate", False) is True,
    )


def _parse_note(check: _Checker, position: int, raw: Any) -> Note:
    nid = raw.get("id") if isinstance(raw, dict) else None
    where = f"note '{nid}'" if isinstance(nid, str) and nid else f"note #{position}"
    if not isinstance(raw, dict) or not isinstance(nid, str) or "when" not in raw:
        raise check.fail(where, "needs an id and a 'when'")
    return Note(nid, check.text(where, raw, "text"), check.source(where, raw.get("source")),
                check.condition(where, raw["when"], True))


def _parse_phrasing(check: _Checker, raw: dict[str, Any]) -> dict[str, str | dict[Any, str]]:
    result: dict[str, str | dict[Any, str]] = {}
    for qid, wording in raw.items():
        where = f"phrasing '{qid}'"
        question = check.bank.get(qid)
        if question is None:
            raise check.fail(where, f"unknown question '{qid}'")
        if isinstance(wording, str):
            if re.sub(r"\{label\}", "", wording).count("{"):
                raise check.fail(where, "a template may only use {label}")
            result[qid] = wording
            continue
        if not isinstance(wording, dict) or question.type not in ("choice", "boolean"):
            raise check.fail(where, "use a template string, or a table of values for a choice or yes/no question")
        table: dict[Any, str] = {}
        for key, text in wording.items():
            value: Any = {"true": True, "false": False}.get(key) if question.type == "boolean" else key
            if (question.type == "boolean" and value is None) or (
                    question.type == "choice" and key not in question.values):
                raise check.fail(where, f"value {key!r} is not allowed; use {question.allowed_text()}")
            table[value] = str(text)
        result[qid] = table
    return result


def load_rules(path: Path | None = None, bank: QuestionBank | None = None) -> RuleSet:
    """Read and check a rules file; RulesError names the rule and the problem."""
    path = Path(path) if path else None
    name = path.name if path else "rules.toml"
    try:
        if path is None:
            data = shipped_toml(name)  # parsed once, then read from the cache folder
        else:
            import tomllib  # only for a rules file other than the shipped one

            with open(path, "rb") as handle:
                data = tomllib.load(handle)
    except OSError as error:
        raise RulesError(f"{name}: cannot be read ({error.strerror or error})") from None
    except ValueError as error:  # tomllib.TOMLDecodeError, or bytes that are not UTF-8
        raise RulesError(f"{name}: is not valid TOML ({error})") from None
    return parse_rules(data, bank, name)


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The shipped rules, read once."""
    return load_rules()


__all__ = ["DERIVED", "DERIVED_PREFIX", "VERDICT_FACT", "AllOf", "AnyOf", "Condition", "CostNote", "Doubt", "Leaf",
           "Not", "Note", "Rule", "RuleSet", "RulesError", "Source", "VerdictInfo", "default_rules",
           "describe_leaf", "fill_text", "format_usd", "leaves", "load_rules", "parse_rules"]
