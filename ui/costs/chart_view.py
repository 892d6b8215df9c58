"""The three cost charts in tabs, drawn with matplotlib's Qt backend.

matplotlib is imported the first time this view is shown, never before: start-up and every
other screen stay free of it. Only the visible chart is drawn; the others are marked stale and
drawn when their tab is opened. Each canvas keeps one live figure (fixed margins, no layout
solver) that the advisor's chart builders clear and redraw in place.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from advisor.costs import charts

from advisor.costs import glyph_cache
from advisor.costs.projection import Projection
from advisor.costs.sensitivity import SensitivityRow, sensitivity
from advisor.costs.pricing import PriceTable

if TYPE_CHECKING:  # the canvas class is imported lazily, on first show
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

# The chart builders lay out in inches, for print: below these widths their labels collide, so a
# narrow canvas draws at a lower dpi (smaller text) rather than cutting labels off.
MIN_INCHES = {"cumulative": 5.0, "breakdown": 5.5, "tornado": 5.5}  # the charts adapt below 7.5
SCREEN_DPI, SMALLEST_DPI = 100.0, 62.0
CHARTS: tuple[tuple[str, str, str], ...] = (
    ("cumulative", QT_TRANSLATE_NOOP("ChartView", "&Cumulative cost"), "cumulative-cost"),
    ("breakdown", QT_TRANSLATE_NOOP("ChartView", "&Monthly breakdown"), "monthly-breakdown"),
    ("tornado", QT_TRANSLATE_NOOP("ChartView", "&What matters most"), "sensitivity"),
)
CHART_NAMES = {"cumulative": QT_TRANSLATE_NOOP("ChartView", "Cumulative cost chart"),
               "breakdown": QT_TRANSLATE_NOOP("ChartView", "Monthly breakdown chart"),
               "tornado": QT_TRANSLATE_NOOP("ChartView", "What matters most chart")}


@functools.cache
def _canvas_class() -> type:
    """matplotlib's Qt canvas, drawing text from the glyph cache (the same pixels, redrawn faster)."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # first show only

    return type("ChartCanvas", (glyph_cache.GlyphCachingCanvas, FigureCanvasQTAgg), {})


@dataclass(frozen=True)
class ChartData:
    projection: Projection
    costs: dict[str, Any]
    prices: PriceTable


