"""Turning the summary's HTML into paper or PDF with Qt's own text layout.

The document is laid out on the page's own paint device (the printer or the PDF writer), with
the text width set to the page's printable width, so fonts measure as they print and nothing
reaches past the margins. Images wider than the text are scaled down to fit. Each page gets a
small footer (title, page n of m). QtPrintSupport is imported only by the functions that print.
"""
from __future__ import annotations

import base64
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.core.atomic import atomic_write_bytes, check_writable
from advisor.core.errors import FileProblem

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice, QTextDocument

log = logging.getLogger(__name__)

MARGIN_MM = 18
FOOTER_PT = 7.5
PDF_RESOLUTION = 300
_DATA_IMAGE = re.compile(r'src="data:image/(png|jpeg);base64,([A-Za-z0-9+/=]+)"')


def ensure_gui_application():
    """A QGuiApplication for text layout, picking the offscreen platform when there is no display."""
    from PySide6.QtGui import QGuiApplication

    from ui.display import lacks_display

    app = QGuiApplication.instance()
    if app is None:
        if lacks_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["fine-tune-advisor"])
    return app


def locale_page_size():
    """Letter where the locale measures in inches (the US), A4 everywhere else."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    letter = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_layout(page_size=None):
    """The one page layout of every printed summary: A4 or Letter by locale, 18 mm margins. The
    PDF writer and the printer (Print, Print Preview) both take it, so they paginate the same."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout

    return QPageLayout(page_size or locale_page_size(), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def lift_data_images(html: str) -> tuple[str, dict[str, bytes]]:
    """data: images in ``html`` turned into named resources (the CLI gets one standalone HTML)."""
    images: dict[str, bytes] = {}

    def replace(match: re.Match[str]) -> str:
        name = f"inline://image-{len(images)}"
        images[name] = base64.b64decode(match.group(2))
        return f'src="{name}"'

    return _DATA_IMAGE.sub(replace, html), images


def _footer_height(device: QPagedPaintDevice) -> float:
    return FOOTER_PT * 2.6 * device.logicalDpiY() / 72


def build_document(html: str, images: dict[str, bytes], device: QPagedPaintDevice) -> QTextDocument:
    """``html`` laid out in pages of ``device``'s printable area, less a footer line."""
    from PySide6.QtCore import QSizeF, QUrl
    from PySide6.QtGui import QFont, QImage, QTextDocument

    html, inline = lift_data_images(html)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # measure fonts as they print
    document.setDocumentMargin(0)  # the page layout already has the margins
    document.setIndentWidth(24)  # list indent, in 96-dpi pixels (Qt scales it): 40 wastes the line
    font = document.defaultFont()
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: the PDF's text searches as typed
    document.setDefaultFont(font)
    for url, data in {**images, **inline}.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), QImage.fromData(data))
    document.setHtml(html)
    width, height = device.width(), device.height() - _footer_height(device)
    document.setPageSize(QSizeF(width, height))
    _fit_images(document, width * 96 / device.logicalDpiX())
    _keep_headings_with_next(document)
    return document


def _fit_images(document: QTextDocument, width_px: float) -> None:
    """Scale every image wider than the text (in 96-dpi pixels, as Qt sizes images) to fit."""
    from PySide6.QtGui import QTextCursor

    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image_format = fmt.toImageFormat()
                image = document.resource(document.ResourceType.ImageResource, image_format.name())
                natural_w = image_format.width() or (image.width() if image is not None else 0)
                if natural_w > width_px:
                    ratio = width_px / natural_w
                    height = image_format.height() or (image.height() if image is not None else 0)
                    image_format.setWidth(width_px)
                    if height:
                        image_format.setHeight(height * ratio)
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image_format)
            it += 1
        block = block.next()


MOVE_WITHIN = 0.5  # a section starting in the last half of a page may move to the next page


def _top(document: QTextDocument, block) -> float:
    return document.documentLayout().blockBoundingRect(block).top()


def _set_break(block, before: bool) -> None:
    from PySide6.QtGui import QTextCursor, QTextFormat

    fmt = block.blockFormat()
    flag = QTextFormat.PageBreakFlag
    fmt.setPageBreakPolicy(flag.PageBreak_AlwaysBefore if before else flag.PageBreak_Auto)
    QTextCursor(block).setBlockFormat(fmt)
    # Qt lays a long document out lazily, and an edit mid-way ends that lazy pass: what follows
    # would print nothing (issue 28 #10). Everything after the break is laid out again instead.
    document = block.document()
    document.markContentsDirty(block.position(), document.characterCount() - block.position())


