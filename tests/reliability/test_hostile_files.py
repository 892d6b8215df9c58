"""Hostile files (issue 17 #1-3, #8, #9, #15, #17): refused fast and plainly, never half-written.

Each test reproduces one reported attack on the command line; the window's side is in
tests/ui/test_hostile_window.py.
"""
from __future__ import annotations

import json
import logging
import os
import stat

import pytest

from advisor.cli import main as cli

from advisor.document import recovery
from advisor.document.assessment import Assessment, load_assessment, save_assessment
from advisor.core.errors import FileProblem
from tests.helpers import write_assessment

COMMANDS = ("validate", "costs", "summary", "eval")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def plain(err: str) -> None:
    assert "Traceback" not in err
    assert 1 <= len(err.strip().splitlines()) <= 2


# -- #2, #3: devices, FIFOs and links to them ---------------------------------------------------
@pytest.mark.parametrize("command", COMMANDS)
def test_dev_zero_and_a_link_to_it_are_refused_as_devices(capsys, tmp_path, command):
    link = tmp_path / "zero.fta.json"
    link.symlink_to("/dev/zero")
    for target in ("/dev/zero", str(link)):
        code, out, err = run(capsys, command, target)
        assert code == 3
        assert f"{target}: is a device, not a regular file" in err
        plain(err)


def test_a_fifo_is_refused_without_blocking(capsys, tmp_path):
    fifo = tmp_path / "pipe.fta.json"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "validate", str(fifo))  # before the fix this never returned
    assert code == 3 and "is a pipe (FIFO), not a regular file" in err
    plain(err)


def test_a_file_growing_past_the_limit_while_read_is_refused(tmp_path):
    # st_size says 0 for /dev/zero; the reader must stop at the limit by counting what it reads.
    from advisor.core.safe_files import read_limited

    path = tmp_path / "a.fta.json"
    path.write_bytes(b"x" * 1000)
    with pytest.raises(FileProblem, match="limit is 0 MB"):
        read_limited(path, 999)
    assert read_limited(path, 1000) == b"x" * 1000


# -- #1: a save the loader would refuse is refused before writing --------------------------------
def big_run(megabytes: float) -> dict:
    output = "y" * 20_000
    count = int(megabytes * 1024 * 1024 / 20_000) + 1
    return {"model": "claude-haiku-4-5", "run_at": "2026-12-01T10:00:00Z", "passed": count, "failed": 0,
            "errors": 0, "cost_usd": 0.0, "repeat": 1,
            "cases": [{"name": f"t{i}", "passed": True, "output": output, "error": None, "input_tokens": 1,
                       "output_tokens": 1, "latency_ms": 1.0} for i in range(count)]}


def test_a_save_over_the_limit_is_refused_naming_what_to_trim(tmp_path):
    path = write_assessment(tmp_path / "a.fta.json", title="Keep")
    before = path.read_bytes()
    assessment = load_assessment(path)
    assessment.prompt_lab = {"model": "claude-haiku-4-5", "last_run": big_run(21)}
    with pytest.raises(FileProblem) as caught:
        save_assessment(assessment)
    message = str(caught.value)
    assert "not saved" in message and "over the 20 MB" in message
    assert "prompt_lab.last_run" in message and "max_tokens" in message
    assert path.read_bytes() == before
    assert not (tmp_path / "a.fta.json.bak").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["a.fta.json"]


def test_eval_save_that_would_pass_the_limit_prints_the_run_and_keeps_the_file(capsys, tmp_path, api_env,
                                                                              monkeypatch):
    monkeypatch.setattr("advisor.document.assessment.MAX_FILE_BYTES", 2 * 1024 * 1024)  # 20 MB is slow to write
    path = write_assessment(tmp_path / "a.fta.json", notes="n" * (2 * 1024 * 1024 - 2000), prompt_lab={
        "model": "claude-haiku-4-5", "max_tokens": 64,
        "tests": [{"name": f"t{i}", "vars": {"input": "word " * 40}, "expect": []} for i in range(3)]})
    before = path.read_bytes()
    code, out, err = run(capsys, "eval", str(path), "--save")
    assert code == 3
    assert "3 passed, 0 failed" in out  # the run is printed before the save is tried
    assert "not saved" in err and "notes" in err and "shorten the notes" in err
    assert path.read_bytes() == before
    assert load_assessment(path).notes.startswith("nnn")  # still opens


# -- #8: read-only files ---------------------------------------------------------------------------
@pytest.fixture
def read_only_file(tmp_path):
    path = write_assessment(tmp_path / "ro.fta.json", title="Frozen", prompt_lab={
        "model": "claude-haiku-4-5", "tests": [{"name": "t", "vars": {"input": "hi"}, "expect": []}]})
    path.chmod(0o444)
    yield path
    path.chmod(0o644)


