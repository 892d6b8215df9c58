"""Hostile output (issue 17 #11, #12): no logging tracebacks, no escape sequences on the terminal."""
from __future__ import annotations

import json
import logging

import pytest

from advisor.cli import main as cli

from advisor.core import logsetup

from advisor.core import paths
from tests.helpers import run_cli, write_assessment

EVIL = "Triage\x1b]0;pwned\x07\x1b[2J\x1b[31m red\x9b1;1H\x08\x07 end"


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def no_escapes(text: str) -> None:
    assert not any(ch in text for ch in "\x1b\x9b\x07\x08"), repr(text[:200])


@pytest.fixture
def evil_file(tmp_path):
    return write_assessment(tmp_path / "evil.fta.json", title=EVIL, notes=EVIL,
                            answers={"prompting_tried": "not_tried"},
                            prompt_lab={"model": "claude-haiku-4-5", "max_tokens": 32,
                                        "tests": [{"name": EVIL, "vars": {"input": EVIL}, "expect": []}]})


@pytest.mark.parametrize("args", [("summary",), ("summary", "--format", "markdown"), ("summary", "--format", "json"),
                                  ("costs",), ("costs", "--format", "csv"), ("costs", "--format", "json"),
                                  ("validate",)])
def test_file_data_reaches_the_terminal_without_escapes(capsys, evil_file, args):
    code, out, err = run(capsys, args[0], str(evil_file), *args[1:])
    assert code == 0, err
    no_escapes(out + err)
    if args[0] == "summary" and "json" in args:
        # Still valid JSON holding the data (C0 controls travel as \u escapes); only the raw 8-bit
        # CSI, which a terminal would obey, is gone.
        assert json.loads(out)["title"] == EVIL.replace("\x9b1;1H", "")
    if args[0] == "summary" and len(args) == 1:
        assert "Triage" in out and " red" in out  # the text stays, only the controls go


def test_eval_output_and_a_server_reply_are_cleaned(capsys, evil_file, api_env):
    code, out, err = run(capsys, "eval", str(evil_file))  # the fake echoes the input: escapes come back
    assert code == 0, err
    no_escapes(out + err)
    assert "Triage" in out


def test_an_error_naming_an_evil_file_name_is_cleaned(capsys, tmp_path):
    path = tmp_path / "a\x1b[2Jb.fta.json"
    path.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "validate", str(path))
    assert code == 3 and "/ab.fta.json: is not valid JSON" in err
    no_escapes(err)


def test_csv_keeps_its_line_endings(capsys, evil_file):
    _, out, _ = run(capsys, "costs", str(evil_file), "--format", "csv")
    assert out.count("\n") > 3


# -- #11: logging faults ---------------------------------------------------------------------------
def test_a_file_name_that_is_not_utf8_is_logged_escaped_without_a_traceback(capsys):
    target = logsetup.configure()
    logging.getLogger("advisor.test").warning("wrote %s", "/tmp/report-\udcff.pdf")
    _, err = capsys.readouterr()
    assert "Logging error" not in err and "Traceback" not in err
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "report-\\udcff.pdf" in target.read_text(encoding="utf-8")


def test_a_full_log_disk_never_prints_logging_errors(tmp_path, app_home):
    log_file = paths.log_file()
    log_file.unlink(missing_ok=True)
    log_file.symlink_to("/dev/full")  # every write fails with ENOSPC, as on a full disk
    path = write_assessment(tmp_path / "w.fta.json", title="Warned", unknown_key=1)
    result = run_cli("summary", str(path), env={"FTA_HOME": str(app_home)})
    assert result.returncode == 0, result.stderr
    assert "Logging error" not in result.stderr and "Traceback" not in result.stderr
    assert "Warned" in result.stdout
