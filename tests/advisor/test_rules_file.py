"""The shipped rules file loads, and a broken one is refused naming the rule and the problem."""
from __future__ import annotations

import tomllib

import pytest

from advisor.core import paths
from advisor.decision.rules import RulesError, load_rules, parse_rules

SHIPPED = paths.resource("rules.toml").read_text(encoding="utf-8")


def shipped_data() -> dict:
    return tomllib.loads(SHIPPED)


def load_text(tmp_path, text: str):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return load_rules(path)


def test_the_shipped_rules_follow_the_contract_order():
    rules = load_rules()
    assert [(r.id, r.verdict) for r in rules.rules] == [
        ("data_stays_on_premises", "self_host"),
        ("prompting_first", "prompt_engineering"),
        ("distillation_gate", "distill"),
        ("prompting_meets_bar", "prompt_engineering"),
        ("niche_data_gate", "fine_tune"),
        ("knowledge_needs_retrieval", "rag"),
        ("otherwise_prompting", "prompt_engineering"),
    ]
    assert rules.gate.id == "niche_data_gate"
    assert rules.rules[-1].when is None


def test_every_rule_and_note_cites_a_source_and_every_verdict_has_texts():
    rules = load_rules()
    for item in rules.rules + rules.notes:
        assert item.source.title and (item.source.url or item.source.citation), item.id
    cited = " ".join(str(item.source) for item in rules.rules + rules.notes)
    for author in ("Ovadia", "Luo", "Gekhman", "LIMA", "Microsoft", "OpenAI", "Anthropic", "LoRA", "Distilling"):
        assert author in cited
    assert set(rules.verdicts) == {rule.verdict for rule in rules.rules}
    for info in rules.verdicts.values():
        assert info.title and info.short and info.meaning and len(info.next_steps) >= 3


def test_the_gate_compares_the_budget_with_the_derived_up_front_cost():
    gate = load_rules().gate
    budget = [leaf for leaf in gate.when.items if getattr(leaf, "fact", "") == "training_budget_usd"]
    assert budget and budget[0].ref == "derived.upfront_fine_tune_usd"


@pytest.mark.parametrize("old, new, expected", [
    ('fact = "ml_team", eq = "dedicated"', 'fact = "ml_teem", eq = "dedicated"',
     "rule 'niche_data_gate': unknown question 'ml_teem'"),
    ('fact = "labeled_examples", gte = 500, says = "you have at least 500 high', 'fact = "labeled_examples", gteq = 500, says = "you have at least 500 high',
     "rule 'niche_data_gate': unknown operator 'gteq'"),
    ('fact = "ml_team", eq = "dedicated"', 'fact = "ml_team", eq = "huge"',
     "rule 'niche_data_gate': value 'huge' is not allowed for 'ml_team'"),
    ('verdict = "rag"', 'verdict = "retrieval"', "rule 'knowledge_needs_retrieval': unknown verdict 'retrieval'"),
    ('gte = "derived.upfront_fine_tune_usd"', 'gte = "derived.upfront_cost"',
     "rule 'niche_data_gate': unknown derived figure 'derived.upfront_cost'"),
    ('fact = "gaps", contains = "knowledge"', 'fact = "gaps", eq = "knowledge"',
     "rule 'knowledge_needs_retrieval': operator 'eq' does not apply to 'gaps'"),
    ('fact = "retrain_commitment", eq = true', 'fact = "retrain_commitment", eq = "yes"',
     "rule 'niche_data_gate': value 'yes' is not allowed for 'retrain_commitment'"),
    ('fact = "context_fits", eq = true }, { fact = "verdict"', 'fact = "context_fit", eq = true }, { fact = "verdict"',
     "note 'prompt_caching': unknown question 'context_fit'"),
    ("{answer:labeled_examples}, a budget", "{answer:examples}, a budget",
     "rule 'niche_data_gate': text quotes unknown question 'examples'"),
    ('ml_team = { none =', 'ml_team = { nobody =', "phrasing 'ml_team': value 'nobody' is not allowed"),
    ('fact = "measured.context_meets_bar"', 'fact = "measured.retrieval_wins"',
     "rule 'knowledge_needs_retrieval': unknown lab reading 'measured.retrieval_wins'; known: measured.context_meets_bar"),
    ('fact = "measured.shots_reading", eq = "rising"', 'fact = "measured.shots_reading", eq = "steep"',
     "doubt 'examples_still_help': value 'steep' is not allowed for 'measured.shots_reading'"),
])
def test_a_mistake_is_refused_naming_the_rule_and_the_problem(tmp_path, old, new, expected):
    assert old in SHIPPED
    with pytest.raises(RulesError) as caught:
        load_text(tmp_path, SHIPPED.replace(old, new, 1))
    assert expected in str(caught.value)
    assert str(caught.value).startswith("rules.toml, ")


