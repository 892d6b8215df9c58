"""The Costs screen: the inputs on the left, the headline and the charts on the right.

Every edit goes into the document; the page listens to the document and redraws the visible
chart 150 ms after the last change, so typing never waits for matplotlib. Problems (an unknown
model, a broken price table, a file that cannot be written) are said on the page, in words.
"""
from __future__ import annotations

import io
import re
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from advisor.costs import charts
from advisor.core.atomic import atomic_write_text
from advisor.costs.inputs import cache_share_problem
from advisor.costs.tables import write_csv
from advisor.decision.priced_inputs import priced_inputs
from advisor.costs.projection import CostInputError, Projection, project
from advisor.core.settings import Settings
from advisor.core.shown_problems import shown_problem
from advisor.costs.pricing import (OFFICIAL_PRICING_PAGE, STALE_AFTER_DAYS, PriceTable, PriceTableError,
                                   load_price_table, price_table_age_days, shipped_price_table, stale_prices_note)
from ui import locale_format
from ui.costs.chart_view import CHARTS, ChartData, ChartView
from ui.costs.controls import MUTED
from ui.costs.form import CostsForm
from ui.costs.monte_carlo import MonteCarloRunner
from ui.costs.uncertainty_text import uncertainty_html
from ui.costs.split import FormChartSplit
from ui.document import AssessmentDocument

log = logging.getLogger(__name__)

REDRAW_DELAY_MS = 150
MODEL_PROBLEM = QT_TRANSLATE_NOOP("CostsPage", "The model {0} is not in the price table: choose one from the list, "
                                               "or add it under Prices.")
UNDATED_PRICES = QT_TRANSLATE_NOOP("CostsPage", "The price table has no date; check its prices against the "
                                                "official pricing page ({3}).")
STALE_PRICES = QT_TRANSLATE_NOOP("CostsPage", "The prices are from {0} {4} {5}, {1} days ago (more than {2}); Claude prices "
                                              "change every few months, so check them against the official pricing "
                                              "page ({3}).")
CACHE_PROBLEM = QT_TRANSLATE_NOOP("CostsPage", "The cache hit share ({0:g} %) and the cache write share ({1:g} %) add "
                                               "up to more than 100 %: together they are at most every input token.")
BANNER = ("QLabel {{ background: {fill}; border: 1px solid {edge}; border-radius: 4px;"
          " padding: 6px 8px; }}")
ERROR_STYLE = BANNER.format(fill="rgba(213, 94, 0, 0.16)", edge="#D55E00")
WARNING_STYLE = BANNER.format(fill="rgba(230, 159, 0, 0.16)", edge="#E69F00")


