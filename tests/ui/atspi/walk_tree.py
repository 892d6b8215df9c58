"""Walk one application's accessible tree with pyatspi, as a screen reader does (issue 25).

Run by the SYSTEM interpreter (Debian's python3-pyatspi): ``/usr/bin/python3 walk_tree.py PID``.
For each line on stdin it walks the tree once and prints one JSON line: ``found`` (the app was on
the bus), ``controls`` (how many interactive nodes were shown) and ``unnamed`` (each shown
interactive node with no name: role and path), and ``charts`` (each shown chart's description).
One process for every screen: the bus connection
and the app lookup are paid once.
"""
from __future__ import annotations

import json
import sys
import time

import pyatspi

INTERACTIVE = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
               pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
               pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_TABLE,
               pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_PAGE_TAB,
               pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_SLIDER, pyatspi.ROLE_MENU_ITEM}
# Cells, rows and list items are named by their content; their containers are checked instead.
DO_NOT_ENTER = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST,
                pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_SCROLL_BAR}


def find_app(pid: int, wait: float):
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # noqa: BLE001 (an app leaving the bus meanwhile)
                continue
        time.sleep(0.3)
    return None


def walk(node, path, out, depth=0):
    if node is None or depth > 60:
        return
    try:
        role, name, states = node.getRole(), node.name or "", node.getState()
    except Exception:  # noqa: BLE001 (a node gone while walking)
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    here = f"{path}/{node.getRoleName()}" + (f"[{name}]" if name else "")
    if name.endswith(" chart"):  # a chart's text alternative, as the screen reader gets it
        out["charts"][name] = node.description or ""
    if role in INTERACTIVE:
        out["controls"] += 1
        if not name.strip():
            out["unnamed"].append(here)
    if role in DO_NOT_ENTER:
        return
    for index in range(node.childCount):
        walk(node.getChildAtIndex(index), here, out, depth + 1)


def main() -> int:
    pid = int(sys.argv[1])
    app = None
    for _line in sys.stdin:
        app = app or find_app(pid, wait=30.0)
        out = {"found": app is not None, "controls": 0, "unnamed": [], "charts": {}}
        if app is not None:
            for index in range(app.childCount):  # the windows
                walk(app.getChildAtIndex(index), "", out)
        print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
