"""``main.py summary FILE --pdf OUT.pdf`` with no display at all, as on a server or in CI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.document.assessment import load_assessment
from advisor.costs.projection import project
from tests.helpers import ROOT, brief_pages, write_assessment

TITLE = "Quarterly <b>claims</b> review"
NOTES = "First line <script>alert(1)</script>\nSecond line &amp; more"
COSTS = {"model": "claude-opus-4-5", "monthly_requests": 2_000_000, "examples_to_label": 20_000,
         "label_cost_per_example_usd": 4, "horizon_months": 36}


def run_headless(*args: str) -> subprocess.CompletedProcess:
    """main.py in a fresh interpreter with neither a display nor a chosen Qt platform."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=ROOT)


@pytest.fixture
def assessment(tmp_path) -> Path:
    return write_assessment(tmp_path / "claims.fta.json", title=TITLE, costs=COSTS, notes=NOTES,
                            answers={"prompting_tried": "falls_short", "data_public": "proprietary_niche"})


def text_of(path: Path) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_the_pdf_is_written_without_a_display_with_title_chart_and_break_even(assessment):
    # A version 1 file (tests.helpers writes v1): its figures are v1's (CONTRACT section 7).
    assert project(load_assessment(assessment).costs).break_even_month == 9
    out = assessment.with_name("brief.pdf")
    result = run_headless("summary", str(assessment), "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote the summary to {out}\n"
    reader = PdfReader(out)
    assert 1 <= brief_pages(reader) <= 2  # then the answers page
    text = text_of(out)
    assert TITLE in text and "First line <script>alert(1)</script>" in text
    assert "Second line &amp; more" in text
    assert "Fine-tuning breaks even in month 9" in text
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1 and images[0].image.width > 600  # the chart, at print resolution
    assert sorted(p.name for p in out.parent.iterdir()) == ["brief.pdf", "claims.fta.json"]  # no temp files


def test_the_example_prints_on_one_or_two_pages(tmp_path):
    out = tmp_path / "example.pdf"
    result = run_headless("summary", str(ROOT / "resources" / "example.fta.json"), "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert 1 <= brief_pages(PdfReader(out)) <= 2  # then the answers page
    assert "Use Claude with prompt engineering" in text_of(out)


def test_text_and_pdf_together(assessment):
    out = assessment.with_name("brief.pdf")
    result = run_headless("summary", str(assessment), "--format", "markdown", "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Quarterly &lt;b&gt;claims&lt;/b&gt; review\n")
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_a_bad_output_path_is_exit_3_with_one_plain_line_and_nothing_written(assessment, where):
    if where == "missing folder":
        out = assessment.parent / "no-such-folder" / "brief.pdf"
    else:
        out = assessment.parent / "taken.pdf"
        out.mkdir()
    before = sorted(p.name for p in assessment.parent.iterdir())
    result = run_headless("summary", str(assessment), "--pdf", str(out))
    assert result.returncode == 3
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and str(out) in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in assessment.parent.iterdir()) == before  # no temporary file left


def test_an_existing_pdf_is_replaced_whole(assessment):
    out = assessment.with_name("brief.pdf")
    out.write_bytes(b"old")
    result = run_headless("summary", str(assessment), "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in out.parent.iterdir()) == ["brief.pdf", "claims.fta.json"]


def test_a_pdf_path_under_a_file_says_the_file_is_not_a_folder(tmp_path):
    from tests.helpers import run_cli, write_assessment

    path = write_assessment(tmp_path / "a.fta.json", title="T")
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    result = run_cli("summary", str(path), "--pdf", str(blocker / "out.pdf"))
    assert result.returncode == 3
    assert f"{blocker} is a file, not a folder" in result.stderr
