"""The Tests tab's "Also on" models, remembered per assessment file (issue 29, item 5).

The file format has no field for them (CONTRACT sections 5 and 8 name only ``compare_model``, which
"Also on" follows by default), so a choice the user makes there is kept in the app settings, keyed
by the file's path, and comes back when that file is opened again on this machine.
"""
from __future__ import annotations

from typing import Any

from advisor.core.settings import Settings


class AlsoOnMemory:
    def __init__(self, page: Any, settings: Settings) -> None:
        self.page, self.settings = page, settings
        page.runs.models_menu.triggered.connect(lambda _action: self.remember())  # a user's pick only
        page.document.state_changed.connect(self.remember)  # a first save gives the choice its key

    def _key(self) -> str:
        path = self.page.document.path
        return str(path.resolve()) if path else ""

    def remember(self) -> None:
        key = self._key()
        if not key:
            return
        chosen, linked = self.page.runs.extra_models(), self.page._linked_also_on
        kept = self.settings.get("also_on")
        if chosen == linked:  # what Compare with gives: nothing of the user's own to keep
            if kept.pop(key, None) is None:
                return
        elif kept.get(key) == chosen:
            return
        else:
            kept[key] = chosen
        self.settings.set("also_on", kept)

    def restore(self) -> None:
        saved = self.settings.get("also_on").get(self._key()) if self._key() else None
        if isinstance(saved, list):
            self.page.runs.choose_models([m for m in saved if isinstance(m, str)])
