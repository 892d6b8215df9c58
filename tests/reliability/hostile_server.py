"""A hostile stand-in for the Messages API (issue 17): it drips, floods, echoes the key, never ends.

Raw sockets on 127.0.0.1 only, one thread per connection, so it can misbehave in ways a polite
HTTP server library will not (one byte every two seconds, a reply with no end). Every behaviour
stops when the server stops or after ``max_seconds``, so no test can hang on it.

Modes (``server.mode``):
- ``drip``: the reply, headers included, one byte every ``drip_every`` seconds.
- ``huge``: a well-formed reply whose text is ``huge_bytes`` long (JSON, or SSE when streaming).
- ``echo_key``: a well-formed reply whose text quotes the x-api-key it was sent.
- ``endless``: an SSE stream that starts a reply and sends text deltas forever.
- ``ok``: a short, well-formed reply.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from typing import Any

MESSAGE_BASE = {"id": "msg_hostile", "type": "message", "role": "assistant", "stop_sequence": None}


def _sse(event: str, data: dict[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


class HostileServer:
    def __init__(self, mode: str = "ok", *, max_seconds: float = 60.0) -> None:
        self.mode = mode
        self.max_seconds = max_seconds
        self.drip_every = 2.0
        self.huge_bytes = 10 * 1024 * 1024
        self.requests: list[dict[str, Any]] = []  # {"headers": {...}, "body": ...}
        self.bytes_sent = 0
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))  # loopback only: nothing here is reachable from outside
        self._sock.listen(16)
        self._sock.settimeout(0.1)
        self._threads: list[threading.Thread] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def start(self) -> HostileServer:
        thread = threading.Thread(target=self._accept, name="hostile-server", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        self._sock.close()

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- serving --------------------------------------------------------------------------------
    def _accept(self) -> None:
        started = time.monotonic()
        while not self._stop.is_set() and time.monotonic() - started < self.max_seconds:
            try:
                conn, _ = self._sock.accept()
            except (socket.timeout, OSError):
                continue
            thread = threading.Thread(target=self._serve, args=(conn, started), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _over(self, started: float) -> bool:
        return self._stop.is_set() or time.monotonic() - started > self.max_seconds

    def _serve(self, conn: socket.socket, started: float) -> None:
        conn.settimeout(1.0)
        try:
            while not self._over(started):
                request = self._read_request(conn, started)
                if request is None:
                    return
                self.requests.append(request)
                if not self._respond(conn, request, started):
                    return
        except OSError:
            pass  # the client gave up: that is the point
        finally:
            conn.close()

    def _read_request(self, conn: socket.socket, started: float) -> dict[str, Any] | None:
        data = b""
        while b"\r\n\r\n" not in data:
            if self._over(started):
                return None
            try:
                chunk = conn.recv(65536)
            except socket.timeout:
                continue
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        length = int(headers.get("content-length", "0") or 0)
        while len(body) < length and not self._over(started):
            try:
                body += conn.recv(65536)
            except socket.timeout:
                continue
        try:
            parsed = json.loads(body or b"{}")
        except ValueError:
            parsed = {}
        return {"line": lines[0], "headers": headers, "body": parsed}

    def _respond(self, conn: socket.socket, request: dict[str, Any], started: float) -> bool:
        body = request["body"] if isinstance(request["body"], dict) else {}
        streaming = bool(body.get("stream"))
        model = body.get("model", "claude-haiku-4-5")
        if self.mode == "endless":
            self._send(conn, self._stream_head())
            self._send(conn, self._stream_start(model))
            delta = _sse("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                 "delta": {"type": "text_delta", "text": "more "}})
            while not self._over(started):
                self._send(conn, delta * 50)
            return False
        text = {"huge": lambda: "x" * self.huge_bytes,
                "echo_key": lambda: f"Your key is {self.presented_key(request)} - keep it safe.",
                }.get(self.mode, lambda: "billing")()
        payload = self._stream_reply(model, text) if streaming else self._json_reply(model, text)
        if self.mode == "drip":
            for byte in payload:
                if self._over(started) or self._stop.wait(self.drip_every):
                    return False
                self._send(conn, bytes([byte]))
            return not streaming
        self._send(conn, payload)
        return not streaming  # a stream ends with the connection

    @staticmethod
    def presented_key(request: dict[str, Any]) -> str:
        headers = request["headers"]
        return headers.get("x-api-key") or headers.get("authorization", "").removeprefix("Bearer ")

    def _send(self, conn: socket.socket, data: bytes) -> None:
        conn.sendall(data)
        self.bytes_sent += len(data)

    @staticmethod
    def _json_reply(model: str, text: str) -> bytes:
        body = json.dumps({**MESSAGE_BASE, "model": model, "content": [{"type": "text", "text": text}],
                           "stop_reason": "end_turn",
                           "usage": {"input_tokens": 5, "output_tokens": 16}}).encode()
        return (b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                + f"content-length: {len(body)}\r\n\r\n".encode() + body)

    @staticmethod
    def _stream_head() -> bytes:
        return b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n\r\n"

    @staticmethod
    def _stream_start(model: str) -> bytes:
        return (_sse("message_start", {"type": "message_start", "message": {
                    **MESSAGE_BASE, "model": model, "content": [], "stop_reason": None,
                    "usage": {"input_tokens": 5, "output_tokens": 1}}})
                + _sse("content_block_start", {"type": "content_block_start", "index": 0,
                                               "content_block": {"type": "text", "text": ""}}))

    def _stream_reply(self, model: str, text: str) -> bytes:
        # Without content-length, the connection's end marks the end: sent as one closing reply.
        return (self._stream_head().replace(b"\r\n\r\n", b"\r\nconnection: close\r\n\r\n")
                + self._stream_start(model)
                + _sse("content_block_delta", {"type": "content_block_delta", "index": 0,
                                               "delta": {"type": "text_delta", "text": text}})
                + _sse("content_block_stop", {"type": "content_block_stop", "index": 0})
                + _sse("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn",
                                                                          "stop_sequence": None},
                                         "usage": {"output_tokens": 16}})
                + _sse("message_stop", {"type": "message_stop"}))
