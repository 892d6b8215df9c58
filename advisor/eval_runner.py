"""Run every test of a prompt lab against Claude: concurrent, repeatable, cancellable.

No GUI here: the window calls :func:`run_eval` from a worker thread and turns the progress
callback into a signal. The result's ``to_json()`` is the CLI's ``eval`` output (CONTRACT
section 6); ``to_last_run()`` is what ``--save`` stores in ``prompt_lab.last_run``.
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable

from advisor import claude, prompts
from advisor.claude import ClaudeProblem, Reply, Usage

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 4
# Failures that doom every other test too: stop the run and say so once.
FATAL_KINDS = frozenset({"no_key", "key_refused", "forbidden", "unknown_model", "no_network"})

Progress = Callable[[int, int], None]
Sender = Callable[[dict[str, Any]], Reply]


@dataclass
class RunOutcome:
    """One send of one test."""

    passed: bool = False
    output: str = ""
    error: str | None = None
    error_kind: str | None = None  # "missing_variable", or a ClaudeProblem kind
    reason: str | None = None  # why the expectations failed
    usage: Usage = field(default_factory=Usage)
    latency_ms: float = 0.0


@dataclass
class CaseResult:
    name: str
    runs: list[RunOutcome] = field(default_factory=list)
    cost_usd: float | None = 0.0

    @property
    def passes(self) -> int:
        return sum(run.passed for run in self.runs)

    @property
    def pass_rate(self) -> float:
        return self.passes / len(self.runs) if self.runs else 0.0

    @property
    def error(self) -> str | None:
        return next((run.error for run in self.runs if run.error), None)

    @property
    def error_kind(self) -> str | None:
        return next((run.error_kind for run in self.runs if run.error), None)

    @property
    def status(self) -> str:
        """passed (every run passed), error (some run could not be checked), failed, or
        not_run (cancelled before it was sent)."""
        if not self.runs:
            return "not_run"
        if self.error:
            return "error"
        return "passed" if self.passes == len(self.runs) else "failed"

    @property
    def passed(self) -> bool:
        return self.status == "passed"

    @property
    def output(self) -> str:
        """The reply shown: the first failing run's, else the last run's."""
        failing = next((run for run in self.runs if not run.passed), None)
        return (failing or self.runs[-1]).output if self.runs else ""

    @property
    def reason(self) -> str | None:
        return next((run.reason for run in self.runs if run.reason), None)

    @property
    def usage(self) -> Usage:
        total = Usage()
        for run in self.runs:
            total = total + run.usage
        return total

    @property
    def latency_ms(self) -> float:
        timed = [run.latency_ms for run in self.runs if not run.error]
        return sum(timed) / len(timed) if timed else 0.0

    def to_json(self) -> dict[str, Any]:
        usage = self.usage
        return {"name": self.name, "passed": self.passed, "output": self.output,
                "error": self.error, "reason": self.reason,
                "input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens,
                "latency_ms": round(self.latency_ms, 1), "pass_rate": round(self.pass_rate, 4),
                "runs": len(self.runs),
                "cost_usd": None if self.cost_usd is None else round(self.cost_usd, 6)}


@dataclass
class EvalResult:
    model: str
    cases: list[CaseResult]
    repeat: int = 1
    cancelled: bool = False
    priced: bool = True  # False when the model is not in the price table
    run_at: str = field(default_factory=lambda: datetime.now(timezone.utc)
                        .replace(microsecond=0).isoformat().replace("+00:00", "Z"))

    def count(self, status: str) -> int:
        return sum(case.status == status for case in self.cases)

    @property
    def passed(self) -> int:
        return self.count("passed")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def cost_usd(self) -> float | None:
        if not self.priced:
            return None
        return sum(case.cost_usd or 0.0 for case in self.cases)

    def to_json(self) -> dict[str, Any]:
        cost = self.cost_usd
        return {"model": self.model, "passed": self.passed, "failed": self.failed,
                "errors": self.errors, "cost_usd": None if cost is None else round(cost, 6),
                "repeat": self.repeat, "cancelled": self.cancelled,
                "cases": [case.to_json() for case in self.cases]}

    def to_last_run(self) -> dict[str, Any]:
        data = self.to_json()
        data.pop("cancelled")
        return {"model": data.pop("model"), "run_at": self.run_at, **data}


def run_eval(lab: dict[str, Any], *, model: str | None = None, repeat: int = 1,
             concurrency: int = DEFAULT_CONCURRENCY, cancel: threading.Event | None = None,
             progress: Progress | None = None, client: Any = None, prices: Any = None,
             send: Sender | None = None) -> EvalResult:
    """Run every test ``repeat`` times, ``concurrency`` at a time; ``progress(done, total)``.

    A test whose variables are missing is an error for that test and nothing is sent. A
    failure that dooms every test (no key, key refused, forbidden, unknown model, no network)
    stops the run and raises ClaudeProblem. A cancel returns what finished, marked cancelled.
    """
    model = model or lab.get("model")
    if not model:
        raise ValueError("no model: choose one for the prompt lab")
    if repeat < 1 or concurrency < 1:
        raise ValueError("repeat and concurrency must be 1 or more")
    cancel = cancel or threading.Event()
    price = _price_table(prices).get(model)
    tests = [t for t in lab.get("tests") or [] if isinstance(t, dict)]
    result = EvalResult(model=model, cases=[CaseResult(prompts.test_name(t, i)) for i, t in enumerate(tests)],
                        repeat=repeat, priced=price is not None)
    slots = [(i, r) for r in range(repeat) for i in range(len(tests))]
    if progress:
        progress(0, len(slots))
    if not tests:
        return result
    line = _Line.open(lab, tests, model, client, send, cancel)
    pool = _Pool(lambda index: _run_one(lab, tests[index], model, line.send), cancel, progress)
    try:
        outcomes = pool.run(slots, concurrency)
    finally:
        line.close(abandoned=cancel.is_set(), in_flight=list(pool.pending))
    result.cancelled = bool(pool.pending)
    _fill(result, outcomes, price)
    log.info("eval %s: %d passed, %d failed, %d errors%s", model, result.passed, result.failed,
             result.errors, " (cancelled)" if result.cancelled else "")
    return result


def _price_table(prices: Any) -> Any:
    if prices is None:
        from advisor import pricing

        prices = pricing.load_price_table()
    return prices


def _fill(result: EvalResult, outcomes: dict[Slot, RunOutcome], price: Any) -> None:
    """Each finished send into its case, in repeat order; then each case's cost."""
    for (index, _), outcome in sorted(outcomes.items(), key=lambda item: (item[0][1], item[0][0])):
        result.cases[index].runs.append(outcome)
    for case in result.cases:
        case.cost_usd = case.usage.cost_usd(price) if price is not None else None