class ChartView(QWidget):
    error = Signal(str)  # a chart could not be drawn; the page shows the message inline

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Cost charts"))
        self.tabs.setDocumentMode(True)
        self.slots: dict[str, QVBoxLayout] = {}
        for chart_id, title, _ in CHARTS:
            slot = QWidget()
            slot.setAccessibleName(self.tr(CHART_NAMES[chart_id]))
            layout = QVBoxLayout(slot)
            layout.setContentsMargins(0, 4, 0, 0)
            self.slots[chart_id] = layout
            self.tabs.addTab(slot, self.tr(title))
            self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr(CHART_NAMES[chart_id]))
        # A narrow chart side (a 900-pixel window) shortens every tab's words with "…", so all
        # three stay in view; scroll arrows would hide the last one.
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.currentChanged.connect(lambda _index: self.draw_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.canvases: dict[str, Any] = {}  # chart id → its canvas (_canvas_class()), once shown
        self.built_for: dict[str, tuple[int, int]] = {}  # chart id → canvas size its layout is for
        self.data: ChartData | None = None
        self.stale: set[str] = {chart_id for chart_id, _, _ in CHARTS}
        self._rows: list[SensitivityRow] | None = None  # the tornado's data, computed on demand
        self._resized = QTimer(self)  # a drag of the window edge redraws once, when it stops
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)
        self._resized.timeout.connect(self._after_resize)
        self._preparing = False
        self.preparing = QLabel(self.tr("Preparing the charts…"))
        self.preparing.setObjectName("chartsPreparing")
        self.preparing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preparing.hide()
        layout.addWidget(self.preparing)

    # --- the canvases, created on first show -------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.canvases:
            self.draw_current()
        elif not self._preparing:
            # Loading matplotlib takes seconds the first time: say so, and let the words paint
            # before the work starts.
            self._preparing = True
            self.preparing.show()
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            QTimer.singleShot(40, self, self._first_show)  # dropped if the view is gone by then

    def _first_show(self) -> None:
        try:
            self._create_canvases()
        finally:
            QApplication.restoreOverrideCursor()
            self.preparing.hide()
        # Once the new canvases are shown and laid out (both wait for the event loop): drawn now,
        # a chart would be laid out for the canvas's first 800×450 and drawn again a moment later.
        QTimer.singleShot(0, self, self.draw_current)

    def _create_canvases(self) -> None:
        if self.canvases:
            return
        log.debug("creating the chart canvases")
        canvas_class = _canvas_class()
        for chart_id, _, _ in CHARTS:
            canvas = canvas_class(charts.live_figure())
            canvas.setAccessibleName(self.tr(CHART_NAMES[chart_id]))
            canvas.setMinimumSize(320, 240)
            canvas.installEventFilter(self)  # its own resizes: see eventFilter
            self.slots[chart_id].addWidget(canvas)
            self.canvases[chart_id] = canvas

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: every chart's colours change
            self.stale = {chart_id for chart_id, _, _ in CHARTS}
            self.draw_current()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.canvases:
            self._resized.start()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # A canvas can change size while this view does not (the "Preparing the charts…" line
        # going away, a tab shown for the first time). matplotlib then redraws the same artists
        # at the new size, laid out for the old one (a legend cut off): build them anew.
        if event.type() == QEvent.Type.Resize and watched in self.canvases.values():
            self._resized.start()
        return super().eventFilter(watched, event)

    def _after_resize(self) -> None:
        # Only the charts not already laid out for their canvas's present size.
        self.stale |= {chart_id for chart_id, canvas in self.canvases.items()
                       if self.built_for.get(chart_id) != (canvas.width(), canvas.height())}
        self.draw_current()

    # --- drawing -------------------------------------------------------------------------------
    def current_chart(self) -> str:
        return CHARTS[self.tabs.currentIndex()][0]

    def set_data(self, data: ChartData | None) -> None:
        """New figures: every chart is stale, and the visible one is drawn now."""
        self.data = data
        self._rows = None
        self.stale = {chart_id for chart_id, _, _ in CHARTS}
        self.draw_current()

    def draw_current(self) -> None:
        chart_id = self.current_chart()
        if self.isVisible() and chart_id in self.stale and chart_id in self.canvases:
            self.draw(chart_id)

    def theme(self) -> charts.Theme:
        palette = self.palette()
        return charts.Theme.for_background(palette.window().color().name(),
                                           palette.windowText().color().name())

    def sensitivity_rows(self) -> list[SensitivityRow]:
        if self._rows is None and self.data is not None:
            self._rows = sensitivity(self.data.costs, self.data.prices)
        return self._rows or []

    def draw(self, chart_id: str) -> None:
        canvas = self.canvases[chart_id]
        if canvas.width() <= 0 or canvas.height() <= 0:
            return  # not laid out yet: it stays stale, and is drawn once it has a size
        try:
            self._fit(chart_id, canvas)
            if self.data is None:
                canvas.figure.clear()
            else:
                self.build(chart_id, canvas.figure, self.theme())
            canvas.setAccessibleDescription(self.text_alternative(chart_id))  # the picture, in words
            canvas.draw_idle()
            self.built_for[chart_id] = (canvas.width(), canvas.height())
        except Exception as error:  # noqa: BLE001 (a chart that cannot be drawn is said, not raised)
            log.exception("cannot draw the %s chart", chart_id)
            self.error.emit(self.tr("The {0} chart cannot be drawn: {1}").format(chart_id, error))
        self.stale.discard(chart_id)

    @staticmethod
    def _fit(chart_id: str, canvas: Any) -> None:
        """Pick the dpi that gives the chart the width in inches its layout needs."""
        ratio = canvas.device_pixel_ratio
        width, height = canvas.width(), canvas.height()
        if width <= 0 or height <= 0:
            return
        dpi = max(SMALLEST_DPI, min(SCREEN_DPI, width / MIN_INCHES[chart_id]))
        figure = canvas.figure
        if abs(figure.dpi - dpi * ratio) > 0.5:
            figure.set_dpi(dpi * ratio)
        figure.set_size_inches(width / dpi, height / dpi, forward=False)

    def build(self, chart_id: str, figure: Figure | None = None,
              theme: charts.Theme = charts.LIGHT) -> Figure:
        """Draw ``chart_id`` into ``figure`` (a new print-quality one when None)."""
        assert self.data is not None
        projection = self.data.projection
        if chart_id == "cumulative":
            return charts.cumulative_figure(projection, figure, theme)
        if chart_id == "breakdown":
            return charts.breakdown_figure(projection, figure, theme)
        return charts.tornado_figure(self.sensitivity_rows(), projection, figure, theme)

    def text_alternative(self, chart_id: str) -> str:
        """What the chart shows, as text: a screen reader reads it as the chart's description."""
        if self.data is None:
            return ""
        from ui.costs.chart_text import chart_text

        rows = self.sensitivity_rows() if chart_id == "tornado" else []
        return chart_text(chart_id, self.data.projection, rows)

    def figure(self, chart_id: str) -> Figure:
        """The live figure of ``chart_id`` (what the screen shows)."""
        self._create_canvases()  # asked for before the first show had its turn: made now
        return self.canvases[chart_id].figure
