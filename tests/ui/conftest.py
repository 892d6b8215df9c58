"""Fixtures for window tests: a main window whose modal dialogs answer from a script."""
from __future__ import annotations

from pathlib import Path

import pytest

from ui import dialogs
from tests.ui.pseudo_locale import german, pseudo  # noqa: F401 - the window in German or under the pseudo catalogue, for every UI test


class ScriptedDialogs:
    """Stands in for the modal dialogs, recording what the user was shown."""

    def __init__(self) -> None:
        self.save_changes_answer = "cancel"
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.errors: list[tuple[str, str]] = []
        self.asked_to_save: list[str] = []
        self.told_open_elsewhere: list[tuple[str, str]] = []
        self.overwrite_answer = "cancel"  # the file changed on disk: overwrite, save_as or cancel
        self.asked_to_overwrite: list[str] = []

    def install(self, monkeypatch) -> None:
        monkeypatch.setattr(dialogs, "ask_save_changes", self._ask_save_changes)
        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: self.errors.append((title, text)))
        monkeypatch.setattr(dialogs, "get_open_path", lambda parent, folder: self.open_path)
        monkeypatch.setattr(dialogs, "get_save_path", lambda parent, suggested: self.save_path)
        monkeypatch.setattr(dialogs, "tell_open_elsewhere",
                            lambda parent, name, holder: self.told_open_elsewhere.append((name, holder)))
        monkeypatch.setattr(dialogs, "ask_overwrite_changed", self._ask_overwrite)

    def _ask_overwrite(self, parent, name: str) -> str:
        self.asked_to_overwrite.append(name)
        return self.overwrite_answer

    def _ask_save_changes(self, parent, name: str) -> str:
        self.asked_to_save.append(name)
        return self.save_changes_answer


@pytest.fixture
def scripted(monkeypatch) -> ScriptedDialogs:
    script = ScriptedDialogs()
    script.install(monkeypatch)
    return script


@pytest.fixture
def window(qtbot, scripted):
    from ui.main_window import MainWindow

    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    scripted.save_changes_answer = "discard"  # let the fixture close it without asking


def activate(qtbot, widget) -> None:
    """Make ``widget``'s window the active one, so keyboard shortcuts reach it.

    Under Xvfb there is no window manager to activate windows, so ask Qt directly."""
    from PySide6.QtWidgets import QApplication

    window = widget.window()
    if hasattr(QApplication, "setActiveWindow"):
        import warnings

        with warnings.catch_warnings():  # deprecated, but the only way without a window manager
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
