"""The app's settings, declared once with type, default and help, stored as JSON.

Screens read and write settings through :class:`Settings`; the file lives in the config folder
and is written atomically. A damaged settings file is set aside, never a reason not to start.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, NamedTuple

from advisor.core import paths
log = logging.getLogger(__name__)


class SettingSpec(NamedTuple):
    key: str
    type: type
    default: Any
    help: str


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("recent_files", list, [], "Assessment files opened lately, newest first."),
    SettingSpec("recent_limit", int, 10, "How many recent files File → Open Recent lists."),
    SettingSpec("autosave_seconds", int, 30, "Seconds between autosaves of unsaved changes."),
    SettingSpec("window_geometry", str, "", "The main window's size and position (Qt's encoding)."),
    SettingSpec("last_screen", str, "", "The screen shown when the app last closed."),
    SettingSpec("last_folder", str, "", "The folder last used in an Open or Save dialog."),
    SettingSpec("costs_split", dict, {}, "Where the Costs screen's divider between the inputs and "
                "the charts was left, per arrangement (wide, side, stacked): two sizes in pixels."),
    SettingSpec("labelling", dict, {}, "Per assessment file: the inputs and output the labelling "
                "dialog used last, so reopening it carries on the same training set."),
    SettingSpec("also_on", dict, {}, "Per assessment file: the models the lab's Tests tab also runs "
                "on (the file format has no field for them)."),
    SettingSpec("own_model", dict, {}, "Per assessment file: your own model as set up in the lab "
                "(name, URL, model, price; never its key), until a run keeps it in the file."),
)
SPECS = {spec.key: spec for spec in SETTINGS}


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            log.warning("settings file %s is damaged; starting from defaults", self.path)
            try:
                self.path.replace(self.path.with_name(self.path.name + ".damaged"))
            except OSError:
                pass
            return
        if isinstance(data, dict):
            self._values = {k: v for k, v in data.items() if k in SPECS and isinstance(v, SPECS[k].type)}

    def get(self, key: str) -> Any:
        spec = SPECS[key]
        value = self._values.get(key, spec.default)
        if isinstance(value, (list, dict)):
            return type(value)(value)  # a copy: the caller's edits go through set()
        return value

    def set(self, key: str, value: Any) -> None:
        self.update({key: value})

    def update(self, values: dict[str, Any]) -> None:
        """Set several settings with one write of the file (each write is an fsync)."""
        for key, value in values.items():
            spec = SPECS[key]
            if not isinstance(value, spec.type):
                raise TypeError(f"setting {key} must be {spec.type.__name__}")
        self._values.update(values)
        self.save()

    def save(self) -> None:
        try:
            from advisor.core.atomic import atomic_write_text

            atomic_write_text(self.path, json.dumps(self._values, indent=2, sort_keys=True) + "\n")
        except OSError:
            log.warning("could not save settings to %s", self.path, exc_info=True)

    # Recent files: a small list kept newest first, without duplicates.
    def add_recent(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        recent = [p for p in self.get("recent_files") if p != entry]
        self.set("recent_files", [entry] + recent[: self.get("recent_limit") - 1])

    def remove_recent(self, path: Path | str) -> None:
        entry = str(Path(path).resolve())
        self.set("recent_files", [p for p in self.get("recent_files") if p != entry])
