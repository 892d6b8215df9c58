"""The team's own model as a target of the lab's runs: any OpenAI-compatible chat endpoint.

vLLM, Ollama, llama.cpp's server, TGI and LM Studio all serve ``POST {base_url}/chat/completions``
(contract section 8, "Other targets"). The request is the lab's own (system, examples, the test's
user turn) turned into chat messages; the reply's text is graded like Claude's. The client is
httpx2, already the app's HTTP library through the anthropic SDK: a plain JSON POST needs no
other SDK. A target's key lives in the system keyring (user ``target:NAME``), never in the file,
and never travels over plain http to another computer.
"""
from __future__ import annotations

import json
import re
import sys
import time
from typing import Any, Callable, NamedTuple
from urllib.parse import urlsplit

from advisor.claude.client import ClaudeProblem, Reply, Usage
from advisor.claude.netguard import is_loopback, scrub

KIND = "openai_compatible"
TIMEOUT_S = 120.0
MAX_REPLY_BYTES = 4 * 1024 * 1024
PRICE_KEYS = ("in_per_mtok", "out_per_mtok", "gpu_hourly_usd", "tokens_per_second")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class Target(NamedTuple):
    name: str
    base_url: str
    model: str
    price: dict[str, float]  # {in_per_mtok, out_per_mtok} or {gpu_hourly_usd, tokens_per_second}

    def record(self) -> dict[str, Any]:
        """What a run keeps of its target (contract section 8); never a key."""
        return {"kind": KIND, "name": self.name, "base_url": self.base_url, "model": self.model,
                "price": dict(self.price)}

    def label(self) -> str:
        return f"{self.name} ({self.model})"


def valid_name(name: str) -> bool:
    """A target's name: it names its run and its keyring entry (target:NAME)."""
    return bool(_NAME.match(name))


def parse(spec: str, model: str, price: dict[str, float] | None = None) -> Target:
    """``NAME=URL`` and the model id it serves; ValueError with what to write instead."""
    name, sep, url = spec.partition("=")
    if not sep or not _NAME.match(name.strip()):
        raise ValueError(f"--target {spec!r}: write NAME=URL, such as mine=http://127.0.0.1:8000/v1 "
                         "(NAME: letters, digits, - _ .)")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        from advisor.core.i18n import translate  # the window shows what follows "--target NAME: "

        raise ValueError(translate("targets", "--target {0}: {1} is not a web address; give "
                                   "http(s)://HOST[:PORT]/v1").format(repr(spec), repr(url)))
    if parts.username is not None or parts.password is not None:  # the address is saved in the file
        from advisor.core.i18n import translate

        raise ValueError(translate("targets", "--target {0}: the address holds a user name or password; give it "
                                   "without them and keep the key in the keyring (user target:NAME)")
                         .format(name.strip()))
    if not model.strip():
        raise ValueError(f"--target {name}: give the model it serves with --target-model ID")
    return Target(name.strip(), url.strip().rstrip("/"), model.strip(), dict(price or {}))


def per_million(price: dict[str, float]) -> tuple[float, float]:
    """USD per million input and output tokens: given, or from GPU-hours and throughput."""
    if "gpu_hourly_usd" in price and price.get("tokens_per_second"):
        per_token = float(price["gpu_hourly_usd"]) / (float(price["tokens_per_second"]) * 3600)
        return per_token * 1e6, per_token * 1e6
    return float(price.get("in_per_mtok", 0.0)), float(price.get("out_per_mtok", 0.0))


def key_for(name: str) -> str | None:
    """The target's key from the system keyring (service fine-tune-advisor, user target:NAME)."""
    from advisor.claude import keystore

    return keystore.read_secret(f"target:{name}")  # no store, a locked one: used without a key


def check_transport(target: Target, key: str | None, warn: Callable[[str], None]) -> None:
    """A key never goes over plain http to another computer; without a key, plain http is allowed."""
    from advisor.core.i18n import translate  # the window's language; the command line's English

    parts = urlsplit(target.base_url)
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        if key:
            raise ClaudeProblem(translate("targets", "target {0}: {1} is plain http to {2}, which would send its "
                                          "key unencrypted. Use https://, or remove the key.").format(
                target.name, target.base_url, parts.hostname), "insecure")
        warn(translate("targets", "target {0}: {1} is plain http; the tests and replies travel unencrypted.")
             .format(target.name, target.base_url))


