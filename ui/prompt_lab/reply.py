"""One streamed reply: the text as it arrives, then tokens, cost and timings; Stop keeps it.

Text from the worker goes into a :class:`TextPump`, which the UI drains every 40 ms, so a fast
stream costs one widget update per tick rather than one signal per token.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from advisor.claude import client as claude
from ui.prompt_lab.messages import InlineMessage, ProblemActions, retry_text
from ui.locale_format import number
from ui.prompt_lab.models import format_cost
from ui.workers import Task, TaskGroup, TextPump, run_task

log = logging.getLogger(__name__)

MUTED = "color: palette(placeholder-text);"
PARAGRAPH_LIMIT = 3000  # characters; longer paragraphs are shown in pieces while streaming


class ReplyPane(QWidget):
    def __init__(self, actions: ProblemActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.timeout = claude.DEFAULT_TIMEOUT
        self.task: Task | None = None
        self.group = TaskGroup()  # the page replaces it with its own
        self.reply: claude.Reply | None = None
        self.on_finished: Callable[[], None] | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setUndoRedoEnabled(False)  # a streamed reply needs no undo history
        self._shown = 0  # characters appended so far: cheaper than reading the text back
        self._paragraph, self._pieces = 0, False
        self.output.setAccessibleName(self.tr("Reply"))
        self.output.setPlaceholderText(self.tr("The reply appears here as it streams."))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Reply status"))
        self.status.setStyleSheet(MUTED)
        self.stats = QLabel()
        self.stats.setAccessibleName(self.tr("Reply statistics"))
        self.stats.setWordWrap(True)
        self.stats.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = InlineMessage()
        # Thinking is shown apart, collapsed: it is not the reply, and only the reply is graded.
        self.thinking_button = QToolButton()
        self.thinking_button.setCheckable(True)
        self.thinking_button.setAutoRaise(True)
        self.thinking_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thinking_button.setArrowType(Qt.ArrowType.RightArrow)
        self.thinking_button.setAccessibleName(self.tr("Show the model's thinking"))
        self.thinking_button.toggled.connect(self._toggle_thinking)
        self.thinking_button.hide()
        self.thinking = QPlainTextEdit()
        self.thinking.setReadOnly(True)
        self.thinking.setAccessibleName(self.tr("Thinking"))
        self.thinking.setMaximumHeight(140)
        self.thinking.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.thinking_button)
        layout.addWidget(self.thinking)
        layout.addWidget(self.output, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.stats)
        layout.addWidget(self.message)
        self.pump = TextPump(self._show_text, 40, self)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._retry: tuple[str, float] | None = None
        self._generation = 0  # bumped by reset(): callbacks of an older request are ignored

    def is_busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def text(self) -> str:
        return self.output.toPlainText()

    # -- sending ------------------------------------------------------------------------------
    def start(self, request: dict[str, Any], price: Any) -> None:
        self.title.setText(str(request.get("model")))
        self.output.clear()
        self._show_thinking("")
        self._shown = 0
        self._paragraph, self._pieces = 0, False
        self.message.hide()
        self.stats.clear()
        self.reply = None
        self._price = price
        self.status.setText(self.tr("Sending…"))
        self.pump.start()
        timeout = self.timeout

        def work(ctx: Any) -> claude.Reply:
            client = claude.make_client(timeout=timeout)
            try:
                return claude.stream_to(request, self.pump.append, client=client,
                                        cancel=ctx.cancel_event,
                                        on_retry=lambda p, wait: ctx.report((p.kind, wait)))
            finally:
                client.close()

        generation = self._generation

        def current(callback):
            return lambda *args: callback(*args) if generation == self._generation else None

        self.task = run_task(work, name="stream", on_result=current(self._done),
                             on_error=current(self._failed), on_progress=current(self._retrying),
                             on_finished=self._finished, group=self.group, owner=self)

    def _toggle_thinking(self, shown: bool) -> None:
        self.thinking.setVisible(shown)
        self.thinking_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _show_thinking(self, thinking: str) -> None:
        self.thinking.setPlainText(thinking)
        words = len(thinking.split())
        self.thinking_button.setText(self.tr("Thinking (1 word, not graded)") if words == 1
                                     else self.tr("Thinking ({0} words, not graded)").format(number(words)))
        self.thinking_button.setChecked(False)
        self.thinking_button.setVisible(bool(thinking))

    def reset(self) -> None:
        """Forget the reply shown (another assessment was opened); a running request is cancelled."""
        self._show_thinking("")
        self._generation += 1
        if self.is_busy():
            self.task.cancel()
        self.pump.stop()
        self._end_retry()
        self.title.clear()
        self.output.clear()
        self._shown = 0
        self._paragraph, self._pieces = 0, False
        self.status.clear()
        self.stats.clear()
        self.message.hide()
        self.reply = None

    def stop(self) -> None:
        if self.is_busy():
            self.status.setText(self.tr("Stopping…"))
            self.task.cancel()

    def _show_text(self, text: str) -> None:
        if self._retry is not None:
            self._end_retry()
        if not self._shown:
            self.status.setText(self.tr("Streaming…"))
        self._shown += len(text)
        text = self._break_long_paragraph(text)
        # Two calls only: each return from Qt must win the GIL back from the stream's threads.
        self.output.moveCursor(QTextCursor.MoveOperation.End)  # (also scrolls to it)
        self.output.insertPlainText(text)

    def _break_long_paragraph(self, text: str) -> str:
        """Qt lays out a whole paragraph on every change, so appending to a huge one gets slower
        and slower. While streaming, an over-long paragraph is shown in pieces (a space becomes
        a line break, for display only); the exact text replaces it when the reply ends."""
        newline = text.rfind("\n")
        self._paragraph = len(text) - newline - 1 if newline >= 0 else self._paragraph + len(text)
        if self._paragraph <= PARAGRAPH_LIMIT:
            return text
        space = text.rfind(" ")
        if space < 0:
            return text
        self._paragraph = len(text) - space - 1
        self._pieces = True
        return text[:space] + "\n" + text[space + 1:]

    def _retrying(self, value: Any) -> None:
        kind, wait = value
        self._retry = (kind, float(wait))
        self.message.show_message(retry_text(kind, wait), "warning", kind="retrying")
        self.status.setText(self.tr("Waiting to retry…"))
        self._countdown.start()

    def _tick(self) -> None:
        if self._retry is None:
            return
        kind, left = self._retry
        left = max(1.0, left - 1.0)
        self._retry = (kind, left)
        self.message.show_message(retry_text(kind, left), "warning", kind="retrying")

    def _end_retry(self) -> None:
        self._retry = None
        self._countdown.stop()
        if self.message.kind == "retrying":
            self.message.hide()

    def _done(self, reply: claude.Reply) -> None:
        self.pump.stop()
        self._end_retry()
        if self._pieces or self._shown != len(reply.text):
            self.output.setPlainText(reply.text)  # the exact text, and never lose a last batch
            self._shown = len(reply.text)
        self.reply = reply
        self._show_thinking(reply.thinking)
        if reply.cancelled:
            self.status.setText(self.tr("Stopped: the partial reply is kept (incomplete)."))
        elif not reply.complete:
            self.status.setText(self.tr("Incomplete: the reply was cut off; the part received is kept."))
            problem = reply.problem
            self.actions.show(self.message, str(problem) if problem else self.tr("The reply is incomplete."),
                              problem)
        else:
            self.status.setText(self.tr("Done ({0}).").format(reply.stop_reason) if reply.stop_reason
                                else self.tr("Done (complete)."))
        self.stats.setText(self.describe(reply))

    def _failed(self, message: str, error: Any) -> None:
        self.pump.stop()
        self._end_retry()
        partial = getattr(error, "partial_text", "")
        if partial and not self._shown:
            self.output.setPlainText(partial)
        self.status.setText(self.tr("Failed: incomplete.") if partial else self.tr("Failed."))
        self.actions.show(self.message, message, error)

    def _finished(self) -> None:
        if self.on_finished is not None:
            self.on_finished()

    def describe(self, reply: claude.Reply) -> str:
        usage = reply.usage
        cost = usage.cost_usd(self._price) if self._price is not None else None
        first = self.tr("{0} ms").format(number(reply.first_token_ms)) if reply.first_token_ms is not None else "—"
        tokens = (self.tr("<b>Tokens</b> {0} in · {1} out (thinking included) · {2} cache write · {3} cache read")
                  if reply.thinking else
                  self.tr("<b>Tokens</b> {0} in · {1} out · {2} cache write · {3} cache read"))
        return (tokens.format(number(usage.input_tokens), number(usage.output_tokens),
                              number(usage.cache_write_tokens), number(usage.cache_read_tokens)) + "<br>"
                + self.tr("<b>Cost</b> {0} · <b>Latency</b> {1} · <b>First token</b> {2}").format(
                    format_cost(cost), self.tr("{0} ms").format(number(reply.latency_ms)), first))

    def wait(self, timeout: float) -> bool:
        return self.task.wait(timeout) if self.task is not None else True
