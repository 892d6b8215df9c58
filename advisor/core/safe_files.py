"""Reading and writing assessment files safely against hostile paths and runaway sizes.

A path may name a device (``/dev/zero`` never ends), a FIFO (a read blocks forever) or a symlink
to either; ``st_size`` is 0 for all of them, so a size check alone lets them through. Files are
therefore opened without blocking, checked to be regular files on the open descriptor (no race
with a swapped link) and read up to the limit only. A save is checked before anything is
written: never larger than the loader accepts, never over a read-only file.
"""
from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

from advisor.core.errors import FileProblem

MB = 1024 * 1024


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; FileProblem for anything else or anything larger.

    OSErrors other than "not a regular file" and "too large" propagate for the caller to word.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ENXIO:  # a socket, or a FIFO nobody writes to on some systems
            raise FileProblem(f"{path}: is not a regular file (a pipe or a socket). "
                              "Choose a .fta.json file.") from None
        raise
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileProblem(f"{path}: is a folder, not an assessment file. Choose a .fta.json file inside it.")
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(f"{path}: is {_kind(info.st_mode)}, not a regular file, so it cannot "
                              "hold an assessment. Choose a .fta.json file.")
        if info.st_size > limit:
            raise _too_large(path, info.st_size, limit)
        chunks, total = [], 0
        while True:  # read to the limit only, even if the file grows while it is read
            chunk = os.read(fd, min(1 * MB, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise _too_large(path, total, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_large(path: Path, size: int, limit: int) -> FileProblem:
    shown = f"{size / MB:.0f} MB" if size <= limit * 2 else f"over {limit // MB} MB"
    return FileProblem(f"{path}: is {shown}, far larger than any assessment (the limit is "
                       f"{limit // MB} MB). Is it the right file?")


def largest_parts(doc: dict[str, Any], count: int = 2) -> list[tuple[str, int]]:
    """The biggest sections of a document, as (dotted key, bytes), largest first.

    The prompt lab is looked into (runs and tests are what grows); other sections are weighed whole.
    """
    parts: list[tuple[str, int]] = []
    for key, value in doc.items():
        if key == "prompt_lab" and isinstance(value, dict):
            for sub, inner in value.items():
                parts.append((f"prompt_lab.{sub}", _size(inner)))
        else:
            parts.append((key, _size(value)))
    return sorted(parts, key=lambda part: part[1], reverse=True)[:count]


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8"))


_ADVICE = {
    "prompt_lab.runs": "forget old runs in the app (Prompt lab › Tests › Forget old runs…), then save",
    "prompt_lab.last_run": "run the tests again with a smaller max_tokens, or remove the saved run",
    "prompt_lab.tests": "move some tests to a CSV or JSONL test set and run it with --tests",
    "notes": "shorten the notes",
}


def check_save_size(target: Path, doc: dict[str, Any], size: int, limit: int) -> None:
    """Refuse, before writing, a save the loader would refuse for its size, naming what to trim."""
    if size <= limit:
        return
    biggest = largest_parts(doc)
    named = ", ".join(f"{key} ({part / MB:.1f} MB)" for key, part in biggest)
    advice = _ADVICE.get(biggest[0][0], f"trim {biggest[0][0]}") if biggest else "trim it"
    raise FileProblem(f"{target}: not saved: it would be {size / MB:.1f} MB, over the "
                      f"{limit // MB} MB an assessment may be, so it could not be opened again. "
                      f"The largest parts are {named}: {advice}. The file on disk is unchanged.")


def check_not_read_only(target: Path) -> None:
    """Refuse to replace a file its owner made read-only (0444): an atomic save would not notice."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return
    except OSError:
        return  # the write itself reports what is wrong
    # The mode bits as well as access(): root may write anything, but 0444 still means "keep".
    if stat.S_ISREG(info.st_mode) and (not os.access(target, os.W_OK) or not info.st_mode & 0o222):
        raise FileProblem(f"{target}: not saved: the file is read-only. Save it under another name "
                          "(Save As), or make it writable first. The file on disk is unchanged.")
    if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        raise FileProblem(f"{target}: not saved: it is {_kind(info.st_mode)}, not a regular file. "
                          "Choose a .fta.json file name.")
