"""Try it: send the prompt, watch the reply stream, Stop; optionally two models side by side.

Before sending, the input tokens are counted by the API (``count_tokens``, debounced and off
the UI thread) and priced from the table, so the cost of a send is known before it is spent.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from advisor.claude import client as claude

from advisor.lab import prompts
from ui.locale_format import number
from ui.prompt_lab.messages import ProblemActions, shown_problem
from ui.prompt_lab.models import ModelPicker, format_cost
from ui.prompt_lab.reply import ReplyPane
from ui.workers import Task, TaskGroup, run_task

log = logging.getLogger(__name__)

ESTIMATE_DELAY_MS = 500  # wait for a pause in typing before asking the API to count
RequestFor = Callable[[str], dict[str, Any]]


class TryPanel(QWidget):
    sending_changed = Signal(bool)

    def __init__(self, request_for: RequestFor, price_for: Callable[[str], Any],
                 actions: ProblemActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request_for = request_for  # model id -> request; raises PromptError
        self.price_for = price_for
        self.actions = actions
        self.send_button = QPushButton(self.tr("Sen&d"))
        self.send_button.setDefault(True)
        self.send_button.setToolTip(self.tr("Send the prompt and stream the reply (Ctrl+Enter)"))
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setEnabled(False)
        self.compare_check = QCheckBox(self.tr("&Compare with"))
        self.compare_picker = ModelPicker()
        self.compare_picker.setAccessibleName(self.tr("Second model"))
        self.compare_picker.setEnabled(False)
        self.compare_check.toggled.connect(self._compare_toggled)
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        compare_row = QHBoxLayout()  # a row of its own: the panel fits a 900-pixel window
        compare_row.addWidget(self.compare_check)
        compare_row.addWidget(self.compare_picker, 1)
        self.estimate_label = QLabel(self.tr("Estimate: —"))
        self.estimate_label.setAccessibleName(self.tr("Estimate"))
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setStyleSheet("color: palette(placeholder-text);")

        self.panes = [ReplyPane(actions), ReplyPane(actions)]
        self.panes[1].hide()
        panes = QHBoxLayout()
        panes.setSpacing(12)
        for pane in self.panes:
            pane.on_finished = self._update_buttons
            panes.addWidget(pane, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(compare_row)
        layout.addWidget(self.estimate_label)
        layout.addLayout(panes, 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.send)

        self._estimate_timer = QTimer(self)
        self._estimate_timer.setSingleShot(True)
        self._estimate_timer.setInterval(ESTIMATE_DELAY_MS)
        self._estimate_timer.timeout.connect(self.estimate)
        self._estimate_task: Task | None = None
        self.group = TaskGroup()  # the page replaces it with its own
        self._estimate_again = False
        self.model_id: Callable[[], str] = lambda: ""

    @property
    def timeout(self) -> float:
        return self.panes[0].timeout

    @timeout.setter
    def timeout(self, seconds: float) -> None:
        for pane in self.panes:
            pane.timeout = seconds

    def _compare_toggled(self, on: bool) -> None:
        self.compare_picker.setEnabled(on)
        self.panes[1].setVisible(on)
        if on and self.compare_picker.model_id() in ("", self.model_id()):  # never itself
            self.compare_picker.set_model_id(self.compare_picker.first_usable(self.model_id()))

    # -- send and stop ------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return any(pane.is_busy() for pane in self.panes)

    def send(self) -> None:
        if self.is_busy() or not self.send_button.isEnabled():
            return
        models = [self.model_id()]
        if self.compare_check.isChecked():
            models.append(self.compare_picker.model_id())
        for pane, model in zip(self.panes, models):
            if not model:
                pane.message.show_message(self.tr("Choose a model first."), "warning")
                continue
            try:
                request = self.request_for(model)
            except prompts.PromptError as problem:
                pane.message.show_message(self.tr("Cannot send: {0}.").format(problem), "warning",
                                          kind="missing_variable")
                continue
            pane.start(request, self.price_for(model))
        self._update_buttons()

    def stop(self) -> None:
        for pane in self.panes:
            pane.stop()

    def reset(self) -> None:
        """Clear both replies: they belonged to the assessment that was open before."""
        for pane in self.panes:
            pane.reset()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.send_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        self.sending_changed.emit(busy)

    def wait(self, timeout: float) -> bool:
        return all(pane.wait(timeout) for pane in self.panes)

    # -- the estimate -------------------------------------------------------------------------
    def schedule_estimate(self) -> None:
        self._estimate_timer.start()

    def estimate(self) -> None:
        if self._estimate_task is not None and self._estimate_task.is_running():
            self._estimate_again = True  # one count at a time; redo once it returns
            return
        model = self.model_id()
        try:
            request = self.request_for(model)
        except prompts.PromptError as problem:
            names = ", ".join("{{" + n + "}}" for n in problem.missing)
            self.estimate_label.setText(self.tr("Estimate: type a value for {0} first.").format(names) if names
                                        else self.tr("Estimate: type a value for the variables first."))
            return
        if not model:
            self.estimate_label.setText(self.tr("Estimate: choose a model."))
            return
        price = self.price_for(model)
        max_tokens = int(request.get("max_tokens") or 0)

        def work(_ctx: Any) -> int:
            client = claude.make_client(timeout=20.0)
            try:
                return claude.count_tokens(request, client=client)
            finally:
                client.close()

        self.estimate_label.setText(self.tr("Estimate: counting tokens…"))
        self._estimate_task = run_task(
            work, name="count-tokens",
            on_result=lambda tokens: self._estimated(tokens, price, max_tokens),
            on_error=self._estimate_failed, on_finished=self._estimate_finished,
            group=self.group, owner=self)

    def _estimated(self, tokens: int, price: Any, max_tokens: int) -> None:
        if price is None:
            self.estimate_label.setText(self.tr("Estimate: ≈ {0} input tokens (this model is not in "
                                                "the price table).").format(number(tokens)))
            return
        cost_in = tokens * price.input / 1e6
        most = cost_in + max_tokens * price.output / 1e6
        self.estimate_label.setText(self.tr("Estimate: ≈ {0} input tokens · ≈ {1} to send · at most {2} with "
                                            "a {3}-token reply").format(number(tokens), format_cost(cost_in),
                                                                        format_cost(most), number(max_tokens)))

    def _estimate_failed(self, message: str, error: Any) -> None:
        kind = getattr(error, "kind", None)
        if kind == "no_key":
            self.estimate_label.setText(self.tr("Estimate: add an API key to count tokens."))
        else:
            self.estimate_label.setText(self.tr("Estimate unavailable: {0}").format(shown_problem(message, error)))

    def _estimate_finished(self) -> None:
        if self._estimate_again:
            self._estimate_again = False
            self.schedule_estimate()

    def cancel_all(self) -> None:
        self._estimate_timer.stop()
        self.stop()
        if self._estimate_task is not None:
            self._estimate_task.cancel()