def get_export_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> Path | None:
    """Ask where to write an export; None when the user cancels. Tests replace this function."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return Path(name) if name else None


def money(value: float) -> str:
    return locale_format.money(value)  # the user's locale: $45,708 or 45.708 $ (issue 25)


def headline_html(projection: Projection) -> str:
    """Totals of both paths over the horizon and the break-even month, in words: one whole
    sentence per case, so a translation can order it as its language does (issue 25)."""
    if projection.self_hosted:
        return _self_hosting_headline(projection)
    months = projection.horizon_months
    api, ft = projection.api.total, projection.fine_tune.total
    month = projection.break_even_month
    if month is None:
        text = QCoreApplication.translate(
            "CostsPage", "Over {0} months: API path <b>{1}</b>, fine-tuning path <b>{2}</b>.<br>"
            "Fine-tuning does not break even within {0} months; the API path costs {3} less.")
        return text.format(months, money(api), money(ft), money(ft - api))
    if ft <= api:
        text = QCoreApplication.translate(
            "CostsPage", "Over {0} months: API path <b>{1}</b>, fine-tuning path <b>{2}</b>.<br>"
            "Fine-tuning breaks even in month {3} and is {4} cheaper by month {0}.")
        return text.format(months, money(api), money(ft), month, money(api - ft))
    text = QCoreApplication.translate(
        "CostsPage", "Over {0} months: API path <b>{1}</b>, fine-tuning path <b>{2}</b>.<br>"
        "Fine-tuning breaks even in month {3} but is {4} dearer by month {0}.")
    return text.format(months, money(api), money(ft), month, money(ft - api))


def _self_hosting_headline(projection: Projection) -> str:
    """As the summary says it under a self-hosting verdict: the API path for reference only."""
    months, api, own = projection.horizon_months, projection.api.total, projection.fine_tune.total
    totals = QCoreApplication.translate(
        "CostsPage", "Over {0} months: self-hosting <b>{1}</b>; the API path, for reference only, <b>{2}</b>.")
    month = projection.break_even_month
    even = (QCoreApplication.translate("CostsPage", "Self-hosting breaks even in month {0}.").format(month)
            if month is not None else
            QCoreApplication.translate("CostsPage", "Self-hosting does not break even within {0} months.").format(months))
    priced = QCoreApplication.translate("CostsPage", "Priced as serving an open-weights model on your own GPUs: "
                                                     "no labelling or training unless you enter it.")
    return f"{totals.format(months, money(own), money(api))}<br>{even} {priced}"


class CostsPage(QWidget):
    def __init__(self, document: AssessmentDocument, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.projection: Projection | None = None
        self.prices_dialog = None  # the open Prices dialog, if any
        self.prices, price_problem = self._load_prices()
        self._stale = True

        self.form = CostsForm(document, self.prices)
        self.form.prices_requested.connect(self.open_prices)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.headline = QLabel()
        self.headline.setObjectName("costsHeadline")
        self.headline.setAccessibleName(self.tr("Cost summary"))
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.problem = QLabel()
        self.problem.setObjectName("costsProblem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.charts = ChartView()
        self.charts.error.connect(lambda text: self._show_problem(text, error=True))

        self.export_chart_button = QPushButton(self.tr("E&xport chart…"))
        self.export_chart_button.setAccessibleName(self.tr("Export the chart shown as PNG or SVG"))
        self.export_chart_button.setToolTip(self.tr("Save the chart shown, print-ready, as a PNG or SVG file."))
        self.export_chart_button.clicked.connect(self.export_chart)
        self.export_csv_button = QPushButton(self.tr("Export &figures (CSV)…"))
        self.export_csv_button.setAccessibleName(self.tr("Export the monthly figures as CSV"))
        self.export_csv_button.setToolTip(self.tr("Save every month's figures of both paths as a CSV file."))
        self.export_csv_button.clicked.connect(self.export_csv)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Export status"))
        # A long path must not widen the page past the window (issue 15): the label takes the
        # room it is given, and its tooltip holds the whole text.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setStyleSheet(MUTED)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        exports = QHBoxLayout()
        exports.addWidget(self.status, 1)
        exports.addWidget(self.export_chart_button)
        exports.addWidget(self.export_csv_button)

        chart_side = QWidget()
        right = QVBoxLayout(chart_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        right.addWidget(self.headline)
        right.addWidget(self.problem)
        right.addWidget(self.charts, 1)
        right.addLayout(exports)
        # Inputs and charts share the page through a divider the user places (issue 29).
        self.split = FormChartSplit(scroll, self.form, chart_side, settings or Settings())
        self.form_scroll = scroll
        intro = QLabel(self.tr("Both paths priced month by month from your figures. Hover over an input "
                               "to see where its default comes from."))
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Costs</h2>")))
        layout.addWidget(intro)
        layout.addWidget(self.split, 1)

        self.monte_carlo = MonteCarloRunner(self._got_uncertainty,
                                            lambda text: self._show_problem(_sentence(text), error=False), self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REDRAW_DELAY_MS)
        self.timer.timeout.connect(self.update_projection)
        document.changed.connect(self._on_changed)
        document.replaced.connect(self.form.forget_answers)
        document.replaced.connect(lambda: self._say_done(""))  # "Chart saved to …" was about the last one
        self._price_problem = price_problem

    # --- prices --------------------------------------------------------------------------------
    @staticmethod
    def _load_prices() -> tuple[PriceTable, str]:
        """The price table in force, and why it is not the one the user asked for (or "")."""
        try:
            table = load_price_table()
        except (PriceTableError, OSError) as error:  # even the shipped table is unreadable
            log.exception("cannot load the price table")
            return PriceTable({}), QCoreApplication.translate(
                "CostsPage", "The price table cannot be read: {0}").format(error)
        return table, "; ".join(shown_problem(warning) for warning in table.warnings)

    def reload_prices(self) -> None:
        self.prices, self._price_problem = self._load_prices()
        self.form.set_prices(self.prices)
        self.update_projection()

    def open_prices(self) -> None:
        from ui.costs.prices_dialog import PricesDialog  # built only when asked for

        self.prices_dialog = PricesDialog(self.prices if self.prices.models else shipped_price_table(), self)
        self.prices_dialog.accepted.connect(self.reload_prices)
        self.prices_dialog.open()  # window-modal, and the page keeps running its timers

    # --- following the document ----------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(event.size().width(), event.size().height())

    def _arrange(self, width: int, height: int) -> None:
        """Form beside the charts (in two columns on a large screen), or above them in a
        narrow, tall window; the split's own space is what the page has under its title."""
        self.split.arrange(width, height)

    @property
    def stacked(self) -> bool:
        return self.split.arrangement == "stacked"

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Looking never writes (CONTRACT section 8, "One projection"): the answers' figures are
        # shown and projected for inputs left unset, and go into the file only on the user's word.
        self.form.refresh()
        if self._stale:
            self.update_projection()

    def _on_changed(self) -> None:
        if not self.isVisible():
            self._stale = True  # worked out when the page is next shown
            self.form.refresh()
            return
        self.form.refresh()
        self.timer.start()  # restarts: the redraw waits for a pause in the typing

    def update_projection(self) -> None:
        self.timer.stop()
        self._stale = False
        # The figures the answers imply count for inputs not set, as in `costs` and `summary`.
        # The one projection's inputs (CONTRACT section 8), as the summary's: the figures agree.
        assessment = self.document.assessment
        costs, self_hosted = priced_inputs(assessment.answers, assessment.costs, assessment.prompt_lab, self.prices)
        self.monte_carlo.stop()
        try:
            self.projection = project(costs, self.prices)._replace(self_hosted=self_hosted)
        except (CostInputError, PriceTableError, ValueError, KeyError) as error:
            log.info("no projection: %s", error)
            self.projection = None
            self.headline.setText(self.tr("No projection: fix the problem below."))
            self._show_problem(self._problem_text(costs, error), error=True)
            self.charts.set_data(None)
            self._enable_exports()
            return
        self.headline.setText(headline_html(self.projection))
        self.charts.set_data(ChartData(self.projection, costs, self.prices))
        self.monte_carlo.start(costs, self.prices)  # the bands follow, off the UI thread
        warnings = [w for w in (self._price_problem, self._stale_note(),
                                *map(self._warning_text, self.projection.warnings[len(self.prices.warnings):])) if w]
        self._show_problem(" ".join(_sentence(w) for w in warnings), error=False)
        self._enable_exports()

    def _stale_note(self) -> str | None:
        """:func:`stale_prices_note`, in the window's language (the summary keeps its English)."""
        note = stale_prices_note(self.prices)
        if note is None:
            return None
        age = price_table_age_days(self.prices)
        template = self.tr(UNDATED_PRICES if age is None else STALE_PRICES)
        if template in (UNDATED_PRICES, STALE_PRICES):
            return note  # English: the same words as the summary's
        when = QDate.fromString(self.prices.as_of or "", "yyyy-MM-dd")
        return template.format(when.day(), age, STALE_AFTER_DAYS, OFFICIAL_PRICING_PAGE,
                               QLocale().monthName(when.month()), when.year())

    def _warning_text(self, warning: str) -> str:
        retired = re.fullmatch(r"(\S+) is retired; its prices are the last ones published", warning)
        return self.tr("{0} is retired; its prices are the last ones published").format(retired[1]) \
            if retired else shown_problem(warning)

    def _problem_text(self, costs: dict, error: Exception) -> str:
        """Why there is no projection. What the window can cause (a model missing from the table,
        cache shares above 100 %) is said in the window's language; in English, and for anything
        else, in the check's own words (as the command line says them)."""
        model = costs.get("model")
        if isinstance(model, str) and self.prices.models and model not in self.prices.models:
            template = self.tr(MODEL_PROBLEM)
            if template != MODEL_PROBLEM:
                return template.format(model)
        elif cache_share_problem(costs):
            template = self.tr(CACHE_PROBLEM)
            if template != CACHE_PROBLEM:
                return template.format(costs.get("cache_hit_share", 0) * 100, costs.get("cache_write_share", 0) * 100)
        return _sentence(shown_problem(str(error)))

    def _got_uncertainty(self, uncertainty: object) -> None:
        """The Monte Carlo is back: redraw with its bands and say its figures."""
        if self.projection is None:
            return
        self.projection = self.projection._replace(uncertainty=uncertainty)
        self.headline.setText(headline_html(self.projection) + uncertainty_html(self.projection))
        data = self.charts.data
        if data is not None:
            self.charts.set_data(ChartData(self.projection, data.costs, data.prices))

    def _enable_exports(self) -> None:
        for button in (self.export_chart_button, self.export_csv_button):
            button.setEnabled(self.projection is not None)

    def _show_problem(self, text: str, *, error: bool) -> None:
        self.problem.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # --- exports -------------------------------------------------------------------------------
    def _suggested(self, name: str) -> str:
        return str(self.document.dialog_folder() / name)

    def export_chart(self) -> None:
        if self.projection is None:
            return
        chart_id = self.charts.current_chart()
        stem = next(file for cid, _, file in CHARTS if cid == chart_id)
        path = get_export_path(self, self.tr("Export chart"), self._suggested(f"{stem}.png"),
                               self.tr("PNG image (*.png);;SVG image (*.svg)"))
        if path is None:
            return
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        try:  # the print-quality figure, light theme, whatever the window's palette
            charts.save_figure(self.charts.build(chart_id), path)
        except (OSError, ValueError) as error:
            log.warning("cannot export the chart to %s: %s", path, error)
            self._show_problem(self.tr("Cannot save the chart to {0}: {1}.").format(path, _reason(error)), error=True)
            return
        self.document.note_folder_used(path)  # the next dialog starts there
        self._say_done(self.tr("Chart saved to {0}").format(path))

    def export_csv(self) -> None:
        if self.projection is None:
            return
        path = get_export_path(self, self.tr("Export figures"), self._suggested("cost-projection.csv"),
                               self.tr("CSV files (*.csv)"))
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        buffer = io.StringIO()
        write_csv(self.projection, buffer)  # the same columns as `main.py costs --format csv`
        try:
            atomic_write_text(path, buffer.getvalue())
        except OSError as error:
            log.warning("cannot export the figures to %s: %s", path, error)
            self._show_problem(self.tr("Cannot save the figures to {0}: {1}.").format(path, _reason(error)), error=True)
            return
        self.document.note_folder_used(path)
        self._say_done(self.tr("Figures saved to {0}").format(path))

    def _say_done(self, text: str) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)
