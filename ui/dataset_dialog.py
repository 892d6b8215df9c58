"""Label a training set (issue 24): Claude, with the lab's prompt, answers the team's inputs, and the
answers become chat-format JSONL for fine-tuning a small open-weights model (the ``dataset``
command, in the window).

The user picks the inputs and sees the cost with and without the Message Batches discount before
anything is sent, then labels with a progress bar and Cancel. The work runs off the UI thread
(``advisor.lab.labelling_job``); what is labelled is kept beside the output as it comes, so
reopening the dialog on the same output carries on, and a batch sent earlier is polled, not sent
again. The paths used last are remembered per assessment file in the app settings.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from advisor.core.errors import FileProblem
from advisor.lab import dataset
from ui import dialogs
from ui.locale_format import number
from ui.prompt_lab.models import ModelPicker, choices_from_prices, format_cost
from ui.workers import Task, run_task

log = logging.getLogger(__name__)

INPUTS_FILTER = QT_TRANSLATE_NOOP("LabellingDialog", "Inputs (*.csv *.jsonl);;All files (*)")
TRAINING_FILTER = QT_TRANSLATE_NOOP("LabellingDialog", "Training set (*.jsonl);;All files (*)")


class LabellingDialog(QDialog):
    """Inputs, cost, model, batches, validation share and output, then Label (and Cancel)."""

    def __init__(self, lab: dict[str, Any], folder: Path, remembered: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from advisor.costs.pricing import load_price_table

        self.setWindowTitle(self.tr("Label a training set"))
        self.lab = dict(lab)
        self.folder = folder
        self.prices = load_price_table()
        self.poll_seconds: float | None = None  # None: the batch code's own interval (tests shorten it)
        self.inputs: list[dict[str, Any]] | None = None
        self.tokens: dataset.Estimate | None = None  # the token counts; priced per chosen model
        self.task: Task | None = None
        self.batch_id = ""
        self._inputs_read = ""  # the inputs path last read (or being read)
        self._build()
        remembered = remembered or {}
        self.model_picker.set_model_id(str(self.lab.get("model") or self.model_picker.first_usable()))
        if remembered.get("out"):
            self.out_edit.setText(remembered["out"])
        if remembered.get("inputs"):
            self.inputs_edit.setText(remembered["inputs"])
            self.load_inputs()
        self._show_resume_state()

    # -- the form -------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr("Claude answers each of your inputs with the lab's prompt. The answers become a "
                               "training set in chat JSONL, the format Together, Fireworks, Axolotl, Unsloth and "
                               "TRL read. Answers that fail the inputs' expectations are left out and counted."))
        intro.setWordWrap(True)
        self.inputs_edit = QLineEdit()
        self.inputs_edit.setPlaceholderText(self.tr("a CSV or JSONL of inputs, one per row"))
        self.inputs_edit.editingFinished.connect(self.load_inputs)
        self.model_picker = ModelPicker()
        self.model_picker.set_choices(choices_from_prices(self.prices), "prices")
        self.model_picker.model_changed.connect(lambda _id: self._show_estimate())
        self.model_picker.setMinimumContentsLength(36)  # the model's name and its price, not cut
        self.batch_check = QCheckBox(self.tr("Through the Message Batches API: half the price, answers within 24 hours"))
        self.batch_check.toggled.connect(lambda _on: self._show_estimate())
        self.validation_spin = QSpinBox()
        self.validation_spin.setRange(0, 50)
        self.validation_spin.setValue(10)
        self.validation_spin.setSuffix(" %")
        self.validation_spin.setToolTip(self.tr("The share of inputs written to OUT.validation.jsonl, chosen by "
                                                "each input's content, so the split never moves"))
        self.out_edit = QLineEdit()
        self.out_edit.setPlaceholderText("train.jsonl")
        self.out_edit.editingFinished.connect(self._show_resume_state)
        self._choose_buttons: list[QPushButton] = []
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Inputs:"), self._with_button(self.inputs_edit, self.tr("Choose…"), self._choose_inputs))
        form.addRow(self.tr("Teacher &model:"), self.model_picker)
        form.addRow("", self.batch_check)
        form.addRow(self.tr("&Validation share:"), self.validation_spin)
        form.addRow(self.tr("&Output:"), self._with_button(self.out_edit, self.tr("Choose…"), self._choose_output))
        self.estimate_label = QLabel(self.tr("Choose the inputs to see what labelling them costs."))
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.estimate_label.setObjectName("labellingEstimate")
        self.estimate_label.setStyleSheet("QLabel#labellingEstimate { background: palette(alternate-base); "
                                          "border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }")
        terms = QLabel(self.tr('<a href="{0}">Anthropic\'s terms</a> let you train models that do not compete '
                               "with Claude on its outputs; a competing model needs their written permission "
                               "(checked 2026-12-07).").format(dataset.TERMS_URL))
        terms.setWordWrap(True)
        terms.setOpenExternalLinks(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)  # the status line says the numbers in words
        self.progress_bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # file names and API messages, never markup
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label_button = QPushButton(self.tr("&Label"))
        self.label_button.setDefault(True)
        self.label_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.label_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.estimate_label)
        layout.addWidget(terms)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(680, 400)

    def _with_button(self, edit: QLineEdit, text: str, slot: Any) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        button = QPushButton(text)
        button.clicked.connect(slot)
        box.addWidget(button)
        self._choose_buttons.append(button)
        return row

    def _choose_inputs(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Inputs to label"), str(self.folder),
                                              self.tr(INPUTS_FILTER))
        if name:
            self.inputs_edit.setText(name)
            self.load_inputs(force=True)

    def _choose_output(self) -> None:
        suggested = self.out_edit.text() or str(self.folder / "train.jsonl")
        # The dialog's own overwrite question is skipped: Label asks, once, when it starts.
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Write the training set to"), suggested,
                                              self.tr(TRAINING_FILTER),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.out_edit.setText(name if name.endswith(".jsonl") else name + ".jsonl")
            self._show_resume_state()

    # -- the inputs and the estimate -------------------------------------------------------------
    def load_inputs(self, force: bool = False) -> None:
        """Read and check the inputs off the UI thread; the estimate follows."""
        text = self.inputs_edit.text().strip()
        # Leaving the field (a click on Label, say) is no reason to read the same file again.
        if not text or self.is_running() or (text == self._inputs_read and not force):
            return
        self._inputs_read = text
        path, lab = Path(text).expanduser(), self.lab
        self.inputs = self.tokens = None
        self.estimate_label.setText(self.tr("Reading the inputs…"))

        def work(_ctx: Any) -> tuple[list[dict[str, Any]], dataset.Estimate]:
            from advisor.lab import test_sets

            try:
                inputs = test_sets.load(path).tests
            except test_sets.TestSetError as problem:
                raise FileProblem(f"{path.name}: {problem}") from None
            dataset.check_inputs(lab, inputs, Path(path.name))
            return inputs, dataset.estimate(lab, inputs, None, 0.0)

        def loaded(value: tuple[list[dict[str, Any]], dataset.Estimate]) -> None:
            if self.inputs_edit.text().strip() == text:  # not replaced by another file meanwhile
                self.inputs, self.tokens = value
                self._show_estimate()
                self._show_resume_state()

        def refused(message: str, _error: Any) -> None:
            if self.inputs_edit.text().strip() == text:
                self.estimate_label.setText(message)

        run_task(work, name="labelling-inputs", on_result=loaded, on_error=refused, owner=self)

    def _show_estimate(self) -> None:
        if self.tokens is None:
            return
        model = self.model_picker.model_id()
        guess = dataset.priced(self.tokens, self.prices.get(model), self.prices.batch_discount)
        head = self.tr("{0} inputs · about {1} tokens in and at most {2} out each.").format(
            number(guess.inputs), number(guess.input_tokens), number(guess.output_tokens))
        if guess.cost_usd is None:
            self.estimate_label.setText(self.tr("{0} {1} is not in the price table: the cost is unknown.").format(
                head, model))
            return
        direct, batched = format_cost(guess.cost_usd), format_cost(guess.batch_cost_usd)
        if self.batch_check.isChecked():
            cost = self.tr("{0} At most {1} directly, {2} through the Message Batches API (you chose through "
                           "batches).")
        else:
            cost = self.tr("{0} At most {1} directly, {2} through the Message Batches API (you chose directly).")
        self.estimate_label.setText(cost.format(head, direct, batched))

    def output_path(self) -> Path | None:
        text = self.out_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _show_resume_state(self) -> None:
        out = self.output_path()
        if out is None or self.is_running():
            return
        progress = dataset.Progress(dataset.progress_path(out))
        if progress.done or progress.open_batch:
            done = number(len(progress.done))
            text = (self.tr("{0} of {1} inputs were labelled into {2} before: Label carries on from there.")
                    .format(done, number(len(self.inputs)), out.name) if self.inputs is not None else
                    self.tr("{0} inputs were labelled into {1} before: Label carries on from there.")
                    .format(done, out.name))
            batch = self.tr(" A batch sent then is checked, not sent again.") if progress.open_batch else ""
            self.status.setText(text + batch)
        elif out.exists():
            self.status.setText(self.tr("{0} exists: Label asks before replacing it.").format(out.name))
        else:
            self.status.clear()

    # -- the run ---------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.task is not None and self.task.is_running()

    def remembered(self) -> dict[str, str]:
        """What the window keeps for the next time the dialog opens on this assessment."""
        return {"inputs": self.inputs_edit.text().strip(), "out": self.out_edit.text().strip()}

    def start(self) -> None:
        from advisor.lab import labelling_job

        out = self.output_path()
        if self.inputs is None:
            if not self.inputs_edit.text().strip():
                self.status.setText(self.tr("Choose the inputs to label first (a CSV or JSONL file)."))
                return
            self.load_inputs(force=True)  # perhaps fixed in place since: read again
            self.status.setText(self.tr("Reading the inputs again: Label once the cost shows (above)."))
            return
        if out is None:
            self.status.setText(self.tr("Choose where to write the training set (Output)."))
            return
        if out.exists() and not dialogs.ask_yes_no(
                self, self.tr("Replace the training set?"),
                self.tr("{0} exists. Replace it with the new labels?").format(out.name)):
            return
        lab, model, inputs = self.lab, self.model_picker.model_id(), self.inputs
        batch, share = self.batch_check.isChecked(), self.validation_spin.value() / 100
        poll = self.poll_seconds

        def work(ctx: Any) -> labelling_job.Outcome:
            extra = {} if poll is None else {"poll_seconds": poll}
            return labelling_job.run(lab, model, inputs, out, batch=batch, validation=share,
                                     cancel=ctx.cancel_event, report=ctx.report, **extra)

        self.batch_id = ""
        self._running(True)
        self.status.setText(self.tr("Sending the batch…") if batch else self.tr("Labelling…"))
        self.task = run_task(work, name="labelling", on_result=self._done, on_error=self._failed,
                             on_progress=self._progressed, on_finished=lambda: self._running(False),
                             owner=self)

    def _running(self, running: bool) -> None:
        for widget in (self.inputs_edit, self.model_picker, self.batch_check, self.validation_spin,
                       self.out_edit, self.label_button, *self._choose_buttons):
            widget.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.progress_bar.setVisible(running or self.progress_bar.value() > 0)

    def _progressed(self, value: tuple) -> None:
        if value[0] == "batch":
            self.batch_id = value[1]
            self.status.setText(self.tr("Batch {0} sent: Anthropic answers it within 24 hours; Cancel stops it "
                                        "there too. What is answered is kept for the next time.").format(value[1]))
            return
        _, done, total = value
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        if not self.batch_check.isChecked():
            self.status.setText(self.tr("Labelled {0} of {1} inputs…").format(number(done), number(total)))
        elif self.batch_id:
            self.status.setText(self.tr("Batch {0}: {1} of {2} inputs answered so far. Anthropic answers within "
                                        "24 hours; Cancel stops the batch there too.").format(
                self.batch_id, number(done), number(total)))

    def _done(self, outcome: Any) -> None:
        out = self.output_path()
        name = out.name if out else self.tr("the output")
        if outcome.cancelled:
            at_server = self.tr(" The batch was cancelled at Anthropic too.") if outcome.batch_cancelled else ""
            self.status.setText(self.tr("Cancelled: {0} of {1} inputs labelled are kept; Label carries on from "
                                        "there.").format(number(outcome.labelled), number(outcome.total)) + at_server)
            return
        self.progress_bar.setValue(self.progress_bar.maximum())
        if out and self.validation_spin.value():
            lines = [self.tr("Wrote {0} examples to {1} and {2} to {3}.").format(
                number(outcome.train), name, number(outcome.validation), dataset.validation_path(out).name)]
        else:
            lines = [self.tr("Wrote {0} examples to {1}.").format(number(outcome.train), name)]
        if outcome.failed:
            lines.append(self.tr("{0} left out: the teacher's reply failed the inputs' expectations.").format(
                number(outcome.failed)))
        if outcome.unlabelled:
            lines.append(self.tr("{0} could not be labelled (errors): Label again to retry them.").format(
                number(outcome.unlabelled)))
        self.status.setText(" ".join(lines))

    def _failed(self, message: str, _error: Any) -> None:
        out = self.output_path()
        kept = dataset.Progress(dataset.progress_path(out)) if out else None
        if kept:
            self.status.setText(self.tr("Stopped: {0} {1} of {2} inputs labelled are kept; Label carries on from "
                                        "there.").format(message, number(len(kept.done)), number(len(self.inputs or []))))
        else:
            self.status.setText(self.tr("Stopped: {0} Label carries on from there.").format(message))

    def cancel_or_close(self) -> None:
        if self.is_running():
            self.task.cancel()  # the worker stops the batch at Anthropic too, then reports
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:  # Escape and the title bar's close: a run is cancelled, not left behind
        if self.is_running():
            self.task.cancel()
        super().reject()


def open_labelling_dialog(window: Any) -> LabellingDialog:
    """The dialog on the window's assessment, with the paths it used last on that file."""
    document = window.document
    key = str(document.path) if document.path else ""
    remembered = window.settings.get("labelling").get(key) if key else None
    dialog = LabellingDialog(dict(document.assessment.prompt_lab or {}), document.dialog_folder(),
                             remembered, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def remember(_result: int) -> None:
        if key:
            kept = window.settings.get("labelling")
            kept[key] = dialog.remembered()
            window.settings.set("labelling", kept)

    dialog.finished.connect(remember)
    dialog.open()
    return dialog
