"""The command line: ``main.py COMMAND FILE ...``. Imports no Qt, matplotlib or anthropic itself.

Each command lives in ``advisor/cli/commands/NAME.py`` with ``add_arguments(parser)`` and
``run(args) -> int``; only the command being run is imported.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path, PosixPath, WindowsPath
from typing import Callable, Sequence

from advisor import APP_ID, __version__
from advisor.document.assessment import STDIN
from advisor.cli.commands import COMMANDS
from advisor.core.errors import AdvisorError, UsageProblem

log = logging.getLogger(__name__)


EXIT_CODES = """\
exit status:
  0  done
  1  an unexpected fault (the message names the log file)
  2  wrong usage
  3  the file cannot be used (missing, unreadable, not JSON, not an assessment, invalid, too new)
  4  the Claude API cannot be used (no key, key refused, network, overloaded)
  5  eval ran and some tests failed

Give - as the file to read the assessment from standard input."""


class StdinPath(WindowsPath if sys.platform == "win32" else PosixPath):
    """``-`` given as FILE: opened as standard input (os.fspath is "-"), named "<stdin>" in every
    message the commands print with the file's name."""

    def __new__(cls) -> StdinPath:
        return super().__new__(cls, STDIN)

    def __str__(self) -> str:
        return "<stdin>"

    def __fspath__(self) -> str:
        return STDIN


def _read_stdin_where_asked(args: argparse.Namespace) -> None:
    if getattr(args, "file", None) != Path(STDIN):
        return
    if getattr(args, "save", False):
        raise UsageProblem(f"{APP_ID} {args.command}: --save writes the results into the file; "
                           "it cannot write into standard input. Give the file's name instead of -.")
    args.file = StdinPath()


class _Parser(argparse.ArgumentParser):
    """argparse that reports wrong usage as exit 2 with a short message, never a traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageProblem(f"{self.prog}: {message}\nRun '{self.prog} --help' for usage.")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, which measures the terminal through shutil (with its compression
    modules, 2 ms) each time it checks an argument; os answers the same question for free."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """As shutil.get_terminal_size: $COLUMNS, else the terminal's width, else 80."""
    import os

    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _command_module(name: str):
    return importlib.import_module(f"advisor.cli.commands.{name}")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog=APP_ID, description="Should you fine-tune a model, or prompt Claude? "
                     f"With no command, {APP_ID} [FILE] opens the window.",
                     epilog=EXIT_CODES, formatter_class=_Formatter)
    parser.add_argument("-V", "--version", action="version", version=f"{APP_ID} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, summary in COMMANDS.items():
        command_parser = sub.add_parser(name, help=summary, description=summary, epilog=EXIT_CODES,
                                        formatter_class=_Formatter)
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
        _read_stdin_where_asked(args)
        args.pdf_writer = pdf_writer
        from advisor.core.terminal import cleaned_output

        with cleaned_output():  # file data never reaches the terminal as escape sequences
            return int(_command_module(args.command).run(args))
    except AdvisorError as problem:
        from advisor.core.terminal import clean

        print(clean(str(problem)), file=sys.stderr)
        return problem.exit_code
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:  # the last resort: log it, name the log, never print a traceback
        from advisor.core import logsetup
        log.exception("unexpected fault in command %s", command)
        print(f"{APP_ID}: an unexpected error occurred; details are in {logsetup.current_log_file()}",
              file=sys.stderr)
        return 1
