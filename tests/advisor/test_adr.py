"""``summary --format adr`` (issue 24, contract section 8): the recommendation as a MADR 4.0 decision
record, with the five paths as options, each with its evidence and its projected cost."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from advisor.document.assessment import load_assessment
from advisor.report.adr import render_adr
from advisor.report.summary import build_summary
from tests.helpers import ROOT, run_cli

CASES = sorted((ROOT / "tests" / "fixtures" / "cases").glob("*.fta.json"))


def _sections(record: str) -> list[str]:
    return re.findall(r"^## (.+)$", record, re.M)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_case_gives_a_record_in_the_madr_layout_naming_the_verdict(path):
    summary = build_summary(load_assessment(path))
    record = render_adr(summary)
    front, body = record.split("---\n", 2)[1:]
    assert re.search(r"^status: \"proposed\"$", front, re.M) and re.search(r"^date: \d{4}-\d\d-\d\d$", front, re.M)
    assert _sections(body) == ["Context and Problem Statement", "Considered Options", "Decision Outcome",
                               "Pros and Cons of the Options", "More Information"]
    options = re.findall(r"^### (.+)$", body.split("## Pros and Cons of the Options")[1], re.M)
    assert options == summary["verdict_titles"]  # the five paths, each with its pros and cons
    assert f'Chosen option: "{summary["verdict_title"]}", because ' in body
    assert f"Confidence: {summary['confidence']}." in body


def test_the_costs_in_the_record_are_the_summarys_own_figures():
    path = next(p for p in CASES if p.name == "legal_research_firm.fta.json")
    summary = build_summary(load_assessment(path))
    record = render_adr(summary)
    api, fine_tune = summary["costs"]["api_total_usd"], summary["costs"]["fine_tune_total_usd"]
    months = summary["costs"]["horizon_months"]
    assert f"Projected: ${api:,.0f} over {months} months on the Claude API path" in record
    assert f"Projected: ${fine_tune:,.0f} over {months} months on the fine-tuning path" in record
    self_host = record.split("### Run an open-weights model on your own infrastructure")[1].split("###")[0]
    assert "Projected" not in self_host  # a path the projection does not price is not given a figure


def test_measured_evidence_appears_under_its_option(tmp_path):
    lab = {"model": "claude-haiku-5-5", "runs": [
        {"model": "claude-haiku-5-5", "passed": 10, "failed": 20, "errors": 0, "cost_usd": 0.01},
        {"model": "claude-haiku-5-5", "context": "retrieve", "passed": 28, "failed": 2, "errors": 0,
         "cost_usd": 0.02}]}
    doc = {"format": "fine-tune-advisor/assessment", "version": 2, "title": "Help centre",
           "answers": {"prompting_tried": "falls_short", "gaps": ["knowledge"], "knowledge_changes": "weekly",
                       "quality_bar_pct": 85}, "prompt_lab": lab}
    path = tmp_path / "h.fta.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    record = render_adr(build_summary(load_assessment(path)))
    rag = record.split("### Use Claude with retrieval over your documents")[1].split("###")[0]
    assert "Measured: retrieval measured in the prompt lab, retrieve: 93.3 % of 30 cases passed" in rag
    prompting = record.split("### Use Claude with prompt engineering")[1].split("###")[0]
    assert "Measured: prompting alone, 33.3 % of 30 cases passed" in prompting


def test_text_from_the_file_cannot_break_the_record_or_its_front_matter(tmp_path):
    doc = {"format": "fine-tune-advisor/assessment", "version": 2,
           "title": "---\nstatus: accepted\n# <script>x</script> [link](javascript:1)"}
    path = tmp_path / "h.fta.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    record = render_adr(build_summary(load_assessment(path)))
    front = record.split("---\n")[1]
    assert "accepted" not in front and record.count("\n---\n") == 1
    assert "<script>" not in record
    assert not re.search(r"(?<!\\)\]\(javascript", record)  # the brackets are escaped: no link


def test_the_command_prints_it(tmp_path):
    path = CASES[0]
    result = run_cli("summary", str(path), "--format", "adr")
    assert result.returncode == 0, result.stderr
    assert result.stdout == render_adr(build_summary(load_assessment(Path(path))))
    assert result.stdout.startswith("---\nstatus: \"proposed\"\n")
