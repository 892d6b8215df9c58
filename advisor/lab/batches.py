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
# A record of several contexts or shot counts also has ``runs`` ([{model, context, shots, prompt}],
# whose index is the custom_id's run part, where a plain record's is the model's) and ``chunks``
# ({custom_id: [chunk ids]}) for the retrieve context: a file without them reads as before.


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


def runs_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The runs a record covers, in custom_id order: ``{model, context, shots, prompt}`` each (a
    record without ``runs``: one run per model, the prompt alone)."""
    runs = record.get("runs")
    if isinstance(runs, list) and runs and all(isinstance(r, dict) and isinstance(r.get("model"), str)
                                               for r in runs):
        return list(runs)
    return [{"model": model} for model in models_of(record)]


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def build_requests(lab: dict[str, Any], model: str, repeat: int, price: Any = None,
                   model_index: int = 0, context: Any = None,
                   chunks: dict[str, list[str]] | None = None) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """One run's requests, and the tests that cannot be sent (custom_id -> why); ``context`` (an
    advisor.lab.context plan) adds the documents or each test's chunks, whose ids go to ``chunks``."""
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
            sent = context.apply(params) if context is not None else []
            if sent and chunks is not None:
                chunks[cid] = sent
            requests.append({"custom_id": cid, "params": params})
    return requests, local_errors


def submit(lab: dict[str, Any], *, model: str | None = None, models: list[str] | None = None,
           repeat: int = 1, client: Any = None, prices: Any = None, contexts: list[Any] | None = None,
           shots: list[int | None] | None = None) -> dict[str, Any]:
    """Submit every test on every model (``models``, else ``model``, else the lab's) as one batch;
    returns the record to save. Raises ClaudeProblem.

    ``contexts`` (advisor.lab.context plans) and ``shots`` make every model x context x shots a
    run of its own, as ``eval --context --shots`` does directly; a ``full`` context too large
    for a model raises ContextProblem before anything is sent."""
    from advisor.lab.context import ContextPlan, with_shots

    models = list(dict.fromkeys(models or [model or lab.get("model") or ""]))
    if not all(models):
        raise ValueError("no model: choose one for the prompt lab")
    tests = [t for t in lab.get("tests") or [] if isinstance(t, dict)]
    if not tests:
        raise ValueError("the prompt lab has no tests to run")
    prices = _prices(prices)
    plans = list(contexts or [ContextPlan()])
    pairs = [(name, plan, count) for name in models for plan in plans for count in (shots or [None])]
    for name, plan, _count in pairs:
        plan.check_fits(name)
    requests: list[dict[str, Any]] = []
    local_errors: dict[str, str] = {}
    chunks: dict[str, list[str]] = {}
    for number, (name, plan, count) in enumerate(pairs):
        sent, refused = build_requests(with_shots(lab, count), name, repeat, prices.get(name), number,
                                       plan, chunks)
        requests += sent
        local_errors.update(refused)
    cases = [{"name": prompts.test_name(t, i), "expect": list(t.get("expect") or [])}
             for i, t in enumerate(tests)]
    record: dict[str, Any] = {"format": RECORD_FORMAT, "id": None, "model": models[0], "models": models,
                              "repeat": repeat, "submitted_at": _now(), "requests": len(requests),
                              "cases": cases, "local_errors": local_errors,
                              "prompt": prompts.prompt_snapshot(lab)}
    if any(plan.mode != "none" or count is not None for _name, plan, count in pairs):
        record["runs"] = [{"model": name, "context": plan.mode, "shots": count,
                           "prompt": prompts.prompt_snapshot(with_shots(lab, count))}
                          for name, plan, count in pairs]
        record["chunks"] = chunks
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
    runs = runs_of(record)
    saved = list(record.get("cases") or [])
    chunks = record.get("chunks") if isinstance(record.get("chunks"), dict) else {}
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
            if slot is None or not (0 <= slot[0] < len(runs) and 0 <= slot[1] < len(saved)):
                log.warning("batch result with an unknown custom_id was ignored")
                continue
            outcome = outcomes[slot] = _outcome(entry, list(saved[slot[1]].get("expect") or []), grader,
                                                send, getattr(client, "api_key", None))
            sent = chunks.get(str(entry.custom_id))
            if isinstance(sent, list) and not outcome.error:
                outcome.chunks = [str(c) for c in sent]
    results = [_result(record, run, saved, {(test, repeat): outcome for (m, test, repeat), outcome
                                            in outcomes.items() if m == number}, prices)
               for number, run in enumerate(runs)]
    for result in results:
        log.info("batch %s on %s: %d passed, %d failed, %d errors", record.get("id"), result.model,
                 result.passed, result.failed, result.errors)
    return results


def _result(record: dict[str, Any], run: dict[str, Any], saved: list[dict[str, Any]],
            outcomes: dict[tuple[int, int], RunOutcome], prices: Any) -> EvalResult:
    """One run (a model, with its context and shots), as a direct run of it gives (costs at the
    batch price)."""
    model = str(run["model"])
    shots = run.get("shots") if isinstance(run.get("shots"), int) and not isinstance(run.get("shots"), bool) else None
    context = run.get("context") if run.get("context") in ("full", "retrieve") else "none"
    prompt = run.get("prompt") if isinstance(run.get("prompt"), dict) else record.get("prompt")
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
                      grader_model=record.get("grader_model"), prompt=dict(prompt or {}),
                      batch=True, context=context, shots=shots)


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
    from advisor.core.i18n import translate  # the window's language; the command line's English

    count = int(record.get("requests") or 0)
    when = str(record.get("submitted_at") or translate("batches", "earlier")).replace("T", " ").replace("Z", " UTC")
    text = (translate("batches", "1 request on {1}, submitted {2}") if count == 1
            else translate("batches", "{0} requests on {1}, submitted {2}"))
    return text.format(count, ", ".join(models_of(record)), when)


__all__ = ["BatchProgress", "cancel", "collect", "custom_id", "describe", "models_of", "poll", "submit",
           "wait_and_collect"]
