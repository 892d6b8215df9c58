"""What every expectation check gives back, shared by advisor.lab.expectations and its JSON checks."""
from __future__ import annotations

from typing import NamedTuple


class Check(NamedTuple):  # not a dataclass: importing dataclasses costs every command 7 ms
    """The outcome of one expectation on a reply: held or not, and why, in plain words."""

    passed: bool
    reason: str


class CheckError(Exception):
    """The reply (or the expectation) could not be checked at all: an error for that one test,
    with the reason in plain words, never a pass, a fail or a crash of the run."""


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
