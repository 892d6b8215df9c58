"""Notes as a hostile or careless user writes them (issue 28 #10): a million characters, lines
with no break in them, and bidirectional overrides that would reorder what a reader sees."""
from __future__ import annotations

from pypdf import PdfReader

from advisor.cli import main as cli
from tests.cli.test_summary_pdf import run_headless
from tests.helpers import write_assessment

UNBROKEN = "".join(f"{number:05d}" for number in range(6_000))  # 30,000 digits, no break, none alike
SHORT_LINES = "\n".join(f"line {number}" for number in range(2_000))
RLO = "\u202e"


def digit_lines(pages) -> list[str]:
    """The digit-only lines of the PDF's text, in order. Qt paints the lines at the foot of a page
    again, clipped away, at the head of the next: their text is extracted twice, so it is skipped."""
    kept: list[str] = []
    for page in pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip().isdigit()]
        repeated = next((n for n in range(min(len(lines), len(kept)), 0, -1) if kept[-n:] == lines[:n]), 0)
        kept += lines[repeated:]
    return kept


def test_a_long_notes_pdf_wraps_every_line_and_loses_no_character(tmp_path):
    path = write_assessment(tmp_path / "long.fta.json", title="Long notes",
                            notes=f"{UNBROKEN}\n{SHORT_LINES}\nthe end")
    out = tmp_path / "long.pdf"
    done = run_headless("summary", str(path), "--pdf", str(out))
    assert done.returncode == 0, done.stderr
    pages = PdfReader(out).pages
    lines = [line for page in pages for line in page.extract_text().splitlines()]
    assert max(len(line) for line in lines) < 200  # every line wrapped within the page
    printed = "".join(digit_lines(pages))
    assert len(printed) > 100 * 20  # the unbroken line, wrapped over many lines
    assert UNBROKEN in printed  # none of it cut off, in order
    text = " ".join(" ".join(lines).split())  # the PDF's text has tabs for spaces
    assert "line 0" in text and "line 1999" in text and "the end" in text
    assert len(pages) > 20


def test_bidi_overrides_are_shown_not_obeyed_in_text_markdown_and_pdf(capsys, tmp_path):
    path = write_assessment(tmp_path / "bidi.fta.json", title=f"Claims {RLO}eciovni",
                            notes=f"pay {RLO}0001$ now\nisolate \u2067here\u2069")
    assert cli.main(["summary", str(path), "--format", "text"]) == 0
    text = capsys.readouterr().out
    assert cli.main(["summary", str(path), "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    for shown in (text, markdown):
        assert not any(char in shown for char in (RLO, "\u2067", "\u2069"))
    assert "Claims <U+202E>eciovni" in text and "pay <U+202E>0001$ now" in text
    assert "isolate <U+2067>here<U+2069>" in text
    assert "pay &lt;U+202E&gt;0001$ now" in markdown  # Markdown shows it as <U+202E>
    out = tmp_path / "bidi.pdf"
    assert run_headless("summary", str(path), "--pdf", str(out)).returncode == 0
    printed = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "pay <U+202E>0001$ now" in printed and RLO not in printed
