"""Run all tests: progress and Cancel, repeat and concurrency, results with why, and totals.

A finished run is handed to the page as ``last_run`` (``EvalResult.to_last_run()``, the shape
``eval --save`` writes), so the recommendation cites it. Batch mode submits one Message Batch
instead; its record is handed over at once, so closing the app does not lose the run.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from advisor import batches, claude, eval_runner
from ui.prompt_lab.messages import InlineMessage, ProblemActions, retry_text
from ui.prompt_lab.models import format_cost
from ui.workers import Task, TaskGroup, run_task

log = logging.getLogger(__name__)

COLUMNS = ["Test", "Result", "Pass rate", "Why", "Output", "Tokens in / out", "Cost"]
STATUS_TEXT = {"passed": "✔ passed", "failed": "✘ failed", "error": "⚠ error"}


def case_status(case: dict[str, Any]) -> str:
    return "passed" if case.get("passed") else ("error" if case.get("error") else "failed")


class RunPanel(QWidget):
    run_saved = Signal(dict)        # a complete run's last_run
    batch_submitted = Signal(dict)  # the record to keep in prompt_lab["batch"]
    batch_finished = Signal()       # the batch's results are in (or it is gone): forget it

    def __init__(self, lab_for_run: Callable[[], dict[str, Any]], actions: ProblemActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lab_for_run = lab_for_run
        self.actions = actions
        self.poll_seconds = batches.DEFAULT_POLL_SECONDS
        self.task: Task | None = None
        self._token: object | None = None
        self.group = TaskGroup()  # the page replaces it with its own
        self.repeat = QSpinBox()
        self.repeat.setRange(1, 100)
        self.repeat.setAccessibleName("Repeat each test")
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, 32)
        self.concurrency.setValue(eval_runner.DEFAULT_CONCURRENCY)
        self.concurrency.setAccessibleName("Concurrency")
        self.batch_check = QCheckBox("&Batch mode (half price, results within 24 h)")
        self.batch_check.setToolTip("Send every test as one Message Batch; the run survives "
                                    "closing the app.")
        self.run_button = QPushButton("R&un all tests")
        self.cancel_button = QPushButton("&Cancel")
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.run_all)
        self.cancel_button.clicked.connect(self.cancel)
        controls = QHBoxLayout()
        controls.addWidget(QLabel("Repeat:"))
        controls.addWidget(self.repeat)
        controls.addSpacing(10)
        controls.addWidget(QLabel("Concurrency:"))
        controls.addWidget(self.concurrency)
        controls.addStretch(1)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Test run progress")
        self.progress.setFormat("%v of %m")
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.message = InlineMessage()
        self.results = QTableWidget(0, len(COLUMNS))
        self.results.setTabKeyNavigation(False)
        self.results.setAccessibleName("Test results")
        self.results.setHorizontalHeaderLabels(COLUMNS)
        self.results.verticalHeader().setVisible(False)
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # One line per test, every row the same height however the table was opened (heights
        # measured while the tab was hidden came out uneven); the full text is in the tooltip.
        self.results.setWordWrap(False)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.results.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.results.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel("No run yet.")
        self.totals.setTextFormat(Qt.TextFormat.RichText)  # its own <b>; the file's words are escaped
        self.totals.setAccessibleName("Totals")
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.batch_check)  # a line of its own: the row fits a 900-pixel window
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.totals)

    # -- running ------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def run_all(self) -> None:
        if self.is_busy():
            return
        lab = self.lab_for_run()
        self.message.hide()
        if not lab.get("tests"):
            self.message.show_message("There are no tests to run: add one above.", "warning")
            return
        if not lab.get("model"):
            self.message.show_message("Choose a model first.", "warning")
            return
        repeat, concurrency = self.repeat.value(), self.concurrency.value()
        total = len(lab["tests"]) * repeat
        if self.batch_check.isChecked():
            self._start_batch(None, lab, repeat)
            return

        def work(ctx: Any) -> eval_runner.EvalResult:
            client = claude.make_client()

            def send(request: dict[str, Any]) -> claude.Reply:
                return claude.send_message(request, client=client, cancel=ctx.cancel_event,
                                           on_retry=lambda p, wait: ctx.report(("retry", p.kind, wait)))

            try:
                return eval_runner.run_eval(lab, repeat=repeat, concurrency=concurrency,
                                            cancel=ctx.cancel_event, send=send,
                                            progress=lambda done, of: ctx.report(("progress", done, of)))
            finally:
                if not ctx.cancelled:
                    client.close()  # after a cancel, requests may still be in flight: let them go

        self._begin(total, f"Running {total} request{'s' if total != 1 else ''} on {lab['model']}…")
        self._launch(work, "eval", self._run_done)

    def resume_batch(self, record: dict[str, Any]) -> None:
        if not self.is_busy():
            self._start_batch(record, None, int(record.get("repeat") or 1))

    def _start_batch(self, record: dict[str, Any] | None, lab: dict[str, Any] | None,
                     repeat: int) -> None:
        interval = self.poll_seconds

        def work(ctx: Any) -> eval_runner.EvalResult | None:
            nonlocal record
            if record is None:
                record = batches.submit(lab, repeat=repeat)
                ctx.report(("submitted", record))
            return batches.wait_and_collect(
                record, cancel=ctx.cancel_event, interval=interval,
                progress=lambda s: ctx.report(("progress", s.processed, s.total)))

        total = int(record.get("requests") or 0) if record else len(lab["tests"]) * repeat
        self._begin(total, "Submitting the batch…" if record is None
                    else f"Checking the batch ({batches.describe(record)})…")
        self._launch(work, "batch", self._batch_done)

    def _launch(self, work: Callable[[Any], Any], name: str, on_result: Callable[[Any], None]) -> None:
        # Results of a run the page abandoned (another assessment was opened) are dropped.
        token = self._token = object()

        def current(slot: Callable[..., None]) -> Callable[..., None]:
            return lambda *args: slot(*args) if self._token is token else None

        self.task = run_task(work, name=name, on_result=current(on_result),
                             on_error=current(self._failed), on_progress=current(self._progressed),
                             on_finished=current(self._end), group=self.group, owner=self)

    def abandon(self) -> None:
        """Stop the run and ignore whatever it still reports (a batch goes on at Anthropic)."""
        if self.task is not None:
            self.task.cancel()
        self._token = None
        self._end()
        self.status.clear()
        self.message.hide()

    def cancel(self) -> None:
        if self.is_busy():
            self.task.cancel()
            self.status.setText("Cancelling…")

    def _begin(self, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(text)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

    def _end(self) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.hide()

    def _progressed(self, value: Any) -> None:
        if value[0] == "progress":
            _, done, total = value
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
        elif value[0] == "retry":
            self.status.setText(retry_text(value[1], value[2]))
        elif value[0] == "submitted":
            self.batch_submitted.emit(value[1])
            self.status.setText(f"Batch submitted ({batches.describe(value[1])}); checking every "
                                f"{self.poll_seconds:g} s. You may close the app: the run resumes "
                                "when you reopen this assessment.")

    def _run_done(self, result: eval_runner.EvalResult) -> None:
        self.show_run(result.to_last_run())
        if result.cancelled:
            done = sum(len(case.runs) for case in result.cases)
            self.status.setText(f"Cancelled after {done} request{'s' if done != 1 else ''}; these "
                                "partial results are not saved.")
            return
        self.status.setText("Finished; the results are saved in the assessment.")
        self.run_saved.emit(result.to_last_run())

    def _batch_done(self, result: eval_runner.EvalResult | None) -> None:
        if result is None:
            self.status.setText("Stopped checking. The batch goes on at Anthropic: reopen this "
                                "assessment, or press Resume, to collect its results.")
            return
        self.show_run(result.to_last_run())
        self.status.setText("The batch finished; the results are saved in the assessment.")
        self.run_saved.emit(result.to_last_run())
        self.batch_finished.emit()

    def _failed(self, message: str, error: Any) -> None:
        self.status.setText("The run stopped.")
        self.actions.show(self.message, message, error)
        if getattr(error, "kind", None) == "batch_gone":
            self.batch_finished.emit()

    # -- results ------------------------------------------------------------------------------
    def show_run(self, run: dict[str, Any] | None) -> None:
        cases = list((run or {}).get("cases") or [])
        self.results.setRowCount(len(cases))
        for row, case in enumerate(cases):
            status = case_status(case)
            rate = case.get("pass_rate")
            runs = case.get("runs") or 1
            cells = [str(case.get("name", "")), STATUS_TEXT[status],
                     f"{rate:.0%} of {runs}" if isinstance(rate, (int, float)) else "",
                     str(case.get("error") or case.get("reason") or ""),
                     " ".join(str(case.get("output") or "").split())[:300],
                     f"{case.get('input_tokens', 0):,} / {case.get('output_tokens', 0):,}",
                     format_cost(case.get("cost_usd"))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip(str(case.get("output") or ""))
                elif column == 3 and text:
                    item.setToolTip(text)
                self.results.setItem(row, column, item)
        self.totals.setText(self.describe_totals(run) if run else "No run yet.")

    @staticmethod
    def describe_totals(run: dict[str, Any]) -> str:
        cases = list(run.get("cases") or [])
        tokens_in = sum(int(c.get("input_tokens") or 0) for c in cases)
        tokens_out = sum(int(c.get("output_tokens") or 0) for c in cases)
        repeat = int(run.get("repeat") or 1)
        from html import escape  # the model and the time come from the file: shown, never rendered

        when = escape(str(run.get("run_at") or "").replace("T", " ").replace("Z", " UTC"))
        return (f"<b>{run.get('passed', 0)} passed, {run.get('failed', 0)} failed, "
                f"{run.get('errors', 0)} errors</b> of {len(cases)} on {escape(str(run.get('model')))}"
                f"{f' (each run {repeat}×)' if repeat > 1 else ''} · {tokens_in:,} input + "
                f"{tokens_out:,} output tokens · {format_cost(run.get('cost_usd'))}"
                f"{f' · {when}' if when else ''}")

    def wait(self, timeout: float) -> bool:
        return self.task.wait(timeout) if self.task is not None else True
