"""The team's reference documents: what the assessment keeps of them, and their text.

The file keeps each document's path (relative to the assessment's folder where it lies below
it), its size and its SHA-256, never its text (contract section 8). The text is read when a
run needs it: plain text, Markdown and HTML here, PDF through pypdf and Word through
python-docx (well-kept extractors: PDF and DOCX are formats no one should parse by hand).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, NamedTuple

from advisor.core.errors import FileProblem
from advisor.core.i18n import translate  # the window's language; the command line keeps English

KINDS = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024  # a handbook is megabytes; a 500 MB file is a mistake
MAX_TEXT_CHARS = 20_000_000  # what one document may give, whatever its size on disk


class DocumentProblem(FileProblem):
    """A document that cannot be used, named with what to do about it (exit 3 on the command line)."""


def entries_problems(entries: Any) -> list[str]:
    """What the validator says of ``prompt_lab.documents`` (paths, sizes and hashes; no text)."""
    if not isinstance(entries, list):
        return ["prompt_lab.documents must be a list of {path, bytes, sha256}"]
    problems = []
    for index, entry in enumerate(entries):
        where = f"prompt_lab.documents[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where} must be an object with path, bytes and sha256")
            continue
        if not isinstance(entry.get("path"), str) or not entry["path"].strip():
            problems.append(f"{where}.path must be the document's path (text)")
        size = entry.get("bytes")
        if isinstance(size, bool) or not isinstance(size, int) or not 0 <= size <= MAX_DOCUMENT_BYTES:
            problems.append(f"{where}.bytes must be the document's size, a whole number from 0 to "
                            f"{MAX_DOCUMENT_BYTES:,}")
        digest = entry.get("sha256")
        if not (isinstance(digest, str) and len(digest) == 64
                and all(c in "0123456789abcdef" for c in digest)):
            problems.append(f"{where}.sha256 must be the document's SHA-256, 64 lowercase hex digits")
    return problems


def entry_for(path: Path, assessment_path: Path | None) -> dict[str, Any]:
    """The record the file keeps of one document: path, bytes, sha256."""
    path = Path(path).resolve()
    _check_kind(path)
    data = _read_bytes(path)
    return {"path": stored_path(path, assessment_path), "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest()}


def entries_for(paths: list[Path], assessment_path: Path | None) -> list[dict[str, Any]]:
    """Records for files and folders (a folder gives every document below it, sorted)."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KINDS)
        else:
            found.append(path)
    if not found:
        raise DocumentProblem(f"{', '.join(map(str, paths))}: no documents here; the lab reads "
                              + ", ".join(KINDS) + " files.")
    return [entry_for(path, assessment_path) for path in found]


def resolve(entry: dict[str, Any], assessment_path: Path | None) -> Path:
    path = Path(str(entry.get("path", "")))
    if not path.is_absolute() and assessment_path is not None:
        path = Path(assessment_path).resolve().parent / path
    return path


def read_text(entry: dict[str, Any], assessment_path: Path | None) -> str:
    """A document's text, after checking it is still the file that was added."""
    found = check(entry, assessment_path)
    if found.state in ("missing", "changed"):
        raise DocumentProblem(f"{entry.get('path')}: {found.message}")
    if found.state != "ok":
        raise DocumentProblem(found.message)  # the extractor's message names the file already
    return found.text


class Check(NamedTuple):
    """A document's state: ``ok`` (with its text), ``missing``, ``changed`` or ``unreadable``."""
    state: str
    message: str = ""  # what is wrong and what to do, for every state but ok
    text: str = ""


def check(entry: dict[str, Any], assessment_path: Path | None) -> Check:
    """What became of a document since it was added, named (never a document skipped silently)."""
    path = resolve(entry, assessment_path)
    if not path.exists():
        return Check("missing", translate("documents", "the document is gone (looked for {0}): moved, renamed or deleted. "
                                          "Put it back, or remove it from the lab's documents and add it again.")
                     .format(path))
    try:
        data = _read_bytes(path)
        if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            return Check("changed", translate("documents", "the document changed since it was added. Add it again to use "
                                              "the new version (its runs so far used the old one)."))
        return Check("ok", text=extract_text(path, data))
    except DocumentProblem as problem:
        return Check("unreadable", str(problem))


