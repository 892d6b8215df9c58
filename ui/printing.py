"""Turning the summary's HTML into paper or PDF with Qt's own text layout."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from advisor.errors import FileProblem


def ensure_gui_application():
    """A QGuiApplication for text layout, picking the offscreen platform when there is no display."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
                and sys_platform_is_unix():
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["fine-tune-advisor"])
    return app


def sys_platform_is_unix() -> bool:
    import sys

    return sys.platform.startswith(("linux", "freebsd", "openbsd"))


def write_pdf(html: str, out_path: Path) -> None:
    """Lay out ``html`` on A4 or Letter pages (by locale) and write it to ``out_path`` atomically."""
    from PySide6.QtCore import QLocale, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    out_path = Path(out_path)
    folder = out_path.parent if str(out_path.parent) else Path(".")
    if not folder.is_dir():
        raise FileProblem(f"{out_path}: the folder {folder} does not exist.")
    handle, temp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp", dir=folder)
    os.close(handle)
    try:
        writer = QPdfWriter(temp_name)
        letter = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        size = QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)
        writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        writer.setTitle("Fine-Tune Advisor summary")
        writer.setCreator("Fine-Tune Advisor")
        document = QTextDocument()
        document.setHtml(html)
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.print_(writer)
        del writer  # closes the PDF file
        with open(temp_name, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temp_name, out_path)
    except OSError as error:
        raise FileProblem(f"{out_path}: could not write the PDF: {error.strerror or error}.") from None
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)


def write_pdf_headless(html: str, out_path: Path) -> None:
    """For the command line: works with or without a display."""
    ensure_gui_application()
    write_pdf(html, out_path)
