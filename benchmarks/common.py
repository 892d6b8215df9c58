"""Shared bits of the benchmarks: medians, and one line per figure with its goal."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    name: str
    value: float          # the measured figure (a ratio when baseline is set)
    unit: str             # "×" for ratios, "ms" otherwise
    goal: float           # the figure must be at most this
    detail: str = ""      # the raw numbers behind a ratio

    @property
    def holds(self) -> bool:
        return self.value <= self.goal

    def line(self) -> str:
        verdict = "holds" if self.holds else "MISSED"
        return (f"{self.name:<46} {self.value:8.2f} {self.unit:<2} goal ≤ {self.goal:g} {self.unit:<2} "
                f"{verdict:<6} {self.detail}")


def median(values: list[float]) -> float:
    return statistics.median(values)


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
