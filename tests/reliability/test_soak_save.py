"""Soak test of saving: hundreds of edit, save and reopen cycles, some with the saving process
killed (SIGKILL) at a random moment. Afterwards the file always loads and holds either the old or
the new content, never a mix; so does its ``.bak``.

Every revision ``n`` of the test's assessment is derived from ``n`` alone, with ``n`` written
into several far-apart places (title, an answer, the notes, the prompt-lab tests), so any mix of
two revisions shows up as a disagreement between them.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from advisor.document.assessment import Assessment, load_assessment, save_assessment
from tests.helpers import ROOT

# Shared by this process and the saving child, so both agree on what revision n holds.
REVISION_CODE = textwrap.dedent('''
    def revision(n, size):
        """The assessment of revision n: n in far-apart places; size sets how long a save takes."""
        from advisor.document.assessment import Assessment
        a = Assessment(title=f"revision {n}")
        a.answers = {"labeled_examples": n, "prompting_tried": ("falls_short", "minor_gaps")[n % 2]}
        a.costs = {"monthly_requests": 1000 + n, "horizon_months": 1 + n % 120}
        a.prompt_lab = {"tests": [{"name": f"case {i} of revision {n}", "vars": {"input": "é ✓ " * 8},
                                   "expect": [{"type": "contains", "value": str(n)}]} for i in range(size)]}
        a.notes = (f"revision {n}; " * (size * 20)) + "end"
        return a
''')
namespace: dict[str, Any] = {}
exec(REVISION_CODE, namespace)  # noqa: S102 - our own code, shared with the child process
revision = namespace["revision"]

CHILD = REVISION_CODE + textwrap.dedent('''
    import sys
    from advisor.document.assessment import load_assessment, save_assessment
    path, size = sys.argv[1], int(sys.argv[2])
    n = load_assessment(path).answers["labeled_examples"]
    n += 1
    save_assessment(revision(n, size), path)
    print("ready", flush=True)  # one whole save done: the parent's kill comes after it, at any moment
    while True:  # save revision after revision until killed
        n += 1
        save_assessment(revision(n, size), path)
''')


def revision_of(path: Path) -> int:
    """The revision the file holds, after checking every place agrees on it."""
    loaded = load_assessment(path)
    n = loaded.answers["labeled_examples"]
    expected = revision(n, len(loaded.prompt_lab["tests"]))
    assert (loaded.title, loaded.answers, loaded.costs, loaded.prompt_lab, loaded.notes) == \
        (expected.title, expected.answers, expected.costs, expected.prompt_lab, expected.notes), \
        f"{path.name} mixes revisions"
    return n


def random_edit(assessment: Assessment, rng: random.Random) -> None:
    """One edit a user might make between two saves."""
    kind = rng.choice(["title", "answer", "costs", "notes", "lab", "clear"])
    if kind == "title":
        assessment.title = "".join(rng.choice("abc xyz éß✓\u4e2d\U0001F600") for _ in range(rng.randint(0, 40)))
    elif kind == "answer":
        assessment.answers[rng.choice(["labeled_examples", "weeks_to_launch"])] = rng.randint(0, 10**6)
        assessment.answers["ml_team"] = rng.choice(["none", "some", "dedicated"])
    elif kind == "costs":
        assessment.costs["monthly_growth"] = rng.uniform(-0.5, 0.5)
        assessment.costs["monthly_requests"] = rng.randint(0, 10**7)
    elif kind == "notes":
        assessment.notes = "\n".join("line " * rng.randint(0, 30) for _ in range(rng.randint(0, 200)))
    elif kind == "lab":
        assessment.prompt_lab = {"system": "Route tickets.", "tests": [
            {"name": f"t{i}", "vars": {"input": "x" * rng.randint(0, 50)},
             "expect": [{"type": "icontains", "value": "billing"}]} for i in range(rng.randint(0, 30))]}
    else:
        assessment.answers.clear()


def test_hundreds_of_edit_save_reopen_cycles(tmp_path):
    rng = random.Random(8)
    path = tmp_path / "soak.fta.json"
    current = Assessment.new("soak")
    save_assessment(current, path)
    for _ in range(300):
        previous = path.read_bytes()
        random_edit(current, rng)
        save_assessment(current, path)
        reopened = load_assessment(path)
        assert reopened == current  # the new content, whole
        assert (tmp_path / "soak.fta.json.bak").read_bytes() == previous  # and the old one beside it
        current = reopened
    assert sorted(p.name for p in tmp_path.iterdir()) == ["soak.fta.json", "soak.fta.json.bak"]


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_content(tmp_path):
    rng = random.Random(80)
    path = tmp_path / "killed.fta.json"
    save_assessment(revision(0, 40), path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    last, kills = 0, 40
    for cycle in range(kills):
        size = rng.choice([5, 40, 160])  # small to large files: a kill lands in every phase of a save
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(size)], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready", child.stderr
            time.sleep(rng.uniform(0, 0.08))  # the child saves revision after revision meanwhile
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL, f"cycle {cycle}: the child ended by itself"
        n = revision_of(path)  # loads, and holds one whole revision
        assert n >= last, "a save never goes back to an older revision"
        backup = path.with_name(path.name + ".bak")
        if n > 0 and backup.exists():
            assert revision_of(backup) in (n - 1, n)  # the previous content, or that of a save cut short
        last = n
    # Each child saved at least once before its kill (it says "ready" only then), so the kills
    # landed among real saves however loaded the machine; on a quiet one they land mid-save too.
    assert last >= kills, "the children really saved between kills"
    # A kill may leave a temporary file of a save it interrupted; never one that poses as the file.
    names = {p.name for p in tmp_path.iterdir()}
    assert {"killed.fta.json", "killed.fta.json.bak"} <= names
    leftovers = names - {"killed.fta.json", "killed.fta.json.bak"}
    assert all(name.endswith(".tmp") and name.startswith(".") for name in leftovers)
    print(f"{last} revisions saved, {kills} kills, {len(leftovers)} interrupted saves left a temporary file")
