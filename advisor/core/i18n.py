"""The domain's translation hook: strings the core makes for the window, in the user's language.

``translate(context, text)`` is the domain's ``QCoreApplication.translate``: pyside6-lupdate
extracts its calls to translations/*.ts like Qt's own. It returns ``text`` unchanged until the
window sets a translator (ui/translations.py), so the command line always speaks English and the
domain never imports Qt. Placeholders are ``str.format`` fields, filled after translating.
"""
from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    """The window's translator (None: English again)."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a constant for extraction without translating it: translate() it where it is shown."""
    return text
