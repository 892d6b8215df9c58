"""Write docs/assessment.schema.json, the JSON Schema (draft 2020-12) of an ``*.fta.json`` file.

    python scripts/make_schema.py          # rewrite the schema
    python scripts/make_schema.py --check  # exit 1 when the shipped schema is out of date

The answers, the cost inputs and the expectation types come from the app's own declarations
(resources/questions.toml, advisor/costs/inputs.py, advisor/lab/expectations.py), so a new question or cost input reaches the schema by running this;
tests/packaging/test_schema.py fails while the shipped schema is stale, and checks with an
independent validator (jsonschema) that the schema and ``validate`` agree.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from advisor.document.assessment import FORMAT  # noqa: E402
from advisor.costs.inputs import COST_INPUTS  # noqa: E402
from advisor.document.migrations import CURRENT_VERSION  # noqa: E402
from advisor.decision.questions import default_bank  # noqa: E402
from advisor.lab.expectations import EXPECTATIONS  # noqa: E402
from advisor.lab.prompts import EFFORT_LEVELS  # noqa: E402
from advisor.document.run_records import CEILINGS, MAX_RUNS  # noqa: E402

SCHEMA_PATH = ROOT / "docs" / "assessment.schema.json"
SCHEMA_ID = "https://github.com/finetuneadvisor/fine-tune-advisor/blob/main/docs/assessment.schema.json"

TEXT = {"type": "string"}
COUNT = {"type": "integer", "minimum": 0}
AMOUNT = {"type": "number", "minimum": 0}
TEXT_OR_NULL = {"type": ["string", "null"]}
COUNT_OR_NULL = {"type": ["integer", "null"], "minimum": 0}
AMOUNT_OR_NULL = {"type": ["number", "null"], "minimum": 0}
TIMESTAMP = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$",
    "description": "A date and time such as \"2026-11-28T20:00:00Z\".",
}


def _numeric(kind: str, minimum: float | None, min_exclusive: bool, maximum: float | None) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "integer" if kind == "integer" else "number"}
    if minimum is not None:
        schema["exclusiveMinimum" if min_exclusive else "minimum"] = minimum
    if maximum is not None:
        schema["maximum"] = maximum
    return schema


def answer_schema(question) -> dict[str, Any]:
    described = {"description": question.text}
    if question.type == "choice":
        return {**described, "enum": list(question.values)}
    if question.type == "multi":
        return {**described, "type": "array", "items": {"enum": list(question.values)}, "uniqueItems": True}
    if question.type == "boolean":
        return {**described, "type": "boolean"}
    return {**described, **_numeric(question.type, question.minimum, question.min_exclusive,
                                    getattr(question, "maximum", None))}


def cost_schema(cost) -> dict[str, Any]:
    described = {"description": f"{cost.label}{f' ({cost.unit})' if cost.unit else ''}. {cost.help}".strip(),
                 "default": cost.default}
    if cost.type == "model":
        return {**described, "type": "string", "pattern": r"\S",
                "description": described["description"] + " A model id from the price table."}
    if cost.type == "choice":  # an input with a fixed set of values
        return {**described, "enum": list(cost.choices)}
    return {**described, **_numeric(cost.type, cost.minimum, cost.min_exclusive, cost.maximum)}


def _object(properties: dict[str, Any], description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "object", "description": description, "properties": properties, **extra}


def _capped(key: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A run record's number with the ceiling validate holds it to."""
    return {**schema, "maximum": CEILINGS[key][0]}


def _run_numbers(properties: dict[str, Any]) -> dict[str, Any]:
    return {key: _capped(key, value) if key in CEILINGS and key != "pass_rate" else value
            for key, value in properties.items()}


