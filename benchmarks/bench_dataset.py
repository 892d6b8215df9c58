"""Teacher labelling (issue 24): 10,000 inputs at concurrency 16 against a fake API answering in 100 ms.

The ideal is 10,000 / 16 × 0.1 s = 62.5 s; the goal is at most 1.3 × that. The run goes the way the
window's dialog runs it (advisor.lab.labelling_job: steps of concurrency × 8 inputs, each appended to
the progress file, then the training and validation files written). Run as
``.venv/bin/python benchmarks/bench_dataset.py [INPUTS]``; prints one line per figure.
"""
from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Figure, missing, print_figures  # noqa: E402

INPUTS, CONCURRENCY, REPLY_SECONDS, GOAL = 10_000, 16, 0.1, 1.3
LAB = {"model": "claude-haiku-4-5", "system": "Route tickets to a team.", "template": "Ticket: {{ticket}}",
       "max_tokens": 16}


def figures(inputs: int = INPUTS) -> list[Figure]:
    os.environ.setdefault("FTA_HOME", tempfile.mkdtemp(prefix="fta-bench-"))
    from advisor.lab import labelling_job
    from tests.fakes.fake_messages_api import FakeMessagesApi

    name = f"labelling {inputs:,} inputs (concurrency {CONCURRENCY}) vs ideal"
    rows = [{"vars": {"ticket": f"refund number {n}"}} for n in range(inputs)]
    ideal = inputs / CONCURRENCY * REPLY_SECONDS
    with FakeMessagesApi() as fake, tempfile.TemporaryDirectory() as folder:
        fake.rules = {"refund": "billing"}
        os.environ["ANTHROPIC_BASE_URL"], os.environ["ANTHROPIC_API_KEY"] = fake.base_url, fake.valid_key
        labelling_job.run(LAB, LAB["model"], rows[:CONCURRENCY], Path(folder) / "warm.jsonl", batch=False,
                          validation=0.1, cancel=threading.Event(), report=lambda _value: None,
                          concurrency=CONCURRENCY)  # warm up: imports, the price table
        fake.delay = REPLY_SECONDS
        out = Path(folder) / "train.jsonl"
        started = time.perf_counter()
        outcome = labelling_job.run(LAB, LAB["model"], rows, out, batch=False, validation=0.1,
                                    cancel=threading.Event(), report=lambda _value: None,
                                    concurrency=CONCURRENCY)
        seconds = time.perf_counter() - started
    if outcome.train + outcome.validation != inputs:
        return [missing(name, "×", GOAL, f"only {outcome.train + outcome.validation} of {inputs} labelled")]
    return [Figure(name, seconds / ideal, "×", GOAL,
                   f"{seconds:.1f} s vs ideal {ideal:.1f} s ({REPLY_SECONDS * 1000:.0f} ms replies)")]


if __name__ == "__main__":
    sys.exit(print_figures(figures(int(sys.argv[1]) if len(sys.argv) > 1 else INPUTS)))
