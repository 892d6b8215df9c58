"""Where the Anthropic API key lives: the environment, the system keyring, or this session only.

The key is never written to a file or a log. ``keyring`` is imported lazily, and a store that
is not secure (none, the null or fail backend, a plaintext file) is refused with a plain
message rather than used silently; the caller may then keep the key in memory for the session.
"""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass

from advisor.core.errors import AdvisorError
from advisor.core.i18n import QT_TRANSLATE_NOOP, translate  # the window's language; English on the command line

log = logging.getLogger(__name__)

SERVICE = "fine-tune-advisor"
USERNAME = "anthropic-api-key"
ENV_VAR = "ANTHROPIC_API_KEY"

SOURCE_ENVIRONMENT = "environment"
SOURCE_KEYRING = "keyring"
SOURCE_SESSION = "session"

_session_lock = threading.Lock()
_session_key: str | None = None

# Human names of the stores users know, by backend module and class.
_STORE_NAMES = {
    "keyring.backends.SecretService.Keyring": "Secret Service",
    "keyring.backends.libsecret.Keyring": "Secret Service",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Locker",
}
_NOT_SECURE = ("keyring.backends.fail.", "keyring.backends.null.", "keyrings.alt.file.")


class KeyStoreUnavailable(AdvisorError):
    """No secure store to keep the key in (or it is locked); the message says which and why."""


@dataclass(frozen=True)
class KeyStatus:
    """What the key settings show: where the key comes from, its last four characters."""

    source: str | None  # "environment", "keyring", "session" or None (no key)
    masked: str  # "••••abcd", or "" with no key
    store_name: str  # the store that holds (or would hold) a saved key, in human words
    store_problem: str | None  # why the keyring cannot be used, or None when it can

    @property
    def has_key(self) -> bool:
        return self.source is not None

    def describe(self) -> str:
        if self.source == SOURCE_ENVIRONMENT:
            return translate("keystore", "{0}, from the environment ({1})").format(self.masked, ENV_VAR)
        if self.source == SOURCE_KEYRING:
            return translate("keystore", "{0}, saved in {1}").format(self.masked, self.store_name)
        if self.source == SOURCE_SESSION:
            return translate("keystore", "{0}, kept for this session only (not saved)").format(self.masked)
        return translate("keystore", "No API key")


def masked(key: str | None) -> str:
    """Only the last four characters, so a key can be recognised but not read off the screen."""
    if not key:
        return ""
    return "••••" + key[-4:] if len(key) > 8 else "••••"


