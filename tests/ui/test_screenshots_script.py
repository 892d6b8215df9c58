"""`make screenshots` keeps working: every screen renders to a PNG, at 1600x1000 and at 900x600."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from tests.helpers import ROOT

SCREENS = ["assessment", "costs", "prompt-lab", "prompt-lab-tests", "questionnaire", "recommendation",
           "review", "welcome"]


def test_the_screenshot_script_renders_every_screen_at_both_sizes(tmp_path):
    env = dict(os.environ)
    env.pop("DISPLAY", None)  # the script picks the offscreen platform itself
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=240)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert names == sorted(f"{screen}-{size}.png" for screen in SCREENS for size in ("1600x1000", "900x600"))
    for png in tmp_path.glob("*.png"):
        image = QImage(str(png))
        width, height = png.stem.rsplit("-", 1)[1].split("x")
        assert (image.width(), image.height()) == (int(width), int(height)), png.name
        assert png.stat().st_size > 10_000  # a drawn screen, not a blank one


def test_the_readme_shows_both_sets_and_they_are_in_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for screen in SCREENS:
        for size in ("1600x1000", "900x600"):
            name = f"docs/screenshots/{screen}-{size}.png"
            assert name in readme, name
            assert (ROOT / name).is_file(), name
