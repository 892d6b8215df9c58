"""Fine-Tune Advisor's domain: pure Python, no Qt, no matplotlib, no anthropic at import time."""
from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Fine-Tune Advisor"
APP_ID = "fine-tune-advisor"
# The reverse-DNS id of the desktop app: the .desktop file, the AppStream metainfo and the icon
# are named after it, and the window tells the desktop (Wayland app id) that it is this entry.
DESKTOP_ID = "io.github.finetuneadvisor.FineTuneAdvisor"
