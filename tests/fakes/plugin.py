"""pytest fixtures: the fake Messages API server and a keyring that touches nothing real.

Every test gets a fresh in-memory keyring (and subprocesses get the null backend), so no test
reads or writes the developer's real key. ``keyring_backend`` hands that backend to a test; when
``FTA_REAL_KEYRING=1`` (CI, with gnome-keyring under dbus-run-session) it uses the real system
backend instead and removes the entry afterwards.
"""
from __future__ import annotations

import os
from typing import Iterator

import pytest

from tests.fakes.fake_messages_api import FakeMessagesApi

KEYRING_SERVICE = "fine-tune-advisor"
KEYRING_USER = "anthropic-api-key"


def _memory_keyring_class():
    from keyring import errors
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        """A secure-looking store held in a dict; ``locked = True`` makes it act locked."""

        priority = 1  # type: ignore[assignment]
        name = "in-memory test keyring"

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}
            self.locked = False

        def _check(self) -> None:
            if self.locked:
                raise errors.KeyringLocked("the test keyring is locked")

        def get_password(self, service: str, username: str) -> str | None:
            self._check()
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self._check()
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self._check()
            if self.items.pop((service, username), None) is None:
                raise errors.PasswordDeleteError("no such entry")

    return MemoryKeyring


@pytest.fixture(autouse=True)
def _isolated_keyring(monkeypatch) -> Iterator[object]:
    """No test reaches the real keyring unless it asks for it through ``keyring_backend``."""
    import keyring
    from keyring import core

    import advisor.claude.keystore as keystore

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    previous = core._keyring_backend
    backend = _memory_keyring_class()()
    keyring.set_keyring(backend)
    keystore.set_session_key(None)
    yield backend
    keystore.set_session_key(None)
    core._keyring_backend = previous


@pytest.fixture
def keyring_backend(_isolated_keyring, monkeypatch) -> Iterator[object]:
    """The keyring the test runs against: in memory, or the real one under FTA_REAL_KEYRING=1."""
    if os.environ.get("FTA_REAL_KEYRING") != "1":
        yield _isolated_keyring
        return
    import keyring
    from keyring import core, errors

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")  # set to null by _isolated_keyring
    real = core._detect_backend()
    keyring.set_keyring(real)
    try:
        yield real
    finally:
        try:
            real.delete_password(KEYRING_SERVICE, KEYRING_USER)
        except errors.KeyringError:
            pass  # nothing saved (or the store refused): nothing left behind either way


@pytest.fixture
def fake_api() -> Iterator[FakeMessagesApi]:
    """A started fake Messages API; ``.base_url``, ``.valid_key``, ``.fail_next()``, ``.requests``."""
    server = FakeMessagesApi().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def api_env(fake_api, monkeypatch) -> FakeMessagesApi:
    """The process environment pointing the app at the fake server with a valid key."""
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", fake_api.valid_key)
    return fake_api


@pytest.fixture
def ticket_client(fake_api):
    """A real SDK client on the fake API, which routes money questions to billing."""
    from advisor.claude import client as claude
    fake_api.rules = {"money": "billing", "log in": "account"}
    sdk = claude.make_client(fake_api.valid_key, base_url=fake_api.base_url)
    yield sdk
    sdk.close()
