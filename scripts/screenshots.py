"""Render each main screen to PNG files for the README: `make screenshots`.

Runs on Qt's offscreen platform unless a display is set (under Xvfb, say), with the example
assessment open and a throwaway settings home, so it never touches the user's own settings.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREENS = (
    ("welcome", None),
    ("questionnaire", "questionnaire"),
    ("recommendation", "recommendation"),
    ("costs", "costs"),
    ("prompt-lab", "prompt_lab"),
)


def main(out_dir: str = "docs/screenshots") -> int:
    from ui.display import lacks_display

    if lacks_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["FTA_HOME"] = tempfile.mkdtemp(prefix="fta-shots-")
    os.environ.pop("ANTHROPIC_API_KEY", None)  # never let a real key near a screenshot
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.resize(1180, 780)
    window.show()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, page in SCREENS:
        if page is not None:
            if not window.document.is_open:
                window.open_path(ROOT / "resources" / "example.fta.json")
            window.show_page(page)
            if page == "questionnaire":
                window.questionnaire.show_question("gaps")
        for _ in range(30):  # let lazy screens (charts) draw
            app.processEvents()
        from PySide6.QtCore import QThread

        QThread.msleep(400)
        app.processEvents()
        target = out / f"{name}.png"
        window.grab().save(str(target))
        print(target)
    window.document._dirty = False  # nothing to save: these were only looked at
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
