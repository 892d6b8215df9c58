"""Importing and exporting test sets: CSV, JSONL and promptfoo, with each kind of bad row refused."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from advisor.lab import test_sets
from advisor.lab.test_sets import TestSetError


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_becomes_tests_with_variables_and_expectations(tmp_path):
    path = write(tmp_path, "set.csv", "__name,ticket,__expected,__expect_contains,__rubric\n"
                                      "refund,I want my money back,billing,,\n"
                                      ",cannot log in,,acc,Polite and names the team\n")
    found = test_sets.load(path)
    assert found.source_format == "CSV" and found.variables == ["ticket"]
    assert found.tests == [
        {"name": "refund", "vars": {"ticket": "I want my money back"},
         "expect": [{"type": "equals", "value": "billing"}]},
        {"name": "row 3", "vars": {"ticket": "cannot log in"},
         "expect": [{"type": "contains", "value": "acc"},
                    {"type": "llm_rubric", "value": "Polite and names the team"}]}]
    assert ("__rubric", "expectation: meets the rubric (graded by a model)") in found.mapping
    assert ("ticket", "variable {{ticket}}") in found.mapping


def test_expected_without_underscores_is_an_equals_too(tmp_path):
    found = test_sets.load(write(tmp_path, "set.csv", "input,expected\nhi,hello\n"))
    assert found.tests[0]["expect"] == [{"type": "equals", "value": "hello"}]


@pytest.mark.parametrize(("text", "words", "row", "column"), [
    ("ticket,__expected\na,b\nc,d,e\n", "row 3: 3 cells where the header has 2 columns", 3, "__expected"),
    ("ticket,__wat\na,b\n", "row 1, column '__wat': not a column this app knows", 1, "__wat"),
    ("ticket,ticket\na,b\n", "row 1, column 'ticket': named twice", 1, "ticket"),
    ('ticket,__expect\na,"[{""type"": ""startswith"", ""value"": ""x""}]"\n',
     "row 2, column '__expect': the type must be one of", 2, "__expect"),
    ('ticket,__expect\na,"[{""type"": ""regex"", ""value"": ""(""}]"\n',
     "row 2, column '__expect': the regex value must be a valid regular expression", 2, "__expect"),
    ("ticket,__expect\na,not json\n", "row 2, column '__expect': not JSON", 2, "__expect"),
    ("", "the CSV file is empty", None, None),
])
def test_a_bad_csv_row_is_refused_naming_row_and_column(tmp_path, text, words, row, column):
    with pytest.raises(TestSetError) as refused:
        test_sets.load(write(tmp_path, "set.csv", text))
    assert words in str(refused.value)
    assert (refused.value.row, refused.value.column) == (row, column)


def test_jsonl_takes_test_objects_or_plain_variable_objects(tmp_path):
    lines = [{"name": "refund", "vars": {"ticket": "money"}, "expect": [{"type": "icontains", "value": "billing"}]},
             {"ticket": "cannot log in"}]
    found = test_sets.load(write(tmp_path, "set.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n"))
    assert found.tests[0] == lines[0]
    assert found.tests[1] == {"name": "line 2", "vars": {"ticket": "cannot log in"}}
    assert found.variables == ["ticket"]


@pytest.mark.parametrize(("text", "words"), [
    ('{"vars": {"a": "b"}}\n{oops\n', "line 2: not JSON"),
    ('{"vars": {"a": 3}}\n', "line 1, vars must be an object mapping variable names to text"),
    ('{"vars": {}, "expect": [{"type": "json_schema", "value": {"type": 12}}]}\n',
     "line 1, expect[0].value is an object; it must be a valid JSON Schema"),
    ('[1, 2]\n', "line 1, the test is a list; it must be an object"),
])
def test_a_bad_jsonl_line_is_refused_naming_it(tmp_path, text, words):
    with pytest.raises(TestSetError, match=None) as refused:
        test_sets.load(write(tmp_path, "set.jsonl", text))
    assert words in str(refused.value)


PROMPTFOO = """
prompts: ["Ticket: {{ticket}}"]
providers: [anthropic:messages:claude-haiku-4-5]
tests:
  - description: refund
    vars: {ticket: I want my money back, priority: 2}
    assert:
      - type: icontains
        value: billing
      - type: not-contains
        value: sorry
  - vars: {ticket: give me JSON}
    assert:
      - type: is-json
        value: {type: object, required: [team]}
      - type: llm-rubric
        value: names exactly one team
