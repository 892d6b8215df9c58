"""Teacher labelling through the Message Batches API: half the price, answers within hours.

The inputs still to label go as one batch (``advisor.lab.batches``, the lab's batch code). Its
record is appended to the progress file (``OUT.progress.jsonl``) as soon as the batch exists, so a
rerun after a crash, a closed window or a refused key polls the same batch and sends nothing
twice. When the batch ends, every answered input is appended as a label (as a direct run does) and
the batch is marked closed; only what it left unanswered (cancelled, expired, errored) goes in a
later batch.

A batch holds at most 100,000 requests or 256 MB (platform.claude.com/docs/en/build-with-claude/
batch-processing, "Batch limitations", checked 2026-12-07); larger sets go in several batches, one
after the other.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from advisor.lab import batches, prompts
from advisor.lab.dataset import Progress, input_key

MAX_REQUESTS = 100_000  # the API's limit per batch (see above)


def label_by_batch(lab: dict[str, Any], model: str, inputs: list[dict[str, Any]], progress: Progress, *,
                   cancel: threading.Event, client: Any = None, interval: float = batches.DEFAULT_POLL_SECONDS,
                   on_progress: Callable[[int, int], None] | None = None,
                   on_submitted: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any] | None:
    """Label every input not yet in ``progress`` through batches. Returns None when all is done, or
    the record of the batch still open when ``cancel`` was set (the caller cancels it at Anthropic
    with :func:`cancel_open`). ``on_progress(done, total)`` counts inputs; raises ClaudeProblem."""
    by_key = {input_key(test): test for test in inputs}
    while True:
        resumed = progress.open_batch
        record = resumed or _submit(lab, model, inputs, progress, client)
        if record is None:
            return None  # nothing left to label
        if on_submitted is not None:
            on_submitted(record)
        offset = len(progress.done)

        def shown(state: batches.BatchProgress) -> None:
            if on_progress is not None:
                on_progress(min(len(inputs), offset + state.processed), len(inputs))

        results = batches.wait_and_collect(record, client=client, cancel=cancel, progress=shown,
                                           interval=interval)
        if results is None:
            return record
        progress.add(_labels(lab, record, results[0], by_key))
        progress.close_batch(record)
        if on_progress is not None:
            on_progress(len(progress.done), len(inputs))
        if resumed is None and len(record.get("keys") or []) < MAX_REQUESTS:
            return None  # what this batch could not answer is counted, not sent again and again


def cancel_open(record: dict[str, Any], *, client: Any = None) -> None:
    """Stop the batch at Anthropic (what it has not processed is not billed). The record stays
    open in the progress file: the next run collects what the batch did answer, then sends the rest."""
    batches.cancel(record, client=client)


def _submit(lab: dict[str, Any], model: str, inputs: list[dict[str, Any]], progress: Progress,
            client: Any) -> dict[str, Any] | None:
    todo = [test for test in inputs if input_key(test) not in progress.done][:MAX_REQUESTS]
    if not todo:
        return None
    record = batches.submit({**lab, "tests": todo}, model=model, client=client)
    record["keys"] = [input_key(test) for test in todo]  # custom_id t<i> answers the input keys[i]
    progress.open(record)  # at once: a crash from here on polls this batch instead of sending again
    return record


def _labels(lab: dict[str, Any], record: dict[str, Any], result: Any,
            by_key: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The progress lines of the batch's answered inputs (passed and failed; errors are retried)."""
    labels = []
    for key, case in zip(record.get("keys") or [], result.cases):
        test = by_key.get(key)
        if test is None or case.status not in ("passed", "failed"):
            continue  # an input no longer in the file, or one the batch did not answer
        labels.append({"key": key, "kept": case.status == "passed",
                       "user": prompts.render(lab.get("template"), test.get("vars") or {}),
                       "assistant": case.output, "reason": case.reason})
    return labels
