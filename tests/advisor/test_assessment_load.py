"""Every bad file gets a clear message naming the file and the problem, and nothing changes."""
from __future__ import annotations

import json

import pytest

from advisor.document.assessment import MAX_FILE_BYTES, load_assessment
from advisor.core.errors import FileProblem
from advisor.document.migrations import V1_COST_DEFAULTS, V1_NEUTRAL_COSTS
from tests.helpers import write_assessment

HEADER = '{"format": "fine-tune-advisor/assessment", "version": 1'


def refused(path) -> str:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(FileProblem) as caught:
        load_assessment(path)
    message = str(caught.value)
    assert str(path) in message
    assert "Traceback" not in message and len(message.splitlines()) <= 2
    if before is not None:
        assert path.read_bytes() == before, "loading must never change the file"
    return message


@pytest.mark.parametrize("content, expected", [
    (b"", "is empty"),
    (b"   \n", "is empty"),
    (HEADER.encode() + b', "answers": {"gaps": ["kno', "truncated"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "not a text file"),
    (b"\x00\x01\x02hello", "binary"),
    (b"[1, 2, 3]", "holds a list, not a JSON object"),
    (b'"just text"', "holds a string"),
    (b'{"format": "something-else", "version": 1}', "not a Fine-Tune Advisor assessment"),
    (b'{"version": 1}', "has no \"format\" key"),
    (b'{"format": "fine-tune-advisor/assessment"}', "version missing"),
    (b'{"format": "fine-tune-advisor/assessment", "version": "1"}', "must be a whole number"),
    (b'{"format": "fine-tune-advisor/assessment", "version": 1.5}', "must be a whole number"),
    (b'{"format": "fine-tune-advisor/assessment", "version": true}', "must be a whole number"),
    (b'{"format": "fine-tune-advisor/assessment", "version": 0}', "versions start at 1"),
    (b'{"format": "fine-tune-advisor/assessment", "version": 7}', "newer Fine-Tune Advisor"),
    (HEADER.encode() + b', "answers": {"labeled_examples": NaN}}', "NaN"),
    (HEADER.encode() + b', "costs": {"monthly_requests": Infinity}}', "Infinity"),
    (HEADER.encode() + b', "costs": {"monthly_requests": -Infinity}}', "-Infinity"),
])
def test_bad_content_is_refused_with_a_clear_message(tmp_path, content, expected):
    path = tmp_path / "bad.fta.json"
    path.write_bytes(content)
    assert expected in refused(path)


@pytest.mark.parametrize("section, expected", [
    ({"answers": {"prompting_tried": "maybe"}}, "answers.prompting_tried is 'maybe'; it must be one of not_tried, meets_bar"),
    ({"answers": {"gaps": "knowledge"}}, "answers.gaps is 'knowledge'; it must be a list of any of knowledge"),
    ({"answers": {"gaps": ["knowledge", "vibes"]}}, "answers.gaps"),
    ({"answers": {"labeled_examples": -5}}, "answers.labeled_examples is -5; it must be a whole number of at least 0"),
    ({"answers": {"labeled_examples": 12.5}}, "must be a whole number"),
    ({"answers": {"context_fits": "yes"}}, "answers.context_fits is 'yes'; it must be true or false"),
    ({"answers": {"latency_p95_ms": 0}}, "answers.latency_p95_ms is 0; it must be a number above 0"),
    ({"answers": {"training_budget_usd": True}}, "answers.training_budget_usd is true"),
    ({"answers": ["prompting_tried"]}, "answers is a list; it must be an object"),
    ({"costs": {"cache_hit_share": 1.5}}, "costs.cache_hit_share is 1.5; it must be a number at least 0 and at most 1"),
    ({"costs": {"examples_to_label": -1}}, "costs.examples_to_label is -1"),
    ({"costs": {"horizon_months": 500}}, "at most 120"),
    ({"costs": {"model": "gpt-imaginary"}}, "costs.model is 'gpt-imaginary'; it is not in the price table"),
    ({"title": 42}, "title is a number; it must be text"),
    ({"notes": ["a"]}, "notes is a list; it must be text"),
    ({"created": "yesterday"}, "created is 'yesterday'; it must be a date and time"),
    ({"prompt_lab": {"tests": [{"name": "t", "expect": [{"type": "smells_like"}]}]}},
     "prompt_lab.tests[0].expect[0].type is 'smells_like'"),
])
def test_invalid_values_name_the_key_and_what_is_allowed(tmp_path, section, expected):
    path = write_assessment(tmp_path / "bad.fta.json", **section)
    assert expected in refused(path)


def test_several_problems_are_counted(tmp_path):
    path = write_assessment(tmp_path / "bad.fta.json", answers={"ml_team": "huge", "labeled_examples": -1})
    assert "(and 1 more problem; run 'validate' to list them)" in refused(path)


