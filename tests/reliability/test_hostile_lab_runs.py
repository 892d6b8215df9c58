"""Hostile input v3 on the lab's run paths (issue 28 #6, #7, #9): graders, run history, exit codes."""
from __future__ import annotations

import json

from advisor.cli import main as cli
from tests.helpers import write_assessment


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- #9: every test past the regex time limit is a finished run of errors -----------------------------
def test_a_run_where_every_test_hits_the_regex_limit_is_exit_5_and_saved(capsys, tmp_path, api_env):
    api_env.rules = {"hi": "a" * 34 + "!"}
    path = write_assessment(tmp_path / "re.fta.json", prompt_lab={
        "model": "claude-haiku-4-5", "max_tokens": 64, "tests": [
            {"name": f"slow{i}", "vars": {"input": "hi"}, "expect": [{"type": "regex", "value": "(a|aa)+$"}]}
            for i in range(2)]})
    code, out, err = run(capsys, "eval", str(path), "--save")
    assert code == 5, err
    assert "the Claude API cannot be used" not in err and "no test could be run" not in err
    assert "0 passed, 0 failed, 2 errors" in out and f"saved to {path}" in out
    saved = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["last_run"]
    assert saved["errors"] == 2 and all("took longer than" in case["error"] for case in saved["cases"])
