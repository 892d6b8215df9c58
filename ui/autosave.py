"""Autosave every few seconds while there are unsaved changes, and recovery after a crash."""
from __future__ import annotations

import copy
import logging
import threading

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer

from advisor.document import recovery
from advisor.document.assessment import Assessment
from advisor.core.settings import Settings
from ui import dialogs
from ui.document import AssessmentDocument

log = logging.getLogger(__name__)


class Autosaver(QObject):
    """Writes unsaved work to the recovery folder every few seconds.

    The timer's writes run on a worker thread: serialising a lab history of 50 runs of 1,000
    cases took 1.6 s, all of it a frozen window. The UI thread takes only a snapshot (the small
    sections copied; the lab's tests and runs shared, as they are never changed in place, see
    AssessmentDocument.set_prompt_lab). One write at a time, under a lock; a save or a clean exit
    clears the copy under the same lock and drops a write that had not started, so no stale copy
    outlives the work it held, and closing waits for a write in progress (never half a file: the
    write itself is atomic).
    """

    def __init__(self, document: AssessmentDocument, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._lock = threading.Lock()
        self._generation = 0  # bumped by each clear: a write taken before it is dropped
        self._writer: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, settings.get("autosave_seconds")) * 1000)
        self.timer.timeout.connect(self.autosave_in_background)
        self.timer.start()
        document.state_changed.connect(self._on_state_changed)

    def _wanted(self) -> bool:
        return self.document.is_open and self.document.is_dirty

    def autosave_now(self) -> None:
        """Write the unsaved work now, on this thread (after any write in progress)."""
        if self._wanted():
            self._write(self._snapshot(), self._generation)

    def autosave_in_background(self) -> threading.Thread | None:
        """The timer's autosave: the snapshot here, the serialising and writing on a worker."""
        if not self._wanted() or (self._writer is not None and self._writer.is_alive()):
            return None
        self._writer = threading.Thread(target=self._write, args=(self._snapshot(), self._generation),
                                        name="autosave", daemon=True)
        self._writer.start()
        return self._writer

    def _snapshot(self) -> Assessment:
        held = self.document.assessment
        lab = {key: list(value) if isinstance(value, list) else value for key, value in held.prompt_lab.items()}
        return held.copy_with(answers=copy.deepcopy(held.answers), costs=copy.deepcopy(held.costs),
                              extra=copy.deepcopy(held.extra), prompt_lab=lab, present=set(held.present),
                              warnings=list(held.warnings))

    def _write(self, snapshot: Assessment, generation: int) -> None:
        with self._lock:
            if generation != self._generation:
                return  # saved, replaced or closed since the snapshot: nothing to recover
            try:
                recovery.write_autosave(snapshot)
            except (OSError, ValueError):  # the work itself is still in the window
                log.warning("autosave failed", exc_info=True)

    def _clear(self) -> None:
        with self._lock:  # waits for a write in progress; drops one not yet started
            self._generation += 1
            recovery.clear_autosave()

    def _on_state_changed(self) -> None:
        if not self.document.is_dirty:  # saved, or replaced by a clean file: nothing to recover
            self._clear()

    def stop(self) -> None:
        """A clean exit: the user saved or chose to discard, so no recovery is needed."""
        self.timer.stop()
        self._clear()


def offer_recovery(parent, document: AssessmentDocument) -> bool:
    """Ask to restore work a crashed session left behind; True when something was restored."""
    found = recovery.find_recoverable()
    if not found:
        return False
    newest = found[0]
    name = newest.original_path.name if newest.original_path else (
        newest.title or QCoreApplication.translate("autosave", "an untitled assessment"))
    when = _friendly_time(newest.saved_at)
    restored = False
    if dialogs.ask_yes_no(parent, QCoreApplication.translate("autosave", "Recover unsaved changes?"),
                          QCoreApplication.translate("autosave", "Fine-Tune Advisor closed without saving changes "
                                                     "to “{0}”.\n\nRecover the changes autosaved {1}?").format(name, when)):
        document.restore(newest.load(), newest.original_path)
        restored = True
    newest.discard()  # offered once; any older leftovers are offered on the next start
    return restored


def _friendly_time(stamp: str) -> str:
    from datetime import datetime  # only when there is something to recover

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return QCoreApplication.translate("autosave", "earlier")
    if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
        return f"at {moment:%H:%M} on {moment:%d %b %Y}"  # English: as it always read
    from PySide6.QtCore import QDate, QTime

    locale = QLocale()  # the window's language: time and date as its locale writes them
    return QCoreApplication.translate("autosave", "at {0} on {1}").format(
        locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat),
        locale.toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat))