Slot = tuple[int, int]  # (test index, repeat number)


class _Line:
    """How requests go out: a Sender, and the client to close when the run is over (if ours)."""

    def __init__(self, send: Sender, client: Any = None) -> None:
        self.send = send
        self.client = client  # set only when the run made the client and so must close it

    @classmethod
    def open(cls, lab: dict[str, Any], tests: list[dict[str, Any]], model: str, client: Any,
             send: Sender | None, cancel: threading.Event) -> _Line:
        if send is not None:
            return cls(send)
        if not any(_sendable(lab, test, model) for test in tests):
            return cls(_nothing_to_send)  # every test lacks a variable: nothing is sent, no key needed
        if client is not None:
            return cls(_sender(client, cancel))
        client = claude.make_client()
        return cls(_sender(client, cancel), client)

    def close(self, *, abandoned: bool, in_flight: list[Future[Any]]) -> None:
        if self.client is None:
            return
        if abandoned:
            _close_later(self.client, in_flight)  # never wait for replies still in flight
        else:
            self.client.close()


class _Pool:
    """Sends slots ``concurrency`` at a time, counting progress; a fatal failure stops them all."""

    def __init__(self, one: Callable[[int], RunOutcome], cancel: threading.Event,
                 progress: Progress | None) -> None:
        self.one = one
        self.cancel = cancel
        self.progress = progress
        self.pending: dict[Future[RunOutcome], Slot] = {}
        self.fatal: list[ClaudeProblem] = []

    def _guarded(self, index: int) -> RunOutcome | None:
        if self.cancel.is_set() or self.fatal:
            return None  # not run
        return self.one(index)

    def run(self, slots: list[Slot], concurrency: int) -> dict[Slot, RunOutcome]:
        outcomes: dict[Slot, RunOutcome] = {}
        executor = ThreadPoolExecutor(max_workers=min(concurrency, len(slots)), thread_name_prefix="eval")
        self.pending = {executor.submit(self._guarded, slot[0]): slot for slot in slots}
        try:
            while self.pending and not self.cancel.is_set():
                finished, _ = wait(self.pending, timeout=0.1, return_when=FIRST_COMPLETED)
                self._take(finished, outcomes, len(slots))
                if self.fatal:
                    cancel_rest(self.pending)
                    raise self.fatal[0]
        except BaseException:
            self.cancel.set()  # Ctrl+C or a fatal failure: workers stop retrying instead of being waited for
            raise
        finally:
            executor.shutdown(wait=False, cancel_futures=True)  # a cancel returns at once
        return outcomes

    def _take(self, finished: set[Future[RunOutcome]], outcomes: dict[Slot, RunOutcome],
              total: int) -> None:
        for future in finished:
            slot = self.pending.pop(future)
            try:
                outcome = future.result()
            except ClaudeProblem as problem:
                self.fatal.append(problem)
                continue
            if outcome is not None:
                outcomes[slot] = outcome
            if self.progress:
                self.progress(len(outcomes), total)


