"""The cost inputs of the projection (shared/CONTRACT.md section 4), declared once.

The file validator, the cost model, the cost form and the CLI all read this list: the id, the
type, the default, the allowed range, the unit and a help text saying where the default comes from.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
from advisor.core.numbers import is_finite_number


class CostInput(NamedTuple):  # a NamedTuple: as immutable as a frozen dataclass, far cheaper to define
    id: str
    type: str  # "integer", "number", "model" or "choice"
    default: Any
    label: str
    unit: str = ""
    minimum: float | None = 0
    maximum: float | None = None
    min_exclusive: bool = False
    help: str = ""  # what it means and where its default comes from (the form's tooltip)
    choices: tuple[str, ...] = ()  # the allowed values of a "choice"

    @property
    def values(self) -> tuple[str, ...]:
        """The allowed values of a "choice", named as a question's are."""
        return self.choices

    @property
    def is_numeric(self) -> bool:
        return self.type in ("integer", "number")

    def allowed_text(self) -> str:
        if self.type == "model":
            return "a model id from the price table"
        if self.type == "choice":
            return "one of " + ", ".join(self.choices)
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
        if self.type == "choice":
            return None if isinstance(value, str) and value in self.choices else f"must be {self.allowed_text()}"
        if not is_finite_number(value, integer=self.type == "integer"):
            return f"must be {self.allowed_text()}"
        too_low = self.minimum is not None and (
            value <= self.minimum if self.min_exclusive else value < self.minimum)
        too_high = self.maximum is not None and value > self.maximum
        return f"must be {self.allowed_text()}" if too_low or too_high else None


HOSTING_CHOICES = ("cheapest", "serverless", "dedicated")
# Who serves a LoRA adapter per token, by base-model size (checked 2026-12-07): Together on
# Llama 3.1 8B and 70B, Qwen 2.5 72B, Llama 4 Maverick and Qwen3 235B
# (https://docs.together.ai/docs/adapter-upload); Fireworks only on GLM 5.3 Flash, in preview, and
# on a dedicated deployment for any other base model
# (https://docs.fireworks.ai/serverless/specialized-model-inference/overview).
SERVERLESS_LORA_NOTE = QT_TRANSLATE_NOOP("cost_inputs", "Serverless LoRA: Together serves adapters per token on 8B to 235B base models "
                        "(Llama 3.1 8B and 70B, Qwen 2.5 72B, Llama 4 Maverick, Qwen3 235B; "
                        "docs.together.ai/docs/adapter-upload); Fireworks only on GLM 5.3 Flash (a "
                        "preview) and needs a dedicated deployment for other base models "
                        "(docs.fireworks.ai/serverless/specialized-model-inference/overview), both "
                        "checked 2026-12-07. A larger base model costs more per token: enter its price.")

