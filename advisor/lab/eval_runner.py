"""Run every test of a prompt lab against Claude: concurrent, repeatable, cancellable.

No GUI here: the window calls :func:`run_eval` from a worker thread and turns the progress
callback into a signal. The result's ``to_json()`` is the CLI's ``eval`` output (CONTRACT
section 6); ``to_run()`` is the record kept in ``prompt_lab.runs`` (advisor.lab.eval_results).
:func:`run_evals` runs the same tests on several models, one after the other.
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, Callable

from advisor.claude import client as claude

from advisor.lab import expectations

from advisor.lab import grading

from advisor.lab import prompts
from advisor.claude.client import ClaudeProblem, Reply
from advisor.lab.eval_results import CaseResult, EvalResult, RunOutcome, now_iso  # noqa: F401 (re-exported)

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 4
# Failures that doom every other test too: stop the run and say so once.
FATAL_KINDS = frozenset({"no_key", "key_refused", "forbidden", "unknown_model", "no_network"})

Progress = Callable[[int, int], None]
Sender = Callable[[dict[str, Any]], Reply]


def run_eval(lab: dict[str, Any], *, model: str | None = None, repeat: int = 1,
             concurrency: int = DEFAULT_CONCURRENCY, cancel: threading.Event | None = None,
             progress: Progress | None = None, client: Any = None, prices: Any = None,
             send: Sender | None = None, context: Any = None, shots: int | None = None) -> EvalResult:
    """Run every test ``repeat`` times, ``concurrency`` at a time; ``progress(done, total)``.

    A test whose variables are missing is an error for that test and nothing is sent. A
    failure that dooms every test (no key, key refused, forbidden, unknown model, no network)
    stops the run and raises ClaudeProblem. A cancel returns what finished, marked cancelled.
    ``context`` (an advisor.lab.context plan) adds documents or retrieved chunks to each request;
    ``shots`` sends only that many of the lab's examples.
    """
    from advisor.lab.context import ContextPlan, with_shots

    context = context or ContextPlan()
    lab = with_shots(lab, shots)
    model = model or lab.get("model")
    if not model:
        raise ValueError("no model: choose one for the prompt lab")
    if repeat < 1 or concurrency < 1:
        raise ValueError("repeat and concurrency must be 1 or more")
    context.check_fits(model)
    cancel = cancel or threading.Event()
    prices = _price_table(prices)
    price = prices.get(model)
    tests = [t for t in lab.get("tests") or [] if isinstance(t, dict)]
    grader = grading.grader_model(lab, prices) if uses_grader(tests) else None
    result = EvalResult(model=model, cases=[CaseResult(prompts.test_name(t, i)) for i, t in enumerate(tests)],
                        repeat=repeat, priced=price is not None, grader_model=grader,
                        prompt=prompts.prompt_snapshot(lab), context=context.mode, shots=shots)
    slots = [(i, r) for r in range(repeat) for i in range(len(tests))]
    if progress:
        progress(0, len(slots))
    if not tests:
        return result
    line = _Line.open(lab, tests, model, client, send, cancel)
    case = _Case(lab, model, price, grader, line.send, context)
    pool = _Pool(lambda index: case.run(tests[index]), cancel, progress)
    try:
        outcomes = pool.run(slots, concurrency)
    finally:
        line.close(abandoned=cancel.is_set(), in_flight=list(pool.pending))
    result.cancelled = bool(pool.pending)
    result.finished = now_iso()
    _fill(result, outcomes, price, prices.get(grader) if grader else None)
    log.info("eval %s: %d passed, %d failed, %d errors%s", model, result.passed, result.failed,
             result.errors, " (cancelled)" if result.cancelled else "")
    return result


def _price_table(prices: Any) -> Any:
    if prices is None:
        from advisor.costs import pricing
        prices = pricing.load_price_table()
    return prices


def run_evals(lab: dict[str, Any], models: list[str], **options: Any) -> list[EvalResult]:
    """The same tests on each model, one model after the other (a cancel stops them all)."""
    results: list[EvalResult] = []
    cancel = options.setdefault("cancel", threading.Event())
    for model in models:
        results.append(run_eval(lab, model=model, **options))
        if cancel.is_set():
            break
    return results


def uses_grader(tests: list[dict[str, Any]]) -> bool:
    return any(isinstance(e, dict) and e.get("type") in expectations.EXPECTATIONS
               and expectations.EXPECTATIONS[e["type"]].check is None
               for test in tests for e in test.get("expect") or [])


def _fill(result: EvalResult, outcomes: dict[Slot, RunOutcome], price: Any, grader_price: Any) -> None:
    """Each finished send into its case, in repeat order; then each case's cost, grading included."""
    for (index, _), outcome in sorted(outcomes.items(), key=lambda item: (item[0][1], item[0][0])):
        result.cases[index].runs.append(outcome)
    for case in result.cases:
        if price is None:
            case.cost_usd = None
            continue
        case.cost_usd = case.usage.cost_usd(price)
        if grader_price is not None:
            case.cost_usd += case.grader_usage.cost_usd(grader_price)


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


