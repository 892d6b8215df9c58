"""Small helpers shared by the tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def write_assessment(path: Path, **sections: Any) -> Path:
    doc = {"format": "fine-tune-advisor/assessment", "version": 1}
    doc.update(sections)
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``main.py`` as a user would, in a fresh interpreter."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=full_env, timeout=timeout, cwd=ROOT)


def run_on_fake(fake: Any, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """``main.py ARGS`` as a user runs it, pointed at the fake Messages API with its valid key."""
    return run_cli(*args, env={"ANTHROPIC_BASE_URL": fake.base_url, "ANTHROPIC_API_KEY": fake.valid_key},
                   timeout=timeout)


def ticket_test(name: str, ticket: str, expect_value: str) -> dict[str, Any]:
    """A prompt-lab test case routing a support ticket, expecting a team name in the reply."""
    return {"name": name, "vars": {"ticket": ticket},
            "expect": [{"type": "icontains", "value": expect_value}]}


def brief_pages(reader: Any) -> int:
    """The printed brief's own pages (a pypdf reader): every page but the answers page, which must
    be the last one and a page of its own (issue 29, item 7)."""
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    answers = [number for number, text in enumerate(texts) if text.startswith("Your answers")]
    assert answers == [len(texts) - 1], f"the answers are not the last page, alone: {answers} of {len(texts)}"
    return len(texts) - 1
