"""A promptfoo config's ``tests:`` as prompt-lab tests, within a size and node budget (issue 28 #4).

YAML aliases let 1 kB expand to 9^9 values, refer to themselves, or nest thousands deep, which
hung the import or crashed it. The file's events are counted first, without building anything
(PyYAML's parser is a loop, its composer recursive): past :data:`MAX_NODES` values once aliases
are expanded, past :data:`MAX_DEPTH` levels, or with an alias inside its own anchor, the file is
refused naming the line; only then is it loaded, with ``safe_load``'s rules (no code).
"""
from __future__ import annotations

from typing import Any

from advisor.core import shown_numbers
from advisor.core.i18n import translate
from advisor.lab import expectations
from advisor.lab.test_set_errors import TestSetError, scalar_text

MAX_NODES = 1_000_000  # values after expanding aliases: far beyond any real test set
MAX_DEPTH = 64  # levels of nesting: a test set needs five
# promptfoo assertion types -> ours. Others (javascript, similar, cost…) have no equal here.
PROMPTFOO_TYPES = {"equals": "equals", "contains": "contains", "icontains": "icontains",
                   "not-contains": "not_contains", "regex": "regex", "is-json": "is_json",
                   "llm-rubric": "llm_rubric"}


def _line(event: Any) -> int:
    return event.start_mark.line + 1


def check_budget(text: str) -> None:
    """Refuse YAML whose aliases expand past the budget, loop, or that nests too deeply."""
    import yaml

    loader = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader
    nodes, depth = 0, 0
    sizes: dict[str, int] = {}  # anchor -> values under it, once its node is complete
    open_anchors: list[tuple[str | None, int]] = []  # collections still open: (anchor, nodes at start)
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            if event.anchor in (anchor for anchor, _ in open_anchors):
                raise TestSetError(translate("test_sets", "line {0}: the alias *{1} is inside its own anchor (a "
                                             "recursive alias); write the values out instead").format(
                    _line(event), event.anchor), _line(event))
            nodes += sizes.get(event.anchor, 1)
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            nodes += 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                open_anchors.append((event.anchor, nodes - 1))
                if depth > MAX_DEPTH:
                    raise TestSetError(translate("test_sets", "line {0}: nested more than {1} levels deep; a test set "
                                                 "needs a few").format(_line(event), MAX_DEPTH), _line(event))
            elif event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            anchor, start = open_anchors.pop()
            if anchor:
                sizes[anchor] = nodes - start
        if nodes > MAX_NODES:
            raise TestSetError(translate("test_sets", "line {0}: the file expands to more than {1} values (aliases "
                                         "that repeat each other); write the tests out plainly").format(
                _line(event), shown_numbers.number(MAX_NODES)), _line(event))


def parse(text: str) -> list[dict[str, Any]]:
    """The tests of a promptfoo config: ``description`` -> name, ``vars``, ``assert``."""
    import yaml  # PyYAML: safe_load only, so a config can hold no code

    try:
        check_budget(text)
        config = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        text = translate("test_sets", "line {0}: not valid YAML ({1})") if line else \
            translate("test_sets", "not valid YAML ({1})")
        raise TestSetError(text.format(line, getattr(error, "problem", None) or error), line) from None
    items = config.get("tests") if isinstance(config, dict) else config
    if isinstance(items, str):
        raise TestSetError(translate("test_sets", "tests: points to another file ({0}); import that file "
                                     "instead").format(items[:200]), None, "tests")
    if not isinstance(items, list) or not items:
        raise TestSetError(translate("test_sets", "no tests: found (a promptfoo config lists them under tests:)"),
                           None, "tests")
    return [_test(item, number) for number, item in enumerate(items, start=1)]


def _test(item: Any, number: int) -> dict[str, Any]:
    where = f"test {number}"  # the test's name when it has no description (saved: English)
    if not isinstance(item, dict):
        raise TestSetError(translate("test_sets", "test {0}: must be a mapping with vars and assert").format(number),
                           number)
    variables = item.get("vars") or {}
    if not isinstance(variables, dict):
        raise TestSetError(translate("test_sets", "test {0}, vars: must be a mapping of name: value").format(number),
                           number, "vars")
    description = item.get("description")
    if isinstance(description, (dict, list)):
        raise TestSetError(translate("test_sets", "test {0}, description: must be one line of text").format(number),
                           number, "description")
    test: dict[str, Any] = {"name": str(description or where), "vars": {}, "expect": []}
    for name, value in variables.items():
        if isinstance(name, (dict, list, tuple)):
            raise TestSetError(translate("test_sets", "test {0}, vars: a variable's name must be one word, not a "
                                         "{1}").format(number, type(name).__name__), number, "vars")
        if isinstance(value, (dict, list)) or value is None:
            raise TestSetError(translate("test_sets", "test {0}, vars.{1}: must be one value (lists of values are "
                                         "not supported)").format(number, scalar_text(name)[:80]),
                               number, f"vars.{scalar_text(name)[:80]}")
        test["vars"][scalar_text(name)] = scalar_text(value)
    checks = item.get("assert") or []
    if not isinstance(checks, list):
        raise TestSetError(translate("test_sets", "test {0}, assert: must be a list of checks (each with a type), "
                                     "not {1}").format(number, type(checks).__name__), number, "assert")
    for j, check in enumerate(checks, start=1):
        test["expect"].append(_assertion(check, j, number))
    return test


def _assertion(check: Any, j: int, number: int) -> dict[str, Any]:
    kind = check.get("type") if isinstance(check, dict) else None
    if not isinstance(kind, str) or kind not in PROMPTFOO_TYPES:
        shown = repr(kind[:80]) if isinstance(kind, str) else type(kind).__name__ if kind is not None else "None"
        raise TestSetError(translate("test_sets", "test {0}, assert {1}: type {2} has no equal here; use one of "
                                     "{3}").format(number, j, shown, ", ".join(PROMPTFOO_TYPES)), number, "assert")
    ours = PROMPTFOO_TYPES[kind]
    value = check.get("value")
    if ours == "is_json" and isinstance(value, dict):
        ours = "json_schema"  # promptfoo's is-json with a value validates against that schema
    expect = {"type": ours} if not expectations.EXPECTATIONS[ours].needs_value else \
        {"type": ours, "value": value if isinstance(value, dict) else scalar_text(value) if value is not None else None}
    problem = expectations.value_problem(ours, expect.get("value"), shown=True)
    if problem:
        raise TestSetError(translate("test_sets", "test {0}, assert {1} ({2}): the value {3}").format(
            number, j, kind, problem), number, "assert")
    return expect
