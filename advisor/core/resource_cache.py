"""The TOML files shipped in ``resources/``, parsed once and kept as JSON in the cache folder."""
from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

from advisor.core import paths

_CACHE_FORMAT = 1


def shipped_toml(name: str) -> dict[str, Any]:
    """A TOML file shipped in ``resources/``, parsed, with the parse kept as JSON in the cache folder.

    tomllib is pure Python: parsing questions.toml and rules.toml cost about 3 ms on every start
    of every command, a tenth of the ``summary`` command's whole start-up; the C JSON parser reads
    the same data in a tenth of that. The cache entry records the source's size and CRC-32, so an
    edited or upgraded file is simply parsed again. Any problem with the cache means a re-parse.
    """
    raw = paths.resource(name).read_bytes()
    crc = zlib.crc32(raw)  # zlib is loaded anyway (shutil, argparse); hashlib is not
    cache: Path | None = None
    try:
        cache = paths.cache_dir() / f"{name}.json"
        entry = json.loads(cache.read_bytes())
        if entry["format"] == _CACHE_FORMAT and entry["size"] == len(raw) and entry["crc32"] == crc:
            return entry["data"]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no cache folder or no cache yet, or a damaged one
    import tomllib

    data = tomllib.loads(raw.decode("utf-8"))
    if cache is not None:
        try:
            from advisor.core.atomic import atomic_write_text

            entry = {"format": _CACHE_FORMAT, "source": name, "size": len(raw), "crc32": crc, "data": data}
            atomic_write_text(cache, json.dumps(entry, ensure_ascii=False, allow_nan=False))
        except (OSError, TypeError, ValueError):
            pass  # a read-only cache folder, or a value JSON cannot hold: simply not cached
    return data
