"""The ``is_json`` and ``json_schema`` checks, safe against a hostile reply or schema (issue 28 #2, #3).

- Every regular expression a schema runs (``pattern``, ``patternProperties`` and the
  ``additionalProperties`` they imply) goes through advisor/core/safe_regex.py, sharing one time
  limit per check: jsonschema's own keywords use the stdlib ``re``, which never stops and holds
  the GIL, so ``^(a|aa)+$`` froze the run and the window. The keywords are replaced through
  ``jsonschema.validators.extend`` (python-jsonschema.readthedocs.io "Creating or Extending
  Validator Classes", checked 2026-12-07). ``unevaluatedProperties`` with ``patternProperties``
  would match them inside jsonschema, out of reach, so that pairing is refused as a schema problem.
- A reply nested thousands deep, or a schema whose ``$ref`` loops, is a :class:`CheckError` for
  that one test (its reason said), never a crash of the whole run.
"""
from __future__ import annotations

import json
import threading
import time
from typing import Any, Iterator

from advisor.core import safe_regex
from advisor.core.i18n import QT_TRANSLATE_NOOP
from advisor.lab.check_base import LOOP, UNRESOLVED, Check, CheckError, short, shown_text

_deadline = threading.local()  # when this thread's check must be done with its patterns
_classes: dict[type, type] = {}
# Also in a run's reasons, saved in English; translated only where schema_problem shows them.
TOO_DEEP = "the reply is nested too deeply to check (thousands of levels of brackets)"


