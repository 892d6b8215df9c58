"""The assessment file (``*.fta.json``): load, check, migrate and save atomically.

Every screen and every command reads and edits one :class:`Assessment`. Unknown keys are kept
as they were and reported as warnings, so a file written by a newer minor release survives a
round trip through this one.
"""
from __future__ import annotations

import copy
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor.core.clock import now_iso
from advisor.core.errors import FileProblem
from advisor.core.i18n import QT_TRANSLATE_NOOP, translate  # the window's language; English on the command line
from advisor.document.migrations import CURRENT_VERSION, migrate

if TYPE_CHECKING:
    from advisor.document.validation import Findings

FORMAT = "fine-tune-advisor/assessment"

log = logging.getLogger(__name__)

SUFFIX = ".fta.json"
MAX_FILE_BYTES = 20 * 1024 * 1024  # far above any real assessment; refuses runaway files
MAX_DEPTH = 64  # real assessments nest four or five levels deep




class Assessment:
    """One assessment in memory (a plain class: importing dataclasses costs every command 7 ms)."""

    # Compared by ==; the rest say where the file came from, not what it holds.
    _COMPARED = ("title", "answers", "costs", "prompt_lab", "notes", "created", "modified", "extra")

    def __init__(self, title: str = "", answers: dict[str, Any] | None = None,
                 costs: dict[str, Any] | None = None, prompt_lab: dict[str, Any] | None = None,
                 notes: str = "", created: str | None = None, modified: str | None = None,
                 extra: dict[str, Any] | None = None, present: set[str] | None = None,
                 path: Path | None = None, warnings: list[str] | None = None,
                 migrated_from: int | None = None) -> None:
        self.title = title
        self.answers: dict[str, Any] = {} if answers is None else answers
        self.costs: dict[str, Any] = {} if costs is None else costs
        self.prompt_lab: dict[str, Any] = {} if prompt_lab is None else prompt_lab
        self.notes = notes
        self.created = created
        self.modified = modified
        self.extra: dict[str, Any] = {} if extra is None else extra  # unknown top-level keys, kept on save
        # Which sections the file held, so a section never answered is not written as {}.
        self.present: set[str] = set() if present is None else present
        self.path = path
        self.warnings: list[str] = [] if warnings is None else warnings
        # The file version it was read from when older than CURRENT_VERSION (migrated in memory, the
        # file untouched until saved); None for a new assessment or a current file.
        self.migrated_from = migrated_from

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Assessment):
            return NotImplemented
        return all(getattr(self, key) == getattr(other, key) for key in self._COMPARED)

    __hash__ = None  # type: ignore[assignment]  # mutable

    def copy_with(self, **changes: Any) -> Assessment:
        """A new assessment holding the same values (shared, not copied) but for ``changes``."""
        values = {key: getattr(self, key) for key in (*self._COMPARED, "present", "path", "warnings",
                                                      "migrated_from")}
        return Assessment(**{**values, **changes})

    def __repr__(self) -> str:
        shown = ", ".join(f"{key}={getattr(self, key)!r}" for key in (*self._COMPARED, "path"))
        return f"Assessment({shown})"

    @classmethod
    def new(cls, title: str = "") -> Assessment:
        return cls(title=title, created=now_iso())

    def to_document(self, copied: bool = True) -> dict[str, Any]:
        """The JSON object to write: contract keys in contract order, then the unknown ones.

        ``copied=False`` shares the sections instead of deep-copying them, for a caller that
        only reads the result at once (serialising): copying a long lab history took a second.
        """
        copy_of = copy.deepcopy if copied else (lambda value: value)
        doc: dict[str, Any] = {"format": FORMAT, "version": CURRENT_VERSION}
        for key in ("title", "created", "modified"):
            value = getattr(self, key)
            if value is not None and (value != "" or key in self.present):
                doc[key] = value
        for key in ("answers", "costs", "prompt_lab"):
            value = getattr(self, key)
            if value or key in self.present:
                doc[key] = copy_of(value)
        if self.notes or "notes" in self.present:
            doc["notes"] = self.notes
        for key, value in self.extra.items():
            doc.setdefault(key, copy_of(value))
        return doc

    @classmethod
    def from_document(cls, doc: dict[str, Any], path: Path | None = None,
                      warnings: list[str] | None = None) -> Assessment:
        known = ("format", "version", "title", "created", "modified", "answers", "costs",
                 "prompt_lab", "notes")
        return cls(
            title=doc.get("title", ""), answers=dict(doc.get("answers") or {}),
            costs=dict(doc.get("costs") or {}), prompt_lab=dict(doc.get("prompt_lab") or {}),
            notes=doc.get("notes", ""), created=doc.get("created"), modified=doc.get("modified"),
            extra={k: v for k, v in doc.items() if k not in known},
            present={k for k in known if k in doc}, path=path, warnings=list(warnings or []),
        )

