"""The few-shot curve: pass rate with its 95 % Wilson interval against the number of examples sent.

The points and the reading are the summary's own (advisor.decision.context_evidence): the newest
prompt-alone run of the model for each shot count; ``flat`` when the intervals at the smallest
and largest counts overlap (more labelled data is unlikely to help), ``rising`` when the largest
count's interval lies above the smallest's (more examples may help). The table beside the chart
says the same in text. matplotlib is imported when the curve is first drawn on screen.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from advisor.decision import context_evidence
from ui.wrapped_min_height import keep_whole

COLUMNS = [QT_TRANSLATE_NOOP("ShotsCurve", "Shots"), QT_TRANSLATE_NOOP("ShotsCurve", "Tests"), QT_TRANSLATE_NOOP("ShotsCurve", "Pass rate"), QT_TRANSLATE_NOOP("ShotsCurve", "95 % interval")]
EMPTY = QT_TRANSLATE_NOOP("ShotsCurve", "No few-shot curve yet. On the Tests tab, write shot counts such as 0,1,2,4,8 in Shots and "
                          "run all tests: each count is a run of the prompt alone with that many of your examples "
                          "(never one that is also a test).")
# Laid out for about 6 x 3.6 inches: a smaller canvas draws at a lower dpi (smaller text) rather than
# cutting its title and labels off, as the cost charts do.
SCREEN_DPI, SMALLEST_DPI, WIDTH_INCHES, HEIGHT_INCHES = 100.0, 55.0, 6.0, 3.6
READING_TITLE = {"flat": QT_TRANSLATE_NOOP("ShotsCurve", "Flat: more examples did not help"),
                 "rising": QT_TRANSLATE_NOOP("ShotsCurve", "Rising: more examples still help"),
                 "none": QT_TRANSLATE_NOOP("ShotsCurve", "No reading yet")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShotsCurve", text)


def _pct(value: float) -> str:
    from ui.locale_format import number

    return number(value, 1)


def reading_sentence(points: list[dict[str, Any]], reading: str) -> str:
    """advisor.decision.context_evidence.describe_reading in the window's language (the summary
    and the rationale keep the domain's English)."""
    if reading == "none" or len(points) < 2:
        return ""
    first, last = points[0], points[-1]
    values = (_pct(first["pass_rate"]), first["shots"], _pct(first["wilson_low"]), _pct(first["wilson_high"]),
              _pct(last["pass_rate"]), last["shots"], _pct(last["wilson_low"]), _pct(last["wilson_high"]))
    if reading == "rising":
        return QCoreApplication.translate(
            "ShotsCurve", "More examples still help: {0} % at {1} examples ({2}–{3} %) and {4} % at {5} ({6}–{7} %). "
            "More labelled examples may help further.").format(*values)
    return QCoreApplication.translate(
        "ShotsCurve", "More examples did not help: {0} % at {1} examples ({2}–{3} %) and {4} % at {5} ({6}–{7} %), "
        "the intervals overlap. More labelled data is unlikely to help.").format(*values)


def curve_model(runs: list[dict[str, Any]], preferred: str | None) -> str | None:
    """The model whose curve is shown: ``preferred`` if it has one, else the newest run with shots."""
    lab = {"runs": runs}
    if preferred and len(context_evidence.shots_curve(lab, preferred)) >= 1:
        return preferred
    with_shots = [r for r in runs if isinstance(r.get("shots"), int) and not r.get("target")]
    return str(with_shots[-1].get("model")) if with_shots else preferred


def dpi_for(width: int, height: int) -> float:
    return max(SMALLEST_DPI, min(SCREEN_DPI, width / WIDTH_INCHES, height / HEIGHT_INCHES))


def _canvas_class() -> type:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # first draw only

    class CurveCanvas(FigureCanvasQTAgg):
        def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
            self.figure.set_dpi(dpi_for(event.size().width(), event.size().height()))
            super().resizeEvent(event)

    return CurveCanvas


