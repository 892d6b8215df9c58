"""``prices import FILE [--apply]`` (issue 23, contract section 8): LiteLLM's price map updates the
user's price table, shows every change first, and never touches the shipped table."""
from __future__ import annotations

import json

import pytest

from tests.helpers import ROOT, run_cli, write_assessment

MAP = {
    "sample_spec": {"input_cost_per_token": 0.0, "litellm_provider": "one of https://docs.litellm.ai"},
    "claude-sonnet-5-5": {"litellm_provider": "anthropic", "input_cost_per_token": 1.5e-06,
                          "output_cost_per_token": 1e-05, "cache_read_input_token_cost": 1e-07,
                          "cache_creation_input_token_cost": 2.5e-06},
    "anthropic/claude-opus-5-5": {"input_cost_per_token": 4e-06, "output_cost_per_token": 1.8e-05,
                                  "cache_read_input_token_cost": 2e-07, "cache_creation_input_token_cost": 5e-06},
    "claude-haiku-5-5": {"input_cost_per_token": "free", "output_cost_per_token": 1e308},  # hostile: ignored
    "gpt-5": {"input_cost_per_token": 1.25e-06, "output_cost_per_token": 1e-05},
}


@pytest.fixture
def price_map(tmp_path):
    path = tmp_path / "model_prices_and_context_window.json"
    path.write_text(json.dumps(MAP), encoding="utf-8")
    return path


def test_the_changes_are_printed_and_nothing_is_written_without_apply(price_map, app_home):
    shipped = (ROOT / "resources" / "pricing.toml").read_bytes()
    result = run_cli("prices", "import", str(price_map))
    assert result.returncode == 0, result.stderr
    assert "claude-sonnet-5-5: input $2 -> $1.5" in result.stdout
    assert "claude-opus-5-5: output $20 -> $18" in result.stdout
    assert "claude-haiku-5-5" not in result.stdout.split("not in the map")[0]  # its hostile prices ignored
    assert "run again with --apply" in result.stderr
    assert not (app_home / "config" / "prices.json").exists()
    assert (ROOT / "resources" / "pricing.toml").read_bytes() == shipped


def test_apply_writes_the_users_table_and_the_projection_uses_it(price_map, app_home, tmp_path):
    result = run_cli("prices", "import", str(price_map), "--apply")
    assert result.returncode == 0, result.stderr
    assert "2 changes written to" in result.stdout  # sonnet's input and opus's output
    table = json.loads((app_home / "config" / "prices.json").read_text(encoding="utf-8"))
    sonnet = next(m for m in table["models"] if m["id"] == "claude-sonnet-5-5")
    assert (sonnet["input"], sonnet["output"], sonnet["source"]) == (
        1.5, 10.0, "LiteLLM price map (model_prices_and_context_window.json)")
    path = write_assessment(tmp_path / "a.fta.json", costs={"model": "claude-sonnet-5-5", "monthly_requests": 1000,
                                                             "avg_input_tokens": 1_000_000, "avg_output_tokens": 0})
    costs = json.loads(run_cli("costs", str(path), "--format", "json").stdout)
    assert costs["api"]["breakdown"]["tokens"][0] == pytest.approx(1500.0)  # 1,000 requests of 1M tokens at $1.50
    again = run_cli("prices", "import", str(price_map))
    assert "no changes: your prices already match the map" in again.stdout


@pytest.mark.parametrize(("content", "message"), [
    (b"[1, 2]", "not a price map: no model in it has input_cost_per_token"),
    (b'{"x": {"max_tokens": 4}}', "not a price map"),
    (b"{not json", "not JSON"),
    (b"\xff\xfe\x00garbage", "not JSON"),
])
def test_a_file_that_is_not_a_price_map_is_exit_3_and_changes_nothing(tmp_path, app_home, content, message):
    path = tmp_path / "map.json"
    path.write_bytes(content)
    result = run_cli("prices", "import", str(path), "--apply")
    assert result.returncode == 3 and message in result.stderr and "Traceback" not in result.stderr
    assert not (app_home / "config" / "prices.json").exists()


def test_a_missing_file_and_a_missing_action_are_told_apart(tmp_path):
    assert run_cli("prices", "import", str(tmp_path / "none.json")).returncode == 3
    result = run_cli("prices")
    assert result.returncode == 2 and "ACTION" in result.stderr
