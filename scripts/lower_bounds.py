"""Print pip constraints pinning every runtime dependency to its declared minimum.

``.ci/run`` installs the app with them (``pip install --constraint``) into a second venv and runs
the tests there, so the lower bounds in pyproject.toml are the ones that work. Only the
requirements whose environment marker holds for this Python are pinned.
"""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def lower_bounds(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    pins = []
    for text in project["dependencies"]:
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        minimums = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        if len(minimums) != 1:
            sys.exit(f"{text}: declare exactly one lower bound (>=) so that it can be tested")
        pins.append(f"{requirement.name}=={minimums[0]}")
    return pins


if __name__ == "__main__":
    print("\n".join(lower_bounds()))
