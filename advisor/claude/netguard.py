"""Guards between the app and a hostile network (issue 17 #6, #7, #10, #16, #17).

Small pieces the Claude client (advisor/claude/client.py) calls:

- :func:`check_key`: a key that is not one word of printable ASCII is reported as malformed
  before anything is sent (a newline made httpx fail with "connection broke", a stray byte exit 1).
- :func:`check_transport`: the key is never sent over plain http to another computer, directly
  or through an ``HTTP_PROXY``; the message names the setting to change.
- :func:`guard_client` and :func:`request_limits`: every request has an overall deadline and a
  cap on the bytes it may receive, enforced on each socket read. The SDK's timeout is per read,
  so a server dripping one byte every two seconds never tripped it; and a reply far beyond what
  ``max_tokens`` can produce is cut off instead of filling memory.
- :func:`scrub`: a reply that echoes the key never carries it into a run, a file or the screen
  (advisor/lab/eval_results.py cuts what a run keeps to 20,000 characters).
"""
from __future__ import annotations

import ipaddress
import os
import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator
from urllib.parse import urlsplit

from advisor.core.errors import ApiProblem
from advisor.core.i18n import QT_TRANSLATE_NOOP

DEFAULT_BASE_URL = "https://api.anthropic.com"
# The overall deadline of one request: generous for real replies (10 tokens a second at worst).
BASE_DEADLINE_S = 120.0
SECONDS_PER_TOKEN = 0.1
# What one reply may weigh on the wire: an SSE delta event is about 200 bytes per token.
BASE_REPLY_BYTES = 256 * 1024
BYTES_PER_TOKEN = 512
KEY_PLACEHOLDER = "[API key removed]"


