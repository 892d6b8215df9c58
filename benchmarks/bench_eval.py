"""200 prompt-lab tests at concurrency 8 against a fake API answering in 100 ms.

The ideal is 200 / 8 × 0.1 s = 2.5 s; the goal is at most 1.3 × that (the median of a few runs).
Run as ``.venv/bin/python benchmarks/bench_eval.py``; prints one line per figure.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Figure, median, missing, print_figures  # noqa: E402

CASES, CONCURRENCY, REPLY_SECONDS, GOAL = 200, 8, 0.1, 1.3
NAME = f"eval run ({CASES} tests, concurrency {CONCURRENCY}) vs ideal"


def lab_of(cases: int) -> dict:
    return {"model": "claude-haiku-4-5", "template": "Ticket: {{ticket}}", "max_tokens": 64,
            "tests": [{"name": f"case {i}", "vars": {"ticket": f"refund number {i}"},
                       "expect": [{"type": "icontains", "value": "billing"}]} for i in range(cases)]}


def time_runs(fake, cases: int, concurrency: int, runs: int) -> tuple[list[float], int]:
    """Seconds of each of ``runs`` eval runs against ``fake`` (after a warm-up), and the passes of the last."""
    from advisor.claude import client as claude
    from advisor.lab import eval_runner
    lab = lab_of(cases)
    elapsed: list[float] = []
    passed = 0
    fake.rules = {"refund": "billing"}
    client = claude.make_client(fake.valid_key, base_url=fake.base_url)
    try:
        delay, fake.delay = fake.delay, 0.0
        eval_runner.run_eval({**lab, "tests": lab["tests"][:concurrency]}, client=client,
                             concurrency=concurrency)  # warm up: imports, connections
        fake.delay = delay
        for _ in range(runs):
            started = time.perf_counter()
            passed = eval_runner.run_eval(lab, client=client, concurrency=concurrency).passed
            elapsed.append(time.perf_counter() - started)
    finally:
        client.close()
    return elapsed, passed


def figures(runs: int = 3) -> list[Figure]:
    os.environ.setdefault("FTA_HOME", tempfile.mkdtemp(prefix="fta-bench-"))
    from tests.fakes.fake_messages_api import FakeMessagesApi

    ideal = CASES / CONCURRENCY * REPLY_SECONDS
    with FakeMessagesApi() as fake:
        fake.delay = REPLY_SECONDS
        elapsed, passed = time_runs(fake, CASES, CONCURRENCY, runs)
    if passed != CASES:
        return [missing(NAME, "×", GOAL, f"only {passed} of {CASES} tests passed")]
    seconds = median(elapsed)
    return [Figure(NAME, seconds / ideal, "×", GOAL,
                   f"{seconds:.2f} s vs ideal {ideal:.2f} s ({REPLY_SECONDS * 1000:.0f} ms replies)")]

if __name__ == "__main__":
    sys.exit(print_figures(figures()))
