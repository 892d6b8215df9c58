"""Batch mode of the run panel: one Message Batch for every model x context x shots, resumed when
the assessment is reopened, cancelled at Anthropic when the user presses Cancel.

A mixin of :class:`ui.prompt_lab.runs.RunPanel`, which owns the widgets, the signals
(``batch_submitted``, ``batch_finished``, ``runs_saved``) and the task plumbing (``_launch``,
``_begin``); kept apart so each module stays readable.
"""
from __future__ import annotations

import threading
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication

from advisor.lab import batches
from advisor.lab import history as lab_history
from ui.prompt_lab.context_choice import batch_options
from ui.workers import run_task

CANCELLED_AT_SERVER = "cancelled at the server"  # a batch cancelled as soon as it was submitted


class BatchRuns:
    def resume_batch(self, record: dict[str, Any]) -> None:
        if not self.is_busy():
            self._start_batch(record, None, int(record.get("repeat") or 1), batches.models_of(record))

    def _start_batch(self, record: dict[str, Any] | None, lab: dict[str, Any] | None,
                     repeat: int, models: list[str], choice: Any = None) -> None:
        """One batch for every model x context x shots (resumed from ``record``, or submitted from ``lab``)."""
        where = self.assessment_path()
        interval = self.poll_seconds
        claim = self._cancel_claim = threading.Lock()

        def work(ctx: Any) -> list[dict[str, Any]] | str | None:
            nonlocal record
            if record is None:
                record = batches.submit(lab, models=models, repeat=repeat, **batch_options(lab, models, choice, where))
                ctx.report(("submitted", record))
                # Cancel pressed while it was being submitted: stop it there too
                if ctx.cancelled and claim.acquire(blocking=False):
                    batches.cancel(record)
                    return CANCELLED_AT_SERVER
            results = batches.wait_and_collect(
                record, cancel=ctx.cancel_event, interval=interval,
                progress=lambda s: ctx.report(("progress", s.processed, s.total)))
            # The records are built here, off the UI thread, as for a direct run.
            return None if results is None else [result.to_run() for result in results]

        self._batch_cancelled = False
        # Set here and when "submitted" arrives, on the UI thread, so Cancel always finds it.
        self._batch_record = record
        total = int(record.get("requests") or 0) if record else len(lab["tests"]) * repeat * len(choice.pairs(models))
        self._begin(total, QCoreApplication.translate("BatchRuns", "Submitting the batch…") if record is None
                    else QCoreApplication.translate("BatchRuns", "Checking the batch ({0})…").format(
                        batches.describe(record)))
        self._launch(work, "batch", self._batch_done)

    def _cancel_batch_on_server(self, record: dict[str, Any]) -> None:
        """Cancel means cancel: the batch stops at Anthropic too (and is forgotten here)."""
        run_task(lambda _ctx: batches.cancel(record), name="batch-cancel", group=self.group, owner=self,
                 on_result=lambda _result: self._cancelled_at_server(), on_error=self._failed)

    def _cancelled_at_server(self) -> None:
        self._batch_record = None
        self.status.setText(QCoreApplication.translate("BatchRuns", "Cancelled: the batch was cancelled at "
                                                       "Anthropic too; requests it had not processed are not billed."))
        self.batch_finished.emit()

    def _batch_done(self, records: list[dict[str, Any]] | str | None) -> None:
        """Each model's run joins the history, shown side by side like a direct run of them."""
        if records == CANCELLED_AT_SERVER:
            self._cancelled_at_server()
            return
        self._batch_record = None
        if records is None or self._batch_cancelled:
            if self._batch_cancelled:  # results collected as Cancel was pressed are not kept either
                return  # the server cancel reports when it is done (before or after this)
            self.status.setText(QCoreApplication.translate("BatchRuns", "Stopped checking. The batch goes on at "
                                                           "Anthropic: reopen this assessment, or press Resume, "
                                                           "to collect its results."))
            return
        group = uuid.uuid4().hex[:8]
        runs = [{**record, "group": group} for record in records]
        self.history = (self.history + runs)[-lab_history.MAX_RUNS:]
        self.show_runs(runs)
        self.status.setText(QCoreApplication.translate("BatchRuns", "The batch finished; the results are saved in "
                                                       "the assessment."))
        self.runs_saved.emit(runs)
        self.batch_finished.emit()

