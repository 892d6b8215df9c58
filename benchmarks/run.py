"""``make bench``: every performance figure the issues name, in one table.

Each figure is measured in this run against a baseline measured in the same run (a bare
interpreter, a bare PySide6 window, a reference loop, an empty figure draw, the ideal time),
as the median of repeated runs, and says whether its goal holds. Takes a few minutes on a
2-core machine. Exit status 0 when every figure holds, 1 otherwise.

Run: .venv/bin/python benchmarks/run.py [--quick]
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import Figure, missing  # noqa: E402

# (module, what it measures, keyword arguments for a full run, for a quick run); in this order
# because the start-up figures start fresh processes and want a quiet machine, and the Qt
# streaming figure leaves a QApplication behind.
BENCHES: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    ("bench_startup", "window start-up and memory", {"runs": 9}, {"runs": 3}),
    ("bench_advisor", "advisor evaluation and summary start-up", {"repeat": 200, "startup_repeat": 21},
     {"repeat": 50, "startup_repeat": 7}),
    ("bench_costs", "cost model and chart redraws", {"repeat": 21}, {"repeat": 7}),
    ("bench_uncertainty", "the Monte Carlo over cost ranges and its bands", {"repeat": 21}, {"repeat": 5}),
    ("bench_streaming", "streaming into the prompt lab", {"runs": 3}, {"runs": 1}),
    ("bench_eval", "an eval run against the fake API", {"runs": 3}, {"runs": 1}),
    ("bench_lab", "the prompt lab at scale", {"runs": 2, "import_repeat": 5, "stall_runs": 3},
     {"runs": 1, "import_repeat": 2, "stall_runs": 1}),
    ("bench_pdf", "PDF export of long notes", {"runs": 3}, {"runs": 1}),
    ("bench_dataset", "teacher labelling against the fake API", {}, {"inputs": 2_000}),
    ("bench_target", "a run on your own model (OpenAI-compatible)", {"runs": 3}, {"runs": 1}),
    ("bench_retrieval", "documents: indexing, retrieval, the window meanwhile", {"stall_runs": 3},
     {"stall_runs": 1}),
]
# What each module promises, so a module that fails still shows its rows as not measured.
EXPECTED = {
    "bench_startup": [("window start-up vs bare PySide6 window", "×", 1.5, False),
                      ("peak memory after start-up vs bare window", "×", 1.5, False)],
    "bench_advisor": [("advisor evaluation + counterfactuals", "ms", 5.0, True),
                      ("summary start-up vs bare python -c pass", "×", 3.0, False)],
    "bench_costs": [("cost projection + sensitivity, 120 months", "ms", 10.0, True),
                    ("chart redraws after an input change", "ms", 100.0, True),
                    ("chart redraws vs an empty figure draw", "×", 4.0, True)],
    "bench_uncertainty": [("Monte Carlo, 2,000 draws × 120 months", "ms", 50.0, False),
                          ("cumulative chart redraw with bands", "ms", 100.0, False)],
    "bench_streaming": [("longest UI stall while 20,000 tokens stream", "ms", 50.0, False)],
    "bench_eval": [("eval run vs ideal", "×", 1.3, False)],
    "bench_lab": [("import 5,000 CSV tests into the table", "ms", 1000.0, True),
                  ("lab run (1,000 tests, concurrency 16) vs ideal", "×", 1.3, False),
                  ("longest UI stall while 1,000 tests run", "ms", 50.0, False)],
    "bench_pdf": [("PDF of 1,000,000 characters of notes vs 10 × 100,000", "×", 1.5, False)],
    "bench_dataset": [("labelling 10,000 inputs (concurrency 16) vs ideal", "×", 1.3, False)],
    "bench_target": [("target run (1,000 tests, concurrency 16) vs ideal", "×", 1.3, False)],
    "bench_retrieval": [("index 1,000 documents of 5 pages", "ms", 10000.0, False),
                        ("indexing vs SQLite's own FTS5 bulk insert", "×", 2.0, False),
                        ("retrieval query (top 5 by BM25), median", "ms", 5.0, False),
                        ("longest UI stall while 200 documents index", "ms", 50.0, False)],
}


def _collect(module_name: str, kwargs: dict[str, Any]) -> list[Figure]:
    try:
        module = importlib.import_module(f"benchmarks.{module_name}")
        figures: Callable[..., list[Figure]] = module.figures
        return figures(**kwargs)
    except Exception as error:  # noqa: BLE001 (one broken benchmark must not hide the others)
        traceback.print_exc(file=sys.stderr)
        why = f"{type(error).__name__}: {error}".splitlines()[0][:80]
        return [missing(name, unit, goal, why, strict) for name, unit, goal, strict in EXPECTED[module_name]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats: a rough table in about a minute")
    args = parser.parse_args(argv)
    # Nothing the benchmarks run may touch the user's real settings, logs or keyring.
    os.environ["FTA_HOME"] = tempfile.mkdtemp(prefix="fta-bench-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    started = time.perf_counter()
    results: list[Figure] = []
    for module_name, what, full, quick in BENCHES:
        print(f"measuring {what}…", file=sys.stderr, flush=True)
        results.extend(_collect(module_name, quick if args.quick else full))
    header = f"{'figure':<46} {'value':>8} {'':<2}  {'goal':<14} {'holds?':<6}  baseline, measured in the same run"
    print()
    print(header)
    print("-" * len(header))
    for figure in results:
        print(figure.line())
    held = sum(f.holds for f in results)
    print("-" * len(header))
    print(f"{held} of {len(results)} figures hold  (medians; measured in {time.perf_counter() - started:.0f} s)")
    return 0 if held == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