"""


def test_a_promptfoo_config_maps_vars_and_assertions(tmp_path):
    found = test_sets.load(write(tmp_path, "promptfooconfig.yaml", PROMPTFOO))
    assert found.source_format == "promptfoo"
    assert found.tests[0] == {"name": "refund", "vars": {"ticket": "I want my money back", "priority": "2"},
                              "expect": [{"type": "icontains", "value": "billing"},
                                         {"type": "not_contains", "value": "sorry"}]}
    assert found.tests[1]["name"] == "test 2"
    assert found.tests[1]["expect"] == [
        {"type": "json_schema", "value": {"type": "object", "required": ["team"]}},
        {"type": "llm_rubric", "value": "names exactly one team"}]


@pytest.mark.parametrize(("text", "words"), [
    ("tests:\n  - vars: {a: b}\n    assert: [{type: javascript, value: 'output.length > 3'}]\n",
     "test 1, assert 1: type 'javascript' has no equal here"),
    ("tests:\n  - vars: {a: [x, y]}\n", "test 1, vars.a: must be one value"),
    ("tests: file://tests.csv\n", "points to another file (file://tests.csv)"),
    ("tests: [\n", "not valid YAML"),
    ("prompts: [x]\n", "no tests:"),
])
def test_a_bad_promptfoo_test_is_refused(tmp_path, text, words):
    with pytest.raises(TestSetError) as refused:
        test_sets.load(write(tmp_path, "promptfooconfig.yaml", text))
    assert words in str(refused.value)


def test_other_files_are_refused_with_what_to_use(tmp_path):
    with pytest.raises(TestSetError, match="use a .csv, .jsonl or promptfoo .yaml file"):
        test_sets.load(write(tmp_path, "set.txt", "x"))
    with pytest.raises(TestSetError, match="not a regular file"):
        test_sets.load(tmp_path)
    bad = tmp_path / "latin.csv"
    bad.write_bytes("ticket\ncaf\xe9\n".encode("latin-1"))
    with pytest.raises(TestSetError, match="not UTF-8"):
        test_sets.load(bad)


def test_tests_exported_as_csv_or_jsonl_import_back_the_same(tmp_path):
    tests = [{"name": "refund", "vars": {"ticket": "money, \"quoted\"\nnew line"},
              "expect": [{"type": "regex", "value": "^b"}, {"type": "is_json"}]},
             {"name": "schema", "vars": {"ticket": "x"},
              "expect": [{"type": "json_schema", "value": {"type": "object"}}]}]
    csv_path = write(tmp_path, "out.csv", test_sets.tests_to_csv(tests))
    jsonl_path = write(tmp_path, "out.jsonl", test_sets.tests_to_jsonl(tests))
    assert test_sets.load(csv_path).tests == tests
    assert test_sets.load(jsonl_path).tests == tests


def test_results_export_one_row_per_case_and_model():
    runs = [{"model": "a", "cases": [{"name": "t", "passed": True, "output": "ok", "reasons": ["x", "y"],
                                      "input_tokens": 3, "output_tokens": 1, "latency_ms": 5.0}]},
            {"model": "b", "cases": [{"name": "t", "passed": False, "error": "boom"}]}]
    csv_text = test_sets.results_to_csv(runs)
    assert csv_text.splitlines()[0] == "model,name,passed,error,reasons,output,input_tokens,output_tokens,latency_ms"
    assert csv_text.splitlines()[1] == "a,t,True,,x; y,ok,3,1,5.0"
    rows = [json.loads(line) for line in test_sets.results_to_jsonl(runs).splitlines()]
    assert [(r["model"], r["passed"], r["error"]) for r in rows] == [("a", True, None), ("b", False, "boom")]


def test_five_thousand_rows_import_whole(tmp_path):
    rows = "".join(f"ticket {i},billing\n" for i in range(5000))
    found = test_sets.load(write(tmp_path, "big.csv", "ticket,__expected\n" + rows))
    assert len(found.tests) == 5000 and found.tests[-1]["vars"] == {"ticket": "ticket 4999"}


# -- issue 28 #5: the lab's own CSV export reads back unchanged --------------------------------------
_names = st.text(st.characters(categories=("L", "N", "P", "Zs")), min_size=1, max_size=12).filter(
    lambda n: n == n.strip() and not n.startswith("__") and n not in ("expected",))
_cell = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_expect = st.lists(st.one_of(
    st.builds(lambda v: {"type": "contains", "value": v}, _cell),
    st.builds(lambda v: {"type": "llm_rubric", "value": v}, _cell),
    st.just({"type": "is_json"})), max_size=3)


@settings(max_examples=150, deadline=None)
@given(st.lists(_names, min_size=1, max_size=4, unique=True).flatmap(lambda names: st.lists(
    st.fixed_dictionaries({"name": _cell.filter(str.strip), "vars": st.fixed_dictionaries({n: _cell for n in names}),
                           "expect": _expect}), min_size=1, max_size=5)))
def test_csv_export_reads_back_unchanged(tests):
    assert test_sets.parse_csv(test_sets.tests_to_csv(tests)).tests == tests


@pytest.mark.parametrize("name", ["expected", "__expected", "__expect_contains", "__rubric", "__name",
                                  "__expect", "__mine", " padded", ""])
def test_csv_export_refuses_a_variable_that_would_not_come_back_as_itself(name):
    tests = [{"name": "t", "vars": {name: "a value"}, "expect": []}]
    with pytest.raises(test_sets.TestSetError) as refused:
        test_sets.tests_to_csv(tests)
    assert f"the variable {name!r}" in str(refused.value) and "export as JSONL" in str(refused.value)
    assert test_sets.parse_jsonl(test_sets.tests_to_jsonl(tests)).tests == tests  # JSONL keeps it


def test_a_variable_over_128_kb_reads_back_from_csv():
    tests = [{"name": "long", "vars": {"reply": "x" * 200_000}, "expect": []}]
    assert test_sets.parse_csv(test_sets.tests_to_csv(tests)).tests == tests


@pytest.mark.parametrize("column", ["name", "description", "__name"])
def test_a_name_or_description_column_names_the_test_as_promptfoo_does(tmp_path, column):
    """Issue 29, item 4: promptfoo's CSVs name a test in a `name` or `description` column; it is
    the test's name, not a variable (CONTRACT section 5's "each column is a variable" keeps its
    exceptions: these and the expectation columns)."""
    found = test_sets.load(write(tmp_path, "set.csv", f"{column},ticket,expected\n"
                                                      "refund asked,I want my money back,billing\n"
                                                      ",cannot log in,account\n"))
    assert [t["name"] for t in found.tests] == ["refund asked", "row 3"]
    assert found.variables == ["ticket"]
    assert (column, "the test's name") in found.mapping


def test_with_both_a_name_and_a_description_the_name_names_the_test(tmp_path):
    found = test_sets.load(write(tmp_path, "set.csv", "description,name,ticket\n"
                                                      "about refunds,refund,I want my money back\n"))
    assert found.tests[0]["name"] == "refund"
    assert found.tests[0]["vars"] == {"description": "about refunds", "ticket": "I want my money back"}


def test_a_csv_export_writes_the_name_in_a_name_column_unless_a_variable_has_that_name(tmp_path):
    tests = [{"name": "refund", "vars": {"ticket": "money"}, "expect": []}]
    exported = test_sets.tests_to_csv(tests)
    assert exported.splitlines()[0] == "name,ticket,__expect"
    assert test_sets.load(write(tmp_path, "a.csv", exported)).tests == tests
    clash = [{"name": "greeting", "vars": {"name": "Ada", "ticket": "hi"}, "expect": []}]
    exported = test_sets.tests_to_csv(clash)
    assert exported.splitlines()[0] == "__name,name,ticket,__expect"
    assert test_sets.load(write(tmp_path, "b.csv", exported)).tests == clash
