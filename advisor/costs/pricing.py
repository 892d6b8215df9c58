"""The Claude price table: shipped in ``resources/pricing.toml``, editable by the user.

Each model row gives its prices (USD per million tokens), its status (current, legacy, retired),
whether it rejects sampling parameters and takes an ``effort`` setting, and optionally a
long-prompt tier (CONTRACT section 4). The user's own table lives in ``config_dir()/prices.json``,
written atomically. A table that cannot be used never stops the app: :func:`load_price_table`
falls back to the shipped one and says why in ``PriceTable.warnings``.
"""
from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from advisor.core import paths
from advisor.core.numbers import is_finite_number

log = logging.getLogger(__name__)

USER_TABLE_NAME = "prices.json"
USER_TABLE_FORMAT = "fine-tune-advisor/prices"
USER_TABLE_VERSION = 2  # 2 adds status, the sampling/effort flags and the long-prompt tier
PRICE_FIELDS = ("input", "output", "cache_write", "cache_read")
LONG_FIELDS = ("long_input", "long_output", "long_cache_write", "long_cache_read")
FLAG_FIELDS = ("rejects_sampling", "supports_effort")
STATUSES = ("current", "legacy", "retired")
STALE_AFTER_DAYS = 90  # prices change every few months (CONTRACT section 4)
OFFICIAL_PRICING_PAGE = "https://platform.claude.com/docs/en/about-claude/pricing"


class PriceTableError(ValueError):
    """A price table that cannot be used; the message names the model and the field."""


class Rates(NamedTuple):
    """The four prices that bill one request, USD per million tokens."""

    input: float
    output: float
    cache_read: float
    cache_write: float


class ModelPrice(NamedTuple):
    id: str
    name: str
    input: float
    output: float
    cache_write: float
    cache_read: float
    status: str = "current"  # one of STATUSES
    as_of: str = ""
    source: str = ""
    rejects_sampling: bool = False  # temperature, top_p and top_k answer 400 (Claude 5 generation)
    supports_effort: bool = False  # the request may carry an `effort` setting
    long_above: int | None = None  # prompt tokens above which the long_* prices bill every token
    long_input: float | None = None
    long_output: float | None = None
    long_cache_write: float | None = None
    long_cache_read: float | None = None

    @property
    def retired(self) -> bool:
        return self.status == "retired"

    @property
    def has_long_tier(self) -> bool:
        return self.long_above is not None

    def rates(self, prompt_tokens: float = 0) -> Rates:
        """The prices for a request whose prompt holds ``prompt_tokens`` (cached or not): the
        long tier's for every token of it when the prompt is longer than ``long_above``."""
        if self.long_above is not None and prompt_tokens > self.long_above:
            return Rates(self.long_input, self.long_output, self.long_cache_read,  # type: ignore[arg-type]
                         self.long_cache_write)  # type: ignore[arg-type]
        return Rates(self.input, self.output, self.cache_read, self.cache_write)

    def label(self) -> str:
        """The name as a model list shows it: legacy and retired models are marked."""
        return self.name if self.status == "current" else f"{self.name} ({self.status})"


class PriceTable(NamedTuple):
    models: dict[str, ModelPrice]
    batch_discount: float = 0.5
    currency: str = "USD"
    origin: str = "shipped"  # "shipped", "user" or the path it was read from
    warnings: tuple[str, ...] = ()  # what loading the table said; not part of its prices

    def __eq__(self, other: object) -> bool:  # two tables are equal when their prices are
        return isinstance(other, PriceTable) and self[:4] == other[:4]

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]  # it holds a dict

    def get(self, model_id: str) -> ModelPrice | None:
        return self.models.get(model_id)

    def model_ids(self) -> frozenset[str]:
        return frozenset(self.models)

    @property
    def as_of(self) -> str:
        """The table's date: the oldest price still in use (retired models' last prices aside)."""
        dates = [m.as_of for m in self.models.values() if m.status != "retired" and m.as_of]
        return min(dates) if dates else ""

    def to_json(self) -> dict[str, Any]:
        """The user-table document: what :func:`save_user_price_table` writes."""
        return {
            "format": USER_TABLE_FORMAT, "version": USER_TABLE_VERSION,
            "currency": self.currency, "batch_discount": self.batch_discount,
            "models": [_model_json(model) for model in self.models.values()],
        }


def _model_json(model: ModelPrice) -> dict[str, Any]:
    row = model._asdict()
    if model.long_above is None:  # no tier: leave its keys out rather than write nulls
        for key in ("long_above",) + LONG_FIELDS:
            row.pop(key)
    return row


def price_table_age_days(table: PriceTable, today: date | None = None) -> int | None:
    """Days since the table's date; None when it has no readable date."""
    try:
        then = date.fromisoformat(table.as_of)
    except ValueError:
        return None
    return ((today or date.today()) - then).days


def stale_prices_note(table: PriceTable, today: date | None = None) -> str | None:
    """A sentence when the table is more than 90 days old (or undated), else None.

    The Costs screen and the summary both show it, so it is worded for either.
    """
    age = price_table_age_days(table, today)
    if age is None:
        if not table.models:
            return None
        return ("The price table has no date; check its prices against the official pricing "
                f"page ({OFFICIAL_PRICING_PAGE}).")
    if age <= STALE_AFTER_DAYS:
        return None
    when = date.fromisoformat(table.as_of)
    return (f"The prices are from {when.day} {when:%B %Y}, {age} days ago (more than "
            f"{STALE_AFTER_DAYS}); Claude prices change every few months, so check them against "
            f"the official pricing page ({OFFICIAL_PRICING_PAGE}).")


