"""A fake OpenAI-compatible chat server on 127.0.0.1, as vLLM, Ollama or llama.cpp serve one:
``POST /v1/chat/completions``, answering by rules on the last user message, with an optional key."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeOpenAIApi:
    def __init__(self, key: str | None = None) -> None:
        self.key = key
        self.rules: dict[str, str] = {}
        self.requests: list[dict[str, Any]] = []
        self.status = 200  # every reply's status, for error tests
        self.fail_first = 0  # with a status: only the first N requests fail, then it answers (retries)
        self.reply = "ok"  # "garbage": a body that is not JSON; "no_usage": no usage in the reply
        self.delay = 0.0  # seconds before each answer (a slow server)
        self._server: ThreadingHTTPServer | None = None

    def start(self) -> FakeOpenAIApi:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real servers do: a connection per request is not theirs
            disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart

            def log_message(self, *args: Any) -> None:  # quiet test output
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)))
                api.requests.append({"path": self.path, "body": body,
                                     "authorization": self.headers.get("authorization")})
                if api.key is not None and self.headers.get("authorization") != f"Bearer {api.key}":
                    return self._send(401, {"error": {"message": "bad key"}})
                if api.delay:
                    time.sleep(api.delay)
                failing = api.status != 200 and (not api.fail_first or len(api.requests) <= api.fail_first)
                if self.path != "/v1/chat/completions" or failing:
                    return self._send(404 if api.status == 200 else api.status, {"error": {"message": "no"}})
                if api.reply == "garbage":
                    return self._send(200, None)
                question = body["messages"][-1]["content"]
                answer = next((a for n, a in api.rules.items() if n in question.lower()), f"Echo: {question}")
                self._send(200, {"id": "chatcmpl-1", "object": "chat.completion", "model": body["model"],
                                 "choices": [{"index": 0, "finish_reason": "stop",
                                              "message": {"role": "assistant", "content": answer}}],
                                 **({} if api.reply == "no_usage" else
                                    {"usage": {"prompt_tokens": 20, "completion_tokens": 2, "total_tokens": 22}})})

            def _send(self, status: int, payload: dict[str, Any] | None) -> None:
                data = b"data: {not json\x00" if payload is None else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that hung up (a cancelled run) is expected, not a fault to print

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True, name="fake-openai-api").start()
        return self

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
