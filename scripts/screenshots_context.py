"""Render the lab's documents, three contexts side by side and a few-shot curve: part of `make screenshots`.

These screens need replies, so they run against the test suite's fake Messages API (a model that
knows only what the request holds), on a throwaway assessment with a small handbook; never
against Anthropic and never with a real key. Writes ``prompt-lab-documents``,
``prompt-lab-contexts`` and ``prompt-lab-curve``, each at 1600x1000 and 900x600 (``--dark``: with
a dark palette, named ``…-dark-…``, for checking contrast; ``--language de``: in German, ``…-de-…``).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _assessment(folder: Path) -> Path:
    from tests.ui.lab_documents_support import FACTS, write_handbook

    write_handbook(folder / "docs")
    (folder / "docs" / "returns.html").write_text("<h1>Returns</h1><p>Parcels go back within 30 days.</p>")
    (folder / "docs" / "photo.txt").write_bytes(b"\x00\x01binary" * 50)  # a hostile file, named in the list
    codes = list(FACTS)
    tests = [{"name": f"plan {code}", "vars": {"question": f"What does the handbook say about plan {code}?"},
              "expect": [{"type": "contains", "value": FACTS[code]}]} for code in codes]
    tests += [{"name": f"extra {n}", "vars": {"question": f"Is there anything on plan {codes[n % 3]} for case {n}?"},
               "expect": [{"type": "contains", "value": FACTS[codes[n % 3]]}]} for n in range(7)]
    examples = [{"input": f"What does the handbook say about plan EX{n}?", "output": f"Plan EX{n} is fine."}
                for n in range(8)]
    doc = {"format": "fine-tune-advisor/assessment", "version": 2, "title": "Help centre",
           "answers": {"quality_bar_pct": 90},
           "prompt_lab": {"model": "claude-haiku-4-5", "system": "Answer from the reference material.",
                          "template": "{{question}}", "max_tokens": 64, "tests": tests, "examples": examples}}
    path = folder / "help.fta.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _needs_four_examples(body: dict) -> str:
    """A model that answers from the handbook's facts only once it has seen four examples."""
    from tests.ui.lab_documents_support import FACTS

    question = body["messages"][-1]["content"]
    question = question if isinstance(question, str) else question[0]["text"]
    code = next((c for c in FACTS if c in question), None)
    return FACTS[code] if code and len(body["messages"]) >= 9 else "No idea."


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    dark = "--dark" in args  # a dark palette (names get -dark), for checking contrast
    language = ""
    if "--language" in args:  # the window's language, de say (names get -de)
        at = args.index("--language")
        language = args[at + 1] if at + 1 < len(args) else ""
        del args[at:at + 2]
        os.environ["FTA_LANGUAGE"] = language  # ui/translations.py
    out = Path(([a for a in args if a != "--dark"] or ["docs/screenshots"])[0])
    out.mkdir(parents=True, exist_ok=True)
    from ui.display import lacks_display

    if lacks_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["FTA_HOME"] = tempfile.mkdtemp(prefix="fta-shots-")
    from scripts.screenshots import settle
    from tests.fakes.fake_messages_api import FakeMessagesApi

    path = _assessment(Path(tempfile.mkdtemp(prefix="fta-shots-lab-")))
    with FakeMessagesApi() as fake:
        os.environ["ANTHROPIC_BASE_URL"] = fake.base_url
        os.environ["ANTHROPIC_API_KEY"] = fake.valid_key  # the fake's own, never a real key
        from ui.app import create_application
        from ui.main_window import MainWindow

        app = create_application()
        if dark:
            from scripts.screenshots import dark_palette

            app.setStyle("Fusion")
            app.setPalette(dark_palette())

        def wait(done) -> None:
            deadline = time.monotonic() + 120
            while not done() and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)

        def with_key(page, on: bool) -> None:
            """The fake's key for the runs only: no key, not even its last digits, in a picture."""
            if on:
                os.environ["ANTHROPIC_API_KEY"] = fake.valid_key
            else:
                os.environ.pop("ANTHROPIC_API_KEY", None)
            page.key_changed()

        def save(window, name: str, width: int, height: int) -> None:
            with_key(window.prompt_lab, False)
            settle(app, window)
            target = out / f"{name}{'-dark' if dark else ''}{'-' + language if language else ''}-{width}x{height}.png"
            window.grab().save(str(target))
            print(target)

        for width, height in ((1600, 1000), (900, 600)):
            window = MainWindow()
            window.resize(width, height)
            window.show()
            window.open_path(path, confirmed=True)
            window.show_page("prompt_lab")
            page = window.prompt_lab
            page.tabs.setCurrentWidget(page.documents.parentWidget())
            page.documents.add_paths([path.parent / "docs"])
            wait(lambda: not page.documents.is_busy())
            save(window, "prompt-lab-documents", width, height)
            fake.reply = fake.grounded_reply
            with_key(page, True)
            page.tabs.setCurrentIndex(1)
            page.runs.context_choice.choose(("none", "full", "retrieve"), 3)
            page.runs.run_all()
            wait(lambda: not page.runs.is_busy())
            page.runs.views.setCurrentIndex(1)
            page.runs.showing.setCurrentIndex(2)
            page.runs.results.selectRow(0)
            save(window, "prompt-lab-contexts", width, height)
            fake.reply = _needs_four_examples
            with_key(page, True)
            page.runs.context_choice.choose(("none",), 3, "0,1,2,4,8")
            page.runs.run_all()
            wait(lambda: not page.runs.is_busy())
            save(window, "prompt-lab-curve", width, height)
            window.document._dirty = False  # nothing to save: these were only looked at
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
