"""``main.py summary FILE`` as a user (or their script) runs it."""
from __future__ import annotations

import json
import re

import pytest

from advisor.cli import main as cli
from tests.helpers import run_cli, write_assessment

ANSWERS = {"deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["domain_language"],
           "data_public": "proprietary_niche", "labeled_examples": 5000, "knowledge_changes": "static",
           "context_fits": True, "ml_team": "some", "training_budget_usd": 50000, "retrain_commitment": True}


@pytest.fixture
def assessment(tmp_path):
    return write_assessment(tmp_path / "triage.fta.json", title="Ticket <b>triage</b>", answers=ANSWERS,
                            costs={"monthly_requests": 200000}, notes="Checked <script>x</script>")


def test_json_has_the_contract_keys(assessment):
    result = run_cli("summary", str(assessment), "--format", "json")
    assert (result.returncode, result.stderr) == (0, "")
    summary = json.loads(result.stdout)
    for key in ("verdict", "title", "confidence", "rationale", "missing", "counterfactuals", "costs",
                "prompt_evidence", "warnings"):
        assert key in summary
    assert summary["verdict"] == "prompt_engineering"
    assert summary["title"] == "Ticket <b>triage</b>"
    assert {"changes": {"ml_team": "dedicated"}, "verdict": "fine_tune"} in [
        {k: c[k] for k in ("changes", "verdict")} for c in summary["counterfactuals"]]
    assert set(summary["costs"]) >= {"api_total_usd", "fine_tune_total_usd", "break_even_month", "horizon_months"}


def test_text_is_the_default(assessment):
    result = run_cli("summary", str(assessment))
    assert result.returncode == 0
    assert result.stdout.startswith("Ticket <b>triage</b>\n")
    assert "Recommendation: Use Claude with prompt engineering" in result.stdout
    assert "If your ML team were dedicated, the advice would be: fine-tune" in result.stdout


def test_markdown_escapes_what_the_user_typed(assessment):
    result = run_cli("summary", str(assessment), "--format", "markdown")
    assert result.returncode == 0
    assert result.stdout.startswith("# Ticket &lt;b&gt;triage&lt;/b&gt;\n")
    assert "<script>" not in result.stdout


def test_a_half_finished_assessment_still_gets_a_provisional_summary(tmp_path):
    path = write_assessment(tmp_path / "new.fta.json")
    result = run_cli("summary", str(path), "--format", "json")
    assert result.returncode == 0
    summary = json.loads(result.stdout)
    assert summary["provisional"] is True and summary["confidence"] == "medium"  # drop (a) counts once (CONTRACT v2)
    assert "prompting_tried" in summary["missing"]


def test_the_summary_command_loads_no_qt_chart_or_sdk_library(assessment):
    # PYTHONPROFILEIMPORTTIME is ``python -X importtime``: every module imported, on stderr
    result = run_cli("summary", str(assessment), "--format", "json", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:")}
    assert "advisor.report.summary" in imported  # the check saw the imports
    heavy = sorted(m for m in imported if m.split(".")[0] in ("PySide6", "shiboken6", "matplotlib", "anthropic"))
    assert heavy == []


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "something-else", "version": 1}'])
def test_an_unusable_file_is_a_plain_error_and_exit_3(tmp_path, content):
    path = tmp_path / "bad.fta.json"
    path.write_bytes(content)
    result = run_cli("summary", str(path))
    assert result.returncode == 3
    assert result.stdout == ""
    assert str(path) in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2
    assert path.read_bytes() == content


def test_an_invalid_answer_is_exit_3_naming_it(tmp_path):
    path = write_assessment(tmp_path / "bad.fta.json", answers={"ml_team": "huge"})
    result = run_cli("summary", str(path))
    assert result.returncode == 3
    assert "ml_team" in result.stderr and "Traceback" not in result.stderr


def test_a_missing_file_exits_3(tmp_path):
    result = run_cli("summary", str(tmp_path / "nope.fta.json"))
    assert result.returncode == 3 and "does not exist" in result.stderr


@pytest.mark.parametrize("args", [["summary"], ["summary", "x.fta.json", "--format", "pdf"],
                                  ["summary", "a", "b"]])
def test_wrong_usage_exits_2(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_pdf_without_the_apps_qt_part_is_a_usage_error(assessment, capsys):
    status = cli.main(["summary", str(assessment), "--pdf", str(assessment.with_name("out.pdf"))])
    assert status == 2
    assert "PDF output needs the app's Qt part" in capsys.readouterr().err
    assert not assessment.with_name("out.pdf").exists()


def test_pdf_goes_through_the_writer_the_composition_root_passes(assessment, capsys):
    written = {}
    out = assessment.with_name("brief.pdf")
    assert cli.main(["summary", str(assessment), "--pdf", str(out)],
                    pdf_writer=lambda html, out: written.update(html=html, out=out)) == 0
    assert written["out"] == out
    assert "Use Claude with prompt engineering" in written["html"]
    assert "&lt;b&gt;triage&lt;/b&gt;" in written["html"] and "<script>" not in written["html"]
    assert capsys.readouterr().out == f"Wrote the summary to {out}\n"


def test_pdf_with_a_name_that_is_not_pdf_is_refused(assessment):
    assert cli.main(["summary", str(assessment), "--pdf", str(assessment.with_name("brief.txt"))],
                    pdf_writer=lambda html, out: None) == 2


def test_main_py_writes_a_real_pdf(assessment):
    out = assessment.with_name("brief.pdf")
    result = run_cli("summary", str(assessment), "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert re.search(r"Wrote the summary to .*brief\.pdf", result.stdout)


def test_a_typed_input_the_answers_contradict_is_kept_and_the_summary_says_so(tmp_path):
    # Bad input (issue 27): 5,000 labels held imply nothing left to label; the file says 2,000.
    path = write_assessment(tmp_path / "held.fta.json", answers=ANSWERS, costs={"examples_to_label": 2000})
    before = path.read_bytes()
    text = run_cli("summary", str(path))
    assert text.returncode == 0 and "Traceback" not in text.stderr
    said = "Examples to label: your figure 2,000 is used; your answers imply 0"
    assert said in " ".join(text.stdout.split())
    summary = json.loads(run_cli("summary", str(path), "--format", "json").stdout)
    assert summary["costs"]["fine_tune_upfront_usd"] == 2000 + 5 * 40 * 3.0
    [derivation] = [d for d in summary["derivations"] if d["input"] == "examples_to_label"]
    assert derivation["used"] is False and derivation["typed"] == 2000
    assert path.read_bytes() == before
