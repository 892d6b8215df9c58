"""The one timestamp format the app writes: UTC to the second, as ``2026-12-07T04:42:21Z``."""
from __future__ import annotations

import time


def now_iso() -> str:
    """Now, in the contract's timestamp format (time, not datetime: the window starts without it)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
