"""What a user sees before any assessment is open."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

WELCOME_TEXT = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Most teams that are told to fine-tune a model do better with a general model such as Claude "
    "and good prompts. This app walks you through the questions that decide it, prices both paths "
    "month by month, and lets you test your own prompts before anyone rents a GPU. "
    "You leave with a saved assessment and a one-page summary to share."
)

COLUMN_WIDTH = 660


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h1>Fine-Tune Advisor</h1>"))
        subtitle = QLabel(self.tr("<b>Should you fine-tune a model, or prompt Claude?</b>"))
        text = QLabel(self.tr(WELCOME_TEXT))
        text.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New assessment"))
        self.new_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.example_button = QPushButton(self.tr("Explore an &example"))
        for button, signal in ((self.new_button, self.new_requested),
                               (self.open_button, self.open_requested),
                               (self.example_button, self.example_requested)):
            button.setMinimumHeight(36)
            button.clicked.connect(signal.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.example_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (title, subtitle, text):
            column.addWidget(widget)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(20)
        self.recent_title = QLabel(self.tr("<b>Recent assessments</b>"))
        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(2)
        column.addWidget(self.recent_title)
        column.addLayout(self.recent_box)
        column.addStretch(2)
        # One centred column, no wider than comfortable reading, however wide the window.
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(COLUMN_WIDTH)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 10)
        outer.addStretch(1)
        outer.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        self.recent_buttons: list[QPushButton] = []
        self.show_recent([])

    def show_recent(self, entries: list[str]) -> None:
        """The last few files, one click each; the full list is under File → Open Recent."""
        for button in self.recent_buttons:
            button.deleteLater()
        self.recent_buttons = []
        for entry in entries[:5]:
            # A long name is shortened in the middle (the full path is in the tooltip), so it
            # never widens the window.
            name = Path(entry).name
            button = QPushButton()
            shown = button.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, COLUMN_WIDTH - 40)
            button.setText(shown.replace("&", "&&"))  # an & in a file name is a letter, not a mnemonic
            button.setFlat(True)
            button.setToolTip(entry)
            button.setAccessibleName(self.tr("Open recent assessment {0}").format(name))
            button.setStyleSheet("text-align: left; padding: 3px 6px;")
            button.clicked.connect(lambda _=False, e=entry: self.recent_requested.emit(e))
            self.recent_box.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_title.setVisible(bool(self.recent_buttons))
