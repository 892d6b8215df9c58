"""Speed of the advisor, against goals measured on this machine in this run.

1. Evaluating one assessment, counterfactuals and missing answers included: goal under 5 ms
   (the median of many runs, for the slowest of a set of typical assessments).
2. Start-up of ``main.py summary FILE``: goal at most 3 × a bare ``python -c pass``
   (medians over repeated fresh interpreters).

Run: .venv/bin/python benchmarks/bench_advisor.py [--repeat N]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from advisor.engine import evaluate  # noqa: E402  (after the path is set)

NICHE = {"deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["domain_language"],
         "data_public": "proprietary_niche", "labeled_examples": 5000, "knowledge_changes": "static",
         "context_fits": True, "ml_team": "dedicated", "training_budget_usd": 50000,
         "retrain_commitment": True, "needs_general_skills": True, "weeks_to_launch": 8}
ASSESSMENTS = {
    "nothing answered": {},
    "niche-data case": NICHE,
    "niche, part-time team": dict(NICHE, ml_team="some"),
    "knowledge gap, weekly": dict(NICHE, gaps=["knowledge", "reasoning"], knowledge_changes="weekly",
                                  data_public="public_common", ml_team="none"),
    "half answered": {"prompting_tried": "falls_short", "gaps": ["format_style", "knowledge"]},
    "on premises": dict(NICHE, deployment="on_prem_only"),
}
EVAL_GOAL_MS = 5.0
STARTUP_GOAL = 3.0


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def line(name: str, figure: str, goal: str, holds: bool) -> None:
    print(f"{name:<48} {figure:>14}   goal {goal:<12} {'holds' if holds else 'DOES NOT HOLD'}")


def bench_evaluation(repeat: int) -> bool:
    worst_name, worst = "", 0.0
    for name, answers in ASSESSMENTS.items():
        evaluate(answers)  # warm the rules cache, as the app does once at start-up
        ms = median_ms(lambda a=answers: evaluate(a), repeat)
        print(f"  evaluate: {name:<38} {ms:8.3f} ms")
        if ms > worst:
            worst_name, worst = name, ms
    holds = worst < EVAL_GOAL_MS
    line(f"evaluation + counterfactuals (worst: {worst_name})", f"{worst:.3f} ms", f"< {EVAL_GOAL_MS:g} ms", holds)
    return holds


def bench_startup(repeat: int) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.fta.json"
        path.write_text(json.dumps({"format": "fine-tune-advisor/assessment", "version": 1,
                                    "title": "Benchmark", "answers": NICHE}), encoding="utf-8")
        # Byte-code cached as an installed app has it (this shell may set PYTHONDONTWRITEBYTECODE),
        # kept in the temporary folder so the source tree is left untouched.
        env_home = {"FTA_HOME": folder, "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache")}

        def run(cmd: list[str]) -> None:
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT,
                           env={**_base_env(), **env_home})

        bare_cmd = [sys.executable, "-c", "pass"]
        summary_cmd = [sys.executable, str(ROOT / "main.py"), "summary", str(path), "--format", "json"]
        run(bare_cmd), run(summary_cmd)  # warm the file cache and bytecode
        bare = median_ms(lambda: run(bare_cmd), repeat)
        summary = median_ms(lambda: run(summary_cmd), repeat)
    ratio = summary / bare
    print(f"  bare python -c pass: {bare:.1f} ms; main.py summary: {summary:.1f} ms")
    holds = ratio <= STARTUP_GOAL
    line("summary command start-up vs bare python", f"{ratio:.2f} ×", f"<= {STARTUP_GOAL:g} ×", holds)
    return holds


def _base_env() -> dict[str, str]:
    import os

    skip = ("PYTHONPROFILEIMPORTTIME", "PYTHONDONTWRITEBYTECODE")
    return {k: v for k, v in os.environ.items() if k not in skip}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="runs per evaluation figure (default 200)")
    parser.add_argument("--startup-repeat", type=int, default=15, help="fresh interpreters per start-up figure")
    args = parser.parse_args()
    ok = bench_evaluation(args.repeat) & bench_startup(args.startup_repeat)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
