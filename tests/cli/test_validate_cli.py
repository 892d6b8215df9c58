"""``main.py validate FILE`` as a user (or their script) runs it."""
from __future__ import annotations

import pytest

from advisor.cli import main as cli
from tests.helpers import run_cli, write_assessment


def test_a_valid_file_prints_ok(tmp_path):
    path = write_assessment(tmp_path / "good.fta.json", title="Triage",
                            answers={"prompting_tried": "falls_short", "gaps": ["domain_language"]})
    result = run_cli("validate", str(path))
    assert (result.returncode, result.stdout, result.stderr) == (0, "ok\n", "")


def test_unknown_keys_print_ok_with_warnings(tmp_path):
    path = write_assessment(tmp_path / "extra.fta.json", answers={"mood": "sunny"}, review={"by": "me"})
    result = run_cli("validate", str(path))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "ok"
    assert "warning: unknown top-level key 'review' (kept as it is)" in lines
    assert "warning: unknown answer 'mood' (kept as it is)" in lines


def test_every_problem_is_listed_and_the_exit_status_is_3(tmp_path):
    path = write_assessment(tmp_path / "bad.fta.json", answers={"ml_team": "huge", "labeled_examples": -1},
                            costs={"batch_share": 2})
    before = path.read_bytes()
    result = run_cli("validate", str(path))
    assert result.returncode == 3
    assert result.stdout == ""
    assert "answers.ml_team is 'huge'; it must be one of none, some, dedicated" in result.stderr
    assert "answers.labeled_examples is -1" in result.stderr
    assert "costs.batch_share is 2" in result.stderr
    assert "3 problems found" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"{not json", b"[]"])
def test_an_unusable_file_is_one_plain_line_and_exit_3(tmp_path, content):
    path = tmp_path / "bad.fta.json"
    path.write_bytes(content)
    result = run_cli("validate", str(path))
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) <= 2
    assert str(path) in result.stderr and "Traceback" not in result.stderr


def test_a_missing_file_exits_3(tmp_path):
    result = run_cli("validate", str(tmp_path / "nope.fta.json"))
    assert result.returncode == 3
    assert "does not exist" in result.stderr


@pytest.mark.parametrize("args", [["validate"], ["frobnicate", "x"], ["validate", "a", "b"]])
def test_wrong_usage_exits_2(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_an_unexpected_fault_exits_1_and_names_the_log(tmp_path, monkeypatch, capsys, app_home):
    path = write_assessment(tmp_path / "good.fta.json")
    import advisor.cli.commands.validate as validate

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(validate, "inspect_file", broken)
    from advisor.core import logsetup
    logsetup.configure()
    status = cli.main(["validate", str(path)])
    err = capsys.readouterr().err
    assert status == 1
    assert "unexpected error" in err and str(app_home) in err and "Traceback" not in err
    assert "RuntimeError: a bug" in (logsetup.current_log_file()).read_text()


def test_an_app_folder_that_cannot_be_made_still_lets_commands_run(tmp_path):
    # FTA_HOME is a regular file, so no log, config or cache folder can be made below it.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    path = write_assessment(tmp_path / "good.fta.json")
    env = {"FTA_HOME": str(blocker)}
    result = run_cli("validate", str(path), env=env)
    assert (result.returncode, result.stdout, result.stderr) == (0, "ok\n", "")
    result = run_cli("costs", str(path), env=env)
    assert result.returncode == 0 and result.stderr == ""


def test_without_a_log_folder_the_log_file_is_named_not_raised(tmp_path, monkeypatch, capsys):
    import logging

    from advisor.core import logsetup
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("FTA_HOME", str(blocker))
    monkeypatch.setattr(logsetup, "_configured_file", None)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # restored afterwards
    assert logsetup.configure() is None
    assert logsetup.current_log_file() == logsetup.NO_LOG_FILE
    assert any(isinstance(h, logging.NullHandler) for h in root.handlers)
    logging.getLogger("advisor.test").error("nowhere to go")
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("pattern", ["([a-z", "a{99999999999}", "(" * 5000 + ")" * 5000])
def test_an_invalid_regex_expectation_is_an_error_naming_the_key(tmp_path, pattern):
    lab = {"model": "claude-haiku-4-5",
           "tests": [{"name": "t", "vars": {"input": "x"},
                      "expect": [{"type": "contains", "value": "ok"}, {"type": "regex", "value": pattern}]}]}
    path = write_assessment(tmp_path / "lab.fta.json", prompt_lab=lab)
    result = run_cli("validate", str(path))
    assert result.returncode == 3, result.stdout
    assert "prompt_lab.tests[0].expect[1].value is " in result.stderr
    assert "it must be a valid regular expression" in result.stderr
    assert "Traceback" not in result.stderr