def test_save_refuses_a_read_only_file_and_makes_no_backup(read_only_file):
    before = read_only_file.read_bytes()
    assessment = load_assessment(read_only_file)
    assessment.title = "Changed"
    with pytest.raises(FileProblem, match="read-only. Save it under another name"):
        save_assessment(assessment)
    assert read_only_file.read_bytes() == before
    assert stat.S_IMODE(read_only_file.stat().st_mode) == 0o444
    assert sorted(p.name for p in read_only_file.parent.iterdir()) == ["ro.fta.json"]


def test_eval_save_refuses_a_read_only_file(capsys, read_only_file, api_env):
    before = read_only_file.read_bytes()
    code, out, err = run(capsys, "eval", str(read_only_file), "--save")
    assert code == 3 and "read-only" in err
    assert api_env.message_requests() == []  # refused before any test was paid for
    assert read_only_file.read_bytes() == before
    assert not read_only_file.with_name("ro.fta.json.bak").exists()


# -- #9: autosave of a private file -----------------------------------------------------------------
def test_autosave_copies_and_their_folder_are_private(tmp_path):
    os.umask(0o022)
    path = write_assessment(tmp_path / "secret.fta.json", title="Private")
    path.chmod(0o600)
    written = recovery.write_autosave(load_assessment(path))
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert stat.S_IMODE(written.with_name(written.name.replace(".fta.json", ".json")).stat().st_mode) == 0o600
    assert stat.S_IMODE(written.parent.stat().st_mode) == 0o700


# -- #15: 600,000 unknown keys ---------------------------------------------------------------------
@pytest.fixture
def many_keys(tmp_path):
    doc = {"format": "fine-tune-advisor/assessment", "version": 1, "title": "Wide"}
    doc.update((f"extra_{i}", i) for i in range(600_000))
    path = tmp_path / "wide.fta.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_600000_unknown_keys_are_summarised_not_listed(capsys, many_keys, caplog):
    code, out, err = run(capsys, "validate", str(many_keys))
    assert code == 0 and out.startswith("ok\n")
    lines = out.splitlines()
    assert len(lines) == 22
    assert lines[-1] == "warning: and 599,980 more warnings like these"
    with caplog.at_level(logging.INFO):
        assessment = load_assessment(many_keys)
    assert len([r for r in caplog.records if "wide.fta.json" in r.getMessage()]) == 1
    assert len(assessment.extra) == 600_000  # kept on save, as the contract says


# -- #17: duplicate keys and commands that disagree -------------------------------------------------
@pytest.mark.parametrize("command", COMMANDS)
def test_a_duplicate_key_is_an_error_naming_it_in_every_command(capsys, tmp_path, command):
    path = tmp_path / "dup.fta.json"
    path.write_text('{"format": "fine-tune-advisor/assessment", "version": 1,\n'
                    ' "costs": {"monthly_requests": 10, "monthly_requests": 1e6}}', encoding="utf-8")
    code, _, err = run(capsys, command, str(path))
    assert code == 3
    assert "holds the key 'monthly_requests' twice" in err
    plain(err)


@pytest.mark.parametrize("costs", [{"monthly_requests": 1e308}, {"avg_input_tokens": 1e300, "monthly_requests": 1e10}])
def test_validate_and_every_command_agree_on_overflowing_costs(capsys, tmp_path, costs):
    path = write_assessment(tmp_path / "big.fta.json", costs=costs, prompt_lab={
        "model": "claude-haiku-4-5", "tests": [{"name": "t", "vars": {"input": "x"}, "expect": []}]})
    codes = {command: run(capsys, command, str(path)) for command in COMMANDS}
    assert {command: code for command, (code, _, _) in codes.items()} == dict.fromkeys(COMMANDS, 3)
    assert "too large to project" in codes["validate"][2] and "far beyond any real figure" in codes["validate"][2]


def test_an_assessment_saved_is_one_validate_accepts(tmp_path):
    # The other half of "agree": what the app writes, validate reads.
    assessment = Assessment.new("Round trip")
    assessment.costs = {"monthly_requests": 10**9}
    path = save_assessment(assessment, tmp_path / "r.fta.json")
    assert load_assessment(path).costs == {"monthly_requests": 10**9}


def test_a_save_the_loader_would_refuse_is_refused_first(tmp_path):
    # "nothing is saved that the loader would refuse": an invalid regex, costs that overflow
    path = write_assessment(tmp_path / "a.fta.json", title="Keep")
    before = path.read_bytes()
    for change in ({"costs": {"monthly_requests": 1e308, "avg_output_tokens": 1e6}},
                   {"prompt_lab": {"tests": [{"name": "t", "expect": [{"type": "regex", "value": "("}]}]}}):
        assessment = load_assessment(path)
        for key, value in change.items():
            setattr(assessment, key, value)
        with pytest.raises(FileProblem, match="not saved: .*could not open the file again"):
            save_assessment(assessment)
        assert path.read_bytes() == before and not path.with_name("a.fta.json.bak").exists()
