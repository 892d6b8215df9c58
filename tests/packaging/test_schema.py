"""docs/assessment.schema.json: current with the app's declarations, a valid draft 2020-12 schema,
and in agreement with ``validate`` (checked by an independent validator, jsonschema) on the shipped
example, every test fixture file and files made up by hypothesis, good and bad."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from advisor.document.assessment import FORMAT, check_header, inspect_file
from advisor.costs.inputs import COST_INPUTS
from advisor.core.errors import FileProblem
from advisor.document.migrations import CURRENT_VERSION, migrate
from advisor.costs.pricing import load_price_table
from advisor.decision.questions import default_bank
from advisor.lab.expectations import EXPECTATIONS
from advisor.document.validation import validate_document
from tests.helpers import ROOT
from tests.strategies import answers

SCHEMA_FILE = ROOT / "docs" / "assessment.schema.json"
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)
MODELS = load_price_table().model_ids()
FIXTURES = sorted(ROOT.glob("tests/**/*.fta.json")) + [ROOT / "resources" / "example.fta.json"]


def app_accepts(doc: Any) -> bool:
    """What `validate` decides, without the file: the header, the migration, every check."""
    try:
        doc = migrate(doc, check_header(Path("made-up.fta.json"), doc))
    except FileProblem:
        return False
    return not validate_document(doc, known_models=MODELS).errors


def schema_accepts(doc: Any) -> bool:
    return VALIDATOR.is_valid(doc)


def test_the_shipped_schema_is_generated_from_the_current_declarations():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_schema.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_schema_is_a_valid_draft_2020_12_schema():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)


def test_the_shipped_example_and_the_good_fixtures_pass_both():
    for path in [ROOT / "resources" / "example.fta.json", *ROOT.glob("tests/fixtures/assessments/good/*.json")]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert schema_accepts(doc), (path.name, [e.message for e in VALIDATOR.iter_errors(doc)])
        assert app_accepts(doc), path.name


def test_the_bad_fixtures_fail_both():
    bad = sorted(ROOT.glob("tests/fixtures/assessments/bad/*.json"))
    assert len(bad) >= 10
    for path in bad:
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert not schema_accepts(doc), path.name
        assert not app_accepts(doc), path.name


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT)))
def test_validate_and_the_schema_agree_on_every_fixture_file(path):
    try:
        doc, findings = inspect_file(path, MODELS)
        app_ok = not findings.errors
    except FileProblem:
        app_ok = False
    try:
        schema_ok = schema_accepts(json.loads(path.read_text(encoding="utf-8")))
    except ValueError:  # not JSON at all: no schema can judge it, and validate refuses it
        schema_ok = False
    assert app_ok == schema_ok


def test_the_command_and_the_schema_agree_on_a_bad_and_a_good_file():
    for path, status in [(ROOT / "tests/fixtures/assessments/bad/horizon-too-long.fta.json", 3),
                         (ROOT / "tests/fixtures/assessments/good/half-finished.fta.json", 0)]:
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "validate", str(path)], capture_output=True)
        assert result.returncode == status
        assert schema_accepts(json.loads(path.read_bytes())) == (status == 0)


# --- files made up by hypothesis ------------------------------------------------------------------

def _cost_value(cost) -> st.SearchStrategy[Any]:
    if cost.type == "model":
        return st.sampled_from(sorted(MODELS))
    if cost.type == "choice":
        return st.sampled_from(list(cost.choices))
    low = cost.minimum if cost.minimum is not None else -1e6
    high = cost.maximum if cost.maximum is not None else 1e9
    if cost.type == "integer":
        return st.integers(min_value=int(low) + (1 if cost.min_exclusive else 0), max_value=int(high))
    return st.floats(min_value=low, max_value=high, exclude_min=cost.min_exclusive, allow_nan=False)


def _shares_fit(costs: dict[str, Any]) -> bool:
    """Cache hits plus cache writes cannot pass 1: a rule across two keys, which only validate checks."""
    return costs.get("cache_hit_share", 0) + costs.get("cache_write_share", 0) <= 1


TEXT = st.text(max_size=30)
TEXT_VALUED = [k for k, e in EXPECTATIONS.items() if e.needs_value and e.value_kind == "text" and not e.value_problem]
EXPECTATION = st.one_of(
    st.builds(lambda t, v: {"type": t, "value": v}, st.sampled_from(TEXT_VALUED), TEXT),
    st.sampled_from([{"type": k} for k, e in EXPECTATIONS.items() if not e.needs_value]),
    st.builds(lambda v: {"type": "regex", "value": v}, st.sampled_from(["^a", "b+", "[0-9]{2}"])),
    st.builds(lambda v: {"type": "json_schema", "value": v},
              st.sampled_from([{"type": "object"}, {"type": "array", "items": {"type": "string"}}])),
)
TEST_CASE = st.fixed_dictionaries({}, optional={
    "name": TEXT, "vars": st.dictionaries(st.from_regex(r"[a-z]{1,8}", fullmatch=True), TEXT, max_size=3),
    "expect": st.lists(EXPECTATION, max_size=3)})
PROMPT_LAB = st.fixed_dictionaries({}, optional={
    "model": st.sampled_from(sorted(MODELS)), "system": TEXT, "template": TEXT,
    "examples": st.lists(st.fixed_dictionaries({"input": TEXT, "output": TEXT}), max_size=2),
    "max_tokens": st.integers(1, 4096), "temperature": st.floats(0, 1), "top_p": st.floats(0, 1),
    "top_k": st.integers(1, 500), "grader_model": st.sampled_from(sorted(MODELS)),
    "tests": st.lists(TEST_CASE, max_size=3)})
KNOWN_TOP = set(SCHEMA["properties"])
GOOD_DOCUMENTS = st.builds(
    lambda base, extra: {**extra, **base},
    st.fixed_dictionaries(
        {"format": st.just(FORMAT), "version": st.integers(1, CURRENT_VERSION)},
        optional={"title": TEXT, "notes": TEXT, "created": st.just("2026-11-28T20:00:00Z"),
                  "answers": answers(),
                  "costs": st.fixed_dictionaries({}, optional={c.id: _cost_value(c) for c in COST_INPUTS})
                  .filter(_shares_fit),
                  "prompt_lab": PROMPT_LAB}),
    st.dictionaries(st.text(min_size=1, max_size=10).filter(lambda k: k not in KNOWN_TOP),
                    st.one_of(st.none(), st.integers(), TEXT), max_size=2),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GOOD_DOCUMENTS)
def test_made_up_good_files_pass_both(doc):
    assert app_accepts(doc)
    assert schema_accepts(doc), [e.message for e in VALIDATOR.iter_errors(doc)]


def _spoil(doc: dict[str, Any], how: str, data: st.DataObject) -> dict[str, Any]:
    """One thing wrong with an otherwise good file, as a user or a script might get it wrong."""
    doc = json.loads(json.dumps(doc))
    bank = default_bank()
    if how == "answer":
        question = data.draw(st.sampled_from(bank.questions))
        wrong = {"choice": 7, "multi": "knowledge", "boolean": "yes", "integer": -1, "number": -1}[question.type]
        if question.type in ("integer", "number") and question.minimum is None:
            wrong = "many"
        doc.setdefault("answers", {})[question.id] = wrong
    elif how == "cost":
        cost = data.draw(st.sampled_from([c for c in COST_INPUTS if c.type != "model"]))
        if cost.type == "choice":
            value: Any = "neither"
        elif cost.minimum is not None:
            value = cost.minimum - 1
        else:
            value = "lots"
        doc.setdefault("costs", {})[cost.id] = value
    elif how == "text":
        doc[data.draw(st.sampled_from(["title", "notes"]))] = data.draw(st.one_of(st.integers(), st.booleans()))
    elif how == "header":
        doc[data.draw(st.sampled_from(["format", "version"]))] = data.draw(
            st.sampled_from(["fine-tune-advisor/other", CURRENT_VERSION + 1, 0, "2", None]))
    elif how == "expectation":
        doc.setdefault("prompt_lab", {})["tests"] = [{"name": "t", "expect": [{"type": data.draw(
            st.text(min_size=1, max_size=12).filter(lambda t: t not in EXPECTATIONS)), "value": "x"}]}]
    return doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GOOD_DOCUMENTS, st.sampled_from(["answer", "cost", "text", "header", "expectation"]), st.data())
def test_made_up_bad_files_fail_both(doc, how, data):
    bad = _spoil(doc, how, data)
    assert not app_accepts(bad)
    assert not schema_accepts(bad)
