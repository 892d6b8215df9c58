"""The window as a screen-reader user meets it, screen after screen, for the AT-SPI walk.

Run by the app's interpreter with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 under a display and a
session bus. For each screen of scripts/screenshots.py it prints ``ready NAME`` and waits for a
line on stdin before going on; it prints ``done`` at the end and quits.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]


def main() -> int:
    import screenshots

    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application(["fine-tune-advisor"])
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    window.activateWindow()
    for name, go in screenshots.SCREENS:
        if go is not None:
            if not window.document.is_open:
                window.open_example()
            go(window)
        screenshots.settle(app, window, rounds=10)
        print("ready", name, flush=True)
        # The walker reads the tree over D-Bus meanwhile: keep answering it until told to go on.
        while not _line_waiting():
            app.processEvents()
        sys.stdin.readline()
    window.document._dirty = False  # only looked at
    window.close()
    print("done", flush=True)
    return 0


def _line_waiting() -> bool:
    import select

    return bool(select.select([sys.stdin], [], [], 0.02)[0])


if __name__ == "__main__":
    sys.exit(main())
