"""A wrapped label kept whole is never drawn over when a splitter squeezes its column (the lab's
side-by-side verdict, the few-shot curve's reading, the run totals at 900x600): its column's
minimum counts every line, so the splitter gives the space to the other pane or the page scrolls."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QTableWidget, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from ui.wrapped_min_height import keep_whole

WORDS = ("More examples still help: 0.0 % at 0 examples (0.0–27.8 %) and 100.0 % at 8 (72.3–100.0 %). "
         "More labelled examples may help further, and this sentence goes on to wrap several times.")


def _column(kept: bool) -> tuple[QSplitter, QLabel, QTableWidget]:
    label = QLabel(WORDS)
    label.setWordWrap(True)
    if kept:
        keep_whole(label)
    table = QTableWidget(3, 2)
    table.setMinimumHeight(40)
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.addWidget(label)
    layout.addWidget(table, 1)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(QTableWidget(20, 2))  # the pane above, which may give way
    splitter.addWidget(column)
    splitter.resize(220, 240)
    splitter.setSizes([200, 40])  # the user (or a short window) left the column little room
    return splitter, label, table


def _settled(qtbot, splitter: QSplitter) -> None:
    qtbot.addWidget(splitter)
    splitter.show()
    qtbot.waitExposed(splitter)
    for _ in range(5):
        QApplication.processEvents()


def test_a_label_kept_whole_keeps_its_lines_above_the_table(qtbot):
    splitter, label, table = _column(kept=True)
    _settled(qtbot, splitter)
    assert label.height() >= label.heightForWidth(label.width())  # every line has its room
    assert label.geometry().bottom() < table.geometry().top()


def test_a_plain_wrapped_label_is_squeezed_below_its_lines(qtbot):
    """What keep_whole is for: without it the same column gives the label fewer lines than it has."""
    splitter, label, _table = _column(kept=False)
    _settled(qtbot, splitter)
    assert label.height() < label.heightForWidth(label.width())


def test_a_hidden_label_holds_no_room(qtbot):
    splitter, label, _table = _column(kept=True)
    _settled(qtbot, splitter)
    label.hide()
    QApplication.processEvents()
    assert label.minimumHeight() == 0
