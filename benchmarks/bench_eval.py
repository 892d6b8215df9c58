"""200 prompt-lab tests at concurrency 8 against a fake API answering in 100 ms.

The ideal is 200 / 8 × 0.1 s = 2.5 s; the goal is at most 1.3 × that. Run as
``.venv/bin/python benchmarks/bench_eval.py``; prints one line per figure.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CASES, CONCURRENCY, REPLY_SECONDS, GOAL = 200, 8, 0.1, 1.3


def main() -> int:
    os.environ.setdefault("FTA_HOME", tempfile.mkdtemp(prefix="fta-bench-"))
    from advisor import claude, eval_runner
    from tests.fakes.fake_messages_api import FakeMessagesApi

    lab = {"model": "claude-haiku-4-5", "template": "Ticket: {{ticket}}", "max_tokens": 64,
           "tests": [{"name": f"case {i}", "vars": {"ticket": f"refund number {i}"},
                      "expect": [{"type": "icontains", "value": "billing"}]} for i in range(CASES)]}
    with FakeMessagesApi() as fake:
        fake.rules = {"refund": "billing"}
        client = claude.make_client(fake.valid_key, base_url=fake.base_url)
        eval_runner.run_eval({**lab, "tests": lab["tests"][:CONCURRENCY]}, client=client,
                             concurrency=CONCURRENCY)  # warm up: imports, connections
        fake.delay = REPLY_SECONDS
        started = time.perf_counter()
        result = eval_runner.run_eval(lab, client=client, concurrency=CONCURRENCY)
        elapsed = time.perf_counter() - started
        client.close()
    ideal = CASES / CONCURRENCY * REPLY_SECONDS
    ratio = elapsed / ideal
    print(f"eval cases: {CASES} at concurrency {CONCURRENCY}, reply {REPLY_SECONDS * 1000:.0f} ms")
    print(f"eval passed: {result.passed}/{CASES}")
    print(f"eval elapsed: {elapsed:.3f} s (ideal {ideal:.2f} s)")
    print(f"eval ratio to ideal: {ratio:.3f} (goal <= {GOAL}) {'ok' if ratio <= GOAL else 'SLOW'}")
    return 0 if ratio <= GOAL and result.passed == CASES else 1


if __name__ == "__main__":
    sys.exit(main())
