"""The prompt lab's inline messages: a coloured strip with plain words and what to do next.

Failures are shown where the user is looking, never as a modal box: the lab stays usable, and
each message offers the next step as a button (a refused key opens the key settings, an
unknown model moves to the model picker).
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

translate = QCoreApplication.translate  # lupdate extracts translate(context, text)

Action = tuple[str, Callable[[], None]]

# Background, border and text colours with enough contrast, one set for a light palette and one
# for a dark one (the banner follows the palette the app runs with).
LEVELS = {
    "error": ("#fdecea", "#b3261e", "#5f1410", "✘"),
    "warning": ("#fff4e0", "#b26a00", "#4d2e00", "⚠"),
    "info": ("#e8f1fb", "#0b5cad", "#0a2f57", "ℹ"),
    "ok": ("#e7f5ee", "#007a55", "#003d2a", "✔"),
}
DARK_LEVELS = {
    "error": ("#3b1512", "#f2827a", "#ffdad6", "✘"),
    "warning": ("#3a2a0c", "#e0a84a", "#ffe2b3", "⚠"),
    "info": ("#0f2740", "#7ab4f0", "#d6e8ff", "ℹ"),
    "ok": ("#0d3326", "#5cc79d", "#c8f2e0", "✔"),
}


def is_dark(widget: QWidget) -> bool:
    """Whether the app runs on a dark palette (the application's, not the banner's own, which
    its style sheet colours)."""
    palette = QApplication.palette(widget.parentWidget()) if widget.parentWidget() else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(widget: QWidget, level: str) -> tuple[str, str, str, str]:
    table = DARK_LEVELS if is_dark(widget) else LEVELS
    return table.get(level, table["info"])

# What the user can do about each kind of failure, beyond reading the message.
KEY_KINDS = frozenset({"no_key", "key_refused"})
MODEL_KINDS = frozenset({"unknown_model"})
RETRY_WORDS = {
    "rate_limited": QT_TRANSLATE_NOOP("InlineMessage", "Rate limited (429)"),
    "overloaded": QT_TRANSLATE_NOOP("InlineMessage", "Claude is overloaded (529)"),
    "server_error": QT_TRANSLATE_NOOP("InlineMessage", "Server error"),
    "connection_lost": QT_TRANSLATE_NOOP("InlineMessage", "Connection lost"),
}
TEMPORARY = QT_TRANSLATE_NOOP("InlineMessage", "Temporary failure")


def retry_text(kind: str, seconds: float) -> str:
    """'Rate limited (429): retrying in 3 s…' — shown while a retry waits."""
    what = translate("InlineMessage", RETRY_WORDS.get(kind, TEMPORARY))
    return translate("InlineMessage", "{0}: retrying in {1} s…").format(
        what, max(1, round(seconds)))


def shown_problem(message: str, error: Any = None) -> str:
    """A failure in the window's language: a ClaudeProblem says itself (``shown()``), while its
    str() stays English for the command line and the saved runs."""
    shown = getattr(error, "shown", None)
    return shown() if callable(shown) else message


def level_for(kind: str | None) -> str:
    return "warning" if kind in ("stream_cut", "cancelled", "missing_variable") else "error"


class InlineMessage(QFrame):
    """Hidden until :meth:`show_message`; a close button hides it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.level = ""
        self.kind: str | None = None
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Message"))
        self.buttons: list[QPushButton] = []
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.close_button.clicked.connect(self.hide)
        app = QApplication.instance()
        if app is not None:
            app.paletteChanged.connect(self.restyle)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(10, 6, 6, 6)
        self._row.setSpacing(8)
        self._row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self._row.addWidget(self.text, 1)
        self._row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, level: str = "error", actions: list[Action] | None = None,
                     kind: str | None = None) -> None:
        background, border, colour, icon = colours(self, level)
        self.level, self.kind = level, kind
        self._style(background, border, colour)
        self.icon.setText(icon)
        self.text.setText(text)
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for label, slot in actions or []:
            button = QPushButton(label)
            button.clicked.connect(slot)
            self._row.insertWidget(self._row.count() - 1, button, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
        self.show()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """A splitter pane does not ask a wrapped label how tall it needs to be at this width: keep
        the whole message in view (a long German refusal wraps to a third line at 900 px)."""
        super().resizeEvent(event)
        need = self._row.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def _style(self, background: str, border: str, colour: str) -> None:
        sheet = (f"QFrame#inlineMessage {{ background: {background}; border: 1px solid {border};"
                 f" border-radius: 4px; }} QFrame#inlineMessage QLabel {{ color: {colour}; }}")
        if sheet != self.styleSheet():  # restyling raises change events of its own: no loop
            self.setStyleSheet(sheet)

    def restyle(self) -> None:
        """The app's palette changed (light to dark, say): recolour. A widget with a style
        sheet is sent no palette events, so this listens to the application instead."""
        if self.level:
            self._style(*colours(self, self.level)[:3])

    def button(self, label: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.text() == label), None)

    def message(self) -> str:
        return self.text.text() if self.isVisible() else ""


class ProblemActions:
    """The buttons each failure offers, bound to the page's handlers."""

    def __init__(self, open_key_settings: Callable[[], None], pick_model: Callable[[], None]) -> None:
        self.open_key_settings = open_key_settings
        self.pick_model = pick_model

    def for_kind(self, kind: str | None) -> list[Action]:
        if kind in KEY_KINDS:
            return [(translate("InlineMessage", "Key settings…"), self.open_key_settings)]
        if kind in MODEL_KINDS:
            return [(translate("InlineMessage", "Pick another model"), self.pick_model)]
        return []

    def show(self, box: InlineMessage, message: str, error: Any = None) -> None:
        kind = getattr(error, "kind", None)
        box.show_message(shown_problem(message, error), level_for(kind), self.for_kind(kind), kind=kind)
