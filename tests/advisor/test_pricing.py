"""The price table: the shipped one, the user's own copy, and what happens when that is broken."""
from __future__ import annotations

import json
from datetime import date

import pytest

from advisor.core import paths
from advisor.costs.projection import project
from advisor.costs.pricing import (
    ModelPrice, PriceTableError, load_price_table, parse_price_table, reset_user_price_table,
    save_user_price_table, shipped_price_table, stale_prices_note, user_price_table_path,
)

# CONTRACT section 4: in, out, cache read, cache write (USD per million tokens), status.
CONTRACT_PRICES = {
    "claude-opus-5-5": (4, 20, 0.20, 5, "current"),
    "claude-sonnet-5-5": (2, 10, 0.10, 2.50, "current"),
    "claude-haiku-5-5": (0.10, 0.50, 0.01, 0.125, "current"),
    "claude-haiku-4-5": (1, 5, 0.10, 1.25, "legacy"),
    "claude-sonnet-4-5": (3, 15, 0.30, 3.75, "legacy"),
    "claude-opus-4-5": (5, 25, 0.50, 6.25, "legacy"),
    "claude-3-5-sonnet-20241022": (3, 15, 0.30, 3.75, "retired"),
    "claude-3-5-haiku-20241022": (0.80, 4, 0.08, 1, "retired"),
}


def _with_sonnet_input(table, price: float):
    sonnet = table.models["claude-sonnet-4-5"]._replace(input=price)
    return table._replace(models={**table.models, "claude-sonnet-4-5": sonnet})


def test_shipped_table_holds_the_contract_models_with_dates_and_sources():
    table = load_price_table()
    assert table.origin == "shipped" and table.warnings == ()
    for model_id, (price_in, price_out, read, write, status) in CONTRACT_PRICES.items():
        model = table.models[model_id]
        assert (model.input, model.output, model.cache_read, model.cache_write) == \
            pytest.approx((price_in, price_out, read, write)), model_id
        assert model.status == status and model.retired == (status == "retired")
        assert model.as_of and model.source.startswith("https://")
    assert table.batch_discount == 0.5


def test_haiku_5_5_bills_every_token_of_a_long_prompt_at_its_long_tier():
    haiku = load_price_table().models["claude-haiku-5-5"]
    assert haiku.long_above == 100_000
    assert haiku.rates(100_000) == (0.10, 0.50, 0.01, 0.125)  # at the limit: the normal prices
    assert haiku.rates(100_001) == (0.50, 2.50, 0.05, 0.625)  # one token over: the long tier
    sonnet = load_price_table().models["claude-sonnet-5-5"]
    assert not sonnet.has_long_tier and sonnet.rates(900_000) == sonnet.rates(0)


def test_the_claude_5_generation_rejects_sampling_and_takes_effort():
    table = load_price_table()
    for model_id in ("claude-opus-5-5", "claude-sonnet-5-5", "claude-haiku-5-5"):
        assert table.models[model_id].rejects_sampling and table.models[model_id].supports_effort
    for model_id in ("claude-sonnet-4-5", "claude-haiku-4-5", "claude-3-5-haiku-20241022"):
        assert not table.models[model_id].rejects_sampling
        assert not table.models[model_id].supports_effort
    assert table.models["claude-opus-4-5"].supports_effort  # effort arrived with Opus 4.5


def test_legacy_and_retired_models_are_labelled():
    table = load_price_table()
    assert table.models["claude-sonnet-5-5"].label() == "Claude Sonnet 5.5"
    assert table.models["claude-sonnet-4-5"].label() == "Claude Sonnet 4.5 (legacy)"
    assert table.models["claude-3-5-haiku-20241022"].label().endswith("(retired)")


def test_a_table_older_than_90_days_says_so_with_its_date():
    table = load_price_table()
    assert table.as_of == "2026-12-01"
    assert stale_prices_note(table, date(2027, 3, 1)) is None  # 90 days: still fresh
    note = stale_prices_note(table, date(2027, 3, 2))
    assert note is not None and "1 December 2026" in note and "91 days" in note
    assert "platform.claude.com" in note


def test_new_fields_survive_a_save_and_load():
    table = shipped_price_table()
    save_user_price_table(table)
    assert load_price_table().models == table.models


def test_a_version_1_user_table_keeps_its_prices_and_gains_the_new_models():
    old = {"format": "fine-tune-advisor/prices", "version": 1, "currency": "USD", "batch_discount": 0.5,
           "models": [{"id": "claude-sonnet-4-5", "name": "Sonnet", "input": 2.5, "output": 15,
                       "cache_write": 3.75, "cache_read": 0.3, "retired": False,
                       "as_of": "2026-11-01", "source": "ours"},
                      {"id": "claude-3-5-haiku-20241022", "name": "Old", "input": 0.8, "output": 4,
                       "cache_write": 1, "cache_read": 0.08, "retired": True}]}
    user_price_table_path().write_text(json.dumps(old), encoding="utf-8")
    table = load_price_table()
    assert table.origin == "user"
    assert table.models["claude-sonnet-4-5"].input == 2.5  # the user's own price stays
    assert table.models["claude-sonnet-4-5"].status == "legacy"
    assert table.models["claude-3-5-haiku-20241022"].retired
    assert table.models["claude-haiku-5-5"].long_above == 100_000
    assert table.warnings and "claude-sonnet-5-5" in table.warnings[0]


