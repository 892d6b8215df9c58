"""Command-line conventions a script relies on: ``-`` is standard input, ``--help`` lists the exit
codes, ``--version`` and ``-V`` print the version."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version

import pytest

from tests.helpers import ROOT

EXAMPLE = ROOT / "resources" / "example.fta.json"


def run_with_stdin(*args: str, stdin: bytes, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin, capture_output=True,
                          timeout=60, cwd=cwd, env=dict(os.environ))


def test_validate_reads_the_file_from_standard_input():
    result = run_with_stdin("validate", "-", stdin=EXAMPLE.read_bytes())
    assert (result.returncode, result.stdout.decode()) == (0, "ok\n")


def test_summary_and_costs_read_standard_input_like_a_file():
    from_file = run_with_stdin("summary", str(EXAMPLE), "--format", "json", stdin=b"")
    from_stdin = run_with_stdin("summary", "-", "--format", "json", stdin=EXAMPLE.read_bytes())
    assert from_stdin.returncode == 0, from_stdin.stderr
    same = [json.loads(result.stdout) for result in (from_file, from_stdin)]
    for summary in same:
        summary.pop("generated", None)  # the time of the run
    assert same[0] == same[1]
    costs = run_with_stdin("costs", "-", "--format", "csv", stdin=EXAMPLE.read_bytes())
    assert costs.returncode == 0 and costs.stdout.count(b"\n") > 10


@pytest.mark.parametrize("stdin, says", [
    (b"", "<stdin>: is empty"),
    (b'{"format": "fine-tune-advisor/assessment",', "<stdin>: is not valid JSON"),
    (b'{"format": "fine-tune-advisor/assessment", "version": 99}', "<stdin>: was made by a newer"),
])
def test_bad_input_on_standard_input_is_named_as_such(stdin, says):
    result = run_with_stdin("validate", "-", stdin=stdin)
    assert result.returncode == 3
    assert says in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_eval_cannot_save_into_standard_input_and_writes_no_file_named_dash(tmp_path):
    result = run_with_stdin("eval", "-", "--save", stdin=EXAMPLE.read_bytes(), cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot write into standard input" in result.stderr.decode()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["--help"], ["summary", "--help"], ["validate", "--help"]])
def test_help_lists_every_exit_code_with_its_meaning(args):
    result = run_with_stdin(*args, stdin=b"")
    assert result.returncode == 0
    text = result.stdout.decode()
    for code, meaning in [(0, "done"), (1, "unexpected fault"), (2, "wrong usage"),
                          (3, "the file cannot be used"), (4, "the Claude API cannot be used"),
                          (5, "some tests failed")]:
        assert any(line.strip().startswith(f"{code}  ") and meaning in line for line in text.splitlines()), code
    assert "Give - as the file to read the assessment from standard input" in text


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_flags_print_the_installed_version(flag):
    result = run_with_stdin(flag, stdin=b"")
    assert (result.returncode, result.stdout.decode()) == (0, f"fine-tune-advisor {version('fine-tune-advisor')}\n")
