"""What a prompt-lab run produces: each send's outcome, each case, and the run as a record.

:meth:`EvalResult.to_run` is the record CONTRACT section 5 keeps in ``prompt_lab.runs``;
:meth:`EvalResult.to_json` is one entry of the CLI's ``eval`` output (section 6). Both cut an
output longer than :data:`MAX_OUTPUT_CHARS`, marked as cut. Pass rates follow section 2: n is
passed + failed, errors left out, with the 95 % Wilson interval, all in percent.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from advisor.claude.client import Usage
from advisor.core.clock import now_iso
from advisor.core.stats import Z95, percentile, wilson_interval  # noqa: F401 (Z95 for callers)

MAX_OUTPUT_CHARS = 20_000




def cut_output(text: str) -> tuple[str, bool]:
    """At most MAX_OUTPUT_CHARS of ``text``, and whether it was cut (the cut is marked in the text)."""
    if len(text) <= MAX_OUTPUT_CHARS:
        return text, False
    return text[:MAX_OUTPUT_CHARS] + f"\n[… cut: {len(text):,} characters in all]", True


# Errors of the test itself, not of the API: the request could not be built, or the reply came back
# and could not be graded. A run made only of these is a finished run of errors (exit 5), never
# "the API cannot be used". A new grading error kind belongs here.
TEST_ERROR_KINDS = frozenset({"missing_variable", "regex_timeout", "grader_error"})


@dataclass
class RunOutcome:
    """One send of one test."""

    passed: bool = False
    output: str = ""
    error: str | None = None
    error_kind: str | None = None  # one of TEST_ERROR_KINDS, or a ClaudeProblem kind
    reasons: list[str] = field(default_factory=list)  # one per expectation, in plain words
    usage: Usage = field(default_factory=Usage)
    grader_usage: Usage = field(default_factory=Usage)  # llm_rubric grading, billed at the grader's price
    latency_ms: float = 0.0
    thinking: str = ""  # shown apart, never graded
    chunks: list[str] = field(default_factory=list)  # the retrieved chunks sent (context "retrieve")

    @property
    def reason(self) -> str | None:
        """Why the expectations failed (the reasons of the failed checks), for v1 readers."""
        return "; ".join(self.failed_reasons) or None

    failed_reasons: list[str] = field(default_factory=list)


@dataclass
class CaseResult:
    name: str
    runs: list[RunOutcome] = field(default_factory=list)
    cost_usd: float | None = 0.0

    @property
    def passes(self) -> int:
        return sum(run.passed for run in self.runs)

    @property
    def pass_rate(self) -> float:
        return self.passes / len(self.runs) if self.runs else 0.0

    @property
    def error(self) -> str | None:
        return next((run.error for run in self.runs if run.error), None)

    @property
    def error_kind(self) -> str | None:
        return next((run.error_kind for run in self.runs if run.error), None)

    @property
    def status(self) -> str:
        """passed (every run passed), error (some run could not be checked), failed, or
        not_run (cancelled before it was sent)."""
        if not self.runs:
            return "not_run"
        if self.error:
            return "error"
        return "passed" if self.passes == len(self.runs) else "failed"

    @property
    def passed(self) -> bool:
        return self.status == "passed"

    def _shown_run(self) -> RunOutcome | None:
        """The run whose reply is shown: the first failing run's, else the last run's."""
        failing = next((run for run in self.runs if not run.passed), None)
        return failing or (self.runs[-1] if self.runs else None)

    @property
    def output(self) -> str:
        run = self._shown_run()
        return run.output if run else ""

    @property
    def reasons(self) -> list[str]:
        run = self._shown_run()
        return list(run.reasons) if run else []

    @property
    def reason(self) -> str | None:
        return next((run.reason for run in self.runs if run.reason), None)

    @property
    def usage(self) -> Usage:
        return sum((run.usage for run in self.runs), Usage())

    @property
    def grader_usage(self) -> Usage:
        return sum((run.grader_usage for run in self.runs), Usage())

    @property
    def latency_ms(self) -> float:
        timed = [run.latency_ms for run in self.runs if not run.error]
        return sum(timed) / len(timed) if timed else 0.0

    def to_json(self) -> dict[str, Any]:
        usage = self.usage
        output, cut = cut_output(self.output)
        return {"name": self.name, "passed": self.passed, "output": output, "output_cut": cut,
                "error": self.error, "reason": self.reason, "reasons": self.reasons,
                "input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens,
                "latency_ms": round(self.latency_ms, 1), "pass_rate": round(self.pass_rate, 4),
                "runs": len(self.runs),
                "cost_usd": None if self.cost_usd is None else round(self.cost_usd, 6),
                **_cache_json(usage),
                **({"chunks": list(self.runs[0].chunks)} if self.runs and self.runs[0].chunks else {})}


def _cache_json(usage: Usage) -> dict[str, int]:
    """A case's prompt-cache tokens, when it had any: the measured cost figures read them."""
    found = {"cache_read_tokens": usage.cache_read_tokens, "cache_write_tokens": usage.cache_write_tokens}
    return {key: count for key, count in found.items() if count}


