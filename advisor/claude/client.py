"""The boundary with the Claude API: the ``anthropic`` SDK in, plain results and messages out.

``anthropic`` takes about a second to import, so it is imported inside functions only. Every
SDK failure becomes a :class:`ClaudeProblem` (an ApiProblem, exit status 4) whose message is
plain, names what to do, and never holds the key. Retries are ours, not the SDK's, so the wait
is bounded, honours ``retry-after``, and a cancel cuts it short.
"""
from __future__ import annotations

import gc
import logging
import os
import queue
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Generator

from advisor.claude.problems import (NOT_CLAUDE_ERRORS, ClaudeProblem,  # noqa: F401 (re-exported)
                                     explain, from_guard, no_key_problem, not_claude_problem,
                                     stream_ended_problem)
from advisor.claude.retries import MAX_RETRY_WAIT, RETRYABLE, RetryCallback  # noqa: F401 (re-exported)
from advisor.claude.retries import is_call_bug
from advisor.claude.retries import with_retries as _with_retries

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0  # seconds to wait for a reply (per read), generous for long answers
CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2

Request = dict[str, Any]  # keyword arguments for messages.create, built by advisor.lab.prompts


@dataclass
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    cache_write_tokens: int = 0
    cache_read_tokens: int = 0

    def cost_usd(self, price: Any) -> float:
        """Cost with a pricing.ModelPrice (USD per million tokens)."""
        return (self.input_tokens * price.input + self.output_tokens * price.output
                + self.cache_write_tokens * price.cache_write
                + self.cache_read_tokens * price.cache_read) / 1e6

    def __add__(self, other: Usage) -> Usage:
        return Usage(self.input_tokens + other.input_tokens, self.output_tokens + other.output_tokens,
                     self.cache_write_tokens + other.cache_write_tokens,
                     self.cache_read_tokens + other.cache_read_tokens)


@dataclass
class Reply:
    text: str
    model: str
    stop_reason: str | None
    usage: Usage
    latency_ms: float
    first_token_ms: float | None = None
    complete: bool = True  # False when cancelled or cut mid-way: ``text`` is then partial
    cancelled: bool = False
    problem: ClaudeProblem | None = None  # why an incomplete reply stopped (not for a cancel)
    thinking: str = ""  # the thinking blocks' text, shown apart and never graded


@dataclass(frozen=True)
class ModelSummary:
    id: str
    display_name: str
    lifecycle: str = "active"  # active, deprecated or retired

    @property
    def retired(self) -> bool:
        return self.lifecycle == "retired"


# -- the client -----------------------------------------------------------------------------
def make_client(api_key: str | None = None, *, base_url: str | None = None,
                timeout: float = DEFAULT_TIMEOUT) -> Any:
    """An ``anthropic.Anthropic`` client; the key comes from advisor.claude.keystore unless given.

    The key is passed explicitly so the SDK never goes looking for profile files, and the
    SDK's own retries are off: :func:`_with_retries` does them, bounded and cancellable.
    """
    from advisor.claude import netguard
    source = ""
    if api_key is None:
        from advisor.claude import keystore
        api_key, where = keystore.get_key_with_source()
        source = {"environment": "from ANTHROPIC_API_KEY"}.get(where or "", f"from the {where}" if where else "")
    if not api_key:
        raise no_key_problem()
    try:  # malformed keys and plain http fail here, before anything is sent
        netguard.check_key(api_key, source)
        netguard.check_transport(base_url)
    except netguard.GuardProblem as problem:
        raise from_guard(problem) from None
    anthropic = load_sdk()
    return netguard.guard_client(anthropic.Anthropic(
        api_key=api_key,
        base_url=base_url or os.environ.get("ANTHROPIC_BASE_URL") or None,
        timeout=anthropic.Timeout(timeout, connect=CONNECT_TIMEOUT),
        max_retries=0,
    ))


_sdk_lock = threading.Lock()
_sdk: Any = None


def load_sdk() -> Any:
    """The ``anthropic`` module, imported on first use (never at start-up).

    The import builds a few hundred thousand long-lived objects. Left to the garbage collector,
    it triggers full collections over every object of the app while importing, each holding the
    interpreter lock for 40-90 ms: the window's event loop stalled that long on the first run
    after launch (benchmarks/bench_lab.py). So the import runs with collection paused, and then
    every object alive at that moment (the SDK's modules and the app's own long-lived objects) is
    frozen out of later collections; collection resumes as before for everything made afterwards.
    The price: an object alive then that later dies in a reference cycle is kept until exit.
    """
    global _sdk
    if _sdk is not None:  # (sys.modules holds it half-built while another thread imports it)
        return _sdk
    with _sdk_lock:
        if _sdk is None:
            was_enabled = gc.isenabled()
            gc.disable()
            try:
                import anthropic
            finally:
                if was_enabled:
                    gc.freeze()
                    gc.enable()
            _sdk = anthropic
    return _sdk


