"""``validate FILE``: ``ok`` (with warnings for unknown keys), or every problem found."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from advisor.document.assessment import _known_models, inspect_file



def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the .fta.json file to check")


def run(args: argparse.Namespace) -> int:
    doc, findings = inspect_file(args.file, _known_models())  # unreadable files raise FileProblem
    if findings.errors:
        for error in findings.errors:
            print(f"{args.file}: error: {error}", file=sys.stderr)
        for warning in findings.warnings:
            print(f"{args.file}: warning: {warning}", file=sys.stderr)
        count = len(findings.errors)
        print(f"{args.file}: {count} problem{'s' if count != 1 else ''} found", file=sys.stderr)
        return 3
    print("ok")
    for warning in findings.warnings:
        print(f"warning: {warning}")
    return 0
