"""The Prices dialog: the price of each Claude model, editable, saved as the user's own table.

Cells are edited as text and checked on every change; each problem is listed under the table
naming the model and the field, and Save stays disabled until there are none. What is saved
passes the same checks as the table read at start-up (advisor.costs.pricing), so it always loads.
"""
from __future__ import annotations

import datetime as dt
import logging
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from advisor.costs.pricing import (STATUSES, ModelPrice, PriceTable, PriceTableError,
                             reset_user_price_table, save_user_price_table)
from ui import dialogs
from ui.costs.price_events import price_events

log = logging.getLogger(__name__)

COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", QT_TRANSLATE_NOOP("PricesDialog", "Model id"),
     QT_TRANSLATE_NOOP("PricesDialog", "The id sent to the API, e.g. claude-sonnet-5-5.")),
    ("name", QT_TRANSLATE_NOOP("PricesDialog", "Name"),
     QT_TRANSLATE_NOOP("PricesDialog", "The name shown in the model list.")),
    ("status", QT_TRANSLATE_NOOP("PricesDialog", "Status"),
     QT_TRANSLATE_NOOP("PricesDialog", "current, legacy (still served; a newer model exists) or retired.")),
    ("input", QT_TRANSLATE_NOOP("PricesDialog", "Input"),
     QT_TRANSLATE_NOOP("PricesDialog", "USD per million input tokens.")),
    ("output", QT_TRANSLATE_NOOP("PricesDialog", "Output"),
     QT_TRANSLATE_NOOP("PricesDialog", "USD per million output tokens.")),
    ("cache_read", QT_TRANSLATE_NOOP("PricesDialog", "Cache read"),
     QT_TRANSLATE_NOOP("PricesDialog", "USD per million tokens read from the prompt cache.")),
    ("cache_write", QT_TRANSLATE_NOOP("PricesDialog", "Cache write"),
     QT_TRANSLATE_NOOP("PricesDialog", "USD per million tokens written to the prompt cache (5 minutes).")),
    ("long_above", QT_TRANSLATE_NOOP("PricesDialog", "Long above"),
     QT_TRANSLATE_NOOP("PricesDialog", "Prompt tokens above which every token of a request is billed at the "
                                 "long-prompt prices (Haiku 5.5: 100000). Empty: no long-prompt tier.")),
    ("long_input", QT_TRANSLATE_NOOP("PricesDialog", "Long input"),
     QT_TRANSLATE_NOOP("PricesDialog", "Long-prompt tier: USD per million input tokens.")),
    ("long_output", QT_TRANSLATE_NOOP("PricesDialog", "Long output"),
     QT_TRANSLATE_NOOP("PricesDialog", "Long-prompt tier: USD per million output tokens.")),
    ("long_cache_read", QT_TRANSLATE_NOOP("PricesDialog", "Long cache read"),
     QT_TRANSLATE_NOOP("PricesDialog", "Long-prompt tier: USD per million cache-read tokens.")),
    ("long_cache_write", QT_TRANSLATE_NOOP("PricesDialog", "Long cache write"),
     QT_TRANSLATE_NOOP("PricesDialog", "Long-prompt tier: USD per million cache-write tokens.")),
    ("rejects_sampling", QT_TRANSLATE_NOOP("PricesDialog", "No sampling"),
     QT_TRANSLATE_NOOP("PricesDialog", "Checked when the model refuses temperature, top_p and top_k "
                                        "(the Claude 5 generation): the prompt lab never sends them.")),
    ("supports_effort", QT_TRANSLATE_NOOP("PricesDialog", "Effort"),
     QT_TRANSLATE_NOOP("PricesDialog", "Checked when the model takes an effort setting.")),
    ("as_of", QT_TRANSLATE_NOOP("PricesDialog", "As of"),
     QT_TRANSLATE_NOOP("PricesDialog", "The date the price was read, as YYYY-MM-DD.")),
    ("source", QT_TRANSLATE_NOOP("PricesDialog", "Source"),
     QT_TRANSLATE_NOOP("PricesDialog", "Where the price was read: a web address or a contract.")),
)
COLUMN = {key: index for index, (key, _, _) in enumerate(COLUMNS)}
PRICE_KEYS = ("input", "output", "cache_write", "cache_read")
LONG_PRICE_KEYS = ("long_input", "long_output", "long_cache_read", "long_cache_write")
CHECK_KEYS = ("rejects_sampling", "supports_effort")
NUMBER_KEYS = PRICE_KEYS + LONG_PRICE_KEYS + ("long_above",)
BAD_CELL = QColor(213, 94, 0, 70)  # a translucent vermillion reads on light and dark rows


