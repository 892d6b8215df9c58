"""The cost inputs of the projection (shared/CONTRACT.md section 4), declared once.

The file validator, the cost model, the cost form and the CLI all read this list: the id, the
type, the default, the allowed range, the unit and a help text saying where the default comes from.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from advisor.numbers import is_finite_number


class CostInput(NamedTuple):  # a NamedTuple: as immutable as a frozen dataclass, far cheaper to define
    id: str
    type: str  # "integer", "number" or "model"
    default: Any
    label: str
    unit: str = ""
    minimum: float | None = 0
    maximum: float | None = None
    min_exclusive: bool = False
    help: str = ""

    def allowed_text(self) -> str:
        if self.type == "model":
            return "a model id from the price table"
        kind = "a whole number" if self.type == "integer" else "a number"
        low = None
        if self.minimum is not None:
            low = f"above {self.minimum:g}" if self.min_exclusive else f"at least {self.minimum:g}"
        high = f"at most {self.maximum:g}" if self.maximum is not None else None
        return " ".join([kind] + [" and ".join(p for p in (low, high) if p)]).strip()

    def problem_with(self, value: Any, known_models: frozenset[str] | None = None) -> str | None:
        """Why ``value`` is not allowed for this input, or None when it is."""
        if self.type == "model":
            if not isinstance(value, str) or not value.strip():
                return f"must be {self.allowed_text()}"
            if known_models is not None and value not in known_models:
                return f"is not in the price table; use one of {', '.join(sorted(known_models))} or add it under Prices"
            return None
        if not is_finite_number(value, integer=self.type == "integer"):
            return f"must be {self.allowed_text()}"
        too_low = self.minimum is not None and (
            value <= self.minimum if self.min_exclusive else value < self.minimum)
        too_high = self.maximum is not None and value > self.maximum
        return f"must be {self.allowed_text()}" if too_low or too_high else None


COST_INPUTS: tuple[CostInput, ...] = (
    CostInput("horizon_months", "integer", 24, "Horizon", "months", 1, 120,
              help="How far ahead to project. Two years covers several base-model generations."),
    CostInput("model", "model", "claude-sonnet-4-5", "Claude model", minimum=None,
              help="The model the API path uses; its prices come from the price table."),
    CostInput("monthly_requests", "number", 100000, "Requests in month 1", "requests/month",
              help="Requests sent in the first month."),
    CostInput("monthly_growth", "number", 0.0, "Monthly growth", "share", -0.99, 10,
              help="Growth of requests per month: 0.05 is 5 % a month."),
    CostInput("avg_input_tokens", "number", 1500, "Input tokens per request", "tokens",
              help="System prompt, examples and the user's text, per request."),
    CostInput("avg_output_tokens", "number", 300, "Output tokens per request", "tokens",
              help="The reply, per request."),
    CostInput("cache_hit_share", "number", 0.0, "Cache hit share", "share", 0, 1,
              help="Share of input tokens read from the prompt cache, billed at 0.1 × the input price."),
    CostInput("batch_share", "number", 0.0, "Batch share", "share", 0, 1,
              help="Share of requests sent through the Message Batches API at half price."),
    CostInput("api_setup_usd", "number", 5000, "Prompt engineering set-up", "USD",
              help="One-off effort to write and evaluate the prompt, paid in month 1."),
    CostInput("api_monthly_usd", "number", 0, "API path overhead", "USD/month",
              help="Evaluations, monitoring and upkeep of the prompt, per month."),
    CostInput("examples_to_label", "integer", 5000, "Examples to label", "examples",
              help="Fine-tuning guides ask for thousands of curated examples."),
    CostInput("label_cost_per_example_usd", "number", 1.0, "Labelling cost per example", "USD",
              help="Expert labelling of niche data often costs several dollars an example."),
    CostInput("gpu_hourly_usd", "number", 3.0, "GPU price", "USD/hour",
              help="One data-centre GPU on demand."),
    CostInput("train_gpu_hours", "number", 40, "GPU-hours per training run", "GPU-hours",
              help="One training run of a mid-size open-weights model."),
    CostInput("training_runs", "integer", 5, "Training runs before launch", "runs",
              help="Hyper-parameter searches and fixes before a model is good enough to ship."),
    CostInput("retrains_per_year", "number", 4, "Retrains per year", "runs/year",
              help="Base-model updates and use-case shifts each call for a new run."),
    CostInput("min_hosting_gpus", "integer", 1, "Minimum serving GPUs", "GPUs",
              help="Always-on serving capacity, even when traffic is low."),
    CostInput("gpu_tokens_per_second", "number", 2500, "Tokens per second per GPU", "tokens/s",
              min_exclusive=True, help="Prompt and output tokens one serving GPU handles per second."),
    CostInput("peak_to_average", "number", 2.0, "Peak to average load", "×", 1,
              help="Serving capacity needed above the average load to meet peaks."),
    CostInput("ml_fte", "number", 1.0, "ML engineers", "people",
              help="Engineers keeping the fine-tuned model alive: data, training, evaluation, serving."),
    CostInput("ml_salary_usd", "number", 200000, "Salary per engineer", "USD/year",
              help="Fully loaded cost of one ML engineer per year."),
    CostInput("ft_monthly_usd", "number", 0, "Fine-tune path overhead", "USD/month",
              help="Other monthly costs of the fine-tuning path: storage, monitoring, tools."),
)

COST_INPUTS_BY_ID: dict[str, CostInput] = {c.id: c for c in COST_INPUTS}


def effective_costs(costs: dict[str, Any] | None) -> dict[str, Any]:
    """The cost inputs with every missing one filled in from its default."""
    values = {c.id: c.default for c in COST_INPUTS}
    for key, value in (costs or {}).items():
        if key in COST_INPUTS_BY_ID:
            values[key] = value
    return values


