"""Run all tests: on one model or several, progress and Cancel, results with why, and totals.

Finished runs are handed to the page (``runs_saved``), which keeps them in ``prompt_lab.runs``
(``EvalResult.to_run()``, the shape ``eval --save`` writes). Several models run one after the
other and show side by side (:mod:`compare`). Batch mode submits one Message Batch instead, every
chosen model's requests in it; its record is handed over at once, so closing the app does not
lose the run, and Cancel cancels it on the server too.
"""
from __future__ import annotations

import logging
import threading
import time
import uuid
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QProgressBar,
                               QPushButton, QSpinBox, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from advisor.claude import client as claude
from advisor.lab import batches, eval_runner, test_sets
from advisor.lab import history as lab_history
from ui.prompt_lab.batch_runs import BatchRuns
from ui.prompt_lab.compare import CompareRunsDialog, SideBySide
from ui.prompt_lab.context_choice import ContextChoice, cache_read_text, run_go
from ui.prompt_lab.forget_runs import ForgetRunsDialog
from ui.prompt_lab.messages import InlineMessage, ProblemActions, retry_text
from ui.prompt_lab.models import format_cost
from ui.prompt_lab.matrix import ResultsMatrix
from ui.prompt_lab.own_model import OwnModelControl, batch_only_claude, checked_key, run_beside_claude
from ui.prompt_lab.result_detail import ResultDetail
from ui.prompt_lab.shots_curve import ShotsCurve
from ui.prompt_lab.results_model import STATUS_TEXT, ResultsModel, status_text
from ui.prompt_lab.tests_table import export
from ui.locale_format import number
from ui.workers import Task, TaskGroup, run_task
from ui.wrapped_min_height import keep_whole

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05  # the progress bar moves 20 times a second at most