class ShotsCurve(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[dict[str, Any]] = []
        self.reading = "none"
        self.model: str | None = None
        self._canvas: Any = None
        self._stale = False
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Few-shot curve reading"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.words = QLabel(_tr(EMPTY))
        self.words.setWordWrap(True)
        self.words.setAccessibleName(self.tr("What the curve says"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Few-shot curve as a table"))
        self.table.setHorizontalHeaderLabels([_tr(column) for column in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # A short window may leave it one row (it scrolls): the views' height is the tallest tab's.
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + self.fontMetrics().height() + 12)
        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addWidget(self.words)
        side.addWidget(self.table, 1)
        self.side = QWidget()
        self.side.setLayout(side)
        self.side.setMinimumWidth(260)
        keep_whole(self.words)  # a short window scrolls rather than draw the table over it
        self.side.setMaximumWidth(420)
        self.chart_holder = QVBoxLayout()
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 0)
        row.addLayout(self.chart_holder, 1)
        row.addWidget(self.side)
        self.show_history([], None)

    def show_history(self, runs: list[dict[str, Any]], model: str | None) -> None:
        """The curve of ``model`` (or of the newest model with one) from the run history."""
        self.model = curve_model(runs, model)
        lab = {"runs": runs}
        self.points = context_evidence.shots_curve(lab, self.model)
        self.reading = context_evidence.shots_reading(self.points)
        self.title.setText(_tr(READING_TITLE[self.reading]) + (f" ({self.model})" if self.points else ""))
        self.title.setVisible(bool(self.points))
        if not self.points:
            self.words.setText(_tr(EMPTY))
        elif len(self.points) == 1:
            self.words.setText(self.tr("One shot count measured: run at least two (such as 0 and 8) to read the "
                                       "curve."))
        else:
            self.words.setText(reading_sentence(self.points, self.reading)
                               or self.tr("Fewer examples did better than more: the curve says nothing about "
                                          "more data."))
        self.table.setRowCount(len(self.points))
        self.table.setVisible(bool(self.points))  # an empty table says nothing the words do not
        for number, point in enumerate(self.points):
            cells = (str(point["shots"]), str(point["n"]), f"{_pct(point['pass_rate'])} %",
                     f"{_pct(point['wilson_low'])}–{_pct(point['wilson_high'])} %")
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self._stale = True
        if self.isVisible():
            self.draw()

    def show_go(self, history: list[dict[str, Any]], shown: list[dict[str, Any]], views: Any) -> None:
        """The curve after a go (``shown``): in front of the other views when the go was a curve."""
        self.show_history(history, str(shown[0].get("model")) if shown else None)
        if len({run.get("shots") for run in shown}) > 1:
            views.setCurrentWidget(self)

    def table_text(self) -> str:
        """The chart's text alternative: the table's rows, one line each."""
        return "\n".join(self.tr("{0} shots: {1} % of {2} ({3}–{4} %)").format(
            p["shots"], _pct(p["pass_rate"]), p["n"], _pct(p["wilson_low"]), _pct(p["wilson_high"]))
            for p in self.points)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - drawn when first seen
        super().showEvent(event)
        if self._stale:
            self.draw()

    def draw(self) -> None:
        self._stale = False
        if self._canvas is None:
            from matplotlib.figure import Figure

            self._canvas = _canvas_class()(Figure(figsize=(5, 3), dpi=SCREEN_DPI))
            self._canvas.setAccessibleName(self.tr("Few-shot curve chart"))
            self._canvas.setMinimumSize(240, 110)  # a short window: smaller, not scrolled
            self.chart_holder.addWidget(self._canvas)
        self._canvas.setAccessibleDescription(self.table_text() or _tr(EMPTY))
        theme = self._theme()
        figure = self._canvas.figure
        figure.clear()
        figure.set_facecolor(theme.background)
        axes = figure.add_subplot(1, 1, 1)
        axes.set_facecolor(theme.background)
        figure.subplots_adjust(left=0.12, right=0.97, top=0.9, bottom=0.17)
        positions = list(range(len(self.points)))
        rates = [p["pass_rate"] for p in self.points]
        below = [p["pass_rate"] - p["wilson_low"] for p in self.points]
        above = [p["wilson_high"] - p["pass_rate"] for p in self.points]
        if self.points:
            axes.fill_between(positions, [p["wilson_low"] for p in self.points],
                              [p["wilson_high"] for p in self.points], color=theme.api, alpha=0.18, linewidth=0)
            axes.errorbar(positions, rates, yerr=[below, above], fmt="o-", color=theme.api, capsize=4)
            axes.set_xticks(positions, [str(p["shots"]) for p in self.points])
        else:
            axes.text(0.5, 0.5, self.tr("No curve yet"), ha="center", va="center", transform=axes.transAxes,
                      color=theme.foreground)
            axes.set_xticks([])
        axes.set_ylim(-4, 104)  # a point at 0 % or 100 % shows whole, not cut by the frame
        axes.set_yticks(range(0, 101, 20))
        axes.set_xlabel(self.tr("Examples sent (shots)"))
        axes.set_ylabel(self.tr("Pass rate, % (95 % interval)"))
        axes.set_title(self.tr("Pass rate against shots") + (f" · {self.model}" if self.points and self.model else ""),
                       fontsize=10, color=theme.foreground)
        axes.grid(axis="y", color=theme.grid)
        axes.tick_params(colors=theme.foreground)
        axes.xaxis.label.set_color(theme.foreground)
        axes.yaxis.label.set_color(theme.foreground)
        for spine in axes.spines.values():
            spine.set_color(theme.grid)
        # drawn now, not idly: matplotlib 3.8's idle draw still fires after the canvas is deleted
        self._canvas.draw()

    def _theme(self) -> Any:
        """The cost charts' light or dark colours, on this window's palette (colour-blind safe)."""
        from advisor.costs.chart_base import Theme

        palette = self.palette()
        return Theme.for_background(palette.window().color().name(), palette.windowText().color().name())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - light <-> dark: redraw in its colours
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._canvas is not None:
            self._stale = True
            if self.isVisible():
                self.draw()