def _keep_headings_with_next(document: QTextDocument) -> None:
    """No heading alone at the foot of a page, and no section split that need not be.

    A section runs from one heading to the next. When it straddles a page break, starts in the
    last half of its page and would fit whole on the next one, it starts on the next page.
    Positions are read again after every change, since each break moves what follows.
    """
    page_height = document.pageSize().height()
    headings = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 1:  # not the title: it opens page 1 anyway
            headings.append(block)
        block = block.next()

    def span(index: int) -> tuple[float, float]:
        end = (_top(document, headings[index + 1]) if index + 1 < len(headings)
               else document.size().height())
        return _top(document, headings[index]), end

    for index, heading in enumerate(headings):
        start, end = span(index)
        page = int(start // page_height)
        offset = start - page * page_height
        if offset < 1 or int((end - 1) // page_height) == page:
            continue  # at the top of a page already, or not split
        following = heading.next()
        orphaned = following.isValid() and int(_top(document, following) // page_height) != page
        if orphaned:
            _set_break(heading, True)
        elif offset > MOVE_WITHIN * page_height:
            _set_break(heading, True)
            start, end = span(index)
            if int((end - 1) // page_height) != int(start // page_height):
                _set_break(heading, False)  # too long for one page anyway: leave it where it was
                continue
        else:
            continue
        log.debug("page break before %r", heading.text())


def paint_document(document: QTextDocument, device: QPagedPaintDevice, footer: str = "") -> int:
    """Paint ``document`` page by page on ``device`` (a QPrinter or QPdfWriter); returns the page count."""
    from PySide6.QtCore import QCoreApplication, QRectF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter

    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("printing", "the printer or file could not be opened for painting"))
    try:
        page = document.pageSize()
        pages = max(document.pageCount(), 1)
        font = QFont(document.defaultFont())
        font.setPointSizeF(FOOTER_PT)
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * page.height(), page.width(), page.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#718096"))
            band = QRectF(0, device.height() - _footer_height(device) / 2, page.width(), _footer_height(device) / 2)
            painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, footer)
            painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             QCoreApplication.translate("printing", "Page {0} of {1}").format(index + 1, pages))
    finally:
        painter.end()
    return pages


def render_to(device: QPagedPaintDevice, html: str, images: dict[str, bytes] | None = None,
              footer: str = "") -> int:
    """Lay out and paint in one go: what Print, Print Preview and the PDF writer all use."""
    return paint_document(build_document(html, images or {}, device), device, footer)


def pdf_bytes(html: str, images: dict[str, bytes] | None = None, *, footer: str = "", page_size=None,
              title: str = "Fine-Tune Advisor summary") -> bytes:
    """The PDF of ``html`` as bytes, on A4 or Letter by locale unless ``page_size`` is given."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(page_size))
    writer.setTitle(title)
    writer.setCreator("Fine-Tune Advisor")
    render_to(writer, html, images, footer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf(html: str, out_path: Path, images: dict[str, bytes] | None = None, *,
              footer: str = "", page_size=None) -> None:
    """Write the PDF of ``html`` to ``out_path`` atomically: the whole file or nothing."""
    out_path = Path(out_path)
    check_writable(out_path)
    title = _title_of(html)
    data = pdf_bytes(html, images, footer=footer or title, page_size=page_size, title=title)
    try:
        atomic_write_bytes(out_path, data)
    except OSError as error:
        from PySide6.QtCore import QCoreApplication

        raise FileProblem(QCoreApplication.translate("printing", "{0}: could not write the PDF: {1}.").format(
            out_path, error.strerror or error)) from None
    log.info("wrote %d bytes of PDF to %s", len(data), out_path)


def _title_of(html: str) -> str:
    """The document's <title>, unescaped, for the PDF's metadata and the page footer."""
    import html as html_module

    match = re.search(r"<title>(.*?)</title>", html, re.S)
    return html_module.unescape(match.group(1)) if match else "Fine-Tune Advisor summary"


def write_pdf_headless(html: str, out_path: Path) -> None:
    """For the command line: works with or without a display."""
    ensure_gui_application()
    write_pdf(html, out_path)