def test_a_file_that_is_not_toml_is_refused(tmp_path):
    with pytest.raises(RulesError, match="not valid TOML"):
        load_text(tmp_path, "[[rules]\nid = ")


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(RulesError, match="cannot be read"):
        load_rules(tmp_path / "nope.toml")


def test_the_last_rule_must_always_apply():
    data = shipped_data()
    data["rules"] = data["rules"][:-1]
    with pytest.raises(RulesError, match="rule 'knowledge_needs_retrieval': the last rule must have no 'when'"):
        parse_rules(data)


def test_a_rule_after_the_unconditional_one_can_never_apply():
    data = shipped_data()
    data["rules"].append(dict(data["rules"][0], id="late"))
    with pytest.raises(RulesError, match="rule 'late': can never apply: rule 'otherwise_prompting'"):
        parse_rules(data)


def test_duplicate_ids_missing_sources_and_verdict_tests_are_refused():
    data = shipped_data()
    data["rules"][1]["id"] = data["rules"][0]["id"]
    with pytest.raises(RulesError, match="rule 'data_stays_on_premises': the id is used twice"):
        parse_rules(data)
    data = shipped_data()
    del data["rules"][3]["source"]
    with pytest.raises(RulesError, match="rule 'prompting_meets_bar': source None is not listed in \\[sources\\]"):
        parse_rules(data)
    data = shipped_data()
    data["rules"][0]["when"] = {"fact": "verdict", "eq": "rag"}
    with pytest.raises(RulesError, match="a rule cannot test the verdict; only notes can"):
        parse_rules(data)


def test_conditions_need_exactly_one_shape_and_one_operator():
    data = shipped_data()
    data["rules"][0]["when"] = {"fact": "deployment", "eq": "on_prem_only", "ne": "any_cloud"}
    with pytest.raises(RulesError, match="needs exactly one operator"):
        parse_rules(data)
    data["rules"][0]["when"] = {"all": []}
    with pytest.raises(RulesError, match="'all' takes a non-empty list"):
        parse_rules(data)
    data["rules"][0]["when"] = {"all": [{"fact": "deployment", "eq": "any_cloud"}], "fact": "x"}
    with pytest.raises(RulesError, match="exactly one of all, any, not or fact"):
        parse_rules(data)


def test_verdicts_are_declared_in_the_file_with_their_texts_and_colours():
    # The file declares the verdicts (issue 11): a rule naming an undeclared one is refused, and
    # so is a declared verdict no rule gives.
    data = shipped_data()
    del data["verdicts"]["rag"]
    with pytest.raises(RulesError, match="rule 'knowledge_needs_retrieval': unknown verdict 'rag'"):
        parse_rules(data)
    data = shipped_data()
    data["verdicts"]["fine_tuning"] = data["verdicts"].pop("fine_tune")
    with pytest.raises(RulesError, match="rule 'niche_data_gate': unknown verdict 'fine_tune'"):
        parse_rules(data)
    data = shipped_data()
    data["verdicts"]["wait"] = dict(data["verdicts"]["rag"])
    with pytest.raises(RulesError, match="verdict 'wait': no rule gives this verdict"):
        parse_rules(data)
    data = shipped_data()
    data["verdicts"]["rag"]["colour"] = "blue"
    with pytest.raises(RulesError, match="verdict 'rag': needs a colour and a tint"):
        parse_rules(data)


def test_a_verdict_added_in_the_file_alone_reaches_the_advice():
    data = shipped_data()
    data["verdicts"]["wait"] = dict(data["verdicts"]["rag"], title="Wait for the next model", short="wait",
                                    colour="#000000", tint="#FFFFFF")
    data["rules"].insert(0, {"id": "wait_rule", "title": "Wait", "verdict": "wait", "rationale": "Wait.",
                             "source": "lima_2023",
                             "when": {"fact": "weeks_to_launch", "gte": 100}})
    from advisor.decision.engine import evaluate

    rec = evaluate({"weeks_to_launch": 200}, rules=parse_rules(data))
    assert (rec.verdict, rec.title) == ("wait", "Wait for the next model")


def test_conditions_without_plain_words_are_described_from_the_question_bank():
    data = shipped_data()
    data["rules"][0]["when"] = {"fact": "deployment", "eq": "on_prem_only"}
    rules = parse_rules(data)
    assert rules.rules[0].when.says == "“Where may the data be processed?” is “Only on our own infrastructure”"
