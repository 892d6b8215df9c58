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


def figures(runs: int = 3) -> list[Figure]:
    os.environ.setdefault("FTA_HOME", tempfile.mkdtemp(prefix="fta-bench-"))
    from advisor import claude, eval_runner
    from tests.fakes.fake_messages_api import FakeMessagesApi

    lab = {"model": "claude-haiku-4-5", "template": "Ticket: {{ticket}}", "max_tokens": 64,
           "tests": [{"name": f"case {i}", "vars": {"ticket": f"refund number {i}"},
                      "expect": [{"type": "icontains", "value": "billing"}]} for i in range(CASES)]}
    ideal = CASES / CONCURRENCY * REPLY_SECONDS
    elapsed: list[float] = []
    with FakeMessagesApi() as fake:
        fake.rules = {"refund": "billing"}
        client = claude.make_client(fake.valid_key, base_url=fake.base_url)
        try:
            eval_runner.run_eval({**lab, "tests": lab["tests"][:CONCURRENCY]}, client=client,
                                 concurrency=CONCURRENCY)  # warm up: imports, connections
            fake.delay = REPLY_SECONDS
            for _ in range(runs):
                started = time.perf_counter()
                result = eval_runner.run_eval(lab, client=client, concurrency=CONCURRENCY)
                elapsed.append(time.perf_counter() - started)
                if result.passed != CASES:
                    return [missing(NAME, "×", GOAL, f"only {result.passed} of {CASES} tests passed")]
        finally:
            client.close()
    seconds = median(elapsed)
    return [Figure(NAME, seconds / ideal, "×", GOAL,
                   f"{seconds:.2f} s vs ideal {ideal:.2f} s ({REPLY_SECONDS * 1000:.0f} ms replies)")]


if __name__ == "__main__":
    sys.exit(print_figures(figures()))
