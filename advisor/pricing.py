"""The Claude price table: shipped in ``resources/pricing.toml``, editable by the user.

The user's own table lives in ``config_dir()/prices.json``, written atomically. A table that
cannot be used never stops the app: :func:`load_price_table` falls back to the shipped one and
says why in ``PriceTable.warnings``.
"""
from __future__ import annotations

import json
import logging
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from advisor import paths

log = logging.getLogger(__name__)

USER_TABLE_NAME = "prices.json"
USER_TABLE_FORMAT = "fine-tune-advisor/prices"
USER_TABLE_VERSION = 1
PRICE_FIELDS = ("input", "output", "cache_write", "cache_read")


class PriceTableError(ValueError):
    """A price table that cannot be used; the message names the model and the field."""


@dataclass(frozen=True)
class ModelPrice:
    id: str
    name: str
    input: float
    output: float
    cache_write: float
    cache_read: float
    retired: bool = False
    as_of: str = ""
    source: str = ""


@dataclass(frozen=True)
class PriceTable:
    models: dict[str, ModelPrice]
    batch_discount: float = 0.5
    currency: str = "USD"
    origin: str = "shipped"  # "shipped", "user" or the path it was read from
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def get(self, model_id: str) -> ModelPrice | None:
        return self.models.get(model_id)

    def model_ids(self) -> frozenset[str]:
        return frozenset(self.models)

    def to_json(self) -> dict[str, Any]:
        """The user-table document: what :func:`save_user_price_table` writes."""
        return {
            "format": USER_TABLE_FORMAT, "version": USER_TABLE_VERSION,
            "currency": self.currency, "batch_discount": self.batch_discount,
            "models": [asdict(model) for model in self.models.values()],
        }


def _is_price(value: Any) -> bool:
    return (not isinstance(value, bool) and isinstance(value, (int, float))
            and math.isfinite(value) and value >= 0)


def parse_price_table(data: dict[str, Any], origin: str = "shipped") -> PriceTable:
    """A checked table from TOML or JSON data; PriceTableError names the first problem."""
    if not isinstance(data, dict):
        raise PriceTableError("the price table must be an object with a list of models")
    raw_models = data.get("models", [])
    if not isinstance(raw_models, list):
        raise PriceTableError("models must be a list")
    models: dict[str, ModelPrice] = {}
    for raw in raw_models:
        if not isinstance(raw, dict):
            raise PriceTableError("each model in the price table must be an object")
        model_id = raw.get("id")
        if not isinstance(model_id, str) or not model_id.strip():
            raise PriceTableError("a model in the price table has no id")
        if model_id in models:
            raise PriceTableError(f"model {model_id} is listed twice")
        for field_name in PRICE_FIELDS:
            if not _is_price(raw.get(field_name)):
                raise PriceTableError(f"model {model_id}: {field_name} must be a price of 0 or more")
        if not isinstance(raw.get("retired", False), bool):
            raise PriceTableError(f"model {model_id}: retired must be true or false")
        models[model_id] = ModelPrice(
            id=model_id, name=str(raw.get("name") or model_id),
            input=float(raw["input"]), output=float(raw["output"]),
            cache_write=float(raw["cache_write"]), cache_read=float(raw["cache_read"]),
            retired=raw.get("retired", False), as_of=str(raw.get("as_of", "")),
            source=str(raw.get("source", "")),
        )
    if not models:
        raise PriceTableError("the price table lists no models")
    discount = data.get("batch_discount", 0.5)
    if not _is_price(discount) or discount > 1:
        raise PriceTableError("batch_discount must be a number from 0 to 1")
    currency = data.get("currency", "USD")
    if not isinstance(currency, str) or not currency.strip():
        raise PriceTableError("currency must be a currency code such as USD")
    return PriceTable(models, float(discount), currency, origin)


def shipped_price_table() -> PriceTable:
    from advisor.questions import shipped_toml

    return parse_price_table(shipped_toml("pricing.toml"))


def user_price_table_path() -> Path:
    return paths.config_dir() / USER_TABLE_NAME


def _read_table_file(path: Path, origin: str) -> PriceTable:
    """A table from a TOML or JSON file; PriceTableError for anything unusable."""
    try:
        if path.suffix.lower() == ".toml":
            import tomllib

            with open(path, "rb") as handle:
                data = tomllib.load(handle)
        else:
            data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise PriceTableError(f"cannot read {path}: {error.strerror or error}") from None
    except (ValueError, UnicodeDecodeError) as error:  # JSON, TOML and decode errors
        raise PriceTableError(f"{path} is not a readable price table ({error})") from None
    if isinstance(data, dict) and data.get("version", USER_TABLE_VERSION) != USER_TABLE_VERSION:
        raise PriceTableError(f"{path} has price-table version {data.get('version')!r}; "
                              f"this release reads version {USER_TABLE_VERSION}")
    try:
        return parse_price_table(data, origin)
    except PriceTableError as error:
        raise PriceTableError(f"{path}: {error}") from None


def load_user_price_table() -> PriceTable | None:
    """The user's own table, None when they have none; PriceTableError when it is unusable."""
    try:
        path = user_price_table_path()
    except OSError:
        return None  # no config folder can be made (a file in its place, say): so no user table
    if not path.exists():
        return None
    return _read_table_file(path, "user")


def save_user_price_table(table: PriceTable) -> Path:
    """Write ``table`` as the user's own, atomically; it must pass the same checks as on load."""
    document = table.to_json()
    parse_price_table(document)  # refuse to write what could not be read back
    path = user_price_table_path()
    from advisor.atomic import atomic_write_text

    atomic_write_text(path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    log.info("saved the user's price table to %s", path)
    return path


def reset_user_price_table() -> None:
    """Back to the shipped table: the user's own copy is removed."""
    path = user_price_table_path()
    try:
        path.unlink()
        log.info("removed the user's price table %s", path)
    except FileNotFoundError:
        pass


def load_price_table(path: Path | None = None) -> PriceTable:
    """The price table in force.

    With ``path``, that file (TOML or JSON), raising PriceTableError when unusable. Otherwise the
    user's own table when there is one, else the shipped one; a broken user table falls back to
    the shipped one with the reason in ``warnings``.
    """
    if path is not None:
        return _read_table_file(Path(path), str(path))
    try:
        user = load_user_price_table()
    except PriceTableError as error:
        message = f"your price table cannot be used ({error}); using the shipped prices"
        log.warning(message)
        shipped = shipped_price_table()
        return PriceTable(shipped.models, shipped.batch_discount, shipped.currency,
                          shipped.origin, (message,))
    return user if user is not None else shipped_price_table()
