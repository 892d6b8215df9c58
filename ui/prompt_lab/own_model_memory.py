"""The lab's own-model set-up, remembered per assessment file until a run keeps it in the file.

The file keeps a target only on the runs that used it (CONTRACT section 8), so a model set up
and not yet run would be gone when the file is opened again. Its record (name, URL, model id,
price; never a key, which lives in the keyring under ``target:NAME``) is kept in the app settings,
keyed by the file's path, and set up again when that file opens and its runs name none.
"""
from __future__ import annotations

from typing import Any

from advisor.claude.client import ClaudeProblem
from advisor.core.settings import Settings
from advisor.lab import targets
from ui.prompt_lab.own_model import plain_http_warning


class OwnModelMemory:
    def __init__(self, page: Any, settings: Settings) -> None:
        self.page, self.settings = page, settings
        page.runs.own_model.set_up.connect(self.remember)  # the user's own set-up only
        page.document.state_changed.connect(self.remember)  # a first save gives it its key

    def _key(self) -> str:
        path = self.page.document.path
        return str(path.resolve()) if path else ""

    def remember(self) -> None:
        key, target = self._key(), self.page.runs.own_model.target
        if not key or target is None:
            return
        kept = self.settings.get("own_model")
        if kept.get(key) != target.record():
            kept[key] = target.record()
            self.settings.set("own_model", kept)

    def restore(self) -> None:
        """After the runs are loaded: the remembered set-up, when the file's runs name no model."""
        control = self.page.runs.own_model
        if control.target is not None or not self._key():
            return
        target = targets.from_record(self.settings.get("own_model").get(self._key()))
        if target is None:
            return
        try:
            warning = plain_http_warning(target, has_key=False)
        except ClaudeProblem:  # not raised without a key; the run checks again with it
            warning = None
        control.set_target(target, include=False, warning=warning)
