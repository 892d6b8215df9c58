"""One run of the lab's tests on the team's own model (an OpenAI-compatible target), for the
command line and the window alike.

The run is the lab's own (same tests, graders, intervals, latency and cost); what differs is how
a request goes out (advisor.lab.targets), how it is priced (the target's price, given per million
tokens or as GPU-hours and throughput), and how failures read:
- a busy (429) or failing (5xx) server is retried like Claude's overloads, a cancel cutting the
  wait short;
- a server that cannot be reached or refuses the key would fail every test alike: with
  ``keep_going`` (the window) every test then carries that message, so the Claude runs of the same
  go are kept and the target's column says why; without it (the command line) it is raised;
- a cancel closes the connection, so a slow server never holds the run up.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from advisor.claude.client import ClaudeProblem, Reply
from advisor.claude.retries import MAX_RETRY_WAIT, backoff
from advisor.lab import eval_runner, targets
from advisor.lab.eval_results import CaseResult, EvalResult, RunOutcome, now_iso

log = logging.getLogger(__name__)

MAX_RETRIES = 3
RETRYABLE = frozenset({"rate_limited", "server_error"})
Send = Callable[[dict[str, Any]], Reply]
OnRetry = Callable[[ClaudeProblem, float], None]


def priced_table(target: targets.Target, table: Any = None) -> Any:
    """The price table with a row for the target's model, so its cost per 1,000 compares with Claude's."""
    from advisor.costs.pricing import ModelPrice, load_price_table

    table = table if table is not None else load_price_table()
    if not target.price:
        return table
    given, taken = targets.per_million(target.price)
    row = ModelPrice(target.model, target.label(), given, taken, 0.0, 0.0, status="current")
    return table._replace(models={**table.models, target.model: row})


def _retrying(send: Send, target: targets.Target, cancel: threading.Event, on_retry: OnRetry | None) -> Send:
    def call(request: dict[str, Any]) -> Reply:
        attempt = 0
        while True:
            try:
                return send(request)
            except ClaudeProblem as problem:
                if request.get("model") != target.model or problem.kind not in RETRYABLE or attempt >= MAX_RETRIES:
                    raise
                wait = problem.retry_after if problem.retry_after is not None else backoff(attempt)
                if wait > MAX_RETRY_WAIT:
                    raise
                attempt += 1
                if on_retry is not None:
                    on_retry(problem, wait)
                if cancel.wait(wait):
                    raise
    return call


def _close_on_cancel(client: Any, cancel: threading.Event, done: threading.Event) -> None:
    """A request in flight to a slow server ends when the run is cancelled, not 120 s later."""
    def watch() -> None:
        while not done.is_set():
            if cancel.wait(0.1):
                client.close()
                return
    threading.Thread(target=watch, daemon=True, name="target-cancel").start()


def run_on_target(lab: dict[str, Any], target: targets.Target, *, claude_send: Send, repeat: int = 1,
                  concurrency: int = eval_runner.DEFAULT_CONCURRENCY, cancel: threading.Event | None = None,
                  progress: Any = None, prices: Any = None, context: Any = None, shots: int | None = None,
                  on_retry: OnRetry | None = None, keep_going: bool = False,
                  key: str | None = None) -> EvalResult:
    """The lab's tests on ``target``; an llm_rubric grader still asks Claude (``claude_send``)."""
    cancel = cancel or threading.Event()
    send = targets.sender(target, key, claude_send)
    done = threading.Event()
    _close_on_cancel(send.client, cancel, done)  # type: ignore[attr-defined]
    try:
        result = eval_runner.run_eval(lab, model=target.model, repeat=repeat, concurrency=concurrency,
                                      progress=progress, cancel=cancel, prices=priced_table(target, prices),
                                      send=_retrying(send, target, cancel, on_retry), context=context,
                                      shots=shots)
    except ClaudeProblem as problem:
        if not keep_going:
            raise
        log.info("target %s failed every test: %s", target.name, problem.kind)
        result = every_test_failed(lab, target, problem, repeat)
    finally:
        done.set()
        send.client.close()  # type: ignore[attr-defined]
    result.target = target.record()
    return result


def every_test_failed(lab: dict[str, Any], target: targets.Target, problem: ClaudeProblem,
                      repeat: int = 1) -> EvalResult:
    """A run in which each test names the one failure that stopped them all (down, key refused…)."""
    from advisor.lab import prompts

    tests = [t for t in lab.get("tests") or [] if isinstance(t, dict)]
    cases = [CaseResult(prompts.test_name(t, i), runs=[RunOutcome(error=str(problem), error_kind=problem.kind)],
                        cost_usd=None) for i, t in enumerate(tests)]
    result = EvalResult(model=target.model, cases=cases, repeat=repeat, priced=bool(target.price),
                        prompt=prompts.prompt_snapshot(lab))
    result.finished = now_iso()
    result.target = target.record()
    return result
