"""The window in the user's language: the .qm for the system locale, or English (issue 25).

``pyside6-lrelease`` builds resources/translations/fine_tune_advisor_LANG.qm from
translations/*.ts (``make translations``). At start the app loads the one for QLocale.system()
(LANG, LC_ALL, LC_MESSAGES; FTA_LANGUAGE=de overrides them), Qt's own for its standard buttons,
and points the domain's hook (advisor.core.i18n) at Qt's translate. A missing or unreadable file
leaves the window in English and says why in the log; it never stops the app.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from advisor.core import i18n, shown_numbers
from advisor.core.paths import resource

log = logging.getLogger(__name__)

CATALOGUE = "fine_tune_advisor"
_installed: list[QTranslator] = []


def chosen_locale() -> QLocale:
    wanted = os.environ.get("FTA_LANGUAGE", "").strip()
    return QLocale(wanted) if wanted else QLocale.system()


def translations_folder() -> Path:
    return resource("translations")


def catalogue_path(locale: QLocale, folder: Path | None = None) -> Path | None:
    """The .qm for ``locale`` ("de_AT" falls back to "de"), or None when none ships."""
    folder = translations_folder() if folder is None else folder
    for name in (locale.name(), locale.name().split("_")[0]):
        candidate = folder / f"{CATALOGUE}_{name}.qm"
        if candidate.is_file():
            return candidate
    return None


def _say(level: int, message: str, *args) -> None:
    """Into the log file, though the app opens it only after the window is up: only on this path."""
    from advisor.core import logsetup

    logsetup.configure()
    log.log(level, message, *args)


def install_translations(app, locale: QLocale | None = None, folder: Path | None = None) -> Path | None:
    """Load the window's language; returns the .qm loaded, or None (English)."""
    locale = chosen_locale() if locale is None else locale
    QLocale.setDefault(locale)  # numbers, money and dates in the window follow it (ui/locale_format.py)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return None
    path = catalogue_path(locale, folder)
    if path is None:
        _say(logging.INFO, "no translation for %s: the window is in English", locale.name())
        return None
    translator = QTranslator(app)
    if not translator.load(str(path)):
        _say(logging.WARNING, "cannot read the translation %s (damaged or not a .qm file): the window is in English",
             path)
        return None
    remove_translations(app)  # one language at a time
    app.installTranslator(translator)
    _installed.append(translator)
    qt_own = QTranslator(app)  # OK, Cancel, Close in Qt's standard dialogs and buttons
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    _format_domain_numbers()
    log.info("window language: %s (%s)", locale.name(), path.name)
    return path


def remove_translations(app) -> None:
    """Back to English (windows built from now on)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    i18n.set_translator(None)
    shown_numbers.set_formatters(None, None)


def _format_domain_numbers() -> None:
    """The domain's sentences write numbers, money and dates as the window's locale does."""
    from ui import locale_format

    shown_numbers.set_formatters(lambda value, decimals: locale_format.number(value, decimals),
                                 lambda value, decimals: locale_format.window_locale().toCurrencyString(
                                     value, "$", decimals),
                                 locale_format.date)
