"""Team presets and the cost figures the questionnaire's answers imply.

Pure data and functions, no Qt: the window's cost form, the ``costs`` and ``summary`` commands
and the tests all read them, so every one of them projects the same figures for a file.
"""
from __future__ import annotations

import logging
import re
from typing import Any, Callable, NamedTuple

from advisor.core import shown_numbers
from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
from advisor.costs.inputs import COST_INPUTS_BY_ID, shown_label

log = logging.getLogger(__name__)


class Preset(NamedTuple):
    id: str
    label: str
    description: str
    costs: dict[str, Any]


# Each preset sets a coherent group: traffic, the API path's upkeep, the data and training effort,
# serving capacity and the people. Token profiles and the model are left as the user set them.
PRESETS: tuple[Preset, ...] = (
    Preset("small", QT_TRANSLATE_NOOP("presets", "Small team"),
           QT_TRANSLATE_NOOP("presets", "A start-up feature: 20,000 requests a month growing 5 % monthly, a part-time ML engineer."),
           {"monthly_requests": 20_000, "monthly_growth": 0.05, "api_setup_usd": 3_000,
            "api_monthly_usd": 200, "examples_to_label": 2_000, "label_cost_per_example_usd": 1.0,
            "train_gpu_hours": 24, "training_runs": 3, "retrains_per_year": 2, "min_hosting_gpus": 1,
            "ml_fte": 0.5, "ml_salary_usd": 180_000, "ft_monthly_usd": 200}),
    Preset("mid", QT_TRANSLATE_NOOP("presets", "Mid-size team"),
           QT_TRANSLATE_NOOP("presets", "A product team: 250,000 requests a month growing 3 % monthly, one and a half ML engineers."),
           {"monthly_requests": 250_000, "monthly_growth": 0.03, "api_setup_usd": 10_000,
            "api_monthly_usd": 1_000, "examples_to_label": 5_000, "label_cost_per_example_usd": 2.0,
            "train_gpu_hours": 80, "training_runs": 5, "retrains_per_year": 4, "min_hosting_gpus": 2,
            "ml_fte": 1.5, "ml_salary_usd": 200_000, "ft_monthly_usd": 1_000}),
    Preset("large", QT_TRANSLATE_NOOP("presets", "Large team"),
           QT_TRANSLATE_NOOP("presets", "An enterprise rollout: 3 million requests a month growing 2 % monthly, an ML team of four."),
           {"monthly_requests": 3_000_000, "monthly_growth": 0.02, "api_setup_usd": 30_000,
            "api_monthly_usd": 5_000, "examples_to_label": 20_000, "label_cost_per_example_usd": 3.0,
            "train_gpu_hours": 400, "training_runs": 8, "retrains_per_year": 4, "min_hosting_gpus": 4,
            "ml_fte": 4.0, "ml_salary_usd": 220_000, "ft_monthly_usd": 5_000}),
)
PRESETS_BY_ID: dict[str, Preset] = {p.id: p for p in PRESETS}

RETRAINS_FOR_CHANGES = {"monthly": 12, "weekly": 52}  # facts baked into weights go stale this often


class Implied(NamedTuple):
    """A cost figure an answer implies, and the reason shown to the user."""

    input_id: str
    value: Any
    reason: str


IMPLYING_ANSWERS = frozenset({"labeled_examples", "retrain_commitment", "knowledge_changes"})  # all it reads


def implied_costs(answers: dict[str, Any]) -> list[Implied]:
    """The cost inputs the questionnaire's answers put a figure on."""
    found: list[Implied] = []
    have = answers.get("labeled_examples")
    if isinstance(have, int) and not isinstance(have, bool) and have >= 0:
        target = COST_INPUTS_BY_ID["examples_to_label"].default
        still = max(0, target - have)
        found.append(Implied("examples_to_label", still,
                             f"{target:,} needed minus the {have:,} you have"))
    if answers.get("retrain_commitment") is False:
        found.append(Implied("retrains_per_year", 0, "you will not retrain"))
    elif answers.get("knowledge_changes") in RETRAINS_FOR_CHANGES:
        per_year = RETRAINS_FOR_CHANGES[answers["knowledge_changes"]]
        every = "month" if per_year == 12 else "week"
        found.append(Implied("retrains_per_year", per_year, f"your facts change every {every}"))
    return found


def shown_preset(preset: Preset) -> tuple[str, str]:
    """The preset's name and description in the window's language."""
    return translate("presets", preset.label), translate("presets", preset.description)


