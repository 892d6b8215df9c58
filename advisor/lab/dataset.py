"""The distillation hand-off: the team's unlabelled inputs answered by Claude as the teacher, written
as chat-format JSONL (one ``{"messages": [system, user, assistant]}`` a line), the format Together,
Fireworks, Axolotl, Unsloth and TRL read (contract section 8, ``dataset``).

Labelling goes in chunks; each finished chunk is appended to a progress file beside the output
(``OUT.progress.jsonl``), so a crash, a refused key or Ctrl+C loses at most the chunk in flight
and the next run carries on where this one stopped. The training and validation files are
written, atomically, only when every input has been labelled or left out.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable, Iterable, NamedTuple

from advisor.core.errors import FileProblem
from advisor.lab import prompts
from advisor.lab.retrieval import estimate_tokens

CHUNK = 20  # inputs per step at low concurrency: what a crash can cost at most
ROUNDS_PER_CHUNK = 8  # at higher concurrency a step is this many rounds, so the pause at each
# step's end (the slowest reply of the step) costs little: 10,000 inputs at 16 stay near ideal


def chunk_size(concurrency: int) -> int:
    return max(CHUNK, concurrency * ROUNDS_PER_CHUNK)
TERMS_URL = "https://support.claude.com/en/articles/12326764-can-i-use-my-outputs-to-train-an-ai-model"
TERMS_NOTE = ("Anthropic's terms let you train models that do not compete with Claude on its outputs "
              "(classifiers, extraction, summarization tools); training a competing model needs their "
              f"written permission ({TERMS_URL}, checked 2026-12-07).")


class Estimate(NamedTuple):
    inputs: int
    input_tokens: int  # per request, about
    output_tokens: int  # per request, at most (the lab's max_tokens)
    cost_usd: float | None  # at most, on the model's price; None when the model is not priced
    batch_cost_usd: float | None


def input_key(test: dict[str, Any]) -> str:
    """An input's identity: the hash of its variables, stable across runs and files."""
    return hashlib.sha256(json.dumps(test.get("vars") or {}, sort_keys=True, ensure_ascii=False)
                          .encode("utf-8")).hexdigest()


def in_validation(key: str, share: float) -> bool:
    """Whether an input goes to the validation split: by its hash, so the split never moves."""
    return int(key[:8], 16) / 0x1_0000_0000 < share


def check_inputs(lab: dict[str, Any], inputs: list[dict[str, Any]], source: Path) -> None:
    """Refuse, before anything is sent, inputs that lack a variable the lab's template needs."""
    from advisor.core.i18n import translate  # the window's language; the command line's English

    if not inputs:
        raise FileProblem(translate("dataset", "{0}: no inputs in it to label.").format(source))
    needed = prompts.template_variables(lab.get("template")) or ["input"]
    columns = set().union(*((test.get("vars") or {}).keys() for test in inputs))
    missing = [name for name in needed if name not in columns]
    if missing:
        listed, have = ", ".join(missing), ", ".join(sorted(columns)) or translate("dataset", "none")
        text = (translate("dataset", "{0}: the lab's prompt needs the columns {1}, which the inputs do not have "
                                     "(they have: {2}). Rename a column or change the template; nothing was sent.")
                if len(missing) > 1 else
                translate("dataset", "{0}: the lab's prompt needs the column {1}, which the inputs do not have "
                                     "(they have: {2}). Rename a column or change the template; nothing was sent."))
        raise FileProblem(text.format(source, listed, have))


def estimate(lab: dict[str, Any], inputs: list[dict[str, Any]], price: Any, batch_discount: float) -> Estimate:
    """The expected cost, from the lab's requests (about four characters a token) and its max_tokens."""
    sizes = []
    for test in inputs:
        try:
            request = prompts.build_request(lab, test.get("vars") or {})
        except prompts.PromptError:
            continue
        text = str(request.get("system", "")) + "".join(str(m["content"]) for m in request["messages"])
        sizes.append(estimate_tokens(text))
    per_input = round(sum(sizes) / len(sizes)) if sizes else 0
    per_output = int(lab.get("max_tokens") or prompts.DEFAULT_MAX_TOKENS)
    return priced(Estimate(len(inputs), per_input, per_output, None, None), price, batch_discount)


