"""The project documents its own format and command line (docs/), and the docs keep up with the
code: every question, cost input, expectation type, verdict and command is there."""
from __future__ import annotations

import re

from advisor.cli.commands import COMMANDS
from advisor.costs.inputs import COST_INPUTS
from advisor.lab.expectations import EXPECTATIONS
from advisor.decision.questions import default_bank
from tests.helpers import ROOT

FORMAT_DOC = (ROOT / "docs" / "file-format.md").read_text(encoding="utf-8")
CLI_DOC = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_no_page_sends_readers_outside_the_project_and_every_link_resolves():
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        assert "../shared" not in text and "CONTRACT.md" not in text, page.name
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def test_the_file_format_page_names_every_question_cost_input_and_expectation_type():
    ids = ([q.id for q in default_bank().questions] + [c.id for c in COST_INPUTS] + list(EXPECTATIONS))
    missing = [i for i in ids if f"`{i}`" not in FORMAT_DOC]
    assert missing == [], "document these in docs/file-format.md"


def test_the_file_format_page_covers_the_migration_from_version_1():
    assert "## Version 1 files" in FORMAT_DOC
    for v1_key in ("gpu_tokens_per_second", "last_run"):
        assert f"`{v1_key}`" in FORMAT_DOC.split("## Version 1 files")[1]


def test_the_command_line_page_has_every_command_and_exit_status():
    for name in COMMANDS:
        assert f"## `{name}`" in CLI_DOC, name
    table = CLI_DOC.split("## Exit status")[1]
    for status in range(6):
        assert re.search(rf"^\| {status} \|", table, re.M), status