def cancel_rest(pending: dict[Future[RunOutcome], Any]) -> None:
    for future in pending:
        future.cancel()


def _close_later(client: Any, futures: list[Future[Any]]) -> None:
    """Close the client once the requests still in flight have given up."""
    def close() -> None:
        wait(futures)
        client.close()

    threading.Thread(target=close, name="eval-close", daemon=True).start()


def _sender(client: Any, cancel: threading.Event) -> Sender:
    def send(request: dict[str, Any]) -> Reply:
        return claude.send_message(request, client=client, cancel=cancel)
    return send


def _sendable(lab: dict[str, Any], test: dict[str, Any], model: str) -> bool:
    try:
        prompts.build_request(lab, test.get("vars") or {}, model=model)
    except prompts.PromptError:
        return False
    return True


def _nothing_to_send(request: dict[str, Any]) -> Any:
    raise AssertionError("no test could be built, so nothing is ever sent")


def _run_one(lab: dict[str, Any], test: dict[str, Any], model: str, send: Sender) -> RunOutcome:
    try:
        request = prompts.build_request(lab, test.get("vars") or {}, model=model)
    except prompts.PromptError as problem:
        return RunOutcome(error=str(problem), error_kind="missing_variable")  # nothing is sent
    try:
        reply = send(request)
    except ClaudeProblem as problem:
        if problem.kind in FATAL_KINDS:
            raise
        return RunOutcome(error=str(problem), error_kind=problem.kind, output=problem.partial_text)
    passed, checks = prompts.check_all(test.get("expect") or [], reply.text)
    if not reply.complete and reply.problem is not None:
        return RunOutcome(error=str(reply.problem), error_kind=reply.problem.kind,
                          output=reply.text, usage=reply.usage,
                          latency_ms=reply.latency_ms)
    return RunOutcome(passed=passed, output=reply.text, reason=prompts.failure_reason(checks),
                      usage=reply.usage, latency_ms=reply.latency_ms)
