"""Prices from the ecosystem's price map: LiteLLM's ``model_prices_and_context_window.json``.

The map is a JSON object of model names, each with prices per token (``input_cost_per_token``,
``output_cost_per_token``, ``cache_read_input_token_cost``, ``cache_creation_input_token_cost``
and, for a long-prompt tier, the same keys with ``_above_200k_tokens``). Importing it updates the
prices of the models the user's table already has; the shipped table is never changed, and a
model the map does not name keeps its price (contract section 8, ``prices import``).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, NamedTuple

from advisor.core.errors import FileProblem
from advisor.costs.pricing import LONG_FIELDS, PRICE_FIELDS, ModelPrice, PriceTable

MAX_MAP_BYTES = 64 * 1024 * 1024  # LiteLLM's map is a few MB
# Our fields and the map's per-token keys.
MAP_KEYS = {"input": "input_cost_per_token", "output": "output_cost_per_token",
            "cache_read": "cache_read_input_token_cost", "cache_write": "cache_creation_input_token_cost"}
_TIER = re.compile(r"^input_cost_per_token_above_(\d+)k_tokens$")


class PriceMapProblem(FileProblem):
    """The file is not a price map in LiteLLM's format (exit 3)."""


class Change(NamedTuple):
    model: str
    field: str  # a ModelPrice field: input, output, cache_read, cache_write, long_above, long_*
    old: float | int | None
    new: float | int | None


def read_price_map(path: Path) -> dict[str, dict[str, Any]]:
    """The map's entries that carry prices; PriceMapProblem naming what is wrong otherwise."""
    from advisor.core.safe_files import read_limited

    try:
        raw = read_limited(Path(path), MAX_MAP_BYTES)
    except OSError as error:
        raise PriceMapProblem(f"{path}: cannot be read ({error.strerror or error}).") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PriceMapProblem(f"{path}: not JSON. Give LiteLLM's model_prices_and_context_window.json.") from None
    entries = {name: entry for name, entry in data.items() if isinstance(entry, dict)
               and _per_token(entry.get("input_cost_per_token")) is not None} if isinstance(data, dict) else {}
    if not entries:
        raise PriceMapProblem(f"{path}: not a price map: no model in it has input_cost_per_token. Give "
                              "LiteLLM's model_prices_and_context_window.json.")
    return entries


def _per_token(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if 0 <= value < 1 else None  # a dollar a token is no price, it is a mistake


def _per_million(value: Any) -> float | None:
    per_token = _per_token(value)
    return None if per_token is None else round(per_token * 1e6, 6)


def entry_for(model_id: str, entries: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The map's entry for one of our model ids: the same name, or Anthropic's under its prefix."""
    return entries.get(model_id) or entries.get(f"anthropic/{model_id}")


def prices_of(entry: dict[str, Any]) -> dict[str, float | int | None]:
    """An entry's prices as our fields, USD per million tokens; absent ones are left out."""
    found: dict[str, float | int | None] = {}
    for field, key in MAP_KEYS.items():
        value = _per_million(entry.get(key))
        if value is not None:
            found[field] = value
    tiers = sorted(int(m.group(1)) for m in map(_TIER.match, entry) if m)
    if tiers:
        above = tiers[0]
        long_values = {long: _per_million(entry.get(f"{MAP_KEYS[field]}_above_{above}k_tokens"))
                       for field, long in zip(PRICE_FIELDS, LONG_FIELDS)}
        if all(value is not None for value in long_values.values()):
            found["long_above"] = above * 1000
            found.update(long_values)
    return found


def changes(table: PriceTable, entries: dict[str, dict[str, Any]]) -> tuple[list[Change], list[str]]:
    """What importing the map would change in ``table``, and the models the map does not name."""
    found: list[Change] = []
    unnamed: list[str] = []
    for model_id, model in table.models.items():
        entry = entry_for(model_id, entries)
        if entry is None:
            unnamed.append(model_id)
            continue
        for field, value in prices_of(entry).items():
            if getattr(model, field) != value:
                found.append(Change(model_id, field, getattr(model, field), value))
    return found, unnamed


def applied(table: PriceTable, found: list[Change], source: str, as_of: str) -> PriceTable:
    """``table`` with the changes made; each changed model says where and when its prices came from."""
    models: dict[str, ModelPrice] = dict(table.models)
    for model_id in dict.fromkeys(change.model for change in found):
        values = {change.field: change.new for change in found if change.model == model_id}
        models[model_id] = models[model_id]._replace(**values, as_of=as_of, source=source)
    return table._replace(models=models, origin="user")
