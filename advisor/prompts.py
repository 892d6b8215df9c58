"""The prompt lab without the network: building requests, checking replies, validating the lab.

Pure functions over the ``prompt_lab`` dict of CONTRACT section 5. A request is the system
prompt, each example as a user and an assistant turn, then the test's user turn: the template
with each ``{{name}}`` replaced from ``vars`` (or ``vars["input"]`` with no template).
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_MAX_TOKENS = 1024
EXPECT_TYPES = ("equals", "contains", "icontains", "not_contains", "regex", "is_json")
VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class PromptError(ValueError):
    """A test cannot be sent (a variable with no value); the message says which."""


@dataclass(frozen=True)
class Check:
    """The outcome of one expectation on a reply: held or not, and why, in plain words."""

    passed: bool
    reason: str


def template_variables(template: str | None) -> list[str]:
    """The ``{{names}}`` in a template, each once, in order of first use."""
    names: list[str] = []
    for match in VARIABLE.finditer(template or ""):
        if match.group(1) not in names:
            names.append(match.group(1))
    return names


def lab_variables(lab: dict[str, Any]) -> list[str]:
    """The input fields a lab needs: its template's variables, or just ``input`` with none."""
    template = lab.get("template")
    return template_variables(template) if template else ["input"]


def _value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def render(template: str | None, variables: dict[str, Any]) -> str:
    """The user turn for one test; raises PromptError naming every variable with no value."""
    if not template:
        text = _value(variables.get("input"))
        if text is None:
            raise PromptError("no value for {{input}} (the lab has no template, so each test needs "
                              "an 'input' variable)")
        return text
    missing = [name for name in template_variables(template) if _value(variables.get(name)) is None]
    if missing:
        listed = ", ".join("{{" + name + "}}" for name in missing)
        raise PromptError(f"no value for {listed}")
    return VARIABLE.sub(lambda m: _value(variables[m.group(1)]) or "", template)


def build_request(lab: dict[str, Any], variables: dict[str, Any], *,
                  model: str | None = None) -> dict[str, Any]:
    """The keyword arguments of a messages.create call for one test of the lab."""
    messages: list[dict[str, Any]] = []
    for example in lab.get("examples") or []:
        messages.append({"role": "user", "content": str(example.get("input", ""))})
        messages.append({"role": "assistant", "content": str(example.get("output", ""))})
    messages.append({"role": "user", "content": render(lab.get("template"), variables)})
    request: dict[str, Any] = {
        "model": model or lab.get("model"),
        "max_tokens": int(lab.get("max_tokens") or DEFAULT_MAX_TOKENS),
        "messages": messages,
    }
    if lab.get("system"):
        request["system"] = str(lab["system"])
    if isinstance(lab.get("temperature"), (int, float)) and not isinstance(lab["temperature"], bool):
        request["temperature"] = float(lab["temperature"])
    return request


# -- expectations ---------------------------------------------------------------------------
def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def check(expect: dict[str, Any], text: str) -> Check:
    """Whether one expectation holds on the reply ``text``."""
    kind = expect.get("type")
    value = expect.get("value")
    if kind == "equals":
        ok = text.strip() == str(value).strip()
        return Check(ok, f"reply equals {_short(str(value))}" if ok
                     else f"expected exactly {_short(str(value))}, got {_short(text)}")
    if kind == "contains":
        ok = str(value) in text
        return Check(ok, f"reply contains {_short(str(value))}" if ok
                     else f"reply does not contain {_short(str(value))}")
    if kind == "icontains":
        ok = str(value).casefold() in text.casefold()
        return Check(ok, f"reply contains {_short(str(value))} (any case)" if ok
                     else f"reply does not contain {_short(str(value))}, in any case")
    if kind == "not_contains":
        ok = str(value) not in text
        return Check(ok, f"reply does not contain {_short(str(value))}" if ok
                     else f"reply contains {_short(str(value))}, which it must not")
    if kind == "regex":
        try:
            ok = re.search(str(value), text) is not None
        except re.error as error:
            return Check(False, f"the pattern {_short(str(value))} is not a valid regex: {error}")
        return Check(ok, f"reply matches /{value}/" if ok else f"reply does not match /{value}/")
    if kind == "is_json":
        try:
            json.loads(text)
        except ValueError as error:
            return Check(False, f"reply is not valid JSON ({error.args[0] if error.args else error})")
        return Check(True, "reply is valid JSON")
    return Check(False, f"unknown expectation type {kind!r}; use one of {', '.join(EXPECT_TYPES)}")


