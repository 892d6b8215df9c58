"""Hostile files in the window (issue 17 #2, #3, #8, #9): a plain message, nothing frozen or leaked."""
from __future__ import annotations

import os
import stat

from advisor import paths
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