def test_absurdly_deep_nesting_is_refused(tmp_path):
    path = tmp_path / "deep.fta.json"
    path.write_text(HEADER + ', "extra": ' + "[" * 5000 + "]" * 5000 + "}")
    assert "nested" in refused(path)


def test_moderately_deep_unknown_key_is_refused_without_crashing(tmp_path):
    path = tmp_path / "deep.fta.json"
    path.write_text(HEADER + ', "extra": ' + "[" * 100 + "]" * 100 + "}")
    assert "nested more than" in refused(path)


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "folder.fta.json"
    folder.mkdir()
    assert "is a folder" in refused(folder)


def test_a_missing_file_is_refused(tmp_path):
    assert "does not exist" in refused(tmp_path / "nowhere.fta.json")


def test_an_unreadable_file_is_refused(tmp_path, monkeypatch):
    """CI runs as root, which ignores file modes, so the operating system's refusal is simulated."""
    path = write_assessment(tmp_path / "locked.fta.json")
    import os

    original = os.open

    def denied(name, *args, **kwargs):  # the loader opens with os.open (non-blocking, fstat-checked)
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied")
        return original(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(FileProblem, match="permission denied"):
        load_assessment(path)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.fta.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no real disk used
    assert "far larger than any assessment" in refused(path)


def test_unknown_keys_are_kept_and_reported(tmp_path):
    path = write_assessment(tmp_path / "extra.fta.json", answers={"favourite_colour": "blue"},
                            costs={"coffee_usd": 3}, plugin_data={"x": [1, 2]})
    assessment = load_assessment(path)
    assert assessment.answers["favourite_colour"] == "blue"
    assert assessment.extra == {"plugin_data": {"x": [1, 2]}}
    warnings = " | ".join(assessment.warnings)
    assert "unknown top-level key 'plugin_data'" in warnings
    assert "unknown answer 'favourite_colour'" in warnings
    assert "unknown cost input 'coffee_usd'" in warnings


def test_a_half_finished_assessment_loads(tmp_path):
    path = write_assessment(tmp_path / "half.fta.json", title="Triage", answers={"prompting_tried": "falls_short"})
    assessment = load_assessment(path)
    assert assessment.title == "Triage"
    assert assessment.answers == {"prompting_tried": "falls_short"}
    # A version 1 file: its missing costs meant v1's defaults, which it now says (CONTRACT section 7).
    assert assessment.costs == {"model": "claude-sonnet-4-5", "ml_fte": 1.0, "api_fte": 0,
                                "retrain_extra_usd": 0, "ft_hosting": "dedicated",
                                "gpu_prefill_tokens_per_second": 2500}
    assert V1_COST_DEFAULTS.items() <= assessment.costs.items()
    assert V1_NEUTRAL_COSTS["ft_hosting"] == assessment.costs["ft_hosting"]


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.fta.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"format": "fine-tune-advisor/assessment", "version": 1,
                                                  "title": "Ünïcode ✓"}).encode())
    assert load_assessment(path).title == "Ünïcode ✓"


@pytest.mark.parametrize("lab, expected", [
    ({"last_run": {"cases": "abc"}}, "prompt_lab.last_run.cases must be a list"),
    ({"last_run": {"cases": [1]}}, "prompt_lab.last_run.cases[0] must be an object"),
    ({"last_run": {"cases": [{"input_tokens": "12"}]}}, "prompt_lab.last_run.cases[0].input_tokens must be"),
    ({"last_run": {"cost_usd": "a"}}, "prompt_lab.last_run.cost_usd must be a number of 0 or more, or null"),
    ({"last_run": {"passed": -1}}, "prompt_lab.last_run.passed must be a whole number"),
    ({"batch": {"id": "x", "requests": "many"}}, "prompt_lab.batch.requests must be a whole number"),
    ({"batch": {"cases": [{"expect": "billing"}]}}, "prompt_lab.batch.cases[0].expect must be a list"),
    ({"batch": {"models": "claude-haiku-4-5"}}, "prompt_lab.batch.models must be a list of model ids"),
])
def test_a_saved_run_of_the_wrong_shape_is_refused_by_name(tmp_path, lab, expected):
    path = write_assessment(tmp_path / "run.fta.json", prompt_lab=lab)
    assert expected in refused(path)


def test_a_real_saved_run_is_accepted(tmp_path):
    run = {"model": "claude-haiku-4-5", "run_at": "2026-11-28T20:00:00Z", "passed": 1, "failed": 0,
           "errors": 0, "cost_usd": 0.0001, "repeat": 1,
           "cases": [{"name": "refund", "passed": True, "output": "billing", "error": None, "reason": None,
                      "input_tokens": 40, "output_tokens": 2, "latency_ms": 120.5, "pass_rate": 1.0,
                      "runs": 1, "cost_usd": None}]}
    path = write_assessment(tmp_path / "run.fta.json", prompt_lab={"last_run": run})
    assert load_assessment(path).prompt_lab["last_run"] == run
