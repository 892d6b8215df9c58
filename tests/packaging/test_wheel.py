"""The wheel, built from a clean copy of the project and installed into a fresh venv (as `make
desktop-install FROM=wheel` does, for a user whose home is a temporary folder), works from any
folder: resources come from the installed package, not from the source tree."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.installed import (
    check_commands,
    check_menu_entry,
    check_window_opens_the_example,
    clean_copy,
    desktop_install,
    quietly,
)

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
def user_home(wheel, tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("user")
    desktop_install("wheel", wheel, home)
    return home


def test_the_wheel_ships_the_data_inside_the_app_package_and_nothing_else_at_the_top(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"advisor", "ui"}
    for shipped in ("questions.toml", "rules.toml", "pricing.toml", "example.fta.json",
                    "icons/io.github.finetuneadvisor.FineTuneAdvisor.svg",
                    "translations/fine_tune_advisor_de.qm"):  # the German window (ui/translations.py)
        assert f"advisor/_resources/{shipped}" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


def test_the_venv_holds_no_module_main_and_no_package_resources(user_home):
    (site,) = (user_home / ".local" / "lib" / "fine-tune-advisor" / "venv" / "lib").glob("python3*/site-packages")
    assert not (site / "main.py").exists() and not (site / "resources").exists()
    assert (site / "advisor" / "_resources" / "questions.toml").is_file()


def test_the_installed_commands_work_from_another_folder(program, fresh_folders):
    check_commands([str(program)], *fresh_folders)


def test_the_installed_window_opens_the_example(program, fresh_folders):
    check_window_opens_the_example([str(program)], *fresh_folders)


def test_the_menu_entry_runs_the_installed_wheel(user_home, tmp_path):
    check_menu_entry(user_home, tmp_path)


def test_pipx_installs_the_wheel_and_its_command_works(wheel, tmp_path, fresh_folders):
    pipx_home, bin_dir = tmp_path / "pipx", tmp_path / "bin"
    env = dict(os.environ, PIPX_HOME=str(pipx_home), PIPX_BIN_DIR=str(bin_dir), PIPX_MAN_DIR=str(tmp_path / "man"),
               PIPX_DEFAULT_PYTHON=sys.executable)
    result = subprocess.run([sys.executable, "-m", "pipx", "install", str(wheel)], env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    check_commands([str(bin_dir / "fine-tune-advisor")], *fresh_folders)