COST_INPUTS: tuple[CostInput, ...] = (
    CostInput("horizon_months", "integer", 24, QT_TRANSLATE_NOOP("cost_inputs", "Horizon"), "months", 1, 120,
              help=QT_TRANSLATE_NOOP("cost_inputs", "How far ahead to project. Two years covers several base-model generations.")),
    CostInput("model", "model", "claude-sonnet-5-5", QT_TRANSLATE_NOOP("cost_inputs", "Claude model"), minimum=None,
              help=QT_TRANSLATE_NOOP("cost_inputs", "The model the API path uses; its prices come from the price table (Prices…). "
                   "Default: Claude Sonnet 5.5, the current mid-size model.")),
    CostInput("monthly_requests", "number", 100000, QT_TRANSLATE_NOOP("cost_inputs", "Requests in month 1"), "requests/month",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Requests sent in the first month.")),
    CostInput("monthly_growth", "number", 0.0, QT_TRANSLATE_NOOP("cost_inputs", "Monthly growth"), "share", -0.99, 10,
              help=QT_TRANSLATE_NOOP("cost_inputs", "Growth of requests per month: 0.05 is 5 % a month. Default: flat traffic.")),
    CostInput("avg_input_tokens", "number", 1500, QT_TRANSLATE_NOOP("cost_inputs", "Input tokens per request"), "tokens",
              help=QT_TRANSLATE_NOOP("cost_inputs", "System prompt, examples and the user's text, per request, cached or not. "
                   "Above a model's long-prompt limit (Haiku 5.5: 100,000) every token of the "
                   "request is billed at its long-prompt prices.")),
    CostInput("avg_output_tokens", "number", 300, QT_TRANSLATE_NOOP("cost_inputs", "Output tokens per request"), "tokens",
              help=QT_TRANSLATE_NOOP("cost_inputs", "The reply per request, thinking included.")),
    CostInput("cache_hit_share", "number", 0.0, QT_TRANSLATE_NOOP("cost_inputs", "Cache hit share"), "share", 0, 1,
              help=QT_TRANSLATE_NOOP("cost_inputs", "Share of input tokens read from the prompt cache, billed at the model's cache-read "
                   "price (Sonnet 5.5: $0.10 instead of $2 per million). Default 0: no caching.")),
    CostInput("cache_write_share", "number", 0.0, QT_TRANSLATE_NOOP("cost_inputs", "Cache write share"), "share", 0, 1,
              help=QT_TRANSLATE_NOOP("cost_inputs", "Share of input tokens written to the prompt cache (5-minute writes), billed at the "
                   "model's cache-write price, 1.25 × input. Hits plus writes are at most 1.")),
    CostInput("batch_share", "number", 0.0, QT_TRANSLATE_NOOP("cost_inputs", "Batch share"), "share", 0, 1,
              help=QT_TRANSLATE_NOOP("cost_inputs", "Share of requests sent through the Message Batches API, at the price table's batch "
                   "discount (half price on the official pricing page).")),
    CostInput("api_setup_usd", "number", 5000, QT_TRANSLATE_NOOP("cost_inputs", "Prompt engineering set-up"), "USD",
              help=QT_TRANSLATE_NOOP("cost_inputs", "One-off effort to write and evaluate the prompt, paid in month 1: about a week of "
                   "an engineer.")),
    CostInput("api_monthly_usd", "number", 0, QT_TRANSLATE_NOOP("cost_inputs", "API path overhead"), "USD/month",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Tools and services on the API path, per month (monitoring, evaluation runs).")),
    CostInput("api_fte", "number", 0.1, QT_TRANSLATE_NOOP("cost_inputs", "API path engineers"), "people",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Engineers keeping the prompts, tests and evaluations alive. Default 0.1: half a day "
                   "a week, as a prompt needs re-testing at every model update.")),
    CostInput("retrieval_setup_usd", "number", 0, QT_TRANSLATE_NOOP("cost_inputs", "Retrieval set-up"), "USD",
              help=QT_TRANSLATE_NOOP("cost_inputs", "One-off cost of building retrieval over your documents, paid in month 1. "
                   "Default 0: no retrieval.")),
    CostInput("retrieval_monthly_usd", "number", 0, QT_TRANSLATE_NOOP("cost_inputs", "Retrieval upkeep"), "USD/month",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Embeddings, index hosting and refreshes per month. Default 0: no retrieval.")),
    CostInput("examples_to_label", "integer", 5000, QT_TRANSLATE_NOOP("cost_inputs", "Examples to label"), "examples",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Fine-tuning guides ask for thousands of curated examples.")),
    CostInput("label_cost_per_example_usd", "number", 1.0, QT_TRANSLATE_NOOP("cost_inputs", "Labelling cost per example"), "USD",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Expert labelling of niche data often costs several dollars an example.")),
    CostInput("gpu_hourly_usd", "number", 3.0, QT_TRANSLATE_NOOP("cost_inputs", "GPU price"), "USD/hour",
              help=QT_TRANSLATE_NOOP("cost_inputs", "One data-centre GPU (H100 class) on demand, late 2026 cloud list prices.")),
    CostInput("train_gpu_hours", "number", 40, QT_TRANSLATE_NOOP("cost_inputs", "GPU-hours per training run"), "GPU-hours",
              help=QT_TRANSLATE_NOOP("cost_inputs", "One LoRA training run of a mid-size open-weights model.")),
    CostInput("training_runs", "integer", 5, QT_TRANSLATE_NOOP("cost_inputs", "Training runs before launch"), "runs",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Hyper-parameter searches and fixes before a model is good enough to ship.")),
    CostInput("retrains_per_year", "number", 4, QT_TRANSLATE_NOOP("cost_inputs", "Retrains per year"), "runs/year",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Base-model updates and use-case shifts each call for a new run; open-weights "
                   "families release every few months.")),
    CostInput("retrain_extra_usd", "number", 2000, QT_TRANSLATE_NOOP("cost_inputs", "Extra per retrain"), "USD",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Relabelling and evaluation at each retrain, beyond its GPU-hours: about two days "
                   "of an engineer plus some new labels.")),
    CostInput("ft_hosting", "choice", "cheapest", QT_TRANSLATE_NOOP("cost_inputs", "Hosting"), minimum=None,
              choices=HOSTING_CHOICES,
              help=QT_TRANSLATE_NOOP("cost_inputs", "serverless: a LoRA service billing per token; dedicated: GPUs you rent, always on; "
                   "cheapest: whichever costs less over the horizon.")),
    CostInput("ft_serverless_in_per_mtok", "number", 0.20, QT_TRANSLATE_NOOP("cost_inputs", "Serverless input price"), "USD/Mtok",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Per-token price of a serverless LoRA service per million input tokens. Default: "
                   "the size-based price of a 4–16B open-weights model on serverless platforms "
                   "(docs.fireworks.ai/serverless/pricing, checked 2026-12-01). ") + SERVERLESS_LORA_NOTE),
    CostInput("ft_serverless_out_per_mtok", "number", 0.20, QT_TRANSLATE_NOOP("cost_inputs", "Serverless output price"), "USD/Mtok",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Per-token price of a serverless LoRA service per million output tokens (same "
                   "source and services as the input price).")),
    CostInput("min_hosting_gpus", "integer", 1, QT_TRANSLATE_NOOP("cost_inputs", "Minimum serving GPUs"), "GPUs",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Always-on serving capacity on rented GPUs, even when traffic is low.")),
    CostInput("self_host_gpus", "integer", 8, QT_TRANSLATE_NOOP("cost_inputs", "Self-hosting GPUs"), "GPUs", 1,
              help=QT_TRANSLATE_NOOP("cost_inputs", "GPUs serving an open-weights model on your own infrastructure when the data must "
                   "stay there: default 8, one node, the size a large open model needs.")),
    CostInput("gpu_prefill_tokens_per_second", "number", 20000, QT_TRANSLATE_NOOP("cost_inputs", "Prompt tokens/s per GPU"),
              "tokens/s", min_exclusive=True,
              help=QT_TRANSLATE_NOOP("cost_inputs", "Prompt tokens one serving GPU reads per second (prefill runs in parallel). Default: "
                   "an 8B model under vLLM on one H100-class GPU.")),
    CostInput("gpu_decode_tokens_per_second", "number", 2500, QT_TRANSLATE_NOOP("cost_inputs", "Output tokens/s per GPU"),
              "tokens/s", min_exclusive=True,
              help=QT_TRANSLATE_NOOP("cost_inputs", "Output tokens one serving GPU writes per second across a batch of requests. "
                   "Default: an 8B model under vLLM on one H100-class GPU.")),
    CostInput("peak_to_average", "number", 2.0, QT_TRANSLATE_NOOP("cost_inputs", "Peak to average load"), "×", 1,
              help=QT_TRANSLATE_NOOP("cost_inputs", "Serving capacity needed above the average load to meet peaks.")),
    CostInput("ml_fte", "number", 0.5, QT_TRANSLATE_NOOP("cost_inputs", "ML engineers"), "people",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Engineers keeping the fine-tuned model alive: data, training, evaluation, serving. "
                   "Default 0.5 (1.0 in files from version 1).")),
    CostInput("ml_salary_usd", "number", 200000, QT_TRANSLATE_NOOP("cost_inputs", "Salary per engineer"), "USD/year",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Fully loaded cost of one engineer per year, on both paths.")),
    CostInput("ft_monthly_usd", "number", 0, QT_TRANSLATE_NOOP("cost_inputs", "Fine-tune path overhead"), "USD/month",
              help=QT_TRANSLATE_NOOP("cost_inputs", "Other monthly costs of the fine-tuning path: storage, monitoring, tools.")),
)

COST_INPUTS_BY_ID: dict[str, CostInput] = {c.id: c for c in COST_INPUTS}
NUMERIC_INPUTS: tuple[CostInput, ...] = tuple(c for c in COST_INPUTS if c.is_numeric)


def effective_costs(costs: dict[str, Any] | None) -> dict[str, Any]:
    """The cost inputs with every missing one filled in from its default."""
    values = {c.id: c.default for c in COST_INPUTS}
    for key, value in (costs or {}).items():
        if key in COST_INPUTS_BY_ID:
            values[key] = value
    return values


def cache_share_problem(costs: dict[str, Any]) -> str | None:
    """The one rule across inputs: cache hits plus cache writes are at most every input token."""
    hit, write = costs.get("cache_hit_share", 0), costs.get("cache_write_share", 0)
    if not (is_finite_number(hit) and is_finite_number(write)) or hit + write <= 1:
        return None  # a bad single value is reported on its own
    return (f"cost inputs cache_hit_share {hit:g} and cache_write_share {write:g} add up to "
            f"{hit + write:g}; together they must be at most 1 (a share of the input tokens)")


SINGULAR_UNITS = {"GPUs": "GPU", "runs": "run", "examples": "example", "people": "person",
                  "months": "month", "GPU-hours": "GPU-hour"}


def unit_for(unit: str, value: float) -> str:
    """The unit as it reads after ``value``: 1 GPU, 2 GPUs."""
    return SINGULAR_UNITS.get(unit, unit) if value == 1 else unit


# The units and their singulars as the window shows them (the ids above stay English: keys).
UNIT_NAMES = (QT_TRANSLATE_NOOP("cost_units", "months"), QT_TRANSLATE_NOOP("cost_units", "month"),
              QT_TRANSLATE_NOOP("cost_units", "requests/month"), QT_TRANSLATE_NOOP("cost_units", "tokens"),
              QT_TRANSLATE_NOOP("cost_units", "people"), QT_TRANSLATE_NOOP("cost_units", "person"),
              QT_TRANSLATE_NOOP("cost_units", "examples"), QT_TRANSLATE_NOOP("cost_units", "example"),
              QT_TRANSLATE_NOOP("cost_units", "GPU-hours"), QT_TRANSLATE_NOOP("cost_units", "GPU-hour"),
              QT_TRANSLATE_NOOP("cost_units", "runs"), QT_TRANSLATE_NOOP("cost_units", "run"),
              QT_TRANSLATE_NOOP("cost_units", "runs/year"), QT_TRANSLATE_NOOP("cost_units", "GPUs"),
              QT_TRANSLATE_NOOP("cost_units", "GPU"), QT_TRANSLATE_NOOP("cost_units", "tokens/s"),
              QT_TRANSLATE_NOOP("cost_units", "/month"), QT_TRANSLATE_NOOP("cost_units", "/hour"),
              QT_TRANSLATE_NOOP("cost_units", "/year"), QT_TRANSLATE_NOOP("cost_units", "/Mtok"),
              QT_TRANSLATE_NOOP("cost_units", "share"))


def shown_unit(unit: str) -> str:
    """A unit (or its singular) in the window's language; English on the command line."""
    return translate("cost_units", unit) if unit else unit


def shown_label(spec: CostInput) -> str:
    return translate("cost_inputs", spec.label)


def shown_help(spec: CostInput) -> str:
    """The input's help in the window's language (a help ending in a shared note: each part)."""
    if spec.help.endswith(SERVERLESS_LORA_NOTE) and spec.help != SERVERLESS_LORA_NOTE:
        head = spec.help[:-len(SERVERLESS_LORA_NOTE)]
        return translate("cost_inputs", head) + translate("cost_inputs", SERVERLESS_LORA_NOTE)
    return translate("cost_inputs", spec.help)
