"""Forget old runs: keep only the newest runs of the lab's history.

Every run is kept (at most 50), each with every case's output, so a big test set can grow the
file past the size an assessment may have; saving then refuses and names the runs as the cause.
This dialog is the way out it names. The newest run is always kept: it is the evidence.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from advisor.lab import history as lab_history
MB = 1024 * 1024


class ForgetRunsDialog(QDialog):
    def __init__(self, runs: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Forget old runs")
        self.sizes = [lab_history.run_bytes(run) for run in runs]  # oldest first, as the history
        self.keep = QSpinBox()
        self.keep.setRange(1, max(1, len(runs)))
        self.keep.setValue(max(1, len(runs) // 2))
        self.keep.setSuffix(f" of {len(runs)}")
        self.keep.setAccessibleName("Runs to keep")
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.effect.setAccessibleName("What forgetting does")
        intro = QLabel("The newest runs are kept; the older ones leave the assessment when you save "
                       "it. Close without saving to keep them after all.")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Keep the newest:", self.keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.forget_button = buttons.addButton("&Forget the older runs", QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.effect.setText(f"Forgets {forgotten} run{'s' if forgotten != 1 else ''} (about {freed:.1f} MB); "
                            f"the {self.keep.value()} kept take about {kept:.1f} MB." if forgotten
                            else "Nothing to forget: every run is kept.")
