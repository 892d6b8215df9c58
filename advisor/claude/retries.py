"""Our retry loop for Claude calls: bounded, honours ``retry-after``, and a cancel cuts it short.

The SDK's own retries are off (``max_retries=0``) because they can neither be cancelled nor
reported; this loop tells the caller each wait (the window shows "retrying in N s").
"""
from __future__ import annotations

import logging
import random
import threading
import time
from typing import Any, Callable

from advisor.claude.problems import NOT_CLAUDE_ERRORS, ClaudeProblem, explain

log = logging.getLogger(__name__)

MAX_RETRY_WAIT = 30.0  # a longer retry-after is reported rather than waited out
RETRYABLE = frozenset({"rate_limited", "overloaded", "server_error", "connection_lost"})

RetryCallback = Callable[[ClaudeProblem, float], None]


def is_call_bug(error: BaseException) -> bool:
    """A TypeError from calling the SDK with an argument it does not take: our bug, never the
    server's (anthropic 2.14 has no ``temperature`` argument, for one)."""
    return isinstance(error, TypeError) and "argument" in str(error)


def is_sdk_error(error: BaseException) -> bool:
    """An SDK or transport failure, or a reply the SDK could not read (see claude_problems.NOT_CLAUDE_ERRORS)."""
    if is_call_bug(error):
        return False
    import anthropic
    import httpx2

    return isinstance(error, (anthropic.AnthropicError, httpx2.HTTPError, *NOT_CLAUDE_ERRORS))


def backoff(attempt: int) -> float:
    """Exponential wait with jitter, for failures that named no retry-after."""
    return min(0.5 * 2 ** attempt, 8.0) * (1 - 0.25 * random.random())


def with_retries(call: Callable[[], Any], *, client: Any, model: str | None,
                 max_retries: int, cancel: threading.Event | None,
                 on_retry: RetryCallback | None) -> Any:
    """Run ``call``; retry rate limits, overload, server errors and dropped connections."""
    attempt = 0
    while True:
        try:
            return call()
        except Exception as error:
            if not is_sdk_error(error):
                raise
            problem = explain(error, client=client, model=model)
            if problem.kind not in RETRYABLE or attempt >= max_retries:
                raise problem from None
            wait = problem.retry_after if problem.retry_after is not None else backoff(attempt)
            if wait > MAX_RETRY_WAIT:
                raise problem from None
            attempt += 1
            log.info("%s; retry %d of %d in %.1f s", problem.kind, attempt, max_retries, wait)
            if on_retry is not None:
                on_retry(problem, wait)
            if cancel is not None and cancel.wait(wait):
                raise problem from None
            if cancel is None:
                time.sleep(wait)
