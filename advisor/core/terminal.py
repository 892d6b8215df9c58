"""Terminal output that file data cannot take over (issue 17 #12).

A title, a test name or a server's reply may hold escape sequences: printed raw they can clear the
screen, retitle the terminal window, fake earlier output or hide text. The commands' output goes
through :func:`clean`, which drops escape sequences and every control character except tab and
newline. JSON stays valid: raw control characters only ever sit inside its strings, and the C0
ones are already written as ``\\u`` escapes by ``json.dumps``.
"""
from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from typing import Any, Iterator, TextIO

# ESC followed by a CSI, OSC, DCS/SOS/PM/APC string or a single character; and the 8-bit CSI.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|.?)"
                      r"|\x9b[0-?]*[ -/]*[@-~]?", re.DOTALL)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
_CONTROLS_KEEP_CR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NEEDS_WORK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# Bidirectional embeddings, overrides, isolates and marks: invisible, yet they reorder what a reader
# sees ("invoice" written backwards after U+202E). Reports show them as <U+202E> (issue 28 #10).
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def show_bidi(text: str) -> str:
    """``text`` with each bidirectional control written visibly, as ``<U+202E>``."""
    return _BIDI_CONTROLS.sub(lambda match: f"<U+{ord(match.group()):04X}>", text)


def clean(text: str) -> str:
    """``text`` without escape sequences or control characters (tab, newline and CR-LF stay)."""
    if not _NEEDS_WORK.search(text):
        return text  # the usual case costs one scan
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


_PROGRESS = "\r\x1b[K"  # what `eval` itself writes to redraw its progress line


def clean_keeping_progress(text: str) -> str:
    """For stderr: as :func:`clean`, but the app's own progress-line redraw survives."""
    if not _NEEDS_WORK.search(text):
        return text
    parts = text.split(_PROGRESS)
    return _PROGRESS.join(_CONTROLS_KEEP_CR.sub("", _ESCAPES.sub("", part)) for part in parts)


class CleanWriter:
    """A text stream that cleans what is written and passes everything else to the real one."""

    def __init__(self, inner: TextIO, cleaner: Any = clean) -> None:
        self._inner = inner
        self._cleaner = cleaner

    def write(self, text: str) -> int:
        self._inner.write(self._cleaner(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, buffer, encoding ...
        return getattr(self._inner, name)


@contextmanager
def cleaned_output() -> Iterator[None]:
    """While a command runs, what it prints on stdout and stderr is cleaned."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = CleanWriter(out)  # type: ignore[assignment]
    sys.stderr = CleanWriter(err, clean_keeping_progress)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
