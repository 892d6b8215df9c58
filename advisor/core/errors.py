"""Errors that reach the user as a plain message, each with the command line's exit status."""
from __future__ import annotations


class AdvisorError(Exception):
    """A problem the user can fix; ``str(error)`` is the whole message, one or two lines."""

    exit_code = 1


class UsageProblem(AdvisorError):
    exit_code = 2


class FileProblem(AdvisorError):
    """The file cannot be used: missing, unreadable, not JSON, not an assessment, invalid, too new."""

    exit_code = 3


class ApiProblem(AdvisorError):
    """The Claude API cannot be used: no key, key refused, network, overloaded."""

    exit_code = 4
