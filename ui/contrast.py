"""Muted text that still reads: WCAG AA asks 4.5:1 against the background for body text.

The palette's placeholder grey is meant for hints in empty fields, and on the window's grey it
falls short (issue 29: "Why it matters" read at about 3:1). Here the text colour is blended
toward the background only as far as the ratio allows."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA_NORMAL_TEXT = 4.5


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return 0.2126 * _channel(colour.red()) + 0.7152 * _channel(colour.green()) + 0.0722 * _channel(colour.blue())


def contrast(first: QColor, second: QColor) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _mix(text: QColor, background: QColor, share: float) -> QColor:
    def part(a: int, b: int) -> int:
        return round(a * share + b * (1 - share))
    return QColor(part(text.red(), background.red()), part(text.green(), background.green()),
                  part(text.blue(), background.blue()))


def muted_colour(palette: QPalette) -> QColor:
    """The palette's text, as faint as it can be while it keeps AA contrast on the window."""
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    for share in (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        colour = _mix(text, background, share)
        if contrast(colour, background) >= AA_NORMAL_TEXT + 0.1:  # a margin for rounding
            return colour
    return text


def muted_style(palette: QPalette) -> str:
    return f"color: {muted_colour(palette).name()};"
