"""Large prompt-lab runs through the Message Batches API: half the price, answers within hours.

:func:`submit` sends every test (× repeat) on every chosen model as one batch (each request of a
batch names its own model: the API processes them independently, platform.claude.com/docs/en/
build-with-claude/batch-processing, checked 2026-12-01) and returns a *record*, a plain dict the
window saves in ``prompt_lab["batch"]`` at once, so a run survives closing the app. The record
holds what is needed to check the answers later (each case's name and expectations), because
the user may edit the tests while the batch runs. :func:`poll` reports progress; :func:`collect`
maps results back by ``custom_id`` into one :class:`EvalResult` per model, the same a direct run
of each model gives. One batch, so one Cancel stops every model's requests at Anthropic.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable

from advisor.claude import client as claude

from advisor.lab import eval_runner

from advisor.lab import grading

from advisor.lab import prompts
from advisor.claude.client import ClaudeProblem
from advisor.lab.eval_results import CaseResult, EvalResult, RunOutcome
from advisor.claude.retries import with_retries

log = logging.getLogger(__name__)

DEFAULT_POLL_SECONDS = 10.0
RECORD_FORMAT = 2  # 2: ``models`` (several models in one batch); 1 had ``model`` alone


@dataclass(frozen=True)
class BatchProgress:
    status: str  # the API's processing_status: in_progress, canceling or ended
    processed: int  # requests with an outcome (succeeded, errored, canceled, expired)
    total: int

    @property
    def ended(self) -> bool:
        return self.status == "ended"


def custom_id(index: int, run: int, model: int = 0) -> str:
    """The id that maps a result back to its model, test and repeat (API: 1–64 of [A-Za-z0-9_-]).

    The first model's ids have no model part, as before several models: a record saved by an
    earlier version still collects."""
    return f"t{index}-r{run}" if model == 0 else f"m{model}-t{index}-r{run}"


def _parse_custom_id(value: str) -> tuple[int, int, int] | None:
    """(model, test, repeat) of a custom_id, or None."""
    try:
        parts = value.split("-")
        model = int(parts.pop(0)[1:]) if len(parts) == 3 and parts[0].startswith("m") else 0
        test, run = parts
        if not (test.startswith("t") and run.startswith("r")):
            return None
        return model, int(test[1:]), int(run[1:])
    except (ValueError, AttributeError):
        return None


def models_of(record: dict[str, Any]) -> list[str]:
    """The models a batch record covers, in order (a format 1 record: its one ``model``)."""
    models = record.get("models")
    if isinstance(models, list) and models and all(isinstance(m, str) for m in models):
        return list(models)
    return [str(record.get("model") or "")]


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def build_requests(lab: dict[str, Any], model: str, repeat: int, price: Any = None,
                   model_index: int = 0) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """One model's requests, and the tests that cannot be sent (custom_id -> why)."""
    requests: list[dict[str, Any]] = []
    local_errors: dict[str, str] = {}
    tests = [t for t in lab.get("tests") or [] if isinstance(t, dict)]
    for run in range(repeat):
        for index, test in enumerate(tests):
            cid = custom_id(index, run, model_index)
            try:
                params = prompts.as_api_body(prompts.build_request(lab, test.get("vars") or {},
                                                                   model=model, price=price))
            except prompts.PromptError as problem:
                local_errors[cid] = str(problem)  # nothing is sent for it
                continue
            requests.append({"custom_id": cid, "params": params})
    return requests, local_errors


