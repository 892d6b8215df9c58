"""Two windows on one file, and a file changed behind the window's back (issue 15; issue 17 #5)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from advisor.cli import main as cli
from advisor.document.file_guard import lock_path
from tests.helpers import write_assessment


@pytest.fixture
def second_window(qtbot, scripted):
    from ui.main_window import MainWindow

    other = MainWindow()
    qtbot.addWidget(other)
    other.show()
    yield other
    scripted.save_changes_answer = "discard"


def title_on_disk(path):
    return json.loads(path.read_text(encoding="utf-8"))["title"]


def test_the_second_window_is_told_the_file_is_open_elsewhere(window, second_window, scripted, tmp_path):
    path = write_assessment(tmp_path / "shared.fta.json", title="Shared")
    assert window.open_path(path)
    assert lock_path(path).exists() and scripted.told_open_elsewhere == []
    assert second_window.open_path(path)
    (name, holder), = scripted.told_open_elsewhere
    assert name == "shared.fta.json" and f"process {os.getpid()} on this computer" in holder
    scripted.save_changes_answer = "discard"
    window.close()
    assert not lock_path(path).exists()  # cleared on close


def test_a_lock_left_by_a_crash_is_stale_and_taken_over(window, scripted, tmp_path):
    path = write_assessment(tmp_path / "crashed.fta.json", title="Crashed")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    import socket

    lock_path(path).write_text(json.dumps({"pid": int(dead.stdout), "host": socket.gethostname(),
                                           "since": "2026-12-01T09:00:00Z", "token": "old"}), encoding="utf-8")
    assert window.open_path(path)
    assert scripted.told_open_elsewhere == []
    assert json.loads(lock_path(path).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_save_asks_before_overwriting_another_windows_save(window, second_window, scripted, tmp_path):
    path = write_assessment(tmp_path / "shared.fta.json", title="Original")
    window.open_path(path)
    second_window.open_path(path)
    second_window.document.set_title("Second window's work")
    assert second_window.save()
    window.document.set_title("First window's work")
    scripted.overwrite_answer = "cancel"
    assert window.save() is False
    assert scripted.asked_to_overwrite == ["shared.fta.json"]
    assert title_on_disk(path) == "Second window's work" and window.document.is_dirty
    scripted.overwrite_answer = "overwrite"
    assert window.save()
    assert title_on_disk(path) == "First window's work"
    assert title_on_disk(path.with_name("shared.fta.json.bak")) == "Second window's work"
    window.document.set_title("Again")
    assert window.save() and len(scripted.asked_to_overwrite) == 2  # its own save is not a change by others


def test_a_windows_save_after_eval_save_from_a_terminal_asks(window, scripted, tmp_path, api_env, capsys):
    path = write_assessment(tmp_path / "lab.fta.json", title="Lab", prompt_lab={
        "model": "claude-haiku-4-5", "tests": [{"name": "t", "vars": {"input": "hi"}, "expect": []}]})
    window.open_path(path)
    window.document.set_title("Edited in the window")
    assert cli.main(["eval", str(path), "--save"]) == 0
    capsys.readouterr()
    scripted.overwrite_answer = "save_as"
    scripted.save_path = tmp_path / "lab-copy.fta.json"
    assert window.save()
    assert scripted.asked_to_overwrite == ["lab.fta.json"]
    assert "last_run" in json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]  # the run is kept
    assert title_on_disk(scripted.save_path) == "Edited in the window"
    assert window.document.path == scripted.save_path
