"""Issue 28 #2 and #3: a hostile reply or schema is one test's error with a reason; the run goes on.

Every regular expression a JSON Schema runs (``pattern``, ``patternProperties``, the
``additionalProperties`` they imply) has the same time limit as the ``regex`` expectation; a reply
nested 5,000 deep or a schema whose ``$ref`` loops is an error for its test, and the other tests
pass and are saved. ``validate`` refuses a schema that never resolves.
"""
from __future__ import annotations

import json

import pytest

from advisor.cli import main as cli
from advisor.lab import expectations
from tests.helpers import write_assessment

SIXTY_AS = "a" * 60 + "!"
PLAIN = {"name": "plain", "vars": {"input": "plain"}, "expect": [{"type": "contains", "value": "ok"}]}


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def lab(tmp_path, hostile_expect, **extra):
    tests = [{"name": "hostile", "vars": {"input": "hostile"}, "expect": [hostile_expect]}, PLAIN]
    return write_assessment(tmp_path / "lab.fta.json", prompt_lab={
        "model": "claude-haiku-4-5", "max_tokens": 64, "tests": tests, **extra})


def replies(api_env, hostile_reply: str) -> None:
    api_env.reply = lambda body: hostile_reply if "hostile" in json.dumps(body["messages"]) else "ok"


SCHEMAS = {
    "pattern": ({"type": "object", "properties": {"name": {"pattern": "^(a|aa)+$"}}},
                json.dumps({"name": SIXTY_AS})),
    "patternProperties": ({"type": "object", "patternProperties": {"^(a|aa)+$": {"type": "string"}}},
                          json.dumps({SIXTY_AS: "x"})),
    "additionalProperties": ({"type": "object", "patternProperties": {"^(a|aa)+$": {}},
                              "additionalProperties": False}, json.dumps({SIXTY_AS: 1})),
}


@pytest.mark.timeout(60)  # before the fix this never ended
@pytest.mark.parametrize("keyword", sorted(SCHEMAS))
def test_a_catastrophic_pattern_in_a_schema_is_its_tests_error_and_the_run_is_saved(
        keyword, capsys, tmp_path, api_env):
    schema, reply = SCHEMAS[keyword]
    replies(api_env, reply)
    path = lab(tmp_path, {"type": "json_schema", "value": schema})
    code, out, err = run(capsys, "eval", str(path), "--save", "--format", "json")
    cases = {case["name"]: case for case in json.loads(out)["cases"]}
    assert "took longer than" in cases["hostile"]["error"] and "simplify" in cases["hostile"]["error"]
    assert cases["plain"]["passed"] is True
    saved = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["last_run"]
    assert [c["passed"] for c in saved["cases"]] == [False, True]


NESTED = "[" * 5000 + "]" * 5000


@pytest.mark.parametrize("expect", [{"type": "is_json"}, {"type": "json_schema", "value": {"type": "array"}}],
                         ids=["is_json", "json_schema"])
def test_a_reply_nested_5000_deep_is_its_tests_error_and_the_others_are_saved(expect, capsys, tmp_path, api_env):
    replies(api_env, NESTED)
    path = lab(tmp_path, expect)
    code, out, err = run(capsys, "eval", str(path), "--save", "--format", "json")
    assert "Traceback" not in err
    cases = {case["name"]: case for case in json.loads(out)["cases"]}
    assert "nested too deeply" in cases["hostile"]["error"]
    assert cases["plain"]["passed"] is True
    saved = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["last_run"]
    assert saved["passed"] == 1 and saved["errors"] == 1


LOOPS = {
    "itself": {"$ref": "#"},
    "each other": {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"},
}


@pytest.mark.parametrize("name", sorted(LOOPS))
def test_validate_refuses_a_schema_whose_ref_never_resolves(name, capsys, tmp_path):
    path = lab(tmp_path, {"type": "json_schema", "value": LOOPS[name]})
    code, out, err = run(capsys, "validate", str(path))
    assert code != 0
    assert "prompt_lab.tests[0].expect[0].value" in out + err and "$ref loop" in out + err
    assert "Traceback" not in err


def test_a_ref_loop_met_only_on_this_reply_is_its_tests_error(capsys, tmp_path, api_env):
    """A loop reached through a property only: validate cannot see it; eval says so for that test."""
    schema = {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}},
              "properties": {"x": {"$ref": "#/$defs/a"}}}
    assert expectations.value_problem("json_schema", schema) is None
    replies(api_env, json.dumps({"x": 1}))
    path = lab(tmp_path, {"type": "json_schema", "value": schema})
    code, out, err = run(capsys, "eval", str(path), "--save", "--format", "json")
    cases = {case["name"]: case for case in json.loads(out)["cases"]}
    assert "$ref loop" in cases["hostile"]["error"] and cases["plain"]["passed"] is True
    assert json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["last_run"]["passed"] == 1


def test_schema_patterns_still_match_as_before():
    schema = {"type": "object", "properties": {"id": {"pattern": "^T-[0-9]+$"}},
              "patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": False}
    assert expectations.check({"type": "json_schema", "value": schema}, '{"id": "T-12", "x-a": "b"}').passed
    failed = expectations.check({"type": "json_schema", "value": schema}, '{"id": "T-12", "y": 1}')
    assert not failed.passed and "'y' does not match any of the regexes: '^x-'" in failed.reason
    closed = {"type": "object", "properties": {"id": {}}, "additionalProperties": False}
    assert "('y' was unexpected)" in expectations.check({"type": "json_schema", "value": closed},
                                                        '{"y": 1}').reason
    assert not expectations.check({"type": "json_schema", "value": schema}, '{"id": "X"}').passed


@pytest.mark.parametrize("ref", ["http://127.0.0.1:9/schema.json", "file:///etc/passwd"])
def test_a_schema_ref_to_another_address_is_refused_never_fetched(ref, capsys, tmp_path):
    """jsonschema's default fetches such a $ref with no time limit; here it is a problem to fix."""
    problem = expectations.value_problem("json_schema", {"$ref": ref})
    assert problem is not None and ref in problem
    path = lab(tmp_path, {"type": "json_schema", "value": {"$ref": ref}})
    code, out, err = run(capsys, "validate", str(path))
    assert code == 3 and "prompt_lab.tests[0].expect[0].value" in out + err
