"""The three context modes of a lab run (contract section 8): what is sent beside the prompt.

- ``none``: the prompt alone, as every run before these modes.
- ``full``: every document's text in the system prompt after the lab's ``system``, as one block
  marked for prompt caching, so the repeats read it from the cache.
- ``retrieve``: for each test, the ``top_k`` chunks that the FTS5 index ranks highest for the
  test's rendered user turn, in rank order; the case keeps the ids of the chunks it was sent.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from advisor.lab import documents, retrieval

MODES = ("none", "full", "retrieve")
# The context window, in tokens: 1M on the current Claude models, 200k on the older ones.
CONTEXT_TOKENS = {"claude-opus-5": 1_000_000, "claude-sonnet-5": 1_000_000, "claude-haiku-5": 1_000_000}
OLDER_CONTEXT_TOKENS = 200_000


class ContextProblem(documents.DocumentProblem):
    """The context cannot be sent as asked (documents too large, none given): exit 3."""


def context_tokens(model: str) -> int:
    return next((size for prefix, size in CONTEXT_TOKENS.items() if model.startswith(prefix)),
                OLDER_CONTEXT_TOKENS)


class ContextPlan:
    """How one run adds context to each request; ``apply`` returns the chunk ids it sent."""

    mode = "none"

    def apply(self, request: dict[str, Any]) -> list[str]:
        return []

    def check_fits(self, model: str) -> None:
        """Raise ContextProblem when this context cannot fit the model's window."""


class FullContext(ContextPlan):
    mode = "full"

    def __init__(self, texts: dict[str, str]) -> None:
        self.block = "\n\n".join(f'<document path="{path}">\n{text}\n</document>' for path, text in texts.items())

    def check_fits(self, model: str) -> None:
        tokens, window = retrieval.estimate_tokens(self.block), context_tokens(model)
        if tokens > window * 0.9:  # the prompt, the examples and the reply need room too
            from advisor.core.i18n import translate  # the window's language; the command line's English

            raise ContextProblem(translate("context", "the documents are about {0} tokens, more than {1}'s {2}-token "
                                           "context holds with room for the prompt: use the retrieve context, or "
                                           "fewer documents.").format(f"{tokens:,}", model, f"{window:,}"))

    def apply(self, request: dict[str, Any]) -> list[str]:
        _add_system_block(request, self.block, cached=True)
        return []


class RetrieveContext(ContextPlan):
    mode = "retrieve"

    def __init__(self, index: retrieval.Index, top_k: int) -> None:
        self.index, self.top_k = index, top_k

    def apply(self, request: dict[str, Any]) -> list[str]:
        user_turn = request["messages"][-1]["content"]
        chunks = self.index.search(str(user_turn), self.top_k)
        if chunks:
            _add_system_block(request, "\n\n".join(f'<chunk id="{c.id}">\n{c.text}\n</chunk>' for c in chunks),
                              cached=False)
        return [chunk.id for chunk in chunks]


def _add_system_block(request: dict[str, Any], text: str, *, cached: bool) -> None:
    """The lab's system prompt, then the context as a block of its own (cached when asked)."""
    blocks: list[dict[str, Any]] = []
    if request.get("system"):
        blocks.append({"type": "text", "text": str(request["system"])})
    block: dict[str, Any] = {"type": "text", "text": "Reference material:\n\n" + text}
    if cached:
        block["cache_control"] = {"type": "ephemeral"}
    blocks.append(block)
    request["system"] = blocks


def plan(mode: str, lab: dict[str, Any], assessment_path: Path | None,
         extra_documents: list[dict[str, Any]] | None = None, top_k: int | None = None,
         index_folder: Path | None = None) -> ContextPlan:
    """The plan for one mode: reads the documents (checked against their hashes) and, for
    ``retrieve``, opens or builds the index. Raises DocumentProblem naming what is wrong."""
    if mode == "none":
        return ContextPlan()
    if mode not in MODES:
        raise ContextProblem(f"context {mode!r}: it must be one of {', '.join(MODES)}")
    entries = [*(lab.get("documents") or []), *(extra_documents or [])]
    if not entries:
        raise ContextProblem(f"the {mode} context needs documents: add them to the lab, or give --docs PATH.")
    texts = {str(entry["path"]): documents.read_text(entry, assessment_path) for entry in entries}
    if mode == "full":
        return FullContext(texts)
    settings = retrieval.settings_of(lab)
    if top_k is not None:
        settings["top_k"] = top_k
    index = retrieval.open_index(entries, texts, settings, index_folder)
    return RetrieveContext(index, settings["top_k"])


def with_shots(lab: dict[str, Any], shots: int | None) -> dict[str, Any]:
    """The lab with only its first ``shots`` examples, never one whose input is also a test's."""
    if shots is None:
        return lab
    from advisor.lab import prompts

    test_inputs = set()
    for test in lab.get("tests") or []:
        if isinstance(test, dict):
            try:
                test_inputs.add(prompts.render(lab.get("template"), test.get("vars") or {}))
            except prompts.PromptError:
                continue
    examples = [e for e in lab.get("examples") or [] if str(e.get("input", "")) not in test_inputs]
    return {**lab, "examples": examples[:max(0, shots)]}
