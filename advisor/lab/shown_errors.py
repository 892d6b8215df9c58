"""A run's saved errors in the window's language (issue 25).

A case keeps its error in English (``str()`` of advisor.claude.problems' ClaudeProblem, or a batch's
words): the assessment file, ``eval`` and the JUnit report read it as it is. The window re-words the
known ones when it shows them, from the same catalogue entries the live problem uses; the filled-in
parts (a host, a status, the API's own message) stay as they were written.
"""
from __future__ import annotations

import re

from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
from advisor.core.shown_problems import shown_problem
from advisor.lab.shown_reasons import shown_error as shown_check_error

# Each template exactly as advisor.claude.problems and netguard word it, most specific first.
TEMPLATES = (
    ("netguard", QT_TRANSLATE_NOOP("netguard", "The reply was far longer than max_tokens allows ({0}), so it was "
                                               "cut off: the server is not behaving like the Claude API; check "
                                               "ANTHROPIC_BASE_URL.")),
    ("netguard", QT_TRANSLATE_NOOP("netguard", "The Claude API did not finish the reply in time ({0}): the server "
                                               "is too slow or stalled. Try again later, or check "
                                               "ANTHROPIC_BASE_URL.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "This API key is not allowed to do that (403 forbidden): check the "
                                           "key's workspace and permissions in the Claude Console.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "Rate limited by the Claude API (429); it asked to wait {0} s: wait"
                                           " a moment and try again, or lower the concurrency.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "Claude is overloaded right now (529, on Anthropic's side, not your"
                                           " limits): try again in a few minutes.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The reply was cut off mid-way (the stream ended early); the part "
                                           "received is kept, marked incomplete.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The reply was cut off mid-way (the connection closed); the part "
                                           "received is kept, marked incomplete.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The API key was refused (401): check or replace it in Settings → "
                                           "API key (or ANTHROPIC_API_KEY).")),
    ("claude", QT_TRANSLATE_NOOP("claude", "Cannot reach the Claude API at {0}: check the network connection "
                                           "(and ANTHROPIC_BASE_URL, if set).")),
    ("claude", QT_TRANSLATE_NOOP("claude", "Rate limited by the Claude API (429): wait a moment and try again,"
                                           " or lower the concurrency.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The Claude API did not answer within {0} s (timeout): try again, "
                                           "or ask for a shorter reply.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "No Anthropic API key: set ANTHROPIC_API_KEY, or add a key in "
                                           "Settings → API key.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The connection to the Claude API broke before the reply was "
                                           "complete: try again.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The Claude API did not answer (timeout): try again, or ask for a "
                                           "shorter reply.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The server at {0} did not reply like the Claude API; check "
                                           "ANTHROPIC_BASE_URL.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The model '{0}' is not available to this key (404): pick another "
                                           "model.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The Claude API had a server error (mid-stream): try again shortly.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The model is not available to this key (404): pick another model.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The Claude API had a server error ({0}): try again shortly.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The Claude API client failed ({0}): try again.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The Claude API refused the request ({0}): {1}.")),
    ("claude", QT_TRANSLATE_NOOP("claude", "The Claude API refused the request ({0}).")),
)
_PATTERNS = [(context, template, re.compile("(.+?)".join(re.escape(piece) for piece in re.split(r"\{\d\}", template)),
                                            re.DOTALL))
             for context, template in TEMPLATES]


def shown_error(error: str) -> str:
    """A case's saved error, re-worded when its template is known; as it was otherwise."""
    for context, template, pattern in _PATTERNS:
        found = pattern.fullmatch(error)
        if found:
            return translate(context, template).format(*found.groups())
    checked = shown_check_error(error)  # a check that could not run ("regex: the pattern took…")
    return checked if checked != error else shown_problem(error)
