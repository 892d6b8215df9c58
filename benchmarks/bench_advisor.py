"""Speed of the advisor, against goals measured on this machine in this run.

1. Evaluating one assessment, counterfactuals and missing answers included: goal under 5 ms
   (the median of many runs, for the slowest of a set of typical assessments).
2. Start-up of ``main.py summary FILE``: goal at most 3 × a bare ``python -c pass``
   (medians over repeated fresh interpreters, the two interleaved).

Run: .venv/bin/python benchmarks/bench_advisor.py [--repeat N] [--startup-repeat N]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import (Figure, user_env, median, median_ms, print_figures,  # noqa: E402
                               reference_ms, versus_reference)

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


def evaluation_figure(repeat: int = 200, verbose: bool = False) -> Figure:
    from advisor.decision.engine import evaluate

    worst_name, worst = "", 0.0
    for name, answers in ASSESSMENTS.items():
        evaluate(answers)  # warm the rules cache, as the app does once at start-up
        ms = median_ms(lambda a=answers: evaluate(a), repeat, warmup=2)
        if verbose:
            print(f"  evaluate: {name:<38} {ms:8.3f} ms")
        if ms > worst:
            worst_name, worst = name, ms
    return Figure("advisor evaluation + counterfactuals", worst, "ms", EVAL_GOAL_MS,
                  f"slowest: {worst_name}; {versus_reference(worst, reference_ms())}", strict=True)


def startup_figure(repeat: int = 15) -> Figure:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.fta.json"
        path.write_text(json.dumps({"format": "fine-tune-advisor/assessment", "version": 1,
                                    "title": "Benchmark", "answers": NICHE}), encoding="utf-8")
        # Byte-code cached as an installed app has it, kept in the temporary folder so the
        # source tree is left untouched; the warm-up run below writes it.
        env = user_env(folder, {"PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache")})

        def run(cmd: list[str]) -> float:
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
            return (time.perf_counter() - start) * 1000

        bare_cmd = [sys.executable, "-c", "pass"]
        summary_cmd = [sys.executable, str(ROOT / "main.py"), "summary", str(path), "--format", "json"]
        for _ in range(2):  # warm the file cache, the bytecode and the app's caches
            run(bare_cmd), run(summary_cmd)
        bare, summary = [], []
        for _ in range(repeat):  # interleaved, so machine noise hits both alike
            bare.append(run(bare_cmd))
            summary.append(run(summary_cmd))
    bare_ms, summary_ms = median(bare), median(summary)
    return Figure("summary start-up vs bare python -c pass", summary_ms / bare_ms, "×", STARTUP_GOAL,
                  f"{summary_ms:.0f} ms vs {bare_ms:.0f} ms")


def figures(repeat: int = 200, startup_repeat: int = 15, verbose: bool = False) -> list[Figure]:
    return [evaluation_figure(repeat, verbose), startup_figure(startup_repeat)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="runs per evaluation figure (default 200)")
    parser.add_argument("--startup-repeat", type=int, default=15, help="fresh interpreters per start-up figure")
    args = parser.parse_args()
    return print_figures(figures(args.repeat, args.startup_repeat, verbose=True))


if __name__ == "__main__":
    sys.exit(main())
