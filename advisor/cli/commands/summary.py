"""``summary FILE [--format text|markdown|json] [--pdf OUT.pdf]``: the recommendation summary.

Imports no Qt, matplotlib or anthropic: PDF output goes through the ``pdf_writer`` the composition
root (main.py) hands to :func:`advisor.cli.main.main`, so the Qt part loads only when a PDF is asked for.
The PDF gets the printed brief's HTML with its chart inlined (a data: URI), so the service needs
nothing but ``(html, out_path)``; matplotlib loads only then.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from advisor.core.atomic import check_writable
from advisor.core.errors import UsageProblem

log = logging.getLogger(__name__)

FORMATS = ("text", "markdown", "json", "adr")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the .fta.json assessment to summarize")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="what to print: text (the default), markdown, json, or adr (a MADR decision record)")
    parser.add_argument("--pdf", type=Path, metavar="OUT.pdf",
                        help="also write the summary as a printable PDF to OUT.pdf")


def _pdf_service(args: argparse.Namespace):
    service = getattr(args, "pdf_writer", None)
    if service is None:
        raise UsageProblem("PDF output needs the app's Qt part; run it through main.py "
                           "(or the installed fine-tune-advisor), or leave out --pdf.")
    return service


def run(args: argparse.Namespace) -> int:
    from advisor.document.assessment import load_assessment  # raises FileProblem (exit 3) for unusable files
    from advisor.report.summary import build_summary, render_markdown, render_text

    service = _pdf_service(args) if args.pdf else None  # refuse before doing any work
    if args.pdf is not None and args.pdf.suffix.lower() != ".pdf":
        raise UsageProblem(f"{args.pdf}: the PDF file name must end in .pdf")
    if args.pdf is not None:
        check_writable(args.pdf)
    assessment = load_assessment(args.file)
    summary = build_summary(assessment)
    fmt = args.format or ("text" if args.pdf is None else None)
    if fmt == "json":
        sys.stdout.write(json.dumps(summary, indent=2, ensure_ascii=False, default=str, allow_nan=False) + "\n")
    elif fmt == "markdown":
        sys.stdout.write(render_markdown(summary))
    elif fmt == "text":
        sys.stdout.write(render_text(summary))
    elif fmt == "adr":
        from advisor.report.adr import render_adr

        sys.stdout.write(render_adr(summary))
    if service is not None:
        from advisor.report.html import build_brief

        service(build_brief(assessment, summary=summary, chart="data").html, args.pdf)
        log.info("wrote the summary of %s to %s", args.file, args.pdf)
        if fmt is None:
            print(f"Wrote the summary to {args.pdf}")
    return 0
