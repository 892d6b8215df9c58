"""Every folder the app writes to, in one place.

platformdirs picks the platform's conventional folders (on Linux, the same XDG rule without
importing it). Tests (and portable installs) set
``FTA_HOME`` to put everything below one folder instead, so nothing touches the user's real
settings.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from advisor import APP_ID

HOME_OVERRIDE_ENV = "FTA_HOME"
# The source tree keeps its data in resources/ at the top; an install ships the same files as the
# package ``advisor._resources`` (pyproject.toml maps the folder onto it), so nothing named
# ``resources`` lands at the top of site-packages.
RESOURCES_PACKAGE = "advisor._resources"


def _override() -> Path | None:
    value = os.environ.get(HOME_OVERRIDE_ENV)
    return Path(value) if value else None


def _dir(kind: str) -> Path:
    override = _override()
    if override is not None:
        path = override / kind
    elif sys.platform.startswith("linux"):
        path = _xdg_dir(kind)
    else:
        import platformdirs  # only where the platform's rules are more than the XDG ones

        finder = {
            "config": platformdirs.user_config_path,
            "state": platformdirs.user_state_path,
            "log": platformdirs.user_log_path,
            "cache": platformdirs.user_cache_path,
        }[kind]
        path = finder(APP_ID, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


# The XDG Base Directory variables and their defaults below the home folder, for each kind.
_XDG = {"config": ("XDG_CONFIG_HOME", ".config"), "state": ("XDG_STATE_HOME", ".local/state"),
        "cache": ("XDG_CACHE_HOME", ".cache")}


def _xdg_dir(kind: str) -> Path:
    """The folder platformdirs gives on Linux (tests/advisor/test_paths.py checks they agree).

    Importing platformdirs (which loads tempfile, shutil and random) cost every command 7 ms,
    a tenth of ``summary``'s start-up; on Linux its answer is this rule of the XDG spec: the
    variable when it holds an absolute path, else the default below the home folder.
    """
    if kind == "log":
        return _xdg_dir("state") / "log"
    variable, default = _XDG[kind]
    base = os.environ.get(variable, "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), default)
    return Path(base) / APP_ID


def config_dir() -> Path:
    """Settings and the user's own price table."""
    return _dir("config")


def state_dir() -> Path:
    """Recent files, autosaves and other things the app remembers between runs."""
    return _dir("state")


def log_dir() -> Path:
    return _dir("log")


def cache_dir() -> Path:
    return _dir("cache")


def autosave_dir() -> Path:
    path = state_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return log_dir() / f"{APP_ID}.log"


def resources_dir() -> Path:
    """The folder of shipped data, found through the installed package (wheel, pipx, bundle or an
    editable install alike). Only a checkout whose install predates the mapping reads resources/."""
    global _resources_dir
    if _resources_dir is None:
        import importlib

        # The package's own folder, as importlib.resources.files() would give for a package
        # installed as plain files; files() itself costs ~7 ms of imports on every command start.
        try:
            package = importlib.import_module(RESOURCES_PACKAGE)
            _resources_dir = Path(next(iter(package.__path__)))
        except ModuleNotFoundError:
            _resources_dir = Path(__file__).resolve().parents[2] / "resources"
    return _resources_dir


_resources_dir: Path | None = None


def resource(name: str) -> Path:
    """A file shipped in ``resources/`` (installed as ``advisor/_resources/``)."""
    return resources_dir() / name
