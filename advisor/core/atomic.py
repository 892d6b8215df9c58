"""Write a file so that a crash, a kill or a full disk at any moment leaves the old one intact."""
from __future__ import annotations

import os
import time
from pathlib import Path


def check_writable(path: Path) -> None:
    """Refuse, before any work is done, a path an export or a save could not be written to."""
    from advisor.core.errors import FileProblem

    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise FileProblem(f"{path}: the folder {folder} does not exist.")
    if not folder.is_dir():
        raise FileProblem(f"{path}: {folder} is a file, not a folder.")
    if path.is_dir():
        raise FileProblem(f"{path}: this is a folder, not a file name.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileProblem(f"{path}: the folder {folder} cannot be written to.")


def atomic_write_bytes(path: Path, data: bytes, *, keep_backup: bool = False, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` atomically.

    The bytes go to a temporary file in the same folder (so the final rename never crosses a
    file system), are flushed and fsynced, and only then replace ``path``. With ``keep_backup``
    the previous content is kept as ``path.bak``, copied before the swap. ``mode`` forces the
    new file's permissions (0o600 for private copies); otherwise it keeps the old file's.
    """
    # Through a symlink, replace the file it points to; os.replace would swap out the link itself.
    path = Path(os.path.realpath(path))
    _write(path, data, keep_backup=keep_backup, mode_of=path, mode=mode)


def _write(path: Path, data: bytes, *, keep_backup: bool, mode_of: Path, mode: int | None = None) -> None:
    """:func:`atomic_write_bytes` on a resolved ``path``; the new file takes ``mode_of``'s mode."""
    folder = path.parent
    _sweep_leftovers(path)
    import tempfile  # with shutil and glob, only when a file is written: 4 ms a command

    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        if mode is None:
            _give_mode(temp_name, mode_of)
        else:
            os.chmod(temp_name, mode)
        if keep_backup and path.is_file():
            # The backup is itself written atomically: a crash here must not leave a torn .bak.
            # It takes the original's mode, so a private file never gets a readable backup.
            _write(path.with_name(path.name + ".bak"), path.read_bytes(), keep_backup=False,
                   mode_of=path)
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(folder)


STALE_SECONDS = 600  # no real save takes this long; a younger file may be another save in flight


# glob.escape without importing glob (1 ms of the window's start-up): each wildcard in brackets.
_GLOB_ESCAPES = str.maketrans({"*": "[*]", "?": "[?]", "[": "[[]"})


def _sweep_leftovers(path: Path) -> None:
    """Remove temporary files that a save killed mid-way left beside ``path``."""
    cutoff = time.time() - STALE_SECONDS
    for leftover in path.parent.glob(f".{path.name.translate(_GLOB_ESCAPES)}.*.tmp"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass


def _give_mode(temp_name: str, path: Path) -> None:
    """mkstemp makes files private (0600); the file gets ``path``'s mode, or the usual one."""
    try:
        if path.exists():
            import shutil

            shutil.copymode(path, temp_name)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, 0o666 & ~umask)
    except OSError:
        pass


def atomic_write_text(path: Path, text: str, *, keep_backup: bool = False, mode: int | None = None) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), keep_backup=keep_backup, mode=mode)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on every platform."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