def test_a_long_tier_must_be_complete_and_statuses_known():
    row = {"id": "a", "input": 1, "output": 1, "cache_write": 1, "cache_read": 1}
    with pytest.raises(PriceTableError, match="long_output"):
        parse_price_table({"models": [{**row, "long_above": 10, "long_input": 1,
                                       "long_cache_read": 1, "long_cache_write": 1}]})
    with pytest.raises(PriceTableError, match="long_above must be a whole number"):
        parse_price_table({"models": [{**row, "long_above": 0.5, "long_input": 1, "long_output": 1,
                                       "long_cache_read": 1, "long_cache_write": 1}]})
    with pytest.raises(PriceTableError, match="status must be one of current, legacy, retired"):
        parse_price_table({"models": [{**row, "status": "old"}]})
    with pytest.raises(PriceTableError, match="rejects_sampling must be true or false"):
        parse_price_table({"models": [{**row, "rejects_sampling": "yes"}]})


def test_saved_user_table_is_loaded_and_reset_brings_back_the_shipped_one():
    mine = _with_sonnet_input(shipped_price_table(), 2.0)
    path = save_user_price_table(mine)
    assert path == paths.config_dir() / "prices.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "fine-tune-advisor/prices" and document["version"] == 2

    loaded = load_price_table()
    assert loaded.origin == "user"
    assert loaded.models["claude-sonnet-4-5"].input == 2.0
    assert loaded.models == mine.models

    reset_user_price_table()
    assert not path.exists()
    assert load_price_table().models["claude-sonnet-4-5"].input == 3.0
    reset_user_price_table()  # resetting twice is harmless


def test_user_can_add_a_model_and_price_the_api_path_with_it():
    table = shipped_price_table()
    custom = ModelPrice("my-model", "My model", 2.0, 10.0, 2.5, 0.2, as_of="2026-11-01",
                        source="our contract")
    save_user_price_table(table._replace(models={**table.models, "my-model": custom}))
    p = project({"model": "my-model"}, load_price_table())
    # (1,500 × 2 + 300 × 10) / 1e6 × 100,000 = $600 a month
    assert p.api.tokens[0] == pytest.approx(600)


def test_user_prices_change_the_projection():
    save_user_price_table(_with_sonnet_input(shipped_price_table(), 6.0))
    # (1,500 × 6 + 300 × 15) / 1e6 × 100,000 = $1,350 a month instead of $900
    assert project({"model": "claude-sonnet-4-5"}, load_price_table()).api.tokens[0] == pytest.approx(1350)


@pytest.mark.parametrize("content, expected", [
    ("{not json", "not a readable price table"),
    (json.dumps({"models": []}), "lists no models"),
    (json.dumps({"models": [{"id": "x", "input": -1, "output": 1, "cache_write": 1,
                             "cache_read": 1}]}), "model x: input must be a price of 0 or more"),
    (json.dumps({"version": 7, "models": []}), "version 7"),
    (json.dumps([1, 2]), "must be an object"),
])
def test_bad_user_table_falls_back_to_the_shipped_one_with_a_warning(content, expected):
    user_price_table_path().write_text(content, encoding="utf-8")
    table = load_price_table()
    assert table.models == shipped_price_table().models
    assert len(table.warnings) == 1
    assert expected in table.warnings[0] and "prices.json" in table.warnings[0]
    assert "using the shipped prices" in table.warnings[0]
    # The warning reaches the projection, so the CLI and the screen can show it.
    assert table.warnings[0] in project(None, table).warnings


def test_saving_an_invalid_table_is_refused_and_keeps_the_old_file():
    good = _with_sonnet_input(shipped_price_table(), 2.0)
    path = save_user_price_table(good)
    before = path.read_bytes()
    bad = _with_sonnet_input(shipped_price_table(), float("nan"))
    with pytest.raises(PriceTableError, match="claude-sonnet-4-5: input"):
        save_user_price_table(bad)
    assert path.read_bytes() == before


def test_parse_refuses_duplicates_and_bad_fields():
    row = {"id": "a", "input": 1, "output": 1, "cache_write": 1, "cache_read": 1}
    with pytest.raises(PriceTableError, match="listed twice"):
        parse_price_table({"models": [row, row]})
    with pytest.raises(PriceTableError, match="retired must be true or false"):
        parse_price_table({"models": [{**row, "retired": "yes"}]})
    with pytest.raises(PriceTableError, match="batch_discount"):
        parse_price_table({"models": [row], "batch_discount": 2})
    with pytest.raises(PriceTableError, match="output"):
        parse_price_table({"models": [{**row, "output": True}]})


def test_load_from_an_explicit_path(tmp_path):
    toml_file = tmp_path / "p.toml"
    toml_file.write_text('[[models]]\nid = "m"\ninput = 1\noutput = 2\ncache_write = 1.25\n'
                         'cache_read = 0.1\n', encoding="utf-8")
    assert load_price_table(toml_file).models["m"].output == 2
    with pytest.raises(PriceTableError, match="cannot read"):
        load_price_table(tmp_path / "missing.json")


def test_claude_fable_5_is_priced_as_the_official_page_lists_it_with_its_date():
    # platform.claude.com/docs/en/about-claude/pricing, checked 2026-12-07
    fable = shipped_price_table().models["claude-fable-5"]
    assert (fable.input, fable.output, fable.cache_read, fable.cache_write) == (10.0, 50.0, 1.0, 12.5)
    assert fable.status == "legacy" and fable.as_of == "2026-12-07" and "platform.claude.com" in fable.source