def submit(lab: dict[str, Any], *, model: str | None = None, models: list[str] | None = None,
           repeat: int = 1, client: Any = None, prices: Any = None) -> dict[str, Any]:
    """Submit every test on every model (``models``, else ``model``, else the lab's) as one batch;
    returns the record to save. Raises ClaudeProblem."""
    models = list(dict.fromkeys(models or [model or lab.get("model") or ""]))
    if not all(models):
        raise ValueError("no model: choose one for the prompt lab")
    tests = [t for t in lab.get("tests") or [] if isinstance(t, dict)]
    if not tests:
        raise ValueError("the prompt lab has no tests to run")
    prices = _prices(prices)
    requests: list[dict[str, Any]] = []
    local_errors: dict[str, str] = {}
    for number, name in enumerate(models):
        sent, refused = build_requests(lab, name, repeat, prices.get(name), number)
        requests += sent
        local_errors.update(refused)
    cases = [{"name": prompts.test_name(t, i), "expect": list(t.get("expect") or [])}
             for i, t in enumerate(tests)]
    record: dict[str, Any] = {"format": RECORD_FORMAT, "id": None, "model": models[0], "models": models,
                              "repeat": repeat, "submitted_at": _now(), "requests": len(requests),
                              "cases": cases, "local_errors": local_errors,
                              "prompt": prompts.prompt_snapshot(lab)}
    if eval_runner.uses_grader(tests):
        record["grader_model"] = grading.grader_model(lab, prices)
    if not requests:
        return record  # every test lacks a variable: nothing to send, the result says why
    client = client or claude.make_client()
    batch = with_retries(lambda: client.messages.batches.create(requests=requests), client=client,
                         model=models[0] if len(models) == 1 else None, max_retries=2, cancel=None,
                         on_retry=None)
    record["id"] = str(batch.id)
    log.info("submitted batch %s: %d requests on %s", record["id"], len(requests), ", ".join(models))
    return record


def poll(record: dict[str, Any], *, client: Any = None) -> BatchProgress:
    """Where the batch stands now. Raises ClaudeProblem (404: the batch is gone)."""
    total = int(record.get("requests") or 0)
    if not record.get("id"):
        return BatchProgress("ended", total, total)
    client = client or claude.make_client()
    try:
        batch = with_retries(lambda: client.messages.batches.retrieve(record["id"]), client=client,
                             model=None, max_retries=2, cancel=None, on_retry=None)
    except ClaudeProblem as problem:
        if problem.status == 404:  # not a model problem here: the batch itself is unknown
            raise ClaudeProblem(f"The batch {record['id']} is no longer known to the Claude API "
                                "(404; results are kept 29 days): run the tests again.",
                                "batch_gone", status=404) from None
        raise
    counts = batch.request_counts
    processed = sum(int(getattr(counts, name, 0) or 0)
                    for name in ("succeeded", "errored", "canceled", "expired"))
    return BatchProgress(str(batch.processing_status), processed, total)


def _prices(prices: Any) -> Any:
    if prices is None:
        from advisor.costs import pricing
        prices = pricing.load_price_table()
    return prices


def cancel(record: dict[str, Any], *, client: Any = None) -> None:
    """Cancel the batch on the server (requests not yet processed are not billed)."""
    if not record.get("id"):
        return
    owns = client is None
    client = client or claude.make_client()
    try:
        with_retries(lambda: client.messages.batches.cancel(record["id"]), client=client, model=None,
                     max_retries=2, cancel=None, on_retry=None)
    finally:
        if owns:
            client.close()
    log.info("cancelled batch %s", record["id"])


def _outcome(entry: Any, expects: list[dict[str, Any]], grader: str | None,
             send: Callable[[dict[str, Any]], Any], key: str | None) -> RunOutcome:
    from advisor.claude.netguard import scrub

    result = entry.result
    kind = str(getattr(result, "type", ""))
    if kind == "succeeded":
        message = result.message
        text, thinking = claude.reply_texts(message, key)  # the key scrubbed, as a direct reply
        outcome = RunOutcome(output=text, usage=claude._usage(message.usage), thinking=thinking)
        eval_runner.grade_outcome(expects, outcome, grader, send)
        return outcome
    if kind == "errored":
        error = getattr(getattr(result, "error", None), "error", None)
        what = str(getattr(error, "type", "") or "error").replace("_", " ")
        detail = scrub(str(getattr(error, "message", "") or ""), key)[:200]
        return RunOutcome(error=f"the batch request failed ({what}){': ' + detail if detail else ''}",
                          error_kind="batch_errored")
    if kind == "expired":
        return RunOutcome(error="the batch expired before this request was processed (24 h)",
                          error_kind="batch_expired")
    return RunOutcome(error="the batch was cancelled before this request was processed",
                      error_kind="batch_canceled")


