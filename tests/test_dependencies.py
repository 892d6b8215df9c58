"""Every library the app imports directly is declared in pyproject.toml, and every runtime
dependency has the single lower bound that .ci/run installs and tests (scripts/lower_bounds.py)."""
from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from scripts.lower_bounds import lower_bounds
from tests.helpers import ROOT

OWN = {"advisor", "ui", "main", "__future__"}


def imported_top_level_modules() -> set[str]:
    names = set()
    files = [*(ROOT / "advisor").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), ROOT / "main.py"]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return {name for name in names if name not in OWN and name not in sys.stdlib_module_names}


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {canonicalize_name(Requirement(text).name) for text in project["dependencies"]}


def test_every_directly_imported_library_is_a_declared_dependency():
    providers = packages_distributions()
    needed = {module: {canonicalize_name(d) for d in providers.get(module, [])} for module in imported_top_level_modules()}
    assert needed, "found no third-party imports at all: the scan is broken"
    undeclared = {module: dists for module, dists in needed.items() if not dists & declared()}
    assert undeclared == {}


def test_every_runtime_dependency_has_a_testable_lower_bound():
    pins = lower_bounds()
    assert {canonicalize_name(pin.split("==")[0]) for pin in pins} == declared()
