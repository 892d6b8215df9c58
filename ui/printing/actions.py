"""File → Print…, Print Preview…, Export PDF…, Export Markdown…, Export HTML…, Export Decision Record….

Every modal dialog goes through a module-level function (``get_export_path``,
``run_print_dialog``, ``run_preview_dialog``) that tests replace. QtPrintSupport and matplotlib
load only when one of these actions is used, so start-up never pays for them.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from advisor.document.assessment import default_file_name
from advisor.core.atomic import atomic_write_text
from advisor.core.errors import FileProblem
from ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from advisor.report.html import Brief

log = logging.getLogger(__name__)

PDF_FILTER = QT_TRANSLATE_NOOP("PrintActions", "PDF documents (*.pdf)")
MARKDOWN_FILTER = QT_TRANSLATE_NOOP("PrintActions", "Markdown (*.md)")
HTML_FILTER = QT_TRANSLATE_NOOP("PrintActions", "Web pages (*.html)")


# --- the dialogs, replaceable by tests ------------------------------------------------------------

def get_export_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return Path(name) if name else None


def run_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """The system print dialog; True when the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintActions", "Print summary"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def run_preview_dialog(dialog: QPrintPreviewDialog) -> None:
    dialog.exec()


# --- the actions -----------------------------------------------------------------------------------

