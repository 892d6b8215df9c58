"""The layers of ``advisor`` (issue 21), as the import-linter contracts in pyproject.toml write
them down: each sub-package imports only the ones below it, lazy imports included, and the
domain never imports the GUI. Each room says in its ``__init__`` what it owns and may import."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.helpers import ROOT

ROOMS = ("core", "costs", "claude", "lab", "decision", "document", "report", "cli")


def _lint_imports() -> Path:
    found = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert found, "import-linter is a test dependency: pip install -e '.[test]'"
    return Path(found)


def test_the_import_linter_contracts_hold():
    result = subprocess.run([str(_lint_imports()), "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "2 kept, 0 broken" in result.stdout


def test_the_layers_contract_names_every_room_and_only_those():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    named = {part.strip() for layer in layers for part in layer.split("|")}
    assert named == {f"advisor.{room}" for room in ROOMS}
    on_disk = {p.name for p in (ROOT / "advisor").iterdir() if (p / "__init__.py").is_file()} - {"_resources"}
    assert on_disk == set(ROOMS)


def test_a_broken_layer_is_caught(tmp_path):
    """The contract can fail: a core module that imports the decision breaks it."""
    copy = tmp_path / "tree"
    shutil.copytree(ROOT / "advisor", copy / "advisor", ignore=shutil.ignore_patterns("_resources", "__pycache__"))
    shutil.copytree(ROOT / "ui", copy / "ui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    numbers = copy / "advisor" / "core" / "numbers.py"
    numbers.write_text(numbers.read_text(encoding="utf-8") + "\n\ndef _bad():\n    from advisor.decision import engine\n")
    result = subprocess.run([str(_lint_imports()), "--no-cache"], capture_output=True, text=True, cwd=copy,
                            env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "advisor.core.numbers -> advisor.decision.engine" in result.stdout


def test_every_room_says_what_it_owns_and_what_it_may_import():
    for room in ROOMS:
        init = ROOT / "advisor" / room / "__init__.py"
        tree = ast.parse(init.read_text(encoding="utf-8"))
        doc = ast.get_docstring(tree) or ""
        assert len(doc.split()) >= 25, f"advisor/{room}/__init__.py needs a paragraph on what it owns"
        assert "import" in doc, f"advisor/{room}/__init__.py must say what it may import"
        # A room's __init__ is only its docstring: importing the package must cost nothing.
        assert [type(n).__name__ for n in tree.body] == ["Expr"], f"advisor/{room}/__init__.py holds code"
