"""Fuzzing the assessment loader: whatever a file holds, loading it either gives an assessment or
refuses with a clear message (a FileProblem naming the file, one or two lines, no traceback, no
Python repr), and the file on disk is never touched.

About 2,300 generated files in all: random bytes, truncations and bit flips of a valid file,
random JSON values in every field, deep nesting and huge numbers.
"""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.document.assessment import MAX_DEPTH, Assessment, load_assessment, save_assessment
from advisor.core.errors import FileProblem
from tests.helpers import ROOT

VALID_BYTES = (ROOT / "resources" / "example.fta.json").read_bytes()
VALID = json.loads(VALID_BYTES)
# Text that would betray a Python object or a traceback in a message meant for a person.
NOT_FOR_PEOPLE = ("Traceback", "<class", "object at 0x", "<built-in", "<function", "Error(")
_SLOW_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, suppress_health_check=_SLOW_OK)


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """One file per test, rewritten for every example (the folder is checked to stay clean)."""
    return tmp_path / "case.fta.json"


def load_checked(path: Path, data: bytes) -> Assessment | None:
    """Write ``data``, load it, and check the outcome; None when it was refused."""
    path.write_bytes(data)
    before = (data, os.stat(path).st_mtime_ns)
    try:
        loaded = load_assessment(path)
    except FileProblem as problem:
        message = str(problem)
        assert message.startswith(str(path)), f"the message names the file: {message!r}"
        assert message.count("\n") <= 1 and message.strip(), f"one or two lines: {message!r}"
        assert not any(bad in message for bad in NOT_FOR_PEOPLE), f"plain words only: {message!r}"
        loaded = None
    # Loading never writes: the file is as it was, and nothing appeared beside it.
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    return loaded


# --- strategies --------------------------------------------------------------------------------

def json_values(max_leaves: int = 6) -> st.SearchStrategy[Any]:
    scalars = (st.none() | st.booleans() | st.integers(min_value=-10**400, max_value=10**400)
               | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30)
               | st.sampled_from(["", "fine-tune-advisor/assessment", "claude-haiku-4-5", "falls_short",
                                  "knowledge", "2026-11-28T20:00:00Z", "\x00", "\ufeff", "{{x}}"]))
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=max_leaves)


def _paths(value: Any, prefix: tuple = ()) -> Iterator[tuple]:
    """Every place in a document: each key of each object, each item of each list, and the root."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, prefix + (index,))


PATHS = list(_paths(VALID))


def _replaced(doc: Any, path: tuple, value: Any, delete: bool = False) -> Any:
    if not path:
        return value
    doc = copy.deepcopy(doc)
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


def _nested(depth: int, leaf: Any, kind: str) -> Any:
    for level in range(depth):
        leaf = [leaf] if kind == "list" or (kind == "mixed" and level % 2) else {"k": leaf}
    return leaf


def _dumps(doc: Any) -> bytes:
    # allow_nan writes NaN and Infinity literals, which JSON does not allow: a file may hold them.
    return json.dumps(doc, allow_nan=True, ensure_ascii=False).encode("utf-8", "surrogatepass")


# --- the tests ---------------------------------------------------------------------------------

@fuzz(500)
@given(data=st.binary(max_size=3000))
def test_random_bytes(case, data):
    load_checked(case, data)


@fuzz(250)
@given(cut=st.integers(min_value=0, max_value=len(VALID_BYTES)))
def test_truncated_files(case, cut):
    load_checked(case, VALID_BYTES[:cut])


@fuzz(400)
@given(flips=st.lists(st.tuples(st.integers(0, len(VALID_BYTES) - 1), st.integers(0, 7)),
                      min_size=1, max_size=6))
def test_bit_flips_of_a_valid_file(case, flips):
    data = bytearray(VALID_BYTES)
    for index, bit in flips:
        data[index] ^= 1 << bit
    load_checked(case, bytes(data))


@fuzz(700)
@given(path=st.sampled_from(PATHS), value=json_values(), delete=st.booleans())
def test_any_json_value_in_any_field(case, path, value, delete):
    doc = _replaced(VALID, path, value, delete=delete and bool(path))
    loaded = load_checked(case, _dumps(doc))
    if loaded is not None:  # what loads can be saved again, and reads back the same
        again = case.with_name("again.fta.json")
        try:
            save_assessment(loaded, again)
            assert load_assessment(again) == loaded
        finally:
            for leftover in (again, again.with_name(again.name + ".bak")):
                leftover.unlink(missing_ok=True)


@fuzz(150)
@given(path=st.sampled_from(PATHS),
       depth=st.one_of(st.integers(MAX_DEPTH - 3, MAX_DEPTH + 3), st.integers(MAX_DEPTH, 3000),
                       st.sampled_from([100_000])),
       kind=st.sampled_from(["list", "dict", "mixed"]))
def test_deep_nesting(case, path, depth, kind):
    doc = _replaced(VALID, path, "__NEST__")
    inner = json.dumps(_nested(0, 1, kind))
    opener, closer = {"list": ("[", "]"), "dict": ('{"k": ', "}"), "mixed": ('[{"k": ', "}]")}[kind]
    reps = depth if kind != "mixed" else depth // 2
    nested = opener * reps + inner + closer * reps  # built as text: json.dumps would recurse
    load_checked(case, json.dumps(doc).replace('"__NEST__"', nested).encode())


@fuzz(300)
@given(path=st.sampled_from([p for p in PATHS if p[:1] in (("answers",), ("costs",), ("prompt_lab",), ("version",))]),
       number=st.one_of(st.integers(min_value=-10**300, max_value=10**300),
                        st.sampled_from(["1e308", "1e309", "-1e400", "1e-400", "-0.0", "0e0", "NaN",
                                         "Infinity", "-Infinity", "123456789012345678901234567890.5",
                                         "9" * 4000, "1" + "0" * 4200])))
def test_huge_and_odd_numbers(case, path, number):
    doc = _replaced(VALID, path, "__NUMBER__")
    load_checked(case, json.dumps(doc).replace('"__NUMBER__"', str(number)).encode())


def test_a_number_too_long_to_read_is_refused_clearly(case):
    """Python refuses to read integers of more than 4,300 digits; the loader must say so, not crash."""
    doc = json.dumps(_replaced(VALID, ("answers", "labeled_examples"), "__N__"))
    assert load_checked(case, doc.replace('"__N__"', "9" * 5000).encode()) is None


def test_a_lone_surrogate_is_refused_or_saved_again(case):
    """JSON may escape half a UTF-16 pair ("\\ud800"); such text cannot be written back as UTF-8."""
    doc = json.dumps(_replaced(VALID, ("title",), "\ud800"))  # json writes the \\ud800 escape
    loaded = load_checked(case, doc.encode())
    if loaded is not None:
        save_assessment(loaded, case.with_name("again.fta.json"))


@pytest.mark.parametrize("doc", [[], "text", 3, None, True, {"format": FileProblem.__name__}])
def test_wrong_types_at_the_top(case, doc):
    assert load_checked(case, json.dumps(doc).encode()) is None


def test_the_valid_file_loads(case):
    assert load_checked(case, VALID_BYTES) is not None
