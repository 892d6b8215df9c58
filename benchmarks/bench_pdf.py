"""PDF export of long notes (issue 28 #10): linear in the length of the notes.

The figure is the time to export a summary whose notes are 1,000,000 characters over ten times
the time for 100,000 characters of the same mix, both measured in this run (medians): a linear
export stays near 1 × (the fixed part of an export makes it less); the goal is at most 1.5 ×.
The mix holds what made the export superlinear: many short lines (one paragraph painted again
on every page) and long unbroken lines (laid out as one block), besides ordinary prose.

Run: .venv/bin/python benchmarks/bench_pdf.py
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, median, print_figures  # noqa: E402

BASE_CHARS, LONG_CHARS, GOAL = 100_000, 1_000_000, 1.5
NAME = "PDF of 1,000,000 characters of notes vs 10 × 100,000"
PROSE = "The claims team reads every ticket twice before it is routed to billing."


def notes_of(chars: int) -> str:
    """``chars`` characters of notes: prose lines, short lines and an unbroken run, repeated."""
    block = "\n".join([PROSE] * 20 + ["ok"] * 60 + ["x" * 4000]) + "\n"
    return (block * (chars // len(block) + 1))[:chars]


def export_seconds(chars: int, folder: Path, runs: int) -> float:
    from advisor.document.assessment import load_assessment
    from advisor.report.html import build_brief
    from ui.printing.render import ensure_gui_application, pdf_bytes

    ensure_gui_application()
    path = folder / f"notes-{chars}.fta.json"
    path.write_text(json.dumps({"format": "fine-tune-advisor/assessment", "version": 2,
                                "title": "Long notes", "notes": notes_of(chars)}), encoding="utf-8")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        brief = build_brief(load_assessment(path), chart="none")
        pdf_bytes(brief.html, brief.images)
        times.append(time.perf_counter() - start)
    return median(times)


def figures(runs: int = 3) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FTA_HOME", tempfile.mkdtemp(prefix="fta-bench-"))
    folder = Path(tempfile.mkdtemp(prefix="fta-bench-pdf-"))
    export_seconds(BASE_CHARS, folder, 1)  # warm-up: fonts, Qt's PDF engine
    base = export_seconds(BASE_CHARS, folder, runs)
    long = export_seconds(LONG_CHARS, folder, runs)
    scale = LONG_CHARS / BASE_CHARS
    return [Figure(NAME, long / (scale * base), "×", GOAL,
                   f"{long:.2f} s for {LONG_CHARS:,} vs {base:.2f} s for {BASE_CHARS:,} characters")]


if __name__ == "__main__":
    sys.exit(print_figures(figures()))