# -- the backend ----------------------------------------------------------------------------
def _class_path(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _effective_backends(backend: object) -> list[object]:
    """A chainer stands for the backends it chains; anything else for itself."""
    if _class_path(backend).startswith("keyring.backends.chainer."):
        return list(getattr(backend, "backends", []))
    return [backend]


def _is_secure(backend: object) -> bool:
    path = _class_path(backend)
    return not path.startswith(_NOT_SECURE) and "plaintext" not in path.lower()


def _backend():
    """The keyring backend to use, or raise KeyStoreUnavailable saying why there is none."""
    try:
        import keyring
    except ImportError as error:  # packaged builds always ship it; a broken install may not
        raise KeyStoreUnavailable(translate("keystore", "The keyring module is missing, so the key cannot be saved: "
                                            "keep it for this session only or set ANTHROPIC_API_KEY.")) from error
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # a misconfigured keyringrc or a broken backend plugin
        log.warning("keyring backend failed to load: %s", type(error).__name__)
        raise KeyStoreUnavailable(translate("keystore", _NO_STORE)) from error
    secure = [b for b in _effective_backends(backend) if _is_secure(b)]
    if not secure:
        log.info("no secure keyring backend (have %s)", _class_path(backend))
        raise KeyStoreUnavailable(translate("keystore", _NO_STORE))
    return backend


_NO_STORE = QT_TRANSLATE_NOOP("keystore", "This system has no secure key store (such as Secret Service, macOS "
                             "Keychain or Windows Credential Locker): keep the key for this session only, or set "
                             "ANTHROPIC_API_KEY.")


def _store_failure(error: Exception, doing: str) -> KeyStoreUnavailable:
    from keyring import errors

    name = store_name()
    saved = doing == "saved"  # or "deleted": each a whole sentence to translate
    if isinstance(error, errors.KeyringLocked):
        text = (translate("keystore", "{0} is locked, so the key could not be saved: unlock it, or keep the key for "
                          "this session only.") if saved else
                translate("keystore", "{0} is locked, so the key could not be deleted: unlock it, or keep the key "
                          "for this session only.")).format(name)
    elif isinstance(error, errors.NoKeyringError):
        text = translate("keystore", _NO_STORE)
    else:
        text = (translate("keystore", "{0} could not be used, so the key could not be saved: keep it for this "
                          "session only.") if saved else
                translate("keystore", "{0} could not be used, so the key could not be deleted: keep it for this "
                          "session only.")).format(name)
    # Only the class name is logged: backend messages are not ours to trust with secrets.
    log.warning("keyring %s failed: %s", doing, type(error).__name__)
    return KeyStoreUnavailable(text)


def store_name() -> str:
    """The store a saved key goes to, in the words users know ("Secret Service", …)."""
    try:
        backend = _backend()
    except KeyStoreUnavailable:
        return translate("keystore", "no secure store")
    for candidate in _effective_backends(backend):
        if _is_secure(candidate):
            path = _class_path(candidate)
            return _STORE_NAMES.get(path) or str(getattr(candidate, "name", "") or type(candidate).__name__)
    return translate("keystore", "no secure store")


def store_problem() -> str | None:
    """Why a key cannot be saved in the keyring right now, or None when it can."""
    try:
        _backend()
    except KeyStoreUnavailable as problem:
        return str(problem)
    return None


# -- the key --------------------------------------------------------------------------------
def _keyring_key() -> str | None:
    return read_secret(USERNAME)


def read_secret(username: str) -> str | None:
    """A secret of the app's keyring service (the API key, or ``target:NAME``); None when absent."""
    try:
        backend = _backend()
    except KeyStoreUnavailable:
        return None
    try:
        return backend.get_password(SERVICE, username) or None
    except Exception as error:  # locked, D-Bus gone: no key from here, say so in the log only
        log.warning("reading the key from the keyring failed: %s", type(error).__name__)
        return None


def session_key() -> str | None:
    with _session_lock:
        return _session_key


def get_key_with_source() -> tuple[str | None, str | None]:
    """The key in force and where it came from: environment, then keyring, then session."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env, SOURCE_ENVIRONMENT
    key = _keyring_key()
    if key:
        return key, SOURCE_KEYRING
    key = session_key()
    if key:
        return key, SOURCE_SESSION
    return None, None


def get_key() -> str | None:
    return get_key_with_source()[0]


def status() -> KeyStatus:
    key, source = get_key_with_source()
    return KeyStatus(source=source, masked=masked(key), store_name=store_name(),
                     store_problem=store_problem())


def _clean(key: str) -> str:
    key = key.strip()
    if not key or any(ch.isspace() for ch in key):
        raise ValueError(translate("keystore", "An API key is one word with no spaces."))
    return key


def store_key(key: str) -> None:
    """Save the key in the system keyring; raises KeyStoreUnavailable when there is none."""
    key = _clean(key)
    backend = _backend()
    try:
        backend.set_password(SERVICE, USERNAME, key)
    except Exception as error:
        raise _store_failure(error, "saved") from None
    set_session_key(None)  # the saved key replaces any session-only one
    log.info("API key saved in %s", store_name())


def set_session_key(key: str | None) -> None:
    """Keep the key in memory for this run of the app only (or forget it, with None)."""
    global _session_key
    with _session_lock:
        _session_key = _clean(key) if key else None


def delete_key() -> None:
    """Forget the saved and the session key (the environment variable is not ours to remove)."""
    set_session_key(None)
    try:
        _backend()
    except KeyStoreUnavailable:
        return
    delete_secret(USERNAME)
    log.info("API key deleted from %s", store_name())


# -- other secrets of the app's service (a target's key: user ``target:NAME``) ------------------
def store_secret(username: str, secret: str) -> None:
    """Save ``secret`` under ``username``; KeyStoreUnavailable when there is no secure store."""
    secret = _clean(secret)
    backend = _backend()
    try:
        backend.set_password(SERVICE, username, secret)
    except Exception as error:
        raise _store_failure(error, "saved") from None
    log.info("a key for %s saved in %s", username, store_name())


def delete_secret(username: str) -> None:
    """Forget the secret saved under ``username`` (nothing saved: nothing to do)."""
    try:
        backend = _backend()
    except KeyStoreUnavailable:
        return
    from keyring import errors

    try:
        backend.delete_password(SERVICE, username)
    except errors.PasswordDeleteError:
        pass  # nothing saved: already deleted
    except Exception as error:
        raise _store_failure(error, "deleted") from None
