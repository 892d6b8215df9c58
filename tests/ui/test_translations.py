"""The window in German from the shipped .qm, and in English when the .qm is missing or broken."""
from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from advisor.document.migrations import older_version_note
from tests.helpers import ROOT
from ui import translations
from ui.translations import install_translations, remove_translations

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def app(qapp):
    yield qapp
    remove_translations(qapp)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def make_window(qtbot):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_a_german_system_gets_the_german_window(qtbot, app):
    loaded = install_translations(app, GERMAN)
    assert loaded is not None and loaded.name == "fine_tune_advisor_de.qm"
    window = make_window(qtbot)
    assert menu_titles(window) == ["&Datei", "&Gehe zu", "&Einstellungen", "&Hilfe"]
    assert window.welcome.new_button.text() == "&Neue Bewertung"
    assert any("eigenen Prompts" in label.text() for label in window.welcome.findChildren(type(window.format_notice)))
    # a string the domain makes, through the domain's hook
    assert older_version_note(1).startswith("Diese Datei wurde mit einer älteren Version")
    assert QLocale().toString(1234.5, "f", 2) == "1.234,50"  # the window's numbers follow it


def test_an_austrian_system_gets_german_too(qtbot, app):
    assert install_translations(app, QLocale("de_AT")) is not None
    assert make_window(qtbot).welcome.example_button.text() == "&Beispiel ansehen"


def test_the_command_line_speaks_english_whatever_the_window_does(app):
    install_translations(app, GERMAN)
    remove_translations(app)
    assert older_version_note(1).startswith("This file was made by an older version")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--help"],
                            capture_output=True, text=True, env={"LANG": "de_DE.UTF-8", "PATH": "/usr/bin:/bin"},
                            timeout=60)
    assert result.returncode == 0 and "usage" in result.stdout.lower()


def test_a_missing_translation_leaves_the_window_in_english_and_says_so(qtbot, app, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="ui.translations")
    assert install_translations(app, GERMAN, folder=tmp_path) is None
    assert "no translation for de_DE" in caplog.text
    assert menu_titles(make_window(qtbot))[0] == "&File"


def test_a_broken_translation_leaves_the_window_in_english_and_says_so(qtbot, app, tmp_path, caplog):
    (tmp_path / "fine_tune_advisor_de.qm").write_bytes(b"\x00not a qm file, cut short by a bad download")
    caplog.set_level(logging.INFO, logger="ui.translations")
    assert install_translations(app, GERMAN, folder=tmp_path) is None
    assert "cannot read the translation" in caplog.text and "English" in caplog.text
    window = make_window(qtbot)
    assert menu_titles(window)[0] == "&File" and window.welcome.new_button.text() == "&New assessment"


def test_an_english_system_loads_nothing(app):
    assert install_translations(app, QLocale("en_GB")) is None
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_every_german_string_is_translated_and_the_shipped_qm_is_built_from_it(tmp_path):
    source = (ROOT / "translations" / "fine_tune_advisor_de.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in source and "<translation></translation>" not in source
    assert len(re.findall("<message>", source)) >= 30
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    built = tmp_path / "de.qm"
    subprocess.run([str(lrelease), str(ROOT / "translations" / "fine_tune_advisor_de.ts"), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (translations.translations_folder() / "fine_tune_advisor_de.qm").read_bytes(), \
        "resources/translations/*.qm is older than translations/*.ts: run `make translations`"


def test_money_numbers_and_dates_follow_the_windows_locale(app):
    from ui import locale_format

    install_translations(app, QLocale("en_US"))
    assert (locale_format.money(45708.4), locale_format.money(-2500)) == ("$45,708", "−$2,500")
    assert locale_format.date("2026-12-07T10:00:00Z") == "12/7/26"
    install_translations(app, GERMAN)
    assert (locale_format.money(45708.4), locale_format.number(1234.5, 1)) == ("45.708\u00a0$", "1.234,5")  # a no-break space before the sign
    assert locale_format.date("2026-12-07") == "07.12.26"
    assert locale_format.date("not a date") == "not a date"


def test_the_costs_headline_writes_money_the_german_way(qtbot, app):
    install_translations(app, GERMAN)
    window = make_window(qtbot)
    window.show()
    window.open_example()
    window.show_page("costs")
    total = window.costs.projection.api.total
    german = f"{round(total):,}".replace(",", ".") + "\u00a0$"
    assert german in window.costs.headline.text()
    window.document._dirty = False


def test_the_questionnaire_asks_in_german(qtbot, app):
    install_translations(app, GERMAN)
    window = make_window(qtbot)
    window.show()
    window.open_example()
    window.show_question("ml_team")
    page = window.questionnaire
    assert (page.back_button.text(), page.next_button.text()) == ("← &Zurück", "&Weiter →")
    assert "FRAGE" in page.steps["ml_team"].position.text() and "beantwortet" in page.progress.text()
    window.show_question("__review__")
    assert page.next_button.text() == "Zur &Empfehlung →"
    window.document._dirty = False


def test_the_fallback_is_written_to_the_log_file(app, tmp_path):
    from advisor.core import logsetup

    (tmp_path / "fine_tune_advisor_de.qm").write_bytes(b"garbage")
    install_translations(app, GERMAN, folder=tmp_path)
    log_file = logsetup.current_log_file()
    assert log_file is not None and "cannot read the translation" in Path(log_file).read_text(encoding="utf-8")


def test_the_api_key_dialog_and_the_help_speak_german(qtbot, app):
    from ui import help_dialogs
    from ui.api_key_dialog import ApiKeyDialog

    install_translations(app, GERMAN)
    dialog = ApiKeyDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Anthropic-API-Schlüssel"
    assert (dialog.save_button.text(), dialog.test_button.text()) == ("Schlüssel &speichern", "Schlüssel &testen")
    assert help_dialogs.rules_dialog(None).windowTitle() == "Wie der Berater entscheidet"


def test_every_screen_still_fits_900_by_600_in_german(qtbot, app, scripted):
    """German words are longer: no button or label is cut off, no screen scrolls sideways."""
    from tests.ui.test_window_fits import test_every_screen_fits_a_900_by_600_window as fits

    install_translations(app, GERMAN)
    window = make_window(qtbot)
    window.show()
    qtbot.waitExposed(window)
    fits(window, qtbot)
