"""Fine-Tune Advisor's domain: pure Python, no Qt, no matplotlib, no anthropic at import time."""
from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Fine-Tune Advisor"
APP_ID = "fine-tune-advisor"
