"""The pseudo-locale harness finds English that skipped tr(), and passes what went through it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tests.ui.pseudo_locale import english_left, phrases_outside_brackets


def test_phrases_inside_brackets_are_translated_and_the_rest_is_english():
    assert phrases_outside_brackets("⟦Saved to {0}⟧") == []
    assert phrases_outside_brackets("<b>⟦Cost summary⟧</b>: 1.234 $") == []
    assert phrases_outside_brackets("⟦Run on ⟦the cheapest model⟧⟧") == []
    assert phrases_outside_brackets("&Save all the files") == ["Save all the files"]
    assert phrases_outside_brackets("claude-sonnet-5-5 · PDF · report.json") == []  # ids, names
    assert phrases_outside_brackets("⟦Over⟧ 24 months left") == ["months left"]


def test_the_welcome_screen_is_all_through_tr_and_a_literal_is_caught(qtbot, pseudo):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.welcome.new_button.text() == "⟦&New assessment⟧"
    assert english_left(window.welcome) == []
    stray = QWidget()
    qtbot.addWidget(stray)
    layout = QVBoxLayout(stray)
    layout.addWidget(QLabel("A literal nobody translated"))
    layout.addWidget(QPushButton(QCoreApplication.translate("WelcomePage", "&New assessment")))
    assert english_left(stray) == ["QLabel.text: 'A literal nobody translated' in 'A literal nobody translated'"]
