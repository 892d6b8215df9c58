"""The whole German window, screen by screen, under the pseudo catalogue (issue 25): with every
branch's strings in one catalogue, no screen of the example assessment shows English of the app's
own. What may stay as it is: the user's own text (title, notes, prompt, examples, tests), model
names and the titles of cited sources."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from advisor.costs.pricing import load_price_table
from advisor.decision.rules import default_rules
from tests.ui.pseudo_locale import english_left, install_pseudo
from ui.translations import remove_translations


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    install_pseudo(qapp, tmp_path)
    from ui.main_window import MainWindow

    shown = MainWindow()
    qtbot.addWidget(shown)
    shown.resize(1600, 1000)
    shown.show()
    qtbot.waitExposed(shown)
    shown.open_example()
    yield shown
    shown.document._dirty = False
    remove_translations(qapp)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def users_own(window) -> tuple[str, ...]:
    """The example's own words and the names the app shows as published."""
    assessment = window.document.assessment
    lab = assessment.prompt_lab or {}
    texts = [assessment.title or "", assessment.notes or "", lab.get("system", ""), lab.get("template", "")]
    texts += [str(value) for example in lab.get("examples", []) for value in example.values()]
    texts += [str(value) for test in lab.get("tests", []) for value in (test.get("vars") or {}).values()]
    texts += [model.name for model in load_price_table().models.values()]
    texts += [source.title for source in default_rules().sources.values()]
    return tuple(texts)


def test_no_screen_of_the_german_window_shows_english_of_its_own(qtbot, window):
    own = users_own(window)
    seen = []
    for page in window._page_ids:
        window.show_page(page)
        qtbot.wait(50)
        tabs = window.prompt_lab.tabs if page == "prompt_lab" else None
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            seen.append(page)
            assert english_left(window, within=own) == [], f"{page} {index}"
    assert seen.count("prompt_lab") == 3 and "recommendation" in seen and "costs" in seen
