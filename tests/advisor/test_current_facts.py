"""The facts of issue 27, item 6, as a user meets them: each said where the advice uses it, with
its source and the date it was checked (rules.toml [sources], resources/pricing.toml)."""
from __future__ import annotations

from datetime import date

import pytest

from advisor.costs.inputs import COST_INPUTS_BY_ID
from advisor.costs.pricing import shipped_price_table
from advisor.decision.engine import evaluate
from advisor.decision.rules import default_rules
from advisor.document.assessment import Assessment
from advisor.lab import dataset
from advisor.report.summary import build_summary, render_markdown, render_text

DISTILL = {"deployment": "any_cloud", "prompting_tried": "meets_bar", "task_type": "classify_extract",
           "ml_team": "some", "latency_p95_ms": 200}
FINE_TUNE = {"deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["domain_language"],
             "data_public": "proprietary_niche", "labeled_examples": 5000, "knowledge_changes": "static",
             "context_fits": True, "ml_team": "dedicated", "training_budget_usd": 50_000,
             "retrain_commitment": True, "task_type": "generate"}
PROMPTING = {"deployment": "any_cloud", "prompting_tried": "meets_bar", "task_type": "generate"}
TERMS_URL = "https://support.claude.com/en/articles/12326764-can-i-use-my-outputs-to-train-an-ai-model"


def reasons(answers: dict) -> dict[str, object]:
    return {r.rule: r for r in evaluate(answers).reasons}


def test_a_distill_verdict_says_what_anthropics_terms_allow_and_cites_them():
    rec = evaluate(DISTILL)
    assert rec.verdict == "distill"
    terms = reasons(DISTILL)["training_on_outputs"]
    assert "do not compete with Anthropic's own" in terms.text and "written permission" in terms.text
    assert terms.url == TERMS_URL
    assert any("Check the terms first" in step for step in rec.next_steps)
    summary = build_summary(Assessment(answers=DISTILL))
    assert "written permission" in render_text(summary)
    assert f"(<{TERMS_URL}>)" in render_markdown(summary)  # the source, linked


def test_the_dataset_hand_off_cites_the_same_terms_page():
    # One fact, one page: the dataset command says it on the page the distill advice cites.
    assert dataset.TERMS_URL == default_rules().sources["anthropic_outputs_training"].url == TERMS_URL
    assert "written permission" in dataset.TERMS_NOTE


@pytest.mark.parametrize("answers", [DISTILL, FINE_TUNE], ids=["distill", "fine_tune"])
def test_training_verdicts_say_hosted_tuning_is_withdrawn_for_frontier_models_only(answers):
    rec = evaluate(answers)
    assert "frontier proprietary models is being withdrawn" in rec.meaning
    remaining = reasons(answers)["hosted_tuning_remaining"]
    assert "Amazon Nova" in remaining.text and remaining.url.endswith("custom-model-fine-tuning.html")


def test_distilling_also_says_claude_cannot_be_tuned_and_vertex_tunes_gemini():
    # Under fine_tune the printed brief has room for one note only (tests/ui/test_printing.py).
    found = reasons(DISTILL)
    assert "10 September 2026" in found["claude_tuning_ended"].text
    assert found["claude_tuning_ended"].url.endswith("model-card-anthropic-claude-3-haiku.html")
    assert "Gemini 2.5" in found["vertex_tuning"].text
    assert "cloud.google.com/vertex-ai" in found["vertex_tuning"].url


def test_prompting_advice_carries_no_training_notes():
    assert not {"training_on_outputs", "claude_tuning_ended", "hosted_tuning_remaining",
                "vertex_tuning"} & set(reasons(PROMPTING))


def test_every_source_names_the_day_it_was_checked_and_none_is_in_the_future():
    for source in default_rules().sources.values():
        assert date.fromisoformat(source.checked) <= date(2026, 12, 7), source.id
    for sid in ("anthropic_outputs_training", "bedrock_claude_3_haiku", "bedrock_fine_tuning",
                "vertex_gemini_tuning"):
        assert default_rules().sources[sid].checked == "2026-12-07"


# (id, input, output, cache read, 5-minute write, 1-hour write) as the official pricing page
# (platform.claude.com/docs/en/about-claude/pricing) gives them, checked 2026-12-07.
OFFICIAL = [
    ("claude-fable-5-1", 10.0, 50.0, 0.25, 12.5, 20.0),
    ("claude-fable-5", 10.0, 50.0, 1.0, 12.5, 20.0),
    ("claude-opus-5", 5.0, 25.0, 0.50, 6.25, 10.0),
    ("claude-opus-4-8", 5.0, 25.0, 0.50, 6.25, 10.0),
    ("claude-sonnet-5", 2.0, 10.0, 0.20, 2.50, 4.0),
]


@pytest.mark.parametrize("row", OFFICIAL, ids=lambda row: row[0])
def test_the_price_table_holds_the_models_the_official_pages_price(row):
    from advisor.core.resource_cache import shipped_toml

    model_id, cost_in, cost_out, read, write, write_1h = row
    price = shipped_price_table().get(model_id)
    assert price is not None and (price.input, price.output, price.cache_read, price.cache_write) == (
        cost_in, cost_out, read, write)
    raw = {m["id"]: m for m in shipped_toml("pricing.toml")["models"]}
    assert raw[model_id]["cache_write_1h"] == write_1h  # kept for reference, as priced
    assert price.as_of == "2026-12-07" and price.source.startswith("https://platform.claude.com/")


def test_opus_4_5_keeps_its_prices_and_gains_its_1_hour_write():
    from advisor.core.resource_cache import shipped_toml

    price = shipped_price_table().get("claude-opus-4-5")
    assert (price.input, price.output, price.cache_read, price.cache_write) == (5.0, 25.0, 0.50, 6.25)
    assert {m["id"]: m for m in shipped_toml("pricing.toml")["models"]}["claude-opus-4-5"]["cache_write_1h"] == 10.0


def test_fable_5_1_is_the_current_fable_model_and_its_cheaper_cache_counts():
    table = shipped_price_table()
    assert table.get("claude-fable-5-1").status == "current"
    assert table.get("claude-fable-5").status == "legacy"


def test_models_only_third_party_trackers_price_are_not_in_the_table():
    ids = shipped_price_table().model_ids()
    assert not {"claude-fable-5-2", "claude-mythos-5-2", "claude-mythos-5-1"} & ids


def test_the_serverless_lora_default_says_who_serves_adapters_per_token():
    text = COST_INPUTS_BY_ID["ft_serverless_in_per_mtok"].help
    assert "docs.together.ai/docs/adapter-upload" in text
    assert "dedicated deployment" in text and "checked 2026-12-07" in text
