"""Render every screen to PNG files for the README: `make screenshots`.

Two sets, so the README shows the app as it looks on a large screen and on a small laptop:
``NAME-1600x1000.png`` and ``NAME-900x600.png``. ``--dark`` renders with a dark palette instead
(``NAME-dark-…``), for checking contrast; ``--scale 2`` renders as on a 200 % HiDPI screen
(``NAME-x2-…``, twice the pixels) and ``--language de`` in German (``NAME-de-…``). Runs on Qt's offscreen platform unless a display is set
(under Xvfb, say), with the example assessment open and a throwaway settings home, so it never
touches the user's own settings.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = ((1600, 1000), (900, 600))


def _page(page_id: str, then: Callable | None = None) -> Callable:
    def show(window) -> None:
        window.show_page(page_id)
        if then is not None:
            then(window)
    return show


def _lab_tab(index: int) -> Callable:
    def pick(window) -> None:
        window.prompt_lab.tabs.setCurrentIndex(index)
    return pick


# (file name, how to get there once the example is open); None: the welcome screen, before it.
SCREENS: tuple[tuple[str, Callable | None], ...] = (
    ("welcome", None),
    ("assessment", _page("overview")),
    ("questionnaire", _page("questionnaire", lambda w: w.questionnaire.show_question("gaps"))),
    ("review", _page("questionnaire", lambda w: w.questionnaire.show_question("__review__"))),
    ("recommendation", _page("recommendation")),
    ("costs", _page("costs")),
    ("prompt-lab", _page("prompt_lab", _lab_tab(0))),
    ("prompt-lab-tests", _page("prompt_lab", _lab_tab(1))),
)


def dark_palette():
    """A plain dark palette (Fusion), as a desktop in dark mode hands to Qt apps."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, colour in (("Window", "#2b2b2b"), ("WindowText", "#e6e6e6"), ("Base", "#1e1e1e"),
                         ("AlternateBase", "#333333"), ("Text", "#e6e6e6"), ("Button", "#3a3a3a"),
                         ("ButtonText", "#e6e6e6"), ("BrightText", "#ffffff"), ("Highlight", "#3d7ab8"),
                         ("HighlightedText", "#ffffff"), ("ToolTipBase", "#3a3a3a"),
                         ("ToolTipText", "#e6e6e6"), ("PlaceholderText", "#a0a0a0"), ("Link", "#8ab4f8"),
                         ("Light", "#4a4a4a"), ("Midlight", "#404040"), ("Mid", "#303030"),
                         ("Dark", "#202020"), ("Shadow", "#111111")):
        palette.setColor(getattr(role, name), QColor(colour))
    for name in ("WindowText", "Text", "ButtonText"):
        palette.setColor(group.Disabled, getattr(role, name), QColor("#7a7a7a"))
    return palette


def settle(app, window, rounds: int = 30) -> None:
    from PySide6.QtCore import QThread

    for _ in range(rounds):  # let lazy screens (charts) draw, and resizes settle
        app.processEvents()
    QThread.msleep(300)
    app.processEvents()
    charts = getattr(getattr(window, "costs", None), "charts", None)
    settled = 0
    for _ in range(100):  # on a busy machine the charts' first drawing can take seconds
        drawn = charts is None or not charts.isVisible() or (
            charts.canvases and charts.current_chart() not in charts.stale
            and not charts._resized.isActive())  # drawn, at the size it is shown
        settled = settled + 1 if drawn else 0
        if settled == 4:  # and still so 200 ms later: the layout has stopped moving
            break
        QThread.msleep(50)
        app.processEvents()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render every screen to PNG files.")
    parser.add_argument("out_dir", nargs="?", default="docs/screenshots")
    parser.add_argument("--dark", action="store_true", help="use a dark palette (names get -dark)")
    parser.add_argument("--scale", default="", help="HiDPI: Qt's scale factor, 2 or 1.5 (names get -x2, -x1.5)")
    parser.add_argument("--language", default="", help="the window's language, de say (names get -de)")
    args = parser.parse_args(argv)
    from ui.display import lacks_display

    if lacks_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["FTA_HOME"] = tempfile.mkdtemp(prefix="fta-shots-")
    os.environ.pop("ANTHROPIC_API_KEY", None)  # never let a real key near a screenshot
    if args.scale:  # read once, when the application starts
        os.environ["QT_SCALE_FACTOR"] = args.scale
    if args.language:
        os.environ["FTA_LANGUAGE"] = args.language  # ui/translations.py
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application()
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + (f"-x{args.scale}" if args.scale else "") + (
        f"-{args.language}" if args.language else "")
    for width, height in SIZES:
        window = MainWindow()
        window.resize(width, height)
        window.show()
        for name, go in SCREENS:
            if go is not None:
                if not window.document.is_open:
                    window.open_example()
                go(window)
            settle(app, window)
            target = out / f"{name}{suffix}-{width}x{height}.png"
            window.grab().save(str(target))
            print(target)
        window.document._dirty = False  # nothing to save: these were only looked at
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
