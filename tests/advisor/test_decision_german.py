"""The decision engine's own sentences in German (issue 25): with a German translator set, the
reasons, confidence reasons, trace, what would change the verdict and the measured evidence read
German, with German numbers; without one (the command line) they are English, byte for byte."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from advisor.core import i18n, shown_numbers
from advisor.decision.engine import evaluate
from advisor.document.assessment import load_assessment
from tests.advisor.test_candidate_evidence import BAR, _claude_run, _target_run
from tests.advisor.test_decision_v3 import NICHE
from tests.advisor.test_lab_readings_advice import NO_KNOWLEDGE_GAP, run
from tests.helpers import ROOT

CASES = [ROOT / "resources" / "example.fta.json", *sorted((ROOT / "tests" / "fixtures" / "cases").glob("*.fta.json"))]


def _catalogue() -> dict[tuple[str, str], str]:
    tree = ElementTree.parse(ROOT / "translations" / "fine_tune_advisor_de.ts")
    return {(context.findtext("name"), message.findtext("source")): message.findtext("translation") or ""
            for context in tree.iter("context") for message in context.iter("message")}


GERMAN = _catalogue()
# Every sentence template this engine makes ("decision" context) as a pattern, placeholders as
# wildcards: none of them may be found in English once the translator is set.
ENGLISH_PATTERNS = [re.compile(".*?".join(re.escape(piece) for piece in re.split(r"\{\d+\}", source)))
                    for (context, source) in GERMAN
                    if context == "decision" and len(re.findall(r"[A-Za-z]{2,}", re.sub(r"\{\d+\}", "", source))) >= 4]


@pytest.fixture
def german():
    """The .ts as a dict-backed translator, and German number forms (the window's, without Qt)."""
    i18n.set_translator(lambda context, text: GERMAN.get((context, text), ""))
    shown_numbers.set_formatters(lambda value, decimals: f"{value:,.{decimals}f}".replace(",", " ")
                                 .replace(".", ",").replace(" ", "."),
                                 lambda value, decimals: f"{value:,.{decimals}f}".replace(",", " ")
                                 .replace(".", ",").replace(" ", ".") + " $",
                                 lambda iso: ".".join(reversed(iso.split("-"))))
    yield
    i18n.set_translator(None)
    shown_numbers.set_formatters(None, None)


def _made_here(rec) -> list[str]:
    """Every sentence of the recommendation that this engine words itself (not the rules file's)."""
    texts = list(rec.confidence_reasons) + [c.text for c in rec.counterfactuals] + list(rec.warnings)
    texts += [r.text for r in rec.reasons if r.kind in ("evidence", "measured", "candidate")]
    texts += [r.source for r in rec.reasons if r.kind in ("evidence", "measured", "candidate")]
    texts += [g.needed for g in rec.gate] + list(rec.cost_caveats) + [rec.cost_note]
    texts += [check.text for trace in rec.trace for check in trace.checks if check.kind != "leaf"]
    texts += [check.seen_text for trace in rec.trace for check in trace.checks]
    return texts


def _english_left(texts: list[str]) -> list[str]:
    return [f"{pattern.pattern!r} in {text!r}" for text in texts for pattern in ENGLISH_PATTERNS
            if pattern.search(text)]


def _evaluate(path: Path):
    assessment = load_assessment(path)
    return evaluate(assessment.answers, assessment.costs, prompt_lab=assessment.prompt_lab)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name.split(".")[0])
def test_the_reasons_of_each_case_come_out_in_german(german, path):
    rec = _evaluate(path)
    assert _english_left(_made_here(rec)) == []
    for change in rec.counterfactuals:
        assert change.text.startswith("Wenn ") and ", würde die Empfehlung lauten: " in change.text
    groups = {check.text for trace in rec.trace for check in trace.checks if check.kind != "leaf"}
    assert groups <= {"alle diese Bedingungen treffen zu", "mindestens eine dieser Bedingungen trifft zu",
                      "Folgendes trifft nicht zu"}
    assert rec.confidence_reasons and not any(r.startswith(("Nothing lowers", "The prompt evidence"))
                                              for r in rec.confidence_reasons)


def test_the_example_reads_german_words_and_german_numbers(german):
    rec = _evaluate(CASES[0])
    assert rec.confidence_reasons == ["Nichts senkt sie: Jede Antwort, die das Urteil ändern könnte, ist gegeben, "
                                      "kein Schwellenwert wird nur knapp erreicht, und die Kostenprojektion "
                                      "widerspricht ihm nicht."]
    seen = [check.seen_text for trace in rec.trace for check in trace.checks]
    assert "3.000 ms" in seen and "20.000 $" in seen and "nicht beantwortet" in seen
    assert "keine frühere Regel traf zu" in [c.text for t in rec.trace for c in t.checks]


