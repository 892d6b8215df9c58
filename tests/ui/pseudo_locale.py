"""Pseudo-translation: find English left on a screen, i.e. strings that never went through tr().

``install_pseudo`` builds a .qm from translations/fine_tune_advisor_de.ts in which every message
reads ``⟦source⟧`` and loads it as the window's language (the domain's hook included). A phrase
on screen outside the brackets is then one the catalogue does not know: a literal that skipped
``tr()`` or ``advisor.core.i18n.translate``, or a new string nobody ran ``make translations`` for.
``english_left`` lists them; a test asserts the list is empty, with the user's own data allowed.
"""
from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QTabWidget, QTextEdit, QWidget)

from tests.helpers import ROOT
from ui.translations import install_translations, remove_translations

OPEN, CLOSE = "⟦", "⟧"
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAGS = re.compile(r"<[^>]+>")
_ENTITIES = re.compile(r"&[a-z]+;|&#\d+;")
# Two or more words of letters in a row: an English phrase. Ids (claude-sonnet-5-5), file names
# and single words (OK, PDF, JSON) are not phrases.
_PHRASE = re.compile(r"(?<![\w./-])[A-Za-z][a-z']*(?:[ ,;:]+[A-Za-z][a-z']*)+(?![\w/-])")


def pseudo_catalogue(folder: Path) -> Path:
    """A German-named .qm whose every translation is the English source in brackets."""
    tree = ElementTree.parse(ROOT / "translations" / "fine_tune_advisor_de.ts")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = OPEN + source + CLOSE
        else:
            translation.text = OPEN + source + CLOSE
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "fine_tune_advisor_de.qm"
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def install_pseudo(app, folder: Path) -> None:
    install_translations(app, QLocale(QLocale.Language.German, QLocale.Country.Germany),
                         folder=pseudo_catalogue(folder).parent)


def _english_again(app) -> None:
    remove_translations(app)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def pseudo(qapp, tmp_path):
    """The window under the pseudo catalogue; English again after the test."""
    install_pseudo(qapp, tmp_path)
    yield qapp
    _english_again(qapp)


@pytest.fixture
def german(qapp):
    """The window in German from the shipped .qm; English again after the test."""
    install_translations(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield qapp
    _english_again(qapp)


def phrases_outside_brackets(text: str) -> list[str]:
    plain = _ENTITIES.sub(" ", _TAGS.sub(" ", text.replace("&&", "&")))
    plain = plain.replace("&", "")  # mnemonics: "&Save" is "Save"
    while True:  # a translated sentence may hold a translated name: take the innermost first
        stripped = _MARKED.sub(" ", plain)
        if stripped == plain:
            break
        plain = stripped
    return _PHRASE.findall(plain)


def _widget_texts(widget: QWidget):
    yield "toolTip", widget.toolTip()
    yield "accessibleName", widget.accessibleName()
    yield "accessibleDescription", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QLineEdit):
        yield "placeholderText", widget.placeholderText()
    elif isinstance(widget, QTextEdit):
        yield "placeholderText", widget.placeholderText()
        if widget.isReadOnly():  # what the app wrote, not what the user types
            yield "text", widget.toPlainText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"item {index}", widget.itemText(index)
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield f"tab {index}", widget.tabText(index)
            yield f"tab {index} tooltip", widget.tabToolTip(index)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, top = widget.model(), QModelIndex()
        try:
            columns = model.columnCount(top)
        except TypeError:  # a list widget's model keeps columnCount private: it has one column
            columns = 1
        for column in range(columns):
            yield f"header {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(top), 40)):
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(model.index(row, column), role)
                    if isinstance(value, str):
                        yield f"cell {row},{column}", value


def english_left(root: QWidget, allow: tuple[str, ...] = (), skip=lambda widget: False,
                 within: tuple[str, ...] = ()) -> list[str]:
    """Each visible English phrase under ``root`` as "Class.property: phrase", minus ``allow``
    (regular expressions for the user's own data: their prompt, test names, model names), the
    phrases found inside one of the texts ``within`` (the user's notes, cited titles: shown as
    they are) and the widgets ``skip`` names."""
    allowed = [re.compile(pattern) for pattern in allow]
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root or skip(widget):
            continue
        for where, text in _widget_texts(widget):
            for phrase in phrases_outside_brackets(text or ""):
                if not any(pattern.search(phrase) for pattern in allowed) and \
                        not any(phrase in text for text in within):
                    found.append(f"{type(widget).__name__}.{where}: {phrase!r} in {text[:80]!r}")
    return found
