"""A local fake of the Anthropic Messages API, spoken to by the real ``anthropic`` SDK.

Real HTTP on 127.0.0.1 (an OS-chosen port) served by a ``ThreadingHTTPServer`` in a background
thread. It answers ``POST /v1/messages`` (JSON or SSE streaming with the real event sequence),
``POST /v1/messages/count_tokens``, ``GET /v1/models`` (paginated) and the Message Batches
endpoints, and it can be told to fail the next requests in each way the real API fails.

Replies are deterministic: a rules dict (substring of the last user turn -> reply) or, by
default, an echo of the last user turn; tests may set any ``reply`` function instead.
"""
from __future__ import annotations

import itertools
import json
import re
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

DEFAULT_KEY = "sk-ant-fake-0123456789-test-key-wxyz"
DEFAULT_MODELS = (
    ("claude-opus-4-5", "Claude Opus 4.5", "active"),
    ("claude-sonnet-4-5", "Claude Sonnet 4.5", "active"),
    ("claude-haiku-4-5", "Claude Haiku 4.5", "active"),
    ("claude-3-5-sonnet-20241022", "Claude Sonnet 3.5 (Oct 2024)", "retired"),
    ("claude-3-5-haiku-20241022", "Claude Haiku 3.5", "retired"),
)
# The current generation, served once a test calls add_claude_5_models().
CLAUDE_5_MODELS = (
    ("claude-opus-5-5", "Claude Opus 5.5", "active"),
    ("claude-sonnet-5-5", "Claude Sonnet 5.5", "active"),
    ("claude-haiku-5-5", "Claude Haiku 5.5", "active"),
)
# As the real API does for the Claude 5 generation: temperature, top_p or top_k answer 400.
REJECTS_SAMPLING = frozenset({"claude-opus-5-5", "claude-sonnet-5-5", "claude-haiku-5-5"})
SAMPLING_FIELDS = ("temperature", "top_p", "top_k")
# The failures ``fail_next`` understands.
FAILURES = ("401", "403", "404", "429", "500", "529", "cut", "slow", "stream_error")

_ERRORS = {
    400: ("invalid_request_error", "Invalid request."),
    401: ("authentication_error", "invalid x-api-key"),
    403: ("permission_error", "Your API key does not have permission to use the specified resource."),
    404: ("not_found_error", "Not found."),
    429: ("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit."),
    500: ("api_error", "Internal server error"),
    529: ("overloaded_error", "Overloaded"),
}
_TOKEN = re.compile(r"\S+\s*|\s+")


def count_text_tokens(text: str) -> int:
    """The fake's tokenizer: one token per word (deterministic, so tests can predict counts)."""
    return len(text.split())


def split_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text) or [""]


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class _Failure:
    kind: str
    retry_after: float | None = None
    after_deltas: int = 2
    seconds: float = 5.0
    path: str | None = None


@dataclass
class _Batch:
    id: str
    requests: list[dict[str, Any]]
    polls_left: int
    results: list[dict[str, Any]] = field(default_factory=list)
    created_at: str = "2026-11-28T20:00:00Z"
    cancelled: bool = False


def _last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if message.get("role") == "user":
            return _content_text(message.get("content"))
    return ""


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(block.get("text", "") for block in content if isinstance(block, dict))
    return ""


