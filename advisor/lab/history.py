"""The prompt lab's run history: keeping runs, comparing two, naming the cheapest that meets the bar.

CONTRACT section 5: every finished run is kept in ``prompt_lab.runs``, newest last, at most
:data:`MAX_RUNS`; ``last_run`` stays the newest. (A v1 file's ``last_run`` becomes the first
entry of ``runs`` in advisor.document.migrations, not here.)
"""
from __future__ import annotations

import json
from typing import Any

from advisor.core.stats import wilson_interval

MAX_RUNS = 50


def with_runs(lab: dict[str, Any], new_runs: list[dict[str, Any]]) -> dict[str, Any]:
    """A copy of ``lab`` with ``new_runs`` appended to its history (oldest dropped past MAX_RUNS)."""
    if not new_runs:
        return dict(lab)
    runs = [r for r in lab.get("runs") or [] if isinstance(r, dict)]
    runs = (runs + list(new_runs))[-MAX_RUNS:]
    return {**lab, "runs": runs, "last_run": runs[-1]}


def keep_newest(lab: dict[str, Any], count: int) -> dict[str, Any]:
    """A copy of ``lab`` keeping only its ``count`` newest runs (at least one: the evidence)."""
    runs = runs_of(lab)
    if not runs:
        return dict(lab)
    kept = runs[-max(1, count):]
    return {**lab, "runs": kept, "last_run": kept[-1]}


def run_bytes(run: dict[str, Any]) -> int:
    """About how much a run adds to the saved file (it is saved indented, hence the factor)."""
    return int(len(json.dumps(run, ensure_ascii=False, default=str).encode("utf-8")) * 1.4)


def runs_of(lab: dict[str, Any]) -> list[dict[str, Any]]:
    """The history, newest last; a lab with only a v1 ``last_run`` has that one run."""
    runs = [r for r in lab.get("runs") or [] if isinstance(r, dict)]
    if not runs and isinstance(lab.get("last_run"), dict):
        runs = [lab["last_run"]]
    return runs


def pass_rate(run: dict[str, Any]) -> tuple[float | None, float, float, int]:
    """(pass rate, Wilson low, Wilson high, n), in percent; n = passed + failed (errors left out)."""
    passed, failed = int(run.get("passed") or 0), int(run.get("failed") or 0)
    n = passed + failed
    low, high = wilson_interval(passed, n)
    return (passed / n * 100 if n else None), low, high, n


def cost_per_1k(run: dict[str, Any]) -> float | None:
    if isinstance(run.get("cost_per_1k_usd"), (int, float)):
        return float(run["cost_per_1k_usd"])
    cost = run.get("cost_usd")
    requests = sum(int(c.get("runs") or 1) for c in run.get("cases") or [] if not c.get("error"))
    return cost / requests * 1000 if isinstance(cost, (int, float)) and requests else None


def cheapest_meeting_bar(runs: list[dict[str, Any]], bar_pct: float | None) -> dict[str, Any] | None:
    """The run with the lowest cost per 1,000 requests whose pass rate meets ``bar_pct``; None if none."""
    if bar_pct is None:
        return None
    meeting = [r for r in runs if (pass_rate(r)[0] or 0) >= bar_pct and pass_rate(r)[3] > 0
               and cost_per_1k(r) is not None]
    return min(meeting, key=lambda r: cost_per_1k(r)) if meeting else None


def _status(case: dict[str, Any]) -> str:
    return "passed" if case.get("passed") else ("error" if case.get("error") else "failed")


def differing_cases(runs: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """The cases (by name) whose outcome is not the same on every run: (name, status per run)."""
    by_run = [{str(c.get("name")): _status(c) for c in r.get("cases") or []} for r in runs]
    names: list[str] = []
    for table in by_run:
        names += [n for n in table if n not in names]
    rows = []
    for name in names:
        statuses = [table.get(name, "absent") for table in by_run]
        if len(set(statuses)) > 1:
            rows.append((name, statuses))
    return rows


def _prompt_lines(run: dict[str, Any]) -> list[str]:
    prompt = run.get("prompt") or {}
    lines = [f"model: {run.get('model')}"]
    for key in ("system", "template", "max_tokens", "temperature", "top_p", "top_k", "effort"):
        if key in prompt:
            lines += [f"{key}: {line}" for line in str(prompt[key]).splitlines() or [""]]
    for number, example in enumerate(prompt.get("examples") or [], start=1):
        lines.append(f"example {number}: {json.dumps(example, ensure_ascii=False)}")
    return lines


def compare(older: dict[str, Any], newer: dict[str, Any]) -> dict[str, Any]:
    """What changed between two runs: the prompt (a unified diff) and the cases that flipped."""
    import difflib  # only when two runs are compared: the advisor reads this module on every start

    diff = list(difflib.unified_diff(_prompt_lines(older), _prompt_lines(newer), "older run",
                                     "newer run", lineterm="", n=1))
    flipped = [{"name": name, "older": a, "newer": b}
               for name, (a, b) in differing_cases([older, newer]) if "absent" not in (a, b)]
    changes = [line for line in diff[2:] if not line.startswith("@@")]  # headers and hunk marks out
    return {"prompt_diff": changes, "flipped": flipped}


def run_name(run: dict[str, Any]) -> str:
    """A run as the results name it: Claude's id, or "NAME (model)" for your own, then its context
    and shots when set (as the reports name it)."""
    from advisor.lab.ci_reports import run_label

    target = run.get("target")
    target = target if isinstance(target, dict) and isinstance(target.get("name"), str) else None
    shots = run.get("shots") if isinstance(run.get("shots"), int) and not isinstance(run.get("shots"), bool) else None
    return run_label(str(run.get("model")), str(run.get("context") or "none"), shots, target)


def describe_run(run: dict[str, Any]) -> str:
    """One line naming a run in a picker: model, when, pass rate."""
    rate = pass_rate(run)[0]
    when = str(run.get("started") or run.get("run_at") or "").replace("T", " ").replace("Z", "")[:16]
    from advisor.core.i18n import translate  # the window's language; the command line's English

    shown = f"{rate:.0f} %" if rate is not None else translate("lab_history", "no pass rate")
    return f"{run_name(run)} · {when} · {shown}"
