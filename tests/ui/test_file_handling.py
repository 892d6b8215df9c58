"""The File menu, the title bar and unsaved changes, driven as a user drives them."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.helpers import write_assessment
from tests.ui.conftest import activate


def type_title(qtbot, window, text):
    window.show_page("overview")
    editor = window.pages.currentWidget().title_edit
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def test_the_window_starts_titled_with_the_app_name(window):
    assert window.windowTitle() == "Fine-Tune Advisor"
    assert window.central.currentWidget() is window.welcome


def test_file_menu_has_the_usual_actions_and_shortcuts(window):
    labels = [a.text() for a in window.file_menu.actions() if a.text()]
    assert labels == ["&New", "&Open…", "Open &Recent", "&Save", "Save &As…",
                      "&Print…", "Print Pre&view…", "&Export PDF…", "Export &Markdown…", "Export &HTML…",
                      "Export &Decision Record…", "&Label a Training Set…", "&Quit"]  # issue 24
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.save_action.shortcut() == QKeySequence("Ctrl+S")
    assert window.open_action.shortcut() == QKeySequence("Ctrl+O")
    printing = window.print_actions
    assert printing.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert printing.preview_action.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert printing.export_pdf_action.shortcut() == QKeySequence("Ctrl+E")
    shortcuts = [a.shortcut().toString() for a in window.file_menu.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))  # no two actions share a shortcut


def test_new_then_edit_marks_the_title_modified(qtbot, window):
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "Untitled — Fine-Tune Advisor"
    type_title(qtbot, window, "Support triage")
    assert window.windowTitle() == "Untitled* — Fine-Tune Advisor"


def test_save_as_writes_the_file_and_the_title_shows_its_name(qtbot, window, scripted, tmp_path):
    window.new_assessment()
    type_title(qtbot, window, "Support triage")
    scripted.save_path = tmp_path / "Support triage.fta.json"
    activate(qtbot, window)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.windowTitle() == "Support triage.fta.json — Fine-Tune Advisor"
    doc = json.loads(scripted.save_path.read_text())
    assert doc["title"] == "Support triage" and doc["format"] == "fine-tune-advisor/assessment"
    type_title(qtbot, window, "!")
    assert window.windowTitle() == "Support triage.fta.json* — Fine-Tune Advisor"


def test_open_shows_the_file_and_remembers_it(window, scripted, tmp_path):
    path = write_assessment(tmp_path / "Triage.fta.json", title="Ticket triage", notes="Look at <b>this</b>")
    scripted.open_path = path
    window.open_action.trigger()
    assert window.windowTitle() == "Triage.fta.json — Fine-Tune Advisor"
    page = window.pages.currentWidget()
    assert page.title_edit.text() == "Ticket triage"
    assert page.notes_edit.toPlainText() == "Look at <b>this</b>"
    assert window.settings.get("recent_files") == [str(path.resolve())]


def test_a_bad_file_shows_a_dialog_and_changes_nothing(window, scripted, tmp_path):
    good = write_assessment(tmp_path / "good.fta.json", title="Keep me")
    window.open_path(good)
    bad = tmp_path / "bad.fta.json"
    bad.write_text('{"format": "fine-tune-advisor/assessment", "version": 99}')
    assert window.open_path(bad) is False
    title, message = scripted.errors[-1]
    assert title == "Cannot open this file"
    assert str(bad) in message and "newer Fine-Tune Advisor" in message
    assert window.document.assessment.title == "Keep me"
    assert bad.read_text() == '{"format": "fine-tune-advisor/assessment", "version": 99}'


def test_opening_another_file_with_unsaved_changes_asks_and_cancel_keeps_them(qtbot, window, scripted, tmp_path):
    window.new_assessment()
    type_title(qtbot, window, "Draft")
    other = write_assessment(tmp_path / "other.fta.json", title="Other")
    scripted.open_path = other
    scripted.save_changes_answer = "cancel"
    window.open_action.trigger()
    assert scripted.asked_to_save == ["Untitled"]
    assert window.document.assessment.title == "Draft"
    scripted.save_changes_answer = "discard"
    window.open_action.trigger()
    assert window.document.assessment.title == "Other"


def test_choosing_save_when_asked_saves_first(qtbot, window, scripted, tmp_path):
    path = write_assessment(tmp_path / "mine.fta.json", title="Mine")
    window.open_path(path)
    type_title(qtbot, window, " v2")
    scripted.save_changes_answer = "save"
    window.new_assessment()
    assert json.loads(path.read_text())["title"] == "Mine v2"
    assert window.windowTitle() == "Untitled — Fine-Tune Advisor"


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window_open(qtbot, window, scripted):
    window.new_assessment()
    type_title(qtbot, window, "Draft")
    scripted.save_changes_answer = "cancel"
    assert window.close() is False
    assert window.isVisible()
    scripted.save_changes_answer = "discard"
    assert window.close() is True


def test_a_vanished_recent_file_is_dropped_with_a_message(window, scripted, tmp_path):
    path = write_assessment(tmp_path / "gone.fta.json")
    window.open_path(path)
    path.unlink()
    window.open_recent(str(path.resolve()))
    assert "no longer there" in scripted.errors[-1][1]
    assert window.settings.get("recent_files") == []


def test_window_size_is_remembered(qtbot, window, scripted):
    from ui.main_window import MainWindow

    window.resize(780, 560)
    scripted.save_changes_answer = "discard"
    window.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 560)


def test_the_example_opens_as_an_untitled_copy(qtbot, window, scripted, tmp_path):
    from advisor.core import paths
    shipped = paths.resource("example.fta.json").read_bytes()
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    assert window.document.assessment.title == "Support-ticket triage (example)"
    assert window.current_page_id() == "recommendation"
    assert window.windowTitle() == "Untitled — Fine-Tune Advisor"
    scripted.save_path = tmp_path / "mine.fta.json"
    window.save()
    assert json.loads(scripted.save_path.read_text())["title"] == "Support-ticket triage (example)"
    assert paths.resource("example.fta.json").read_bytes() == shipped


def test_the_welcome_screen_lists_recent_files_one_click_away(qtbot, scripted, tmp_path):
    from advisor.core.settings import Settings
    from ui.main_window import MainWindow

    path = write_assessment(tmp_path / "Earlier.fta.json", title="Earlier work")
    Settings().add_recent(path)
    window = MainWindow()
    qtbot.addWidget(window)
    [button] = window.welcome.recent_buttons
    assert button.text() == "Earlier.fta.json"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.document.assessment.title == "Earlier work"


def test_every_screen_is_a_keystroke_away(qtbot, window):
    window.new_assessment()
    activate(qtbot, window)
    labels = [a.text() for a in window.go_menu.actions()]
    assert labels == ["Assessment", "Questionnaire", "Recommendation", "Costs", "Prompt lab"]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "recommendation"
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "prompt_lab"


def test_saving_says_so_in_the_status_bar_for_a_moment(qtbot, window, scripted, tmp_path):
    """Issue 29, item 7: a saved file gets a confirmation the user can see."""
    window.new_assessment()
    type_title(qtbot, window, "Support triage")
    scripted.save_path = tmp_path / "Support triage.fta.json"
    assert not window.statusBar().isVisible()
    window.save()
    assert window.statusBar().isVisible()
    assert window.statusBar().currentMessage() == f"Saved to {scripted.save_path}"
    window.statusBar().clearMessage()  # as it does by itself after a few seconds
    assert not window.statusBar().isVisible()  # nothing else to say: the bar goes again
