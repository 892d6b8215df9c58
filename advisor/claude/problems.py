"""How Claude API failures read: every SDK or transport exception as one plain :class:`ClaudeProblem`.

Apart from advisor.claude.client so that advisor.claude.retries (which claude uses) can explain a failure
without importing claude back. ``anthropic`` and ``httpx2`` are imported inside functions only.
"""
from __future__ import annotations

import json
import logging
from typing import Any

from advisor.core.errors import ApiProblem
from advisor.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)


class ClaudeProblem(ApiProblem):
    """A Claude API failure. ``kind`` is one of: no_key, key_refused, forbidden, unknown_model,
    rate_limited, overloaded, server_error, bad_request, no_network, connection_lost, timeout,
    stream_cut, api_error."""

    def __init__(self, message: str, kind: str, *, status: int | None = None,
                 retry_after: float | None = None, partial_text: str = "",
                 said: tuple[str, str, tuple[Any, ...]] | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.retry_after = retry_after
        self.partial_text = partial_text
        self.said = said  # (context, English template, fields): what shown() translates

    def shown(self) -> str:
        """The message in the window's language. str() stays English: the command line prints
        it and a run keeps it in the assessment file."""
        return shown(self)


def shown(problem: Any) -> str:
    """A problem's words in the window's language (a GuardProblem's too), else its str()."""
    said = getattr(problem, "said", None)
    if not said:
        return str(problem)
    context, template, fields = said
    return translate(context, template).format(*fields)


def _problem(template: str, kind: str, *fields: Any, **options: Any) -> ClaudeProblem:
    """A ClaudeProblem from a marked template: English in str(), translated by shown()."""
    return ClaudeProblem(template.format(*fields), kind, said=("claude", template, fields), **options)


def from_guard(guarded: Any, **options: Any) -> ClaudeProblem:
    """netguard's GuardProblem as a ClaudeProblem, keeping its words for shown()."""
    return ClaudeProblem(str(guarded), guarded.kind, said=getattr(guarded, "said", None), **options)


def no_key_problem() -> ClaudeProblem:
    return _problem(QT_TRANSLATE_NOOP("claude", "No Anthropic API key: set ANTHROPIC_API_KEY, or add a key "
                                                "in Settings → API key."), "no_key")


def _scrub(text: str, key: str | None) -> str:
    from advisor.claude import netguard  # the one scrub (netguard imports nothing of ours back)
    return netguard.scrub(text, key)


def _timeout_of(client: Any) -> float | None:
    timeout = getattr(client, "timeout", None)
    return getattr(timeout, "read", None) or (timeout if isinstance(timeout, (int, float)) else None)


def _host(client: Any) -> str:
    url = getattr(client, "base_url", None)
    return str(getattr(url, "host", "") or "api.anthropic.com")


def _server(client: Any) -> str:
    """The API's host, with the port when the URL names one (a wrong base URL often differs there)."""
    url = getattr(client, "base_url", None)
    port = getattr(url, "port", None)
    return f"{_host(client)}:{port}" if port else _host(client)


def stream_ended_problem(partial_text: str) -> ClaudeProblem:
    return _problem(QT_TRANSLATE_NOOP("claude", "The reply was cut off mid-way (the stream ended early); the part "
                                                "received is kept, marked incomplete."), "stream_cut",
                    partial_text=partial_text)


# What the SDK raises when a reply is not the API's JSON or SSE (an HTML page from a captive
# portal or a wrong ANTHROPIC_BASE_URL): the parse fails, or the SDK hands back a str.
NOT_CLAUDE_ERRORS = (json.JSONDecodeError, AttributeError, TypeError)


def not_claude_problem(client: Any) -> ClaudeProblem:
    return _problem(QT_TRANSLATE_NOOP("claude", "The server at {0} did not reply like the Claude API; check "
                                                "ANTHROPIC_BASE_URL."), "api_error", _server(client))


def explain(error: BaseException, *, client: Any = None, model: str | None = None,
            partial_text: str = "") -> ClaudeProblem:
    """The plain-words ClaudeProblem for any SDK or transport exception."""
    if isinstance(error, ClaudeProblem):
        return error
    from advisor.claude.netguard import problem_for

    guarded = problem_for(error)  # our overall deadline or reply cap, not an SDK fault
    if guarded is not None:
        return from_guard(guarded, partial_text=partial_text)
    import anthropic
    import httpx2

    key = getattr(client, "api_key", None)
    if isinstance(error, (anthropic.APITimeoutError, httpx2.TimeoutException)):
        seconds = _timeout_of(client)
        if seconds:
            return _problem(QT_TRANSLATE_NOOP("claude", "The Claude API did not answer within {0} s (timeout): "
                                                        "try again, or ask for a shorter reply."), "timeout",
                            f"{seconds:g}", partial_text=partial_text)
        return _problem(QT_TRANSLATE_NOOP("claude", "The Claude API did not answer (timeout): try again, or ask "
                                                    "for a shorter reply."), "timeout", partial_text=partial_text)
    if partial_text or (isinstance(error, httpx2.TransportError)
                        and not isinstance(error, httpx2.ConnectError)):
        if not isinstance(error, anthropic.APIStatusError):
            return _problem(QT_TRANSLATE_NOOP("claude", "The reply was cut off mid-way (the connection closed); "
                                                        "the part received is kept, marked incomplete."),
                            "stream_cut", partial_text=partial_text)
    if isinstance(error, NOT_CLAUDE_ERRORS):
        # Logged in full: the same exceptions would also come from a bug in how the SDK is called.
        log.warning("a reply the SDK could not read", exc_info=error)
        return not_claude_problem(client)
    if isinstance(error, anthropic.APIConnectionError):
        cause, connect_failed = error.__cause__, False
        while cause is not None and not connect_failed:
            connect_failed = isinstance(cause, httpx2.ConnectError)
            cause = cause.__cause__
        if connect_failed or error.__cause__ is None:
            return _problem(QT_TRANSLATE_NOOP("claude", "Cannot reach the Claude API at {0}: check the network "
                                                        "connection (and ANTHROPIC_BASE_URL, if set)."),
                            "no_network", _host(client))
        return _problem(QT_TRANSLATE_NOOP("claude", "The connection to the Claude API broke before the reply was "
                                                    "complete: try again."), "connection_lost")
    if isinstance(error, anthropic.APIStatusError):
        return _status_problem(error, key, model, partial_text)
    log.warning("unexpected SDK failure: %s", type(error).__name__)
    return _problem(QT_TRANSLATE_NOOP("claude", "The Claude API client failed ({0}): try again."), "api_error",
                    type(error).__name__, partial_text=partial_text)


def _status_problem(error: Any, key: str | None, model: str | None,
                    partial_text: str) -> ClaudeProblem:
    status = int(getattr(error, "status_code", 0) or 0)
    kind_of = getattr(error, "type", None)
    retry_after = _retry_after(error)
    if kind_of == "overloaded_error" or status == 529:
        return _problem(QT_TRANSLATE_NOOP("claude", "Claude is overloaded right now (529, on Anthropic's side, "
                                                    "not your limits): try again in a few minutes."),
                        "overloaded", status=529, retry_after=retry_after, partial_text=partial_text)
    if kind_of == "rate_limit_error" or status == 429:
        options = {"status": 429, "retry_after": retry_after, "partial_text": partial_text}
        if retry_after:
            return _problem(QT_TRANSLATE_NOOP("claude", "Rate limited by the Claude API (429); it asked to wait "
                                                        "{0} s: wait a moment and try again, or lower the "
                                                        "concurrency."), "rate_limited", f"{retry_after:g}",
                            **options)
        return _problem(QT_TRANSLATE_NOOP("claude", "Rate limited by the Claude API (429): wait a moment and try "
                                                    "again, or lower the concurrency."), "rate_limited", **options)
    if kind_of == "authentication_error" or status == 401:
        return _problem(QT_TRANSLATE_NOOP("claude", "The API key was refused (401): check or replace it in "
                                                    "Settings → API key (or ANTHROPIC_API_KEY)."), "key_refused",
                        status=401)
    if kind_of == "permission_error" or status == 403:
        return _problem(QT_TRANSLATE_NOOP("claude", "This API key is not allowed to do that (403 forbidden): "
                                                    "check the key's workspace and permissions in the Claude "
                                                    "Console."), "forbidden", status=403)
    if kind_of == "not_found_error" or status == 404:
        if model:
            return _problem(QT_TRANSLATE_NOOP("claude", "The model '{0}' is not available to this key (404): "
                                                        "pick another model."), "unknown_model", model, status=404)
        return _problem(QT_TRANSLATE_NOOP("claude", "The model is not available to this key (404): pick another "
                                                    "model."), "unknown_model", status=404)
    if status >= 500 or kind_of == "api_error":
        options = {"status": status or None, "retry_after": retry_after, "partial_text": partial_text}
        if status:
            return _problem(QT_TRANSLATE_NOOP("claude", "The Claude API had a server error ({0}): try again "
                                                        "shortly."), "server_error", status, **options)
        return _problem(QT_TRANSLATE_NOOP("claude", "The Claude API had a server error (mid-stream): try again "
                                                    "shortly."), "server_error", **options)
    detail = _scrub(str(getattr(error, "api_message", "") or ""), key)[:200]
    if detail:
        return _problem(QT_TRANSLATE_NOOP("claude", "The Claude API refused the request ({0}): {1}."),
                        "bad_request", status, detail, status=status)
    return _problem(QT_TRANSLATE_NOOP("claude", "The Claude API refused the request ({0})."), "bad_request",
                    status, status=status)


def _retry_after(error: Any) -> float | None:
    headers = getattr(getattr(error, "response", None), "headers", None) or {}
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        try:
            return float(headers.get(name)) / scale
        except (TypeError, ValueError):
            continue
    return None
