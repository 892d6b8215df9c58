"""On a HiDPI screen (QT_SCALE_FACTOR 2 and 1.5) the charts and the icon are drawn at the screen's
pixel density, not blown up from a 1x picture. Each run is its own process: Qt reads the scale
factor once, when the application starts."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.helpers import ROOT

PROBE = textwrap.dedent(f"""
    import json, sys
    sys.path.insert(0, {str(ROOT)!r})
    from PySide6.QtCore import QSize
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.resize(1100, 760)
    window.show()
    window.open_example()
    window.show_page("costs")
    charts = window.costs.charts
    for _ in range(400):
        app.processEvents()
        canvas = charts.canvases.get("cumulative")
        if canvas is not None and "cumulative" not in charts.stale and charts.built_for.get("cumulative"):
            break
        from PySide6.QtCore import QThread
        QThread.msleep(20)
    canvas = charts.canvases["cumulative"]
    app.processEvents()
    width, height = canvas.get_width_height(physical=True)
    icon = app.windowIcon().pixmap(QSize(48, 48), window.devicePixelRatio())
    print(json.dumps({{
        "screen": window.screen().devicePixelRatio(), "window": window.devicePixelRatio(),
        "canvas_ratio": canvas.device_pixel_ratio, "canvas_logical": [canvas.width(), canvas.height()],
        "canvas_physical": [width, height], "figure_px": list(canvas.figure.bbox.size),
        "icon_px": [icon.width(), icon.height()], "icon_ratio": icon.devicePixelRatio()}}))
    window.document._dirty = False
""")


@pytest.mark.parametrize("scale", ["2", "1.5"])
def test_charts_and_the_icon_are_drawn_at_the_screens_pixel_ratio(scale, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, FTA_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    ratio = float(scale)
    assert seen["screen"] == seen["window"] == ratio
    assert seen["canvas_ratio"] == ratio
    logical_w, logical_h = seen["canvas_logical"]
    # matplotlib renders one pixel per device pixel: the picture is `ratio` times the widget's size
    assert seen["figure_px"][0] == pytest.approx(logical_w * ratio, abs=2)
    assert seen["figure_px"][1] == pytest.approx(logical_h * ratio, abs=2)
    # the icon comes from the SVG, rendered at the device pixels it fills
    assert seen["icon_ratio"] == ratio
    assert seen["icon_px"] == [round(48 * ratio)] * 2


def test_the_docs_show_every_hidpi_and_german_screenshot_at_its_true_size():
    from PySide6.QtGui import QImage

    page = (ROOT / "docs" / "accessibility-and-languages.md").read_text(encoding="utf-8")
    shots = sorted((ROOT / "docs" / "screenshots").glob("*-x2-*.png")) + sorted(
        (ROOT / "docs" / "screenshots").glob("*-de-*.png"))
    assert len(shots) >= 8
    for png in shots:
        assert f"screenshots/{png.name}" in page, png.name
        width, height = (int(n) for n in png.stem.rsplit("-", 1)[1].split("x"))
        scale = 2 if "-x2-" in png.name else 1  # 200 %: twice the pixels of the window size
        image = QImage(str(png))
        assert (image.width(), image.height()) == (width * scale, height * scale), png.name


@pytest.mark.parametrize("scale", ["2", "1.5"])
def test_every_screen_fits_900_by_600_at_hidpi_scales(scale, tmp_path):
    """The fit checks of tests/ui/test_window_fits.py (nothing cut off, no sideways scrolling),
    run again with Qt scaling the window as a 200 % or 150 % desktop does."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             str(ROOT / "tests" / "ui" / "test_window_fits.py")],
                            capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "1 passed" in result.stdout
