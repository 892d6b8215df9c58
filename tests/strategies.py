"""Hypothesis strategies shared by the property tests: valid answers to the question bank."""
from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from advisor.decision.questions import Question, default_bank


def _any_number(question: Question) -> st.SearchStrategy[Any]:
    top = question.maximum
    if question.type == "integer":
        return st.integers(min_value=0, max_value=int(top) if top is not None else 10**9)
    low = 0.001 if question.min_exclusive else 0
    return st.one_of(st.integers(min_value=1, max_value=int(top) if top is not None else 10**7),
                     st.floats(min_value=low, max_value=top if top is not None else 1e9,
                               allow_nan=False, allow_infinity=False))


def answer_values(question: Question, numbers: dict[str, st.SearchStrategy[Any]] | None = None):
    """Any valid answer to ``question``; ``numbers`` may name the strategy for a numeric one."""
    if question.type == "choice":
        return st.sampled_from(question.values)
    if question.type == "multi":
        return st.lists(st.sampled_from(question.values), unique=True)
    if question.type == "boolean":
        return st.booleans()
    numbers = numbers or {}
    return numbers[question.id] if question.id in numbers else _any_number(question)


def answers(numbers: dict[str, st.SearchStrategy[Any]] | None = None):
    """Each question either unanswered (left out) or given any valid value."""
    return st.fixed_dictionaries({}, optional={q.id: answer_values(q, numbers)
                                               for q in default_bank().questions})