def test_measured_evidence_reads_german(german):
    lab = {"model": "claude-haiku-5-5", "runs": [run(10, 20), run(28, 2, context="retrieve")]}
    rec = evaluate(NO_KNOWLEDGE_GAP, prompt_lab=lab)
    measured = next(r for r in rec.reasons if r.rule == "context_evidence")
    assert measured.text.startswith("Mit den abgerufenen Passagen Ihrer Dokumente im Kontext haben")
    assert "93,3 % von 30 Tests bestanden (95-%-Intervall 78,7–98,2 %)" in measured.text
    assert "60,0 Prozentpunkte mehr" in measured.text and measured.source == "Ihre Läufe im Prompt-Labor"
    evidence = next(r for r in rec.reasons if r.rule == "prompt_evidence")
    assert evidence.text.startswith("10 von 30 bestanden mit claude-haiku-5-5 (33 %")
    assert "Prompting reicht also nicht aus" in evidence.text
    curve = evaluate(NO_KNOWLEDGE_GAP, prompt_lab={"model": "claude-haiku-5-5", "runs": [
        run(10, 20, shots=0), run(27, 3, shots=8)]})
    shots = next(r for r in curve.reasons if r.rule == "shots_curve")
    assert shots.text.startswith("Mehr Beispiele helfen noch: 33,3 % bei 0 Beispielen")


def test_your_own_model_reads_german_with_german_money(german):
    lab = {"runs": [_claude_run(15, 15, cost_usd=0.06), _target_run(29, 1, cost_usd=0.003)]}
    rec = evaluate({**NICHE, **BAR}, prompt_lab=lab)
    sentence = next(r.text for r in rec.reasons if r.rule == "candidate_evidence")
    assert sentence.startswith("mine erreicht Ihre Qualitätsschwelle von 90 % mit 97 % von 30 bestandenen Tests")
    assert "zu 0,1000 $ pro 1.000 Anfragen gegenüber 2,00 $ mit claude-haiku-5-5." in sentence
    short = evaluate({**NICHE, **BAR}, prompt_lab={"runs": [_target_run(12, 18)]})
    assert any(r.startswith("Ihr Kandidat erreicht die Qualitätsschwelle noch nicht: mine hat 40 % von 30 Tests")
               for r in short.confidence_reasons)
    assert next(r.source for r in rec.reasons if r.rule == "prompt_evidence") == "Ihr Lauf im Prompt-Labor vom 07.12.2026"


def test_unanswered_questions_and_the_gate_read_german(german):
    rec = evaluate({"deployment": "any_cloud"})
    assert re.match(r"\d+ unbeantwortete Fragen könnten das Urteil ändern: „", rec.confidence_reasons[0]) or \
        rec.confidence_reasons[0].startswith("1 unbeantwortete Frage könnte das Urteil ändern: „")
    assert _english_left(_made_here(rec)) == []


def test_without_a_translator_the_sentences_stay_english_after_a_german_one(german):
    """The loaded rules are cached: a German evaluation must leave nothing German behind."""
    german_rec = _evaluate(CASES[0])
    i18n.set_translator(None)
    shown_numbers.set_formatters(None, None)
    english_rec = _evaluate(CASES[0])
    assert _english_left(_made_here(english_rec))  # the check sees English where there is some
    english = json.dumps(english_rec.to_dict(), sort_keys=True)
    assert english != json.dumps(german_rec.to_dict(), sort_keys=True)
    assert "Nothing lowers it: every answer" in english and "Nichts senkt" not in english
    assert "all of these hold" in english and "$20,000" in english and "3,000 ms" in english


def test_the_command_line_summary_of_the_same_files_is_english_on_a_german_system():
    for path in CASES[:3]:
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "summary", str(path)], capture_output=True,
                                text=True, timeout=120,
                                env={"LANG": "de_DE.UTF-8", "FTA_LANGUAGE": "de", "PATH": "/usr/bin:/bin",
                                     "HOME": str(Path.home())})
        assert result.returncode == 0, result.stderr
        assert not any(word in result.stdout for word in ("Wenn ", "Urteil", "bestanden", "Nichts senkt"))
        assert "If " in result.stdout or "Nothing lowers it" in result.stdout


def test_an_answer_set_aside_and_a_run_that_cannot_be_measured_read_german(german):
    from advisor.decision.measured_costs import MeasuredProblem, measured_from_run

    rec = evaluate({"quality_bar_pct": 500})
    assert "Antwort quality_bar_pct wurde nicht berücksichtigt: Erlaubt ist eine Zahl von 0 bis 100." in rec.warnings
    with pytest.raises(MeasuredProblem, match="Lauf r1 nennt kein Modell"):
        measured_from_run({"id": "r1"})
    i18n.set_translator(None)
    assert "answer quality_bar_pct was ignored: it must be a number from 0 to 100" in evaluate(
        {"quality_bar_pct": 500}).warnings
