"""What a user sees before any assessment is open."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

WELCOME_TEXT = (
    "Most teams that are told to fine-tune a model do better with a general model such as Claude "
    "and good prompts. This app walks you through the questions that decide it, prices both paths "
    "month by month, and lets you test your own prompts before anyone rents a GPU. "
    "You leave with a saved assessment and a one-page summary to share."
)


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h1>Fine-Tune Advisor</h1>")
        subtitle = QLabel("<b>Should you fine-tune a model, or prompt Claude?</b>")
        text = QLabel(WELCOME_TEXT)
        text.setWordWrap(True)
        text.setMaximumWidth(620)
        self.new_button = QPushButton("&New assessment")
        self.new_button.setDefault(True)
        self.open_button = QPushButton("&Open…")
        self.example_button = QPushButton("Explore an &example")
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
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        outer.setAlignment(Qt.AlignmentFlag.AlignVCenter)
