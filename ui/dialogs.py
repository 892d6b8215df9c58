"""Every modal question the window asks, in one place (tests replace these functions)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from advisor.core.i18n import translate  # the window's language, without loading Qt here


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate knows)
    return text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

FILE_FILTER = QT_TRANSLATE_NOOP("dialogs", "Fine-Tune Advisor assessments (*.fta.json);;JSON files (*.json);;All files (*)")


def save_changes_box(parent: QWidget | None, name: str):  # -> QMessageBox, not yet shown
    """The question ask_save_changes shows (built apart, so a test can read it without exec)."""
    from PySide6.QtWidgets import QMessageBox  # Qt's classes load when a dialog is first shown

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("dialogs", "Unsaved changes"))
    box.setText(translate("dialogs", "Save the changes to “{0}” before closing it?").format(name))
    box.setInformativeText(translate("dialogs", "If you don't save, your changes since the last save are lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return box


def ask_save_changes(parent: QWidget, name: str) -> str:
    """'save', 'discard' or 'cancel' for unsaved changes to ``name``."""
    from PySide6.QtWidgets import QMessageBox

    answer = save_changes_box(parent, name).exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file data: never render it as HTML
    box.exec()


def tell_open_elsewhere(parent: QWidget | None, name: str, holder: str) -> None:
    """The file is already open in another window: say so (Save will ask before overwriting)."""
    show_info(parent, translate("dialogs", "Open in another window"),
              translate("dialogs", "“{0}” is also open in another Fine-Tune Advisor window ({1}).\n\n"
              "Changes saved there are not shown here. If both windows save, the second one is "
              "asked before it overwrites the other's changes.").format(name, holder))


def overwrite_changed_box(parent: QWidget | None, name: str):  # -> (QMessageBox, overwrite, save_as)
    """The question ask_overwrite_changed shows, and its two buttons (not yet shown)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("dialogs", "File changed on disk"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("dialogs", "“{0}” was changed by another program or window since you opened it.").format(name))
    box.setInformativeText(translate("dialogs", "Overwrite replaces those changes with yours (the replaced version is kept "
                           "as a .bak file). Save As keeps both."))
    overwrite = box.addButton(translate("dialogs", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(translate("dialogs", "Save As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    return box, overwrite, save_as


def ask_overwrite_changed(parent: QWidget | None, name: str) -> str:
    """'overwrite', 'save_as' or 'cancel': the file changed on disk since this window read it."""
    box, overwrite, save_as = overwrite_changed_box(parent, name)
    box.exec()
    clicked = box.clickedButton()
    return "overwrite" if clicked is overwrite else "save_as" if clicked is save_as else "cancel"


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, message: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, message)
    return answer == QMessageBox.StandardButton.Yes


def get_open_path(parent: QWidget, folder: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, translate("dialogs", "Open assessment"), folder, translate("dialogs", FILE_FILTER))
    return Path(name) if name else None


def get_save_path(parent: QWidget, suggested: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, translate("dialogs", "Save assessment"), suggested, translate("dialogs", FILE_FILTER))
    if not name:
        return None
    path = Path(name)
    if not path.name.endswith(".json"):
        path = path.with_name(path.name + ".fta.json")
    return path
