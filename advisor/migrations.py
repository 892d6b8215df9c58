"""Version-to-version migrations of the assessment file.

A file of version N passes through MIGRATIONS[N], MIGRATIONS[N+1], ... until it reaches
CURRENT_VERSION. A migration takes a document of its version and returns one of the next; it
never touches the file on disk (a file is rewritten only when the user saves).
"""
from __future__ import annotations

from typing import Any, Callable

CURRENT_VERSION = 1

# version → function turning a document of that version into one of version + 1.
# Version 1 is the first, so nothing is registered yet; version 2 adds {1: _v1_to_v2}.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(doc: dict[str, Any], version: int) -> dict[str, Any]:
    while version < CURRENT_VERSION:
        doc = MIGRATIONS[version](dict(doc))
        version += 1
        doc["version"] = version
    return doc