RUN_CASE = _object(_run_numbers({
    "name": TEXT, "passed": {"type": "boolean"}, "output": TEXT_OR_NULL, "error": TEXT_OR_NULL,
    "reason": TEXT_OR_NULL, "reasons": {"type": "array", "items": TEXT},
    "output_cut": {"type": "boolean", "description": "true when the output was cut at 20,000 characters"},
    "input_tokens": COUNT_OR_NULL, "output_tokens": COUNT_OR_NULL,
    "latency_ms": AMOUNT_OR_NULL, "pass_rate": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
    "runs": COUNT, "cost_usd": AMOUNT_OR_NULL,
    "cache_read_tokens": COUNT, "cache_write_tokens": COUNT,
    "chunks": {"type": "array", "items": TEXT,
               "description": "The ids (path#n) of the chunks a retrieve run sent for this test."},
}), "One test's result in a run.")
RUN = _object(_run_numbers({
    "id": TEXT, "model": TEXT, "run_at": TEXT, "started": TEXT, "finished": TEXT,
    "passed": COUNT, "failed": COUNT, "errors": COUNT, "repeat": COUNT, "cost_usd": AMOUNT_OR_NULL,
    "latency_p50_ms": AMOUNT_OR_NULL, "latency_p95_ms": AMOUNT_OR_NULL,
    "context": {"enum": ["none", "full", "retrieve"],
                "description": "What was sent beside the prompt (absent: none)."},
    "shots": {**COUNT_OR_NULL, "description": "How many of the lab's examples were sent (absent: all)."},
    "cache_read_tokens": COUNT,
    "cases": {"type": "array", "items": RUN_CASE},
}), "A finished run: one model over the whole test set, repeat times. The app writes it.")


def expectation_schema() -> dict[str, Any]:
    """One expectation: a known type, and a value of the kind that type needs."""
    needs = []
    for kind, entry in EXPECTATIONS.items():
        if entry.needs_value:
            value = {"type": "object"} if entry.value_kind == "schema" else TEXT
            needs.append({"if": {"properties": {"type": {"const": kind}}},
                          "then": {"required": ["value"], "properties": {"value": value}}})
    return {
        "type": "object", "required": ["type"],
        "description": ("A check on the reply's text; every expectation must hold for the test to pass. "
                        + "; ".join(f"{kind}: {entry.describe}" for kind, entry in EXPECTATIONS.items()) + "."),
        "properties": {"type": {"enum": list(EXPECTATIONS)}},
        "allOf": needs,
    }


