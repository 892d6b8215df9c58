"""One spin box per declared cost input, with its unit, its range and its own refusal message.

The spin box's range is the declaration's range, so a value outside it cannot be typed at all;
what Qt refuses silently is said out loud here, naming the input and what it allows.
Shares (0.05) are shown as percentages (5 %), which is how people talk about growth and discounts.
"""
from __future__ import annotations

import logging
import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent, QPalette
from PySide6.QtWidgets import (QAbstractSpinBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QStyle,
                               QStyleOptionComboBox, QStylePainter, QVBoxLayout, QWidget)

from advisor.costs.inputs import CostInput, shown_help, shown_label, shown_unit, unit_for

log = logging.getLogger(__name__)

INT_CAP = 2_000_000_000  # QSpinBox holds a C int
FLOAT_CAP = 1e12  # "no maximum" still needs a number for the spin box
DECIMALS = {"label_cost_per_example_usd": 2, "gpu_hourly_usd": 2, "train_gpu_hours": 1,
            "retrains_per_year": 1, "peak_to_average": 2, "ml_fte": 2, "api_fte": 2,
            "ft_serverless_in_per_mtok": 3, "ft_serverless_out_per_mtok": 3}
SHARE_DECIMALS = 1  # of a percentage: 2.5 %
MUTED = "color: palette(placeholder-text);"
MIN_FIELD, FIELD_PADDING = 90, 34  # the padding holds the arrows and the frame



def mark_text(run_id: str) -> str:
    """:func:`advisor.decision.measured_costs.mark_text` in the window's language."""
    if run_id:
        return QCoreApplication.translate("InputRow", "measured in run {0}").format(run_id)
    return QCoreApplication.translate("InputRow", "measured in a lab run")


def is_share(spec: CostInput) -> bool:
    return spec.unit == "share"


def unit_affixes(spec: CostInput) -> tuple[str, str]:
    """The prefix and suffix the spin box shows around the number."""
    if is_share(spec):
        return "", " %"
    if spec.unit.startswith("USD"):
        per = spec.unit[3:].strip()
        return "$ ", f" {shown_unit(per)}" if per else ""
    return "", f" {shown_unit(spec.unit)}" if spec.unit else ""


def to_display(spec: CostInput, value: Any) -> float:
    return float(value) * 100 if is_share(spec) else float(value)


def from_display(spec: CostInput, shown: float) -> int | float:
    """The value stored in the assessment for what the spin box shows."""
    if spec.type == "integer":
        return int(round(shown))
    value = round(shown / 100, 6) if is_share(spec) else round(shown, DECIMALS.get(spec.id, 0))
    # Whole numbers are written as integers so the saved file reads 250000, not 250000.0.
    return int(value) if float(value).is_integer() and not is_share(spec) else value


def allowed_text(spec: CostInput) -> str:
    """:meth:`CostInput.allowed_text` in the window's language, one whole phrase per case."""
    if spec.type == "model":
        return QCoreApplication.translate("InputRow", "a model id from the price table")
    if spec.type == "choice":
        return QCoreApplication.translate("InputRow", "one of {0}").format(", ".join(spec.choices))
    whole = spec.type == "integer"
    low, high = spec.minimum, spec.maximum
    if low is not None and high is not None:
        if spec.min_exclusive:
            text = QCoreApplication.translate("InputRow", "a whole number above {0:g} and at most {1:g}") if whole else \
                QCoreApplication.translate("InputRow", "a number above {0:g} and at most {1:g}")
        else:
            text = QCoreApplication.translate("InputRow", "a whole number at least {0:g} and at most {1:g}") if whole else \
                QCoreApplication.translate("InputRow", "a number at least {0:g} and at most {1:g}")
        return text.format(low, high)
    if low is not None:
        if spec.min_exclusive:
            text = QCoreApplication.translate("InputRow", "a whole number above {0:g}") if whole else QCoreApplication.translate("InputRow", "a number above {0:g}")
        else:
            text = QCoreApplication.translate("InputRow", "a whole number at least {0:g}") if whole else QCoreApplication.translate("InputRow", "a number at least {0:g}")
        return text.format(low)
    if high is not None:
        text = QCoreApplication.translate("InputRow", "a whole number at most {0:g}") if whole else QCoreApplication.translate("InputRow", "a number at most {0:g}")
        return text.format(high)
    return QCoreApplication.translate("InputRow", "a whole number") if whole else QCoreApplication.translate("InputRow", "a number")


