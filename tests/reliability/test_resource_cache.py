"""The parsed-TOML cache behind the fast start-up: used when it matches, never trusted otherwise."""
from __future__ import annotations

import json
import tomllib

import pytest

from advisor.core import paths
from advisor.core.resource_cache import shipped_toml
from advisor.decision.questions import load_question_bank
from advisor.decision.rules import load_rules


@pytest.mark.parametrize("name", ["questions.toml", "rules.toml"])
def test_the_cache_gives_exactly_what_the_toml_holds(name):
    expected = tomllib.loads(paths.resource(name).read_text(encoding="utf-8"))
    assert shipped_toml(name) == expected  # parsed, and cached
    assert (paths.cache_dir() / f"{name}.json").exists()
    assert shipped_toml(name) == expected  # read back from the cache


def test_a_stale_or_damaged_cache_is_parsed_again(app_home):
    expected = tomllib.loads(paths.resource("rules.toml").read_text(encoding="utf-8"))
    cache = paths.cache_dir() / "rules.toml.json"
    shipped_toml("rules.toml")
    entry = json.loads(cache.read_text(encoding="utf-8"))
    for damaged in (dict(entry, crc32=entry["crc32"] ^ 1, data={"rules": []}),  # another file's
                    dict(entry, size=entry["size"] + 1, data={}), "not an entry", [1, 2]):
        cache.write_text(json.dumps(damaged), encoding="utf-8")
        assert shipped_toml("rules.toml") == expected
    cache.write_bytes(b"\x00\xff{half")
    assert shipped_toml("rules.toml") == expected


def test_no_cache_folder_still_works(app_home, monkeypatch):
    def refused() -> None:
        raise PermissionError("read-only home")

    monkeypatch.setattr(paths, "cache_dir", refused)
    assert load_question_bank().get("ml_team") is not None
    assert load_rules().rules
