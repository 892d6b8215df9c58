"""Render the app icon's SVG into the hicolor PNG sizes desktops use (run after editing the SVG).

    python scripts/render_icons.py

writes resources/icons/hicolor/NxN/apps/<DESKTOP_ID>.png; they ship beside the SVG, so neither a
build nor an install needs an SVG renderer. tests/packaging/test_desktop_files.py checks they
match the SVG.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from advisor import DESKTOP_ID  # noqa: E402

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SVG = ROOT / "resources" / "icons" / f"{DESKTOP_ID}.svg"


def png_path(size: int, root: Path = ROOT / "resources" / "icons") -> Path:
    return root / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"


def render(size: int):
    """The SVG drawn at size × size, as a QImage (needs a QGuiApplication)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts and painting need it
    for size in SIZES:
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(out), "PNG"):
            print(f"could not write {out}", file=sys.stderr)
            return 1
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
