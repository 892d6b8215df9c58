"""The figures the answers imply, and the presets: pure functions the window and the command
line share (issue 11)."""
from __future__ import annotations

from pathlib import Path

from advisor.costs.presets import PRESETS_BY_ID, implied_costs, preset_conflicts, with_implied
from advisor.core.numbers import format_money

ROOT = Path(__file__).resolve().parents[2]


def test_answers_fill_only_the_inputs_not_set():
    answers = {"labeled_examples": 800, "knowledge_changes": "monthly", "retrain_commitment": True}
    assert [(i.input_id, i.value) for i in implied_costs(answers)] == \
        [("examples_to_label", 4200), ("retrains_per_year", 12)]
    assert with_implied({"retrains_per_year": 2}, answers) == {"retrains_per_year": 2,
                                                               "examples_to_label": 4200}
    assert with_implied(None, {}) == {}
    assert with_implied({"model": "x"}, None) == {"model": "x"}


def test_with_implied_leaves_its_arguments_alone():
    costs = {"ml_fte": 1}
    with_implied(costs, {"labeled_examples": 10})
    assert costs == {"ml_fte": 1}


def test_a_preset_conflicts_only_with_figures_from_the_answers():
    mid = PRESETS_BY_ID["mid"]
    assert preset_conflicts(mid, {"examples_to_label": 4200}, {"examples_to_label"}) == ["examples_to_label"]
    assert preset_conflicts(mid, {"examples_to_label": 4200}, set()) == []
    assert preset_conflicts(mid, {"examples_to_label": 5000}, {"examples_to_label"}) == []  # same figure


def test_one_money_format():
    assert format_money(1234567.4) == "$1,234,567"
    assert format_money(2.5) == "$2.50" and format_money(2.0) == "$2"
    assert format_money(-2500, minus="−") == "−$2,500"
    assert format_money(-0.001, cents=False) == "$0"  # no "-$0"
    assert format_money(99.999) == "$100"


def test_the_window_never_imports_the_command_line():
    # ui/launch.py is the entry point that chooses between the window and a command: it may name
    # the commands; no screen may use their code.
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py")
                 if path.name != "launch.py" and "advisor.cli.commands" in path.read_text(encoding="utf-8")]
    assert offenders == []