class RunPanel(BatchRuns, QWidget):
    # Signal(object), not Signal(list): a list crosses as a QVariantList, copied item by item
    # (1,000 cases cost the UI thread ~25 ms); an object crosses as the same Python object.
    runs_saved = Signal(object)     # the complete runs of one go (one per model), a list
    history_trimmed = Signal(int)   # keep only this many of the newest runs
    batch_submitted = Signal(object)  # the record to keep in prompt_lab["batch"], a dict
    batch_finished = Signal()       # the batch's results are in (or it is gone): forget it

    def __init__(self, lab_for_run: Callable[[], dict[str, Any]], actions: ProblemActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lab_for_run = lab_for_run
        self.actions = actions
        self.history: list[dict[str, Any]] = []  # prompt_lab.runs, newest last
        self.shown: list[dict[str, Any]] = []  # the runs of the go on screen
        self.bar_for: Callable[[], float | None] = lambda: None  # the page reads the answers
        self.assessment_path: Callable[[], Any] = lambda: None  # documents' paths are relative to it
        self._batch_record: dict[str, Any] | None = None
        self._batch_cancelled = False  # Cancel pressed during a batch: the server cancel reports
        # Whoever takes it first sends the server cancel: the worker (Cancel came while it was
        # submitting) or the page; never both, as a Cancel right after "submitted" once did.
        self._cancel_claim = threading.Lock()
        self.poll_seconds = batches.DEFAULT_POLL_SECONDS
        self.task: Task | None = None
        self._token: object | None = None
        self.group = TaskGroup()  # the page replaces it with its own
        self.repeat = QSpinBox()
        self.repeat.setRange(1, 100)
        self.repeat.setAccessibleName(self.tr("Repeat each test"))
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, 32)
        self.concurrency.setValue(eval_runner.DEFAULT_CONCURRENCY)
        self.concurrency.setAccessibleName(self.tr("Concurrency"))
        self.batch_check = QCheckBox(self.tr("&Batch mode (half price, results within 24 h)"))
        self.batch_check.setToolTip(self.tr("Send every test as one Message Batch; the run survives "
                                            "closing the app."))
        # A push button with a menu keeps room for its arrow (a tool button drew it over the text).
        self.models_button = QPushButton(self.tr("Also on: none"))
        self.models_button.setAccessibleName(self.tr("Also run on these models"))
        self.models_button.setToolTip(self.tr("Run the same tests on more models, side by side"))
        self.models_menu = QMenu(self.models_button)
        self.models_button.setMenu(self.models_menu)
        self.run_button = QPushButton(self.tr("R&un all tests"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.run_all)
        self.cancel_button.clicked.connect(self.cancel)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Repeat:")))
        controls.addWidget(self.repeat)
        controls.addSpacing(10)
        controls.addWidget(QLabel(self.tr("Concurrency:")))
        controls.addWidget(self.concurrency)
        controls.addStretch(1)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Test run progress"))
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.message = InlineMessage()
        self.results_model = ResultsModel(self)
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setTabKeyNavigation(False)
        self.results.setAccessibleName(self.tr("Test results"))
        self.results.verticalHeader().setVisible(False)
        self.results.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        # One line per test, every row the same height however the table was opened (heights
        # measured while the tab was hidden came out uneven); the full text is in the tooltip.
        self.results.setWordWrap(False)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.results.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.results.horizontalHeader()  # fixed small columns; Why and Output share the rest
        for column, width in enumerate((120, 76, 76, 0, 0, 112, 96)):
            if width:  # wide enough for its heading and its words in the window's language
                texts = [str(self.results_model.headerData(column, Qt.Orientation.Horizontal))]
                texts += [status_text(status) for status in STATUS_TEXT] if column == 1 else []
                widest = max(header.fontMetrics().horizontalAdvance(text) for text in texts) + 24
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                self.results.setColumnWidth(column, max(width, widest))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.detail = ResultDetail()
        self.results.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.detail.show_case(self.results_model.case_at(current.row())))
        self.results_model.modelReset.connect(lambda: self.detail.show_case(None))
        self.side_by_side = SideBySide()
        self.showing = QComboBox()
        self.showing.setAccessibleName(self.tr("Results of"))
        self.showing.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.showing.setMinimumContentsLength(16)
        self.showing.currentIndexChanged.connect(self._show_selected)
        self.compare_button = QPushButton(self.tr("Compare &runs…"))
        self.compare_button.setToolTip(self.tr("Pick two runs of the history: what changed, which cases flipped"))
        self.compare_button.clicked.connect(self.open_compare)
        self.forget_button = QPushButton(self.tr("Forget ol&d runs…"))
        self.forget_button.setToolTip(self.tr("Keep only the newest runs: a long history makes a big file"))
        self.forget_button.clicked.connect(self.open_forget)
        self.export_button = QPushButton(self.tr("Export res&ults…"))
        self.export_button.clicked.connect(self.choose_export)
        self.totals = QLabel(self.tr("No run yet."))
        self.totals.setTextFormat(Qt.TextFormat.RichText)  # its own <b>; the file's words are escaped
        self.totals.setAccessibleName(self.tr("Totals"))
        keep_whole(self.totals)  # wraps; a short window scrolls rather than draw the results over it
        results_row = QHBoxLayout()
        results_row.addWidget(QLabel(self.tr("Results of:")))
        results_row.addWidget(self.showing, 1)
        results_row.addWidget(self.compare_button)
        results_row.addWidget(self.forget_button)
        results_row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        options = QHBoxLayout()  # a line of its own: the controls row fits a 900-pixel window
        options.addWidget(self.batch_check)
        options.addSpacing(10)
        options.addWidget(self.models_button)
        self.own_model = OwnModelControl()  # the team's model on its own server, beside Claude
        options.addSpacing(10)
        options.addWidget(self.own_model)
        options.addStretch(1)
        layout.addLayout(options)
        layout.addWidget(self.own_model.note)
        self.context_choice = ContextChoice()  # contexts and shots: a go is model x context x shots
        layout.addWidget(self.context_choice)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        # Two views of the go shown: every test on every model, or one model's details.
        one_model = QWidget()
        one_layout = QVBoxLayout(one_model)
        one_layout.setContentsMargins(0, 6, 0, 0)
        one_layout.addLayout(results_row)
        one_layout.addWidget(self.results, 1)
        one_layout.addWidget(self.detail)
        self.matrix = ResultsMatrix()
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.matrix, self.tr("Tests × &models"))
        self.views.addTab(one_model, self.tr("One model in detail"))
        self.curve = ShotsCurve()  # pass rate against shots, from the whole history
        self.views.addTab(self.curve, self.tr("Few-shot cur&ve"))
        self.views.setCurrentWidget(one_model)
        # Models side by side above the views, on a handle: after a go of several models or
        # contexts a short window can give the results the room (issue 25's 900 x 600 German).
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.side_by_side)
        self.split.addWidget(self.views)
        self.split.setStretchFactor(1, 1)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.totals)
        self._update_history_buttons()

    # -- running ------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def run_all(self) -> None:
        if self.is_busy():
            return
        lab = self.lab_for_run()
        self.message.hide()
        if not lab.get("tests"):
            self.message.show_message(self.tr("There are no tests to run: add one above."), "warning")
            return
        if not lab.get("model"):
            self.message.show_message(self.tr("Choose a model first."), "warning")
            return
        repeat, concurrency = self.repeat.value(), self.concurrency.value()
        models = [lab["model"], *(m for m in self.extra_models() if m != lab["model"])]
        own = self.own_model.target_for_run()
        try:
            choice = self.context_choice.choice()
        except ValueError as problem:
            self.message.show_message(str(problem), "warning")
            return
        runs_count = len(choice.pairs(models)) + (len(choice.pairs([own.model])) if own is not None else 0)
        total = len(lab["tests"]) * repeat * runs_count
        if self.batch_check.isChecked():
            if own is not None:
                return self.message.show_message(batch_only_claude().format(own.label()), "warning")
            self._start_batch(None, lab, repeat, models, choice)
            return

        def work(ctx: Any) -> list[tuple[bool, dict[str, Any], int]]:
            client = claude.make_client()

            def send(request: dict[str, Any]) -> claude.Reply:
                return claude.send_message(request, client=client, cancel=ctx.cancel_event,
                                           on_retry=lambda p, wait: ctx.report(("retry", p.kind, wait)))

            reported = [0.0]

            def progress(done_before: int, done: int, of: int) -> None:
                # At most one report per PROGRESS_INTERVAL_S (each costs the UI thread a turn), and
                # always the last of each model.
                now = time.monotonic()
                if done >= of or now - reported[0] >= PROGRESS_INTERVAL_S:
                    reported[0] = now
                    ctx.report(("progress", done_before + done, total))

            own_key = checked_key(own)  # before anything is paid for: never a key over plain http
            try:
                results = run_go(lab, models, choice, self.assessment_path(), ctx.cancel_event, progress,
                                 repeat=repeat, concurrency=concurrency, send=send)
                if own is not None and not ctx.cancel_event.is_set():  # each context and shots, after Claude's
                    before = len(choice.pairs(models)) * len(lab["tests"]) * repeat
                    results += run_beside_claude(lab, own, own_key, ctx, send=send, repeat=repeat,
                                                 concurrency=concurrency, choice=choice,
                                                 assessment_path=self.assessment_path(),
                                                 progress=lambda done_before, done, of: progress(
                                                     before + done_before, done, of))
                # The records are built here, off the UI thread: 1,000 cases take a while.
                return [(result.cancelled, result.to_run(), sum(len(c.runs) for c in result.cases))
                        for result in results]
            finally:
                if not ctx.cancelled:
                    client.close()  # after a cancel, requests may still be in flight: let them go

        on = models[0] if runs_count == 1 else self.tr("{0} runs").format(runs_count)
        self._begin(total, (self.tr("Running 1 request on {1}…") if total == 1
                            else self.tr("Running {0} requests on {1}…")).format(total, on))
        self._launch(work, "eval", self._run_done)

    # -- models -------------------------------------------------------------------------------
    def set_model_choices(self, ids: list[str]) -> None:
        """The models offered besides the lab's own (usable ones, from the API or the prices)."""
        chosen = set(self.extra_models())
        self.models_menu.clear()
        for model in ids:
            action = self.models_menu.addAction(model)
            action.setCheckable(True)
            action.setChecked(model in chosen)
            action.toggled.connect(lambda _on: self._update_models_button())
        self._update_models_button()

    def extra_models(self) -> list[str]:
        return [a.text() for a in self.models_menu.actions() if a.isChecked()]

    def choose_models(self, ids: list[str]) -> None:
        for action in self.models_menu.actions():
            action.setChecked(action.text() in ids)

    def _update_models_button(self) -> None:
        extra = self.extra_models()
        if not extra:
            self.models_button.setText(self.tr("Also on: none"))
        elif len(extra) == 1:
            self.models_button.setText(self.tr("Also on: {0}").format(extra[0]))
        else:
            self.models_button.setText(self.tr("Also on: {0} more models").format(len(extra)))
        self.models_button.setToolTip(self.tr("Run the same tests on more models, side by side: {0}").format(
            ", ".join(extra)) if extra else self.tr("Run the same tests on more models, side by side"))

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
        if not self.is_busy():
            return
        self.task.cancel()
        self.status.setText(self.tr("Cancelling…"))
        record = self._batch_record if self.task.name == "batch" else None
        if record is not None and record.get("id"):
            self._batch_cancelled = True
            if self._cancel_claim.acquire(blocking=False):  # else the worker is cancelling it
                self._cancel_batch_on_server(record)

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
            self._batch_record = value[1]
            self.batch_submitted.emit(value[1])
            self.status.setText(self.tr("Batch submitted ({0}); checking every {1} s. You may close the app: "
                                        "the run resumes when you reopen this assessment.").format(
                batches.describe(value[1]), f"{self.poll_seconds:g}"))

    def _run_done(self, results: list[tuple[bool, dict[str, Any], int]]) -> None:
        """Each model's (cancelled, run record, requests sent), built by the worker."""
        group = uuid.uuid4().hex[:8]  # the runs of one go, shown side by side again on reopening
        runs = [{**run, "group": group} for _cancelled, run, _sent in results]
        if any(cancelled for cancelled, _run, _sent in results) or not results:
            self.show_runs(runs)
            done = sum(sent for _cancelled, _run, sent in results)
            self.status.setText((self.tr("Cancelled after 1 request; these partial results are not saved.")
                                 if done == 1 else
                                 self.tr("Cancelled after {0} requests; these partial results are not saved."))
                                .format(done))
            return
        self.history = (self.history + runs)[-lab_history.MAX_RUNS:]
        self.show_runs(runs)
        self.status.setText(self.tr("Finished; the results are saved in the assessment."))
        self.runs_saved.emit(runs)

    def _failed(self, message: str, error: Any) -> None:
        self.status.setText(self.tr("The run stopped."))
        self.actions.show(self.message, message, error)
        if getattr(error, "kind", None) == "batch_gone":
            self.batch_finished.emit()

    # -- results ------------------------------------------------------------------------------
    def load_history(self, runs: list[dict[str, Any]]) -> None:
        """The file's runs: the newest go is shown (all its models side by side)."""
        self.history = list(runs)
        self.own_model.load_runs(self.history)
        newest = runs[-1] if runs else None
        group = newest.get("group") if newest else None
        go = [r for r in runs if group and r.get("group") == group] if group else ([newest] if newest else [])
        self.show_runs(go)

    def show_run(self, run: dict[str, Any] | None) -> None:
        self.show_runs([run] if run else [])

    def show_runs(self, runs: list[dict[str, Any]]) -> None:
        self.shown = list(runs)
        self.side_by_side.show_runs(self.shown, self.bar_for())
        if len(self.shown) > 1:  # the comparison whole where the window has room, the views the rest
            self.split.setSizes([self.side_by_side.needed_height(self.split.width()), max(self.split.height(), 1)])
        self.showing.blockSignals(True)
        self.showing.clear()
        for run in self.shown:
            self.showing.addItem(lab_history.describe_run(run))
        self.showing.blockSignals(False)
        self.showing.setEnabled(len(self.shown) > 1)
        self.matrix.show_runs(self.shown)
        self.views.setCurrentIndex(0 if len(self.shown) > 1 else 1)  # several models: the matrix first
        self.curve.show_go(self.history, self.shown, self.views)
        self._show_selected(0)
        self._update_history_buttons()

    def _show_selected(self, index: int) -> None:
        run = self.shown[index] if 0 <= index < len(self.shown) else None
        self.results_model.show(list((run or {}).get("cases") or []))
        self.totals.setText(self.describe_totals(run) if run else self.tr("No run yet."))

    def _update_history_buttons(self) -> None:
        self.compare_button.setEnabled(len(self.history) >= 2)
        self.forget_button.setEnabled(len(self.history) >= 2 and not self.is_busy())
        self.export_button.setEnabled(bool(self.shown))

    def open_compare(self) -> CompareRunsDialog:
        self.compare_dialog = CompareRunsDialog(self.history, self)
        self.compare_dialog.open()
        return self.compare_dialog

    def open_forget(self) -> ForgetRunsDialog:
        dialog = ForgetRunsDialog(self.history, self)
        dialog.accepted.connect(lambda: self.history_trimmed.emit(dialog.keep.value()))
        self.forget_dialog = dialog
        dialog.open()
        return dialog

    def choose_export(self) -> None:
        export(self, self.message, "results", self.shown, test_sets.results_to_csv, test_sets.results_to_jsonl)

    @staticmethod
    def describe_totals(run: dict[str, Any]) -> str:
        cases = list(run.get("cases") or [])
        tokens_in = sum(int(c.get("input_tokens") or 0) for c in cases)
        tokens_out = sum(int(c.get("output_tokens") or 0) for c in cases)
        repeat = int(run.get("repeat") or 1)
        from html import escape  # the model and the time come from the file: shown, never rendered

        when = escape(str(run.get("run_at") or "").replace("T", " ").replace("Z", " UTC"))
        translate = QCoreApplication.translate
        counts = translate("RunPanel", "<b>{0} passed, {1} failed, {2} errors</b> of {3} on {4}").format(
            run.get("passed", 0), run.get("failed", 0), run.get("errors", 0), len(cases),
            escape(lab_history.run_name(run)))
        each = translate("RunPanel", " (each run {0}×)").format(repeat) if repeat > 1 else ""
        tokens = translate("RunPanel", "{0} input + {1} output tokens").format(number(tokens_in), number(tokens_out))
        return (f"{counts}{each} · {tokens}{cache_read_text(run)} · {format_cost(run.get('cost_usd'))}"
                f"{f' · {when}' if when else ''}")

    def wait(self, timeout: float) -> bool:
        return self.task.wait(timeout) if self.task is not None else True
