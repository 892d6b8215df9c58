"""A version 1 file opens as version 2 in memory, as CONTRACT section 7 says, and only a save
rewrites it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from advisor.document.assessment import load_assessment, save_assessment
from advisor.costs.inputs import effective_costs
from advisor.costs.projection import project
from advisor.document.migrations import CURRENT_VERSION
from advisor.costs.pricing import shipped_price_table

ROOT = Path(__file__).resolve().parents[2]
# The counts are the cases' tallies: a run's counts must match its cases (issue 28 #7).
RUN = {"model": "claude-haiku-4-5", "passed": 2, "failed": 1, "errors": 0, "cost_usd": 0.01,
       "cases": [{"name": "refund", "passed": True, "output": "billing"},
                 {"name": "invoice", "passed": True, "output": "billing"},
                 {"name": "login", "passed": False, "output": "billing"}]}


def _write(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "old.fta.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _v1(**sections) -> dict:
    return {"format": "fine-tune-advisor/assessment", "version": 1, "title": "Old", **sections}


def test_v1_costs_become_v2_with_the_same_meaning(tmp_path):
    path = _write(tmp_path, _v1(costs={"gpu_tokens_per_second": 1200, "monthly_requests": 5000}))
    costs = load_assessment(path).costs
    assert costs["gpu_prefill_tokens_per_second"] == costs["gpu_decode_tokens_per_second"] == 1200
    assert "gpu_tokens_per_second" not in costs
    assert costs["model"] == "claude-sonnet-4-5" and costs["ml_fte"] == 1.0  # the v1 defaults
    assert (costs["api_fte"], costs["retrain_extra_usd"], costs["ft_hosting"]) == (0, 0, "dedicated")
    # The neutral values that are v2's defaults anyway are left to the defaults: same meaning.
    values = effective_costs(costs)
    assert (values["cache_write_share"], values["retrieval_setup_usd"], values["retrieval_monthly_usd"]) == (0, 0, 0)
    assert not {"cache_write_share", "retrieval_setup_usd", "retrieval_monthly_usd"} & set(costs)
    assert costs["monthly_requests"] == 5000


def test_v1_values_the_user_set_are_kept(tmp_path):
    path = _write(tmp_path, _v1(costs={"model": "claude-opus-4-5", "ml_fte": 2.5}))
    costs = load_assessment(path).costs
    assert costs["model"] == "claude-opus-4-5" and costs["ml_fte"] == 2.5
    assert costs["gpu_prefill_tokens_per_second"] == 2500  # v1's default throughput
    assert effective_costs(costs)["gpu_decode_tokens_per_second"] == 2500


def test_a_v1_file_without_costs_projects_with_the_v1_assumptions(tmp_path):
    assessment = load_assessment(_write(tmp_path, _v1()))
    p = project(assessment.costs, shipped_price_table())
    # v1 defaults: Sonnet 4.5, $900 of tokens a month, one engineer, rented GPUs.
    assert p.model == "claude-sonnet-4-5" and p.api.total == 26600 and p.hosting == "dedicated"
    assert round(p.fine_tune.total, 2) == 459120


def test_last_run_also_becomes_the_one_entry_of_runs(tmp_path):
    path = _write(tmp_path, _v1(prompt_lab={"model": "claude-haiku-4-5", "last_run": RUN}))
    lab = load_assessment(path).prompt_lab
    assert lab["runs"] == [RUN] and lab["last_run"] == RUN
    assert lab["runs"][0] is not lab["last_run"]  # a copy: editing one never edits the other


def test_the_file_on_disk_is_untouched_until_saved_then_written_as_v2(tmp_path):
    path = _write(tmp_path, _v1(costs={"gpu_tokens_per_second": 1200}))
    before = path.read_bytes()
    assessment = load_assessment(path)
    assert assessment.migrated_from == 1
    assert path.read_bytes() == before
    save_assessment(assessment)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == CURRENT_VERSION == 2
    assert saved["costs"]["gpu_decode_tokens_per_second"] == 1200
    assert "gpu_tokens_per_second" not in saved["costs"]
    assert assessment.migrated_from is None
    assert load_assessment(path).migrated_from is None


def test_a_v2_file_is_not_migrated(tmp_path):
    doc = {"format": "fine-tune-advisor/assessment", "version": 2, "costs": {"monthly_requests": 10}}
    assessment = load_assessment(_write(tmp_path, doc))
    assert assessment.migrated_from is None and assessment.costs == {"monthly_requests": 10}
    assert project(assessment.costs, shipped_price_table()).model == "claude-sonnet-5-5"


def test_the_command_line_never_rewrites_a_v1_file(tmp_path):
    path = _write(tmp_path, _v1(costs={"gpu_tokens_per_second": 1200}))
    before = path.read_bytes()
    for command in (["costs", str(path), "--format", "json"], ["validate", str(path)],
                    ["summary", str(path), "--format", "json"]):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *command],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
    assert path.read_bytes() == before
    assert not (tmp_path / "old.fta.json.bak").exists()
