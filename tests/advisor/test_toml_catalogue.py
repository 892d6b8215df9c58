"""The human texts of questions.toml and rules.toml reach the catalogue (translations/toml_strings.py,
generated for pyside6-lupdate), each has its German, and the domain translates them only where
they are shown: the records, the files and the command line stay English."""
from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ElementTree

import pytest

from advisor.core import i18n
from advisor.decision.engine import evaluate
from advisor.decision.questions import default_bank
from advisor.decision.rules import default_rules
from tests.helpers import ROOT

PLACEHOLDERS = re.compile(r"\{[a-z_:]+\}")


def _generator():
    spec = importlib.util.spec_from_file_location("toml_strings_script", ROOT / "scripts" / "toml_strings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalogue() -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished) for every message of the German .ts."""
    found = {}
    for context in ElementTree.parse(ROOT / "translations" / "fine_tune_advisor_de.ts").iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            found[(name, message.findtext("source"))] = (translation.text or "",
                                                        translation.get("type") not in ("unfinished", "obsolete"))
    return found


@pytest.fixture
def marked():
    """A translator that marks every text it knows, as the window's would translate it."""
    i18n.set_translator(lambda context, text: f"<{context}:{text}>")
    yield
    i18n.set_translator(None)


def test_the_generated_file_is_up_to_date_with_the_toml():
    generator = _generator()
    on_disk = (ROOT / "translations" / "toml_strings.py").read_text(encoding="utf-8")
    assert on_disk == generator.generated(), f"translations/toml_strings.py is out of date: run {generator.COMMAND}"
    assert "translations" in (ROOT / "Makefile").read_text(encoding="utf-8").split("-ts translations/")[0]


def test_the_generated_file_holds_every_human_text_of_both_files():
    generator = _generator()
    text = (ROOT / "translations" / "toml_strings.py").read_text(encoding="utf-8")
    bank, rules = default_bank(), default_rules()
    assert f'translate("questions", "{bank.questions[0].text}")' in text
    assert f'translate("questions", "{bank.sections[-1].title}")' in text
    assert f'translate("rules", "{rules.rules[-1].title}")' in text
    assert f'translate("rules", "{rules.verdicts["rag"].next_steps[0]}")' in text
    assert 'translate("rules", "prompting has not been tried yet")' in text  # a condition's "says"
    assert generator.COMMAND in text.splitlines()[1]  # the header says how to regenerate


def test_every_text_has_finished_german_that_keeps_its_placeholders():
    generator = _generator()
    catalogue = _catalogue()
    import tomllib

    problems = []
    for context, name, texts in (("questions", "questions.toml", generator.question_texts),
                                 ("rules", "rules.toml", generator.rule_texts)):
        data = tomllib.loads((ROOT / "resources" / name).read_text(encoding="utf-8"))
        for source in (t for t in texts(data) if t.strip()):
            german, finished = catalogue.get((context, source), ("", False))
            if not finished or not german.strip():
                problems.append(f"{context}: no German for {source!r}")
            elif sorted(PLACEHOLDERS.findall(german)) != sorted(PLACEHOLDERS.findall(source)):
                problems.append(f"{context}: placeholders differ in {german!r}")
    assert problems == []


def test_the_german_of_a_few_texts():
    catalogue = _catalogue()
    assert catalogue[("questions", "Your data")][0] == "Ihre Daten"
    assert catalogue[("rules", "Fine-tuning is justified")][0] == "Fine-Tuning ist gerechtfertigt"
    assert catalogue[("rules", "Use Claude with retrieval over your documents")][0] == \
        "Claude mit Retrieval über Ihre Dokumente nutzen"


def test_without_a_translator_the_recommendation_is_the_english_of_the_files():
    rules = default_rules()
    rec = evaluate({"prompting_tried": "not_tried"})
    info = rules.verdicts[rec.verdict]
    assert rec.title == info.title and rec.meaning == info.meaning and rec.next_steps == list(info.next_steps)
    assert rec.reasons[0].text == rules.rules[1].rationale
    assert default_bank().get("task_type").shown_label("generate") == "Write, chat or summarize"


def test_with_a_translator_the_shown_texts_are_translated_and_the_records_stay_english(marked):
    rules, bank = default_rules(), default_bank()
    rec = evaluate({"prompting_tried": "meets_bar", "task_type": "classify_extract", "ml_team": "some",
                    "latency_p95_ms": 300, "weeks_to_launch": 6})
    assert rec.verdict == "distill"  # ids never translated
    assert rec.title == "<rules:Distil Claude into a small model of your own>"
    assert rec.meaning.startswith("<rules:Volume or latency")
    assert all(step.startswith("<rules:") for step in rec.next_steps)
    # the template is translated first, then filled with the answer's translated label
    assert rec.reasons[0].text == ("<rules:A narrow task (<questions:Sort, tag, route or pull out fields>) where volume or speed, not knowledge, "
                                   "is the problem: Claude can teach a small open-weights model from its own labels, "
                                   "which then answers faster and cheaper, with Claude kept for the hard cases.>")
    assert any(check.text == "<rules:the task is narrow: classifying, extracting or filling a fixed format>"
               for trace in rec.trace for check in trace.checks)
    assert rules.verdicts["distill"].title == "Distil Claude into a small model of your own"
    question = bank.get("weeks_to_launch")
    assert question.text == "How many weeks until the feature must ship?"
    assert question.shown_text == "<questions:How many weeks until the feature must ship?>"
    assert question.shown_label(6) == "6 <questions:weeks>"
    assert bank.get("gaps").shown_label(["cost"]) == "<questions:Price>"


def test_filling_a_translated_template_uses_the_translated_label(marked):
    from advisor.decision.conditions import fill_text

    i18n.set_translator(lambda context, text: {"You need to ship in {answer:weeks_to_launch}.":
                                               "In {answer:weeks_to_launch} ausliefern.",
                                               "weeks": "Wochen"}.get(text, text))
    assert fill_text("You need to ship in {answer:weeks_to_launch}.", {"weeks_to_launch": 3},
                     default_bank()) == "In 3 Wochen ausliefern."


def test_the_help_page_and_the_counterfactuals_read_the_rules_texts_translated(marked):
    from advisor.decision.counterfactuals import describe_changes
    from advisor.report.explain import rules_html

    rules = default_rules()
    page = rules_html()
    assert "&lt;rules:The niche-data gate&gt;" in page  # a rule's title
    assert "&lt;rules:Fine-tuning is justified&gt;" in page  # the verdict it gives
    assert "&lt;rules:Retrieval consistently beats unsupervised fine-tuning" in page  # a source's claim
    assert "Ovadia et al. 2023, Fine-Tuning or Retrieval?" in page  # a cited title stays as published
    said = describe_changes(rules, {"gaps": ["cost"], "ml_team": "dedicated"}, "fine_tune")
    # a translated label keeps its capital (German nouns; German quotes each option, so a capital
    # adjective reads right mid-sentence); the English one is lowered after "on"
    assert "<rules:prompting fell short only on {label}>".replace(
        "{label}", "<option_in_sentence:<questions:Price>>") in said
    assert "<rules:your ML team were dedicated>" in said
    assert said.startswith("<decision:If ") and said.endswith(", the advice would be: <rules:fine-tune>>")
    i18n.set_translator(None)
    assert describe_changes(rules, {"gaps": ["cost"]}, "fine_tune") == \
        "If prompting fell short only on price, the advice would be: fine-tune"