def _is_price(value: Any) -> bool:
    return is_finite_number(value) and value >= 0


def _parse_model(raw: Any) -> ModelPrice:
    if not isinstance(raw, dict):
        raise PriceTableError("each model in the price table must be an object")
    model_id = raw.get("id")
    if not isinstance(model_id, str) or not model_id.strip():
        raise PriceTableError("a model in the price table has no id")
    for field_name in PRICE_FIELDS:
        if not _is_price(raw.get(field_name)):
            raise PriceTableError(f"model {model_id}: {field_name} must be a price of 0 or more")
    for flag in FLAG_FIELDS + ("retired",):
        if not isinstance(raw.get(flag, False), bool):
            raise PriceTableError(f"model {model_id}: {flag} must be true or false")
    # Tables written before statuses existed say only whether a model is retired.
    status = raw.get("status", "retired" if raw.get("retired") else "current")
    if status not in STATUSES:
        raise PriceTableError(f"model {model_id}: status must be one of {', '.join(STATUSES)}, "
                              f"not {status!r}")
    long_tier = _parse_long_tier(model_id, raw)
    return ModelPrice(
        id=model_id, name=str(raw.get("name") or model_id),
        input=float(raw["input"]), output=float(raw["output"]),
        cache_write=float(raw["cache_write"]), cache_read=float(raw["cache_read"]),
        status=status, as_of=str(raw.get("as_of", "")), source=str(raw.get("source", "")),
        rejects_sampling=raw.get("rejects_sampling", False),
        supports_effort=raw.get("supports_effort", False), **long_tier,
    )


def _parse_long_tier(model_id: str, raw: dict[str, Any]) -> dict[str, Any]:
    """``long_above`` with its four prices, all or none (a null counts as absent)."""
    given = [key for key in ("long_above",) + LONG_FIELDS if raw.get(key) is not None]
    if not given:
        return {}
    missing = [key for key in ("long_above",) + LONG_FIELDS if key not in given]
    if missing:
        raise PriceTableError(f"model {model_id}: a long-prompt tier needs long_above and its four "
                              f"prices; {', '.join(missing)} missing")
    above = raw["long_above"]
    if not (is_finite_number(above, integer=True) and above >= 1):
        raise PriceTableError(f"model {model_id}: long_above must be a whole number of tokens, 1 or more")
    for key in LONG_FIELDS:
        if not _is_price(raw[key]):
            raise PriceTableError(f"model {model_id}: {key} must be a price of 0 or more")
    return {"long_above": int(above), **{key: float(raw[key]) for key in LONG_FIELDS}}


def parse_price_table(data: dict[str, Any], origin: str = "shipped") -> PriceTable:
    """A checked table from TOML or JSON data; PriceTableError names the first problem."""
    if not isinstance(data, dict):
        raise PriceTableError("the price table must be an object with a list of models")
    raw_models = data.get("models", [])
    if not isinstance(raw_models, list):
        raise PriceTableError("models must be a list")
    models: dict[str, ModelPrice] = {}
    for raw in raw_models:
        model = _parse_model(raw)
        if model.id in models:
            raise PriceTableError(f"model {model.id} is listed twice")
        models[model.id] = model
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
    from advisor.core.resource_cache import shipped_toml

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
    version = data.get("version", USER_TABLE_VERSION) if isinstance(data, dict) else USER_TABLE_VERSION
    if version not in (1, USER_TABLE_VERSION):
        raise PriceTableError(f"{path} has price-table version {version!r}; "
                              f"this release reads versions 1 to {USER_TABLE_VERSION}")
    try:
        table = parse_price_table(data, origin)
    except PriceTableError as error:
        raise PriceTableError(f"{path}: {error}") from None
    return _completed_from_shipped(table) if version == 1 else table


def _completed_from_shipped(table: PriceTable) -> PriceTable:
    """A version-1 user table, saved before the Claude 5 generation: the models it lacks and the
    fields it could not hold (status, flags, long tier) come from the shipped table; its own
    prices stay. The next save in Prices writes it as version 2."""
    shipped = shipped_price_table()
    models = dict(table.models)
    for model_id, model in models.items():
        known = shipped.models.get(model_id)
        if known is not None:
            tier = {key: getattr(known, key) for key in ("long_above",) + LONG_FIELDS}
            status = "retired" if model.retired else known.status
            models[model_id] = model._replace(status=status, rejects_sampling=known.rejects_sampling,
                                       supports_effort=known.supports_effort, **tier)
    added = [model_id for model_id in shipped.models if model_id not in models]
    for model_id in added:
        models[model_id] = shipped.models[model_id]
    warnings: tuple[str, ...] = ()
    if added:
        warnings = (f"your price table was saved by an older release; {', '.join(added)} "
                    "come from the shipped prices until you save it again under Prices",)
    return PriceTable(models, table.batch_discount, table.currency, table.origin, warnings)


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
    from advisor.core.atomic import atomic_write_text

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