class PrintActions(QObject):
    """The print and export actions of one window, enabled while an assessment is open."""

    def __init__(self, window: Any, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        menu.addSeparator()
        self.print_action = self._add(menu, self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_summary)
        self.preview_action = self._add(menu, self.tr("Print Pre&view…"), QKeySequence("Ctrl+Shift+P"), self.preview)
        self.export_pdf_action = self._add(menu, self.tr("&Export PDF…"), QKeySequence("Ctrl+E"), self.export_pdf)
        self.export_markdown_action = self._add(menu, self.tr("Export &Markdown…"), None, self.export_markdown)
        self.export_html_action = self._add(menu, self.tr("Export &HTML…"), None, self.export_html)
        self.export_adr_action = self._add(menu, self.tr("Export &Decision Record…"), None, self.export_decision_record)
        self.export_adr_action.setStatusTip(self.tr("The recommendation as a Markdown architecture decision "
                                                    "record (MADR), ready to commit to your repository"))
        self.actions = [self.print_action, self.preview_action, self.export_pdf_action,
                        self.export_markdown_action, self.export_html_action, self.export_adr_action]
        window.document.state_changed.connect(self.update_enabled)
        window.document.replaced.connect(self.update_enabled)
        self.update_enabled()

    def _add(self, menu: QMenu, text: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def update_enabled(self) -> None:
        for action in self.actions:
            action.setEnabled(self.window.document.is_open)

    # --- building the brief -------------------------------------------------------------------
    def _flush(self) -> None:
        """Edits still being typed (debounced by their screen) belong in what is printed."""
        flush = getattr(self.window, "_flush_pending_edits", None)
        if flush is not None:
            flush()

    def _brief(self, chart: str = "resource") -> Brief:
        """The brief of what is on screen now."""
        from advisor.report.html import build_brief

        self._flush()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the chart takes a moment
        try:
            return build_brief(self.window.document.snapshot(), chart=chart)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _title(self) -> str:
        return " ".join(self.window.document.assessment.title.split()) or self.tr("Untitled assessment")

    def _footer(self) -> str:
        return f"{self._title()} — Fine-Tune Advisor"

    def _suggested(self, suffix: str, tag: str = "") -> str:
        folder = self.window.document.dialog_folder()
        name = default_file_name(self.window.document.assessment)
        stem = name[:-len(".fta.json")] if name.endswith(".fta.json") else Path(name).stem
        return str(folder / (stem + tag + suffix))

    def _ask_path(self, caption: str, suffix: str, file_filter: str, tag: str = "") -> Path | None:
        path = get_export_path(self.window, caption, self._suggested(suffix, tag),
                               QCoreApplication.translate("PrintActions", file_filter))
        if path is not None and path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return path

    def _done(self, path: Path) -> None:
        log.info("exported the summary to %s", path)
        self.window.document.note_folder_used(path)  # the next dialog starts there
        self.window.say(self.tr("Exported the summary to {0}").format(path))

    # --- printing -----------------------------------------------------------------------------
    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from ui.printing.render import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title())
        printer.setPageLayout(page_layout())  # as the PDF export: preview and PDF paginate the same
        return printer

    def print_summary(self) -> bool:
        """The system print dialog, then the brief on the printer the user chose."""
        from ui.printing.render import render_to

        printer = self._printer()
        if not run_print_dialog(printer, self.window):
            return False
        brief = self._brief()
        try:
            pages = render_to(printer, brief.html, brief.images, self._footer())
        except OSError as error:
            dialogs.show_error(self.window, self.tr("Cannot print"),
                               self.tr("The printer could not be used: {0}").format(error))
            return False
        log.info("printed the summary: %d page(s)", pages)
        return True

    def preview(self) -> None:
        """Print preview: the brief laid out on the default printer's pages."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from ui.printing.render import render_to

        brief = self._brief()
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.printer_in_use = printer  # Qt does not own it: it must live as long as the dialog
        dialog.setWindowTitle(self.tr("Print preview — summary"))
        dialog.resize(900, 1000)
        dialog.paintRequested.connect(
            lambda device: render_to(device, brief.html, brief.images, self._footer()))
        try:
            run_preview_dialog(dialog)
        finally:
            dialog.deleteLater()

    # --- exports ------------------------------------------------------------------------------
    def _write(self, title: str, write: Callable[[Path], None], path: Path) -> bool:
        try:
            write(path)
        except FileProblem as problem:
            dialogs.show_error(self.window, title, str(problem))
            return False
        except OSError as error:
            dialogs.show_error(self.window, title, f"{path}: {error.strerror or error}.")
            return False
        self._done(path)
        return True

    def export_pdf(self) -> bool:
        from ui.printing.render import write_pdf

        path = self._ask_path(self.tr("Export summary as PDF"), ".pdf", PDF_FILTER)
        if path is None:
            return False
        brief = self._brief()
        return self._write(self.tr("Cannot export the PDF"),
                           lambda p: write_pdf(brief.html, p, brief.images, footer=self._footer()), path)

    def export_markdown(self) -> bool:
        from advisor.report.summary import build_summary, render_markdown

        path = self._ask_path(self.tr("Export summary as Markdown"), ".md", MARKDOWN_FILTER)
        if path is None:
            return False
        self._flush()
        text = render_markdown(build_summary(self.window.document.snapshot()))  # as ``summary --format markdown``
        return self._write(self.tr("Cannot export the Markdown"), lambda p: atomic_write_text(p, text), path)

    def export_decision_record(self) -> bool:
        from advisor.report.adr import render_adr
        from advisor.report.summary import build_summary

        path = self._ask_path(self.tr("Export the decision record"), ".md", MARKDOWN_FILTER, "-decision")
        if path is None:
            return False
        self._flush()
        text = render_adr(build_summary(self.window.document.snapshot()))  # as ``summary --format adr``
        return self._write(self.tr("Cannot export the decision record"), lambda p: atomic_write_text(p, text), path)

    def export_html(self) -> bool:
        path = self._ask_path(self.tr("Export summary as HTML"), ".html", HTML_FILTER)
        if path is None:
            return False
        brief = self._brief(chart="data")  # the chart inlined, so the one file stands alone
        return self._write(self.tr("Cannot export the HTML"), lambda p: atomic_write_text(p, brief.html), path)


def install_print_actions(window: Any, menu: QMenu | None = None) -> PrintActions:
    """Add a separator and the print and export actions to ``menu`` (the window's File menu)."""
    actions = PrintActions(window, menu if menu is not None else window.file_menu)
    window.print_actions = actions
    return actions
