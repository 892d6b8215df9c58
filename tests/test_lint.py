"""Undefined names and unused imports are bugs waiting in paths the tests may not reach."""
from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT


def test_ruff_finds_no_undefined_names_or_unused_imports():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise",
                             "advisor", "ui", "main.py", "tests", "benchmarks", "scripts"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
