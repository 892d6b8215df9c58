"""Fine-Tune Advisor's composition root.

``python main.py`` opens the window, ``python main.py FILE`` opens FILE in it, and
``python main.py COMMAND ...`` runs a command-line command without importing Qt. The code lives
in ``ui/launch.py`` so that the installed ``fine-tune-advisor`` command runs the very same.
"""
from __future__ import annotations

import sys

from ui.launch import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
