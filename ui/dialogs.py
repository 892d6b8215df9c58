"""Every modal question the window asks, in one place (tests replace these functions)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

FILE_FILTER = "Fine-Tune Advisor assessments (*.fta.json);;JSON files (*.json);;All files (*)"


def ask_save_changes(parent: QWidget, name: str) -> str:
    """'save', 'discard' or 'cancel' for unsaved changes to ``name``."""
    from PySide6.QtWidgets import QMessageBox  # Qt's classes load when a dialog is first shown

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"Save the changes to “{name}” before closing it?")
    box.setInformativeText("If you don't save, your changes since the last save are lost.")
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
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
    show_info(parent, "Open in another window",
              f"“{name}” is also open in another Fine-Tune Advisor window ({holder}).\n\n"
              "Changes saved there are not shown here. If both windows save, the second one is "
              "asked before it overwrites the other's changes.")


def ask_overwrite_changed(parent: QWidget | None, name: str) -> str:
    """'overwrite', 'save_as' or 'cancel': the file changed on disk since this window read it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("File changed on disk")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"“{name}” was changed by another program or window since you opened it.")
    box.setInformativeText("Overwrite replaces those changes with yours (the replaced version is kept "
                           "as a .bak file). Save As keeps both.")
    overwrite = box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton("Save As…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
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

    name, _ = QFileDialog.getOpenFileName(parent, "Open assessment", folder, FILE_FILTER)
    return Path(name) if name else None


def get_save_path(parent: QWidget, suggested: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, "Save assessment", suggested, FILE_FILTER)
    if not name:
        return None
    path = Path(name)
    if not path.name.endswith(".json"):
        path = path.with_name(path.name + ".fta.json")
    return path
