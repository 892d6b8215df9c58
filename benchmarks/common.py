"""Shared bits of the benchmarks: medians, a reference workload, and one line per figure with its goal."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    name: str
    value: float          # the measured figure (a ratio when unit is "×")
    unit: str             # "×" for ratios, "ms" otherwise
    goal: float           # the figure must be at most this (below it, when strict)
    detail: str = ""      # the raw numbers and the baseline behind the figure
    strict: bool = False  # the goal reads "< goal" rather than "≤ goal"

    @property
    def holds(self) -> bool:
        return self.value < self.goal if self.strict else self.value <= self.goal

    def goal_text(self) -> str:
        return f"{'<' if self.strict else '≤'} {self.goal:g} {self.unit}"

    def line(self) -> str:
        verdict = "holds" if self.holds else "MISSED"
        return (f"{self.name:<46} {self.value:8.2f} {self.unit:<2}  goal {self.goal_text():<9} "
                f"{verdict:<6}  {self.detail}")


def missing(name: str, unit: str, goal: float, why: str, strict: bool = False) -> Figure:
    """A figure that could not be measured: it does not hold, and says why."""
    return Figure(name, float("inf"), unit, goal, f"not measured: {why}", strict)


def median(values: list[float]) -> float:
    return statistics.median(values)


def median_ms(work: Callable[[], object], repeat: int = 51, warmup: int = 3) -> float:
    """Median wall-clock milliseconds of ``work`` over ``repeat`` runs, after ``warmup`` runs."""
    for _ in range(warmup):
        work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def reference_work() -> float:
    """A fixed amount of plain Python arithmetic: the yardstick for this machine in this run.

    About as much arithmetic as one sensitivity table (43 projections × 60 months), so a slow
    machine shows up as a slow reference rather than only as a missed goal.
    """
    total = 0.0
    for run in range(43):
        for month in range(60):
            total += (run + 1) * 1.05 ** month * 0.009 + 18_896.67
    return total


def reference_ms() -> float:
    return median_ms(reference_work, repeat=101)


def versus_reference(value_ms: float, reference: float) -> str:
    return f"{value_ms / reference:.1f} × the reference loop ({reference:.2f} ms)"


def bytecode_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a timed child process: bytecode caching on, as an installed app has it.

    This machine sets PYTHONDONTWRITEBYTECODE=1; an installed app runs from cached bytecode, so
    timed children must not inherit it (nor import-time profiling).
    """
    skip = ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME")
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env.update(extra or {})
    return env


def user_env(home: str | Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """:func:`bytecode_env` as a user's session has it: the app finds its folders through
    platformdirs under a home of its own (a temporary one), not through the tests' FTA_HOME
    shortcut, so the start-up figures include what a user's start-up pays."""
    env = {k: v for k, v in bytecode_env(extra).items()
           if k != "FTA_HOME" and not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return env


def time_command(argv: list[str], runs: int, env: dict[str, str] | None = None) -> list[float]:
    """Wall-clock seconds of whole processes, started fresh each time."""
    full_env = dict(os.environ, **(env or {}))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=full_env, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


def python() -> str:
    return sys.executable


def print_figures(figures: list[Figure]) -> int:
    """Print each figure's line; the exit status is 0 when every figure holds."""
    for figure in figures:
        print(figure.line())
    return 0 if all(f.holds for f in figures) else 1
