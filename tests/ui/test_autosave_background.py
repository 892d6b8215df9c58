"""The timer's autosave serialises and writes on a worker thread, and never races a save or closing."""
from __future__ import annotations

import os
import threading

from advisor.core import paths

from advisor.document import recovery
from tests.helpers import write_assessment


def _copy():
    return paths.autosave_dir() / f"session-{os.getpid()}.fta.json"


def _held_back_writes(monkeypatch) -> tuple[threading.Event, threading.Event, list]:
    """write_autosave waits for ``release``; ``started`` says a write began, and on which thread."""
    started, release, threads = threading.Event(), threading.Event(), []
    real = recovery.write_autosave

    def held_back(assessment, *args):
        threads.append(threading.current_thread())
        started.set()
        release.wait(60)
        return real(assessment, *args)

    monkeypatch.setattr(recovery, "write_autosave", held_back)
    return started, release, threads


def test_the_timers_autosave_writes_on_a_worker_the_work_as_it_was(qtbot, window, tmp_path, monkeypatch):
    window.open_path(write_assessment(tmp_path / "mine.fta.json", title="Mine"))
    window.document.set_answer("ml_team", "some")
    started, release, threads = _held_back_writes(monkeypatch)
    writer = window.autosaver.autosave_in_background()
    assert writer is not None and started.wait(60)  # back here while the write is still held back
    window.document.set_answer("ml_team", "dedicated")  # the user goes on editing meanwhile
    release.set()
    writer.join(60)
    assert threads == [writer] and writer is not threading.main_thread()
    assert '"ml_team": "some"' in _copy().read_text()  # the snapshot taken when the timer fired


def test_a_save_during_a_background_autosave_leaves_no_stale_copy(qtbot, window, tmp_path, monkeypatch,
                                                                   scripted):
    path = write_assessment(tmp_path / "mine.fta.json", title="Mine")
    window.open_path(path)
    window.document.set_answer("ml_team", "some")
    started, release, _threads = _held_back_writes(monkeypatch)
    writer = window.autosaver.autosave_in_background()
    assert started.wait(60)
    threading.Timer(0.2, release.set).start()  # the write finishes while the save waits for it
    window.save()
    writer.join(60)
    assert not _copy().exists(), "a saved document leaves no copy to recover"
    assert '"ml_team": "some"' in path.read_text()
    window.document.set_answer("ml_team", "none")
    window.autosaver.stop()  # closing: no copy either, and no write left running
    assert not _copy().exists() and not writer.is_alive()
