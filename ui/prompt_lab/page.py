"""The Prompt lab screen: try a prompt on Claude, test it, and keep the evidence in the assessment.

Two tabs share one prompt: "Prompt" (the editor beside a streamed reply, optionally two models
side by side) and "Tests" (the test table, Run all, results). Every edit goes to the document
after a short pause, so autosave and Save cover it; opening an assessment fills the lab. All
network work runs off the UI thread (``ui.workers``); :meth:`PromptLabPage.shutdown` cancels it.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from advisor.lab import batches

from advisor.claude import client as claude

from advisor.claude import keystore

from advisor.lab import history as lab_history

from advisor.costs import pricing
from advisor.costs.inputs import COST_INPUTS_BY_ID

from advisor.lab import prompts, retrieval
from ui import api_key_dialog
from ui.document import AssessmentDocument
from ui.scroll_fit import keep_content_width
from ui.prompt_lab.documents_panel import DocumentsPanel
from ui.prompt_lab.editor import PromptEditor
from ui.prompt_lab.messages import InlineMessage, ProblemActions
from ui.prompt_lab.models import choices_from_api, choices_from_prices, with_prices
from ui.costs.price_events import price_events
from ui.prompt_lab.runs import RunPanel
from ui.prompt_lab.tests_table import TestsTable
from ui.prompt_lab.try_panel import TryPanel
from ui.workers import TaskGroup, run_task

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 300  # coalesce typing into one document change
SHUTDOWN_WAIT_S = 2.0
LAB_FIELDS = ("model", "system", "template", "examples", "max_tokens", "temperature", "effort", "tests",
              "compare_model", "try_values")


class PromptLabPage(QWidget):
    labelling_requested = Signal()  # "Label a training set…": the window opens the dialog

    def __init__(self, document: AssessmentDocument, parent: QWidget | None = None,
                 settings: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.also_on_memory: Any = None  # with the app's settings: "Also on" kept per file
        self.own_model_memory: Any = None  # and your own model's set-up, until a run keeps it
        self.group = TaskGroup()
        self.prices = pricing.load_price_table()
        self._loading = False
        self._closed = False
        self._unsaved = False  # edits not yet in the document
        actions = ProblemActions(self.open_key_settings, self.pick_model)

        self.key_label = QLabel()
        self.key_label.setAccessibleName(self.tr("API key status"))
        self.key_label.setStyleSheet("color: palette(placeholder-text);")
        self.key_button = QPushButton(self.tr("&Key settings…"))
        self.key_button.clicked.connect(self.open_key_settings)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("<h2>Prompt lab</h2>")))
        header.addStretch(1)
        header.addWidget(self.key_label)
        header.addWidget(self.key_button)
        intro = QLabel(self.tr("Try your own task on Claude before anyone labels data or rents a GPU: "
                               "if a prompt already passes your tests, fine-tuning has to beat that."))
        intro.setWordWrap(True)
        self.banner = InlineMessage()

        self.editor = PromptEditor()
        self.editor.price_for = lambda model: self.prices.get(model)
        self.try_panel = TryPanel(self.request_for, self.prices.get, actions)
        self.try_panel.model_id = self.editor.model_picker.model_id
        self.tests_table = TestsTable()
        self.runs = RunPanel(self.current_lab, actions)
        self.documents = DocumentsPanel(lambda: self.document.path,
                                        lambda: retrieval.settings_of(self.current_lab()))
        self.runs.assessment_path = lambda: self.document.path
        for holder in (self.try_panel, *self.try_panel.panes, self.runs, self.documents):
            holder.group = self.group
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._prompt_tab(), self.tr("&Prompt"))
        self.tabs.addTab(self._tests_tab(), self.tr("T&ests"))
        self.tabs.addTab(self._padded(self.documents), self.tr("D&ocuments"))
        label_button = QPushButton(self.tr("Label a training set…"))  # issue 24: the lab's prompt as the teacher
        label_button.setToolTip(self.tr("Claude answers your inputs with this prompt: a training set for a small "
                                        "model"))
        label_button.clicked.connect(self.labelling_requested)
        self.tabs.setCornerWidget(label_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addLayout(header)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush_edits)
        self.editor.edited.connect(self._edited)
        self.tests_table.edited.connect(self._mark_unsaved)
        self.try_panel.compare_check.toggled.connect(lambda _on: self._edited())
        self.try_panel.compare_picker.model_changed.connect(lambda _id: self._edited())
        self._linked_also_on: list[str] = []  # what "Also on" took from "Compare with"
        for signal in (self.try_panel.compare_check.toggled, self.try_panel.compare_picker.model_changed):
            signal.connect(lambda *_: self._link_also_on())
        self.runs.runs_saved.connect(self._save_runs)
        self.runs.history_trimmed.connect(self._keep_newest_runs)
        self.runs.bar_for = self._quality_bar
        self.runs.batch_submitted.connect(lambda record: self._store("batch", record))
        self.runs.batch_finished.connect(lambda: self._store("batch", None))
        self.documents.documents_changed.connect(lambda entries: self._store("documents", entries or None))
        self.runs.context_choice.top_k.valueChanged.connect(self._top_k_changed)
        document.replaced.connect(self.load_from_document)
        api_key_dialog.key_events.changed.connect(self.key_changed)
        price_events.changed.connect(self.prices_changed)
        # Safe when shutdown() is never called: the group is a plain object that outlives us.
        self.destroyed.connect(self.group.cancel_all)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.group.cancel_all)

        self._set_models(choices_from_prices(self.prices), "prices")
        if settings is not None:
            from ui.prompt_lab.also_on_memory import AlsoOnMemory

            self.also_on_memory = AlsoOnMemory(self, settings)
            from ui.prompt_lab.own_model_memory import OwnModelMemory

            self.own_model_memory = OwnModelMemory(self, settings)
        self.load_from_document()
        self.key_changed()

    def _prompt_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        keep_content_width(scroll)  # a note or control shown later never cuts the editors
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(self.try_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 460])
        return self._padded(splitter)

    def _tests_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tests_table)
        splitter.addWidget(self.runs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        return self._padded(splitter)

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(widget)
        return holder

    # -- the lab <-> the document ---------------------------------------------------------------
    def current_lab(self) -> dict[str, Any]:
        """The lab as the widgets hold it, merged over what the document has (last_run, batch…)."""
        lab = {k: v for k, v in self.document.assessment.prompt_lab.items() if k not in LAB_FIELDS}
        fields = self.editor.fields()
        lab.update({k: v for k, v in fields.items() if v not in ("", None) or k == "model"})
        lab["tests"] = self.tests_table.tests()
        # Saved with the file: the Try-it values and the compare model (CONTRACT section 5, v2).
        values = {k: v for k, v in self.editor.variables.values().items() if v != ""}
        if values:
            lab["try_values"] = values
        if self.try_panel.compare_check.isChecked() and self.try_panel.compare_picker.model_id():
            lab["compare_model"] = self.try_panel.compare_picker.model_id()
        return lab

    def request_for(self, model: str) -> dict[str, Any]:
        """The Try-it request: the prompt with the variable fields' values (PromptError if empty)."""
        lab = self.current_lab()
        values = {k: v for k, v in self.editor.variables.values().items() if v != ""}
        return prompts.build_request(lab, values, model=model, price=self.prices.get(model))

    def _edited(self) -> None:
        if self._loading:
            return
        self.tests_table.set_variable_names(self.editor.variable_names())
        self._mark_unsaved()
        self.try_panel.schedule_estimate()

    def _mark_unsaved(self) -> None:
        self._unsaved = True
        self._save_timer.start()

    def flush_edits(self) -> None:
        """Write pending edits to the document now (the main window may call it before saving)."""
        self._save_timer.stop()
        if self._closed or not self.document.is_open or not self._unsaved:
            return
        self._unsaved = False
        self.document.set_prompt_lab(self.current_lab())

    def _store(self, key: str, value: Any) -> None:
        lab = self.current_lab()
        self._unsaved = False
        if value is None:
            lab.pop(key, None)
        else:
            lab[key] = value
        self._save_timer.stop()
        self.document.set_prompt_lab(lab)
        if key == "batch" and value is None:
            self.banner.hide()

    def _top_k_changed(self, top_k: int) -> None:
        """retrieve's top-k is kept in the file (prompt_lab.retrieval), as eval reads it."""
        if not self._loading and not self.runs.context_choice.signalsBlocked():
            self._store("retrieval", {**retrieval.settings_of(self.current_lab()), "top_k": top_k})

    def _quality_bar(self) -> float | None:
        bar = self.document.assessment.answers.get("quality_bar_pct")
        return float(bar) if isinstance(bar, (int, float)) and not isinstance(bar, bool) else None

    def _save_runs(self, runs: list[dict[str, Any]]) -> None:
        """Finished runs join the history (``runs``); ``last_run`` is the newest.

        Handed over, not copied: the new runs were built off the UI thread for the document alone,
        the history's runs are never changed once kept, and ``current_lab`` builds the rest fresh.
        """
        lab = lab_history.with_runs(self.current_lab(), runs)
        self._unsaved = False
        self._save_timer.stop()
        self.document.set_prompt_lab(lab, handed_over=True)

    def _keep_newest_runs(self, count: int) -> None:
        lab = lab_history.keep_newest(self.current_lab(), count)
        self._unsaved = False
        self._save_timer.stop()
        self.document.set_prompt_lab(lab, handed_over=True)
        self.runs.load_history(lab_history.runs_of(lab))

    def load_from_document(self) -> None:
        """Fill the lab from the open assessment; runs for the previous one are abandoned."""
        self._save_timer.stop()
        self._unsaved = False
        self.try_panel.cancel_all()
        self.try_panel.reset()
        self.runs.abandon()
        self.banner.hide()
        lab = dict(self.document.assessment.prompt_lab or {})
        self._loading = True
        try:
            self.editor.load(lab)
            if not lab.get("model"):  # one default across the app: the model Costs prices
                self.editor.model_picker.set_model_id(self._costs_model())
                self.editor.model_settings_changed()
            self.tests_table.load(lab.get("tests") or [], self.editor.variable_names())
            compare = lab.get("compare_model")
            if isinstance(compare, str) and compare:
                self.try_panel.compare_picker.set_model_id(compare)
            else:  # ready with another model than the first, for when the user ticks Compare
                main = self.editor.model_picker.model_id()
                self.try_panel.compare_picker.set_model_id(self.try_panel.compare_picker.first_usable(main))
            self.try_panel.compare_check.setChecked(bool(compare))
            self.runs.choose_models([])  # a new file: "Also on" follows its own compare model
            self._linked_also_on = []
            self._link_also_on()
            if self.also_on_memory is not None:
                self.also_on_memory.restore()  # the user's own pick for this file, from the settings
        finally:
            self._loading = False
        self.runs.load_history(lab_history.runs_of(lab))
        if self.own_model_memory is not None:
            self.own_model_memory.restore()  # a model set up here and not run yet
        self.runs.context_choice.load(lab)
        self.documents.load(lab.get("documents") if isinstance(lab.get("documents"), list) else [])
        record = lab.get("batch")
        if isinstance(record, dict) and record.get("id"):
            self._offer_resume(record)
        self.try_panel.schedule_estimate()

    def _link_also_on(self) -> None:
        """The Tests tab runs also on the model Try it compares with (saved as compare_model),
        unless the user picked other models there themselves (issue 29)."""
        if self.runs.extra_models() not in ([], self._linked_also_on):
            return  # the user's own choice: left alone
        compare = self.try_panel.compare_picker.model_id()
        linked = [compare] if self.try_panel.compare_check.isChecked() and compare else []
        self.runs.choose_models(linked)
        self._linked_also_on = linked

    def _costs_model(self) -> str:
        """The model the Costs screen prices for this assessment (its default if none is set)."""
        chosen = self.document.assessment.costs.get("model")
        return chosen if isinstance(chosen, str) and chosen else str(COST_INPUTS_BY_ID["model"].default)

    def _offer_resume(self, record: dict[str, Any]) -> None:
        def resume() -> None:
            self.banner.hide()
            self.tabs.setCurrentIndex(1)
            self.runs.resume_batch(record)

        self.banner.show_message(self.tr("A batch run is still pending: {0}. Its results can be collected "
                                         "now.").format(batches.describe(record)), "info",
                                 [(self.tr("Resume checking"), resume),
                                  (self.tr("Forget it"), lambda: self._store("batch", None))],
                                 kind="batch_pending")

    # -- the key and the models -----------------------------------------------------------------
    def key_changed(self) -> None:
        status = keystore.status()
        self.key_label.setText(self.tr("API key: {0}").format(self._key_words(status)) if status.has_key
                               else self.tr("No API key yet"))
        if status.has_key:
            self.fetch_models()
        else:
            self._set_models(choices_from_prices(self.prices), "prices")
        self.try_panel.schedule_estimate()

    def _key_words(self, status: Any) -> str:
        """keystore's describe() in the window's language: where the key in use comes from."""
        where = {keystore.SOURCE_ENVIRONMENT: self.tr("{0}, from the environment ({1})"),
                 keystore.SOURCE_KEYRING: self.tr("{0}, saved in {1}"),
                 keystore.SOURCE_SESSION: self.tr("{0}, kept for this session only (not saved)")}.get(status.source)
        if where is None:
            return status.describe()
        return where.format(status.masked, keystore.ENV_VAR if status.source == keystore.SOURCE_ENVIRONMENT
                            else status.store_name)

    def prices_changed(self) -> None:
        """The user edited the price table: estimates, costs and the offline model list follow."""
        self.prices = pricing.load_price_table()
        self.try_panel.price_for = self.prices.get
        if not keystore.status().has_key:
            self._set_models(choices_from_prices(self.prices), "prices")
        self.try_panel.schedule_estimate()

    def fetch_models(self) -> None:
        """The live model list, off the UI thread; on failure the price table's list stays."""
        def work(_ctx: Any) -> list[claude.ModelSummary]:
            client = claude.make_client(timeout=15.0)
            try:
                return claude.list_models(client=client)
            finally:
                client.close()

        def failed(message: str, _error: Any) -> None:
            log.info("live model list unavailable; using the price table's models")
            self.editor.model_picker.setToolTip(self.tr("Models from the price table (live list "
                                                        "unavailable: {0})").format(message))

        run_task(work, name="list-models", group=self.group, owner=self, on_error=failed,
                 on_result=lambda models: self._set_models(
                     with_prices(choices_from_api(models), self.prices.get), "api"))

    def _set_models(self, choices: list[Any], source: str) -> None:
        if self._closed:
            return
        for picker in (self.editor.model_picker, self.try_panel.compare_picker):
            picker.set_choices(choices, source)
        self.runs.set_model_choices([c.id for c in choices if not c.retired])
        tip = self.tr("Models this key may use (from the API)") if source == "api" else \
            self.tr("Models from the price table")
        self.editor.model_picker.setToolTip(tip)

    def open_key_settings(self) -> None:
        api_key_dialog.open_key_dialog(self)
        self.key_changed()

    def pick_model(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.editor.model_picker.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- shutting down ------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return bool(self.group.running())

    def shutdown(self, timeout: float = SHUTDOWN_WAIT_S) -> bool:
        """Save pending edits, cancel every request and wait (bounded); True when all stopped.

        For the main window's closeEvent. Never calling it is safe too: the tasks are daemon
        threads, cancelled when this page is destroyed or the app quits.
        """
        if not self._closed:
            self.flush_edits()
        self._closed = True
        self._save_timer.stop()
        self.try_panel.cancel_all()
        self.group.cancel_all()
        return self.group.wait(timeout)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - leaving the screen saves
        self.flush_edits()
        super().hideEvent(event)
