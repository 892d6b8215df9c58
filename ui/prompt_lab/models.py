"""The model picker: the live list from the API when a key works, else the price table's models.

Retired models stay listed (an old assessment may name one) but are marked and cannot be
picked. A model the lab names that neither list knows is kept too, marked "not listed".
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from ui.locale_format import window_locale

translate = QCoreApplication.translate  # lupdate extracts translate(context, text)

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ModelChoice:
    id: str
    name: str
    retired: bool = False
    price: str = ""  # "$3 in / $15 out per Mtok", from the price table; "" when it has no row


def dollars(value: float) -> str:
    """``$3``, ``$0.8``: as many digits as the price has (``:g``), in the window's locale."""
    shown = f"{value:g}"
    decimals = len(shown.split(".")[1]) if "." in shown and "e" not in shown else 0
    return window_locale().toCurrencyString(float(value), "$", decimals)


def price_text(row: Any) -> str:
    """A model's token prices in a few words, for the pickers (issue 29: not only its id)."""
    if row is None:
        return ""
    return translate("ModelPicker", "{0} in / {1} out per Mtok").format(dollars(row.input), dollars(row.output))


def choices_from_prices(prices: Any) -> list[ModelChoice]:
    return [ModelChoice(m.id, m.name, m.retired, price_text(m)) for m in prices.models.values()]


def with_prices(choices: Iterable[ModelChoice], price_of: Any) -> list[ModelChoice]:
    """The API's models, each with its price from the table (id -> row, or None)."""
    return [replace(c, price=price_text(price_of(c.id))) for c in choices]


def choices_from_api(models: Iterable[Any]) -> list[ModelChoice]:
    """From claude.ModelSummary items, in the API's order (newest first)."""
    return [ModelChoice(m.id, m.display_name or m.id, m.retired) for m in models]


def label_for(choice: ModelChoice) -> str:
    if choice.retired:
        return translate("ModelPicker", "{0} (retired)").format(choice.name)
    return f"{choice.name} · {choice.price}" if choice.price else choice.name


class ModelPicker(QComboBox):
    """A combo box of models whose value is the model id; ``model_changed(id)`` on a user pick."""

    model_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.source = "prices"  # "prices" or "api": where the list came from
        self._choices: list[ModelChoice] = []
        self.currentIndexChanged.connect(self._emit_change)
        self._quiet = False

    def set_choices(self, choices: list[ModelChoice], source: str) -> None:
        """Replace the list, keeping the current model selected (added if now unknown)."""
        current = self.model_id()
        self.source = source
        self._choices = list(choices)
        self._quiet = True
        try:
            self._items.clear()
            for choice in self._choices:
                self._add(choice)
            if current:
                self.set_model_id(current)
        finally:
            self._quiet = False

    def _add(self, choice: ModelChoice) -> None:
        item = QStandardItem(label_for(choice))
        item.setData(choice.id, ID_ROLE)
        if choice.retired:
            item.setToolTip(translate("ModelPicker", "{0} is retired: the API no longer serves it").format(choice.id))
        else:
            price = choice.price or translate("ModelPicker", "no price in the price table")
            item.setToolTip(f"{choice.id}: {price}")
        if choice.retired:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)  # marked, not pickable
        self._items.appendRow(item)

    def model_id(self) -> str:
        value = self.currentData(ID_ROLE)
        return str(value) if value else ""

    def set_model_id(self, model_id: str) -> None:
        """Select ``model_id`` without signalling; an unlisted id is added, marked."""
        self._quiet, was = True, self._quiet
        try:
            index = self.findData(model_id, ID_ROLE)
            if index < 0 and model_id:
                self._add(ModelChoice(model_id, translate("ModelPicker", "{0} (not listed)").format(model_id)))
                index = self.count() - 1
            self.setCurrentIndex(index)
        finally:
            self._quiet = was

    def first_usable(self, other_than: str = "") -> str:
        return next((c.id for c in self._choices if not c.retired and c.id != other_than), "")

    def _emit_change(self) -> None:
        if not self._quiet:
            self.model_changed.emit(self.model_id())


def format_cost(usd: float | None) -> str:
    """Dollars with enough digits to tell tiny prompt costs apart: $0.000123, $0.0412, $12.50."""
    if usd is None:
        return translate("ModelPicker", "no price")
    if not usd:
        return window_locale().toCurrencyString(0.0, "$", 0)
    digits = 6 if abs(usd) < 0.01 else 4 if abs(usd) < 1 else 2  # as advisor.core.numbers.format_money(tiny=True)
    return window_locale().toCurrencyString(float(usd), "$", digits)
