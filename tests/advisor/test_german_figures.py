"""Figures inside the German window's charts and cost lines are written the German way: on a
German chart "$250,000" would read as two hundred and fifty dollars. The command line keeps its
English forms byte for byte."""
from __future__ import annotations

from advisor.costs.chart_base import _value_text, dollars, short_dollars
from advisor.costs.presets import derivations
from advisor.decision.counterfactuals import describe_changes
from advisor.decision.rules import default_rules
from tests.advisor.test_decision_german import german  # noqa: F401 - the fixture

NBSP = "\u00a0"


def test_chart_ticks_and_tornado_values_in_german(german):  # noqa: F811
    assert dollars(250_000) == "250.000 $"
    assert dollars(-2_500) == "−2.500 $"
    assert short_dollars(1_200_000) == f"1,2{NBSP}Mio.{NBSP}$" and short_dollars(350_000) == f"350{NBSP}Tsd.{NBSP}$"
    assert _value_text(0.025, "share") == "2,5 %"
    assert _value_text(1.5, "USD/hour").startswith("1,50 $")


def test_chart_ticks_stay_english_without_a_translator():
    assert (dollars(250_000), dollars(-2_500)) == ("$250,000", "−$2,500")
    assert (short_dollars(1_200_000), short_dollars(350_000)) == ("$1.2M", "$350k")
    assert _value_text(0.025, "share") == "2.5 %"


ANSWERS = {"labeled_examples": 800, "retrain_commitment": False}


def test_the_figures_from_your_answers_read_german(german):  # noqa: F811
    lines = [d.sentence() for d in derivations({}, ANSWERS)]
    assert lines[0].startswith("Zu labelnde Beispiele: 4.200, aus Ihren Antworten (5.000 ")
    assert "800" in lines[0] and "from your answers" not in " ".join(lines)
    typed = [d.sentence() for d in derivations({"examples_to_label": 12_000}, ANSWERS)]
    assert typed[0].startswith("Zu labelnde Beispiele: Ihre Zahl 12.000 wird verwendet")


def test_the_figures_from_your_answers_stay_english_on_the_command_line():
    lines = [d.sentence() for d in derivations({"examples_to_label": 12_000}, ANSWERS)]
    assert lines == ["Examples to label: your figure 12,000 is used; your answers imply 4,200 "
                     "(5,000 needed minus the 800 you have).",
                     "Retrains per year: 0, from your answers (you will not retrain)."]


def test_each_option_is_quoted_in_a_german_sentence_so_its_capital_reads_right(german):  # noqa: F811
    said = describe_changes(default_rules(), {"gaps": ["format_style", "domain_language"]}, "fine_tune")
    assert "„Einheitliches Format oder einheitlicher Ton“ und „" in said
    assert said.startswith("Wenn Prompting nur bei „")