def confirm_reset(parent: QWidget) -> bool:
    """Ask before the user's own prices are thrown away. Tests replace this function."""
    return dialogs.ask_yes_no(parent, QCoreApplication.translate("PricesDialog", "Reset to shipped prices"),
                              QCoreApplication.translate("PricesDialog",
                                                         "Replace your prices with the ones shipped with the app? "
                                                         "Models you added are removed."))


def parse_price(text: str) -> float | None:
    """A price typed as 3, 3.75, $0.80 or 1,000; None when it is not a price of 0 or more."""
    try:
        value = float(text.strip().lstrip("$").replace(",", "").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


class PricesDialog(QDialog):
    def __init__(self, table: PriceTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prices"))
        self.setModal(True)
        # As wide as the table wants, but never wider than the window it opens over (900 px, say):
        # the table scrolls sideways to the last columns.
        room = parent.window().width() - 40 if parent is not None else 1180
        self.resize(max(600, min(1180, room)), 440)
        self.original = table
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Model prices"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        for index, (_, title, tip) in enumerate(COLUMNS):
            header = QTableWidgetItem(self.tr(title))
            header.setToolTip(self.tr(tip))
            self.table.setHorizontalHeaderItem(index, header)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # long sources are elided; the editor shows them whole
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN["source"], QHeaderView.ResizeMode.Stretch)

        intro = QLabel(self.tr("Prices in USD per million tokens. Double-click or start typing in a cell to "
                               "change it; your table is kept in the app's settings folder."))
        intro.setWordWrap(True)
        self.messages = QLabel()
        self.messages.setObjectName("validationMessage")
        self.messages.setAccessibleName(self.tr("Problems with the prices"))
        self.messages.setStyleSheet("color: #d64541;")
        self.messages.setWordWrap(True)
        self.messages.hide()

        self.add_button = QPushButton(self.tr("&Add model"))
        self.add_button.setAccessibleName(self.tr("Add a model"))
        self.add_button.clicked.connect(self.add_model)
        self.remove_button = QPushButton(self.tr("Re&move model"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected model"))
        self.remove_button.clicked.connect(self.remove_model)
        self.reset_button = QPushButton(self.tr("Reset to &shipped prices…"))
        self.reset_button.setAccessibleName(self.tr("Reset to the shipped prices"))
        self.reset_button.clicked.connect(self.reset_prices)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the prices"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.messages)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

        for model in table.models.values():
            self._append(model)
        self.table.itemChanged.connect(lambda _item: self.check())
        self.check()

    # --- rows --------------------------------------------------------------------------------
    def _append(self, model: ModelPrice) -> int:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for key, _, tip in COLUMNS:
            if key in CHECK_KEYS:
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if getattr(model, key) else Qt.CheckState.Unchecked)
            else:
                value = getattr(model, key)
                text = "" if value is None else f"{value:g}" if key in NUMBER_KEYS else str(value)
                item = QTableWidgetItem(text)
                if key in NUMBER_KEYS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(self.tr(tip))
            self.table.setItem(row, COLUMN[key], item)
        self.table.blockSignals(False)
        return row

    def text(self, row: int, key: str) -> str:
        item = self.table.item(row, COLUMN[key])
        return item.text().strip() if item is not None else ""

    def add_model(self) -> None:
        taken = {self.text(r, "id") for r in range(self.table.rowCount())}
        model_id = next(name for n in range(1, 1000)
                        if (name := "new-model" if n == 1 else f"new-model-{n}") not in taken)
        row = self._append(ModelPrice(model_id, "", 0.0, 0.0, 0.0, 0.0,
                                      as_of=dt.date.today().isoformat()))
        self.check()
        item = self.table.item(row, COLUMN["id"])
        self.table.setCurrentItem(item)
        self.table.setFocus()
        self.table.editItem(item)  # the id is the first thing a new model needs

    def remove_model(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.check()

    # --- checking and saving -----------------------------------------------------------------
    def collect(self) -> tuple[PriceTable | None, list[str]]:
        """The table as edited, or None and every problem found, each naming model and field."""
        problems: list[str] = []
        models: dict[str, ModelPrice] = {}
        for row in range(self.table.rowCount()):
            model_id = self.text(row, "id")
            name = model_id or self.tr("row {0}").format(row + 1)
            bad: list[str] = []
            if not model_id:
                problems.append(self.tr("Row {0}: the model id is empty.").format(row + 1))
                bad.append("id")
            elif model_id in models:
                problems.append(self.tr("{0} is listed twice; each model id must be unique.").format(model_id))
                bad.append("id")
            prices = {}
            for key in PRICE_KEYS:
                value = parse_price(self.text(row, key))
                if value is None:
                    problems.append(self.tr("{0}: the {1} price must be a number of 0 or more "
                                            "(USD per million tokens), not “{2}”.").format(
                        name, self._column_word(key), self.text(row, key)))
                    bad.append(key)
                prices[key] = value
            as_of = self.text(row, "as_of")
            if as_of and not _is_date(as_of):
                problems.append(self.tr("{0}: “as of” must be a date such as 2026-11-28, not “{1}”.").format(name, as_of))
                bad.append("as_of")
            status = self.text(row, "status").lower() or "current"
            if status not in STATUSES:
                problems.append(self.tr("{0}: the status must be current, legacy or retired, "
                                        "not “{1}”.").format(name, self.text(row, 'status')))
                bad.append("status")
            tier = self._long_tier(row, name, problems, bad)
            self._mark(row, bad)
            if not bad:
                checks = {key: self.table.item(row, COLUMN[key]).checkState() == Qt.CheckState.Checked
                          for key in CHECK_KEYS}
                models[model_id] = ModelPrice(
                    model_id, self.text(row, "name") or model_id, prices["input"], prices["output"],
                    prices["cache_write"], prices["cache_read"], status=status, as_of=as_of,
                    source=self.text(row, "source"), **checks, **tier)
        if self.table.rowCount() == 0:
            problems.append(self.tr("The price table must list at least one model."))
        if problems:
            return None, problems
        return PriceTable(models, self.original.batch_discount, self.original.currency, "user"), []

    def _long_tier(self, row: int, name: str, problems: list[str], bad: list[str]) -> dict:
        """The long-prompt tier of ``row``: all five cells empty (none) or all filled."""
        texts = {key: self.text(row, key) for key in ("long_above",) + LONG_PRICE_KEYS}
        if not any(texts.values()):
            return {}
        tier: dict = {}
        above = texts["long_above"].replace(",", "")
        if above.isdigit() and int(above) >= 1:
            tier["long_above"] = int(above)
        else:
            problems.append(self.tr("{0}: “long above” must be a whole number of tokens, such as 100000, "
                                    "not “{1}” (or leave every long-prompt cell empty).").format(name, texts['long_above']))
            bad.append("long_above")
        for key in LONG_PRICE_KEYS:
            value = parse_price(texts[key])
            if value is None:
                problems.append(self.tr("{0}: the {1} price must be a number of 0 or more, not "
                                        "“{2}” (a long-prompt tier needs all four prices).").format(
                    name, self._column_word(key), texts[key]))
                bad.append(key)
            tier[key] = value
        return tier

    def _column_word(self, key: str) -> str:
        """A price column's name inside a sentence: "the cache read price" (lower case in English)."""
        title = next(title for k, title, _ in COLUMNS if k == key)
        shown = self.tr(title)
        return shown.lower() if shown == title else shown

    def _mark(self, row: int, bad: list[str]) -> None:
        self.table.blockSignals(True)
        for key, _, _ in COLUMNS:
            item = self.table.item(row, COLUMN[key])
            if item is None or key in CHECK_KEYS:
                continue
            item.setData(Qt.ItemDataRole.BackgroundRole, BAD_CELL if key in bad else None)
        self.table.blockSignals(False)

    def check(self) -> bool:
        _, problems = self.collect()
        self.messages.setText("\n".join(problems))
        self.messages.setVisible(bool(problems))
        self.save_button.setEnabled(not problems)
        return not problems

    def save(self) -> None:
        table, problems = self.collect()
        if table is None:
            self.check()
            return
        try:
            save_user_price_table(table)
            price_events.changed.emit()
        except (PriceTableError, OSError) as error:
            log.warning("cannot save the price table: %s", error)
            self.messages.setText(self.tr("Cannot save the prices: {0}.").format(getattr(error, 'strerror', None) or error))
            self.messages.show()
            return
        self.accept()

    def reset_prices(self) -> None:
        if not confirm_reset(self):
            return
        try:
            reset_user_price_table()
            price_events.changed.emit()
        except OSError as error:
            self.messages.setText(self.tr("Cannot remove your price table: {0}.").format(error.strerror or error))
            self.messages.show()
            return
        self.accept()  # the page reloads the table in force: now the shipped one


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