def refusal_text(spec: CostInput) -> str:
    """What the control says when it refuses typing: the input and its allowed range."""
    if is_share(spec):
        low = f"{spec.minimum * 100:,.4g} %" if spec.minimum is not None else ""
        high = f"{spec.maximum * 100:,.4g} %" if spec.maximum is not None else ""
        return QCoreApplication.translate("InputRow", "{0} must be {1} (as a share; here {2} to {3}).").format(
            shown_label(spec), allowed_text(spec), low, high)
    return QCoreApplication.translate("InputRow", "{0} must be {1}.").format(shown_label(spec), allowed_text(spec))


class _Refusing:
    """Mix-in: tell the row when a keystroke or a paste was refused by the spin box's validator.

    Overriding ``validate`` would be the direct way, but PySide6 6.12 corrupts reference counts
    on that override (the interpreter aborts), so the refusal is read from the text instead:
    a printable key that leaves the text as it was did not get in.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        line = self.lineEdit()  # type: ignore[attr-defined]
        before, selected = line.text(), line.selectedText()
        pasting = event.matches(QKeySequence.StandardKey.Paste)
        typed = event.text()
        super().keyPressEvent(event)  # type: ignore[misc]
        meant_to_change = pasting or (typed.isprintable() and typed != "" and selected != typed)
        if meant_to_change and line.text() == before:
            self.refused.emit(typed)  # type: ignore[attr-defined]


class CostSpinBox(_Refusing, QSpinBox):
    refused = Signal(str)


class CostDoubleSpinBox(_Refusing, QDoubleSpinBox):
    refused = Signal(str)


SHORT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # a shorter text for the closed box, if any


class ElidingCombo(QComboBox):
    """A combo box whose closed face shows its choice's shorter text (the model's name without
    its id) when the whole does not fit, shortened with "…" if even that is too long: never cut
    off mid-letter in a 900-pixel window. The open list shows every choice whole."""

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        metrics, room = self.fontMetrics(), max(0, room - 2)
        short = self.itemData(self.currentIndex(), SHORT_TEXT_ROLE)
        if metrics.horizontalAdvance(option.currentText) > room and isinstance(short, str) and short:
            option.currentText = short
        option.currentText = metrics.elidedText(option.currentText, Qt.TextElideMode.ElideRight, room)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def fit_width(spin: QAbstractSpinBox, spec: CostInput) -> None:
    """Wide enough for a figure with as many digits as the default, with its unit (the
    spin box would size itself for its huge maximum, or be cut to its bare minimum)."""
    default = abs(to_display(spec, spec.default))
    widest = 10 ** len(f"{default:.0f}") - 1  # as many digits as the default, all nines: 999,999
    text = spin.prefix() + spin.textFromValue(min(widest, spin.maximum())) + spin.suffix()  # type: ignore[attr-defined]
    spin.setMinimumWidth(max(MIN_FIELD, spin.fontMetrics().horizontalAdvance(text) + FIELD_PADDING))


class InputRow(QWidget):
    """A spin box, a hint (default / from your answers) and a message shown when typing is refused."""

    edited = Signal(str, object)  # input id, the new valid value

    def __init__(self, spec: CostInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.spin = self._make_spin(spec)
        self.is_default = True
        self.hint = QLabel()  # only for figures that came from the answers: defaults look quiet
        self.hint.setStyleSheet(MUTED + "font-style: italic;")
        self.hint.hide()
        self.message = QLabel()
        self.message.setObjectName("validationMessage")
        self.message.setStyleSheet("color: #d64541;")  # readable on light and dark windows
        self.message.setWordWrap(True)
        self.message.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.spin)
        column.addWidget(self.hint)  # under the figure, not beside it: the form stays narrow
        column.addWidget(self.message)
        self.spin.valueChanged.connect(self._on_value_changed)
        self.spin.editingFinished.connect(lambda: self._fit_suffix(force=True))
        self.spin.refused.connect(lambda _text: self._show_message(refusal_text(spec)))
        self.spin.lineEdit().textEdited.connect(self._check_typing)

    @staticmethod
    def _make_spin(spec: CostInput) -> CostSpinBox | CostDoubleSpinBox:
        low = spec.minimum if spec.minimum is not None else -FLOAT_CAP
        if spec.type == "integer":
            spin: CostSpinBox | CostDoubleSpinBox = CostSpinBox()
            high = spec.maximum if spec.maximum is not None else INT_CAP
            spin.setRange(int(low) + (1 if spec.min_exclusive else 0), int(high))
        else:
            spin = CostDoubleSpinBox()
            decimals = SHARE_DECIMALS if is_share(spec) else DECIMALS.get(spec.id, 0)
            spin.setDecimals(decimals)
            high = spec.maximum if spec.maximum is not None else FLOAT_CAP
            if is_share(spec):
                low, high = low * 100, high * 100
            if spec.min_exclusive:  # the smallest step above the excluded minimum
                low += 10 ** -decimals
            spin.setRange(low, high)
        spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        spin.setGroupSeparatorShown(True)
        spin.setKeyboardTracking(True)  # the charts follow the typing; the page debounces redraws
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        spin.setAccelerated(True)
        prefix, suffix = unit_affixes(spec)
        spin.setPrefix(prefix)
        spin.setSuffix(suffix)
        spin.setAccessibleName(shown_label(spec))
        spin.setAccessibleDescription(QCoreApplication.translate("InputRow", "{0} Allowed: {1}.").format(shown_help(spec), allowed_text(spec)))
        spin.setToolTip(QCoreApplication.translate("InputRow", "<p>{0}</p><p><i>Default: {1}. Allowed: {2}.</i></p>").format(
            shown_help(spec), _default_text(spec), allowed_text(spec)))
        fit_width(spin, spec)
        return spin

    def _fit_suffix(self, force: bool = False) -> None:
        """1 GPU, 2 GPUs: the unit agrees with the number shown (never under the user's cursor,
        where the text would jump: then when they leave the field)."""
        if self.spin.hasFocus() and not force:
            return
        _, suffix = unit_affixes(self.spec)
        if suffix and self.spin.value() == 1:
            suffix = " " + shown_unit(unit_for(self.spec.unit, 1))
        if self.spin.suffix() != suffix:
            self.spin.setSuffix(suffix)

    def value(self) -> int | float:
        return from_display(self.spec, self.spin.value())

    def show_value(self, value: Any, origin: str) -> None:
        """Show ``value`` without writing it back; ``origin`` is 'default', 'answers' or 'set'."""
        if value is not None and math.isfinite(to_display(self.spec, value)):
            shown = to_display(self.spec, value)
            if isinstance(self.spin, QDoubleSpinBox):
                target: float = round(shown, self.spin.decimals())
                differs = abs(self.spin.value() - target) > 1e-9
            else:
                target = int(round(shown))
                differs = self.spin.value() != target
            if differs:  # untouched otherwise, so the cursor stays put while the user types
                self.spin.blockSignals(True)
                self.spin.setValue(target)
                self.spin.blockSignals(False)
        self._fit_suffix()
        self.hint.setText(QCoreApplication.translate("InputRow", "from answers") if origin == "answers" else "")
        self.hint.setVisible(origin == "answers")
        self.is_default = origin == "default"
        _quiet(self.spin, self.is_default)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: the grey follows the palette
            _quiet(self.spin, self.is_default)

    def _on_value_changed(self, _value: float) -> None:
        self._fit_suffix()
        self._show_message("")
        self.edited.emit(self.spec.id, self.value())

    def _check_typing(self, _text: str) -> None:
        self._show_message("" if self.spin.hasAcceptableInput() else refusal_text(self.spec))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _default_text(spec: CostInput) -> str:
    prefix, suffix = unit_affixes(spec)
    shown = to_display(spec, spec.default)
    number = f"{shown:,.{SHARE_DECIMALS if is_share(spec) else DECIMALS.get(spec.id, 0)}f}"
    return f"{prefix}{number}{suffix}".strip()


def _quiet(widget: QWidget, quiet: bool) -> None:
    """Defaults in grey italics, the user's own figures in the normal text colour."""
    font = widget.font()
    font.setItalic(quiet)
    widget.setFont(font)
    palette = widget.palette()
    parent_palette = widget.parentWidget().palette() if widget.parentWidget() else palette
    colour = parent_palette.color(QPalette.ColorRole.PlaceholderText if quiet else QPalette.ColorRole.Text)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)
    line = getattr(widget, "lineEdit", None)
    if callable(line):
        line().setPalette(palette)
