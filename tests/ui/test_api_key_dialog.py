"""Settings → API key: which store, last four only, replace, delete, test, environment, session."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from advisor.claude import keystore
LEFT = Qt.MouseButton.LeftButton
KEY = "sk-ant-api03-dialog-test-key-abcd"
OTHER = "sk-ant-api03-another-test-key-wxyz"


@pytest.fixture
def dialog(qtbot, keyring_backend):
    from ui.api_key_dialog import ApiKeyDialog

    box = ApiKeyDialog()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def shown_text(box) -> str:
    return "\n".join(label.text() for label in box.findChildren(QLabel))


def type_key(qtbot, box, key: str) -> None:
    box.key_field.setFocus()
    qtbot.keyClicks(box.key_field, key)


def test_the_field_is_masked_and_cannot_copy(qtbot, dialog):
    assert dialog.key_field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.key_field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    QApplication.clipboard().setText("before")
    type_key(qtbot, dialog, KEY)
    dialog.key_field.selectAll()
    qtbot.keyClick(dialog.key_field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    dialog.key_field.copy()
    assert QApplication.clipboard().text() == "before"


def test_save_stores_the_key_and_shows_only_its_last_four(qtbot, dialog, keyring_backend):
    assert "in-memory test keyring" in dialog.store_label.text() or \
        "Secret Service" in dialog.store_label.text()
    type_key(qtbot, dialog, KEY)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert keystore.get_key_with_source() == (KEY, "keyring")
    assert dialog.key_field.text() == ""  # the key leaves the widget once saved
    assert "••••abcd" in dialog.status_label.text()
    assert KEY not in shown_text(dialog) and KEY[:-4] not in shown_text(dialog)


def test_replace_then_delete(qtbot, dialog):
    type_key(qtbot, dialog, KEY)
    qtbot.mouseClick(dialog.save_button, LEFT)
    type_key(qtbot, dialog, OTHER)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert keystore.get_key() == OTHER
    assert "••••wxyz" in dialog.status_label.text()
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert keystore.get_key() is None
    assert "No API key" in dialog.status_label.text()
    assert not dialog.delete_button.isEnabled()


def test_test_reports_a_working_key(qtbot, dialog, fake_api, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    type_key(qtbot, dialog, fake_api.valid_key)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.mouseClick(dialog.test_button, LEFT)
    qtbot.waitUntil(lambda: "✔" in dialog.result_label.text(), timeout=30000)  # the SDK's first import is slow
    assert dialog.result_label.text() == "✔ The key works: 3 models available to it."
    assert any(r.path == "/v1/models" for r in fake_api.requests)


def test_test_reports_a_refused_key_without_showing_it(qtbot, dialog, fake_api, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    type_key(qtbot, dialog, KEY)  # typed, not saved: the test uses what is typed
    qtbot.mouseClick(dialog.test_button, LEFT)
    qtbot.waitUntil(lambda: "✘" in dialog.result_label.text(), timeout=30000)
    assert "refused (401)" in dialog.result_label.text()
    assert KEY not in shown_text(dialog)


def test_the_environment_takes_precedence(qtbot, keyring_backend, monkeypatch):
    from ui.api_key_dialog import ApiKeyDialog

    keystore.store_key(KEY)
    monkeypatch.setenv("ANTHROPIC_API_KEY", OTHER)
    box = ApiKeyDialog()
    qtbot.addWidget(box)
    box.show()
    assert "••••wxyz, from the environment" in box.status_label.text()
    assert box.env_note.isVisible() and "takes precedence" in box.env_note.text()


def test_no_secure_store_says_so_and_offers_a_session_key(qtbot, monkeypatch):
    import keyring
    from keyring.backends import null

    from ui.api_key_dialog import ApiKeyDialog

    keyring.set_keyring(null.Keyring())
    box = ApiKeyDialog()
    qtbot.addWidget(box)
    box.show()
    assert "no secure key store" in box.store_label.text()
    assert not box.save_button.isVisible() and box.session_button.isVisible()
    type_key(qtbot, box, KEY)
    qtbot.mouseClick(box.session_button, LEFT)
    assert keystore.get_key_with_source() == (KEY, "session")
    assert "this session only" in box.status_label.text() and "••••abcd" in box.status_label.text()


def test_a_locked_store_says_so_and_offers_a_session_key(qtbot, _isolated_keyring):
    from ui.api_key_dialog import ApiKeyDialog

    _isolated_keyring.locked = True  # the in-memory store: a real one cannot be locked from here
    dialog = ApiKeyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_key(qtbot, dialog, KEY)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "is locked" in dialog.result_label.text()
    assert dialog.session_button.isVisible()
    qtbot.mouseClick(dialog.session_button, LEFT)
    assert keystore.session_key() == KEY


def test_the_page_hears_about_a_new_key(qtbot, dialog, monkeypatch):
    from ui.api_key_dialog import key_events

    heard = []
    key_events.changed.connect(lambda: heard.append(True))
    type_key(qtbot, dialog, KEY)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert heard
