"""A file from an older version: the window says so until it is saved (CONTRACT section 7)."""
from __future__ import annotations

import json

from tests.helpers import write_assessment


def test_an_older_file_is_said_until_it_is_saved_in_the_new_format(window, tmp_path):
    path = write_assessment(tmp_path / "old.fta.json", title="Old", costs={"gpu_tokens_per_second": 1200})
    before = path.read_bytes()
    assert window.open_path(path)
    assert window.statusBar().isVisible()
    assert "older version of Fine-Tune Advisor (file version 1)" in window.format_notice.text()
    assert path.read_bytes() == before  # looking changes nothing on disk
    assert window.save()
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2
    assert window.format_notice.text() == ""  # the notice is gone
    # Issue 29, item 7: the bar says "Saved to …" for a moment, then goes with nothing to say.
    assert window.statusBar().currentMessage() == f"Saved to {path}"
    window.statusBar().clearMessage()
    assert not window.statusBar().isVisible()


def test_a_current_file_says_nothing(window, tmp_path):
    path = write_assessment(tmp_path / "new.fta.json", version=2, title="New")
    assert window.open_path(path)
    assert not window.statusBar().isVisible()
