"""Slow work off the UI thread, results back by signal (in the spirit of Anki's ``QueryOp``).

:func:`run_task` runs a plain callable on a daemon Python thread. The callable gets a
:class:`TaskContext` (a cancel flag and ``report()`` for progress) and never touches a widget.
Its return value, progress reports and failure come back as signals on the UI thread. Failures
become user messages here, at the boundary: a :class:`ClaudeProblem` keeps its plain message,
anything unexpected is logged and reported without details that could hold a secret.

Python threads rather than QThread: a thread still finishing a network read when the window
closes can never take the process down with "QThread: Destroyed while thread is still running";
:func:`shutdown_all` cancels every task and waits a bounded time, and runs on ``aboutToQuit``.
"""
from __future__ import annotations

import logging
import threading
import time
import traceback
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from advisor.core.errors import AdvisorError

log = logging.getLogger(__name__)

_running: set[Task] = set()  # keeps each Task (and its signals) alive until it has finished
_quit_hooked = False


class TaskContext:
    """What the work may use: the cancel flag and a progress channel (any picklable value)."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self.cancel_event = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def report(self, value: Any) -> None:
        self._task._emit(self._task._progress_raw, value)


class Task(QObject):
    """A running piece of work; connect to its signals, ``cancel()`` it, ``wait()`` for it."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str, object)  # the message to show, and the exception (a ClaudeProblem, say)
    finished = Signal()  # after succeeded or failed, always

    # Emitted on the worker thread; their receivers are this object (which lives on the UI
    # thread), so Qt queues them there. The public signals above are then emitted on the UI thread.
    _progress_raw = Signal(object)
    _done_raw = Signal(bool, object, object)

    def __init__(self, fn: Callable[[TaskContext], Any], name: str,
                 owner: QObject | None = None) -> None:
        super().__init__()
        self.name = name
        self._owner = owner  # when it is gone, its callbacks are not called
        self.context = TaskContext(self)
        self._fn = fn
        self._done = threading.Event()  # set by the worker when the work has returned
        self._delivered = False  # set on the UI thread once the outcome has been signalled
        self._progress_raw.connect(self._on_progress)
        self._done_raw.connect(self._on_done)
        self._thread = threading.Thread(target=self._run, name=f"task-{name}", daemon=True)

    # -- worker side ------------------------------------------------------------------------
    def _emit(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the app is being torn down; nobody is listening any more
            pass

    def _run(self) -> None:
        try:
            value = self._fn(self.context)
        except BaseException as error:  # every failure becomes a message, never a crash
            self._done.set()
            self._emit(self._done_raw, False, user_message(error), error)
            return
        self._done.set()
        self._emit(self._done_raw, True, value, None)

    # -- UI side ----------------------------------------------------------------------------
    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(object)
    def _on_progress(self, value: Any) -> None:
        if self._owner_alive():
            self.progressed.emit(value)

    @Slot(bool, object, object)
    def _on_done(self, ok: bool, value: Any, error: Any) -> None:
        self._delivered = True
        try:
            if not self._owner_alive():
                return  # the screen that asked was closed: nobody to tell
            if ok:
                self.succeeded.emit(value)
            else:
                self.failed.emit(str(value), error)
            self.finished.emit()
        finally:
            _running.discard(self)

    def start(self) -> Task:
        _running.add(self)
        _hook_quit()
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.context.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.context.cancelled

    def is_running(self) -> bool:
        """True until the outcome has reached the UI thread (not merely until the work returned)."""
        return self._thread.ident is not None and not self._delivered

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the work to return; True when it has."""
        return self._done.wait(timeout)


def user_message(error: BaseException) -> str:
    """The words a user sees for a failure in background work."""
    if isinstance(error, (AdvisorError, ValueError)):
        return str(error)  # ClaudeProblem, KeyStoreUnavailable, PromptError: already plain
    # Only the class name and the frames are logged: an unexpected message could quote a secret.
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error("background work failed: %s\n%s", type(error).__name__, frames)
    return QCoreApplication.translate("workers", "Something went wrong ({0}); details are in the log.").format(
        type(error).__name__)


def run_task(fn: Callable[[TaskContext], Any], *, name: str = "work",
             on_result: Callable[[Any], None] | None = None,
             on_error: Callable[[str, Any], None] | None = None,
             on_progress: Callable[[Any], None] | None = None,
             on_finished: Callable[[], None] | None = None,
             group: TaskGroup | None = None, owner: QObject | None = None) -> Task:
    """Run ``fn(context)`` off the UI thread; the callbacks run on the UI thread, and only
    while ``owner`` (the widget they update) still exists."""
    task = Task(fn, name, owner)
    if group is not None:
        group.add(task)
    for signal, slot in ((task.succeeded, on_result), (task.failed, on_error),
                         (task.progressed, on_progress), (task.finished, on_finished)):
        if slot is not None:
            signal.connect(slot)
    return task.start()


def shutdown_all(timeout: float = 2.0) -> bool:
    """Cancel every task and wait, in total at most ``timeout`` s; True when all returned."""
    tasks = list(_running)
    for task in tasks:
        task.cancel()
    deadline = time.monotonic() + timeout
    done = all(task.wait(max(0.0, deadline - time.monotonic())) for task in tasks)
    if not done:
        log.warning("%d background task(s) still busy at shutdown; left to finish on their own",
                    sum(task.is_running() for task in tasks))
    return done


def _hook_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if not _quit_hooked and app is not None:
        app.aboutToQuit.connect(lambda: shutdown_all(2.0))
        _quit_hooked = True


class TextPump(QObject):
    """Text from a worker thread, shown in batches: a timer drains a buffer every ``interval`` ms.

    ``append`` may be called from any thread and never emits a signal, so a fast stream costs
    the UI one update per tick, not one per token.
    """

    def __init__(self, sink: Callable[[str], None], interval_ms: int = 40,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink = sink
        self._lock = threading.Lock()
        self._parts: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.flush)

    def append(self, text: str) -> None:
        with self._lock:
            self._parts.append(text)

    def start(self) -> None:
        with self._lock:
            self._parts.clear()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.flush()

    @Slot()
    def flush(self) -> None:
        with self._lock:
            text, self._parts = "".join(self._parts), []
        if text:
            self._sink(text)


class TaskGroup:
    """The tasks one screen started: a plain object, so it can still cancel them after the
    screen's widgets are gone (connect ``widget.destroyed`` to :meth:`cancel_all`)."""

    def __init__(self) -> None:
        self._tasks: list[Task] = []

    def add(self, task: Task) -> Task:
        self._tasks = [t for t in self._tasks if t.is_running()] + [task]
        return task

    def running(self) -> list[Task]:
        return [t for t in self._tasks if t.is_running()]

    def cancel_all(self, *_args: Any) -> None:
        for task in self._tasks:
            task.cancel()

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        return all(t.wait(max(0.0, deadline - time.monotonic())) for t in self.running())
