"""Logging to a rotating file in the log folder, with API keys scrubbed as a last defence."""
from __future__ import annotations

import logging
import re
from pathlib import Path

from advisor import paths

# Anthropic keys look like sk-ant-...; anything of that shape never reaches the log.
_KEY_PATTERN = re.compile(r"sk-ant-[A-Za-z0-9_\-]{4,}")
_configured_file: Path | None = None


class RedactKeys(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _KEY_PATTERN.search(message):
            record.msg = _KEY_PATTERN.sub("sk-ant-[redacted]", message)
            record.args = None
        return True


def configure(level: int = logging.INFO) -> Path | None:
    """Send the app's log to ``fine-tune-advisor.log`` (1 MB × 3 files). Safe to call twice."""
    global _configured_file
    target = paths.log_file()
    if _configured_file == target:
        return target
    from logging.handlers import RotatingFileHandler  # imports socket and pickle: only when needed

    root = logging.getLogger()
    try:
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a read-only home must not stop the app; it simply logs nowhere
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


def current_log_file() -> Path:
    return _configured_file or configure() or paths.log_file()