class FakeMessagesApi:
    """Start with :meth:`start`, point the SDK at :attr:`base_url`, stop with :meth:`stop`."""

    def __init__(self, valid_key: str = DEFAULT_KEY) -> None:
        self.valid_key = valid_key
        self.rules: dict[str, str] = {}
        self.reply: Callable[[dict[str, Any]], str] = self.default_reply
        self.delay = 0.0  # seconds before each message reply starts
        self.token_delay = 0.0  # seconds between streamed deltas
        self.stream_tokens: int | None = None  # when set, every reply is this many tokens
        self.models = [dict(id=i, display_name=n, lifecycle=s) for i, n, s in DEFAULT_MODELS]
        self.batch_polls = 1  # polls that still say in_progress before a batch ends
        self.thinking: str | None = None  # when set, every reply starts with this thinking block
        self.requests: list[RecordedRequest] = []
        self._failures: list[_Failure] = []
        self._batches: dict[str, _Batch] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._ids = itertools.count(1)
        self._prompt_cache: set[str] = set()  # cached system prefixes (prompt caching)

    # -- life cycle -------------------------------------------------------------------------
    def start(self) -> FakeMessagesApi:
        handler = type("Handler", (_Handler,), {"api": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-messages-api",
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeMessagesApi:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start the fake server first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- scripting --------------------------------------------------------------------------
    def fail_next(self, kind: str | int, times: int = 1, *, retry_after: float | None = None,
                  after_deltas: int = 2, seconds: float = 5.0, path: str | None = None) -> None:
        """Make the next ``times`` requests (to ``path`` only, when given) fail as ``kind``.

        Kinds: 401, 403, 404, 429 (with ``retry_after`` seconds), 500, 529; "cut" (a stream is
        closed after ``after_deltas`` text deltas, a plain reply mid-body); "slow" (the reply
        waits ``seconds`` first); "stream_error" (an SSE ``error`` event after the deltas).
        """
        kind = str(kind)
        if kind not in FAILURES:
            raise ValueError(f"unknown failure {kind!r}; one of {FAILURES}")
        with self._lock:
            self._failures.extend(_Failure(kind, retry_after, after_deltas, seconds, path)
                                  for _ in range(times))

    def add_claude_5_models(self) -> None:
        self.models += [dict(id=i, display_name=n, lifecycle=s) for i, n, s in CLAUDE_5_MODELS]

    def clear_failures(self) -> None:
        with self._lock:
            self._failures.clear()

    def grounded_reply(self, body: dict[str, Any]) -> str:
        """A model that knows nothing but the request: it answers a question naming a code word
        (a word with a capital and a digit, such as ZX41) with the longest sentence of the
        request's system prompt that names it, and otherwise says it does not know. With it, a context
        that sends the right document passes and one that does not fails."""
        question = _last_user_text(body)
        codes = re.findall(r"\b(?=\w*\d)(?=\w*[A-Z])\w+\b", question)
        system = body.get("system") or ""
        context = system if isinstance(system, str) else _content_text(system)
        naming = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", context)
                  if codes and all(code in s for code in codes)]
        return max(naming, key=len) if naming else "I do not know."  # the fullest statement

    def default_reply(self, body: dict[str, Any]) -> str:
        text = _last_user_text(body)
        lowered = text.lower()
        for needle, answer in self.rules.items():
            if needle.lower() in lowered:
                return answer
        return f"Echo: {text}"

    def message_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method == "POST" and r.path == "/v1/messages"]

    def wait(self, seconds: float) -> None:
        """Sleep, but wake at once when the server stops (so slow replies never hang teardown)."""
        self._stopping.wait(seconds)

    # -- used by the handler ----------------------------------------------------------------
    def _take_failure(self, path: str) -> _Failure | None:
        with self._lock:
            for index, failure in enumerate(self._failures):
                if failure.path is None or path.startswith(failure.path):
                    return self._failures.pop(index)
        return None

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _reply_tokens(self, body: dict[str, Any]) -> list[str]:
        if self.stream_tokens is not None:
            return [f"t{i} " for i in range(self.stream_tokens)]
        return split_tokens(self.reply(body))

    def _input_tokens(self, body: dict[str, Any]) -> int:
        system = body.get("system") or ""
        total = count_text_tokens(system if isinstance(system, str) else _content_text(system))
        for message in body.get("messages") or []:
            total += count_text_tokens(_content_text(message.get("content"))) + 3
        return total + 1

    def _prompt_usage(self, body: dict[str, Any]) -> dict[str, int]:
        """Input tokens as the API bills them: a system prefix marked ``cache_control`` is written
        to the cache the first time (per model) and read from it after, as prompt caching does."""
        total = self._input_tokens(body)
        system = body.get("system")
        blocks = system if isinstance(system, list) else []
        marked = [i for i, block in enumerate(blocks) if isinstance(block, dict) and block.get("cache_control")]
        if not marked:
            return {"input_tokens": total, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}
        prefix = blocks[: marked[-1] + 1]
        cached = count_text_tokens(_content_text(prefix))
        key = json.dumps([body.get("model"), prefix], sort_keys=True)
        with self._lock:
            hit = key in self._prompt_cache
            self._prompt_cache.add(key)
        return {"input_tokens": total - cached, "cache_creation_input_tokens": 0 if hit else cached,
                "cache_read_input_tokens": cached if hit else 0}

    def _known_model(self, model: str) -> bool:
        return any(m["id"] == model and m["lifecycle"] != "retired" for m in self.models)

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):06d}{uuid.uuid4().hex[:8]}"

    def _message(self, body: dict[str, Any], text: str, output_tokens: int) -> dict[str, Any]:
        content = [{"type": "text", "text": text}]
        if self.thinking is not None:
            content.insert(0, {"type": "thinking", "thinking": self.thinking, "signature": "sig-fake"})
            output_tokens += count_text_tokens(self.thinking)  # thinking is billed as output
        return {
            "id": self._new_id("msg"), "type": "message", "role": "assistant",
            "model": body.get("model"), "content": content,
            "stop_reason": "end_turn", "stop_sequence": None,
            "usage": {**self._prompt_usage(body), "output_tokens": output_tokens},
        }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a hung slow reply must not hang the test run

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        # A client that gave up (timeout, cancel) is normal here, not worth a traceback.
        if not isinstance(sys.exc_info()[1], (ConnectionError, OSError)):
            super().handle_error(request, client_address)


