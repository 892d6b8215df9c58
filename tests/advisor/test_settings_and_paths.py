"""Settings and folders: declared once, stored under the overridable home, robust to damage."""
from __future__ import annotations

from advisor.core import paths
from advisor.core.settings import SETTINGS, Settings


def test_every_folder_lives_under_the_test_home(app_home):
    for folder in (paths.config_dir(), paths.state_dir(), paths.log_dir(), paths.cache_dir(), paths.autosave_dir()):
        assert folder.is_dir() and app_home in folder.parents


def test_settings_have_declared_defaults_and_persist():
    settings = Settings()
    assert {spec.key: settings.get(spec.key) for spec in SETTINGS}["autosave_seconds"] == 30
    settings.set("last_screen", "costs")
    assert Settings().get("last_screen") == "costs"


def test_recent_files_are_newest_first_without_duplicates_and_bounded(tmp_path):
    settings = Settings()
    settings.set("recent_limit", 3)
    for name in ("a", "b", "c", "a", "d"):
        settings.add_recent(tmp_path / f"{name}.fta.json")
    assert [p.rsplit("/", 1)[1] for p in settings.get("recent_files")] == ["d.fta.json", "a.fta.json", "c.fta.json"]


def test_a_damaged_settings_file_is_set_aside_not_fatal():
    target = paths.config_dir() / "settings.json"
    target.write_text("{not json")
    settings = Settings()
    assert settings.get("recent_files") == []
    assert (paths.config_dir() / "settings.json.damaged").exists()


def test_a_wrongly_typed_setting_falls_back_to_its_default():
    (paths.config_dir() / "settings.json").write_text('{"autosave_seconds": "soon"}')
    assert Settings().get("autosave_seconds") == 30