STDIN = "-"  # as a file name on the command line: read the assessment from standard input


def shown_name(path: Path | str) -> str:
    """How messages name a file: its path, or "<stdin>" for ``-``."""
    return "<stdin>" if os.fspath(path) == STDIN else str(path)


def _problem(path: Path, text: str) -> FileProblem:
    return FileProblem(f"{shown_name(path)}: {text}")


def _read_stdin() -> bytes:
    raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise _problem(Path(STDIN), translate("file", "holds more than {0} MB, far larger than any assessment. "
                                              "Is it the right file?").format(MAX_FILE_BYTES // 1024 // 1024))
    return raw


def read_document(path: Path) -> dict[str, Any]:
    """The raw JSON object in ``path`` (``-``: standard input), or a FileProblem that names the file
    and the problem."""
    path = Path(path)
    raw = _read_stdin() if str(path) == STDIN else _read_file(path)
    return parse_document(path, raw)


def _read_file(path: Path) -> bytes:
    from advisor.core.safe_files import read_limited

    try:
        raw = read_limited(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise _problem(path, translate("file", "does not exist. Check the name and folder.")) from None
    except PermissionError:
        raise _problem(path, translate("file", "cannot be read: permission denied. Check the file's permissions.")) from None
    except OSError as error:
        raise _problem(path, translate("file", "cannot be read: {0}.").format(error.strerror or error)) from None
    return raw


def parse_document(path: Path, raw: bytes) -> dict[str, Any]:
    """The JSON object in ``raw`` (read from ``path``), or a FileProblem naming what is wrong."""
    if not raw.strip():
        raise _problem(path, translate("file", "is empty, so it holds no assessment."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _problem(path, translate("file", "is not a text file (it is not UTF-8). An assessment is a .fta.json "
                                         "text file.")) from None
    if "\x00" in text:
        raise _problem(path, translate("file", "is a binary file, not an assessment. An assessment is a .fta.json "
                                         "text file."))
    try:
        doc = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicates)
    except _DuplicateKey as error:
        raise _problem(path, translate("file", "holds the key {0} twice in one object; JSON keeps only one of "
                                       "them, so remove the duplicate you do not mean.").format(repr(error.args[0]))) from None
    except _NonFiniteNumber as error:
        raise _problem(path, translate("file", "holds {0}, which is not a number JSON allows. "
                                       "Replace it with a finite number.").format(error.args[0])) from None
    except json.JSONDecodeError as error:
        hint = translate("file", "it ends too early; the file may be truncated") if _looks_truncated(text) else error.msg
        raise _problem(path, translate("file", "is not valid JSON: {0} (line {1}, column {2}).").format(
            hint, error.lineno, error.colno)) from None
    except RecursionError:
        raise _problem(path, translate("file", "is nested far too deeply to be an assessment.")) from None
    except ValueError:  # Python reads integers of at most 4,300 digits (int_max_str_digits)
        raise _problem(path, translate("file", "holds a number thousands of digits long, far beyond any real "
                                         "figure.")) from None
    if _depth(doc) > MAX_DEPTH:
        raise _problem(path, translate("file", "is nested more than {0} levels deep, far more than any "
                                       "assessment.").format(MAX_DEPTH))
    if "\\ud" in text.lower() and _has_lone_surrogate(doc):
        raise _problem(path, translate("file", "holds a broken character: half of a UTF-16 surrogate pair (an "
                                       "escape from \\ud800 to \\udfff). Remove it or complete the pair."))
    if not isinstance(doc, dict):
        kind = {list: "a list", str: "a string", int: "a number", float: "a number", bool: "a boolean"}.get(type(doc), "null")
        raise _problem(path, translate("file", _NOT_AN_OBJECT[kind]))
    return doc


_NOT_AN_OBJECT = {  # what the file holds instead of an object, each a whole sentence to translate
    "a list": QT_TRANSLATE_NOOP("file", "is not an assessment: it holds a list, not a JSON object."),
    "a string": QT_TRANSLATE_NOOP("file", "is not an assessment: it holds a string, not a JSON object."),
    "a number": QT_TRANSLATE_NOOP("file", "is not an assessment: it holds a number, not a JSON object."),
    "a boolean": QT_TRANSLATE_NOOP("file", "is not an assessment: it holds a boolean, not a JSON object."),
    "null": QT_TRANSLATE_NOOP("file", "is not an assessment: it holds null, not a JSON object."),
}


class _NonFiniteNumber(ValueError):
    pass


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a key given twice would silently keep the last value, so it is refused."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _refuse_constant(name: str) -> Any:
    raise _NonFiniteNumber(name)


def _looks_truncated(text: str) -> bool:
    """True when a string or bracket is still open at the end: the file was cut short."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
    return in_string or depth > 0


def _has_lone_surrogate(value: Any) -> bool:
    """True when some text holds half a surrogate pair: it could never be saved as UTF-8."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _depth(value: Any) -> int:
    """Nesting depth, without recursion (a hostile file must not blow the stack here)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, level + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def check_header(path: Path, doc: dict[str, Any]) -> int:
    """The file's version, after checking it is an assessment this app can read."""
    if doc.get("format") != FORMAT:
        raise _problem(path, translate("file", "is not a Fine-Tune Advisor assessment: its format is {0}, "
                                       "expected {1}.").format(repr(doc["format"]), repr(FORMAT)) if "format" in doc
                       else translate("file", "is not a Fine-Tune Advisor assessment: it has no \"format\" key, "
                                      "expected {0}.").format(repr(FORMAT)))
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        shown = translate("file", "missing") if "version" not in doc else f"{json.dumps(version)[:40]}"
        raise _problem(path, translate("file", "has version {0}; it must be a whole number such as {1}.").format(
            shown, CURRENT_VERSION))
    if version > CURRENT_VERSION:
        raise _problem(path, translate("file", "was made by a newer Fine-Tune Advisor (file version {0}; this app "
                                       "reads up to version {1}). Update the app to open it.").format(version, CURRENT_VERSION))
    if version < 1:
        raise _problem(path, translate("file", "has version {0}; versions start at 1.").format(version))
    return version


def inspect_file(path: Path, known_models: frozenset[str] | None = None) -> tuple[dict[str, Any], Findings]:
    """Read, check the header, migrate and validate: the document and every finding."""
    doc, findings, _ = _inspect(Path(path), known_models)
    return doc, findings


def _inspect(path: Path, known_models: frozenset[str] | None) -> tuple[dict[str, Any], Findings, int]:
    """:func:`inspect_file`, plus the version the file was written in."""
    from advisor.document.validation import validate_document  # the question bank loads on first use

    doc = read_document(path)
    version = check_header(path, doc)
    doc = migrate(doc, version)
    findings = validate_document(doc, known_models=known_models)
    if not findings.errors and isinstance(doc.get("costs"), dict) and known_models is not None:
        findings.errors += _projection_problems(doc["costs"])
    findings.errors = _summarised(findings.errors, "problems")
    findings.warnings = _summarised(findings.warnings, "warnings")
    return doc, findings, version


def _projects(costs: dict[str, Any]) -> bool:
    from advisor.costs.projection import CostInputError, project

    try:
        project(costs)
    except CostInputError:
        return False
    return True


MAX_LISTED = 20  # 600,000 unknown keys are one finding worth reading, not 600,000 lines


def _summarised(found: list[str], kind: str) -> list[str]:
    if len(found) <= MAX_LISTED:
        return found
    return found[:MAX_LISTED] + [f"and {len(found) - MAX_LISTED:,} more {kind} like these"]


def _projection_problems(costs: dict[str, Any]) -> list[str]:
    """Inputs each allowed on its own can still overflow the projection together (1e308 requests):
    the file is then refused here, so that ``validate`` and every command agree."""
    from advisor.costs.projection import CostInputError, project

    try:
        project(costs)
    except CostInputError as problem:
        culprits = [key for key in costs if _projects({k: v for k, v in costs.items() if k != key})]
        named = f" (costs.{culprits[0]} is {costs[culprits[0]]!r}, far beyond any real figure)" if culprits else ""
        return [f"costs: {problem}{named}"]
    except Exception:  # a price-table problem is reported where prices are used, not here
        log.warning("projection check skipped", exc_info=True)
    return []


def _known_models() -> frozenset[str] | None:
    try:
        from advisor.costs.pricing import load_price_table

        return load_price_table().model_ids()
    except Exception:  # a broken price table must not make every file unreadable
        log.warning("price table unavailable; model ids not checked", exc_info=True)
        return None


def load_assessment(path: Path | str) -> Assessment:
    """The assessment in ``path``; a FileProblem names the file and every error found."""
    path = Path(path)
    doc, findings, version = _inspect(path, _known_models())
    if findings.errors:
        from advisor.core.shown_problems import shown_problem  # only a damaged file pays for it

        first = shown_problem(findings.errors[0])  # the window's language; English on the command line
        extra = len(findings.errors) - 1
        more = "" if not extra else translate("file", " (and 1 more problem; run 'validate' to list them)") \
            if extra == 1 else translate("file", " (and {0} more problems; run 'validate' to list them)").format(extra)
        raise _problem(path, f"{first}{more}.")
    if findings.warnings:
        log.info("%s: %d warning(s), the first: %s", path, len(findings.warnings), findings.warnings[0])
    assessment = Assessment.from_document(doc, path=path, warnings=findings.warnings)
    if version < CURRENT_VERSION:
        assessment.migrated_from = version
    return assessment


# --- writing -----------------------------------------------------------------------------------

READABLE_UP_TO = 1_000_000  # characters: a file up to this size is written indented, for people


def document_json(document: dict[str, Any]) -> str:
    """The file's text: indented, unless the assessment is big (a long lab history).

    Python's JSON encoder indents only in pure Python, ten times slower than its compact C
    path: a 15 MB history took seconds to save, and indenting grew it 40 %, past the size an
    assessment may have. Both read the same; only a person opening the file sees the difference.
    """
    compact = json.dumps(document, ensure_ascii=False, allow_nan=False)
    if len(compact) > READABLE_UP_TO:
        return compact + "\n"
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def serialize(assessment: Assessment) -> str:
    return document_json(assessment.to_document(copied=False))


def save_assessment(assessment: Assessment, path: Path | str | None = None) -> Path:
    """Write atomically, keeping the previous file as ``FILE.bak``; returns the path written."""
    target = Path(path) if path is not None else assessment.path
    if target is None:
        raise ValueError("save_assessment needs a path for an assessment that has none")
    if target.is_dir():
        raise _problem(target, translate("file", "is a folder; choose a file name to save to."))
    previous_modified = assessment.modified
    assessment.modified = now_iso()
    if assessment.created is None:
        assessment.created = assessment.modified
    from advisor.core.atomic import atomic_write_bytes
    from advisor.core.safe_files import check_not_read_only, check_save_size

    try:
        check_not_read_only(target)
        document = assessment.to_document(copied=False)  # only read, right here
        data = document_json(document).encode("utf-8")
        check_save_size(target, document, len(data), MAX_FILE_BYTES)  # never write what cannot be opened
        _check_loadable(target, document)
        atomic_write_bytes(target, data, keep_backup=True)
    except OSError as error:
        assessment.modified = previous_modified
        reason = translate("file", "the disk is full") if error.errno == 28 else (error.strerror or str(error))
        raise _problem(target, translate("file", "could not be saved: {0}. The previous version is unchanged.").format(
            reason)) from None
    except BaseException:
        assessment.modified = previous_modified
        raise
    assessment.path = target
    assessment.migrated_from = None  # written as CURRENT_VERSION now
    log.info("saved %s", target)
    return target


def _check_loadable(target: Path, document: dict[str, Any]) -> None:
    """Refuse to write what the loader would refuse (an invalid regex, costs that overflow...)."""
    from advisor.document.validation import validate_document

    known = _known_models()
    errors = validate_document(document, known_models=known).errors
    if not errors and isinstance(document.get("costs"), dict) and known is not None:
        errors = _projection_problems(document["costs"])
    if errors:
        more = translate("file", " (and {0} more)").format(len(errors) - 1) if len(errors) > 1 else ""
        raise _problem(target, translate("file", "not saved: {0}{1}. The app could not open the file again with "
                                         "this; correct it first. The file on disk is unchanged.").format(errors[0], more))


def default_file_name(assessment: Assessment) -> str:
    """A file name made from the title, safe on every platform."""
    title = "".join(c for c in assessment.title if c not in '<>:"/\\|?*' and ord(c) >= 32).strip(" .")
    return (title[:80] or "Untitled") + SUFFIX
