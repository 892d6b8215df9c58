"""Issue 28 #1: a reply that echoes the API key never carries it into a run, a file or the screen,
on every path that keeps or shows a reply: direct, streamed (a key split across two pieces
included), batch, the thinking shown beside it, and a results export."""
from __future__ import annotations

import json

from hypothesis import given, strategies as st

from advisor.claude import client as claude

from advisor.claude import netguard
from advisor.cli import main as cli
from advisor.lab import test_sets
from tests.helpers import write_assessment

REMOVED = netguard.KEY_PLACEHOLDER
REQUEST = {"model": "claude-haiku-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": "hi"}]}


def lab_file(tmp_path):
    return write_assessment(tmp_path / "lab.fta.json", title="Key", prompt_lab={
        "model": "claude-haiku-4-5", "max_tokens": 64, "template": "{{ticket}}",
        "tests": [{"name": "refund", "vars": {"ticket": "money"},
                   "expect": [{"type": "icontains", "value": "billing"}]}]})


def files_holding(roots, secret: str) -> list[str]:
    return [str(p) for root in roots for p in root.rglob("*")
            if p.is_file() and secret.encode() in p.read_bytes()]


def test_a_batch_run_saved_and_printed_never_holds_the_key(fake_api, tmp_path, app_home, capsys, monkeypatch):
    key = fake_api.valid_key
    fake_api.reply = lambda body: f"billing; by the way your key is {key}"
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", key)
    monkeypatch.setenv("FTA_BATCH_POLL_SECONDS", "0.05")
    path = lab_file(tmp_path)
    code = cli.main(["eval", str(path), "--batch", "--save", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert key not in out + err
    assert json.loads(out)["cases"][0]["output"] == f"billing; by the way your key is {REMOVED}"
    assert files_holding([tmp_path, app_home], key) == []
    saved = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]
    assert REMOVED in saved["last_run"]["cases"][0]["output"]
    # The history's export (CSV and JSONL) is made from those records: no key there either.
    runs = saved["runs"]
    assert key not in test_sets.results_to_csv(runs) + test_sets.results_to_jsonl(runs)


def test_the_thinking_beside_a_direct_reply_never_holds_the_key(fake_api):
    fake_api.thinking = f"The user pasted {fake_api.valid_key} earlier."
    client = claude.make_client(fake_api.valid_key, base_url=fake_api.base_url)
    try:
        reply = claude.send_message(REQUEST, client=client)
        streamed = claude.stream_to(REQUEST, lambda text: None, client=client)
    finally:
        client.close()
    assert reply.thinking == streamed.thinking == f"The user pasted {REMOVED} earlier."


def test_a_key_split_across_two_streamed_pieces_is_never_shown(fake_api):
    key = fake_api.valid_key
    pieces = ["Your key is ", key[:10], key[10:], " - keep it safe."]
    fake_api._reply_tokens = lambda body: pieces  # each piece its own delta, a pause between
    fake_api.token_delay = 0.3
    shown: list[str] = []
    client = claude.make_client(key, base_url=fake_api.base_url)
    try:
        reply = claude.stream_to(REQUEST, shown.append, client=client)
    finally:
        client.close()
    assert len(shown) > 1  # it did arrive in pieces
    assert "".join(shown) == reply.text == f"Your key is {REMOVED} - keep it safe."


KEY = "sk-ant-api03-SECRETsecret0123"


@given(st.lists(st.sampled_from(["a", "sk-", "sk-ant", KEY[:12], KEY[12:], KEY, " ", "x\n"]), max_size=12),
       st.data())
def test_the_stream_scrubber_shows_what_a_whole_scrub_shows(words, data):
    text = "".join(words)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
    scrubber = netguard.StreamScrubber(KEY)
    shown = "".join(scrubber.feed(piece) for piece in pieces) + scrubber.flush()
    assert shown == netguard.scrub(text, KEY)
    assert KEY not in shown
