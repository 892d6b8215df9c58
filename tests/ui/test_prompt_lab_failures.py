"""Every way the Claude API fails, shown inline in the Prompt lab with what to do next."""
from __future__ import annotations

import socket

import pytest

from tests.ui.lab_support import click, pane, send_and_wait


def message(page) -> str:
    return pane(page).message.message()


def test_no_key_says_so_and_offers_the_key_settings(qtbot, lab_page, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.api_key_dialog.open_key_dialog", lambda parent: opened.append(parent))
    send_and_wait(qtbot, lab_page)
    assert "No Anthropic API key" in message(lab_page)
    click(qtbot, pane(lab_page).message.button("Key settings…"))
    assert opened == [lab_page]


def test_a_refused_key_shows_the_key_settings_button(qtbot, lab_page, fake_api, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.api_key_dialog.open_key_dialog", lambda parent: opened.append(parent))
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-wrong-key-0000")
    send_and_wait(qtbot, lab_page)
    assert "refused (401)" in message(lab_page)
    assert "sk-ant-wrong-key-0000" not in message(lab_page)
    click(qtbot, pane(lab_page).message.button("Key settings…"))
    assert opened == [lab_page]


def test_an_unknown_model_offers_to_pick_another(qtbot, lab_page, api_env):
    api_env.fail_next(404)
    send_and_wait(qtbot, lab_page)
    assert "claude-haiku-4-5' is not available to this key (404)" in message(lab_page)
    lab_page.tabs.setCurrentIndex(1)
    click(qtbot, pane(lab_page).message.button("Pick another model"))
    assert lab_page.tabs.currentIndex() == 0


@pytest.mark.parametrize(("status", "words"), [
    (403, "not allowed to do that (403 forbidden)"),
    (500, "server error (500)"),
    (529, "overloaded right now (529"),
])
def test_each_error_status_has_its_own_message(qtbot, lab_page, api_env, status, words):
    api_env.fail_next(status, times=3, retry_after=0.05)  # beyond the two retries
    send_and_wait(qtbot, lab_page)
    assert words in message(lab_page)
    assert pane(lab_page).message.button("Key settings…") is None
    assert pane(lab_page).text() == ""


def test_a_rate_limit_waits_says_so_and_retries(qtbot, lab_page, api_env):
    api_env.fail_next(429, retry_after=1)
    seen: list[str] = []
    click(qtbot, lab_page.try_panel.send_button)
    qtbot.waitUntil(lambda: seen.append(message(lab_page)) or "Rate limited (429): retrying in 1 s…"
                    in seen)
    qtbot.waitUntil(lambda: not lab_page.try_panel.is_busy())
    assert pane(lab_page).text().startswith("Echo: Ticket:")
    assert message(lab_page) == ""  # the notice goes once the reply comes


def test_overloaded_is_not_called_a_rate_limit(qtbot, lab_page, api_env):
    api_env.fail_next(529, retry_after=1)
    seen: list[str] = []
    click(qtbot, lab_page.try_panel.send_button)
    qtbot.waitUntil(lambda: seen.append(message(lab_page)) or any("overloaded (529)" in s for s in seen))
    qtbot.waitUntil(lambda: not lab_page.try_panel.is_busy())
    assert not any("Rate limited" in s for s in seen)


def test_no_network_says_the_api_cannot_be_reached(qtbot, lab_page, monkeypatch):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("ANTHROPIC_BASE_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-fake-anything-1234")
    send_and_wait(qtbot, lab_page)
    assert "Cannot reach the Claude API at 127.0.0.1" in message(lab_page)


def test_a_timeout_is_reported_and_the_lab_stays_usable(qtbot, lab_page, api_env):
    api_env.fail_next("slow", seconds=5)
    lab_page.try_panel.timeout = 0.5
    send_and_wait(qtbot, lab_page)
    assert "did not answer within 0.5 s (timeout)" in message(lab_page)
    send_and_wait(qtbot, lab_page)  # the next send works
    assert pane(lab_page).text().startswith("Echo:")


@pytest.mark.parametrize("kind", ["cut", "stream_error"])
def test_a_stream_cut_mid_way_keeps_the_partial_reply_marked_incomplete(qtbot, lab_page, api_env, kind):
    api_env.fail_next(kind, after_deltas=3)
    send_and_wait(qtbot, lab_page)
    assert pane(lab_page).text() == "Echo: Ticket: I "
    assert "Incomplete" in pane(lab_page).status.text()
    assert pane(lab_page).message.isVisible()
    assert pane(lab_page).reply is not None and not pane(lab_page).reply.complete
