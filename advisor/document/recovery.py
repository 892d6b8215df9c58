"""Autosave files in the state folder, and finding the ones a crashed session left behind.

Each running app writes ``session-PID.fta.json`` (the unsaved assessment) and ``session-PID.json``
(where it came from and when). A clean exit removes both; after a crash or a kill they stay,
and the next start offers them back.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import NamedTuple

from advisor.core import paths
from advisor.core.clock import now_iso
from advisor.document.assessment import Assessment, load_assessment, serialize
from advisor.core.errors import FileProblem

log = logging.getLogger(__name__)


class Recovery(NamedTuple):
    content: Path
    meta: Path
    original_path: Path | None
    saved_at: str
    title: str

    def load(self) -> Assessment:
        assessment = load_assessment(self.content)
        assessment.path = self.original_path
        assessment.warnings = []
        return assessment

    def discard(self) -> None:
        for file in (self.content, self.meta):
            try:
                file.unlink()
            except FileNotFoundError:
                pass


def _files(pid: int) -> tuple[Path, Path]:
    folder = paths.autosave_dir()
    return folder / f"session-{pid}.fta.json", folder / f"session-{pid}.json"


def write_autosave(assessment: Assessment, pid: int | None = None) -> Path:
    """Save a copy of unsaved work; the user's own file is never touched."""
    content, meta = _files(pid or os.getpid())
    from advisor.core.atomic import atomic_write_text

    # Unsaved work may come from a private (0600) file: the copies are private, always, and so is
    # their folder, whatever the umask made of it.
    os.chmod(content.parent, 0o700)
    atomic_write_text(content, serialize(assessment), mode=0o600)
    info = {"path": str(assessment.path) if assessment.path else None, "saved_at": now_iso(),
            "title": assessment.title}
    atomic_write_text(meta, json.dumps(info), mode=0o600)
    return content


def clear_autosave(pid: int | None = None) -> None:
    for file in _files(pid or os.getpid()):
        try:
            file.unlink()
        except FileNotFoundError:
            pass


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    except OSError:
        return False
    return True


def find_recoverable() -> list[Recovery]:
    """Autosaves left by sessions that are no longer running, newest first."""
    found: list[Recovery] = []
    for meta in paths.autosave_dir().glob("session-*.json"):
        if meta.name.endswith(".fta.json"):
            continue
        try:
            pid = int(meta.stem.removeprefix("session-"))
        except ValueError:
            continue
        if process_alive(pid):
            continue
        content = meta.with_name(f"session-{pid}.fta.json")
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            load_assessment(content)  # only offer what can really be restored
        except (OSError, ValueError, FileProblem):
            log.warning("dropping unusable autosave %s", content)
            Recovery(content, meta, None, "", "").discard()
            continue
        original = info.get("path")
        found.append(Recovery(content, meta, Path(original) if original else None,
                              str(info.get("saved_at", "")), str(info.get("title", ""))))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
