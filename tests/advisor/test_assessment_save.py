"""Saving: round trips exactly, never leaves a half-written file, keeps the previous one as .bak."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.core import atomic
from advisor.document.assessment import Assessment, load_assessment, save_assessment
from advisor.core.errors import FileProblem
from tests.helpers import ROOT
from tests.strategies import answers



text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
assessments = st.builds(
    Assessment,
    title=text,
    answers=answers(),
    costs=st.fixed_dictionaries({}, optional={
        "monthly_requests": st.integers(min_value=0, max_value=10**8),
        "cache_hit_share": st.floats(min_value=0, max_value=1),
        "model": st.sampled_from(["claude-haiku-4-5", "claude-sonnet-4-5"]),
        "horizon_months": st.integers(min_value=1, max_value=120),
    }),
    prompt_lab=st.fixed_dictionaries({}, optional={
        "system": text, "template": text,
        "examples": st.lists(st.fixed_dictionaries({"input": text, "output": text}), max_size=3),
    }),
    notes=text,
    extra=st.dictionaries(st.sampled_from(["plugin", "x_custom", "review"]),
                          st.recursive(st.none() | st.booleans() | st.integers() | text,
                                       lambda inner: st.lists(inner, max_size=3)
                                       | st.dictionaries(text, inner, max_size=3), max_leaves=8)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(assessment=assessments)
def test_saving_then_loading_gives_the_assessment_back(tmp_path, assessment):
    path = tmp_path / "round.fta.json"
    save_assessment(assessment, path)
    loaded = load_assessment(path)
    assert loaded == assessment
    # ...and a second save of the loaded file writes the same content.
    first = json.loads(path.read_text())
    save_assessment(loaded, path)
    second = json.loads(path.read_text())
    first.pop("modified"), second.pop("modified")
    assert first == second


def test_save_keeps_the_previous_version_as_bak(tmp_path):
    path = tmp_path / "a.fta.json"
    save_assessment(Assessment.new("first"), path)
    save_assessment(Assessment.new("second"), path)
    assert load_assessment(path).title == "second"
    assert json.loads((tmp_path / "a.fta.json.bak").read_text())["title"] == "first"


def test_the_file_is_the_contract_format(tmp_path):
    path = tmp_path / "a.fta.json"
    assessment = Assessment.new("Support-ticket triage")
    assessment.answers["prompting_tried"] = "falls_short"
    save_assessment(assessment, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "fine-tune-advisor/assessment" and doc["version"] == 2
    assert doc["answers"] == {"prompting_tried": "falls_short"}
    assert doc["created"].endswith("Z") and doc["modified"].endswith("Z")


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_an_interrupted_save_leaves_the_old_file_intact(tmp_path, monkeypatch, failing):
    path = tmp_path / "a.fta.json"
    save_assessment(Assessment.new("old"), path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise KeyboardInterrupt("interrupted mid-save")

    monkeypatch.setattr(atomic.os, failing, boom)
    with pytest.raises(KeyboardInterrupt):
        save_assessment(Assessment.new("new"), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert load_assessment(path).title == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_full_disk_gives_a_clear_message_and_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "a.fta.json"
    save_assessment(Assessment.new("old"), path)
    before = path.read_bytes()

    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    assessment = Assessment.new("new")
    with pytest.raises(FileProblem, match="the disk is full. The previous version is unchanged"):
        save_assessment(assessment, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_killed_save_leaves_a_loadable_file(tmp_path):
    """Kill the saving process while it writes a large assessment, many times over."""
    path = tmp_path / "a.fta.json"
    save_assessment(Assessment.new("old"), path)
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from advisor.document.assessment import Assessment, save_assessment
        big = Assessment.new("new")
        big.notes = "x" * 3_000_000
        print("ready", flush=True)
        while True:
            save_assessment(big, {str(path)!r})
    """)
    for delay in (0.05, 0.15, 0.3):
        process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
        assert process.stdout.readline().strip() == b"ready"
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
        loaded = load_assessment(path)
        assert loaded.title in ("old", "new")
        assert loaded.notes in ("", "x" * 3_000_000)


def test_a_new_file_gets_the_usual_permissions_not_private_ones(tmp_path):
    umask = os.umask(0o022)
    try:
        path = save_assessment(Assessment.new("shared"), tmp_path / "shared.fta.json")
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644


def test_temporary_files_left_by_a_killed_save_are_swept_on_the_next_save(tmp_path):
    path = tmp_path / "a.fta.json"
    stale = tmp_path / ".a.fta.json.abc123.tmp"
    fresh = tmp_path / ".a.fta.json.def456.tmp"  # perhaps another save, still running
    stale.write_text("half a file")
    fresh.write_text("another save in flight")
    old = os.path.getmtime(stale) - 3600
    os.utime(stale, (old, old))
    save_assessment(Assessment.new("new"), path)
    assert not stale.exists() and fresh.exists()


def test_saving_through_a_symlink_updates_the_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "store" / "a.fta.json"
    real.parent.mkdir()
    save_assessment(Assessment.new("first"), real)
    link = tmp_path / "link.fta.json"
    link.symlink_to(real)
    save_assessment(Assessment.new("second"), link)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert load_assessment(real).title == "second"
    assert json.loads((real.parent / "a.fta.json.bak").read_text())["title"] == "first"
    assert not (tmp_path / "link.fta.json.bak").exists()


def test_the_backup_of_a_private_file_stays_private(tmp_path):
    path = tmp_path / "private.fta.json"
    save_assessment(Assessment.new("first"), path)
    os.chmod(path, 0o640)
    umask = os.umask(0o022)
    try:
        save_assessment(Assessment.new("second"), path)
    finally:
        os.umask(umask)
    assert (tmp_path / "private.fta.json.bak").stat().st_mode & 0o777 == 0o640
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_small_file_is_written_for_people_a_long_lab_history_compact_and_both_load_the_same(tmp_path):
    from advisor.document import assessment as module
    small = Assessment.new("Small")
    small.answers["ml_team"] = "some"
    path = save_assessment(small, tmp_path / "small.fta.json")
    assert '\n  "answers": {\n    "ml_team": "some"\n  }' in path.read_text()  # indented, one key a line

    big = Assessment.new("Long history")
    case = {"name": "t", "passed": True, "output": "a reply of some length " * 4, "reasons": []}
    run = {"id": "r", "model": "claude-haiku-5-5", "passed": 1000, "failed": 0, "errors": 0,
           "cases": [dict(case, name=f"t{i}") for i in range(1000)]}
    big.prompt_lab = {"model": "claude-haiku-5-5", "runs": [dict(run, id=f"r{n}") for n in range(12)]}
    big.prompt_lab["last_run"] = big.prompt_lab["runs"][-1]
    path = save_assessment(big, tmp_path / "big.fta.json")
    text = path.read_text()
    assert len(text) > module.READABLE_UP_TO and text.count("\n") == 1  # one line, no indentation
    assert load_assessment(path) == big
    assert big.prompt_lab["runs"][0]["cases"][0]["name"] == "t0"  # the save changed nothing held
