"""The inputs the Costs screen projects, priced as the summary prices them (CONTRACT section 8).

Under a self-hosting verdict the summary prices serving an open-weights model on your own GPUs
(``advisor.costs.presets.self_host_inputs``); the Costs screen must draw that same path, not a
fine-tuning one, or the two screens contradict each other.
"""
from __future__ import annotations

from typing import Any, Mapping

from advisor.decision.engine import evaluate, inputs_in_force
from advisor.decision.rules import default_rules


def priced_inputs(answers: Mapping[str, Any] | None, costs: Any, prompt_lab: Mapping[str, Any] | None = None,
                  prices: Any = None) -> tuple[Any, bool]:
    """The one projection's inputs, and whether they price a model you host yourself."""
    in_force = inputs_in_force(costs, answers)
    if not isinstance(in_force, dict):
        return in_force, False
    # The verdict reads point figures only: without the ranges no Monte Carlo runs here.
    point = {key: value for key, value in costs.items() if key != "ranges"} if isinstance(costs, dict) else costs
    verdict = evaluate(answers, point, prompt_lab=prompt_lab, prices=prices).verdict
    if not default_rules().verdicts[verdict].self_hosted:
        return in_force, False
    from advisor.costs.presets import self_host_inputs

    return self_host_inputs(costs, in_force), True
