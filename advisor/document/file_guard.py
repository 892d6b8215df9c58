"""Two windows on one file, and files changed behind the window's back (issue 15, issue 17 #5).

A window that opens a file puts a small lock file next to it (``.~lock.NAME#``, as office suites
do) naming the process, host and time; a second window finds it and is told. The lock is removed
on close; after a crash it is stale (its process is gone) and simply taken over. Separately, the
window remembers what the file looked like when it read or wrote it, so that a Save over a file
changed since (another window, or ``eval --save`` from a terminal) asks instead of dropping that
change silently.
"""
from __future__ import annotations

import json
import logging
import os
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
        where = "on this computer" if self.host == this_host() else f"on {self.host}"
        when = self.since[11:16] if len(self.since) >= 16 else self.since
        return f"process {self.pid} {where}, since {when} UTC" if when else f"process {self.pid} {where}"


def read_holder(path: Path) -> Holder | None:
    """The live holder of ``path``'s lock, or None (no lock, unreadable, or stale after a crash)."""
    try:
        info = json.loads(lock_path(path).read_text(encoding="utf-8"))
        holder = Holder(int(info["pid"]), str(info["host"]), str(info.get("since", "")),
                        str(info.get("token", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    from advisor.document.recovery import process_alive

    if holder.host == this_host() and not process_alive(holder.pid):
        return None  # its process died without cleaning up: stale
    return holder


def fingerprint(path: Path) -> tuple[int, int, int] | None:
    """What changes when anyone writes the file (an atomic save changes the inode too)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


class OpenFile:
    """The file one window has open: its lock, and the file as this window last saw it."""

    def __init__(self, path: Path, *, lock: bool = True) -> None:
        self.path = Path(path)
        self.seen = fingerprint(self.path)
        self.locked = False
        self.token = os.urandom(16).hex()  # tells this window's lock from another's
        holder = read_holder(self.path)
        # Another window (or process) that holds it: the caller tells the user; we do not take it.
        self.held_elsewhere = holder
        if lock and self.held_elsewhere is None:
            self._lock()

    def lock(self) -> Holder | None:
        """Take the lock unless another window holds it; that window's holder, or None."""
        if not self.locked:
            self.held_elsewhere = read_holder(self.path)
            if self.held_elsewhere is None:
                self._lock()
        return self.held_elsewhere

    def _lock(self) -> None:
        from advisor.core.clock import now_iso

        info = {"pid": os.getpid(), "host": this_host(), "since": now_iso(), "token": self.token}
        try:
            lock_path(self.path).write_text(json.dumps(info), encoding="utf-8")
            self.locked = True
        except OSError:  # a read-only folder: the file still opens, just without the guard
            log.info("no lock file for %s", self.path, exc_info=True)

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
        if holder is None or holder.token == self.token:
            try:
                lock_path(self.path).unlink()
            except OSError:
                pass
