"""Whether there is a display to draw on: asked by the window's start-up and by printing.

No Qt here, so any module may ask without importing the application (and without the
ui.app → main_window → printing → ui.app import cycle this once closed).
"""
from __future__ import annotations

import os
import sys

from advisor import APP_ID


def lacks_display() -> bool:
    """True where Qt would abort for want of an X11 or Wayland display (no platform was chosen)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def no_display_problem() -> str | None:
    """Without a display Qt aborts with a core dump; say plainly what to do instead."""
    if not lacks_display():
        return None
    return (f"{APP_ID}: no display to open the window on (DISPLAY is not set).\n"
            f"Run it in a desktop session, or use a command such as "
            f"'{APP_ID} summary FILE' (see '{APP_ID} --help').")
