"""One labelling run from start to written files, as the window's labelling dialog runs it off the
UI thread: label what is left (directly or through a batch), then write the training and validation
files. The command line (``dataset``) runs the same steps with its own printing."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Callable, NamedTuple

from advisor.lab import dataset, dataset_batch, eval_runner
from advisor.lab.batches import DEFAULT_POLL_SECONDS

CONCURRENCY = 8  # requests in flight on a direct run: well under the API's per-minute limits


class Outcome(NamedTuple):
    labelled: int  # inputs with a label (kept or left out), of
    total: int
    cancelled: bool
    batch_cancelled: bool = False  # a batch was stopped at Anthropic too
    train: int = 0
    validation: int = 0
    failed: int = 0  # left out: the reply failed the inputs' expectations
    unlabelled: int = 0  # could not be labelled (errors): a rerun retries them


def run(lab: dict[str, Any], model: str, inputs: list[dict[str, Any]], out: Path, *, batch: bool,
        validation: float, cancel: threading.Event, report: Callable[[tuple], None],
        poll_seconds: float = DEFAULT_POLL_SECONDS, concurrency: int = CONCURRENCY) -> Outcome:
    """Label and write. ``report`` gets ("progress", done, total) and ("batch", id); raises
    ClaudeProblem (what was labelled stays in OUT.progress.jsonl) and FileProblem."""
    from advisor.core.atomic import check_writable

    check_writable(out)
    progress = dataset.Progress(dataset.progress_path(out))
    report(("progress", len(progress.done), len(inputs)))

    def counted(done: int, total: int) -> None:
        report(("progress", done, total))

    if batch:
        still_open = dataset_batch.label_by_batch(
            lab, model, inputs, progress, cancel=cancel, interval=poll_seconds, on_progress=counted,
            on_submitted=lambda record: report(("batch", str(record.get("id")))))
        if still_open is not None:
            dataset_batch.cancel_open(still_open)
            return Outcome(len(progress.done), len(inputs), True, batch_cancelled=True)
    else:
        from advisor.claude.client import make_client

        client = make_client()  # one for every step: its connections stay open between steps
        try:
            dataset.label(lab, inputs, progress,
                          lambda chunk: eval_runner.run_eval(chunk, model=model, concurrency=concurrency,
                                                             cancel=cancel, client=client),
                          counted, cancel.is_set, dataset.chunk_size(concurrency))
        finally:
            if not cancel.is_set():
                client.close()  # after a cancel, requests may still be in flight: let them go
    if cancel.is_set():
        return Outcome(len(progress.done), len(inputs), True)
    train, held_out, left_out = dataset.write_outputs(lab, inputs, progress, out, validation)
    failed = sum(1 for record in progress.done.values() if not record.get("kept"))
    unlabelled = left_out - failed
    if not unlabelled:
        progress.path.unlink(missing_ok=True)  # everything is in OUT now
    return Outcome(len(progress.done), len(inputs), False, train=train, validation=held_out,
                   failed=failed, unlabelled=unlabelled)
