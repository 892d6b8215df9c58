"""`make screenshots` keeps working: every main screen renders to a PNG."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers import ROOT


def test_the_screenshot_script_renders_every_main_screen(tmp_path):
    env = dict(os.environ)
    env.pop("DISPLAY", None)  # the script picks the offscreen platform itself
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert names == ["costs.png", "prompt-lab.png", "questionnaire.png", "recommendation.png", "welcome.png"]
    for png in tmp_path.glob("*.png"):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
