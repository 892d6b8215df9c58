"""Test sets in and out of the prompt lab: CSV, JSONL and a promptfoo config's ``tests:``.

CONTRACT section 5: a CSV has a header row; each column is a variable, except the special
columns below. A JSONL file holds one test object per line, as in ``prompt_lab.tests``. A
promptfoo config (YAML) maps its ``vars`` and the assertion types that exist here. A file with
one bad row is refused whole, naming the row and the column: nothing is half-imported.
"""
from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from advisor.core.i18n import translate
from advisor.lab import expectations
from advisor.lab.test_set_errors import MAX_DEPTH, TestSetError, text_problem  # noqa: F401 (TestSetError re-exported)

MAX_FILE_BYTES = 64 * 1024 * 1024  # far beyond any test set; a bigger file is refused, not read
NAME_COLUMN = "__name"
# A test's name in a CSV (issue 29): the first of these columns the header has; "name" and
# "description" as promptfoo's CSVs write them. The others, if any, stay variables.
NAME_COLUMNS = (NAME_COLUMN, "name", "description")
EXPECT_COLUMN = "__expect"  # a JSON list of expectations: what a CSV export writes, round-trips
# Special CSV columns (CONTRACT section 5) -> the expectation type their cell becomes.
EXPECT_COLUMNS = {"expected": "equals", "__expected": "equals", "__expect_contains": "contains",
                  "__rubric": "llm_rubric"}


@dataclass
class TestSet:
    """What an import would bring in, for the preview: the tests, and where each column goes."""

    __test__ = False
    tests: list[dict[str, Any]]
    source_format: str  # "CSV", "JSONL" or "promptfoo"
    mapping: list[tuple[str, str]] = field(default_factory=list)  # (column, what it becomes)

    @property
    def variables(self) -> list[str]:
        names: list[str] = []
        for test in self.tests:
            names += [n for n in test.get("vars") or {} if n not in names]
        return names


