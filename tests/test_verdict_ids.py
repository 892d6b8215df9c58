"""Verdicts are declared once, in resources/rules.toml: no Python in advisor/ or ui/ names one.

Code asks the verdict catalogue (``RuleSet.verdicts``: title, colour, ``trains_model``…) instead
of comparing against an id or listing ids, so adding or renaming a verdict is one edit of the
rules file. This test reads every module's syntax tree and fails on any string literal that is a
verdict id.
"""
from __future__ import annotations

import ast
from advisor.decision.rules import default_rules
from tests.helpers import ROOT

# Where "fine_tune" names the fine-tuning *cost path* of the projection (CONTRACT section 6's
# costs JSON), not the verdict.
COST_PATH_FILES = ("advisor/costs", "advisor/charts", "advisor/cli/commands/costs", "ui/costs/")


def verdict_literals(source: str, relative: str, ids: set[str]) -> list[str]:
    tree = ast.parse(source, filename=relative)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in ids:
            if node.value == "fine_tune" and relative.startswith(COST_PATH_FILES):
                continue
            found.append(f"{relative}:{node.lineno}: {node.value!r}")
    return found


def test_no_python_outside_tests_compares_against_or_lists_a_verdict_id():
    ids = set(default_rules().verdicts)
    files = sorted(p for folder in ("advisor", "ui") for p in (ROOT / folder).rglob("*.py"))
    assert len(files) > 20
    found = [hit for path in files
             for hit in verdict_literals(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix(), ids)]
    assert found == [], "verdict ids belong in resources/rules.toml only:\n" + "\n".join(found)


def test_the_scan_catches_a_comparison_and_a_list_but_lets_the_cost_path_be():
    ids = set(default_rules().verdicts)
    assert verdict_literals('def f(v):\n    return v == "rag"\n', "advisor/x.py", ids) == ["advisor/x.py:2: 'rag'"]
    assert verdict_literals('KNOWN = ("self_host",)\n', "ui/y.py", ids) == ["ui/y.py:1: 'self_host'"]
    assert verdict_literals('row = {"fine_tune": 1}\n', "advisor/costs/projection.py", ids) == []
