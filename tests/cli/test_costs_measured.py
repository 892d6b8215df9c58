"""Measured cost figures (CONTRACT section 8, ``costs.measured``): from a lab run into the
projection on the command line (``costs --from-run``), into the summary, and through save and load."""
from __future__ import annotations

import json

import pytest

from advisor.decision.measured_costs import (MeasuredProblem, apply_measured, find_run, measured_from_run,
                                             measured_marks, without_mark)
from advisor.document.assessment import Assessment, load_assessment, save_assessment
from tests.helpers import run_cli


def _case(name, fresh, read, out, written=0, runs=1):
    case = {"name": name, "passed": True, "output": "ok", "reasons": [], "error": None,
            "input_tokens": fresh, "output_tokens": out, "latency_ms": 10, "runs": runs}
    if read:
        case["cache_read_tokens"] = read
    if written:
        case["cache_write_tokens"] = written
    return case


def _run(run_id, model, cases, finished="2026-12-01T10:01:00Z"):
    return {"id": run_id, "model": model, "started": finished, "finished": finished, "repeat": 1,
            "passed": len(cases), "failed": 0, "errors": 0, "cost_usd": 0.02, "cases": cases}


# 20 cases: enough for the prompt evidence. Per request: 400 fresh + 1,200 cached + 100 written
# input tokens (1,700), 150 output tokens; cache hit share 1,200 / 1,700.
EVIDENCE = _run("haiku-run", "claude-haiku-5-5", [_case(f"c{i}", 400, 1200, 150, 100) for i in range(20)])
OTHER = _run("sonnet-run", "claude-sonnet-5-5", [_case("a", 1000, 0, 100), _case("b", 3000, 0, 500),
                                                 _case("cancelled", 0, 0, 0)], "2026-12-02T10:00:00Z")


def _document(**costs):
    return {"format": "fine-tune-advisor/assessment", "version": 2, "title": "Triage",
            "answers": {"prompting_tried": "falls_short", "quality_bar_pct": 90},
            "costs": {"monthly_requests": 200000, **costs},
            "prompt_lab": {"model": "claude-haiku-5-5", "tests": [], "runs": [EVIDENCE, OTHER]}}


@pytest.fixture
def lab_file(tmp_path):
    path = tmp_path / "lab.fta.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    return path


def test_a_run_measures_tokens_per_request_cache_share_and_model():
    assert measured_from_run(EVIDENCE) == {"run_id": "haiku-run", "model": "claude-haiku-5-5",
                                           "avg_input_tokens": 1700.0, "avg_output_tokens": 150.0,
                                           "cache_hit_share": round(1200 / 1700, 4)}
    # A case that never reached the model sent no request; the others average 2,000 in, 300 out.
    other = measured_from_run(OTHER)
    assert (other["avg_input_tokens"], other["avg_output_tokens"], other["cache_hit_share"]) == (2000.0, 300.0, 0.0)


def test_best_is_the_evidence_run_and_an_unknown_id_is_named():
    doc = _document()
    assert find_run(doc["prompt_lab"], doc["answers"], "best")["id"] == "haiku-run"
    assert find_run(doc["prompt_lab"], doc["answers"], "sonnet-run")["id"] == "sonnet-run"
    with pytest.raises(MeasuredProblem, match="no saved run 'nope'.*haiku-run, sonnet-run"):
        find_run(doc["prompt_lab"], doc["answers"], "nope")


def test_measured_figures_round_trip_through_save_and_load_and_an_override_clears_its_mark(tmp_path):
    costs = apply_measured({"monthly_requests": 1000}, measured_from_run(EVIDENCE))
    assert costs["avg_input_tokens"] == 1700.0 and costs["measured"]["run_id"] == "haiku-run"
    path = tmp_path / "saved.fta.json"
    save_assessment(Assessment(title="t", costs=costs), path)
    loaded = load_assessment(path)
    assert loaded.costs == costs and loaded.warnings == []
    assert measured_marks(loaded.costs) == dict.fromkeys(
        ("model", "avg_input_tokens", "avg_output_tokens", "cache_hit_share"), "haiku-run")
    overridden = without_mark({**loaded.costs, "avg_output_tokens": 400}, "avg_output_tokens")
    assert "avg_output_tokens" not in measured_marks(overridden)
    assert set(measured_marks(overridden)) == {"model", "avg_input_tokens", "cache_hit_share"}


