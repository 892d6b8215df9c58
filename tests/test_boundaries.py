"""The domain stays free of the GUI: ``advisor`` never imports Qt, and imports matplotlib and
anthropic only when a function needs them (DESIGN.md: a core that never imports the GUI)."""
from __future__ import annotations

import ast
import json
import subprocess
import sys

from tests.helpers import ROOT

ADVISOR_MODULES = sorted(
    ".".join(path.relative_to(ROOT).with_suffix("").parts)
    for path in (ROOT / "advisor").rglob("*.py")
)
HEAVY = ("PySide6", "matplotlib", "anthropic", "ui")


def test_importing_every_advisor_module_loads_no_gui_chart_or_sdk_library():
    script = (
        "import importlib, json, sys\n"
        f"for name in {ADVISOR_MODULES!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_advisor_source_never_imports_qt_or_the_ui_even_lazily():
    offenders = []
    for path in (ROOT / "advisor").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "ui")]
    assert offenders == []


def test_every_module_is_modest_in_size():
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
             for folder in ("advisor", "ui") for p in (ROOT / folder).rglob("*.py")}
    assert {name: lines for name, lines in sizes.items() if lines > 500} == {}


def test_advisor_modules_import_charts_and_sdk_libraries_only_inside_functions():
    """Read, not run: a module-level import (even one guarded by TYPE_CHECKING) is refused, so
    the rule holds for every code path, not just for the imports a test happens to trigger."""
    offenders = []
    for path in (ROOT / "advisor").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_level = list(tree.body)
        for block in [n for n in tree.body if isinstance(n, (ast.If, ast.Try))]:
            module_level += list(ast.walk(block))
        for node in module_level:
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            offenders += [f"{path.name}:{node.lineno}: {name}" for name in names
                          if name.split(".")[0] in ("PySide6", "matplotlib", "anthropic")]
    assert offenders == []


def test_the_summary_command_loads_none_of_the_labs_code():
    """Every ``summary`` starts without the Claude client, the eval runner, Qt or matplotlib:
    its start-up is measured against a bare interpreter (benchmarks/bench_advisor.py)."""
    script = (
        "import contextlib, io, json, sys\n"
        "from ui.launch import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['summary', 'resources/example.fta.json', '--format', 'json'])\n"
        "lab = ('advisor.claude.client', 'advisor.lab.eval_results', 'advisor.lab.eval_runner', 'advisor.lab.batches',\n"
        "       'anthropic', 'PySide6', 'matplotlib', 'difflib', 'socket')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m in lab)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