def _usage(raw: Any) -> Usage:
    if raw is None:
        return Usage()
    return Usage(int(getattr(raw, "input_tokens", 0) or 0), int(getattr(raw, "output_tokens", 0) or 0),
                 int(getattr(raw, "cache_creation_input_tokens", 0) or 0),
                 int(getattr(raw, "cache_read_input_tokens", 0) or 0))


def _text(message: Any) -> str:
    return "".join(getattr(b, "text", "") for b in message.content if getattr(b, "type", "") == "text")


def _thinking(message: Any) -> str:
    """The thinking blocks' text (redacted blocks say so); their tokens are in output_tokens."""
    parts = []
    for block in getattr(message, "content", None) or []:
        kind = getattr(block, "type", "")
        if kind == "thinking":
            parts.append(str(getattr(block, "thinking", "") or ""))
        elif kind == "redacted_thinking":
            parts.append("[thinking redacted by the API]")
    return "\n\n".join(parts)


def reply_texts(message: Any, key: str | None) -> tuple[str, str]:
    """A finished message's (text, thinking), the key scrubbed: what a direct reply and a batch
    result both keep (a reply that echoes the key never carries it into a run or a file)."""
    from advisor.claude import netguard
    return netguard.scrub(_text(message), key), netguard.scrub(_thinking(message), key)


# -- calls ----------------------------------------------------------------------------------
def send_message(request: Request, *, client: Any = None, max_retries: int = DEFAULT_MAX_RETRIES,
                 cancel: threading.Event | None = None, on_retry: RetryCallback | None = None) -> Reply:
    """One non-streaming request; raises ClaudeProblem."""
    from advisor.claude import netguard
    client = client or make_client()
    started = time.monotonic()

    def attempt() -> Any:
        with netguard.request_limits(request):  # an overall deadline and a byte cap per attempt
            return client.messages.create(**request)

    message = _with_retries(attempt, client=client,
                            model=request.get("model"), max_retries=max_retries, cancel=cancel,
                            on_retry=on_retry)
    latency = (time.monotonic() - started) * 1000
    try:
        text, thinking = reply_texts(message, getattr(client, "api_key", None))
        return Reply(text=text, model=str(message.model), stop_reason=message.stop_reason,
                     usage=_usage(message.usage), latency_ms=latency, first_token_ms=latency,
                     thinking=thinking)
    except NOT_CLAUDE_ERRORS:  # the SDK returns a non-JSON reply as a plain str
        raise not_claude_problem(client) from None


