"""The main window's frame around the screens: a sidebar just wide enough for its labels, and a
stack of screens that takes the size of the one shown (so a 900x600 window fits every screen)."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListWidget, QSizePolicy, QStackedWidget, QWidget


def sidebar_width(navigation: QListWidget) -> int:
    """Just wide enough for the longest screen name in the sidebar's 11 pt font (plus the item
    and list padding of its style sheet), so a 900-pixel window leaves the screens the most room."""
    font = QFont(navigation.font())
    font.setPointSizeF(11)
    metrics = QFontMetrics(font)
    labels = [navigation.item(row).text() for row in range(navigation.count())]
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=120)
    return widest + 2 * (6 + 4) + 2 * navigation.frameWidth() + 6


class CurrentPageStack(QStackedWidget):
    """A stack as wide as the screen shown, not as the widest screen: a hidden screen never
    forces a horizontal scroll bar on the one in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policies: dict[QWidget, QSizePolicy] = {}
        self.currentChanged.connect(self._size_to_current)

    def _size_to_current(self, _index: int = -1) -> None:
        ignored = QSizePolicy.Policy.Ignored
        for index in range(self.count()):
            page = self.widget(index)
            own = self._policies.setdefault(page, page.sizePolicy())  # the page's own, kept
            page.setSizePolicy(own if page is self.currentWidget() else QSizePolicy(ignored, ignored))
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        # QStackedLayout answers with its tallest page (wrapped text of a hidden screen would
        # give every screen a vertical scroll bar); the scroll area should ask the one shown.
        page = self.currentWidget()
        if page is None:
            return -1
        height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        # That is the page's preferred height; when it is taller than the window but the page
        # can shrink to fit (its charts, tables and editors give way), it fits instead of
        # scrolling the whole screen on top of its own scroll areas.
        viewport = self.parentWidget()
        if viewport is not None and viewport.height() > 0:
            height = min(height, viewport.height())
        return max(height, page.minimumSizeHint().height())

    def addWidget(self, widget: QWidget) -> int:  # noqa: N802 (Qt's name)
        index = super().addWidget(widget)
        self._size_to_current()
        return index
