"""Hostile files in the window (issue 17 #2, #3, #8, #9): a plain message, nothing frozen or leaked."""
from __future__ import annotations

import os
import stat

from advisor.core import paths
from tests.helpers import write_assessment


def test_dev_zero_a_link_to_it_and_a_fifo_are_refused_with_a_message(window, scripted, tmp_path):
    good = write_assessment(tmp_path / "good.fta.json", title="Keep me")
    window.open_path(good)
    link = tmp_path / "zero.fta.json"
    link.symlink_to("/dev/zero")
    fifo = tmp_path / "pipe.fta.json"
    os.mkfifo(fifo)
    for target, kind in ((link, "a device"), (fifo, "a pipe (FIFO)")):
        assert window.open_path(target, confirmed=True) is False
        title, message = scripted.errors[-1]
        assert title == "Cannot open this file"
        assert f"{target}: is {kind}, not a regular file" in message
    assert window.document.assessment.title == "Keep me"


def test_save_refuses_a_read_only_file_and_keeps_the_changes(window, scripted, tmp_path):
    path = write_assessment(tmp_path / "ro.fta.json", title="Frozen")
    path.chmod(0o444)
    try:
        window.open_path(path)
        window.document.set_title("Edited")
        before = path.read_bytes()
        window.save_action.trigger()
        title, message = scripted.errors[-1]
        assert title == "Cannot save" and "read-only" in message and "Save As" in message
        assert path.read_bytes() == before and not path.with_name("ro.fta.json.bak").exists()
        assert window.document.is_dirty  # the edit is still there, to be saved elsewhere
    finally:
        path.chmod(0o644)


def test_autosave_of_a_private_file_stays_private(window, tmp_path):
    os.umask(0o022)
    path = write_assessment(tmp_path / "private.fta.json", title="Secret plans")
    path.chmod(0o600)
    window.open_path(path)
    window.document.set_title("Secret plans, edited")
    window.autosaver.autosave_now()
    copies = list(paths.autosave_dir().iterdir())
    assert copies and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in copies)
    assert stat.S_IMODE(paths.autosave_dir().stat().st_mode) == 0o700


# -- #13: rich text in file data ----------------------------------------------------------------------
SPOOF = '<font color="green" size="7">ALL PASSED</font><img src="file:///etc/hostname">'


def spoofed_file(tmp_path):
    case = {"name": SPOOF, "passed": True, "output": SPOOF, "error": None, "input_tokens": 1,
            "output_tokens": 1, "latency_ms": 5.0}
    return write_assessment(tmp_path / "spoof.fta.json", title=SPOOF, notes=SPOOF,
                            answers={"prompting_tried": "not_tried"},
                            costs={"model": "claude-haiku-4-5"},
                            prompt_lab={"model": "claude-haiku-4-5", "system": SPOOF, "template": "{{input}}",
                                        "tests": [{"name": SPOOF, "vars": {"input": SPOOF}, "expect": []}],
                                        "last_run": {"model": SPOOF, "run_at": "2026-12-01T10:00:00Z",
                                                     "passed": 1, "failed": 0, "errors": 0, "cost_usd": 0.0,
                                                     "repeat": 1, "cases": [case]}})


def rich_labels(window) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as QtGui
    from PySide6.QtWidgets import QLabel

    found = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if "<img" in text or "<font" in text:
            renders = label.textFormat() == Qt.TextFormat.RichText or (
                label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))
            if renders:
                found.append(f"{type(label.parent()).__name__}: {text[:60]!r}")
    return found


def test_labels_showing_file_data_never_render_it_as_rich_text(qtbot, window, tmp_path):
    assert window.open_path(spoofed_file(tmp_path))
    for page_id in ("overview", "questionnaire", "recommendation", "costs", "prompt_lab"):
        window.show_page(page_id)
        qtbot.wait(50)
    assert rich_labels(window) == []


def test_error_dialogs_show_file_data_as_plain_text(qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui import dialogs

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text())) or 0)
    dialogs.show_error(None, "Cannot open this file", f"/tmp/x.fta.json: has version {SPOOF}")
    assert shown == [(Qt.TextFormat.PlainText, f"/tmp/x.fta.json: has version {SPOOF}")]


def test_save_refuses_what_the_file_could_not_be_opened_with(window, scripted, tmp_path):
    path = write_assessment(tmp_path / "lab.fta.json", title="Lab")
    window.open_path(path)
    before = path.read_bytes()
    window.document.set_prompt_lab({"tests": [{"name": "t", "expect": [{"type": "regex", "value": "(unclosed"}]}]})
    window.save_action.trigger()
    title, message = scripted.errors[-1]
    assert title == "Cannot save" and "not saved: prompt_lab.tests[0].expect[0].value" in message
    assert path.read_bytes() == before and window.document.is_dirty
