"""1,000 prompt-lab tests on your own model (an OpenAI-compatible target) at concurrency 16,
against a fake server answering in 100 ms (issue 30: "within 1.3× the ideal time, like Claude runs").

The ideal is 1,000 / 16 × 0.1 s = 6.25 s; the goal is at most 1.3 × that (the median of a few runs).
Run as ``.venv/bin/python benchmarks/bench_target.py``; prints one line per figure.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_eval import lab_of  # noqa: E402
from benchmarks.common import Figure, median, missing, print_figures  # noqa: E402

CASES, CONCURRENCY, REPLY_SECONDS, GOAL = 1000, 16, 0.1, 1.3  # as bench_lab's Claude run
NAME = f"target run ({CASES:,} tests, concurrency {CONCURRENCY}) vs ideal"


def _no_claude(request: dict) -> None:
    raise AssertionError("a target run with no llm_rubric never asks Claude")


def figures(runs: int = 3) -> list[Figure]:
    os.environ.setdefault("FTA_HOME", tempfile.mkdtemp(prefix="fta-bench-"))
    from advisor.lab import target_run, targets
    from tests.fakes.fake_openai_api import FakeOpenAIApi

    server = FakeOpenAIApi().start()
    server.rules = {"refund": "billing"}
    target = targets.parse(f"bench={server.base_url}", "small-model", {"in_per_mtok": 0.1, "out_per_mtok": 0.1})
    lab = lab_of(CASES)
    elapsed: list[float] = []
    passed = 0
    try:
        target_run.run_on_target({**lab, "tests": lab["tests"][:CONCURRENCY]}, target, claude_send=_no_claude,
                                 concurrency=CONCURRENCY)  # warm up: imports, the price table
        server.delay = REPLY_SECONDS
        for _ in range(runs):
            started = time.perf_counter()
            passed = target_run.run_on_target(lab, target, claude_send=_no_claude, concurrency=CONCURRENCY).passed
            elapsed.append(time.perf_counter() - started)
    finally:
        server.stop()
    if passed != CASES:
        return [missing(NAME, "×", GOAL, f"only {passed} of {CASES} tests passed")]
    ideal = CASES / CONCURRENCY * REPLY_SECONDS
    seconds = median(elapsed)
    return [Figure(NAME, seconds / ideal, "×", GOAL,
                   f"{seconds:.2f} s vs ideal {ideal:.2f} s ({REPLY_SECONDS * 1000:.0f} ms replies)")]


if __name__ == "__main__":
    sys.exit(print_figures(figures()))
