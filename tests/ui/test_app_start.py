"""Starting the app from the command line, and what happens when something unexpected breaks."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from advisor.core import logsetup
from tests.helpers import write_assessment


def test_main_py_file_opens_the_window_with_that_file(qtbot, tmp_path, monkeypatch):
    """``python main.py FILE`` path: run() creates the window, shows it and opens the file."""
    import ui.app as app_module
    from ui.main_window import MainWindow

    path = write_assessment(tmp_path / "Support triage.fta.json", title="Support triage")
    shown = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.run(path) == 0
    window = shown[0]
    qtbot.addWidget(window)
    assert window.windowTitle() == "Support triage.fta.json — Fine-Tune Advisor"
    window.document._dirty = False


def test_the_excepthook_logs_the_traceback_and_shows_a_dialog_naming_the_log(qtbot, monkeypatch):
    from ui.app import install_excepthook

    logsetup.configure()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    original = sys.excepthook
    try:
        install_excepthook()
        try:
            raise ValueError("surprise")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = original
    assert str(logsetup.current_log_file()) in shown[0]
    assert "Traceback" not in shown[0]
    log_text = logsetup.current_log_file().read_text()
    assert "ValueError: surprise" in log_text and "Traceback" in log_text


def test_the_installed_command_runs_like_main_py(tmp_path):
    """``make test`` installs the project, so the ``fine-tune-advisor`` command must work."""
    import subprocess
    from pathlib import Path

    command = Path(sys.executable).parent / "fine-tune-advisor"
    path = write_assessment(tmp_path / "a.fta.json")
    result = subprocess.run([str(command), "validate", str(path)], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (0, "ok\n")


def test_without_a_display_the_window_command_explains_instead_of_crashing(tmp_path):
    import os
    import subprocess

    from tests.helpers import ROOT

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 2
    assert "no display" in result.stderr and "summary FILE" in result.stderr
    assert "Traceback" not in result.stderr and "Aborted" not in result.stderr
