"""The command-line commands, one module each; only the one being run is imported."""
from __future__ import annotations

COMMANDS: dict[str, str] = {
    "summary": "the recommendation summary, to stdout or as a PDF",
    "costs": "the cost projection of both paths",
    "eval": "run the prompt-lab tests against Claude",
    "validate": "check an assessment file",
    "dataset": "label inputs with the lab's prompt: a training set for distillation",
    "prices": "update your price table from LiteLLM's price map (prices import FILE [--apply])",
}
