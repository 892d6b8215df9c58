"""The lock file next to an open assessment (issue 28 #8): never through a symlink, never two holders."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from advisor.document.file_guard import OpenFile, lock_path
from tests.helpers import write_assessment


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symlinks")
def test_a_lock_planted_as_a_symlink_never_writes_through_to_its_target(tmp_path):
    path = write_assessment(tmp_path / "shared.fta.json", title="Shared")
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me", encoding="utf-8")
    lock_path(path).symlink_to(victim)
    opened = OpenFile(path)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert opened.locked and not lock_path(path).is_symlink()  # the link went; our own lock is a plain file
    assert json.loads(lock_path(path).read_text(encoding="utf-8"))["token"] == opened.token
    opened.release()
    assert victim.read_text(encoding="utf-8") == "keep me" and not lock_path(path).exists()


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symlinks")
def test_a_dangling_symlink_as_the_lock_creates_nothing_at_its_target(tmp_path):
    path = write_assessment(tmp_path / "shared.fta.json", title="Shared")
    target = tmp_path / "elsewhere" / "created-by-the-lock"
    target.parent.mkdir()
    lock_path(path).symlink_to(target)
    OpenFile(path).release()
    assert not target.exists()


def race(path, count: int) -> list[OpenFile]:
    start = threading.Barrier(count)
    opened: list[OpenFile] = []

    def open_it() -> None:
        start.wait()
        opened.append(OpenFile(path))

    threads = [threading.Thread(target=open_it) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return opened


@pytest.mark.parametrize("left_by_a_crash", [False, True], ids=["no lock", "a stale lock"])
def test_windows_opening_one_file_at_once_never_both_take_the_lock(tmp_path, left_by_a_crash):
    path = write_assessment(tmp_path / "shared.fta.json", title="Shared")
    stale = json.dumps({"pid": dead_pid(), "host": __import__("socket").gethostname(), "token": "crashed"})
    for _round in range(15):
        if left_by_a_crash:
            lock_path(path).write_text(stale, encoding="utf-8")
        opened = race(path, 6)
        holders = [one for one in opened if one.locked]
        assert len(holders) == 1, f"{len(holders)} windows took the lock at once"
        on_disk = json.loads(lock_path(path).read_text(encoding="utf-8"))
        assert on_disk["token"] == holders[0].token
        assert all(one.held_elsewhere is not None for one in opened if not one.locked)
        for one in opened:
            one.release()
        assert not lock_path(path).exists()
        assert sorted(tmp_path.iterdir()) == [path]  # nothing left behind: no draft, no guard


def test_a_lock_seen_absent_is_never_cleared_so_one_made_meanwhile_stays(tmp_path, monkeypatch):
    """The race CI caught: a window saw no lock, another took it meanwhile; clearing "no lock" must
    not remove the new one (before, it did when the look-again also saw nothing at first)."""
    from advisor.document import file_guard

    path = write_assessment(tmp_path / "shared.fta.json", title="Shared")
    holder = OpenFile(path)
    assert holder.locked
    monkeypatch.setattr(file_guard, "_snapshot", lambda lock: None)  # what the slower window saw
    file_guard._clear_stale(lock_path(path), None)
    assert lock_path(path).exists() and json.loads(lock_path(path).read_text())["token"] == holder.token
    holder.release()
