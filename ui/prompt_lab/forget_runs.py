"""Forget old runs: keep only the newest runs of the lab's history.

Every run is kept (at most 50), each with every case's output, so a big test set can grow the
file past the size an assessment may have; saving then refuses and names the runs as the cause.
This dialog is the way out it names. The newest run is always kept: it is the evidence.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from advisor.lab import history as lab_history
from ui.locale_format import number
MB = 1024 * 1024


class ForgetRunsDialog(QDialog):
    def __init__(self, runs: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forget old runs"))
        self.sizes = [lab_history.run_bytes(run) for run in runs]  # oldest first, as the history
        self.keep = QSpinBox()
        self.keep.setRange(1, max(1, len(runs)))
        self.keep.setValue(max(1, len(runs) // 2))
        self.keep.setSuffix(self.tr(" of {0}").format(len(runs)))
        self.keep.setAccessibleName(self.tr("Runs to keep"))
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.effect.setAccessibleName(self.tr("What forgetting does"))
        intro = QLabel(self.tr("The newest runs are kept; the older ones leave the assessment when you save "
                               "it. Close without saving to keep them after all."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Keep the newest:"), self.keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.forget_button = buttons.addButton(self.tr("&Forget the older runs"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.effect)
        layout.addWidget(buttons)
        self.keep.valueChanged.connect(self._describe)
        self._describe()
        self.resize(460, self.sizeHint().height())

    def _describe(self) -> None:
        forgotten = len(self.sizes) - self.keep.value()
        freed = sum(self.sizes[:forgotten]) / MB
        kept = sum(self.sizes[forgotten:]) / MB
        self.forget_button.setEnabled(forgotten > 0)
        said = self.tr("Forgets 1 run (about {1} MB); the {2} kept take about {3} MB.") if forgotten == 1 else \
            self.tr("Forgets {0} runs (about {1} MB); the {2} kept take about {3} MB.")
        self.effect.setText(said.format(forgotten, number(freed, 1), self.keep.value(), number(kept, 1)) if forgotten
                            else self.tr("Nothing to forget: every run is kept."))
