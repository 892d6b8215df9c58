"""Autosave every few seconds while there are unsaved changes, and recovery after a crash."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from advisor import recovery
from advisor.settings import Settings
from ui import dialogs
from ui.document import AssessmentDocument

log = logging.getLogger(__name__)


class Autosaver(QObject):
    def __init__(self, document: AssessmentDocument, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, settings.get("autosave_seconds")) * 1000)
        self.timer.timeout.connect(self.autosave_now)
        self.timer.start()
        document.state_changed.connect(self._on_state_changed)

    def autosave_now(self) -> None:
        if not (self.document.is_open and self.document.is_dirty):
            return
        try:
            recovery.write_autosave(self.document.assessment)
        except OSError:
            log.warning("autosave failed", exc_info=True)

    def _on_state_changed(self) -> None:
        if not self.document.is_dirty:  # saved, or replaced by a clean file: nothing to recover
            recovery.clear_autosave()

    def stop(self) -> None:
        """A clean exit: the user saved or chose to discard, so no recovery is needed."""
        self.timer.stop()
        recovery.clear_autosave()


def offer_recovery(parent, document: AssessmentDocument) -> bool:
    """Ask to restore work a crashed session left behind; True when something was restored."""
    found = recovery.find_recoverable()
    if not found:
        return False
    newest = found[0]
    name = newest.original_path.name if newest.original_path else (newest.title or "an untitled assessment")
    when = _friendly_time(newest.saved_at)
    restored = False
    if dialogs.ask_yes_no(parent, "Recover unsaved changes?",
                          f"Fine-Tune Advisor closed without saving changes to “{name}”.\n\n"
                          f"Recover the changes autosaved {when}?"):
        document.restore(newest.load(), newest.original_path)
        restored = True
    newest.discard()  # offered once; any older leftovers are offered on the next start
    return restored


def _friendly_time(stamp: str) -> str:
    from datetime import datetime  # only when there is something to recover

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return "earlier"
    return f"at {moment:%H:%M} on {moment:%d %b %Y}"
