"""The composition root's code: no command → the window; a command → the CLI.

``main.py`` in the source tree and the installed ``fine-tune-advisor`` command both call
``main()`` here. It lives in ``ui`` because it wires the two halves together (the CLI's PDF
service needs Qt), and ``ui`` may import ``advisor`` but never the other way round. Importing it
loads no Qt: the text commands stay fast.
"""
from __future__ import annotations

import sys
from pathlib import Path


def _write_pdf(html: str, out_path: Path) -> None:
    """PDF output needs Qt's text layout; only ``summary --pdf`` pays for importing it."""
    from ui.printing.render import write_pdf_headless

    write_pdf_headless(html, out_path)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from advisor.cli.commands import COMMANDS  # the names only: argparse loads for commands alone

    if argv and (argv[0] in COMMANDS or argv[0].startswith("-")):
        from advisor.cli import main as cli
        from advisor.core import logsetup
        logsetup.configure()
        return cli.main(argv, pdf_writer=_write_pdf)
    if len(argv) > 1:
        print("fine-tune-advisor: give at most one file to open, or a command: "
              + ", ".join(COMMANDS), file=sys.stderr)
        return 2
    from ui.app import run

    return run(Path(argv[0]) if argv else None)