def check_all(expects: list[dict[str, Any]], text: str) -> tuple[bool, list[Check]]:
    """A test passes when every one of its expectations holds (no expectations: it passes)."""
    checks = [check(expect, text) for expect in expects or []]
    return all(c.passed for c in checks), checks


def failure_reason(checks: list[Check]) -> str | None:
    """The reasons of the checks that failed, joined; None when all passed."""
    failed = [c.reason for c in checks if not c.passed]
    return "; ".join(failed) if failed else None


# -- validation -----------------------------------------------------------------------------
def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def validate_prompt_lab(lab: Any, where: str = "prompt_lab") -> list[str]:
    """Every problem with a prompt_lab's shape, each naming the key; empty when usable."""
    if not isinstance(lab, dict):
        return [f"{where}: must be an object"]
    problems: list[str] = []
    for key in ("model", "system", "template"):
        if key in lab and lab[key] is not None and not isinstance(lab[key], str):
            problems.append(f"{where}.{key}: must be text")
    max_tokens = lab.get("max_tokens")
    if max_tokens is not None and (not isinstance(max_tokens, int) or isinstance(max_tokens, bool)
                                   or max_tokens < 1):
        problems.append(f"{where}.max_tokens: must be a whole number of 1 or more")
    temperature = lab.get("temperature")
    if temperature is not None and (not _is_number(temperature) or not 0 <= temperature <= 1):
        problems.append(f"{where}.temperature: must be a number from 0 to 1")
    examples = lab.get("examples", [])
    if not isinstance(examples, list):
        problems.append(f"{where}.examples: must be a list of {{input, output}}")
    else:
        for i, example in enumerate(examples):
            at = f"{where}.examples[{i}]"
            if not isinstance(example, dict):
                problems.append(f"{at}: must be an object with input and output")
                continue
            for key in ("input", "output"):
                if not isinstance(example.get(key), str):
                    problems.append(f"{at}.{key}: must be text")
    tests = lab.get("tests", [])
    if not isinstance(tests, list):
        problems.append(f"{where}.tests: must be a list")
        return problems
    for i, test in enumerate(tests):
        problems.extend(_validate_test(test, f"{where}.tests[{i}]"))
    return problems


def _validate_test(test: Any, at: str) -> list[str]:
    if not isinstance(test, dict):
        return [f"{at}: must be an object with name, vars and expect"]
    problems: list[str] = []
    if "name" in test and not isinstance(test["name"], str):
        problems.append(f"{at}.name: must be text")
    variables = test.get("vars", {})
    if not isinstance(variables, dict):
        problems.append(f"{at}.vars: must be an object of name: text")
    else:
        for name, value in variables.items():
            if not isinstance(value, str):
                problems.append(f"{at}.vars.{name}: must be text")
    expects = test.get("expect", [])
    if not isinstance(expects, list):
        return problems + [f"{at}.expect: must be a list of {{type, value}}"]
    for j, expect in enumerate(expects):
        where = f"{at}.expect[{j}]"
        if not isinstance(expect, dict):
            problems.append(f"{where}: must be an object with type and value")
            continue
        kind = expect.get("type")
        if kind not in EXPECT_TYPES:
            problems.append(f"{where}.type: {kind!r} is not one of {', '.join(EXPECT_TYPES)}")
            continue
        if kind == "is_json":
            continue
        if not isinstance(expect.get("value"), str):
            problems.append(f"{where}.value: must be text")
        elif kind == "regex":
            try:
                re.compile(expect["value"])
            except re.error as error:
                problems.append(f"{where}.value: not a valid regex ({error})")
    return problems


def test_name(test: dict[str, Any], index: int) -> str:
    """A test's name, or a stable one made up from its position."""
    name = test.get("name")
    return name if isinstance(name, str) and name.strip() else f"test {index + 1}"


test_name.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported
