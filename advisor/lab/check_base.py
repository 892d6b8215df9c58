"""What every expectation check gives back, shared by advisor.lab.expectations and its JSON checks."""
from __future__ import annotations

from typing import NamedTuple

from advisor.core.i18n import QT_TRANSLATE_NOOP, translate


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


def shown_text(shown: bool, context: str, text: str) -> str:
    """``text`` in the window's language when it is ``shown`` (an import's refusal, the editor); as
    written (English) for the file validator, whose messages the command line and its tests read."""
    return translate(context, text) if shown else text


# json_checks' explanations of a schema it cannot follow; here, where shown_reasons re-words them too
LOOP = QT_TRANSLATE_NOOP("expectations", "its $ref chain points back at itself without ever checking anything "
                         "(a $ref loop); make every $ref lead to a schema that checks something")
UNRESOLVED = QT_TRANSLATE_NOOP("expectations", "its $ref {0} leads to nothing in the schema (only references "
                               "within it, such as #/$defs/name, are followed; nothing is fetched from elsewhere)")
