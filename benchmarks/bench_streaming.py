"""The UI stays responsive while a long reply streams in as fast as the fake server can send it.

A 5 ms QTimer heartbeat measures the longest gap in the UI event loop: first idle, then while
20,000 tokens stream into the Prompt lab's reply pane. The goal: no stall over 50 ms. Prints
the streaming stall as a ratio against the idle heartbeat measured in the same run, and the
absolute figure against the goal. Run as ``.venv/bin/python benchmarks/bench_streaming.py``.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Figure, median, missing, print_figures  # noqa: E402

TOKENS, HEARTBEAT_MS, GOAL_MS, IDLE_SECONDS = 20_000, 5, 50.0, 1.0


class Heartbeat:
    """Records the longest gap between ticks of a fast timer while it runs."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest * 1000


def spin_until(app, done, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.0005)


def figures(runs: int = 3) -> list[Figure]:
    """The longest UI stall while 20,000 tokens stream in: the median over ``runs`` streams."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FTA_HOME", tempfile.mkdtemp(prefix="fta-bench-"))
    saved = {name: os.environ.get(name) for name in ("ANTHROPIC_BASE_URL", "ANTHROPIC_API_KEY")}
    try:
        return _measure(runs)
    finally:  # the fake server's address and key must not outlive the benchmark
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _measure(runs: int) -> list[Figure]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from tests.fakes.fake_messages_api import FakeMessagesApi
    from ui.document import AssessmentDocument
    from ui.prompt_lab.page import PromptLabPage

    app = QApplication.instance() or QApplication([])
    stalls, rates, received = [], [], TOKENS
    with FakeMessagesApi() as fake:
        os.environ["ANTHROPIC_BASE_URL"] = fake.base_url
        os.environ["ANTHROPIC_API_KEY"] = fake.valid_key
        document = AssessmentDocument()
        document.new()
        document.set_prompt_lab({"model": "claude-haiku-4-5", "template": "Write {{what}}",
                                 "max_tokens": TOKENS + 10, "tests": []})
        page = PromptLabPage(document)
        window = QMainWindow()
        window.setCentralWidget(page)
        window.resize(1100, 760)
        window.show()
        page.editor.variables.fields["what"].setText("a long essay")
        panel, pane = page.try_panel, page.try_panel.panes[0]

        def send_and_wait() -> None:
            panel.send()
            spin_until(app, lambda: not panel.is_busy(), 120)

        send_and_wait()  # warm up: the SDK import, the connection, the first layout
        spin_until(app, lambda: not page.is_busy(), 10)

        heartbeat = Heartbeat()
        heartbeat.start()
        spin_until(app, lambda: False, IDLE_SECONDS)
        idle_ms = heartbeat.stop()

        fake.stream_tokens = TOKENS
        for _ in range(runs):
            heartbeat.start()
            started = time.perf_counter()
            send_and_wait()
            elapsed = time.perf_counter() - started
            stalls.append(heartbeat.stop())
            received = min(received, len(pane.text().split()))
            rates.append(received / elapsed)
        page.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()

    name = f"longest UI stall while {TOKENS:,} tokens stream"
    if received != TOKENS:
        return [missing(name, "ms", GOAL_MS, f"only {received:,} of {TOKENS:,} tokens arrived")]
    stall = median(stalls)
    return [Figure(name, stall, "ms", GOAL_MS,
                   f"{stall / idle_ms:.1f} × the idle heartbeat gap ({idle_ms:.1f} ms, timer "
                   f"{HEARTBEAT_MS} ms); {median(rates):,.0f} tokens/s")]


if __name__ == "__main__":
    sys.exit(print_figures(figures()))
