"""Word-wrapped labels that keep all their lines when space runs short.

Qt counts a wrapped label at its one-line minimum when a splitter or a tab squeezes the column
that holds it, and the widget below is then drawn over the label's other lines. A label kept whole
holds its minimum height at its wrapped height for its current width, so the column's minimum is
right and the page scrolls instead.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel


class _KeepWhole(QObject):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.update()
        return False

    def update(self) -> None:
        label = self.label
        # Only while it is shown: a label on a tab behind another would make every tab as tall.
        need = label.heightForWidth(label.width()) if label.isVisible() and label.text() else 0
        if need != label.minimumHeight() and need >= 0:
            label.setMinimumHeight(need)


def keep_whole(*labels: QLabel) -> None:
    """Hold each wrapped label's minimum height at its wrapped height (see the module)."""
    for label in labels:
        label.setWordWrap(True)
        # Its lines at the top of the height it holds, not centred in it.
        label.setAlignment((label.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask) | Qt.AlignmentFlag.AlignTop)
        _KeepWhole(label)
