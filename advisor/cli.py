"""The command line: ``main.py COMMAND FILE ...``. Imports no Qt, matplotlib or anthropic itself.

Each command lives in ``advisor/commands/NAME.py`` with ``add_arguments(parser)`` and
``run(args) -> int``; only the command being run is imported.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from typing import Callable, Sequence

from advisor import APP_ID, __version__
from advisor.commands import COMMANDS
from advisor.errors import AdvisorError, UsageProblem

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse that reports wrong usage as exit 2 with a short message, never a traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageProblem(f"{self.prog}: {message}\nRun '{self.prog} --help' for usage.")


def _command_module(name: str):
    return importlib.import_module(f"advisor.commands.{name}")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog=APP_ID, description="Should you fine-tune a model, or prompt Claude?")
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, summary in COMMANDS.items():
        command_parser = sub.add_parser(name, help=summary, description=summary)
        if name == command:  # import only the command that runs
            _command_module(name).add_arguments(command_parser)
    return parser


def main(argv: Sequence[str] | None = None, *, pdf_writer: Callable | None = None) -> int:
    """Run one command. ``pdf_writer(html, out_path)`` needs Qt, so the composition root (main.py)
    passes it in; a command that writes PDFs finds it as ``args.pdf_writer``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in COMMANDS else None
    try:
        args = build_parser(command).parse_args(argv)
        if args.command is None:
            raise UsageProblem(f"{APP_ID}: name a command: {', '.join(COMMANDS)}")
        args.pdf_writer = pdf_writer
        return int(_command_module(args.command).run(args))
    except AdvisorError as problem:
        print(str(problem), file=sys.stderr)
        return problem.exit_code
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:  # the last resort: log it, name the log, never print a traceback
        from advisor import logsetup

        log.exception("unexpected fault in command %s", command)
        print(f"{APP_ID}: an unexpected error occurred; details are in {logsetup.current_log_file()}",
              file=sys.stderr)
        return 1
