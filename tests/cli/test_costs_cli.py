"""``main.py costs FILE``, run as a user would: a separate process, its output and exit status."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def run_costs(*args: str | Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "FTA_HOME": str(home), "MPLBACKEND": "Agg"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "costs", *map(str, args)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def write_assessment(folder: Path, costs: dict | None = None, **extra) -> Path:
    doc = {"format": "fine-tune-advisor/assessment", "version": 1, "title": "Ticket triage", **extra}
    if costs is not None:
        doc["costs"] = costs
    path = folder / "triage.fta.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def breaks_even(tmp_path) -> Path:
    return write_assessment(tmp_path, {"monthly_requests": 1_500_000, "monthly_growth": 0.05,
                                       "horizon_months": 36})


def test_text_table_with_totals_and_break_even(breaks_even, app_home):
    result = run_costs(breaks_even, home=app_home)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Ticket triage" in out
    assert "Month" in out and "API cumulative" in out and "Fine-tune cumulative" in out
    lines = out.splitlines()
    months = [line for line in lines if line.strip()[:1].isdigit()]
    assert len(months) == 36
    assert any(line.lstrip().startswith("Total") for line in lines)
    assert "Fine-tuning breaks even in month 17." in out  # see the JSON test for the series
    assert result.stderr == ""


def test_text_says_when_fine_tuning_never_breaks_even(tmp_path, app_home):
    result = run_costs(write_assessment(tmp_path), home=app_home)  # no costs: all defaults
    assert result.returncode == 0, result.stderr
    assert "Fine-tuning does not break even within 24 months." in result.stdout
    assert "$26,600" in result.stdout and "$459,120" in result.stdout  # the defaults' totals


def test_json_output_has_the_contract_keys(breaks_even, app_home):
    result = run_costs(breaks_even, "--format", "json", home=app_home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"horizon_months", "model", "currency", "api", "fine_tune", "break_even_month"} <= set(data)
    assert {"monthly", "cumulative", "total"} <= set(data["api"])
    assert {"monthly", "cumulative", "total", "upfront"} <= set(data["fine_tune"])
    assert data["horizon_months"] == 36 and data["model"] == "claude-sonnet-4-5"
    assert data["currency"] == "USD" and data["fine_tune"]["upfront"] == 5600
    m = data["break_even_month"]
    assert m == 17
    assert data["fine_tune"]["cumulative"][m - 1] <= data["api"]["cumulative"][m - 1]
    assert data["fine_tune"]["cumulative"][m - 2] > data["api"]["cumulative"][m - 2]


def test_csv_has_a_header_and_a_row_a_month(breaks_even, app_home):
    result = run_costs(breaks_even, "--format", "csv", home=app_home)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 36
    assert rows[0]["month"] == "1" and rows[-1]["month"] == "36"
    assert float(rows[0]["api_setup"]) == 5000
    assert float(rows[0]["fine_tune_labelling"]) == 5000
    total = sum(float(r["api_monthly"]) for r in rows)
    assert total == pytest.approx(float(rows[-1]["api_cumulative"]), abs=0.5)


def test_png_option_writes_the_charts(breaks_even, app_home, tmp_path):
    out = tmp_path / "charts" / "costs.png"
    out.parent.mkdir()
    result = run_costs(breaks_even, "--png", out, home=app_home)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(PNG_SIGNATURE)
    assert [f.name for f in out.parent.iterdir()] == ["costs.png"]  # no temporary file left
    assert "Fine-tuning breaks even" in result.stdout  # the table is still printed


def _assert_plain_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 2, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr
    assert result.stdout == ""


def test_missing_file_is_exit_3_with_a_plain_message(tmp_path, app_home):
    _assert_plain_error(run_costs(tmp_path / "nope.fta.json", home=app_home), "nope.fta.json")


def test_file_that_is_not_json_is_exit_3(tmp_path, app_home):
    bad = tmp_path / "broken.fta.json"
    bad.write_text("{ this is not json", encoding="utf-8")
    _assert_plain_error(run_costs(bad, home=app_home), "broken.fta.json")


def test_invalid_cost_input_is_exit_3_naming_the_input(tmp_path, app_home):
    path = write_assessment(tmp_path, {"cache_hit_share": 1.5})
    _assert_plain_error(run_costs(path, home=app_home), "triage.fta.json", "cache_hit_share")


def test_unwritable_png_is_exit_3_and_writes_nothing(breaks_even, app_home, tmp_path):
    out = tmp_path / "no-such-folder" / "costs.png"
    _assert_plain_error(run_costs(breaks_even, "--png", out, home=app_home), "costs.png")
    assert not out.parent.exists()


def test_broken_user_price_table_warns_and_uses_the_shipped_prices(breaks_even, app_home):
    config = app_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "prices.json").write_text("not json", encoding="utf-8")
    result = run_costs(breaks_even, "--format", "json", home=app_home)
    assert result.returncode == 0
    assert "warning" in result.stderr and "prices.json" in result.stderr
    assert json.loads(result.stdout)["break_even_month"] == 17


def test_wrong_format_is_a_usage_error(breaks_even, app_home):
    result = run_costs(breaks_even, "--format", "xml", home=app_home)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_inputs_too_large_to_project_are_exit_3_in_one_line(tmp_path, app_home):
    # Each input is valid on its own, but the serving load overflows math.ceil.
    path = write_assessment(tmp_path, {"monthly_requests": 1e300, "avg_input_tokens": 1e10})
    _assert_plain_error(run_costs(path, home=app_home), "triage.fta.json", "too large to project")


def test_json_never_prints_infinity_for_inputs_too_large(tmp_path, app_home):
    # The staff cost sums to inf without raising anything on the way.
    path = write_assessment(tmp_path, {"ml_salary_usd": 1e308, "ml_fte": 10})
    result = run_costs(path, "--format", "json", home=app_home)
    _assert_plain_error(result, "too large to project")
    assert "Infinity" not in result.stdout + result.stderr


def test_summary_refuses_costs_too_large_as_validate_does(tmp_path, app_home):
    # Issue 17 #17: validate and every command agree. Costs that overflow the projection made
    # `costs` exit 3 while `validate` said ok; the file is now invalid everywhere, naming the input.
    path = write_assessment(tmp_path, {"ml_salary_usd": 1e308, "ml_fte": 10})
    env = {**os.environ, "FTA_HOME": str(app_home)}
    for command in ("summary", "validate"):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), command, str(path), "--format", "json"][
                                    : 4 if command == "validate" else 6],
                                cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 3, result.stderr
        assert "too large to project" in result.stderr and "costs.ml_salary_usd" in result.stderr
        assert "Infinity" not in result.stdout + result.stderr and "Traceback" not in result.stderr


def test_sensitivity_refuses_inputs_whose_totals_overflow():
    from advisor.costs.projection import CostInputError
    from advisor.costs.sensitivity import sensitivity

    with pytest.raises(CostInputError, match="too large to project"):
        sensitivity({"ml_salary_usd": 1e308, "ml_fte": 10})


@pytest.mark.parametrize("name", ["costs.jpg", "costs", "costs.PNG.pdf"])
def test_a_chart_name_that_is_not_png_or_svg_is_a_usage_error(breaks_even, app_home, tmp_path, name):
    out = tmp_path / name
    result = run_costs(breaks_even, "--png", out, home=app_home)
    assert result.returncode == 2
    assert "must end in .png or .svg" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == "" and not out.exists()


def test_figures_implied_by_the_answers_apply_as_in_the_window(tmp_path, app_home):
    path = tmp_path / "v2.fta.json"
    path.write_text(json.dumps({"format": "fine-tune-advisor/assessment", "version": 2,
                                "answers": {"labeled_examples": 800},
                                "costs": {"horizon_months": 6}}), encoding="utf-8")
    result = run_costs(path, "--format", "json", home=app_home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # 5,000 examples needed minus the 800 the team has, at $1; plus 5 runs × $120
    assert data["fine_tune"]["upfront"] == 4200 + 600
    assert data["inputs"]["examples_to_label"] == 4200
    assert json.loads(path.read_text())["costs"] == {"horizon_months": 6}  # the file is untouched


def test_text_names_the_hosting_and_both_totals(tmp_path, app_home):
    path = tmp_path / "v2.fta.json"
    path.write_text(json.dumps({"format": "fine-tune-advisor/assessment", "version": 2}), encoding="utf-8")
    result = run_costs(path, home=app_home)
    assert result.returncode == 0, result.stderr
    # The v2 defaults (see tests/advisor/test_costs_v2.py): serverless $223,424, GPUs $275,120.
    assert ("Fine-tuned model hosted on a serverless LoRA service (the cheaper of the two): "
            "serverless $223,424, rented GPUs $275,120 over 24 months.") in result.stdout


def test_summary_and_costs_give_the_same_totals(tmp_path, app_home):
    path = tmp_path / "v2.fta.json"
    path.write_text(json.dumps({"format": "fine-tune-advisor/assessment", "version": 2,
                                "answers": {"labeled_examples": 800, "knowledge_changes": "weekly"},
                                "costs": {"horizon_months": 12}}), encoding="utf-8")
    costs = json.loads(run_costs(path, "--format", "json", home=app_home).stdout)
    env = {**os.environ, "FTA_HOME": str(app_home)}
    summary = subprocess.run([sys.executable, str(ROOT / "main.py"), "summary", str(path), "--format", "json"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert summary.returncode == 0, summary.stderr
    headline = json.loads(summary.stdout)["costs"]
    assert headline["api_total_usd"] == costs["api"]["total"]
    assert headline["fine_tune_total_usd"] == costs["fine_tune"]["total"]
    assert costs["inputs"]["retrains_per_year"] == 52  # the answers' figure, in both


def test_a_typed_input_the_answers_contradict_is_projected_and_named(tmp_path, app_home):
    # Bad input (issue 27): the file's 2,000 stays, and the command says the answers imply 0.
    path = write_assessment(tmp_path, {"examples_to_label": 2000},
                            answers={"labeled_examples": 5000, "retrain_commitment": True})
    before = path.read_bytes()
    result = run_costs(path, "--format", "json", home=app_home)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["fine_tune"]["upfront"] == 2000 + 5 * 40 * 3.0
    assert "note: Examples to label: your figure 2,000 is used; your answers imply 0" in result.stderr
    assert "Traceback" not in result.stderr and path.read_bytes() == before
