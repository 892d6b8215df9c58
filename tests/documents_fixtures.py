"""A handbook whose facts a test set asks about: the answers are only in the documents (issue 22).

Shared by the command line's and the window's context tests, with the fake API's grounded_reply
(a model that knows only what the request holds)."""
from __future__ import annotations

import json
from pathlib import Path

FACTS = {"ZX41": "The refund window for plan ZX41 is 45 days.",
         "QB7": "Express shipping for plan QB7 takes two days.",
         "LM3": "Plan LM3 includes phone support on weekdays."}


def write_handbook(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    sections = [f"# Section {code}\n\nSome general words about plans and customers.\n\n{fact}"
                for code, fact in FACTS.items()]
    filler = [f"# Other {n}\n\nUnrelated policy text number {n} about offices and holidays." for n in range(30)]
    path = folder / "handbook.md"
    path.write_text("\n\n".join(filler[:15] + sections + filler[15:]), encoding="utf-8")
    return path


def write_assessment(path: Path, **lab) -> Path:
    tests = [{"name": f"plan {code}", "vars": {"question": f"What does the handbook say about plan {code}?"},
              "expect": [{"type": "contains", "value": fact}]} for code, fact in FACTS.items()]
    doc = {"format": "fine-tune-advisor/assessment", "version": 2, "title": "Help centre",
           "prompt_lab": {"model": "claude-haiku-5-5", "system": "Answer from the reference material.",
                          "template": "{{question}}", "max_tokens": 64, "tests": tests, **lab}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path
