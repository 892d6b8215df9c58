"""The wheel's package list keeps up with the source tree (pyproject.toml names packages one by
one, because resources/ is mapped onto advisor._resources)."""
from __future__ import annotations

import tomllib

from tests.helpers import ROOT


def test_every_python_package_in_the_source_tree_is_packaged():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    in_source = {".".join(init.parent.relative_to(ROOT).parts)
                 for top in ("advisor", "ui") for init in (ROOT / top).rglob("__init__.py")}
    assert in_source - set(setuptools["packages"]) == set()
    assert setuptools["package-dir"] == {"advisor._resources": "resources"}
