"""Figures derived from an assessment's inputs, shared by the rule engine and the cost model."""
from __future__ import annotations

from typing import Any

from advisor.cost_inputs import effective_costs


def training_run_usd(costs: dict[str, Any] | None) -> float:
    values = effective_costs(costs)
    return values["train_gpu_hours"] * values["gpu_hourly_usd"]


def upfront_fine_tune_usd(costs: dict[str, Any] | None) -> float:
    """Labelling plus the training runs before a model ships (CONTRACT section 4, ``upfront``)."""
    values = effective_costs(costs)
    labelling = values["examples_to_label"] * values["label_cost_per_example_usd"]
    return labelling + values["training_runs"] * training_run_usd(costs)
