"""Every way the Claude API fails, through the real SDK against the fake server, as a plain message."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading

import pytest

from advisor.claude import client as claude
from advisor.claude.client import ClaudeProblem
from advisor.core.errors import ApiProblem

REQUEST = {"model": "claude-haiku-4-5", "max_tokens": 64,
           "messages": [{"role": "user", "content": "one two three four five six"}]}


@pytest.fixture
def client(fake_api):
    sdk = claude.make_client(fake_api.valid_key, base_url=fake_api.base_url)
    yield sdk
    sdk.close()


def _problem(call) -> ClaudeProblem:
    with pytest.raises(ClaudeProblem) as caught:
        call()
    problem = caught.value
    assert isinstance(problem, ApiProblem) and problem.exit_code == 4
    return problem


def _stream(client, **options) -> claude.Reply:
    return claude.stream_to(REQUEST, lambda text: None, client=client, **options)


def test_importing_the_boundary_does_not_import_the_sdk():
    code = "import sys, advisor.claude.client, advisor.lab.eval_runner, advisor.lab.prompts, advisor.claude.keystore; " \
           "print('anthropic' in sys.modules, 'keyring' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_a_reply_streams_in_batches_with_usage_latency_and_first_token(client):
    batches: list[str] = []
    reply = claude.stream_to(REQUEST, batches.append, client=client)
    assert "".join(batches) == reply.text == "Echo: one two three four five six"
    assert reply.complete and not reply.cancelled and reply.problem is None
    assert reply.stop_reason == "end_turn"
    assert reply.usage.output_tokens == 7 and reply.usage.input_tokens > 0
    assert reply.first_token_ms is not None and reply.latency_ms >= reply.first_token_ms


def test_send_returns_text_and_usage(client):
    reply = claude.send_message(REQUEST, client=client)
    assert reply.text == "Echo: one two three four five six"
    assert reply.usage.output_tokens == 7


def test_no_key_says_where_to_put_one():
    problem = _problem(lambda: claude.make_client())
    assert problem.kind == "no_key"
    assert "ANTHROPIC_API_KEY" in str(problem) and "Settings" in str(problem)


def test_base_url_and_key_come_from_the_environment(api_env):
    reply = claude.send_message(REQUEST)
    assert reply.text.startswith("Echo:")
    assert len(api_env.message_requests()) == 1


@pytest.mark.parametrize("status, kind, words", [
    (401, "key_refused", "refused"),
    (403, "forbidden", "forbidden"),
    (404, "unknown_model", "pick another model"),
])
@pytest.mark.parametrize("streaming", [False, True])
def test_refusals_name_the_cause_and_are_not_retried(fake_api, client, status, kind, words, streaming):
    fake_api.fail_next(status, times=5)
    call = (lambda: _stream(client)) if streaming else (lambda: claude.send_message(REQUEST, client=client))
    problem = _problem(call)
    assert problem.kind == kind and problem.status == status
    assert words in str(problem)
    assert fake_api.valid_key not in str(problem)
    assert len(fake_api.message_requests()) == 1


def test_unknown_model_names_the_model(fake_api, client):
    problem = _problem(lambda: claude.send_message({**REQUEST, "model": "claude-imaginary"}, client=client))
    assert "claude-imaginary" in str(problem) and "pick another model" in str(problem)


def test_rate_limit_is_retried_honouring_retry_after(fake_api, client):
    fake_api.fail_next(429, retry_after=0.05)
    waits: list[float] = []
    reply = claude.send_message(REQUEST, client=client, on_retry=lambda p, wait: waits.append(wait))
    assert reply.text.startswith("Echo:")
    assert waits == [0.05]
    assert len(fake_api.message_requests()) == 2


def test_rate_limit_retries_are_bounded(fake_api, client):
    fake_api.fail_next(429, times=10, retry_after=0)
    problem = _problem(lambda: claude.send_message(REQUEST, client=client, max_retries=2))
    assert problem.kind == "rate_limited" and "429" in str(problem)
    assert len(fake_api.message_requests()) == 3


def test_a_long_retry_after_is_reported_not_waited_out(fake_api, client):
    fake_api.fail_next(429, retry_after=3600)
    problem = _problem(lambda: claude.send_message(REQUEST, client=client))
    assert problem.retry_after == 3600 and "3600 s" in str(problem)
    assert len(fake_api.message_requests()) == 1


def test_overloaded_is_told_apart_from_rate_limited(fake_api, client):
    fake_api.fail_next(529, times=3, retry_after=0)
    overloaded = _problem(lambda: claude.send_message(REQUEST, client=client))
    fake_api.fail_next(429, times=3, retry_after=0)
    limited = _problem(lambda: claude.send_message(REQUEST, client=client))
    assert overloaded.kind == "overloaded" and "overloaded" in str(overloaded)
    assert limited.kind == "rate_limited"
    assert str(overloaded) != str(limited)


def test_server_error_after_retries(fake_api, client):
    fake_api.fail_next(500, times=3, retry_after=0)
    problem = _problem(lambda: _stream(client))
    assert problem.kind == "server_error" and "server error" in str(problem)


def test_a_passing_retry_recovers_a_stream(fake_api, client):
    fake_api.fail_next(529, retry_after=0)
    assert _stream(client).complete


def test_no_network():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sdk = claude.make_client("sk-ant-fake-offline-key-1234", base_url=f"http://127.0.0.1:{port}")
    problem = _problem(lambda: claude.send_message(REQUEST, client=sdk, max_retries=0))
    assert problem.kind == "no_network" and "network" in str(problem)


def test_timeout(fake_api):
    fake_api.fail_next("slow", seconds=5)
    sdk = claude.make_client(fake_api.valid_key, base_url=fake_api.base_url, timeout=0.3)
    problem = _problem(lambda: claude.send_message(REQUEST, client=sdk))
    assert problem.kind == "timeout" and "0.3 s" in str(problem)
    assert len(fake_api.message_requests()) == 1  # a timeout is not silently retried


def test_a_stream_cut_mid_way_keeps_the_partial_reply(fake_api, client):
    fake_api.fail_next("cut", after_deltas=3)
    batches: list[str] = []
    reply = claude.stream_to(REQUEST, batches.append, client=client)
    assert reply.text == "Echo: one two " == "".join(batches)
    assert not reply.complete and not reply.cancelled
    assert reply.problem.kind == "stream_cut" and "incomplete" in str(reply.problem)


def test_an_error_event_mid_stream_keeps_the_partial_reply(fake_api, client):
    fake_api.fail_next("stream_error", after_deltas=2)
    reply = _stream(client)
    assert reply.text == "Echo: one "
    assert not reply.complete and reply.problem.kind == "overloaded"


def test_a_cut_plain_reply_is_a_lost_connection(fake_api, client):
    fake_api.fail_next("cut")
    problem = _problem(lambda: claude.send_message(REQUEST, client=client, max_retries=0))
    assert problem.kind == "connection_lost"


def test_cancel_stops_a_stream_and_keeps_what_arrived(fake_api, client):
    fake_api.stream_tokens, fake_api.token_delay = 2000, 0.002
    cancel = threading.Event()
    seen: list[str] = []

    def on_text(text: str) -> None:
        seen.append(text)
        cancel.set()

    reply = claude.stream_to({**REQUEST, "max_tokens": 4000}, on_text, client=client, cancel=cancel)
    assert reply.cancelled and not reply.complete and reply.problem is None
    assert reply.text.startswith("t0 ") and len(reply.text.split()) < 2000


def test_cancel_while_the_api_is_silent(fake_api, client):
    fake_api.fail_next("slow", seconds=30)
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    reply = _stream(client, cancel=cancel)
    assert reply.cancelled and reply.text == ""


def test_count_tokens_list_models_and_test_key(fake_api, client):
    assert claude.count_tokens({**REQUEST, "system": "Be brief."}, client=client) > 0
    models = claude.list_models(client=client)
    assert "claude-haiku-4-5" in [m.id for m in models]
    assert [m.id for m in models if m.retired] == ["claude-3-5-sonnet-20241022",
                                                    "claude-3-5-haiku-20241022"]


def test_test_key_accepts_a_good_key_and_refuses_a_bad_one(fake_api, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    assert claude.test_key(fake_api.valid_key)
    bad = "sk-ant-fake-definitely-wrong-9876"
    problem = _problem(lambda: claude.test_key(bad))
    assert problem.kind == "key_refused"
    assert bad not in str(problem) and "9876" not in str(problem)
    assert fake_api.requests[-1].path == "/v1/models"


def test_a_bad_request_message_never_echoes_the_key(fake_api, client):
    problem = _problem(lambda: claude.send_message({**REQUEST, "max_tokens": "many"}, client=client))
    assert problem.kind == "bad_request"
    assert fake_api.valid_key not in str(problem)


def _not_claude_handler(content_type: str, body: bytes):
    """Answers everything 200 with ``body``, as a captive portal or a wrong base URL does."""
    from http.server import BaseHTTPRequestHandler

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def _reply(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(200)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _reply

    return Handler


@pytest.fixture(params=[("text/html", b"<html><body>Sign in to the Wi-Fi</body></html>"),
                        ("application/json", b"<html>not json</html>")], ids=["html", "bad-json"])
def not_claude_url(request):
    from http.server import ThreadingHTTPServer

    server = ThreadingHTTPServer(("127.0.0.1", 0), _not_claude_handler(*request.param))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.parametrize("call", ["send", "stream", "count_tokens", "list_models"])
def test_a_server_that_is_not_the_claude_api_says_so(not_claude_url, call):
    sdk = claude.make_client("sk-ant-fake-not-used-here", base_url=not_claude_url)
    calls = {"send": lambda: claude.send_message(REQUEST, client=sdk),
             "stream": lambda: _stream(sdk),
             "count_tokens": lambda: claude.count_tokens(REQUEST, client=sdk),
             "list_models": lambda: claude.list_models(client=sdk)}
    try:
        problem = _problem(calls[call])
    finally:
        sdk.close()
    port = not_claude_url.rsplit(":", 1)[1]
    assert problem.kind == "api_error"
    assert str(problem) == (f"The server at 127.0.0.1:{port} did not reply like the Claude API; "
                            "check ANTHROPIC_BASE_URL.")


def test_eval_against_a_server_that_is_not_the_claude_api_exits_4(not_claude_url, tmp_path):
    from tests.helpers import run_cli, write_assessment

    path = write_assessment(tmp_path / "lab.fta.json", prompt_lab={
        "model": "claude-haiku-4-5", "tests": [{"name": "a", "vars": {"input": "hi"},
                                                "expect": [{"type": "contains", "value": "x"}]}]})
    result = run_cli("eval", str(path), env={"ANTHROPIC_BASE_URL": not_claude_url,
                                             "ANTHROPIC_API_KEY": "sk-ant-fake-not-used-here"})
    assert result.returncode == 4, result.stderr
    assert "did not reply like the Claude API; check ANTHROPIC_BASE_URL." in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 2


def test_loading_the_sdk_leaves_the_garbage_collector_on():
    """The SDK is imported with collection paused (full collections over its objects stalled the
    window); collection must be back on afterwards, and the module usable."""
    import gc

    from advisor.claude import client as claude
    sdk = claude.load_sdk()
    assert gc.isenabled() and sdk is claude.load_sdk() and hasattr(sdk, "Anthropic")
