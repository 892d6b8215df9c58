"""Start-up pays only for what the first screen shows (DESIGN.md: speed, by construction)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from tests.helpers import ROOT, write_assessment


def modules_loaded_when_the_window_appears(*argv: str) -> list[str]:
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(ROOT)!r})
        sys.argv = ["fine-tune-advisor", *{list(argv)!r}]
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def report():
            heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("matplotlib", "anthropic", "numpy", "httpx"))
            print(json.dumps(heavy), flush=True)
            QApplication.instance().quit()

        QTimer.singleShot(0, report)
        import main
        main.main(sys.argv[1:])
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_welcome_screen_loads_neither_charts_nor_the_claude_sdk():
    assert modules_loaded_when_the_window_appears() == []


def test_opening_a_file_loads_neither_charts_nor_the_claude_sdk(tmp_path):
    path = write_assessment(tmp_path / "a.fta.json", answers={"ml_team": "some"})
    assert modules_loaded_when_the_window_appears(str(path)) == []
