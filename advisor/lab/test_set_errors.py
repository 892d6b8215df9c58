"""What the test-set readers (advisor.lab.test_sets, advisor.lab.promptfoo) share: their error,
and the checks every imported test passes whatever its format."""
from __future__ import annotations

from typing import Any

from advisor.core.i18n import translate

MAX_DEPTH = 64  # levels of nesting in one test: a test needs a handful (a JSON Schema a few more)


class TestSetError(ValueError):
    """A file that cannot be imported; the message names the file's row (or line) and column."""

    __test__ = False  # not a pytest test class, whatever its name

    def __init__(self, message: str, row: int | None = None, column: str | None = None) -> None:
        super().__init__(message)
        self.row = row
        self.column = column


def scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def text_problem(value: Any) -> str | None:
    """Why a parsed test is not plain text all through, or None: nested past MAX_DEPTH, or a
    string holding a lone UTF-16 surrogate (JSON's "\\ud800"), which no file can save as UTF-8.
    Walked without recursion, so a hostile depth is reported rather than crashing the walk."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return translate("test_sets", "is nested more than {0} levels deep").format(MAX_DEPTH)
        if isinstance(node, dict):
            stack += [(key, depth + 1) for key in node] + [(item, depth + 1) for item in node.values()]
        elif isinstance(node, list):
            stack += [(item, depth + 1) for item in node]
        elif isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError as error:
                code = ord(node[error.start])
                return translate("test_sets", "holds a lone UTF-16 surrogate ({0}), which is not text; remove it "
                                              "or write the whole character").format(f"\\u{code:04x}")
    return None