def error_body(status: int, message: str | None = None) -> dict[str, Any]:
    kind, default = _ERRORS.get(status, ("api_error", "Error"))
    return {"type": "error", "error": {"type": kind, "message": message or default},
            "request_id": f"req_fake{uuid.uuid4().hex[:12]}"}


class _Handler(BaseHTTPRequestHandler):
    api: FakeMessagesApi
    protocol_version = "HTTP/1.1"  # keep-alive, like the real API, and chunked streaming
    disable_nagle_algorithm = True  # else headers and body wait ~40 ms for a delayed ACK

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet test output
        pass

    # -- plumbing ---------------------------------------------------------------------------
    def _read_body(self) -> Any:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return raw.decode("utf-8", "replace")

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.send_header("request-id", f"req_fake{uuid.uuid4().hex[:12]}")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _send_error(self, status: int, message: str | None = None,
                    headers: dict[str, str] | None = None) -> None:
        self._send_json(status, error_body(status, message), headers)

    def _abort(self) -> None:
        """Drop the connection without finishing the body: what a cut network looks like."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _event(self, name: str, payload: dict[str, Any]) -> None:
        self._chunk(f"event: {name}\ndata: {json.dumps(payload)}\n\n".encode())

    def _presented_key(self) -> str | None:
        """The key sent as ``x-api-key`` or, as newer SDKs do, ``Authorization: Bearer``."""
        key = self.headers.get("x-api-key")
        if key is None:
            auth = self.headers.get("authorization") or ""
            key = auth[7:] if auth.lower().startswith("bearer ") else None
        return key

    def _dispatch(self, method: str) -> None:
        api = self.api
        url = urlsplit(self.path)
        body = self._read_body() if method == "POST" else None
        api._record(RecordedRequest(method, url.path, dict(self.headers.items()), body))
        if self._presented_key() != api.valid_key:
            self._send_error(401)
            return
        failure = api._take_failure(url.path)
        if failure is not None and failure.kind == "slow":
            api.wait(failure.seconds)
            failure = None
        if failure is not None and failure.kind.isdigit():
            status = int(failure.kind)
            headers = {}
            if failure.retry_after is not None:
                headers["retry-after"] = f"{failure.retry_after:g}"
            message = f"model: {(body or {}).get('model')}" if status == 404 and body else None
            self._send_error(status, message, headers)
            return
        route = (method, url.path)
        if route == ("POST", "/v1/messages"):
            self._messages(body or {}, failure)
        elif route == ("POST", "/v1/messages/count_tokens"):
            self._count_tokens(body or {})
        elif route == ("GET", "/v1/models"):
            self._models(parse_qs(url.query))
        elif url.path.startswith("/v1/messages/batches"):
            self._batches(method, url.path, body or {})
        else:
            self._send_error(404, f"no route {method} {url.path}")

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    # -- endpoints --------------------------------------------------------------------------
    def _messages(self, body: dict[str, Any], failure: _Failure | None) -> None:
        api = self.api
        model = body.get("model")
        if not api._known_model(str(model)):
            self._send_error(404, f"model: {model}")
            return
        if not body.get("messages") or not isinstance(body.get("max_tokens"), int):
            self._send_error(400, "messages and max_tokens are required")
            return
        sampling = [name for name in SAMPLING_FIELDS if name in body]
        if sampling and model in REJECTS_SAMPLING:
            self._send_error(400, f"{sampling[0]}: this model does not support sampling parameters")
            return
        if api.delay:
            api.wait(api.delay)
        tokens = api._reply_tokens(body)[: max(1, body["max_tokens"])]
        if body.get("stream"):
            self._stream(body, tokens, failure)
            return
        message = api._message(body, "".join(tokens), len(tokens))
        if failure is not None and failure.kind == "cut":
            data = json.dumps(message).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self._abort()
            return
        self._send_json(200, message)

    def _stream(self, body: dict[str, Any], tokens: list[str], failure: _Failure | None) -> None:
        api = self.api
        message = api._message(body, "", 1)
        message["content"], message["stop_reason"] = [], None
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("cache-control", "no-cache")
        self.send_header("transfer-encoding", "chunked")
        self.send_header("request-id", f"req_fake{uuid.uuid4().hex[:12]}")
        self.end_headers()
        try:
            self._event("message_start", {"type": "message_start", "message": message})
            index = 0
            if api.thinking is not None:
                self._thinking_block(api.thinking)
                index = 1
            self._event("content_block_start", {"type": "content_block_start", "index": index,
                                                "content_block": {"type": "text", "text": ""}})
            self._event("ping", {"type": "ping"})
            for sent, token in enumerate(tokens):
                if failure is not None and sent >= failure.after_deltas:
                    if failure.kind == "cut":
                        self._abort()
                        return
                    if failure.kind == "stream_error":
                        self._event("error", error_body(529))
                        self._chunk(b"")
                        return
                self._event("content_block_delta", {
                    "type": "content_block_delta", "index": index,
                    "delta": {"type": "text_delta", "text": token}})
                if api.token_delay:
                    api.wait(api.token_delay)
            self._event("content_block_stop", {"type": "content_block_stop", "index": index})
            thought = count_text_tokens(api.thinking) if api.thinking is not None else 0
            self._event("message_delta", {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": len(tokens) + thought}})
            self._event("message_stop", {"type": "message_stop"})
            self._chunk(b"")  # the terminating zero-length chunk
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away (a cancelled stream)

    def _thinking_block(self, thinking: str) -> None:
        self._event("content_block_start", {"type": "content_block_start", "index": 0,
                                            "content_block": {"type": "thinking", "thinking": "",
                                                              "signature": ""}})
        for token in split_tokens(thinking):
            self._event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                "delta": {"type": "thinking_delta", "thinking": token}})
        self._event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                            "delta": {"type": "signature_delta", "signature": "sig-fake"}})
        self._event("content_block_stop", {"type": "content_block_stop", "index": 0})

    def _count_tokens(self, body: dict[str, Any]) -> None:
        if not self.api._known_model(str(body.get("model"))):
            self._send_error(404, f"model: {body.get('model')}")
            return
        self._send_json(200, {"input_tokens": self.api._input_tokens(body)})

    def _models(self, query: dict[str, list[str]]) -> None:
        models = self.api.models
        limit = int((query.get("limit") or ["20"])[0])
        start = 0
        if query.get("after_id"):
            ids = [m["id"] for m in models]
            start = ids.index(query["after_id"][0]) + 1 if query["after_id"][0] in ids else len(ids)
        page = models[start:start + limit]
        data = [{"type": "model", "id": m["id"], "display_name": m["display_name"],
                 "created_at": "2025-10-01T00:00:00Z", "lifecycle": m["lifecycle"]} for m in page]
        self._send_json(200, {"data": data, "has_more": start + limit < len(models),
                              "first_id": data[0]["id"] if data else None,
                              "last_id": data[-1]["id"] if data else None})

    def _batches(self, method: str, path: str, body: dict[str, Any]) -> None:
        api = self.api
        parts = path.strip("/").split("/")  # v1 messages batches [id] [results]
        if method == "POST" and len(parts) == 3:
            batch = _Batch(api._new_id("msgbatch"), list(body.get("requests") or []), api.batch_polls)
            for item in batch.requests:
                params = item.get("params") or {}
                rejected = [n for n in SAMPLING_FIELDS if n in params]
                if rejected and params.get("model") in REJECTS_SAMPLING:
                    result = {"type": "errored", "error": error_body(400, f"{rejected[0]}: not supported")}
                elif api._known_model(str(params.get("model"))):
                    tokens = api._reply_tokens(params)[: max(1, int(params.get("max_tokens") or 1))]
                    result = {"type": "succeeded",
                              "message": api._message(params, "".join(tokens), len(tokens))}
                else:
                    result = {"type": "errored", "error": error_body(404, f"model: {params.get('model')}")}
                batch.results.append({"custom_id": item.get("custom_id"), "result": result})
            with api._lock:
                api._batches[batch.id] = batch
            self._send_json(200, self._batch_json(batch, advance=False))
            return
        batch = api._batches.get(parts[3]) if len(parts) >= 4 else None
        if batch is None:
            self._send_error(404, "batch not found")
            return
        if method == "POST" and len(parts) == 5 and parts[4] == "cancel":
            batch.cancelled = True  # nothing more is processed; what is left ends as canceled
            batch.results = [{"custom_id": r["custom_id"], "result": {"type": "canceled"}}
                             for r in batch.results]
            self._send_json(200, self._batch_json(batch, advance=False, status="canceling"))
        elif method == "GET" and len(parts) == 4:
            self._send_json(200, self._batch_json(batch, advance=True))
        elif method == "GET" and len(parts) == 5 and parts[4] == "results" and batch.polls_left <= 0:
            data = "".join(json.dumps(r) + "\n" for r in batch.results).encode()
            self.send_response(200)
            self.send_header("content-type", "application/binary")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        else:
            self._send_error(404, f"no route {method} {path}")

    def _batch_json(self, batch: _Batch, *, advance: bool, status: str | None = None) -> dict[str, Any]:
        if advance and batch.polls_left > 0:
            batch.polls_left -= 1
        if batch.cancelled and advance:
            batch.polls_left = 0
        ended = batch.polls_left <= 0 and status is None
        kinds = [r["result"]["type"] for r in batch.results]
        counts = {"processing": 0 if ended else len(batch.requests),
                  "succeeded": kinds.count("succeeded") if ended else 0,
                  "errored": kinds.count("errored") if ended else 0,
                  "canceled": kinds.count("canceled") if ended else 0, "expired": 0}
        return {"id": batch.id, "type": "message_batch",
                "processing_status": status or ("ended" if ended else "in_progress"),
                "request_counts": counts, "created_at": batch.created_at,
                "expires_at": "2026-11-29T20:00:00Z",
                "ended_at": "2026-11-28T20:05:00Z" if ended else None,
                "results_url": (f"{self.api.base_url}/v1/messages/batches/{batch.id}/results"
                                if ended else None)}


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll ``predicate`` until it holds (tests use it instead of fixed sleeps)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