def extract_text(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text = _pdf_text(path, data)
    elif suffix == ".docx":
        text = _docx_text(path, data)
    else:
        text = _plain_text(path, data)
        if suffix in (".html", ".htm"):
            text = _html_text(text)
    if not text.strip():
        raise DocumentProblem(translate("documents", "{0}: no text found in it. A scanned PDF holds pictures of "
                                        "pages: run it through OCR first, or add the text as a .txt file.").format(path))
    return text[:MAX_TEXT_CHARS]


def _check_kind(path: Path) -> None:
    if path.suffix.lower() not in KINDS:
        raise DocumentProblem(translate("documents", "{0}: the lab reads {1} files, not {2}.").format(
            path, ", ".join(KINDS), path.suffix or translate("documents", "this")))


def _read_bytes(path: Path) -> bytes:
    """A regular file, read up to the limit (never a FIFO or a device: they would never end)."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise DocumentProblem(translate("documents", "{0}: cannot be read ({1}). Check that it is there and that you may "
                                        "read it.").format(path, error.strerror or error)) from None
    import stat

    if not stat.S_ISREG(info.st_mode):
        raise DocumentProblem(translate("documents", "{0}: not a regular file; add the document itself.").format(path))
    if info.st_size > MAX_DOCUMENT_BYTES:
        raise DocumentProblem(translate("documents", "{0}: {1} MB is larger than the {2} MB a document may be; split it.")
                              .format(path, f"{info.st_size / (1024 * 1024):,.0f}", MAX_DOCUMENT_BYTES // (1024 * 1024)))
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_DOCUMENT_BYTES + 1)[:MAX_DOCUMENT_BYTES]
    except OSError as error:
        raise DocumentProblem(translate("documents", "{0}: cannot be read ({1}).").format(path, error.strerror or error)) from None


def stored_path(path: Path, assessment_path: Path | None) -> str:
    """A document's path as the file keeps it: relative to the assessment's folder where it lies
    below it, else absolute."""
    if assessment_path is not None:
        folder = Path(assessment_path).resolve().parent
        if folder in path.parents:
            return path.relative_to(folder).as_posix()
    return str(path)


def _plain_text(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise DocumentProblem(translate("documents", "{0}: this is a binary file, not text. Add the document it was "
                                        "exported from, or save it as text.").format(path))
    return data.decode("utf-8", errors="replace")


def _html_text(html: str) -> str:
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        SKIPPED = {"script", "style", "head"}

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skipping = 0

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            self.skipping += tag in self.SKIPPED
            if tag[:1] == "h" and tag[1:].isdigit():
                self.parts.append("\n\n# ")  # a heading starts a section, as in Markdown
            elif tag in ("p", "br", "li", "tr", "div"):
                self.parts.append("\n\n" if tag == "p" else "\n")

        def handle_endtag(self, tag: str) -> None:
            self.skipping -= tag in self.SKIPPED and self.skipping > 0

        def handle_data(self, data: str) -> None:
            if not self.skipping:
                self.parts.append(data)

    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def _pdf_text(path: Path, data: bytes) -> str:
    import io

    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - a dependency of the app
        raise DocumentProblem(f"{path}: reading PDF needs pypdf: pip install pypdf") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentProblem(translate("documents", "{0}: the PDF is encrypted. Save an unprotected copy and add that.")
                                  .format(path))
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except DocumentProblem:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise DocumentProblem(translate("documents", "{0}: not a PDF that can be read ({1}). Export it again, or add its "
                                        "text as a .txt file.").format(path, type(error).__name__)) from None


def _docx_text(path: Path, data: bytes) -> str:
    import io
    import zipfile

    try:
        import docx
    except ImportError:  # pragma: no cover - a dependency of the app
        raise DocumentProblem(f"{path}: reading Word files needs python-docx: pip install python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DocumentProblem(translate("documents", "{0}: not a Word (.docx) file that can be read ({1}). Save it again as "
                                        ".docx, or add its text as a .txt file.").format(path, type(error).__name__)) from None
    parts = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name or "") if paragraph.style is not None else ""
        parts.append(("\n# " if style.startswith("Heading") else "") + paragraph.text)
    return "\n\n".join(parts)