def priced(guess: Estimate, price: Any, batch_discount: float) -> Estimate:
    """The same token counts on another model's price (the window's model picker)."""
    if price is None:
        return guess._replace(cost_usd=None, batch_cost_usd=None)
    cost = guess.inputs * (guess.input_tokens * price.input + guess.output_tokens * price.output) / 1e6
    return guess._replace(cost_usd=cost, batch_cost_usd=cost * (1 - batch_discount))


class Progress:
    """The labels so far: one JSON line per finished input, appended as each chunk finishes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: dict[str, dict[str, Any]] = {}
        self.open_batch: dict[str, Any] | None = None  # a batch sent and not yet collected
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    record = json.loads(line)
                except ValueError:
                    continue  # a line cut by a crash: that input is simply labelled again
                if not isinstance(record, dict):
                    continue
                if isinstance(record.get("key"), str):
                    self.done[record["key"]] = record
                elif isinstance(record.get("batch"), dict) and record["batch"].get("id"):
                    self.open_batch = record["batch"]
                elif self.open_batch is not None and record.get("closed_batch") == self.open_batch["id"]:
                    self.open_batch = None

    def add(self, records: Iterable[dict[str, Any]]) -> None:
        records = list(records)
        self._append(records)
        self.done.update({record["key"]: record for record in records})

    def open(self, batch: dict[str, Any]) -> None:
        """Note a submitted batch, so that a rerun polls it instead of sending its inputs again."""
        if batch.get("id"):
            self._append([{"batch": batch}])
            self.open_batch = batch

    def close_batch(self, batch: dict[str, Any]) -> None:
        """The batch's answers are in: a rerun sends only what it left unanswered."""
        if batch.get("id"):
            self._append([{"closed_batch": batch["id"]}])
        self.open_batch = None

    def _append(self, lines: list[dict[str, Any]]) -> None:
        with open(self.path, "a", encoding="utf-8") as handle:
            for line in lines:
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
            handle.flush()


def label(lab: dict[str, Any], inputs: list[dict[str, Any]], progress: Progress,
          run_chunk: Callable[[dict[str, Any]], Any], on_chunk: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] = lambda: False, size: int = CHUNK) -> None:
    """Label every input not yet in ``progress``, ``size`` at a time. ``run_chunk(lab)`` runs the lab's
    tests (an eval run) and returns its result; an error case is not recorded, so it is retried."""
    todo = [test for test in inputs if input_key(test) not in progress.done]
    for start in range(0, len(todo), size):
        if cancelled():
            return
        chunk = todo[start:start + size]
        result = run_chunk({**lab, "tests": chunk})
        records = []
        for test, case in zip(chunk, result.cases):
            if case.status in ("passed", "failed"):
                records.append({"key": input_key(test), "kept": case.status == "passed",
                                "user": prompts.render(lab.get("template"), test.get("vars") or {}),
                                "assistant": case.output, "reason": case.reason})
        progress.add(records)
        if on_chunk:
            on_chunk(len(progress.done), len(inputs))


def write_outputs(lab: dict[str, Any], inputs: list[dict[str, Any]], progress: Progress, out: Path,
                  validation: float) -> tuple[int, int, int]:
    """Write OUT and OUT.validation.jsonl from the labels, in the inputs' order; (train, validation,
    left out) counted."""
    from advisor.core.atomic import atomic_write_text

    train, held_out, left_out = [], [], 0
    for test in inputs:
        record = progress.done.get(input_key(test))
        if record is None or not record.get("kept"):
            left_out += 1
            continue
        messages = ([{"role": "system", "content": str(lab["system"])}] if lab.get("system") else [])
        messages += [{"role": "user", "content": record["user"]},
                     {"role": "assistant", "content": record["assistant"]}]
        line = json.dumps({"messages": messages}, ensure_ascii=False)
        (held_out if in_validation(record["key"], validation) else train).append(line)
    atomic_write_text(out, "".join(line + "\n" for line in train))
    if validation > 0:
        atomic_write_text(validation_path(out), "".join(line + "\n" for line in held_out))
    return len(train), len(held_out), left_out


def validation_path(out: Path) -> Path:
    return out.with_name(out.name[:-len(".jsonl")] + ".validation.jsonl" if out.name.endswith(".jsonl")
                         else out.name + ".validation.jsonl")


def progress_path(out: Path) -> Path:
    return out.with_name(out.name + ".progress.jsonl")
