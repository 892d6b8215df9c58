"""How the Costs screen shares its room between the inputs and the charts (issue 29).

A splitter holds the two and the user drags it where they like; the place is remembered in the
app settings, one place per arrangement, since a divider that suits one does not suit another:

- ``wide``: the form in two columns beside the charts, so a large screen shows every input;
- ``side``: the form in one column beside the charts (a small laptop: 16 inputs at once);
- ``stacked``: the form above the charts, in a window too narrow for both side by side but
  tall enough for both one above the other (issue 15).
"""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget

from advisor.core.settings import Settings

SETTING = "costs_split"
# Each threshold comes in two, so a size between them never flips the arrangement back and forth.
WIDE_FROM, WIDE_BELOW = 1250, 1210  # page width: two columns of inputs beside the charts
STACK_BELOW, UNSTACK_FROM = 780, 820  # page width: narrower, and the charts go under the form...
STACK_TALLER_THAN, UNSTACK_BELOW = 720, 680  # page height: ...if the form still shows 8 inputs
STACKED_FORM_SHARE = 0.45  # the form's first share of the height, stacked
SAVE_DELAY_MS = 400  # a drag sends many moves: the place is written once it stops


class ColumnForm(Protocol):
    def set_columns(self, count: int) -> None: ...


def arrangement_for(current: str, width: int, height: int) -> str:
    """The arrangement for a page of this size, given the one it has now."""
    if current == "stacked":
        if width < UNSTACK_FROM and height >= UNSTACK_BELOW:
            return "stacked"
    elif width < STACK_BELOW and height > STACK_TALLER_THAN:
        return "stacked"
    if current == "wide":
        return "wide" if width >= WIDE_BELOW else "side"
    return "wide" if width >= WIDE_FROM else "side"


def _remembered(settings: Settings, arrangement: str) -> list[int] | None:
    sizes = settings.get(SETTING).get(arrangement)
    if (isinstance(sizes, list) and len(sizes) == 2
            and all(isinstance(s, int) and not isinstance(s, bool) and s > 0 for s in sizes)):
        return sizes
    return None  # never set, or a hand-edited value that makes no sense


class FormChartSplit(QSplitter):
    """The inputs (in their scroll area) and the charts, sharing the page through a divider."""

    def __init__(self, scroll: QScrollArea, form: ColumnForm, charts: QWidget,
                 settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.scroll, self.form, self.settings = scroll, form, settings
        self.arrangement = ""
        self._wanted_form: int | None = None  # the form's size, until the split is on the screen
        self.setObjectName("costsSplit")
        self.setAccessibleName(self.tr("Divider between the inputs and the charts"))
        self.setChildrenCollapsible(False)  # dragged to the end, neither side disappears
        self.setHandleWidth(8)
        self.addWidget(scroll)
        self.addWidget(charts)
        self.setStretchFactor(1, 1)  # a growing window widens the charts, not the form
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.remember)
        self.splitterMoved.connect(lambda *_: self._save_timer.start())

    def arrange(self, width: int, height: int) -> None:
        arrangement = arrangement_for(self.arrangement, width, height)
        if arrangement == self.arrangement:
            return
        if self._save_timer.isActive():  # a drag just ended: keep it for the arrangement it was in
            self.remember()
        self.arrangement = arrangement
        stacked = arrangement == "stacked"
        self.form.set_columns(2 if arrangement == "wide" else 1)
        self.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        self.scroll.widget().layout().activate()  # its size hints for the new columns
        self.scroll.setMinimumWidth(0 if stacked else self._form_width(minimum=True))
        remembered = _remembered(self.settings, arrangement)
        self._wanted_form = remembered[0] if remembered else self._first_form_size(height if stacked else width)
        self._place_divider()

    def _place_divider(self) -> None:
        """Give the form the size wanted once the split has its room on the screen (before,
        the sizes would be squeezed into a hidden widget's few pixels and lost)."""
        along = self.height() if self.orientation() == Qt.Orientation.Vertical else self.width()
        if self._wanted_form is None or not self.isVisible() or along <= self._wanted_form:
            return
        self.setSizes([self._wanted_form, along - self._wanted_form - self.handleWidth()])
        self._wanted_form = None  # from now on the form keeps its size; the charts take the rest

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_divider()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._place_divider()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        if self._save_timer.isActive():  # moved, then the window closed or the screen changed
            self.remember()
        super().hideEvent(event)

    def _first_form_size(self, along: int) -> int:
        """Where the divider starts before the user has moved it in this arrangement."""
        if self.arrangement == "stacked":
            return int(along * STACKED_FORM_SHARE)
        return self._form_width(minimum=self.arrangement == "side")

    def _form_width(self, *, minimum: bool) -> int:
        """The form's width (what it needs, or what it prefers) with its scroll bar."""
        form = self.scroll.widget()
        hint = form.minimumSizeHint() if minimum else form.sizeHint()
        return hint.width() + self.scroll.verticalScrollBar().sizeHint().width()

    def remember(self) -> None:
        """Keep the divider's place for this arrangement, in the app settings."""
        self._save_timer.stop()
        if not self.arrangement:
            return
        places = dict(self.settings.get(SETTING))
        places[self.arrangement] = [int(size) for size in self.sizes()]
        self.settings.set(SETTING, places)