def shown_reason(figure: Implied, number: Callable[[int], str] = "{:,}".format) -> str:
    """The reason of an implied figure in the window's language (``reason`` stays English), its
    counts written by ``number`` (the window's: 5.000 in German)."""
    found = re.fullmatch(r"([\d,]+) needed minus the ([\d,]+) you have", figure.reason)
    if found:
        target, have = (int(count.replace(",", "")) for count in found.groups())
        return translate("presets", "{0} needed minus the {1} you have").format(number(target), number(have))
    return translate("presets", figure.reason)


REASONS = (QT_TRANSLATE_NOOP("presets", "you will not retrain"),  # implied_costs' fixed reasons
           QT_TRANSLATE_NOOP("presets", "your facts change every month"),
           QT_TRANSLATE_NOOP("presets", "your facts change every week"))


def with_implied(costs: dict[str, Any] | None, answers: dict[str, Any] | None) -> dict[str, Any]:
    """The cost inputs to project: ``costs`` as set, plus what the answers imply for inputs not set.

    A figure the user set (typed, from a preset, or earlier from the answers) always wins.
    ``costs`` that are not an object are returned as they are, for the projection to refuse.
    """
    if not isinstance(costs, dict) and costs is not None:
        return costs  # type: ignore[return-value]
    merged = dict(costs or {})
    for figure in implied_costs(answers if isinstance(answers, dict) else {}):
        merged.setdefault(figure.input_id, figure.value)
    return merged


class Derivation(NamedTuple):
    """An input the answers put a figure on, and whether the projection uses it or the typed one."""

    input_id: str
    derived: Any
    reason: str
    typed: Any = None  # the figure in the file, when the user set one

    @property
    def used(self) -> bool:
        return self.typed is None

    def sentence(self) -> str:
        """The line the summary shows; in the window's language and numbers (English on the CLI)."""
        label = shown_label(COST_INPUTS_BY_ID[self.input_id])
        reason = shown_reason(Implied(self.input_id, self.derived, self.reason), _figure)
        if self.used:
            return translate("presets", "{0}: {1}, from your answers ({2}).").format(label, _figure(self.derived),
                                                                                     reason)
        return translate("presets", "{0}: your figure {1} is used; your answers imply {2} ({3}).").format(
            label, _figure(self.typed), _figure(self.derived), reason)


def _figure(value: float) -> str:
    """4,200 and 2.5 as the command line writes them (``:,g``); 4.200 and 2,5 in a German window."""
    if not shown_numbers.localised():
        return f"{value:,g}"
    text = f"{value:g}"
    return shown_numbers.number(value, len(text.split(".")[1]) if "." in text and "e" not in text else 0)


def derivations(costs: dict[str, Any] | None, answers: dict[str, Any] | None) -> list[Derivation]:
    """What the answers imply for the projection, and where a typed input differs (it wins)."""
    if costs is not None and not isinstance(costs, dict):
        return []
    own = costs or {}
    found = []
    for figure in implied_costs(answers if isinstance(answers, dict) else {}):
        typed = own.get(figure.input_id)
        if typed is None:
            found.append(Derivation(figure.input_id, figure.value, figure.reason))
        elif typed != figure.value and isinstance(typed, (int, float)) and not isinstance(typed, bool):
            found.append(Derivation(figure.input_id, figure.value, figure.reason, typed))
    return found


def overridden_derivations(costs: dict[str, Any] | None, answers: dict[str, Any] | None) -> list[str]:
    """Sentences for the inputs whose figure in the file disagrees with what the answers imply:
    the file's figure is projected (it was typed), and the user is told so (issue 27, bad input).
    In the window's language (the command line's stays English)."""
    return [d.sentence() for d in derivations(costs, answers) if not d.used]


# Priced only when the user typed them: serving a model you host need not mean training one.
TRAINING_INPUTS = ("examples_to_label", "training_runs", "retrains_per_year", "retrain_extra_usd")


def self_host_inputs(typed: Any, in_force: Any) -> Any:
    """The inputs that price self-hosting (CONTRACT section 8, "Self-hosting is priced as
    self-hosting"): an open-weights model served on ``self_host_gpus`` dedicated GPUs at
    ``gpu_hourly_usd``, plus ``ml_fte``; labelling, training and retrains only as typed."""
    if not isinstance(in_force, dict):
        return in_force
    own = typed if isinstance(typed, dict) else {}
    values = {**in_force, "ft_hosting": "dedicated",
              "min_hosting_gpus": in_force.get("self_host_gpus", COST_INPUTS_BY_ID["self_host_gpus"].default)}
    for input_id in TRAINING_INPUTS:
        if input_id not in own:
            values[input_id] = 0
    return values


def preset_conflicts(preset: Preset, costs: dict[str, Any], from_answers: set[str]) -> list[str]:
    """Inputs a preset would change whose current figure came from the answers."""
    return [input_id for input_id in preset.costs
            if input_id in from_answers and costs.get(input_id) != preset.costs[input_id]]
