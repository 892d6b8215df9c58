"""On Linux the app finds its folders by the XDG rule itself instead of importing platformdirs
(7 ms of every command's start-up, issue 21): the folders must be the ones platformdirs gives."""
from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from advisor import APP_ID
from advisor.core import paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")

KINDS = {"config": platformdirs.user_config_path, "state": platformdirs.user_state_path,
         "log": platformdirs.user_log_path, "cache": platformdirs.user_cache_path}
XDG_VARIABLES = ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


@pytest.fixture
def user_session(monkeypatch, tmp_path):
    """A user's session: no FTA_HOME, a home of its own, no XDG variables unless a test sets them."""
    monkeypatch.delenv(paths.HOME_OVERRIDE_ENV, raising=False)
    for variable in XDG_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_folder_is_the_one_platformdirs_gives(user_session, kind):
    expected = KINDS[kind](APP_ID, appauthor=False)
    assert getattr(paths, f"{kind}_dir")() == expected
    assert expected.is_dir() and Path(user_session / "home") in expected.parents


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_folder_follows_the_xdg_variables_as_platformdirs_does(user_session, monkeypatch, kind):
    for variable in XDG_VARIABLES:
        monkeypatch.setenv(variable, str(user_session / variable.lower()))
    expected = KINDS[kind](APP_ID, appauthor=False)
    assert getattr(paths, f"{kind}_dir")() == expected
    assert str(expected).startswith(str(user_session / "xdg_"))


def test_a_relative_xdg_variable_is_ignored_as_the_spec_says(user_session, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    assert paths.config_dir() == user_session / "home" / ".config" / APP_ID
