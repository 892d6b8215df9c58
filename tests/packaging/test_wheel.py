"""The wheel, built from a clean copy of the project and installed into a fresh venv, works from
any folder: resources come from the installed package, not from the source tree."""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.installed import check_commands, check_window_opens_the_example, clean_copy, quietly

pytestmark = [pytest.mark.slow_install, pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = clean_copy(tmp_path_factory.mktemp("clone"))
    dist = tmp_path_factory.mktemp("dist")
    quietly([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
             "--wheel-dir", str(dist), str(source)])
    (built,) = dist.glob("fine_tune_advisor-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel and its dependencies, as `pip install` gives a user."""
    venv = tmp_path_factory.mktemp("venv")
    quietly([sys.executable, "-m", "venv", str(venv)])
    quietly([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)])
    return venv


def test_the_wheel_ships_the_data_inside_the_app_package_and_nothing_else_at_the_top(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"advisor", "ui"}
    for shipped in ("questions.toml", "rules.toml", "pricing.toml", "example.fta.json",
                    "icons/fine-tune-advisor.svg"):
        assert f"advisor/_resources/{shipped}" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


def test_the_installed_commands_work_from_another_folder(installed, tmp_path):
    workdir, home = tmp_path / "somewhere", tmp_path / "home"
    workdir.mkdir()
    check_commands([str(installed / "bin" / "fine-tune-advisor")], workdir, home)


def test_the_installed_window_opens_the_example(installed, tmp_path):
    workdir, home = tmp_path / "somewhere", tmp_path / "home"
    workdir.mkdir()
    check_window_opens_the_example([str(installed / "bin" / "fine-tune-advisor")], workdir, home)
