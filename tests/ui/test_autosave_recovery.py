"""Never lose work: autosave while there are unsaved changes, and recovery after a kill."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from advisor.core import paths

from advisor.document import recovery
from tests.helpers import ROOT, write_assessment


def test_autosave_writes_unsaved_work_and_a_save_clears_it(qtbot, window, tmp_path, scripted):
    path = write_assessment(tmp_path / "mine.fta.json", title="Mine")
    window.open_path(path)
    window.document.set_answer("ml_team", "some")
    window.autosaver.autosave_now()
    content = paths.autosave_dir() / f"session-{os.getpid()}.fta.json"
    assert '"ml_team": "some"' in content.read_text()
    assert "ml_team" not in path.read_text(), "autosave never touches the user's file"
    window.save()
    assert not content.exists()


def test_nothing_is_autosaved_without_changes(window, tmp_path):
    window.open_path(write_assessment(tmp_path / "a.fta.json"))
    window.autosaver.autosave_now()
    assert list(paths.autosave_dir().iterdir()) == []


def test_work_of_a_killed_app_is_offered_back_on_the_next_start(qtbot, tmp_path, scripted, monkeypatch, app_home):
    original = write_assessment(tmp_path / "Support triage.fta.json", title="Support triage",
                                answers={"prompting_tried": "not_tried"})
    (paths.config_dir() / "settings.json").write_text('{"autosave_seconds": 1}')
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtWidgets import QApplication
        app = QApplication(["fta"])
        from ui.main_window import MainWindow
        window = MainWindow()
        window.open_path({str(original)!r})
        window.document.set_answer("prompting_tried", "falls_short")
        window.document.set_answer("gaps", ["domain_language"])
        window.document.set_title("Support triage, revised")
        from PySide6.QtCore import QTimer
        QTimer.singleShot(1500, lambda: print("autosaved", flush=True))
        app.exec()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, env=env)
    try:
        assert process.stdout.readline().strip() == b"autosaved"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()

    from ui import dialogs
    from ui.main_window import MainWindow

    questions = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text: questions.append(text) or True)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.offer_recovery() is True
    assert "Support triage.fta.json" in questions[0]
    assert window.document.assessment.answers == {"prompting_tried": "falls_short", "gaps": ["domain_language"]}
    assert window.document.assessment.title == "Support triage, revised"
    assert window.windowTitle() == "Support triage.fta.json* — Fine-Tune Advisor"
    assert window.questionnaire.steps["prompting_tried"].control.value() == "falls_short"
    assert "falls_short" not in original.read_text(), "the user's file waits for an explicit save"
    assert recovery.find_recoverable() == []
    scripted.save_changes_answer = "discard"


def test_declining_recovery_discards_it(qtbot, monkeypatch, scripted):
    from ui import dialogs
    from ui.main_window import MainWindow
    from advisor.document.assessment import Assessment

    recovery.write_autosave(Assessment.new("lost"), pid=999_999_999)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args: False)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.offer_recovery() is False
    assert not window.document.is_open
    assert recovery.find_recoverable() == []


def test_several_crashed_sessions_are_each_offered_in_turn(qtbot, monkeypatch, scripted):
    from advisor.document.assessment import Assessment
    from ui import dialogs
    from ui.main_window import MainWindow

    older, newer = Assessment.new("older work"), Assessment.new("newer work")
    recovery.write_autosave(older, pid=999_999_998)
    import time

    time.sleep(1.1)  # autosave times have one-second resolution
    recovery.write_autosave(newer, pid=999_999_999)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args: False)
    first = MainWindow()
    qtbot.addWidget(first)
    first.offer_recovery()
    assert [r.title for r in recovery.find_recoverable()] == ["older work"]
