"""What ``summary`` loads, by name (issue 21): a start-up regression shows up here as the module
that caused it, not as a slower number on a noisy machine. Measured as a user runs it: no
FTA_HOME (the folders come from the XDG rule), a warm resource cache, the second run of two."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.helpers import ROOT, write_assessment

# The project's modules a JSON summary needs. Adding one to the command's path is a choice:
# make it here, on purpose, with its cost measured (python -X importtime).
SUMMARY_MODULES = {
    "advisor", "advisor._resources", "advisor.cli", "advisor.cli.commands", "advisor.cli.commands.summary",
    "advisor.cli.main", "advisor.core", "advisor.core.atomic", "advisor.core.clock", "advisor.core.errors",
    "advisor.core.findings", "advisor.core.i18n", "advisor.core.logsetup", "advisor.core.numbers", "advisor.core.paths",
    "advisor.core.resource_cache", "advisor.core.safe_files", "advisor.core.safe_regex", "advisor.core.stats", "advisor.core.terminal",
    "advisor.costs", "advisor.costs.derived", "advisor.costs.inputs", "advisor.costs.presets",
    "advisor.costs.pricing", "advisor.costs.projection", "advisor.costs.ranges", "advisor.decision", "advisor.decision.conditions",
    "advisor.decision.context_evidence", "advisor.decision.counterfactuals", "advisor.decision.engine",
    "advisor.decision.evidence", "advisor.decision.candidate_reading", "advisor.decision.refigure",
    "advisor.decision.cost_uncertainty", "advisor.decision.measured_costs",
    "advisor.decision.questions", "advisor.decision.rules", "advisor.document", "advisor.document.assessment",
    "advisor.document.migrations", "advisor.document.validation", "advisor.lab", "advisor.lab.check_base", "advisor.lab.expectations", "advisor.lab.json_checks",
    "advisor.lab.history", "advisor.lab.test_checks", "advisor.report", "advisor.report.sections", "advisor.report.cost_marks",
    "advisor.report.summary", "ui", "ui.launch",
}

# Modules a summary must not pay for, each with what it cost when it crept in.
NOT_LOADED = {
    "dataclasses": "7 ms with inspect, ast and dis: plain classes or NamedTuple instead",
    "inspect": "pulled in by dataclasses",
    "platformdirs": "7 ms with tempfile, shutil and random: advisor.core.paths applies the XDG rule",
    "tempfile": "only when a file is written (advisor.core.atomic)",
    "shutil": "2 ms with bz2 and lzma: argparse's formatter measures the terminal without it",
    "glob": "only its escape was used",
    "tomllib": "the shipped TOML is read from the JSON cache",
    "PySide6": "the command line never loads Qt", "shiboken6": "the command line never loads Qt",
    "matplotlib": "only for --png", "numpy": "only for charts", "anthropic": "only for eval",
    "httpx2": "only for eval", "keyring": "only for eval", "jsonschema": "only when a schema is checked",
    "yaml": "only for promptfoo test sets", "regex": "only for user regexes",
}


def _modules_loaded_by_summary(tmp_path, path) -> set[str]:
    code = ("import sys, json, io, contextlib\n"
            "import ui.launch\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    code = ui.launch.main(sys.argv[1:])\n"
            "print(json.dumps(sorted(sys.modules)))\n"
            "sys.exit(code)\n")
    env = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    for _ in range(2):  # the first run fills the resource cache, as a user's first start does
        result = subprocess.run([sys.executable, "-c", code, "summary", str(path), "--format", "json"],
                                capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
        assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


def test_summary_loads_exactly_the_listed_project_modules(tmp_path):
    path = write_assessment(tmp_path / "a.fta.json", answers={"prompting_tried": "falls_short"})
    loaded = _modules_loaded_by_summary(tmp_path, path)
    project = {m for m in loaded if m.split(".")[0] in ("advisor", "ui")}
    assert sorted(project - SUMMARY_MODULES) == [], "new on summary's path: list it here if it is meant"
    assert sorted(SUMMARY_MODULES - project) == [], "no longer loaded: take it off the list"


def test_summary_loads_none_of_the_costly_modules(tmp_path):
    path = write_assessment(tmp_path / "a.fta.json", answers={"prompting_tried": "falls_short"})
    loaded = _modules_loaded_by_summary(tmp_path, path)
    assert {name: why for name, why in NOT_LOADED.items() if name in loaded} == {}