def collect(record: dict[str, Any], *, client: Any = None, prices: Any = None) -> list[EvalResult]:
    """The results of an ended batch, one per model in the record's order, checked against the
    expectations saved at submit time."""
    prices = _prices(prices)
    models = models_of(record)
    saved = list(record.get("cases") or [])
    outcomes: dict[tuple[int, int, int], RunOutcome] = {}
    for cid, why in (record.get("local_errors") or {}).items():
        slot = _parse_custom_id(cid)
        if slot is not None:
            outcomes[slot] = RunOutcome(error=why, error_kind="missing_variable")
    if record.get("id"):
        client = client or claude.make_client()
        grader = record.get("grader_model")

        def send(request: dict[str, Any]) -> claude.Reply:  # rubric grading: interactive requests
            return claude.send_message(request, client=client)

        entries = with_retries(lambda: list(client.messages.batches.results(record["id"])),
                               client=client, model=None, max_retries=2, cancel=None, on_retry=None)
        for entry in entries:
            slot = _parse_custom_id(str(entry.custom_id))
            if slot is None or not (0 <= slot[0] < len(models) and 0 <= slot[1] < len(saved)):
                log.warning("batch result with an unknown custom_id was ignored")
                continue
            outcomes[slot] = _outcome(entry, list(saved[slot[1]].get("expect") or []), grader, send,
                                      getattr(client, "api_key", None))
    results = [_result(record, model, saved, {(test, run): outcome for (m, test, run), outcome
                                              in outcomes.items() if m == number}, prices)
               for number, model in enumerate(models)]
    for result in results:
        log.info("batch %s on %s: %d passed, %d failed, %d errors", record.get("id"), result.model,
                 result.passed, result.failed, result.errors)
    return results


def _result(record: dict[str, Any], model: str, saved: list[dict[str, Any]],
            outcomes: dict[tuple[int, int], RunOutcome], prices: Any) -> EvalResult:
    """One model's run, as a direct run of it gives (costs at the batch price)."""
    repeat = int(record.get("repeat") or 1)
    cases = [CaseResult(str(c.get("name") or f"test {i + 1}")) for i, c in enumerate(saved)]
    for (index, _run), outcome in sorted(outcomes.items(), key=lambda item: (item[0][1], item[0][0])):
        if 0 <= index < len(cases):
            cases[index].runs.append(outcome)
    price = prices.get(model)
    grader_price = prices.get(record["grader_model"]) if record.get("grader_model") else None
    for case in cases:
        # batch_discount is the share taken off the interactive price (0.5: half price), as in
        # the price table's own comment and the cost projection's batch share.
        case.cost_usd = (case.usage.cost_usd(price) * (1 - prices.batch_discount)
                         if price is not None else None)
        if case.cost_usd is not None and grader_price is not None:
            case.cost_usd += case.grader_usage.cost_usd(grader_price)  # grading is interactive
    return EvalResult(model=model, cases=cases, repeat=repeat, priced=price is not None,
                      run_at=str(record.get("submitted_at") or _now()), finished=_now(),
                      grader_model=record.get("grader_model"), prompt=dict(record.get("prompt") or {}),
                      batch=True)


def wait_and_collect(record: dict[str, Any], *, client: Any = None,
                     cancel: threading.Event | None = None,
                     progress: Callable[[BatchProgress], None] | None = None,
                     interval: float = DEFAULT_POLL_SECONDS, prices: Any = None) -> list[EvalResult] | None:
    """Poll until the batch ends, then collect (one result per model); None when cancelled (the
    batch runs on: :func:`cancel` stops it at Anthropic)."""
    cancel = cancel or threading.Event()
    owns = client is None and bool(record.get("id"))
    client = client or (claude.make_client() if record.get("id") else None)
    try:
        while True:
            state = poll(record, client=client)
            if progress is not None:
                progress(state)
            if state.ended:
                # Cancelled while this check was under way: the batch ended because of the cancel,
                # and its results are not kept (as a cancelled direct run keeps none).
                return None if cancel.is_set() else collect(record, client=client, prices=prices)
            if cancel.wait(interval):
                return None
    finally:
        if owns and client is not None:
            client.close()


def describe(record: dict[str, Any]) -> str:
    """One line about a pending batch, for the window's "resume?" offer."""
    count = int(record.get("requests") or 0)
    when = str(record.get("submitted_at") or "earlier").replace("T", " ").replace("Z", " UTC")
    return f"{count} request{'s' if count != 1 else ''} on {', '.join(models_of(record))}, submitted {when}"


__all__ = ["BatchProgress", "cancel", "collect", "custom_id", "describe", "models_of", "poll", "submit",
           "wait_and_collect"]
