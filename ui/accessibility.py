"""Names for screen readers, given once a screen is built rather than on every line that makes a widget.

A screen reader announces a control by its accessible name. Qt derives one for a button from its
text and for a field from a QLabel whose buddy it is; everything else (a field under a heading, a
spin box in a form row, a table, an icon button with a tooltip) is silent unless it is named.
``name_controls`` walks a finished widget tree and gives each interactive control without a name
the best one its surroundings offer: the buddy label, its form row's label, its placeholder, its
tooltip, a group box's title, or the label just before it in its layout. The tooltip also becomes
the description where the name does not already say it. ``unnamed_controls`` lists what is still
silent, for the tests (tests/ui/test_accessible_names.py) and for a developer's own check.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox,
                               QComboBox, QFormLayout, QGroupBox, QHeaderView, QLabel, QLayout, QLineEdit,
                               QPlainTextEdit, QScrollBar, QTabBar, QTextEdit, QWidget)

# What a user operates: these must each be announced with a name.
INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit,
               QAbstractItemView, QAbstractSlider, QTabBar)

_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")


def plain(text: str) -> str:
    """A label's words as a screen reader should say them: no markup, no mnemonic ampersand, no colon."""
    text = _TAGS.sub(" ", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    return _SPACES.sub(" ", text).strip().rstrip(":").strip()


def is_interactive(widget: QWidget) -> bool:
    # A scroll bar is named by Qt itself ("Vertical") and belongs to the view it scrolls; a table's
    # header and corner button are offered to a screen reader as the table's own column headers.
    if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QScrollBar, QHeaderView)):
        return False
    # The spin box's or combo box's own line edit: the parent carries the name.
    inner = isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
    return not inner and widget.objectName() != "qt_tableview_cornerbutton"


def is_operable(widget: QWidget, root: QWidget) -> bool:
    """Shown in ``root``'s window: a hidden control is not announced, so it needs no name yet."""
    # hidden, or a combo box's closed popup (a window of its own)
    return widget.isVisibleTo(widget.window()) and widget.window() is root.window()


def spoken_name(widget: QWidget) -> str:
    """The name an assistive technology gets for ``widget``: Qt's own derivation included."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name).strip()


def _buddy_text(widget: QWidget, labels: list[QLabel]) -> str:
    for label in labels:
        if label.buddy() is widget:
            return plain(label.text())
    return ""


def _layout_of(widget: QWidget) -> QLayout | None:
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    stack = [parent.layout()]
    while stack:
        layout = stack.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        for index in range(layout.count()):
            child = layout.itemAt(index).layout()
            if child is not None:
                stack.append(child)
    return None


def _form_label(widget: QWidget, layout: QLayout | None) -> str:
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            return plain(label.text())
    return ""


def _preceding_label(widget: QWidget, layout: QLayout | None) -> str:
    """A short label right before the widget in its row or column ("Model" then its choice)."""
    if layout is None or isinstance(layout, QFormLayout):
        return ""
    index = layout.indexOf(widget)
    while index > 0:
        index -= 1
        before = layout.itemAt(index).widget()
        if before is None:
            continue  # a spacing or stretch
        if isinstance(before, QLabel) and before.isVisibleTo(widget.window()):
            words = plain(before.text())
            return words if 0 < len(words) <= 80 else ""
        return ""
    return ""


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    if isinstance(parent, QGroupBox) and parent.title():
        lone = [child for child in parent.findChildren(QWidget) if is_interactive(child)]
        if len(lone) == 1:  # only a group's single control takes its title
            return plain(parent.title())
    return ""


def derived_name(widget: QWidget, labels: list[QLabel]) -> str:
    if isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QAbstractItemView):
        return QCoreApplication.translate("accessibility", "Select all")  # a table's corner button (Qt 6.8 gives it no name of its own)
    layout = _layout_of(widget)
    placeholder = widget.placeholderText() if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) else ""
    for candidate in (_buddy_text(widget, labels), _form_label(widget, layout), plain(placeholder),
                      _group_title(widget), _preceding_label(widget, layout), plain(widget.toolTip())):
        if candidate:
            return candidate
    return ""


def name_controls(root: QWidget | None) -> list[QWidget]:
    """Name every unnamed interactive control under ``root``; returns the ones nothing could name."""
    if root is None:
        return []
    labels = root.findChildren(QLabel)
    silent: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not is_interactive(widget):
            continue
        tip = plain(widget.toolTip())
        # A button's name is its text, kept by Qt as the text changes ("Run" → "Stop"); any other
        # control gets its label's words as its own name (Qt's buddy name would keep the colon).
        if not widget.accessibleName() and not (isinstance(widget, QAbstractButton) and spoken_name(widget)):
            name = derived_name(widget, labels)
            if name:
                widget.setAccessibleName(name)
        if not spoken_name(widget):
            silent.append(widget)
        # The tooltip says what the label does not: the screen reader reads it as the description.
        if tip and not widget.accessibleDescription() and tip != plain(spoken_name(widget)):
            widget.setAccessibleDescription(tip)
    return silent


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The interactive controls under ``root`` (shown, operable) that a screen reader announces with no name."""
    candidates = [root, *root.findChildren(QWidget)]
    return [widget for widget in candidates
            if is_interactive(widget) and is_operable(widget, root) and not spoken_name(widget)]


def describe(widget: QWidget) -> str:
    """Which widget it is, for a failure message: its class, object name and where it sits."""
    path = []
    node: QWidget | None = widget
    while node is not None and len(path) < 5:
        path.append(f"{type(node).__name__}({node.objectName()!r})" if node.objectName() else type(node).__name__)
        node = node.parentWidget()
    return " in ".join(path)


def _name_window(window) -> None:
    """A window just got the focus (the main window, a dialog): its controls get their names."""
    from PySide6.QtWidgets import QApplication

    for top in QApplication.topLevelWidgets():
        if top.windowHandle() is window and window is not None:
            name_controls(top)


_installed_on: list = []


def install(app) -> None:
    """Every window is named when it first gets the focus, whoever wrote it: dialogs included."""
    if app not in _installed_on:  # once per application, however often it is asked
        _installed_on.append(app)
        app.focusWindowChanged.connect(_name_window)
