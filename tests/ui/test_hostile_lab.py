"""The Prompt lab against hostile input (issue 17 #4, #6, #10, #16): the window answers throughout."""
from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QTimer

from tests.fakes.fake_messages_api import DEFAULT_KEY
from tests.reliability.hostile_server import HostileServer
from tests.ui.lab_support import RULES, pane, run_and_wait, send_and_wait


@pytest.fixture
def lab_document(qtbot):
    """The example assessment, its third test checked by a catastrophic pattern."""
    from advisor.core import paths
    from ui.document import AssessmentDocument

    doc = AssessmentDocument()
    doc.open(paths.resource("example.fta.json"))
    lab = copy.deepcopy(doc.assessment.prompt_lab)
    lab["tests"][2]["expect"] = [{"type": "regex", "value": "(a|aa)+$"}]
    doc.set_prompt_lab(lab)
    return doc


def test_a_catastrophic_regex_is_one_tests_error_and_the_window_keeps_answering(qtbot, lab_page, lab_document,
                                                                                  api_env):
    api_env.rules = dict(RULES, crashes="a" * 34 + "!")
    ticks_while_busy = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks_while_busy.append(1) if lab_page.runs.is_busy() else None)
    timer.start(20)
    run_and_wait(qtbot, lab_page, timeout=60000)  # the pattern's time limit, on a loaded machine
    timer.stop()
    table = lab_page.runs.results_model  # a model/view table since the lab's v2
    crash = [table.text(2, c) for c in range(table.columnCount())]
    assert crash[0] == "crash" and "error" in crash[1]
    assert any("took longer than" in cell for cell in crash), crash
    assert ticks_while_busy  # the event loop ran while the pattern was being matched
    assert "2 passed, 0 failed, 1 errors" in lab_page.runs.totals.text()


def test_a_catastrophic_schema_pattern_is_one_tests_error_and_the_window_keeps_answering(
        qtbot, lab_page, lab_document, api_env):
    """Issue 28 #2: a JSON Schema's pattern has the regex check's time limit, in the window too."""
    lab = copy.deepcopy(lab_document.assessment.prompt_lab)
    lab["tests"][2]["expect"] = [{"type": "json_schema", "value": {
        "type": "object", "properties": {"team": {"pattern": "^(a|aa)+$"}}}}]
    lab_document.set_prompt_lab(lab)
    api_env.rules = dict(RULES, crashes='{"team": "' + "a" * 60 + '!"}')
    ticks_while_busy = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks_while_busy.append(1) if lab_page.runs.is_busy() else None)
    timer.start(20)
    run_and_wait(qtbot, lab_page, timeout=60000)
    timer.stop()
    crash = [lab_page.runs.results_model.text(2, c) for c in range(lab_page.runs.results_model.columnCount())]
    assert any("took longer than" in cell for cell in crash), crash
    assert ticks_while_busy
    assert "2 passed, 0 failed, 1 errors" in lab_page.runs.totals.text()


@pytest.fixture
def hostile_env(request, monkeypatch):
    server = HostileServer(request.param, max_seconds=40).start()
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", DEFAULT_KEY)
    yield server
    server.stop()


@pytest.mark.parametrize("hostile_env", ["huge"], indirect=True)
def test_a_reply_far_beyond_max_tokens_is_cut_off_with_a_message(qtbot, lab_page, hostile_env):
    send_and_wait(qtbot, lab_page)
    assert "far longer than max_tokens allows" in pane(lab_page).message.message()


@pytest.mark.parametrize("hostile_env", ["echo_key"], indirect=True)
def test_an_echoed_key_never_reaches_the_screen(qtbot, lab_page, hostile_env):
    send_and_wait(qtbot, lab_page)
    shown = pane(lab_page).output.toPlainText()
    assert DEFAULT_KEY not in shown and "[API key removed]" in shown


def test_plain_http_to_another_host_is_refused_in_the_window(qtbot, lab_page, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://api.example.com")
    monkeypatch.setenv("ANTHROPIC_API_KEY", DEFAULT_KEY)
    send_and_wait(qtbot, lab_page)
    message = pane(lab_page).message.message()
    assert "ANTHROPIC_BASE_URL is http://api.example.com" in message and "unencrypted" in message
