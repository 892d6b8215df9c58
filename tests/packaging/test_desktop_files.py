"""The desktop integration files: the menu entry, the AppStream metainfo and the icons all carry
the one reverse-DNS id, and pass the freedesktop validators (run where installed; CI installs them)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from advisor import DESKTOP_ID, __version__
from tests.helpers import ROOT

DESKTOP = ROOT / "resources" / "desktop"
ENTRY = DESKTOP / f"{DESKTOP_ID}.desktop"
METAINFO = DESKTOP / f"{DESKTOP_ID}.metainfo.xml"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return path


def test_the_menu_entry_passes_desktop_file_validate_without_a_hint():
    result = subprocess.run([validator("desktop-file-validate"), str(ENTRY)], capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_the_metainfo_passes_appstreamcli_validate():
    result = subprocess.run([validator("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout


def test_metainfo_entry_and_icon_name_the_same_app_and_the_current_release():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == ENTRY.name
    assert root.findtext("icon") == DESKTOP_ID
    assert f"Icon={DESKTOP_ID}" in ENTRY.read_text().splitlines()
    newest = root.find("releases/release")
    assert newest.get("version") == __version__, "add release notes for this version to the metainfo"
    assert newest.find("description") is not None
    shots = root.findall("screenshots/screenshot")
    assert shots and all(ROOT.joinpath("docs", "screenshots", s.findtext("image").rsplit("/", 1)[1]).is_file()
                         for s in shots)


def test_the_shipped_png_icons_are_the_svg_at_every_hicolor_size(qapp):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import render_icons
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    from PySide6.QtGui import QImage

    for size in SIZES:
        shipped = QImage(str(render_icons.png_path(size)))
        assert (shipped.width(), shipped.height()) == (size, size)
        fresh = render_icons.render(size).convertToFormat(shipped.format())
        differing = sum(shipped.pixel(x, y) != fresh.pixel(x, y) for x in range(size) for y in range(0, size, 4))
        assert differing < size * size / 40, f"{size}px icon differs from the SVG: run scripts/render_icons.py"


def test_the_window_uses_the_app_icon(qapp):
    from ui.app import create_application

    app = create_application()
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == DESKTOP_ID


def test_install_sh_puts_every_file_under_the_app_id_and_runs_the_program_given(tmp_path):
    program = Path(sys.executable).parent / "fine-tune-advisor"
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    result = subprocess.run(["sh", str(DESKTOP / "install.sh"), str(program)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    entry = share / "applications" / f"{DESKTOP_ID}.desktop"
    assert f"Exec={program} %f" in entry.read_text().splitlines()
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()


def test_install_sh_refuses_a_program_that_is_not_there(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    result = subprocess.run(["sh", str(DESKTOP / "install.sh"), str(tmp_path / "nothing")], env=env,
                            capture_output=True, text=True)
    assert result.returncode == 2 and "not an installed fine-tune-advisor" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()
