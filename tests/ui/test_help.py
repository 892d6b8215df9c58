"""The Help menu explains the rules and the formula from the data the app really uses."""
from __future__ import annotations

from advisor.decision.rules import default_rules
from ui import help_dialogs


def test_how_the_advisor_decides_lists_every_rule_with_its_source(qtbot, window):
    dialog = help_dialogs.rules_dialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    rules = default_rules()
    for rule in rules.rules:
        assert rule.title in text
        assert rule.source.title in text
    positions = [text.index(rule.title) for rule in rules.rules]
    assert positions == sorted(positions), "rules are listed in the order they are tried"


def test_how_the_advisor_decides_shows_the_five_verdicts_and_every_source_with_its_date(qtbot, window):
    dialog = help_dialogs.rules_dialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    rules = default_rules()
    assert f"one of {len(rules.verdicts)} verdicts" in text and len(rules.verdicts) == 5
    for source in rules.sources.values():
        assert source.title in text and source.claim in text and f"checked {source.checked}" in text


def test_how_costs_are_computed_shows_the_formula_and_every_input(qtbot, window):
    from advisor.costs.inputs import COST_INPUTS

    dialog = help_dialogs.costs_dialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "break_even" in text and "fine_tune(m)" in text
    assert all(c.id in text for c in COST_INPUTS)


def test_the_help_menu_offers_all_three_pages(window):
    labels = [a.text() for a in window.help_menu.actions() if a.text()]
    assert labels == ["How the &advisor decides", "How &costs are computed", "&About Fine-Tune Advisor"]
    assert "LGPL" in help_dialogs.about_text()


def test_settings_menu_opens_the_api_key_dialog(window, monkeypatch):
    from ui import api_key_dialog

    opened = []
    monkeypatch.setattr(api_key_dialog, "open_key_dialog", lambda parent: opened.append(parent))
    assert [a.text() for a in window.settings_menu.actions()] == ["&API key…"]
    window.api_key_action.trigger()
    assert opened == [window]