class GuardProblem(ApiProblem):
    """A guard refused (exit status 4); advisor.claude.client turns it into a ClaudeProblem of ``kind``.
    (This module imports nothing of the Claude client, so the two never import each other.)"""

    def __init__(self, message: str, kind: str, said: tuple[str, str, tuple[Any, ...]] | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.said = said  # (context, English template, fields): the window translates it


def _problem(template: str, kind: str, *fields: Any) -> GuardProblem:
    """English in str() (the command line); the window shows the template translated."""
    return GuardProblem(template.format(*fields), kind, ("netguard", template, fields))


# -- the key -------------------------------------------------------------------------------------
def check_key(key: str, source: str = "") -> None:
    """Refuse a key that could not be sent as an HTTP header, naming what is wrong, never the key."""
    where = f" ({source})" if source else ""
    if any(ch in "\r\n" for ch in key):
        raise _problem(QT_TRANSLATE_NOOP("netguard", "The API key{0} is malformed: it holds a line break. Copy "
                                                     "the key again from the Claude Console and paste it with "
                                                     "nothing around it."), "bad_key", where)
    if any(ord(ch) > 126 for ch in key):
        raise _problem(QT_TRANSLATE_NOOP("netguard", "The API key{0} is malformed: it holds a character that is "
                                                     "not plain ASCII (a stray byte, or a letter from another "
                                                     "alphabet). Copy the key again from the Claude Console and "
                                                     "paste it with nothing around it."), "bad_key", where)
    if any(ord(ch) < 33 for ch in key):
        raise _problem(QT_TRANSLATE_NOOP("netguard", "The API key{0} is malformed: it holds a space or a control "
                                                     "character. Copy the key again from the Claude Console and "
                                                     "paste it with nothing around it."), "bad_key", where)


def _real_key(key: str | None) -> bool:
    return bool(key) and len(key) >= 8  # shorter is no real key, and would scrub ordinary words


def scrub(text: str, key: str | None) -> str:
    """``text`` with every copy of the key replaced: the one scrub every stored or shown reply
    passes (direct, streamed, batch, an API error's detail)."""
    if _real_key(key) and key in text:
        return text.replace(key, KEY_PLACEHOLDER)
    return text


class StreamScrubber:
    """:func:`scrub` for text arriving in pieces: a key split across two pieces is caught too.

    :meth:`feed` holds back the end of the text that could be the start of the key, until the
    next piece shows whether it is; :meth:`flush` hands over what is held when the stream ends.
    """

    def __init__(self, key: str | None) -> None:
        self.key = key if _real_key(key) else None
        self.held = ""

    def feed(self, piece: str) -> str:
        if self.key is None:
            return piece
        text = scrub(self.held + piece, self.key)
        keep = self._key_start_at_end(text)
        self.held = text[len(text) - keep:] if keep else ""
        return text[:len(text) - keep]

    def flush(self) -> str:
        text, self.held = self.held, ""
        return text

    def _key_start_at_end(self, text: str) -> int:
        """How many of ``text``'s last characters are the key's first ones (the longest such)."""
        assert self.key is not None
        for size in range(min(len(self.key) - 1, len(text)), 0, -1):
            if text.endswith(self.key[:size]):
                return size
        return 0


# -- plain http ----------------------------------------------------------------------------------
def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() in ("localhost", "localhost.") or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


_PROXY_SETTINGS = {"http": ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"),
                   "https": ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")}


def _proxy_for(url: str) -> tuple[str, str] | None:
    """The proxy httpx would use for ``url`` from the environment, as (setting name, proxy URL)."""
    import urllib.request

    parts = urlsplit(url)
    if urllib.request.proxy_bypass_environment(parts.hostname or ""):
        return None
    for name in _PROXY_SETTINGS.get(parts.scheme.lower(), ()):
        value = os.environ.get(name, "").strip()
        if value:
            return name, value if "://" in value else f"http://{value}"
    return None


def check_transport(base_url: str | None) -> None:
    """Refuse before sending when the key would travel in clear text to another computer."""
    url = base_url or os.environ.get("ANTHROPIC_BASE_URL") or DEFAULT_BASE_URL
    setting = "ANTHROPIC_BASE_URL" if not base_url or base_url == os.environ.get("ANTHROPIC_BASE_URL") \
        else "the base URL"
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise _problem(QT_TRANSLATE_NOOP("netguard", "{0} is {1}, which is not a web address: use https://… (or "
                                                     "unset it to use {2})."), "insecure", setting, repr(url),
                       DEFAULT_BASE_URL)
    if scheme == "http" and not is_loopback(parts.hostname):
        raise _problem(QT_TRANSLATE_NOOP("netguard", "{0} is {1}: plain http would send your API key unencrypted "
                                                     "to {2}. Use https://, or unset {0}; plain http is allowed "
                                                     "only to this computer (localhost)."), "insecure", setting, url,
                       parts.hostname)
    proxy = _proxy_for(url)
    if proxy and scheme == "http":  # an https request is tunnelled: the proxy never sees the key
        name, proxy_url = proxy
        proxy_host = urlsplit(proxy_url).hostname
        proxy_scheme = urlsplit(proxy_url).scheme.lower()
        if not is_loopback(proxy_host) and proxy_scheme != "https":
            raise _problem(QT_TRANSLATE_NOOP("netguard", "{0} is {1}: requests to {2} would pass through it in "
                                                         "plain http, showing your API key to {3}. Use an https:// "
                                                         "{4}, or add {5} to NO_PROXY."), "insecure", name,
                           proxy_url, url, proxy_host, setting, parts.hostname)


# -- deadlines and reply caps --------------------------------------------------------------------
class _Limits:
    __slots__ = ("deadline", "seconds", "max_bytes", "received")

    def __init__(self, seconds: float, max_bytes: int) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.max_bytes = max_bytes
        self.received = 0


_local = threading.local()
_aborted = threading.Event()
ABORT_CHECK_S = 0.25


def abort_requests() -> None:
    """Make every request in flight in this process give up now (a command's Ctrl+C)."""
    _aborted.set()


def limits_for(request: dict[str, Any]) -> tuple[float, int]:
    """(overall seconds, bytes) one request may take, from what its ``max_tokens`` allows."""
    tokens = request.get("max_tokens")
    tokens = tokens if isinstance(tokens, int) and tokens > 0 else 4096
    return BASE_DEADLINE_S + tokens * SECONDS_PER_TOKEN, BASE_REPLY_BYTES + tokens * BYTES_PER_TOKEN


@contextmanager
def request_limits(request: dict[str, Any]) -> Iterator[None]:
    """Within this block, this thread's requests share one deadline and one byte budget."""
    seconds, max_bytes = limits_for(request)
    previous = getattr(_local, "limits", None)
    _local.limits = _Limits(seconds, max_bytes)
    try:
        yield
    finally:
        _local.limits = previous


def begin_request(request: dict[str, Any]) -> None:
    """As :func:`request_limits`, for a thread that exists for this one request."""
    seconds, max_bytes = limits_for(request)
    _local.limits = _Limits(seconds, max_bytes)


def _deadline_passed_class() -> type:
    import httpcore2

    class DeadlinePassed(httpcore2.ReadTimeout):
        """The request's overall deadline passed (not one slow read)."""

    class ReplyTooLarge(httpcore2.ReadError):
        """The reply outgrew what its max_tokens could produce."""

    return DeadlinePassed, ReplyTooLarge


_classes: tuple[type, type] | None = None


def _errors() -> tuple[type, type]:
    global _classes
    if _classes is None:
        _classes = _deadline_passed_class()
    return _classes


class _GuardedStream:
    """A network stream whose reads and writes honour the thread's deadline and byte budget."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def _timeout(self, timeout: float | None) -> tuple[float | None, _Limits | None]:
        limits = getattr(_local, "limits", None)
        if limits is None:
            return timeout, None
        remaining = limits.deadline - time.monotonic()
        if remaining <= 0:
            raise _errors()[0](f"no reply within the overall {limits.seconds:g} s")
        return (remaining if timeout is None else min(timeout, remaining)), limits

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        import httpcore2

        timeout, limits = self._timeout(timeout)
        waited_until = None if timeout is None else time.monotonic() + timeout
        while True:  # in short slices, so that abort_requests() (Ctrl+C) takes effect at once
            if _aborted.is_set():
                raise _errors()[0]("the request was cancelled")
            left = None if waited_until is None else waited_until - time.monotonic()
            try:
                data = self._inner.read(max_bytes, ABORT_CHECK_S if left is None else
                                        max(0.0, min(left, ABORT_CHECK_S)))
                break
            except httpcore2.ReadTimeout as error:
                if limits is not None and time.monotonic() >= limits.deadline:
                    raise _errors()[0](f"no reply within the overall {limits.seconds:g} s") from error
                if left is not None and left <= ABORT_CHECK_S:
                    raise
        if limits is not None:
            limits.received += len(data)
            if limits.received > limits.max_bytes:
                raise _errors()[1](f"the reply passed {limits.max_bytes:,} bytes")
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        timeout, _ = self._timeout(timeout)
        self._inner.write(buffer, timeout)

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> Any:
        timeout, _ = self._timeout(timeout)
        return _GuardedStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def close(self) -> None:
        self._inner.close()

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend:
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, **options: Any) -> Any:
        timeout, _ = _GuardedStream(None)._timeout(timeout)
        return _GuardedStream(self._inner.connect_tcp(host, port, timeout, **options))

    def connect_unix_socket(self, path: str, timeout: float | None = None, **options: Any) -> Any:
        return _GuardedStream(self._inner.connect_unix_socket(path, timeout, **options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def guard_client(client: Any) -> Any:
    """Put the guarded network backend under every connection pool of an ``anthropic`` client."""
    http = getattr(client, "_client", None)
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if pool is not None and hasattr(pool, "_network_backend"):
            pool._network_backend = _GuardedBackend(pool._network_backend)
    return client


def problem_for(error: BaseException) -> GuardProblem | None:
    """The plain-words problem when ``error`` (or what caused it) is one of the guards tripping."""
    if _classes is None:
        return None
    deadline_passed, too_large = _classes
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, deadline_passed):
            return _problem(QT_TRANSLATE_NOOP("netguard", "The Claude API did not finish the reply in time ({0}): "
                                                          "the server is too slow or stalled. Try again later, or "
                                                          "check ANTHROPIC_BASE_URL."), "timeout", cause)
        if isinstance(cause, too_large):
            return _problem(QT_TRANSLATE_NOOP("netguard", "The reply was far longer than max_tokens allows ({0}), "
                                                          "so it was cut off: the server is not behaving like the "
                                                          "Claude API; check ANTHROPIC_BASE_URL."),
                            "reply_too_large", cause)
        cause = cause.__cause__ or cause.__context__
    return None
