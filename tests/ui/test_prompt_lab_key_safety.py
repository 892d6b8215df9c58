"""The key never reaches a file: not the assessment, the autosave, the settings or the log."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit

from advisor.claude import keystore

from advisor.core import logsetup
from tests.ui.lab_support import RULES, run_and_wait, send_and_wait


def files_holding(folder: Path, secret: str) -> list[str]:
    needle = secret.encode()
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_after_a_session_the_key_is_in_no_file(qtbot, lab_page, lab_document, fake_api, app_home,
                                               keyring_backend, tmp_path, monkeypatch):
    from advisor.core.settings import Settings
    from ui.autosave import Autosaver

    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    keystore.store_key(fake_api.valid_key)  # in the keyring, as a user would keep it
    logsetup.configure()
    settings = Settings()
    autosaver = Autosaver(lab_document, settings)
    lab_page.key_changed()
    fake_api.rules = RULES
    send_and_wait(qtbot, lab_page)
    assert lab_page.try_panel.panes[0].text() == "billing"
    run_and_wait(qtbot, lab_page)
    assert lab_document.assessment.prompt_lab["last_run"]["passed"] == 3
    fake_api.fail_next(401)
    send_and_wait(qtbot, lab_page)  # an error message, logged too
    autosaver.autosave_now()
    saved = lab_document.save(tmp_path / "assessment.fta.json")
    settings.set("last_folder", str(tmp_path))
    autosaver.stop()
    assert saved.exists() and any(app_home.rglob("*.log"))
    assert files_holding(app_home, fake_api.valid_key) == []
    assert files_holding(tmp_path, fake_api.valid_key) == []
    assert files_holding(app_home, fake_api.valid_key[-12:]) == []
    # Nor is it on screen: every label and field of the page shows at most the last four.
    texts = [w.text() for w in lab_page.window().findChildren(QLabel)]
    texts += [w.text() for w in lab_page.window().findChildren(QLineEdit)]
    assert not [t for t in texts if fake_api.valid_key in t or fake_api.valid_key[:-4] in t]
    assert "••••wxyz" in lab_page.key_label.text()


def test_a_key_split_across_two_streamed_pieces_never_shows_in_the_try_panel(qtbot, lab_page, fake_api,
                                                                             monkeypatch):
    """Issue 28 #1: the reply pane is filled piece by piece; the key is caught across two pieces."""
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", fake_api.valid_key)
    lab_page.key_changed()
    key = fake_api.valid_key
    fake_api._reply_tokens = lambda body: ["Your key is ", key[:10], key[10:], " - keep it safe."]
    fake_api.token_delay = 0.3
    pane = lab_page.try_panel.panes[0]
    drawn: list[str] = []  # every piece the pane was handed while the reply streamed
    show = pane.pump._sink
    monkeypatch.setattr(pane.pump, "_sink", lambda text: (drawn.append(text), show(text)))
    send_and_wait(qtbot, lab_page)
    assert pane.text() == "Your key is [API key removed] - keep it safe."
    assert key[:10] not in "".join(drawn) and "[API key removed]" in "".join(drawn)
