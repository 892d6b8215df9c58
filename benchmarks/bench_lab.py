"""The prompt lab at scale: a 5,000-test import, a 1,000-test run at concurrency 16, the UI meanwhile.

- Importing 5,000 CSV rows (parse, check, and fill the table model): goal under 1 s, shown
  against the reference loop measured in the same run.
- 1,000 tests at concurrency 16 against a fake API answering in 100 ms: the ideal is
  1,000 / 16 × 0.1 s = 6.25 s; the goal is at most 1.3 × that.
- The longest UI stall while the Tests tab runs those 1,000 tests (a 5 ms heartbeat), the median
  of three runs (a single run's maximum is set by whatever else the machine did): goal 50 ms.

Run as ``.venv/bin/python benchmarks/bench_lab.py``; prints one line per figure.
"""
from __future__ import annotations

import math
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_eval import lab_of, time_runs  # noqa: E402
from benchmarks.bench_streaming import Heartbeat, spin_until  # noqa: E402
from benchmarks.common import Figure, median, median_ms, missing, print_figures, reference_ms  # noqa: E402

IMPORT_ROWS, IMPORT_GOAL_MS = 5000, 1000.0
CASES, CONCURRENCY, REPLY_SECONDS, RUN_GOAL, STALL_GOAL_MS = 1000, 16, 0.1, 1.3, 50.0
RUN_NAME = f"lab run ({CASES:,} tests, concurrency {CONCURRENCY}) vs ideal"
STALL_NAME = f"longest UI stall while {CASES:,} tests run"


def import_figure(repeat: int) -> Figure:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from advisor.lab import test_sets
    from ui.prompt_lab.tests_model import TestsModel

    QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="fta-bench-"))
    path = folder / "set.csv"
    path.write_text("__name,ticket,__expected\n" + "".join(
        f"case {i},\"I was charged twice, order {i}\",billing\n" for i in range(IMPORT_ROWS)), encoding="utf-8")
    model = TestsModel()

    def work() -> None:
        found = test_sets.load(path)
        model.reset(found.tests, found.variables)

    value = median_ms(work, repeat=repeat, warmup=1)
    reference = reference_ms()
    return Figure(f"import {IMPORT_ROWS:,} CSV tests into the table", value, "ms", IMPORT_GOAL_MS,
                  f"{value / reference:.0f} × the reference loop ({reference:.2f} ms)", strict=True)


def run_figures(runs: int, stall_runs: int = 3) -> list[Figure]:
    from tests.fakes.fake_messages_api import FakeMessagesApi

    ideal = CASES / CONCURRENCY * REPLY_SECONDS
    with FakeMessagesApi() as fake:
        fake.delay = REPLY_SECONDS
        elapsed, passed = time_runs(fake, CASES, CONCURRENCY, runs)
        # The longest stall of one run is a maximum: one busy moment elsewhere on the machine
        # sets it. Like every other figure here, it is the median of repeated runs.
        stalls = [_stall(fake) for _ in range(stall_runs)]
        if all(math.isfinite(s.value) for s in stalls):
            stall = Figure(STALL_NAME, median([s.value for s in stalls]), "ms", STALL_GOAL_MS,
                           f"median of {len(stalls)} runs ({', '.join(f'{s.value:.0f}' for s in stalls)} ms); "
                           + stalls[0].detail)
        else:
            stall = next(s for s in stalls if not math.isfinite(s.value))  # says why
    if passed != CASES:
        return [missing(RUN_NAME, "×", RUN_GOAL, f"only {passed} of {CASES} passed"), stall]
    seconds = median(elapsed)
    return [Figure(RUN_NAME, seconds / ideal, "×", RUN_GOAL,
                   f"{seconds:.2f} s vs ideal {ideal:.2f} s ({REPLY_SECONDS * 1000:.0f} ms replies)"), stall]


def _stall(fake) -> Figure:
    """Run the 1,000 tests from the Tests tab, as a user would, with a heartbeat on the UI thread."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui.document import AssessmentDocument
    from ui.prompt_lab.page import PromptLabPage

    app = QApplication.instance() or QApplication([])
    saved = {name: os.environ.get(name) for name in ("ANTHROPIC_BASE_URL", "ANTHROPIC_API_KEY")}
    os.environ["ANTHROPIC_BASE_URL"], os.environ["ANTHROPIC_API_KEY"] = fake.base_url, fake.valid_key
    try:
        document = AssessmentDocument()
        document.new()
        document.set_prompt_lab(lab_of(CASES))
        page = PromptLabPage(document)
        window = QMainWindow()
        window.setCentralWidget(page)
        window.resize(1100, 760)
        window.show()
        page.tabs.setCurrentIndex(1)
        page.runs.concurrency.setValue(CONCURRENCY)
        heartbeat = Heartbeat()
        heartbeat.start()
        spin_until(app, lambda: False, 0.5)
        idle = heartbeat.stop()
        heartbeat.start()
        page.runs.run_all()
        spin_until(app, lambda: not page.runs.is_busy(), 120)
        stall = heartbeat.stop()
        passed = (document.assessment.prompt_lab.get("last_run") or {}).get("passed")
        page.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    if passed != CASES:
        return missing(STALL_NAME, "ms", STALL_GOAL_MS, f"the run passed {passed} of {CASES}")
    return Figure(STALL_NAME, stall, "ms", STALL_GOAL_MS,
                  f"{stall / max(idle, 0.1):.1f} × the idle heartbeat gap ({idle:.1f} ms)")


def figures(runs: int = 1, import_repeat: int = 5, stall_runs: int = 3) -> list[Figure]:
    os.environ.setdefault("FTA_HOME", tempfile.mkdtemp(prefix="fta-bench-"))
    return [import_figure(import_repeat), *run_figures(runs, stall_runs)]


if __name__ == "__main__":
    sys.exit(print_figures(figures()))
