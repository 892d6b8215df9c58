"""The API key is in no file the app writes, after a realistic session run end to end.

The key is a distinctive fake, set in ANTHROPIC_API_KEY and in the keyring, with the app pointed
at the local fake Messages API. Every command runs as a user's shell or CI would run it (a fresh
interpreter, FTA_HOME as the home), including the failures where a key is most likely to leak:
a refused key, an overloaded API, no network. Then every file under the home and the working
folder is searched for the key and for its distinctive tail.

The network failures themselves are each tested against the fake server in
tests/advisor/test_claude_errors.py, tests/ui/test_prompt_lab_failures.py and tests/cli/.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.claude import keystore

from advisor.core import logsetup
from tests.helpers import ROOT

RULES = {"money": "billing", "log in": "account", "crashes": "technical"}


@pytest.fixture
def key() -> str:
    # Shaped like a real key, so it also tests the log's redaction, and unique to this run.
    return f"sk-ant-api03-RELIABILITY{secrets.token_hex(16)}canary-AA"


@pytest.fixture
def session(fake_api, key, app_home, tmp_path, monkeypatch):
    fake_api.valid_key = key
    fake_api.rules = RULES
    monkeypatch.setenv("ANTHROPIC_API_KEY", key)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    return fake_api


def cli(*args: str, stdout_to: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                            env=dict(os.environ, **env), cwd=ROOT, timeout=120)
    if stdout_to is not None:
        stdout_to.write_bytes(result.stdout)
    return result


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def files_holding(roots: list[Path], needles: list[bytes]) -> list[str]:
    return [str(p) for root in roots for p in root.rglob("*")
            if p.is_file() and any(needle in p.read_bytes() for needle in needles)]


def test_a_whole_session_writes_the_key_nowhere(session, key, app_home, tmp_path, keyring_backend):
    work = tmp_path / "work"
    work.mkdir()
    triage = work / "triage.fta.json"
    shutil.copy(ROOT / "resources" / "example.fta.json", triage)
    outputs: list[subprocess.CompletedProcess] = []

    # The prompt lab from the command line: runs saved into the file, as CI would do.
    outputs.append(cli("eval", str(triage), "--save"))
    assert outputs[-1].returncode == 0, outputs[-1].stderr
    outputs.append(cli("eval", str(triage), "--save", "--repeat", "2", "--concurrency", "2",
                       "--format", "json", stdout_to=work / "eval.json"))
    assert outputs[-1].returncode == 0 and json.loads(outputs[-1].stdout)["failed"] == 0
    assert json.loads(triage.read_text(encoding="utf-8"))["prompt_lab"]["last_run"]

    # Failures, where a key would leak into a message or the log if anywhere.
    session.fail_next(401)
    outputs.append(cli("eval", str(triage), "--save"))
    assert outputs[-1].returncode == 4
    session.fail_next(529, times=100, retry_after=0)
    outputs.append(cli("eval", str(triage)))
    assert outputs[-1].returncode == 4
    session.clear_failures()
    outputs.append(cli("eval", str(triage), ANTHROPIC_BASE_URL=f"http://127.0.0.1:{closed_port()}"))
    assert outputs[-1].returncode == 4
    outputs.append(cli("eval", str(triage), ANTHROPIC_API_KEY=key[:-2] + "ZZ"))  # a wrong key
    assert outputs[-1].returncode == 4

    # Every export the command line offers.
    for args, out in ((("summary", str(triage), "--format", "markdown"), work / "summary.md"),
                      (("summary", str(triage), "--format", "json"), work / "summary.json"),
                      (("costs", str(triage), "--format", "csv"), work / "costs.csv"),
                      (("costs", str(triage), "--format", "json"), work / "costs.json"),
                      (("validate", str(triage)), work / "validate.txt")):
        outputs.append(cli(*args, stdout_to=out))
        assert outputs[-1].returncode == 0, (args, outputs[-1].stderr)
    outputs.append(cli("costs", str(triage), "--png", str(work / "costs.png")))
    assert outputs[-1].returncode == 0 and (work / "costs.png").exists()
    outputs.append(cli("summary", str(triage), "--pdf", str(work / "summary.pdf")))
    assert outputs[-1].returncode == 0 and (work / "summary.pdf").exists(), outputs[-1].stderr

    # What the window writes besides: settings, autosaves, the user's price table, the log,
    # here through the same modules with the key in the environment and in the keyring.
    from advisor.document import recovery
    from advisor.document.assessment import load_assessment, save_assessment
    from advisor.costs.pricing import load_price_table, save_user_price_table
    from advisor.core.settings import Settings

    keystore.store_key(key)
    logsetup.configure()
    assessment = load_assessment(triage)
    recovery.write_autosave(assessment)
    save_assessment(assessment, work / "copy.fta.json")
    settings = Settings()
    settings.add_recent(triage)
    settings.set("last_folder", str(work))
    save_user_price_table(load_price_table())

    written = [p for root in (app_home, work) for p in root.rglob("*") if p.is_file()]
    kinds = {p.suffix for p in written}
    assert {".json", ".log", ".md", ".csv", ".png", ".pdf"} <= kinds, kinds
    assert any("autosave" in str(p) for p in written) and any(p.name == "prices.json" for p in written)
    needles = [key.encode(), key[-20:].encode(), key[len("sk-ant-api03-"):][:24].encode()]
    assert files_holding([app_home, tmp_path], needles) == []
    for result in outputs:  # nor did any command print it
        assert not any(needle in result.stdout + result.stderr for needle in needles)
