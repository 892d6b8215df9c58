"""Problems found in a file, and how a message names the value it quotes."""
from __future__ import annotations

from typing import Any


class Findings:
    """Errors and warnings found in one document (a plain class: a dataclass costs start-up time)."""

    __slots__ = ("errors", "warnings")

    def __init__(self, errors: list[str] | None = None, warnings: list[str] | None = None) -> None:
        self.errors: list[str] = list(errors or [])
        self.warnings: list[str] = list(warnings or [])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Findings) and (self.errors, self.warnings) == (other.errors, other.warnings)

    def __repr__(self) -> str:
        return f"Findings(errors={self.errors!r}, warnings={self.warnings!r})"


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return {dict: "an object", list: "a list", str: "text", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


def shown(value: Any) -> str:
    """A value as a message quotes it: text in quotes, containers by kind, at most 40 characters."""
    if isinstance(value, str):
        text = repr(value)
    elif value is None or isinstance(value, (bool, dict, list)):
        text = type_name(value)
    else:
        text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."
