"""Retrieval for the lab's ``retrieve`` context: chunks of the documents in a SQLite FTS5 index.

Chunks follow the documents' own structure: a heading starts a new chunk, paragraphs are packed
up to ``chunk_tokens`` and the last ``overlap_tokens`` of one chunk open the next, so a fact cut
at a boundary is whole in one of them. The index is a real one (stdlib sqlite3, FTS5, BM25
ranking), kept in the cache folder under a name made of the documents' hashes and the chunk
settings: it is built once and rebuilt only when a document or a setting changes.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any, NamedTuple

DEFAULTS = {"top_k": 5, "chunk_tokens": 800, "overlap_tokens": 100}
INDEX_FORMAT = 1
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_TERMS = 64


class Chunk(NamedTuple):
    id: str  # "path#n", n from 1 in reading order
    text: str


def estimate_tokens(text: str) -> int:
    """About four characters a token, as Anthropic's guidance says of English text."""
    return (len(text) + 3) // 4


def settings_of(lab: dict[str, Any]) -> dict[str, int]:
    given = lab.get("retrieval") if isinstance(lab.get("retrieval"), dict) else {}
    return {key: int(given.get(key, default)) for key, default in DEFAULTS.items()}


def settings_problems(settings: Any) -> list[str]:
    """What the validator says of ``prompt_lab.retrieval``."""
    if not isinstance(settings, dict):
        return ["prompt_lab.retrieval must be an object with top_k, chunk_tokens and overlap_tokens"]
    problems = []
    limits = {"top_k": (1, 100), "chunk_tokens": (50, 20_000), "overlap_tokens": (0, 10_000)}
    for key, (low, high) in limits.items():
        value = settings.get(key, DEFAULTS[key])
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            problems.append(f"prompt_lab.retrieval.{key} must be a whole number from {low:,} to {high:,}")
    overlap, size = settings.get("overlap_tokens", 100), settings.get("chunk_tokens", 800)
    if not problems and overlap >= size:
        problems.append("prompt_lab.retrieval.overlap_tokens must be less than chunk_tokens")
    return problems


def chunk_text(text: str, source: str, chunk_tokens: int = 800, overlap_tokens: int = 100) -> list[Chunk]:
    """The chunks of one document, by headings and paragraphs, with overlap."""
    chunks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if any(part.strip() for part in current):
            chunks.append("\n\n".join(current).strip())

    size = 0  # the tokens of ``current``, kept as it grows (summing each time cost a third of indexing)
    for paragraph in _paragraphs(text, chunk_tokens):
        heading = paragraph.lstrip().startswith("#")
        tokens = estimate_tokens(paragraph)
        if current and (heading or size + tokens > chunk_tokens):
            flush()
            current = [] if heading else _tail(current, overlap_tokens)
            size = sum(estimate_tokens(p) for p in current)
        current.append(paragraph)
        size += tokens
    flush()
    return [Chunk(f"{source}#{number}", body) for number, body in enumerate(chunks, start=1)]


