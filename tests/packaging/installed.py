"""Running an installed Fine-Tune Advisor (a wheel in a fresh venv, or the PyInstaller bundle) as
a user would: from a folder that is not the source tree, with a home of its own."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from tests.helpers import ROOT

EXAMPLE = ROOT / "resources" / "example.fta.json"


def clean_copy(dest: Path) -> Path:
    """The project as a fresh clone has it: tracked (and new, not ignored) files only, no build/."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


def quietly(command: list[str], timeout: float = 900) -> None:
    """Run a build or install step; its output shows only when it fails."""
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"


def user_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(FTA_HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def run(command: list[str], workdir: Path, home: Path, stdin: bytes | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=workdir, env=user_env(home), input=stdin, capture_output=True,
                          timeout=timeout)


def check_commands(app: list[str], workdir: Path, home: Path) -> None:
    """summary FILE, costs FILE and validate - (the file on stdin) work and say what a user expects."""
    example = Path(shutil.copy(EXAMPLE, workdir / "Triage.fta.json"))
    summary = run([*app, "summary", str(example), "--format", "json"], workdir, home)
    assert summary.returncode == 0, summary.stderr.decode()
    assert json.loads(summary.stdout)["verdict"] in ("prompt_engineering", "rag", "fine_tune", "self_host", "distill")
    text = run([*app, "summary", str(example)], workdir, home)
    assert text.returncode == 0 and b"Support" in text.stdout, text.stderr.decode()
    costs = run([*app, "costs", str(example), "--format", "json"], workdir, home)
    assert costs.returncode == 0, costs.stderr.decode()
    assert json.loads(costs.stdout)["api"]["total"] > 0
    valid = run([*app, "validate", "-"], workdir, home, stdin=EXAMPLE.read_bytes())
    assert (valid.returncode, valid.stdout.decode().strip()) == (0, "ok"), valid.stderr.decode()
    broken = run([*app, "validate", "-"], workdir, home, stdin=b'{"format": "fine-tune-advisor/assessment"')
    assert broken.returncode == 3 and b"Traceback" not in broken.stderr
    version = run([*app, "--version"], workdir, home)
    assert version.returncode == 0 and b"fine-tune-advisor" in version.stdout


def check_window_opens_the_example(app: list[str], workdir: Path, home: Path, wait: float = 90) -> None:
    """The window starts (offscreen), opens the example and stays up until it is closed."""
    example = Path(shutil.copy(EXAMPLE, workdir / "Example.fta.json"))
    settings = home / "config" / "settings.json"
    log = home / "log" / "fine-tune-advisor.log"
    process = subprocess.Popen([*app, str(example)], cwd=workdir, env=user_env(home),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + wait
        opened = False
        while time.monotonic() < deadline and process.poll() is None and not opened:
            time.sleep(0.5)
            opened = (log.exists() and "window shown" in log.read_text(errors="replace")
                      and settings.exists() and str(example.resolve()) in json.loads(settings.read_text())["recent_files"])
        assert process.poll() is None, process.communicate()[1].decode()[-2000:]
        assert opened, "the window did not open the example in time"
        assert "Traceback" not in log.read_text(errors="replace")
    finally:
        process.terminate()
        process.communicate(timeout=30)
