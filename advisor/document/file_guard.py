"""Two windows on one file, and files changed behind the window's back (issue 15, issue 17 #5).

A window that opens a file puts a small lock file next to it (``.~lock.NAME#``, as office suites
do) naming the process, host and time; a second window finds it and is told. The lock is removed
on close; after a crash it is stale (its process is gone) and simply taken over. The lock is
created in one step that fails if anything is there (O_EXCL, never through a symlink), so two
windows opening the file at once cannot both take it (issue 28 #8). Separately, the
window remembers what the file looked like when it read or wrote it, so that a Save over a file
changed since (another window, or ``eval --save`` from a terminal) asks instead of dropping that
change silently.
"""
from __future__ import annotations

import json
import logging
import os
import stat
import time
from pathlib import Path
from typing import NamedTuple

log = logging.getLogger(__name__)


def this_host() -> str:
    import socket  # loaded when a lock is taken or read, not by every start of the window

    return socket.gethostname()


def lock_path(path: Path) -> Path:
    return Path(path).with_name(f".~lock.{Path(path).name}#")


class Holder(NamedTuple):
    """Who holds a lock: enough for a message ("process 4242 on this computer, since 10:32")."""

    pid: int
    host: str
    since: str
    token: str = ""  # which open file holds it: two windows may share one process

    def describe(self) -> str:
        from advisor.core.i18n import translate  # the window's language; English on the command line

        when = self.since[11:16] if len(self.since) >= 16 else self.since
        if self.host == this_host():
            text = (translate("file_guard", "process {pid} on this computer, since {when} UTC") if when
                    else translate("file_guard", "process {pid} on this computer"))
        else:
            text = (translate("file_guard", "process {pid} on {host}, since {when} UTC") if when
                    else translate("file_guard", "process {pid} on {host}"))
        return text.format(pid=self.pid, host=self.host, when=when)


LOCK_MAX_BYTES = 4096  # a lock is a line of JSON; anything longer is not one of ours
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # absent on Windows, where symlinks need privileges


def read_holder(path: Path) -> Holder | None:
    """The live holder of ``path``'s lock, or None (no lock, unreadable, or stale after a crash)."""
    return _live_holder(_lock_bytes(lock_path(path)))


def _lock_bytes(lock: Path) -> bytes | None:
    """The lock's bytes; None when it is absent, a symlink (never followed), a FIFO or a device."""
    try:
        fd = os.open(lock, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        return os.read(fd, LOCK_MAX_BYTES) if stat.S_ISREG(os.fstat(fd).st_mode) else None
    except OSError:
        return None
    finally:
        os.close(fd)


def _live_holder(raw: bytes | None) -> Holder | None:
    try:
        info = json.loads(raw.decode("utf-8"))  # type: ignore[union-attr]
        holder = Holder(int(info["pid"]), str(info["host"]), str(info.get("since", "")),
                        str(info.get("token", "")))
    except (AttributeError, ValueError, KeyError, TypeError):
        return None
    from advisor.document.recovery import process_alive

    if holder.host == this_host() and not process_alive(holder.pid):
        return None  # its process died without cleaning up: stale
    return holder


def _snapshot(lock: Path) -> tuple | None:
    """What tells one lock file from its replacement: the link itself (lstat), and its bytes."""
    try:
        info = os.lstat(lock)
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns, info.st_size, _lock_bytes(lock)


TAKEOVER_ABANDONED_S = 10.0  # a takeover guard this old was left by a process that died mid-way


def _clear_stale(lock: Path, seen: tuple | None) -> None:
    """Remove the stale lock ``seen`` (or a planted symlink: the link goes, never its target).

    Of several windows clearing it at once, one does, under a guard file created with O_EXCL,
    and only while the lock is still the one seen stale: a fresh lock is never removed."""
    if seen is None:  # nothing was there when looked at: nothing to clear. Unlinking "no lock"
        return         # would remove one another window created meanwhile, without the guard.
    guard = lock.with_name(f"{lock.name}.takeover")
    try:
        os.close(os.open(guard, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644))
    except FileExistsError:
        _drop_if_abandoned(guard)
        time.sleep(0.02)  # another window is clearing it: let it finish
        return
    except OSError:
        return
    try:
        if _snapshot(lock) == seen:
            lock.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        guard.unlink(missing_ok=True)


def _drop_if_abandoned(guard: Path) -> None:
    try:
        if time.time() - os.lstat(guard).st_mtime > TAKEOVER_ABANDONED_S:
            guard.unlink(missing_ok=True)
    except OSError:
        pass


def fingerprint(path: Path) -> tuple[int, int, int] | None:
    """What changes when anyone writes the file (an atomic save changes the inode too)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def _publish(draft: Path, lock: Path) -> None:
    """Link the finished lock into place; like O_EXCL, this fails when anything is at ``lock``."""
    try:
        os.link(draft, lock, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some shares): create it directly
        fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
        with os.fdopen(fd, "wb") as out:
            out.write(draft.read_bytes())


class OpenFile:
    """The file one window has open: its lock, and the file as this window last saw it."""

    def __init__(self, path: Path, *, lock: bool = True) -> None:
        self.path = Path(path)
        self.seen = fingerprint(self.path)
        self.locked = False
        self.token = os.urandom(16).hex()  # tells this window's lock from another's
        # Another window (or process) that holds it: the caller tells the user; we do not take it.
        self.held_elsewhere: Holder | None = None
        if lock:
            self._lock()
        else:
            self.held_elsewhere = read_holder(self.path)

    def lock(self) -> Holder | None:
        """Take the lock unless another window holds it; that window's holder, or None."""
        if not self.locked:
            self._lock()
        return self.held_elsewhere

    def _lock(self) -> None:
        """Create the lock in one step, so two windows cannot both take it; a stale one is cleared."""
        lock = lock_path(self.path)
        for _attempt in range(5):  # again after clearing a stale lock, or waiting for who clears it
            try:
                self._create(lock)
                self.locked, self.held_elsewhere = True, None
                return
            except FileExistsError:
                seen = _snapshot(lock)
                self.held_elsewhere = _live_holder(seen[3] if seen else None)
                if self.held_elsewhere is not None:
                    return
                _clear_stale(lock, seen)
            except OSError:  # a read-only folder: the file still opens, just without the guard
                log.info("no lock file for %s", self.path, exc_info=True)
                return
        self.held_elsewhere = read_holder(self.path)

    def _create(self, lock: Path) -> None:
        """FileExistsError when anything is there, a symlink included (O_EXCL never follows one).

        The lock is written in full under a private name first, then linked into place in one
        step: a window never sees a half-written lock and mistakes it for a stale one."""
        from advisor.core.clock import now_iso

        info = {"pid": os.getpid(), "host": this_host(), "since": now_iso(), "token": self.token}
        draft = lock.with_name(f"{lock.name}.{self.token}.new")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(json.dumps(info))
            _publish(draft, lock)
        finally:
            draft.unlink(missing_ok=True)

    def changed_on_disk(self) -> bool:
        """True when the file is no longer what this window read or wrote."""
        return fingerprint(self.path) != self.seen

    def written(self) -> None:
        """This window just saved it: the file on disk is ours again."""
        self.seen = fingerprint(self.path)

    def release(self) -> None:
        if not self.locked:
            return
        self.locked = False
        holder = read_holder(self.path)
        if holder is not None and holder.token == self.token:  # never another window's lock
            try:
                lock_path(self.path).unlink()
            except OSError:
                pass