def _search(pattern: str, text: str) -> bool:
    left = getattr(_deadline, "at", time.monotonic() + safe_regex.TIME_LIMIT_S) - time.monotonic()
    if left <= 0:
        raise safe_regex.RegexTimeout(f"the schema's patterns took longer than {safe_regex.TIME_LIMIT_S:g} s "
                                      "on this reply; simplify them, e.g. (a+)+ → a+")
    try:
        return safe_regex.search(pattern, text, seconds=left)
    except ValueError as error:
        raise CheckError(f"the schema's pattern {short(pattern)} is not a usable regular expression "
                         f"({error})") from None


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not _search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(validator: Any, patterns: dict[str, Any], instance: Any, schema: Any) -> Iterator[Any]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        for key, value in instance.items():
            if _search(pattern, key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _additional_properties(validator: Any, allowed: Any, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    if not validator.is_type(instance, "object"):
        return
    named, patterns = schema.get("properties", {}), list(schema.get("patternProperties", {}))
    extras = [key for key in instance if key not in named and not any(_search(p, key) for p in patterns)]
    if validator.is_type(allowed, "object"):
        for extra in extras:
            yield from validator.descend(instance[extra], allowed, path=extra)
    elif not allowed and extras:  # jsonschema's own wording, as before
        shown = ", ".join(repr(extra) for extra in sorted(extras, key=str))
        verb = "was" if len(extras) == 1 else "were"
        if patterns:
            regexes = ", ".join(repr(each) for each in sorted(patterns))
            yield ValidationError(f"{shown} {'does' if len(extras) == 1 else 'do'} not match any of the "
                                  f"regexes: {regexes}")
        else:
            yield ValidationError(f"Additional properties are not allowed ({shown} {verb} unexpected)")


def _safe_class(schema: dict[str, Any]) -> type:
    """The schema's validator class, its regular-expression keywords time-limited."""
    import jsonschema

    base = jsonschema.validators.validator_for(schema)
    if base not in _classes:
        _classes[base] = jsonschema.validators.extend(base, {
            "pattern": _pattern, "patternProperties": _pattern_properties,
            "additionalProperties": _additional_properties})
    return _classes[base]


def _validator(schema: dict[str, Any]) -> Any:
    """A validator that resolves ``$ref`` within the schema only: jsonschema's default fetches any
    other address with no time limit (``http://…`` hangs the run, ``file:///…`` reads this computer)."""
    import referencing

    return _safe_class(schema)(schema, registry=referencing.Registry())


def _unresolved(error: Exception) -> str:
    return UNRESOLVED.format(repr(getattr(error, "ref", None) or str(error)))


def _keywords(schema: Any, limit: int = 100_000) -> set[str]:
    """Every keyword used anywhere in ``schema`` (walked without recursion, at most ``limit`` nodes)."""
    found: set[str] = set()
    stack, seen = [schema], 0
    while stack and seen < limit:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            found.update(k for k in node if isinstance(k, str))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def schema_problem(value: Any, shown: bool = False) -> str | None:
    """Why ``value`` is not a JSON Schema this app can check replies with, or None (``shown``: in the
    window's language; jsonschema's own words and the quoted errors stay as they are)."""
    def said(text: str) -> str:
        return shown_text(shown, "expectations", text)

    if not isinstance(value, dict):
        return said(QT_TRANSLATE_NOOP("expectations", "must be a JSON Schema (an object)"))
    import jsonschema
    import referencing.exceptions

    try:
        jsonschema.validators.validator_for(value).check_schema(value)
    except jsonschema.SchemaError as error:
        return said(QT_TRANSLATE_NOOP("expectations", "must be a valid JSON Schema ({0})")).format(error.message)
    except RecursionError:
        return said(QT_TRANSLATE_NOOP("expectations", "must be a JSON Schema nested less deeply"))
    if {"unevaluatedProperties", "patternProperties"} <= _keywords(value):
        return said(QT_TRANSLATE_NOOP("expectations", "must not combine unevaluatedProperties with "
                                      "patternProperties (their patterns could not be time-limited); use "
                                      "additionalProperties instead"))
    try:  # a schema that loops does so on any reply: try the simplest ones
        validator = _validator(value)
        for probe in (None, {}, [], "", 0):
            for _ in validator.iter_errors(probe):
                pass
    except RecursionError:
        return said(QT_TRANSLATE_NOOP("expectations", "must be a JSON Schema that resolves: {0}")).format(
            said(LOOP))
    except referencing.exceptions.Unresolvable as error:
        return said(QT_TRANSLATE_NOOP("expectations", "must be a JSON Schema that resolves: {0}")).format(
            said(UNRESOLVED).format(repr(getattr(error, "ref", None) or str(error))))
    except (safe_regex.RegexTimeout, CheckError) as error:
        from advisor.lab.shown_reasons import shown_check_problem

        return said(QT_TRANSLATE_NOOP("expectations", "must be a JSON Schema whose patterns work ({0})")).format(
            shown_check_problem(str(error)) if shown else error)
    return None


def _parsed(text: str) -> Any:
    """The reply as JSON; a Check when it is not JSON; CheckError when too deep to parse."""
    try:
        return json.loads(text)
    except RecursionError:
        raise CheckError(TOO_DEEP) from None
    except ValueError as error:
        return Check(False, f"reply is not valid JSON ({error.args[0] if error.args else error})")


def is_json(_value: Any, text: str) -> Check:
    parsed = _parsed(text)
    return parsed if isinstance(parsed, Check) else Check(True, "reply is valid JSON")


def json_schema(value: Any, text: str) -> Check:
    import jsonschema
    import referencing.exceptions

    reply = _parsed(text)
    if isinstance(reply, Check):
        return reply
    if schema_problem(value):
        return Check(False, "the schema is not a valid JSON Schema")
    _deadline.at = time.monotonic() + safe_regex.TIME_LIMIT_S  # one limit for all its patterns
    try:
        error = jsonschema.exceptions.best_match(_validator(value).iter_errors(reply))
    except RecursionError:
        raise CheckError(f"the schema could not be checked on this reply: {LOOP}, or the reply is "
                         "nested too deeply") from None
    except referencing.exceptions.Unresolvable as problem:
        raise CheckError(f"the schema could not be checked on this reply: {_unresolved(problem)}") from None
    finally:
        del _deadline.at
    if error is None:
        return Check(True, "reply matches the JSON Schema")
    where = "/".join(str(p) for p in error.absolute_path)
    return Check(False, f"reply does not match the JSON Schema{' at ' + where if where else ''}: "
                        f"{short(error.message, 120)[1:-1]}")
