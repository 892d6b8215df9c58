"""Logging to a rotating file in the log folder, with API keys scrubbed as a last defence."""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from advisor.core import paths  # Anthropic keys look like sk-ant-...; anything of that shape never reaches the log.
_KEY_PATTERN = re.compile(r"sk-ant-[A-Za-z0-9_\-]{4,}")
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_configured_file: Path | None = None
# What current_log_file() names when the log folder cannot be made (a file in its place, say).
NO_LOG_FILE = Path("(no log file: the app's log folder cannot be created)")


class RedactKeys(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: the handler reports it (quietly, see handleError)
            return True
        if _KEY_PATTERN.search(message):
            record.msg = _KEY_PATTERN.sub("sk-ant-[redacted]", message)
            record.args = None
        return True


class SizeRotatingFileHandler(logging.FileHandler):
    """``FILE``, then ``FILE.1`` … ``FILE.N`` once it grows past ``max_bytes``.

    The standard RotatingFileHandler lives in ``logging.handlers``, which imports socket, pickle
    and queue: a quarter of the ``summary`` command's start-up. This does the one thing we need.
    The file is opened on the first record (``delay``), so a command that logs nothing opens nothing.
    """

    def __init__(self, filename: Path, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT) -> None:
        # File names that are not UTF-8 reach messages as surrogates: written escaped, not refused.
        super().__init__(filename, encoding="utf-8", delay=True, errors="backslashreplace")
        self.max_bytes, self.backup_count = max_bytes, backup_count
        self.dropped = 0  # records lost to a full disk or another write fault

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A log that cannot be written (full disk, vanished folder) must never print
        "--- Logging error ---" and a traceback over the user's terminal: the record is dropped."""
        self.dropped += 1
        try:
            if self.stream is not None:
                self.stream.close()
        except Exception:
            pass
        self.stream = None  # type: ignore[assignment]  # reopened for the next record

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._too_big(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _too_big(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        try:
            size = self.stream.tell() if self.stream is not None else os.path.getsize(self.baseFilename)
        except OSError:
            return False  # no file yet: nothing to rotate
        return size + len(self.format(record)) + 1 > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        for number in range(self.backup_count - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if self.backup_count > 0 and os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")


def configure(level: int = logging.INFO) -> Path | None:
    """Send the app's log to ``fine-tune-advisor.log`` (1 MB × 3 files). Safe to call twice."""
    global _configured_file
    root = logging.getLogger()
    try:
        target = paths.log_file()  # makes the log folder, which may be impossible
    except OSError:
        _log_nowhere(root)
        return None
    if _configured_file == target:
        return target
    try:
        # Opened lazily, so check now that it could be: a read-only home must not stop the app.
        with open(target, "a", encoding="utf-8"):
            pass
        handler = SizeRotatingFileHandler(target)
    except OSError:
        _log_nowhere(root)
        return None  # it simply logs nowhere
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactKeys())
    for old in [h for h in root.handlers if getattr(h, "_fta", False)]:
        root.removeHandler(old)
        old.close()
    handler._fta = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    _configured_file = target
    return target


def _log_nowhere(root: logging.Logger) -> None:
    """Without a file handler, logging's last resort would print records (and tracebacks) to stderr."""
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())


def current_log_file() -> Path:
    """The log file in use; never raises (NO_LOG_FILE when there is none)."""
    try:
        return _configured_file or configure() or paths.log_file()
    except OSError:
        return NO_LOG_FILE