def read_text(path: Path) -> str:
    """A regular file's text (UTF-8, a BOM allowed), refused past MAX_FILE_BYTES."""
    try:
        if not path.is_file():
            raise TestSetError(translate("test_sets", "{0} is not a regular file").format(path.name))
        if os.path.getsize(path) > MAX_FILE_BYTES:
            raise TestSetError(translate("test_sets", "{0} is larger than {1} MB").format(
                path.name, MAX_FILE_BYTES // (1024 * 1024)))
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise TestSetError(translate("test_sets", "{0} cannot be read ({1})").format(
            path.name, error.strerror or error)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TestSetError(translate("test_sets", "{0} is not UTF-8 text (byte {1})").format(
            path.name, error.start)) from None


def load(path: Path) -> TestSet:
    """Parse a test set by its suffix: .csv, .jsonl/.ndjson, or .yaml/.yml (promptfoo)."""
    if not path.is_file():
        raise TestSetError(translate("test_sets", "{0} is not a regular file").format(path.name))
    suffix = path.suffix.lower()
    parsers = {".csv": parse_csv, ".jsonl": parse_jsonl, ".ndjson": parse_jsonl, ".json": parse_jsonl,
               ".yaml": parse_promptfoo, ".yml": parse_promptfoo}
    if suffix not in parsers:
        raise TestSetError(translate("test_sets", "{0}: use a .csv, .jsonl or promptfoo .yaml file").format(path.name))
    return parsers[suffix](read_text(path))


# -- CSV ------------------------------------------------------------------------------------
def name_column(header: list[str]) -> str | None:
    """The column that names each test, if the header has one."""
    return next((column for column in NAME_COLUMNS if column in header), None)


def _column_role(column: str, named_by: str | None) -> str:
    """What a column becomes, in the window's words (the import preview shows it)."""
    if column == named_by:
        return translate("test_sets", "the test's name")
    if column == EXPECT_COLUMN:
        return translate("test_sets", "expectations (JSON)")
    if column in EXPECT_COLUMNS:
        describe = expectations.EXPECTATIONS[EXPECT_COLUMNS[column]].describe
        return translate("test_sets", "expectation: {0}").format(translate("expectations", describe))
    return translate("test_sets", "variable {0}").format("{{" + column + "}}")


def _roles(name: str, variables: str, expect: str) -> list[tuple[str, str]]:
    return [(name, translate("test_sets", "the test's name")), (variables, translate("test_sets", "variables")),
            (expect, translate("test_sets", "expectations"))]


def parse_csv(text: str) -> TestSet:
    csv.field_size_limit(MAX_FILE_BYTES)  # the file's own cap: a long reply is not a refused row
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(rows)
    except StopIteration:
        raise TestSetError(translate("test_sets", "the CSV file is empty: it needs a header row naming the "
                                               "variables")) from None
    except csv.Error as error:
        raise TestSetError(translate("test_sets", "row {0}: not valid CSV ({1})").format(1, error), 1) from None
    header = [h.strip() for h in header]
    _check_header(header)
    tests: list[dict[str, Any]] = []
    line = 1
    try:
        for line, cells in enumerate(rows, start=2):
            if not any(c.strip() for c in cells):
                continue  # a blank line is no test
            tests.append(_csv_test(header, cells, line, len(tests)))
            _refuse_odd_text(tests[-1], translate("test_sets", "row {0}: {1}"), line)
    except csv.Error as error:
        raise TestSetError(translate("test_sets", "row {0}: not valid CSV ({1})").format(line + 1, error),
                           line + 1) from None
    named_by = name_column(header)
    return TestSet(tests, "CSV", [(c, _column_role(c, named_by)) for c in header])


def _check_header(header: list[str]) -> None:
    seen: set[str] = set()
    for index, column in enumerate(header):
        if not column:
            raise TestSetError(translate("test_sets", "row 1, column {0}: a column has no name").format(index + 1),
                               1, str(index + 1))
        if column in seen:
            raise TestSetError(translate("test_sets", "row 1, column {0}: named twice").format(repr(column)), 1, column)
        seen.add(column)
        if column.startswith("__") and column not in (NAME_COLUMN, EXPECT_COLUMN, *EXPECT_COLUMNS):
            known = ", ".join((NAME_COLUMN, EXPECT_COLUMN, *EXPECT_COLUMNS))
            raise TestSetError(translate("test_sets", "row 1, column {0}: not a column this app knows ({1}); "
                                         "rename it to use it as a variable").format(repr(column), known),
                               1, column)


def _csv_test(header: list[str], cells: list[str], row: int, index: int) -> dict[str, Any]:
    if len(cells) != len(header):
        raise TestSetError(translate("test_sets", "row {0}: {1} cells where the header has {2} columns").format(
                           row, len(cells), len(header)),
                           row, header[min(len(cells), len(header)) - 1] if cells else None)
    test: dict[str, Any] = {"name": f"row {row}", "vars": {}, "expect": []}
    named_by = name_column(header)
    for column, cell in zip(header, cells):
        if column == named_by:
            test["name"] = cell if cell.strip() else test["name"]  # as written: export round-trips
        elif column == EXPECT_COLUMN:
            for expect in _expect_cell(cell, row, column):
                test["expect"].append(_checked(expect, row, column))
        elif column in EXPECT_COLUMNS:
            if cell.strip():
                test["expect"].append(_checked({"type": EXPECT_COLUMNS[column], "value": cell}, row, column))
        else:
            test["vars"][column] = cell
    return test


def _expect_cell(cell: str, row: int, column: str) -> list[Any]:
    if not cell.strip():
        return []
    try:
        value = json.loads(cell)
    except RecursionError:
        raise TestSetError(translate("test_sets", "row {0}, column {1}: nested too deeply to read (thousands of "
                                             "brackets)").format(row, repr(column)), row, column) from None
    except ValueError as error:
        raise TestSetError(translate("test_sets", "row {0}, column {1}: not JSON ({2})").format(
            row, repr(column), error.args[0]), row, column) from None
    if not isinstance(value, list):
        raise TestSetError(translate("test_sets", "row {0}, column {1}: must be a JSON list of expectations").format(
            row, repr(column)), row, column)
    return value


def _checked(expect: Any, row: int, column: str) -> dict[str, Any]:
    kind = expect.get("type") if isinstance(expect, dict) else None
    problem = expectations.type_problem(kind, shown=True)
    if problem:
        raise TestSetError(translate("test_sets", "row {0}, column {1}: the type {2}").format(
            row, repr(column), problem), row, column)
    problem = expectations.value_problem(kind, expect.get("value"), shown=True)
    if problem:
        raise TestSetError(translate("test_sets", "row {0}, column {1}: the {2} value {3}").format(
            row, repr(column), kind, problem), row, column)
    return expect


# -- JSONL ----------------------------------------------------------------------------------
def parse_jsonl(text: str) -> TestSet:
    from advisor.lab.test_checks import test_problems

    tests: list[dict[str, Any]] = []
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            test = json.loads(raw)
        except RecursionError:
            raise TestSetError(translate("test_sets", "line {0}: nested too deeply to read (thousands of brackets); "
                                             "a test needs no more than {1} levels").format(line, MAX_DEPTH),
                               line) from None
        except ValueError as error:
            raise TestSetError(translate("test_sets", "line {0}: not JSON ({1})").format(line, error.args[0]),
                               line) from None
        _refuse_odd_text(test, translate("test_sets", "line {0}: {1}"), line)
        if isinstance(test, dict) and "vars" not in test and "expect" not in test:
            plain = {"vars": {k: v for k, v in test.items() if k != "name"}}
            test = {"name": test["name"], **plain} if "name" in test else plain
        problems = test_problems([test])
        if problems:  # where from the English (a fixed path), what wrong in the window's words
            where = problems[0].partition(" ")[0]
            what = test_problems([test], shown=True)[0].replace(where, "", 1).strip()
            column = where.removeprefix("prompt_lab.tests[0]").lstrip(".")
            text = translate("test_sets", "line {0}, {1} {2}") if column else \
                translate("test_sets", "line {0}, the test {2}")
            raise TestSetError(text.format(line, column, what), line, column or "the test")
        if not test.get("name"):
            test["name"] = f"line {line}"
        tests.append(test)
    if not tests:
        raise TestSetError(translate("test_sets", "the JSONL file holds no tests (one JSON object per line)"))
    return TestSet(tests, "JSONL", _roles("name", "vars", "expect"))


# -- promptfoo ------------------------------------------------------------------------------
def parse_promptfoo(text: str) -> TestSet:
    """The ``tests:`` of a promptfoo config (advisor.lab.promptfoo, within its budget)."""
    from advisor.lab import promptfoo

    tests = promptfoo.parse(text)
    for number, test in enumerate(tests, start=1):
        _refuse_odd_text(test, translate("test_sets", "test {0}: {1}"), number)
    return TestSet(tests, "promptfoo", _roles("description", "vars", "assert"))


def _refuse_odd_text(test: Any, template: str, row: int) -> None:
    """``template``: where it is and what is wrong ("row {0}: {1}"), already translated."""
    problem = text_problem(test)
    if problem:
        raise TestSetError(template.format(row, problem), row)


# -- export ---------------------------------------------------------------------------------
def _csv_name_problem(name: str) -> str | None:
    """Why a variable cannot be a CSV column that imports back as that variable, or None."""
    if name in (NAME_COLUMN, EXPECT_COLUMN, *EXPECT_COLUMNS):
        return translate("test_sets", "is the name of a column CSV keeps for the test's name or expectations")
    if name.startswith("__"):
        return translate("test_sets", "starts with __, which CSV keeps for its own columns")
    if not name.strip() or name != name.strip():
        return translate("test_sets", "is blank or starts or ends with a space, which a CSV header loses")
    return None


def tests_to_csv(tests: Iterable[dict[str, Any]]) -> str:
    """The tests as CSV, which :func:`parse_csv` reads back unchanged; TestSetError naming the
    variable when one could not come back as itself (JSONL keeps every name)."""
    tests = list(tests)
    names: list[str] = []
    for test in tests:
        names += [n for n in test.get("vars") or {} if n not in names]
    for name in names:
        problem = _csv_name_problem(name)
        if problem:
            raise TestSetError(translate("test_sets", "the variable {0} {1}: rename it, or export as JSONL, "
                                         "which keeps it").format(repr(name), problem), None, name)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180: a lone \r in a cell is then quoted
    # "name", as promptfoo writes it, unless a variable would be read as the name instead.
    named_by = NAME_COLUMN if set(NAME_COLUMNS[1:]) & set(names) else "name"
    writer.writerow([named_by, *names, EXPECT_COLUMN])
    for test in tests:
        variables = test.get("vars") or {}
        writer.writerow([test.get("name") or "", *(variables.get(n, "") for n in names),
                         json.dumps(test.get("expect") or [], ensure_ascii=False)])
    return out.getvalue()


def tests_to_jsonl(tests: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in tests)


RESULT_COLUMNS = ("model", "name", "passed", "error", "reasons", "output", "input_tokens",
                  "output_tokens", "latency_ms")


def _result_rows(runs: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for run in runs:
        for case in run.get("cases") or []:
            row = {"model": run.get("model"), **{k: case.get(k) for k in RESULT_COLUMNS[1:]}}
            if isinstance(row["reasons"], list):
                row["reasons"] = "; ".join(str(r) for r in row["reasons"])
            yield row


def results_to_csv(runs: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, RESULT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in _result_rows(runs):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def results_to_jsonl(runs: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in _result_rows(runs))
