"""Window start-up and memory against a bare PySide6 window, measured in the same run.

Goal (issue 4): the app's window appears within 1.5 × a bare PySide6 window's time.
Goal (issue 8): peak memory after start-up is reported against the bare window; we hold it to
1.5 × as well, so a heavy import at start-up (matplotlib, the SDK) shows up as a missed goal.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchmarks.common import ROOT, Figure, median, print_figures, user_env  # noqa: E402

REPORT = """
import json, resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
def report():
    print(json.dumps({"rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)
    QApplication.instance().quit()
QTimer.singleShot(0, report)
"""

BARE = REPORT + textwrap.dedent("""
    from PySide6.QtWidgets import QMainWindow
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Fine-Tune Advisor")
    window.resize(1100, 760)
    window.show()
    app.exec()
""")

APP = REPORT + textwrap.dedent(f"""
    sys.path.insert(0, {str(ROOT)!r})
    import main
    main.main([])
""")


def _run(code: str, env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    elapsed = time.perf_counter() - start
    return elapsed, json.loads(out.stdout.strip().splitlines()[-1])["rss_kb"]


def figures(runs: int = 7) -> list[Figure]:
    home = tempfile.mkdtemp(prefix="fta-bench-")
    env = user_env(home, {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    # An installed app runs from cached bytecode; make sure this run does too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "advisor"), str(ROOT / "ui"),
                    str(ROOT / "main.py")], check=True, env=env)
    bare_times, app_times, bare_rss, app_rss = [], [], [], []
    _run(BARE, env), _run(APP, env)  # warm the disk cache for both
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        t, rss = _run(BARE, env)
        bare_times.append(t), bare_rss.append(rss)
        t, rss = _run(APP, env)
        app_times.append(t), app_rss.append(rss)
    bare_t, app_t = median(bare_times), median(app_times)
    bare_m, app_m = median(bare_rss), median(app_rss)
    return [
        Figure("window start-up vs bare PySide6 window", app_t / bare_t, "×", 1.5,
               f"{app_t * 1000:.0f} ms vs {bare_t * 1000:.0f} ms"),
        Figure("peak memory after start-up vs bare window", app_m / bare_m, "×", 1.5,
               f"{app_m / 1024:.0f} MB vs {bare_m / 1024:.0f} MB"),
    ]


if __name__ == "__main__":
    sys.exit(print_figures(figures()))
