"""Runs side by side, and any two runs of the history compared.

:class:`SideBySide` shows the runs of one go (several models, same tests): pass rate with its
95 % Wilson interval, cost per 1,000 requests, p50/p95 latency, the cases on which they differ,
and the cheapest model that meets the quality bar. :class:`CompareRunsDialog` picks two runs of
``prompt_lab.runs`` and shows what changed in the prompt and which cases flipped.
"""
from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from advisor.lab import history as lab_history
from ui.prompt_lab.context_choice import cache_read_text
from ui.wrapped_min_height import keep_whole
from ui.locale_format import number, window_locale
from ui.prompt_lab.models import format_cost


def number_g(value: float) -> str:
    """``{:g}`` in the window's locale: 90, 92.5 (92,5 in German)."""
    return f"{value:g}".replace(".", window_locale().decimalPoint())

COLUMNS = [QT_TRANSLATE_NOOP("SideBySide", "Model"), QT_TRANSLATE_NOOP("SideBySide", "Pass rate (95 % interval)"),
           QT_TRANSLATE_NOOP("SideBySide", "Per 1,000 requests"), QT_TRANSLATE_NOOP("SideBySide", "Latency p50 / p95"),
           QT_TRANSLATE_NOOP("SideBySide", "Errors")]


def _latency(run: dict[str, Any]) -> str:
    p50, p95 = run.get("latency_p50_ms"), run.get("latency_p95_ms")
    if not isinstance(p50, (int, float)) or not isinstance(p95, (int, float)):
        return "—"
    return f"{number(p50 / 1000, 2)} s / {number(p95 / 1000, 2)} s"


def pass_rate_text(run: dict[str, Any]) -> str:
    rate, low, high, n = lab_history.pass_rate(run)
    if rate is None:
        return QCoreApplication.translate("SideBySide", "— (no case could be checked)")
    return QCoreApplication.translate("SideBySide", "{0} % ({1}–{2} %) of {3}").format(
        f"{rate:.0f}", f"{low:.0f}", f"{high:.0f}", n)


class SideBySide(QWidget):
    """Hidden until a go ran more than one model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Models side by side"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("SideBySide", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # The model's name and the figures at their width; the cost per 1,000 (with its cache-read
        # tokens, the longest cell) takes the rest, cut short with … on a small window and in full
        # in its tooltip: no sideways scroll bar over the one row a short window shows.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        # One line per model, as in the results table below; on a small window the table may
        # shrink to one row and scroll rather than be drawn under the labels that follow it.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Cheapest model meeting the bar"))
        self.differ = QLabel()
        self.differ.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.verdict)
        layout.addWidget(self.differ)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # never more than it needs
        keep_whole(self.verdict, self.differ)  # a short window scrolls rather than draw over them
        self.hide()

    def needed_height(self, width: int) -> int:
        """The table's rows and the two lines below it, at ``width``."""
        spacing = self.layout().spacing()
        return (self.table.maximumHeight() + 2 * spacing + self.verdict.heightForWidth(width)
                + self.differ.heightForWidth(width))

    def show_runs(self, runs: list[dict[str, Any]], bar_pct: float | None) -> None:
        self.setVisible(len(runs) > 1)
        if len(runs) <= 1:
            return  # hidden: nothing to compare (and 1,000 cases cost the UI thread a few ms)
        self.table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            cells = [lab_history.run_name(run), pass_rate_text(run), format_cost(lab_history.cost_per_1k(run))
                     + cache_read_text(run),
                     _latency(run), str(run.get("errors", 0))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        self.table.setMaximumHeight(header + sum(self.table.rowHeight(r) for r in range(len(runs))))
        self.table.setMinimumHeight(header + self.table.rowHeight(0))
        best = lab_history.cheapest_meeting_bar(runs, bar_pct)
        if bar_pct is None:
            self.verdict.setText(self.tr("Answer the quality bar question to have the cheapest model that "
                                         "meets it named here."))
        elif best is not None:
            self.verdict.setText(self.tr("<b>Cheapest model that meets your bar of {0} %:</b> {1} ({2} per "
                                         "1,000 requests).").format(number_g(bar_pct),
                                                                    escape(lab_history.run_name(best)),
                                                                    format_cost(lab_history.cost_per_1k(best))))
        else:
            self.verdict.setText(self.tr("<b>No model meets your bar of {0} %</b> on these tests.").format(number_g(bar_pct)))
        differ = lab_history.differing_cases(runs)
        names = ", ".join(name for name, _ in differ[:12]) + (" …" if len(differ) > 12 else "")
        if not differ:
            self.differ.setText(self.tr("0 cases differ between the models."))
        elif len(differ) == 1:
            self.differ.setText(self.tr("1 case differ between the models: {0}").format(names))
        else:
            self.differ.setText(self.tr("{0} cases differ between the models: {1}").format(len(differ), names))


OUTCOMES = {"passed": QT_TRANSLATE_NOOP("CompareRunsDialog", "passed"),
            "failed": QT_TRANSLATE_NOOP("CompareRunsDialog", "failed"),
            "error": QT_TRANSLATE_NOOP("CompareRunsDialog", "error")}


class CompareRunsDialog(QDialog):
    """Pick two runs of the history: the prompt's changes and the flipped cases."""

    def __init__(self, runs: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare two runs"))
        self.runs = runs
        self.older = QComboBox()
        self.newer = QComboBox()
        for box in (self.older, self.newer):
            for run in runs:
                box.addItem(lab_history.describe_run(run))
        self.older.setAccessibleName(self.tr("Older run"))
        self.newer.setAccessibleName(self.tr("Newer run"))
        self.older.setCurrentIndex(max(len(runs) - 2, 0))
        self.newer.setCurrentIndex(len(runs) - 1)
        self.diff = QPlainTextEdit()
        self.diff.setReadOnly(True)
        self.diff.setAccessibleName(self.tr("Prompt changes"))
        self.flipped = QPlainTextEdit()
        self.flipped.setReadOnly(True)
        self.flipped.setAccessibleName(self.tr("Flipped cases"))
        form = QFormLayout()
        form.addRow(self.tr("Older:"), self.older)
        form.addRow(self.tr("Newer:"), self.newer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>What changed in the prompt</b>")))
        layout.addWidget(self.diff, 1)
        layout.addWidget(QLabel(self.tr("<b>Cases that flipped</b>")))
        layout.addWidget(self.flipped, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)
        for box in (self.older, self.newer):
            box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _outcome(self, status: str) -> str:
        return self.tr(OUTCOMES[status]) if status in OUTCOMES else status

    def refresh(self) -> None:
        if not self.runs:
            return
        result = lab_history.compare(self.runs[self.older.currentIndex()], self.runs[self.newer.currentIndex()])
        self.diff.setPlainText("\n".join(result["prompt_diff"]) or self.tr("The prompt is the same."))
        self.flipped.setPlainText("\n".join(f"{f['name']}: {self._outcome(f['older'])} → {self._outcome(f['newer'])}"
                                            for f in result["flipped"])
                                  or self.tr("No case changed its outcome."))
