"""Running an installed Fine-Tune Advisor (a wheel in a fresh venv, or the PyInstaller bundle) as
a user would: from a folder that is not the source tree, with a home of its own."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from advisor import DESKTOP_ID
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


def desktop_install(kind: str, source: Path, user_home: Path) -> Path:
    """`make desktop-install FROM=kind` for a user whose home is ``user_home``: the installed program."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "XDG_DATA_HOME")}
    env.update(HOME=str(user_home), PYTHON=sys.executable)
    result = subprocess.run(["sh", str(ROOT / "scripts" / "desktop_install.sh"), kind, str(source)], env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return user_home / ".local" / "bin" / "fine-tune-advisor"


def check_menu_entry(user_home: Path, workdir: Path) -> None:
    """The menu entry runs the installed program (never the clone), with the icon and file type."""
    data = user_home / ".local" / "share"
    entry = data / "applications" / f"{DESKTOP_ID}.desktop"
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    program = Path(exec_line.removeprefix("Exec=").removesuffix(" %f").strip('"'))
    assert program.is_file() and not program.resolve().is_relative_to(ROOT)
    for size in ("scalable", "48x48", "256x256"):
        assert list((data / "icons" / "hicolor" / size / "apps").glob(f"{DESKTOP_ID}.*"))
    assert (data / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()
    assert (data / "mime" / "packages" / f"{DESKTOP_ID}.xml").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert (checked.returncode, checked.stdout + checked.stderr) == (0, "")
    version = run([str(program), "--version"], workdir, user_home / "fta")
    assert version.returncode == 0 and version.stdout.startswith(b"fine-tune-advisor ")


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
    # A json_schema expectation makes validate load jsonschema and its meta-schemas (data files).
    schema_test = ROOT / "tests" / "fixtures" / "assessments" / "good" / "prompt-lab-runs-and-graders.fta.json"
    checked = run([*app, "validate", "-"], workdir, home, stdin=schema_test.read_bytes())
    assert (checked.returncode, checked.stdout.decode().strip()) == (0, "ok"), checked.stderr.decode()
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