def _paragraphs(text: str, chunk_tokens: int) -> list[str]:
    """Blank-line separated paragraphs; one longer than a chunk is cut at word boundaries."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if estimate_tokens(paragraph) <= chunk_tokens:
            out.append(paragraph)
            continue
        words, piece = paragraph.split(), []
        for word in words:
            piece.append(word)
            if estimate_tokens(" ".join(piece)) >= chunk_tokens:
                out.append(" ".join(piece))
                piece = []
        if piece:
            out.append(" ".join(piece))
    return out


def _tail(paragraphs: list[str], overlap_tokens: int) -> list[str]:
    """The last paragraphs of a chunk that fit in the overlap (none if the last alone is larger)."""
    kept: list[str] = []
    for paragraph in reversed(paragraphs):
        if sum(estimate_tokens(p) for p in kept) + estimate_tokens(paragraph) > overlap_tokens:
            break
        kept.insert(0, paragraph)
    return kept


def query_terms(text: str) -> list[str]:
    """The distinct words of ``text``, lower case, at most MAX_QUERY_TERMS of them."""
    return list(dict.fromkeys(word.lower() for word in _WORD.findall(text)))[:MAX_QUERY_TERMS]


def _or_query(terms: list[str]) -> str:
    """A query that cannot be an FTS5 syntax error: each word quoted, any of them may match."""
    return " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)


class Index:
    """An FTS5 index of chunks, in one SQLite file (or in memory for ``path=None``)."""

    def __init__(self, path: Path | None) -> None:
        import sqlite3

        self.path = path
        self._db = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False)
        self._count: int | None = None
        self._frequency: dict[str, int] = {}

    @classmethod
    def build(cls, chunks: list[Chunk], path: Path | None = None) -> Index:
        """Write a new index; on disk it appears whole or not at all (built aside, then renamed)."""
        if path is None:
            index = cls(None)
            index._fill(chunks)
            return index
        aside = path.with_name(f".{path.name}.{os.getpid()}.building")
        aside.unlink(missing_ok=True)
        building = cls(aside)
        try:
            building._fill(chunks)
        finally:
            building.close()
        os.replace(aside, path)
        return cls(path)

    def _fill(self, chunks: list[Chunk]) -> None:
        # No journal and no fsync while building: the file is written aside and renamed into
        # place whole, so a crash leaves no index rather than a damaged one.
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        with self._db:
            self._db.execute("CREATE VIRTUAL TABLE chunks USING fts5(id UNINDEXED, text, "
                             "tokenize = 'porter unicode61')")
            self._db.executemany("INSERT INTO chunks (id, text) VALUES (?, ?)", chunks)
            self._db.execute("CREATE TABLE meta (format INTEGER)")
            self._db.execute("INSERT INTO meta VALUES (?)", (INDEX_FORMAT,))

    def search(self, text: str, k: int) -> list[Chunk]:
        """The ``k`` chunks BM25 ranks highest for ``text``, best first.

        Words found in half of the chunks or more are left out of the query: FTS5's BM25 gives
        them an IDF of almost nothing (1e-6), so they do not change the ranking, yet matching
        them meant scoring every chunk (a question's "what" and "the": 40 ms on 10,000 chunks).
        """
        terms = query_terms(text)
        if not terms or k < 1:
            return []
        # IDF = log((N - n + 0.5) / (n + 0.5)) is at most 0 from n = N / 2: FTS5 then uses 1e-6.
        rare = [term for term in terms if self._chunks_with(term) * 2 < self._size()]
        query = _or_query(rare or terms)
        rows = self._db.execute("SELECT id, text FROM chunks WHERE chunks MATCH ? "
                                "ORDER BY bm25(chunks) LIMIT ?", (query, k)).fetchall()
        return [Chunk(*row) for row in rows]

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM chunks").fetchone()[0]

    def _size(self) -> int:
        if self._count is None:
            self._count = self.count()
        return self._count

    def _chunks_with(self, term: str) -> int:
        """How many chunks hold ``term`` (cached: an index never changes once built)."""
        found = self._frequency.get(term)
        if found is None:
            found = self._frequency[term] = self._db.execute(
                "SELECT count(*) FROM chunks WHERE chunks MATCH ?", (_or_query([term]),)).fetchone()[0]
        return found

    def close(self) -> None:
        self._db.close()


def index_name(documents: list[dict[str, Any]], settings: dict[str, int]) -> str:
    """The index's file name: the same documents with the same settings give the same name."""
    key = json.dumps({"format": INDEX_FORMAT, "docs": sorted((str(d.get("path")), str(d.get("sha256")))
                                                           for d in documents),
                      "chunk_tokens": settings["chunk_tokens"], "overlap_tokens": settings["overlap_tokens"]},
                     sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()[:24] + ".sqlite"


def open_index(documents: list[dict[str, Any]], texts: dict[str, str], settings: dict[str, int],
               folder: Path | None = None) -> Index:
    """The index of these documents, from the cache folder when it was built before."""
    if folder is None:
        from advisor.core import paths

        folder = paths.cache_dir() / "retrieval"
    folder.mkdir(parents=True, exist_ok=True)
    import sqlite3

    path = folder / index_name(documents, settings)
    if path.is_file():
        try:
            index = Index(path)
            if index._db.execute("SELECT format FROM meta").fetchone() == (INDEX_FORMAT,):
                return index
            index.close()
        except sqlite3.DatabaseError:  # a damaged cache file is simply built again
            pass
        path.unlink(missing_ok=True)
    chunks = [chunk for doc in documents
              for chunk in chunk_text(texts[str(doc["path"])], str(doc["path"]),
                                      settings["chunk_tokens"], settings["overlap_tokens"])]
    return Index.build(chunks, path)