PROMPT_LAB = _object({
    "model": {**TEXT, "description": "The model the tests run on."},
    "system": {**TEXT, "description": "The system prompt."},
    "template": {**TEXT, "description": "The user turn, with {{name}} replaced by each test's vars[name]."},
    "examples": {"type": "array", "description": "Few-shot examples: a user turn and an assistant turn each.",
                 "items": {"type": "object", "required": ["input", "output"],
                           "properties": {"input": TEXT, "output": TEXT}}},
    "max_tokens": {"type": "integer", "minimum": 1},
    "temperature": {"type": "number", "minimum": 0, "maximum": 1},
    "top_p": {"type": "number", "minimum": 0, "maximum": 1},
    "top_k": {"type": "integer", "minimum": 1},
    "effort": {"enum": list(EFFORT_LEVELS)},
    "grader_model": {**TEXT, "description": "The model that grades llm_rubric expectations."},
    "compare_model": {**TEXT, "description": "A second model to compare the first with."},
    "try_values": {"type": "object", "additionalProperties": TEXT,
                   "description": "Variable values for trying the prompt by hand."},
    "tests": {"type": "array", "description": "The test cases.", "items": {
        "type": "object",
        "properties": {"name": TEXT,
                       "vars": {"type": "object", "additionalProperties": TEXT},
                       "expect": {"type": "array", "items": expectation_schema()}}}},
    "documents": {"type": "array", "description": "Reference documents: where they are and what they "
                  "were when added; never their text.",
                  "items": {"type": "object", "required": ["path", "bytes", "sha256"],
                            "properties": {"path": {**TEXT, "description": "Relative to this file's folder "
                                                    "where the document lies below it, else absolute."},
                                           "bytes": COUNT,
                                           "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}}},
    "retrieval": {"type": "object", "description": "How the retrieve context chunks and ranks the documents.",
                  "properties": {"top_k": {"type": "integer", "minimum": 1, "maximum": 100},
                                 "chunk_tokens": {"type": "integer", "minimum": 50, "maximum": 20000},
                                 "overlap_tokens": {"type": "integer", "minimum": 0, "maximum": 10000}}},
    "runs": {"type": "array", "items": RUN, "maxItems": MAX_RUNS,
             "description": f"Finished runs, newest last (at most {MAX_RUNS})."},
    "last_run": {**RUN, "description": "The newest run (as in version 1)."},
    "batch": {"type": "object", "description": "A Message Batches run still in progress.",
              "properties": {"format": COUNT, "id": TEXT_OR_NULL, "model": TEXT, "repeat": COUNT,
                             "submitted_at": TEXT, "requests": COUNT,
                             "cases": {"type": "array", "items": {"type": "object", "properties": {
                                 "expect": {"type": "array"}}}},
                             "local_errors": {"type": "object", "additionalProperties": TEXT}}},
}, "The prompt lab: a prompt, its few-shot examples and the tests to run on Claude.")


# Contract v3: where measured figures came from, and ranges (low ≤ the value ≤ high, which only
# the app checks: a schema cannot compare two keys).
COST_EXTRAS = {
    "measured": _object({"run_id": TEXT, "model": TEXT,
                         "avg_input_tokens": {"type": "number", "minimum": 0},
                         "avg_output_tokens": {"type": "number", "minimum": 0},
                         "cache_hit_share": {"type": "number", "minimum": 0, "maximum": 1}},
                        "The figures a prompt-lab run measured, and its id (the app writes it)."),
    "ranges": {"type": "object", "description": "A low and a high beside a cost input's value: [low, high].",
               "additionalProperties": {"type": "array", "items": {"type": "number"},
                                        "minItems": 2, "maxItems": 2}},
}


def build_schema() -> dict[str, Any]:
    bank = default_bank()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Fine-Tune Advisor assessment (*.fta.json)",
        "description": ("An assessment saved by Fine-Tune Advisor (docs/file-format.md). Only format and "
                        "version are required: a missing section means not answered yet. Unknown keys are "
                        "allowed; the app keeps them and warns about them. Generated by "
                        "scripts/make_schema.py."),
        "type": "object",
        "required": ["format", "version"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"type": "integer", "minimum": 1, "maximum": CURRENT_VERSION,
                        "description": "The file format's version; older ones are migrated on load."},
            "title": TEXT,
            "created": TIMESTAMP,
            "modified": TIMESTAMP,
            "answers": _object({q.id: answer_schema(q) for q in bank.questions},
                               "Answers to the questionnaire, by question id."),
            "costs": _object({**{c.id: cost_schema(c) for c in COST_INPUTS}, **COST_EXTRAS},
                             "Cost inputs of the projection; a missing one takes its default."),
            "prompt_lab": PROMPT_LAB,
            "notes": TEXT,
        },
        # A version 1 file has one GPU throughput figure, which becomes both of version 2's.
        "if": {"properties": {"version": {"const": 1}}},
        "then": {"properties": {"costs": {"properties": {"gpu_tokens_per_second": {
            "type": "number", "exclusiveMinimum": 0,
            "description": "Version 1: prompt plus output tokens one serving GPU handles per second."}}}}},
    }


def render() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if "--check" in argv:
        if SCHEMA_PATH.read_text(encoding="utf-8") != render():
            print(f"{SCHEMA_PATH.relative_to(ROOT)} is out of date: run python scripts/make_schema.py",
                  file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.write_text(render(), encoding="utf-8")
    print(SCHEMA_PATH.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
