"""The Help menu's pages: how the advisor decides, how costs are computed, and About."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from advisor import APP_NAME, __version__
from advisor.core.i18n import QT_TRANSLATE_NOOP, translate

LICENCES = (
    ("Qt for Python (PySide6)", "LGPL-3.0"),
    ("anthropic (Claude SDK)", "MIT"),
    ("keyring", "MIT"),
    ("matplotlib", QT_TRANSLATE_NOOP("help", "Matplotlib licence (PSF-based)")),
    ("platformdirs", "MIT"),
)


class HelpDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(title)  # the dialog's whole text: a screen reader says which
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(14)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def rules_dialog(parent: QWidget | None) -> HelpDialog:
    from advisor.report.explain import rules_html

    return HelpDialog(translate("help", "How the advisor decides"), rules_html(), parent)


def costs_dialog(parent: QWidget | None) -> HelpDialog:
    from advisor.report.explain import costs_html

    return HelpDialog(translate("help", "How costs are computed"), costs_html(), parent)


def about_text() -> str:
    libraries = "".join(f"<li>{name}: {translate('help', licence)}</li>" for name, licence in LICENCES)
    return (f"<h3>{APP_NAME} {__version__}</h3>"
            + translate("help", "<p>Should you fine-tune a model, or prompt Claude? A guided assessment with a "
                        "rule-based advisor, cost projections, a prompt lab and printable summaries.</p>")
            + translate("help", "<p>Built with:</p>") + f"<ul>{libraries}</ul>")


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, translate("help", "About {0}").format(APP_NAME), about_text())
