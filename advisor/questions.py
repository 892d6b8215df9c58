"""The question bank, read from ``resources/questions.toml``.

Everything that asks, checks or explains an answer reads it from here: the file validator,
the rule engine and the questionnaire screen.
"""
from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from advisor import paths

QUESTION_TYPES = ("choice", "multi", "integer", "number", "boolean")


class QuestionBankError(ValueError):
    """The questions file itself is broken: a developer's mistake, named precisely."""


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class Question:
    id: str
    section: str
    type: str
    text: str
    help: str = ""
    options: tuple[Option, ...] = ()
    minimum: float | None = None
    min_exclusive: bool = False
    unit: str = ""
    show_if: tuple[str, tuple[str, ...]] | None = None  # (question id, values that show it)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(option.value for option in self.options)

    def label_for(self, value: Any) -> str:
        """The human wording of an answer, for reasons and summaries."""
        if value is None:
            return "not answered"
        if self.type == "boolean":
            return "yes" if value else "no"
        if self.type == "choice":
            return next((o.label for o in self.options if o.value == value), str(value))
        if self.type == "multi":
            labels = [self.label_for_option(v) for v in value]
            return ", ".join(labels) if labels else "none"
        if self.type in ("integer", "number"):
            text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
            return f"{text} {self.unit}".strip() if self.unit and self.unit != "USD" else (
                f"${text}" if self.unit == "USD" else text)
        return str(value)

    def label_for_option(self, value: str) -> str:
        return next((o.label for o in self.options if o.value == value), value)

    def allowed_text(self) -> str:
        """What a valid answer looks like, for error messages."""
        if self.type == "choice":
            return "one of " + ", ".join(self.values)
        if self.type == "multi":
            return "a list of any of " + ", ".join(self.values)
        if self.type == "boolean":
            return "true or false"
        kind = "a whole number" if self.type == "integer" else "a number"
        if self.minimum is None:
            return kind
        relation = "above" if self.min_exclusive else "of at least"
        return f"{kind} {relation} {self.minimum:g}"

    def problem_with(self, value: Any) -> str | None:
        """Why ``value`` is not a valid answer, or None when it is."""
        if self.type == "choice":
            ok = isinstance(value, str) and value in self.values
        elif self.type == "multi":
            ok = (isinstance(value, list) and all(isinstance(v, str) and v in self.values for v in value)
                  and len(set(value)) == len(value))
        elif self.type == "boolean":
            ok = isinstance(value, bool)
        else:
            ok = is_finite_number(value, integer=self.type == "integer") and self._meets_minimum(value)
        return None if ok else f"must be {self.allowed_text()}"

    def _meets_minimum(self, value: float) -> bool:
        if self.minimum is None:
            return True
        return value > self.minimum if self.min_exclusive else value >= self.minimum

    def is_shown(self, answers: dict[str, Any]) -> bool:
        if self.show_if is None:
            return True
        question_id, values = self.show_if
        return answers.get(question_id) in values


def is_finite_number(value: Any, *, integer: bool = False) -> bool:
    """A JSON number that is not a boolean, NaN or infinite (and whole, when asked)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if integer:
        return isinstance(value, int)
    return math.isfinite(value)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    questions: tuple[Question, ...] = field(default=())


@dataclass(frozen=True)
class QuestionBank:
    sections: tuple[Section, ...]

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for s in self.sections for q in s.questions)

    def get(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def __contains__(self, question_id: object) -> bool:
        return any(q.id == question_id for q in self.questions)


def _parse_question(raw: dict[str, Any], section_ids: set[str]) -> Question:
    qid = raw.get("id")
    where = f"question {qid!r}" if qid else "a question with no id"
    if not isinstance(qid, str) or not qid:
        raise QuestionBankError(f"{where}: needs an id")
    if raw.get("type") not in QUESTION_TYPES:
        raise QuestionBankError(f"{where}: type {raw.get('type')!r} is not one of {', '.join(QUESTION_TYPES)}")
    if raw.get("section") not in section_ids:
        raise QuestionBankError(f"{where}: section {raw.get('section')!r} is not declared in [[sections]]")
    options = tuple(Option(str(o["value"]), str(o.get("label", o["value"]))) for o in raw.get("options", []))
    if raw["type"] in ("choice", "multi") and not options:
        raise QuestionBankError(f"{where}: a {raw['type']} question needs options")
    show_if = raw.get("show_if")
    return Question(
        id=qid,
        section=raw["section"],
        type=raw["type"],
        text=str(raw.get("text", qid)),
        help=str(raw.get("help", "")),
        options=options,
        minimum=raw.get("min"),
        min_exclusive=bool(raw.get("min_exclusive", False)),
        unit=str(raw.get("unit", "")),
        show_if=(show_if["question"], tuple(show_if["in"])) if show_if else None,
    )


def parse_question_bank(data: dict[str, Any]) -> QuestionBank:
    section_ids = {s["id"] for s in data.get("sections", [])}
    questions = [_parse_question(raw, section_ids) for raw in data.get("questions", [])]
    ids = [q.id for q in questions]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise QuestionBankError(f"question ids appear twice: {', '.join(sorted(duplicates))}")
    for q in questions:
        if q.show_if and q.show_if[0] not in ids:
            raise QuestionBankError(f"question {q.id!r}: show_if names unknown question {q.show_if[0]!r}")
    sections = tuple(
        Section(s["id"], s.get("title", s["id"]), tuple(q for q in questions if q.section == s["id"]))
        for s in data.get("sections", [])
    )
    return QuestionBank(sections)


def load_question_bank(path: Path | None = None) -> QuestionBank:
    path = path or paths.resource("questions.toml")
    with open(path, "rb") as handle:
        return parse_question_bank(tomllib.load(handle))


@lru_cache(maxsize=1)
def default_bank() -> QuestionBank:
    """The shipped question bank, read once."""
    return load_question_bank()