@dataclass
class EvalResult:
    model: str
    cases: list[CaseResult]
    repeat: int = 1
    cancelled: bool = False
    priced: bool = True  # False when the model is not in the price table
    run_at: str = field(default_factory=now_iso)
    finished: str | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    grader_model: str | None = None  # set when some expectation was graded by a model
    prompt: dict[str, Any] = field(default_factory=dict)  # what was sent, for comparing runs
    batch: bool = False
    context: str = "none"  # "none", "full" or "retrieve" (contract section 8)
    shots: int | None = None  # how many of the lab's examples were sent; None: all
    target: dict[str, Any] | None = None  # another model than Claude's (advisor.lab.targets); None: Claude

    def count(self, status: str) -> int:
        return sum(case.status == status for case in self.cases)

    @property
    def passed(self) -> int:
        return self.count("passed")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def cost_usd(self) -> float | None:
        if not self.priced:
            return None
        return sum(case.cost_usd or 0.0 for case in self.cases)

    def stats(self) -> dict[str, Any]:
        """Pass rate with its Wilson interval (percent), cost per 1,000 requests, p50/p95 latency."""
        n = self.passed + self.failed
        low, high = wilson_interval(self.passed, n)
        requests = sum(len(case.runs) for case in self.cases if case.status != "error") or 0
        cost = self.cost_usd
        latencies = [run.latency_ms for case in self.cases for run in case.runs
                     if not run.error and run.latency_ms]
        p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
        return {"n": n, "pass_rate": round(self.passed / n * 100, 2) if n else None,
                "wilson_low": round(low, 2), "wilson_high": round(high, 2),
                "cost_per_1k_usd": (round(cost / requests * 1000, 6)
                                    if cost is not None and requests else None),
                "latency_p50_ms": None if p50 is None else round(p50, 1),
                "latency_p95_ms": None if p95 is None else round(p95, 1)}

    def to_json(self) -> dict[str, Any]:
        cost = self.cost_usd
        return {"model": self.model, "passed": self.passed, "failed": self.failed,
                "errors": self.errors, "cost_usd": None if cost is None else round(cost, 6),
                "repeat": self.repeat, "cancelled": self.cancelled, **self.stats(),
                **self._context_json(), "cases": [case.to_json() for case in self.cases]}

    def _context_json(self) -> dict[str, Any]:
        """The context mode, shots and cache reads, for runs that set them (others stay as in v2)."""
        extra: dict[str, Any] = {}
        if self.context != "none":
            extra["context"] = self.context
            extra["cache_read_tokens"] = sum(case.usage.cache_read_tokens for case in self.cases)
        if self.shots is not None:
            extra["shots"] = self.shots
        if self.target is not None:
            extra["target"] = dict(self.target)
        return extra

    def to_last_run(self) -> dict[str, Any]:
        """The record kept in ``prompt_lab.runs`` (and as ``last_run``, the newest one)."""
        return self.to_run()

    def to_run(self) -> dict[str, Any]:
        data = self.to_json()
        data.pop("cancelled")
        model = data.pop("model")
        record = {"model": model, "run_at": self.run_at, **data}
        record.update({"id": self.id, "started": self.run_at, "finished": self.finished or now_iso()})
        if self.grader_model:
            record["grader_model"] = self.grader_model
        if self.prompt:
            record["prompt"] = self.prompt
        if self.batch:
            record["batch"] = True
        return record
