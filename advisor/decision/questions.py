"""The question bank, read from ``resources/questions.toml``.

Everything that asks, checks or explains an answer reads it from here: the file validator,
the rule engine and the questionnaire screen.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
from advisor.core.resource_cache import shipped_toml
from advisor.core.numbers import is_finite_number  # re-exported: one check for the whole project
from advisor.core import shown_numbers

QUESTION_TYPES = ("choice", "multi", "integer", "number", "boolean")


class QuestionBankError(ValueError):
    """The questions file itself is broken: a developer's mistake, named precisely."""


# Records are NamedTuples, not frozen dataclasses: equally immutable, but a frozen dataclass
# costs about 0.7 ms to define, and every command pays that at start-up.
class Option(NamedTuple):
    value: str
    label: str


class Question(NamedTuple):
    id: str
    section: str
    type: str
    text: str
    help: str = ""
    options: tuple[Option, ...] = ()
    minimum: float | None = None
    min_exclusive: bool = False
    maximum: float | None = None
    unit: str = ""
    show_if: tuple[str, tuple[str, ...]] | None = None  # (question id, values that show it)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(option.value for option in self.options)

    def label_for(self, value: Any, english: bool = False) -> str:
        """The human wording of an answer, for reasons and summaries (``english``: as the command
        line writes it, whatever the window's locale)."""
        if value is None:
            return "not answered" if english else translate("decision", "not answered")
        if self.type == "boolean":
            return "Yes" if value else "No"  # as the options read
        if self.type == "choice":
            return self.label_for_option(value)
        if self.type == "multi":
            return ", ".join(self.label_for_option(v) for v in value) or ("none" if english else
                                                                          translate("decision", "none"))
        if shown_numbers.localised() and not english:  # the window's 1.234 and 1.234 $
            decimals = 0 if float(value).is_integer() else len(repr(float(value)).split(".")[1])
            if self.unit == "USD":
                return shown_numbers.money(value, decimals)
            return f"{shown_numbers.number(value, decimals)} {self.unit}".strip()  # shown_label translates the unit
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
        if self.unit == "USD":
            return f"${text}"
        return f"{text} {self.unit}".strip()

    def label_for_option(self, value: str) -> str:
        return next((o.label for o in self.options if o.value == value), value)

    # The window's wording: the record keeps the English of questions.toml (ids, the command line
    # and the file read it); these translate it where it is shown (translations/toml_strings.py).
    @property
    def shown_text(self) -> str:
        return translate("questions", self.text)

    @property
    def shown_help(self) -> str:
        return translate("questions", self.help)

    @property
    def shown_unit(self) -> str:
        return translate("questions", self.unit) if self.unit else ""

    def shown_label(self, value: Any) -> str:
        """``label_for`` in the window's language: option labels and the unit translated."""
        if value is None:
            return translate("questions", "not answered")
        if self.type == "boolean":
            return translate("questions", "Yes") if value else translate("questions", "No")
        if self.type == "choice":
            return translate("questions", self.label_for_option(value))
        if self.type == "multi":
            return ", ".join(translate("questions", self.label_for_option(v)) for v in value) or \
                translate("questions", "none")
        text = self.label_for(value)
        if self.unit and text.endswith(" " + self.unit):
            return text[:-len(self.unit)] + self.shown_unit
        return text

    def allowed_text(self, shown: bool = False) -> str:
        """What a valid answer looks like, for error messages (``shown``: in the window's language;
        the file checks keep English)."""
        if self.type in ("choice", "multi", "boolean"):
            key = self.type
        else:
            key = ("range" if self.maximum is not None else "any" if self.minimum is None
                   else "above" if self.min_exclusive else "at_least") + ("_whole" if self.type == "integer" else "")
        template = _ALLOWED[key]
        return (translate("decision", template) if shown else template).format(
            ", ".join(self.values), f"{self.minimum or 0:g}", f"{self.maximum or 0:g}")

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
        if self.maximum is not None and value > self.maximum:
            return False
        if self.minimum is None:
            return True
        return value > self.minimum if self.min_exclusive else value >= self.minimum

    def is_shown(self, answers: dict[str, Any]) -> bool:
        if self.show_if is None:
            return True
        question_id, values = self.show_if
        return answers.get(question_id) in values


# What a valid answer looks like, by kind: {0} the values, {1} the minimum, {2} the maximum
_ALLOWED = {"choice": QT_TRANSLATE_NOOP("decision", "one of {0}"),
            "multi": QT_TRANSLATE_NOOP("decision", "a list of any of {0}"),
            "boolean": QT_TRANSLATE_NOOP("decision", "true or false"),
            "range_whole": QT_TRANSLATE_NOOP("decision", "a whole number from {1} to {2}"),
            "range": QT_TRANSLATE_NOOP("decision", "a number from {1} to {2}"),
            "any_whole": QT_TRANSLATE_NOOP("decision", "a whole number"),
            "any": QT_TRANSLATE_NOOP("decision", "a number"),
            "above_whole": QT_TRANSLATE_NOOP("decision", "a whole number above {1}"),
            "above": QT_TRANSLATE_NOOP("decision", "a number above {1}"),
            "at_least_whole": QT_TRANSLATE_NOOP("decision", "a whole number of at least {1}"),
            "at_least": QT_TRANSLATE_NOOP("decision", "a number of at least {1}")}


class Section(NamedTuple):
    id: str
    title: str
    questions: tuple[Question, ...] = ()

    @property
    def shown_title(self) -> str:
        return translate("questions", self.title)


class QuestionBank:
    """The sections in order, with every question indexed by id (the engine looks up hundreds)."""

    __slots__ = ("sections", "questions", "_by_id")

    def __init__(self, sections: tuple[Section, ...]) -> None:
        object.__setattr__(self, "sections", tuple(sections))
        object.__setattr__(self, "questions", tuple(q for s in self.sections for q in s.questions))
        object.__setattr__(self, "_by_id", {q.id: q for q in self.questions})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"QuestionBank is read-only; cannot set {name!r}")

    def get(self, question_id: str) -> Question | None:
        try:
            return self._by_id.get(question_id)
        except TypeError:  # an unhashable id (a list from a hostile file) names no question
            return None

    def __contains__(self, question_id: object) -> bool:
        return self.get(question_id) is not None  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, QuestionBank) and self.sections == other.sections

    def __hash__(self) -> int:
        return hash(self.sections)

    def __repr__(self) -> str:
        return f"QuestionBank({len(self.questions)} questions in {len(self.sections)} sections)"


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
        maximum=raw.get("max"),
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
    if path is None:
        return parse_question_bank(shipped_toml("questions.toml"))
    import tomllib  # only when a file other than the shipped one is read

    with open(path, "rb") as handle:
        return parse_question_bank(tomllib.load(handle))


@lru_cache(maxsize=1)
def default_bank() -> QuestionBank:
    """The shipped question bank, read once."""
    return load_question_bank()
