"""A refused test-set import in the window's language (issue 25): every TestSetError a hostile CSV,
JSONL or promptfoo file gets, and the expectation editor's value problems, read German under the
catalogue; without a translator (the command line) they are today's English, byte for byte."""
from __future__ import annotations

import re

import pytest

from advisor.core import i18n, shown_numbers
from advisor.lab import expectations, test_sets
from tests.advisor.test_decision_german import GERMAN


# (file name, its bytes): hostile test sets, each refused whole with one sentence.
def _deep_aliases() -> str:
    lines = ["a0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 7)]
    return "\n".join(lines) + "\n"


def _expect(listed: str) -> bytes:
    return ('a,__expect\n1,"' + listed.replace('"', '""') + '"\n').encode()


CASES: dict[str, tuple[str, bytes]] = {
    "csv empty": ("empty.csv", b""),
    "csv column without a name": ("t.csv", b"a,,b\n1,2,3\n"),
    "csv bad encoding": ("t.csv", b"a,b\n\xff\xfe,1\n"),
    "csv column twice": ("t.csv", b"a,a\n1,2\n"),
    "csv unknown special column": ("t.csv", b"__foo\n1\n"),
    "csv short row": ("t.csv", b"a,b\n1\n"),
    "csv expect not JSON": ("t.csv", b"a,__expect\n1,{bad\n"),
    "csv expect too deep": ("t.csv", b"a,__expect\n1," + b"[" * 100_000 + b"\n"),
    "csv expect not a list": ("t.csv", _expect("{}")),
    "csv unknown expectation type": ("t.csv", _expect('[{"type": "nope"}]')),
    "csv invalid regex": ("t.csv", _expect('[{"type": "regex", "value": "("}]')),
    "csv equals not text": ("t.csv", _expect('[{"type": "equals", "value": 5}]')),
    "csv schema not an object": ("t.csv", _expect('[{"type": "json_schema", "value": "x"}]')),
    "csv bad schema": ("t.csv", _expect('[{"type": "json_schema", "value": {"type": 5}}]')),
    "csv schema unresolved ref": ("t.csv", _expect('[{"type": "json_schema", "value": {"$ref": "#/nope"}}]')),
    "csv schema ref loop": ("t.csv", _expect('[{"type": "json_schema", "value": {"$defs": {"a": {"$ref": '
                                             '"#/$defs/a"}}, "$ref": "#/$defs/a"}}]')),
    "csv schema unevaluated with patterns": ("t.csv", _expect(
        '[{"type": "json_schema", "value": {"patternProperties": {"a": {}}, "unevaluatedProperties": false}}]')),
    "jsonl non-object line": ("t.jsonl", b'{"vars": {"a": "1"}}\n[1, 2]\n'),
    "jsonl not JSON": ("t.jsonl", b"{bad\n"),
    "jsonl too deep": ("t.jsonl", b"[" * 100_000 + b"\n"),
    "jsonl nested past the limit": ("t.jsonl", b"[" * 70 + b"]" * 70 + b"\n"),
    "jsonl no tests": ("t.jsonl", b"\n\n"),
    "jsonl unknown expectation type": ("t.jsonl", b'{"vars": {"a": "1"}, "expect": [{"type": "nope"}]}\n'),
    "jsonl value not text": ("t.jsonl", b'{"vars": {"a": "1"}, "expect": [{"type": "equals", "value": 5}]}\n'),
    "jsonl invalid regex": ("t.jsonl", b'{"vars": {"a": "1"}, "expect": [{"type": "regex", "value": "("}]}\n'),
    "jsonl vars not text": ("t.jsonl", b'{"vars": {"a": 1}, "expect": []}\n'),
    "jsonl name not text": ("t.jsonl", b'{"name": 5, "vars": {"a": "1"}}\n'),
    "jsonl expect not a list": ("t.jsonl", b'{"vars": {"a": "1"}, "expect": {}}\n'),
    "jsonl lone surrogate": ("t.jsonl", b'{"a": "\\ud800"}\n'),
    "yaml unknown assert type": ("t.yaml", b"tests:\n  - vars: {a: 1}\n    assert:\n      - type: javascript\n"
                                           b"        value: x\n"),
    "yaml invalid regex": ("t.yaml", b"tests:\n  - vars: {a: 1}\n    assert:\n      - type: regex\n"
                                     b"        value: '('\n"),
    "yaml bad schema": ("t.yaml", b"tests:\n  - assert:\n      - type: is-json\n        value: {type: 5}\n"),
    "yaml not YAML": ("t.yaml", b"tests: [\n"),
    "yaml no tests": ("t.yaml", b"foo: 1\n"),
    "yaml tests in another file": ("t.yaml", b"tests: file://tests.csv\n"),
    "yaml test not a mapping": ("t.yaml", b"tests:\n  - 5\n"),
    "yaml vars not a mapping": ("t.yaml", b"tests:\n  - vars: [1]\n"),
    "yaml description not text": ("t.yaml", b"tests:\n  - description: {a: 1}\n"),
    "yaml variable holds a list": ("t.yaml", b"tests:\n  - vars: {a: [1, 2]}\n"),
    "yaml assert not a list": ("t.yaml", b"tests:\n  - assert: 5\n"),
    "yaml recursive alias": ("t.yaml", b"a: &x [*x]\n"),
    "yaml nested too deeply": ("t.yaml", b"tests: " + b"[" * 70 + b"]" * 70 + b"\n"),
    "yaml aliases expand": ("t.yml", _deep_aliases().encode()),
    "yaml surrogate": ("t.yaml", b'tests:\n  - vars: {a: "\\ud800"}\n'),
    "wrong suffix": ("t.txt", b"a\n1\n"),
}


EXPECTED_ENGLISH = {
    'csv empty': 'the CSV file is empty: it needs a header row naming the variables',
    'csv column without a name': 'row 1, column 2: a column has no name',
    'csv bad encoding': 't.csv is not UTF-8 text (byte 4)',
    'csv column twice': "row 1, column 'a': named twice",
    'csv unknown special column': "row 1, column '__foo': not a column this app knows (__name, __expect, expected, __expected, __expect_contains, __rubric); rename it to use it as a variable",
    'csv short row': 'row 2: 1 cells where the header has 2 columns',
    'csv expect not JSON': "row 2, column '__expect': not JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
    'csv expect too deep': "row 2, column '__expect': nested too deeply to read (thousands of brackets)",
    'csv expect not a list': "row 2, column '__expect': must be a JSON list of expectations",
    'csv unknown expectation type': "row 2, column '__expect': the type must be one of equals, contains, icontains, not_contains, regex, is_json, json_schema, llm_rubric",
    'csv invalid regex': "row 2, column '__expect': the regex value must be a valid regular expression (missing ), unterminated subpattern at position 0)",
    'csv equals not text': "row 2, column '__expect': the equals value must be text",
    'csv schema not an object': "row 2, column '__expect': the json_schema value must be a JSON Schema (an object)",
    'csv bad schema': "row 2, column '__expect': the json_schema value must be a valid JSON Schema (5 is not valid under any of the given schemas)",
    'csv schema unresolved ref': "row 2, column '__expect': the json_schema value must be a JSON Schema that resolves: its $ref '/nope' leads to nothing in the schema (only references within it, such as #/$defs/name, are followed; nothing is fetched from elsewhere)",
    'csv schema ref loop': "row 2, column '__expect': the json_schema value must be a JSON Schema that resolves: its $ref chain points back at itself without ever checking anything (a $ref loop); make every $ref lead to a schema that checks something",
    'csv schema unevaluated with patterns': "row 2, column '__expect': the json_schema value must not combine unevaluatedProperties with patternProperties (their patterns could not be time-limited); use additionalProperties instead",
    'jsonl non-object line': 'line 2, the test is a list; it must be an object with name, vars and expect',
    'jsonl not JSON': 'line 1: not JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))',
    'jsonl too deep': 'line 1: nested too deeply to read (thousands of brackets); a test needs no more than 64 levels',
    'jsonl nested past the limit': 'line 1: is nested more than 64 levels deep',
    'jsonl no tests': 'the JSONL file holds no tests (one JSON object per line)',
    'jsonl unknown expectation type': "line 1, expect[0].type is 'nope'; it must be one of equals, contains, icontains, not_contains, regex, is_json, json_schema, llm_rubric",
    'jsonl value not text': 'line 1, expect[0].value is a number; it must be text',
    'jsonl invalid regex': "line 1, expect[0].value is '('; it must be a valid regular expression (missing ), unterminated subpattern at position 0)",
    'jsonl vars not text': 'line 1, vars must be an object mapping variable names to text',
    'jsonl name not text': 'line 1, name is a number; it must be text',
    'jsonl expect not a list': 'line 1, expect is an object; it must be a list',
    'jsonl lone surrogate': 'line 1: holds a lone UTF-16 surrogate (\\ud800), which is not text; remove it or write the whole character',
    'yaml unknown assert type': "test 1, assert 1: type 'javascript' has no equal here; use one of equals, contains, icontains, not-contains, regex, is-json, llm-rubric",
    'yaml invalid regex': 'test 1, assert 1 (regex): the value must be a valid regular expression (missing ), unterminated subpattern at position 0)',
    'yaml bad schema': 'test 1, assert 1 (is-json): the value must be a valid JSON Schema (5 is not valid under any of the given schemas)',
    'yaml not YAML': 'line 2: not valid YAML (did not find expected node content)',
    'yaml no tests': 'no tests: found (a promptfoo config lists them under tests:)',
    'yaml tests in another file': 'tests: points to another file (file://tests.csv); import that file instead',
    'yaml test not a mapping': 'test 1: must be a mapping with vars and assert',
    'yaml vars not a mapping': 'test 1, vars: must be a mapping of name: value',
    'yaml description not text': 'test 1, description: must be one line of text',
    'yaml variable holds a list': 'test 1, vars.a: must be one value (lists of values are not supported)',
    'yaml assert not a list': 'test 1, assert: must be a list of checks (each with a type), not int',
    'yaml recursive alias': 'line 1: the alias *x is inside its own anchor (a recursive alias); write the values out instead',
    'yaml nested too deeply': 'line 1: nested more than 64 levels deep; a test set needs a few',
    'yaml aliases expand': 'line 6: the file expands to more than 1,000,000 values (aliases that repeat each other); write the tests out plainly',
    'yaml surrogate': 'line 2: not valid YAML (found invalid Unicode character escape code)',
    'wrong suffix': 't.txt: use a .csv, .jsonl or promptfoo .yaml file',
}

# Every template of these contexts with three English words or more, placeholders as wildcards.
ENGLISH_PATTERNS = [re.compile(".*?".join(re.escape(piece) for piece in re.split(r"\{\d+\}", source)))
                    for (context, source) in GERMAN if context in ("test_sets", "expectations")
                    and len(re.findall(r"[A-Za-z]{2,}", re.sub(r"\{\d+\}", "", source))) >= 3]
# Words that come from elsewhere and stay as they are: Python's re and json, jsonschema, PyYAML,
# the file's own names and values.
QUOTED = (r"\(missing \), unterminated subpattern at position 0\)", r"\(Expecting property name enclosed in double "
          r"quotes: line 1 column 2 \(char 1\)\)", r"\(5 is not valid under any of the given schemas\)",
          r"\(did not find expected node content\)", r"\(found invalid Unicode character escape code\)")


@pytest.fixture
def german():
    """The .ts as a dict-backed translator and German number forms, as in the window."""
    i18n.set_translator(lambda context, text: GERMAN.get((context, text), ""))
    shown_numbers.set_formatters(lambda value, decimals: f"{value:,.{decimals}f}".replace(",", "."),
                                 lambda value, decimals: f"{value:,.{decimals}f}".replace(",", ".") + " $")
    yield
    i18n.set_translator(None)
    shown_numbers.set_formatters(None, None)


def _refusal(tmp_path, key: str) -> str:
    name, data = CASES[key]
    path = tmp_path / key.replace(" ", "_") / name
    path.parent.mkdir()
    path.write_bytes(data)
    with pytest.raises(test_sets.TestSetError) as refused:
        test_sets.load(path)
    return str(refused.value)


def _english_in(text: str) -> list[str]:
    for quoted in QUOTED:
        text = re.sub(quoted, "(…)", text)
    return [pattern.pattern for pattern in ENGLISH_PATTERNS if pattern.search(text)]


@pytest.mark.parametrize("key", list(CASES))
def test_refusal_is_todays_english_without_a_translator(tmp_path, key):
    assert _refusal(tmp_path, key) == EXPECTED_ENGLISH[key]


@pytest.mark.parametrize("key", list(CASES))
def test_refusal_is_german_with_the_catalogue(tmp_path, german, key):
    text = _refusal(tmp_path, key)
    assert text != EXPECTED_ENGLISH[key]
    assert _english_in(text) == [], text
    assert re.search(r"Zeile|Test|Datei|muss|Spalte|kein|Verwenden", text), text


def test_german_sentences_read_whole(tmp_path, german):
    """A few refusals as a German user reads them, numbers in German form."""
    assert _refusal(tmp_path, "csv column twice") == "Zeile 1, Spalte 'a': doppelt benannt"
    assert _refusal(tmp_path, "csv equals not text") == "Zeile 2, Spalte '__expect': Der Wert für equals muss Text sein"
    assert _refusal(tmp_path, "csv bad encoding") == "t.csv ist kein UTF-8-Text (Byte 4)"
    assert _refusal(tmp_path, "yaml unknown assert type").startswith(
        "Test 1, assert 1: Der Typ 'javascript' hat hier keine Entsprechung; verwenden Sie einen von equals,")
    assert "mehr als 1.000.000 Werte" in _refusal(tmp_path, "yaml aliases expand")
    assert _refusal(tmp_path, "jsonl value not text") == \
        "Zeile 1, expect[0].value ist eine Zahl; der Wert muss Text sein"
    assert _refusal(tmp_path, "csv invalid regex") == ("Zeile 2, Spalte '__expect': Der Wert für regex muss ein "
                                                        "gültiger regulärer Ausdruck sein (missing ), unterminated "
                                                        "subpattern at position 0)")


EDITOR = [("regex", "("), ("equals", 5), ("json_schema", "x"), ("json_schema", {"type": 5}),
          ("json_schema", {"$ref": "#/nope"}), ("json_schema", {"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}),
          ("json_schema", {"patternProperties": {"a": {}}, "unevaluatedProperties": False})]


@pytest.mark.parametrize(("kind", "value"), EDITOR)
def test_the_editors_value_problems_are_german_when_shown(german, kind, value):
    english = expectations.value_problem(kind, value)  # the file validator's: English even in the window
    shown = expectations.value_problem(kind, value, shown=True)
    assert english and shown and shown != english
    assert _english_in(shown) == [], shown
    assert shown.startswith(("muss", "darf"))


def test_the_validators_words_and_the_type_problem_stay_english_unless_shown(german):
    assert expectations.value_problem("equals", 5) == "must be text"
    assert expectations.type_problem("nope").startswith("must be one of equals")
    assert expectations.type_problem("nope", shown=True).startswith("muss einer dieser Typen sein: equals")


@pytest.mark.parametrize(("name", "english"), [
    ("__x", "the variable '__x' starts with __, which CSV keeps for its own columns: rename it, or export as JSONL, "
            "which keeps it"),
    ("__expect", "the variable '__expect' is the name of a column CSV keeps for the test's name or expectations: "
                 "rename it, or export as JSONL, which keeps it"),
    (" a", "the variable ' a' is blank or starts or ends with a space, which a CSV header loses: rename it, or "
           "export as JSONL, which keeps it")])
def test_an_export_refusal_in_both_languages(name, english, request):
    with pytest.raises(test_sets.TestSetError) as refused:
        test_sets.tests_to_csv([{"name": "t", "vars": {name: "1"}}])
    assert str(refused.value) == english
    request.getfixturevalue("german")
    with pytest.raises(test_sets.TestSetError) as refused:
        test_sets.tests_to_csv([{"name": "t", "vars": {name: "1"}}])
    assert str(refused.value).startswith(f"die Variable {name!r} ") and _english_in(str(refused.value)) == []


def _saved_errors() -> list[str]:
    """A run's errors when a check cannot run, as eval_runner saves them (English, in the file)."""
    from advisor.core import safe_regex
    from advisor.lab import json_checks

    with pytest.raises(safe_regex.RegexTimeout) as timeout:
        safe_regex.search("(a|aa)+$", "a" * 40 + "b", seconds=0.05)
    with pytest.raises(expectations.CheckError) as deep:
        json_checks.is_json(None, "[" * 100_000)
    loop = f"the schema could not be checked on this reply: {json_checks.LOOP}, or the reply is nested too deeply"
    unresolved = "the schema could not be checked on this reply: " + json_checks.UNRESOLVED.format("'#/x'")
    return [f"regex: {timeout.value}", f"is_json: {deep.value}", f"json_schema: {loop}", f"json_schema: {unresolved}"]


def test_a_runs_saved_errors_are_shown_in_german_and_kept_in_english(german):
    from advisor.lab.shown_reasons import shown_error

    errors = _saved_errors()
    assert errors[0] == ("regex: the pattern took longer than 0.05 s on this reply (it backtracks catastrophically); "
                         "simplify it, e.g. (a+)+ → a+")
    shown = [shown_error(error) for error in errors]
    assert shown[0] == ("regex: das Muster brauchte bei dieser Antwort länger als 0.05 s (es verrennt sich im "
                        "Backtracking); vereinfachen Sie es, z. B. (a+)+ → a+")
    for text in shown:
        assert _english_in(text) == [] and not re.search(r"\bthe (schema|reply|pattern)\b", text), text
    assert "'#/x' führt im Schema ins Leere" in shown[3]
    assert shown_error("API: overloaded") == "API: overloaded"  # not a check's: as it was
    i18n.set_translator(None)
    assert [shown_error(error) for error in errors] == errors
