"""A scroll area that never scrolls sideways must stay as wide as its content's minimum.

Its content can grow (a control shown for one model, a note): without this, the extra width
is cut off at the right edge with no way to see it (issue 29)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollArea


class _FollowContent(QObject):
    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        self.update()

    def update(self) -> None:
        content = self.scroll.widget()
        self.scroll.setMinimumWidth(content.minimumSizeHint().width()
                                    + self.scroll.verticalScrollBar().sizeHint().width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.update()
        return False


def keep_content_width(scroll: QScrollArea) -> None:
    """From now on ``scroll`` is at least as wide as its content needs, scroll bar included."""
    follower = _FollowContent(scroll)
    scroll.widget().installEventFilter(follower)