def chat_body(request: dict[str, Any], model: str) -> dict[str, Any]:
    """The lab's Messages request as an OpenAI chat-completions body."""
    system = request.get("system")
    if isinstance(system, list):
        system = "\n\n".join(str(block.get("text", "")) for block in system if isinstance(block, dict))
    messages = [{"role": "system", "content": str(system)}] if system else []
    messages += [{"role": m["role"], "content": m["content"] if isinstance(m["content"], str)
                  else "".join(str(b.get("text", "")) for b in m["content"] if isinstance(b, dict))}
                 for m in request["messages"]]
    return {"model": model, "messages": messages, "max_tokens": int(request.get("max_tokens") or 1024)}


def sender(target: Target, key: str | None, claude_send: Callable[[dict[str, Any]], Reply]) -> Callable[[dict[str, Any]], Reply]:
    """Send the target's requests to it, and any other (an llm_rubric grader's) to Claude."""
    import httpx2

    client = httpx2.Client(timeout=httpx2.Timeout(TIMEOUT_S, connect=10.0), follow_redirects=False)
    headers = {"content-type": "application/json", **({"authorization": f"Bearer {key}"} if key else {})}

    def send(request: dict[str, Any]) -> Reply:
        if request.get("model") != target.model:
            return claude_send(request)
        started = time.monotonic()
        try:
            response = client.post(f"{target.base_url}/chat/completions", headers=headers,
                                   content=json.dumps(chat_body(request, target.model)))
        except httpx2.TimeoutException:
            raise ClaudeProblem(f"target {target.name} did not answer within {TIMEOUT_S:.0f} s", "timeout") from None
        except httpx2.HTTPError as error:
            raise ClaudeProblem(f"target {target.name} at {target.base_url} cannot be reached "
                                f"({type(error).__name__}); is the server running?", "no_network") from None
        return _reply(target, response, key, (time.monotonic() - started) * 1000)

    send.client = client  # type: ignore[attr-defined]  # closed by the caller when the run is over
    return send


def _reply(target: Target, response: Any, key: str | None, latency_ms: float) -> Reply:
    status = response.status_code
    if status in (401, 403):
        raise ClaudeProblem(f"target {target.name} refused the request ({status}): check its key "
                            f"(keyring user target:{target.name})", "key_refused", status=status)
    if status == 404:
        raise ClaudeProblem(f"target {target.name}: {target.base_url}/chat/completions or the model "
                            f"{target.model!r} was not found (404)", "unknown_model", status=status)
    if status == 429:  # retried like Claude's rate limits (advisor.lab.target_run)
        raise ClaudeProblem(f"target {target.name} is busy (429 too many requests)", "rate_limited",
                            status=status, retry_after=_retry_after(response))
    if status >= 400:
        raise ClaudeProblem(f"target {target.name} answered {status}", "server_error" if status >= 500
                            else "bad_request", status=status)
    if len(response.content) > MAX_REPLY_BYTES:
        raise ClaudeProblem(f"target {target.name} sent a reply over {MAX_REPLY_BYTES // 2**20} MB", "api_error")
    try:
        data = json.loads(response.content)
        choice = data["choices"][0]
        text = choice["message"]["content"] or ""
        usage = data.get("usage")
        tokens = Usage(int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)) \
            if isinstance(usage, dict) else None
    except (ValueError, KeyError, IndexError, TypeError, RecursionError, AttributeError):
        raise ClaudeProblem(f"target {target.name} did not answer as an OpenAI-compatible server does "
                            "(no choices[0].message.content)", "api_error") from None
    if tokens is None and target.price:  # a priced run counts tokens: an unknown count is no cost at all
        raise ClaudeProblem(f"target {target.name} sent no token usage, so this test's cost cannot be "
                            "counted; turn on usage in the server's replies", "no_usage")
    tokens = tokens or Usage(0, 0)
    return Reply(text=scrub(str(text), key), model=target.model, stop_reason=choice.get("finish_reason"),
                 usage=tokens, latency_ms=latency_ms)


def _retry_after(response: Any) -> float | None:
    try:
        return max(0.0, float(response.headers.get("retry-after", "")))
    except ValueError:
        return None


def from_record(record: Any) -> Target | None:
    """The target a saved run names (contract section 8), or None when it is not one."""
    if not isinstance(record, dict) or record.get("kind") != KIND:
        return None
    name, url, model = record.get("name"), record.get("base_url"), record.get("model")
    price = record.get("price") if isinstance(record.get("price"), dict) else {}
    if not all(isinstance(v, str) and v for v in (name, url, model)):
        return None
    clean = {k: float(v) for k, v in price.items() if k in PRICE_KEYS and isinstance(v, (int, float))
             and not isinstance(v, bool) and 0 <= v <= 10_000_000}  # a hand-edited price is never negative
    try:
        return parse(f"{name}={url}", model, clean)
    except ValueError:
        return None


def warn_on_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)
