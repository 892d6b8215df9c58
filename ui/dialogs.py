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
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, message)


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