def test_costs_from_run_best_prices_the_measured_figures_and_marks_them(lab_file):
    before = lab_file.read_bytes()
    result = run_cli("costs", str(lab_file), "--from-run", "best", "--format", "json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["model"] == "claude-haiku-5-5"
    assert figures["measured"]["run_id"] == "haiku-run"
    assert figures["inputs"]["avg_input_tokens"] == 1700.0 and figures["inputs"]["cache_hit_share"] == 0.7059
    plain = json.loads(run_cli("costs", str(lab_file), "--format", "json").stdout)
    assert plain["measured"] is None and plain["api"]["total"] != figures["api"]["total"]
    text = run_cli("costs", str(lab_file), "--from-run", "sonnet-run").stdout
    assert "Measured in run sonnet-run: Claude model claude-sonnet-5-5, input tokens per request 2,000" in text
    assert lab_file.read_bytes() == before  # applied for that projection only


def test_costs_from_an_unknown_run_is_refused_with_exit_3(lab_file):
    result = run_cli("costs", str(lab_file), "--from-run", "nope")
    assert result.returncode == 3
    assert str(lab_file) in result.stderr and "no saved run 'nope'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_summary_marks_measured_figures_and_gains_the_uncertainty(tmp_path):
    doc = _document()
    doc["costs"] = {**apply_measured(doc["costs"], measured_from_run(EVIDENCE)),
                    "ranges": {"monthly_requests": [100000, 600000]}}
    path = tmp_path / "m.fta.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    summary = json.loads(run_cli("summary", str(path), "--format", "json").stdout)
    assert summary["costs"]["measured"]["run_id"] == "haiku-run"
    assert summary["uncertainty"]["draws"] == 2000 and 0 <= summary["uncertainty"]["p_fine_tune_cheaper"] <= 1
    assert set(summary["uncertainty"]["break_even_month"]) == {"p10", "p50", "p90"}
    for fmt in ("text", "markdown"):
        out = run_cli("summary", str(path), "--format", fmt).stdout
        assert "easured in run haiku-run" in out and "2,000 draws" in out
    costs = json.loads(run_cli("costs", str(path), "--format", "json").stdout)
    assert costs["uncertainty"] == summary["uncertainty"]  # one Monte Carlo, the same figures


def test_a_saved_run_keeps_each_cases_cache_tokens_so_its_cache_share_can_be_measured(fake_api, tmp_path):
    from tests.cli.test_eval_context import _assessment, _eval, _handbook

    fake_api.add_claude_5_models()
    fake_api.reply = fake_api.grounded_reply
    _handbook(tmp_path / "docs")
    path = _assessment(tmp_path / "help.fta.json")
    result = _eval(fake_api, str(path), "--docs", str(tmp_path / "docs"), "--context", "full",
                   "--concurrency", "1", "--save")
    assert result.returncode == 0, result.stderr
    run = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["runs"][-1]
    cases = run["cases"]
    assert sum(c.get("cache_read_tokens", 0) for c in cases) == run["cache_read_tokens"] > 0
    assert cases[0].get("cache_write_tokens", 0) > 0  # the first request wrote the cache
    measured = measured_from_run(run)
    read = sum(c.get("cache_read_tokens", 0) for c in cases)
    side = sum(c["input_tokens"] + c.get("cache_read_tokens", 0) + c.get("cache_write_tokens", 0) for c in cases)
    assert measured["avg_input_tokens"] == round(side / len(cases), 1)
    assert measured["cache_hit_share"] == round(read / side, 4) > 0
    assert run_cli("validate", str(path)).returncode == 0


def test_summary_loads_numpy_for_a_file_with_ranges_only(tmp_path):
    from tests.cli.test_summary_imports import _modules_loaded_by_summary
    from tests.helpers import write_assessment

    ranged = write_assessment(tmp_path / "r.fta.json", version=2,
                              costs={"monthly_requests": 100000, "ranges": {"monthly_requests": [50000, 200000]}})
    assert "numpy" in _modules_loaded_by_summary(tmp_path, ranged)
    plain = write_assessment(tmp_path / "p.fta.json", version=2, costs={"monthly_requests": 100000})
    assert "numpy" not in _modules_loaded_by_summary(tmp_path, plain)
