"""The API key: environment first, then the secure keyring, then this session; never a file."""
from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from advisor.claude import keystore
from advisor.claude.keystore import KeyStoreUnavailable

KEY = "sk-ant-fake-keystore-test-0000-abcd"


def _files_containing(root, text: str) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def test_masked_shows_only_the_last_four_characters():
    assert keystore.masked(KEY) == "••••abcd"
    assert keystore.masked("") == ""
    assert keystore.masked("short") == "••••"  # too short to show any of it safely


def test_no_key_anywhere():
    assert keystore.get_key() is None
    status = keystore.status()
    assert not status.has_key and status.describe() == "No API key"


def test_a_saved_key_round_trips_through_the_keyring(keyring_backend, app_home):
    keystore.store_key(f"  {KEY}\n")
    assert keystore.get_key_with_source() == (KEY, "keyring")
    assert keyring_backend.get_password(keystore.SERVICE, keystore.USERNAME) == KEY
    status = keystore.status()
    assert status.masked == "••••abcd" and KEY not in status.describe()
    assert status.store_problem is None
    keystore.delete_key()
    assert keystore.get_key() is None
    keystore.delete_key()  # deleting twice is fine
    assert _files_containing(app_home, KEY) == []


def test_the_environment_takes_precedence(keyring_backend, monkeypatch):
    keystore.store_key(KEY)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-fake-from-env-wxyz")
    assert keystore.get_key_with_source() == ("sk-ant-fake-from-env-wxyz", "environment")
    assert keystore.status().describe() == "••••wxyz, from the environment (ANTHROPIC_API_KEY)"


def test_the_store_is_named_in_human_words(_isolated_keyring):
    assert keystore.store_name() == "in-memory test keyring"
    keystore.store_key(KEY)
    assert keystore.status().describe() == "••••abcd, saved in in-memory test keyring"


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring()], ids=["null", "fail"])
def test_no_secure_store_is_said_plainly_and_session_only_is_offered(backend):
    keyring.set_keyring(backend)
    with pytest.raises(KeyStoreUnavailable) as caught:
        keystore.store_key(KEY)
    assert "no secure key store" in str(caught.value) and "session only" in str(caught.value)
    assert keystore.status().store_problem == str(caught.value)
    keystore.set_session_key(KEY)
    assert keystore.get_key_with_source() == (KEY, "session")
    assert "this session only" in keystore.status().describe()
    keystore.delete_key()
    assert keystore.get_key() is None


def test_a_chainer_with_no_backends_is_no_store(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(chainer.ChainerBackend())
    assert keystore.store_problem() is not None
    assert keystore.store_name() == "no secure store"


def test_a_plaintext_backend_is_never_used():
    class PlaintextKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        saved: dict = {}

        def get_password(self, service, username):
            return self.saved.get((service, username))

        def set_password(self, service, username, password):
            self.saved[(service, username)] = password

        def delete_password(self, service, username):
            self.saved.pop((service, username), None)

    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeyStoreUnavailable):
        keystore.store_key(KEY)
    assert PlaintextKeyring.saved == {}


def test_a_locked_store_says_so(_isolated_keyring):
    _isolated_keyring.locked = True
    with pytest.raises(KeyStoreUnavailable) as caught:
        keystore.store_key(KEY)
    assert "locked" in str(caught.value) and "session only" in str(caught.value)
    assert keystore.get_key() is None  # reading a locked store is "no key", not a crash


def test_saving_replaces_a_session_key(keyring_backend):
    keystore.set_session_key("sk-ant-fake-session-only-1111")
    keystore.store_key(KEY)
    assert keystore.get_key_with_source() == (KEY, "keyring")
    keystore.delete_key()


def test_a_key_with_spaces_is_refused():
    with pytest.raises(ValueError):
        keystore.set_session_key("sk-ant two words")