class _Case:
    """Sends one test and grades the reply: the string checks here, rubrics by the grader model."""

    def __init__(self, lab: dict[str, Any], model: str, price: Any, grader: str | None,
                 send: Sender, context: Any) -> None:
        self.lab, self.model, self.price, self.grader, self.send = lab, model, price, grader, send
        self.context = context

    def run(self, test: dict[str, Any]) -> RunOutcome:
        try:
            request = prompts.build_request(self.lab, test.get("vars") or {}, model=self.model,
                                            price=self.price)
        except prompts.PromptError as problem:
            return RunOutcome(error=str(problem), error_kind="missing_variable")  # nothing is sent
        chunks = self.context.apply(request)
        try:
            reply = self.send(request)
        except ClaudeProblem as problem:
            if problem.kind in FATAL_KINDS:
                raise
            return RunOutcome(error=str(problem), error_kind=problem.kind, output=problem.partial_text)
        if not reply.complete and reply.problem is not None:
            return RunOutcome(error=str(reply.problem), error_kind=reply.problem.kind,
                              output=reply.text, usage=reply.usage, latency_ms=reply.latency_ms,
                              thinking=reply.thinking)
        outcome = RunOutcome(output=reply.text, usage=reply.usage, latency_ms=reply.latency_ms,
                             thinking=reply.thinking, chunks=chunks)
        grade_outcome(test.get("expect") or [], outcome, self.grader, self.send)
        return outcome


def grade_outcome(expects: list[dict[str, Any]], outcome: RunOutcome, grader: str | None,
                  send: Sender) -> None:
    """Check a reply's text against every expectation: string checks here, rubrics by ``grader``.

    A grader that gives no verdict makes the outcome an error (never a silent pass or fail).
    """
    checks = []
    for expect in expects:
        entry = expectations.EXPECTATIONS.get(expect.get("type"))
        if entry is None or entry.check is not None:
            from advisor.core.safe_regex import RegexTimeout

            try:
                checks.append(prompts.check(expect, outcome.output))
            except RegexTimeout as problem:  # a catastrophic pattern: this test's error, no frozen run
                outcome.error, outcome.error_kind = f"regex: {problem}", "regex_timeout"
                return
            except expectations.CheckError as problem:  # a hostile reply or schema: this test's error
                outcome.error, outcome.error_kind = f"{expect.get('type')}: {problem}", "check_error"
                return
            continue
        try:
            grade = grading.grade(str(expect.get("value")), outcome.output, str(grader), send)
        except grading.GraderError as problem:
            outcome.error, outcome.error_kind = str(problem), "grader_error"
            return
        outcome.grader_usage = outcome.grader_usage + grade.usage
        checks.append(grade.check)
    outcome.reasons = [c.reason for c in checks]
    outcome.failed_reasons = [c.reason for c in checks if not c.passed]
    outcome.passed = all(c.passed for c in checks)