def stream_message(request: Request, *, client: Any = None, cancel: threading.Event | None = None,
                   max_retries: int = DEFAULT_MAX_RETRIES,
                   on_retry: RetryCallback | None = None) -> Generator[str, None, Reply]:
    """Yield the reply's text in batches as it arrives; the generator returns the Reply.

    The SDK is read on a helper thread, so a cancel takes effect at once even while the API is
    silent; everything that arrived since the last batch is yielded together. A failure before
    any text raises ClaudeProblem; a failure after it returns the partial Reply, incomplete.
    """
    from advisor.claude import netguard
    client = client or make_client()
    key = getattr(client, "api_key", None)
    cancel = cancel or threading.Event()
    stop = threading.Event()  # set when our consumer leaves, so the reader stops too
    events: queue.SimpleQueue[tuple[str, Any, Any]] = queue.SimpleQueue()
    model = request.get("model")
    streams: list[Any] = []

    def open_stream() -> Any:
        manager = client.messages.stream(**request)
        return manager, manager.__enter__()

    def reader() -> None:
        snapshot = None
        netguard.begin_request(request)  # this thread's reads share one deadline and one byte cap
        try:
            manager, stream = _with_retries(open_stream, client=client, model=model,
                                            max_retries=max_retries, cancel=cancel, on_retry=on_retry)
            streams.append(stream)
            with stream:
                for text in stream.text_stream:
                    events.put(("text", text, None))
                    if cancel.is_set() or stop.is_set():
                        break
                try:
                    snapshot = stream.current_message_snapshot
                except AssertionError:  # the reply ended without a single Claude event
                    raise not_claude_problem(client) from None
            events.put(("end", None, snapshot))
        except BaseException as error:  # handed to the consumer, which decides what it means
            try:
                snapshot = streams[0].current_message_snapshot if streams else None
            except Exception:
                snapshot = None
            events.put(("error", error, snapshot))

    started = time.monotonic()
    threading.Thread(target=reader, name="claude-stream", daemon=True).start()
    parts: list[str] = []
    shown = netguard.StreamScrubber(key)  # a key split across two batches is caught as well
    first_token_ms: float | None = None
    try:
        while True:
            try:
                item = events.get(timeout=0.05)
            except queue.Empty:
                if cancel.is_set():
                    if shown.held:
                        yield shown.flush()  # Stop keeps what arrived: the held end was not the key
                    return _finish(parts, model, None, started, first_token_ms, cancelled=True, key=key)
                continue
            batch: list[str] = []
            while True:  # drain whatever else is waiting into the same batch
                if item[0] != "text":
                    break
                batch.append(item[1])
                try:
                    item = events.get_nowait()
                except queue.Empty:
                    item = None
                    break
            if batch:
                if first_token_ms is None:
                    first_token_ms = (time.monotonic() - started) * 1000
                parts.extend(batch)
                visible = shown.feed("".join(batch))
                if visible:
                    yield visible
            if item is None:
                continue
            if shown.held:
                yield shown.flush()  # the stream ended or failed: the held end was not the key
            kind, error, snapshot = item
            if kind == "end":
                return _finish(parts, model, snapshot, started, first_token_ms,
                               cancelled=cancel.is_set(), key=key)
            if is_call_bug(error):
                raise error  # our bug (an argument the SDK does not take), not the server's
            problem = explain(error, client=client, model=model, partial_text=netguard.scrub("".join(parts), key))
            if not parts or problem.kind in ("key_refused", "forbidden", "unknown_model", "no_key"):
                raise problem from None
            return _finish(parts, model, snapshot, started, first_token_ms, problem=problem, key=key)
    finally:
        stop.set()
        for stream in streams:
            try:
                stream.close()
            except Exception:  # closing from this thread while the reader reads may complain
                pass


def _finish(parts: list[str], model: str | None, snapshot: Any, started: float,
            first_token_ms: float | None, *, cancelled: bool = False, key: str | None = None,
            problem: ClaudeProblem | None = None) -> Reply:
    from advisor.claude import netguard
    text = netguard.scrub("".join(parts), key)
    stop_reason = getattr(snapshot, "stop_reason", None)
    if problem is None and not cancelled and stop_reason is None:
        problem = stream_ended_problem(text)
    return Reply(text=text, model=str(getattr(snapshot, "model", None) or model),
                 stop_reason=stop_reason, usage=_usage(getattr(snapshot, "usage", None)),
                 latency_ms=(time.monotonic() - started) * 1000, first_token_ms=first_token_ms,
                 complete=problem is None and not cancelled, cancelled=cancelled, problem=problem,
                 thinking=netguard.scrub(_thinking(snapshot), key) if snapshot is not None else "")


def stream_to(request: Request, on_text: Callable[[str], None], **options: Any) -> Reply:
    """Drive :func:`stream_message`, handing each text batch to ``on_text``; return the Reply."""
    generator = stream_message(request, **options)
    while True:
        try:
            on_text(next(generator))
        except StopIteration as done:
            return done.value


def count_tokens(request: Request, *, client: Any = None) -> int:
    """The input tokens ``request`` would cost (the messages.count_tokens endpoint)."""
    client = client or make_client()
    fields = {k: v for k, v in request.items() if k in ("model", "messages", "system", "tools")}
    result = _with_retries(lambda: client.messages.count_tokens(**fields), client=client,
                           model=request.get("model"), max_retries=1, cancel=None, on_retry=None)
    try:
        return int(result.input_tokens)
    except NOT_CLAUDE_ERRORS:  # a non-JSON reply comes back as a plain str
        raise not_claude_problem(client) from None


def list_models(*, client: Any = None) -> list[ModelSummary]:
    """The models this key may use, newest first as the API lists them, retired ones marked."""
    client = client or make_client()

    def fetch() -> list[ModelSummary]:
        return [ModelSummary(m.id, m.display_name, str(getattr(m, "lifecycle", None) or "active"))
                for m in client.models.list(limit=100)]

    return _with_retries(fetch, client=client, model=None, max_retries=1, cancel=None, on_retry=None)


def test_key(api_key: str | None = None) -> list[ModelSummary]:
    """Check a key with a models.list call; returns the models, or raises ClaudeProblem."""
    client = make_client(api_key, timeout=20.0)
    try:
        return list_models(client=client)
    finally:
        client.close()


test_key.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported
