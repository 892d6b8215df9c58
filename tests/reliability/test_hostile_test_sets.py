"""Issue 28 #4: a hostile test set is refused with exit 3, naming its row and what is wrong.

A 1 kB promptfoo YAML whose aliases expand to 9^9 values, a recursive alias, ``assert: 5``, 3,000
nested ``not``, a JSONL line of 100,000 brackets, a lone UTF-16 surrogate: each crashed (exit 1)
or hung ``eval --tests``; each is now a clear refusal, found before anything is built.
"""
from __future__ import annotations

import pytest

from advisor.cli import main as cli
from advisor.lab import test_sets
from tests.helpers import write_assessment

BOMB = "".join(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9 if prev else ['x'] * 9)}]\n"
               for prev, name in zip([None, *"abcdefgh"], "abcdefghi"))
BOMB += "tests:\n  - description: *i\n    vars: {ticket: hi}\n"
NESTED_NOT = "tests:\n  - vars: {ticket: hi}\n    assert:\n      - " + "{not: " * 3000 + "x" + "}" * 3000 + "\n"

HOSTILE = {
    "alias bomb": ("bomb.yaml", BOMB, "line 7: the file expands to more than 1,000,000 values"),
    "recursive alias": ("loop.yaml", "tests:\n  - &t\n    vars: {ticket: hi}\n    assert: [*t]\n",
                        "line 4: the alias *t is inside its own anchor (a recursive alias)"),
    "assert: 5": ("five.yaml", "tests:\n  - vars: {ticket: hi}\n    assert: 5\n",
                  "test 1, assert: must be a list of checks"),
    "3,000 nested not": ("not.yaml", NESTED_NOT, "line 4: nested more than 64 levels deep"),
    "100,000 brackets": ("deep.jsonl", '{"vars": {"ticket": "hi"}}\n' + "[" * 100_000 + "]" * 100_000 + "\n",
                         "line 2: nested too deeply to read"),
    "lone surrogate": ("odd.jsonl", '{"name": "odd", "vars": {"ticket": "\\ud800"}}\n',
                       "line 1: holds a lone UTF-16 surrogate (\\ud800)"),
    "surrogate in a CSV's expectations": ("odd.csv", 'ticket,__expect\nhi,"[{""type"": ""contains"", '
                                          '""value"": ""\\udfff""}]"\n', "row 2: holds a lone UTF-16 surrogate"),
}


@pytest.mark.timeout(60)  # the alias bomb never finished before
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_test_set_exits_3_naming_the_row_and_the_problem(case, capsys, tmp_path):
    name, text, words = HOSTILE[case]
    tests = tmp_path / name
    tests.write_text(text, encoding="utf-8")
    lab = write_assessment(tmp_path / "lab.fta.json", prompt_lab={"model": "claude-haiku-4-5", "tests": []})
    code = cli.main(["eval", str(lab), "--tests", str(tests)])
    _, err = capsys.readouterr()
    assert code == 3, err
    assert words in err and "Traceback" not in err
    with pytest.raises(test_sets.TestSetError):
        test_sets.load(tests)


def test_aliases_within_the_budget_still_import(tmp_path):
    path = tmp_path / "anchors.yaml"
    path.write_text("base: &base {ticket: hi}\ntests:\n  - vars: *base\n    assert: [{type: contains, value: hi}]\n"
                    "  - vars: *base\n", encoding="utf-8")
    assert [t["vars"] for t in test_sets.load(path).tests] == [{"ticket": "hi"}, {"ticket": "hi"}]
