"""The one-folder PyInstaller bundle (`make bundle`) runs on its own, from another folder: the
command line and the window, with the data it carries inside."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.packaging.installed import (
    check_commands,
    check_menu_entry,
    check_window_opens_the_example,
    desktop_install,
    quietly,
)

pytestmark = [pytest.mark.slow_install, pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The bundle as `make bundle` builds it (the same spec), into a folder of this test's own."""
    work = tmp_path_factory.mktemp("bundle")
    found = subprocess.run([sys.executable, "-c", "import PyInstaller"], capture_output=True)
    assert found.returncode == 0, "PyInstaller is missing: pip install -e '.[bundle]' (.ci/run does)"
    quietly([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
             str(ROOT / "scripts" / "bundle.spec")], timeout=1500)
    assert (work / "dist" / "fine-tune-advisor" / "fine-tune-advisor").is_file()
    return work / "dist" / "fine-tune-advisor"


@pytest.fixture(scope="module")
def user_home(bundle, tmp_path_factory) -> Path:
    """`make desktop-install FROM=bundle` for a user whose home is a temporary folder."""
    home = tmp_path_factory.mktemp("user")
    desktop_install("bundle", bundle, home)
    return home


def test_the_bundle_carries_its_data_and_no_python_source_tree(bundle):
    data = bundle / "_internal" / "advisor" / "_resources"
    assert {"questions.toml", "rules.toml", "pricing.toml", "example.fta.json"} <= {p.name for p in data.iterdir()}
    assert not (bundle / "_internal" / "main.py").exists()


def test_the_bundled_commands_work_from_another_folder(program, fresh_folders):
    check_commands([str(program)], *fresh_folders)


def test_the_bundled_window_opens_the_example(program, fresh_folders):
    check_window_opens_the_example([str(program)], *fresh_folders)


def test_the_menu_entry_runs_the_installed_bundle(user_home, tmp_path):
    check_menu_entry(user_home, tmp_path)
