"""The retrieve context at scale (issue 22): indexing, a query, and the window while it indexes.

- Indexing 1,000 documents of 5 pages each (chunked by headings and paragraphs, with overlap,
  into an FTS5 index on disk): goal at most 10 s, and at most 2 × SQLite's own bulk insert of
  the same text (one row per document into an FTS5 table, in one transaction) in the same run.
- A retrieval query (the top 5 chunks by BM25 for a test's question) on that index: the median
  of 200 different questions, goal at most 5 ms.
- The longest UI stall while the Documents tab reads and indexes 200 documents (a 5 ms QTimer
  heartbeat on the UI thread records the longest gap), the median of the runs: goal 50 ms.

Run as ``.venv/bin/python benchmarks/bench_retrieval.py``; prints one line per figure.
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_streaming import Heartbeat, spin_until  # noqa: E402
from benchmarks.common import Figure, median, print_figures  # noqa: E402

DOCUMENTS, PAGES, PAGE_WORDS = 1000, 5, 450  # about 3,000 characters a page
INDEX_GOAL_S, INDEX_GOAL_RATIO, QUERY_GOAL_MS, STALL_GOAL_MS = 10.0, 2.0, 5.0, 50.0
QUERIES, UI_DOCUMENTS = 200, 200
INDEX_NAME = f"index {DOCUMENTS:,} documents of {PAGES} pages"
RATIO_NAME = "indexing vs SQLite's own FTS5 bulk insert"
QUERY_NAME = "retrieval query (top 5 by BM25), median"
STALL_NAME = f"longest UI stall while {UI_DOCUMENTS} documents index"


def corpus(documents: int, seed: int = 22) -> dict[str, str]:
    """Documents of headed sections and paragraphs, with a code word (such as ZX41) in each section."""
    rng = random.Random(seed)
    vocabulary = [f"{a}{b}" for a in ("ref", "ship", "plan", "bill", "acc", "sup", "off", "pol", "ret", "fee")
                  for b in ("und", "ping", "ning", "ing", "ount", "port", "ice", "icy", "urn", "s", "ed", "er")]
    texts = {}
    for number in range(documents):
        sections = []
        for page in range(PAGES):
            words = [rng.choice(vocabulary) for _ in range(PAGE_WORDS)]
            paragraphs = [" ".join(words[i:i + 75]) + "." for i in range(0, PAGE_WORDS, 75)]
            sections.append(f"# Section {page + 1} of document {number}\n\nCode D{number}P{page} applies.\n\n"
                            + "\n\n".join(paragraphs))
        texts[f"docs/doc{number:04}.md"] = "\n\n".join(sections)
    return texts


def index_figures() -> list[Figure]:
    import sqlite3

    from advisor.lab import retrieval

    texts = corpus(DOCUMENTS)
    folder = Path(tempfile.mkdtemp(prefix="fta-bench-index-"))
    settings = retrieval.DEFAULTS

    def ours(path: Path) -> retrieval.Index:
        chunks = [chunk for name, text in texts.items()
                  for chunk in retrieval.chunk_text(text, name, settings["chunk_tokens"], settings["overlap_tokens"])]
        return retrieval.Index.build(chunks, path)

    def sqlites_own(path: Path) -> None:
        db = sqlite3.connect(str(path))
        with db:
            db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, text, tokenize = 'porter unicode61')")
            db.executemany("INSERT INTO docs (id, text) VALUES (?, ?)", texts.items())
        db.close()

    ours_s, baseline_s = [], []
    for run in range(2):  # alternated, so a busy moment on the machine falls on both
        start = time.perf_counter()
        sqlites_own(folder / f"baseline{run}.sqlite")
        baseline_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        index = ours(folder / f"ours{run}.sqlite")
        ours_s.append(time.perf_counter() - start)
    value, baseline = median(ours_s), median(baseline_s)
    chunks = index.count()
    rng = random.Random(7)
    questions = [f"What does code D{rng.randrange(DOCUMENTS)}P{rng.randrange(PAGES)} say about refunds and fees?"
                 for _ in range(QUERIES)]
    for question in questions[:10]:  # warm the page cache
        index.search(question, 5)
    query_ms = []
    for question in questions:
        start = time.perf_counter()
        index.search(question, 5)
        query_ms.append((time.perf_counter() - start) * 1000)
    index.close()
    megabytes = sum(len(t) for t in texts.values()) / 1e6
    return [Figure(INDEX_NAME, value * 1000, "ms", INDEX_GOAL_S * 1000,
                   f"{megabytes:.1f} MB of text, {chunks:,} chunks"),
            Figure(RATIO_NAME, value / baseline, "×", INDEX_GOAL_RATIO,
                   f"{value:.2f} s vs {baseline:.2f} s for SQLite's own insert of the same text"),
            Figure(QUERY_NAME, median(query_ms), "ms", QUERY_GOAL_MS,
                   f"{QUERIES} questions; slowest {max(query_ms):.2f} ms")]


def stall_figure(runs: int) -> Figure:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FTA_HOME", tempfile.mkdtemp(prefix="fta-bench-"))
    from PySide6.QtWidgets import QApplication

    from ui.prompt_lab.documents_panel import DocumentsPanel

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="fta-bench-docs-"))
    for name, text in corpus(UI_DOCUMENTS, seed=5).items():
        (folder / Path(name).name).write_text(text, encoding="utf-8")
    stalls = []
    for run in range(runs):
        # A new chunk size each run, so every run builds its index rather than finding it cached.
        panel = DocumentsPanel(lambda: None, lambda run=run: {"top_k": 5, "chunk_tokens": 700 + run,
                                                              "overlap_tokens": 100})
        panel.resize(900, 600)
        panel.show()
        app.processEvents()
        heartbeat = Heartbeat()
        heartbeat.start()
        panel.add_paths([folder])
        spin_until(app, lambda: not panel.is_busy(), timeout=300)
        stalls.append(heartbeat.stop())
        assert len(panel.entries) == UI_DOCUMENTS, panel.status.text()
        panel.close()
        panel.deleteLater()
        app.processEvents()
    return Figure(STALL_NAME, median(stalls), "ms", STALL_GOAL_MS,
                  f"median of {runs}; each run: " + ", ".join(f"{s:.0f}" for s in stalls) + " ms")


def figures(stall_runs: int = 3) -> list[Figure]:
    return [*index_figures(), stall_figure(stall_runs)]


if __name__ == "__main__":
    print_figures(figures())
