"""The prompt lab without the network: building requests, checking replies, validating the lab.

Pure functions over the ``prompt_lab`` dict of CONTRACT section 5. A request is the system
prompt, each example as a user and an assistant turn, then the test's user turn: the template
with each ``{{name}}`` replaced from ``vars`` (or ``vars["input"]`` with no template).
"""
from __future__ import annotations

import logging
import re
from typing import Any

from advisor.lab.expectations import Check, check

log = logging.getLogger(__name__)

DEFAULT_MAX_TOKENS = 1024
VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class PromptError(ValueError):
    """A test cannot be sent (a variable with no value); the message says which."""

    def __init__(self, message: str, missing: list[str] | None = None) -> None:
        super().__init__(message)
        self.missing = list(missing or [])


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
            raise PromptError("no value for {{input}}: with no template, each test's 'input' "
                              "variable is the message sent", ["input"])
        return text
    missing = [name for name in template_variables(template) if _value(variables.get(name)) is None]
    if missing:
        listed = ", ".join("{{" + name + "}}" for name in missing)
        raise PromptError(f"no value for {listed}", missing)
    return VARIABLE.sub(lambda m: _value(variables[m.group(1)]) or "", template)


SAMPLING_FIELDS = ("temperature", "top_p", "top_k")
EFFORT_LEVELS = ("low", "medium", "high", "xhigh", "max")
SNAPSHOT_FIELDS = ("system", "template", "examples", "max_tokens", *SAMPLING_FIELDS, "effort")


def takes_sampling(price: Any) -> bool:
    """Whether a model may be sent temperature/top_p/top_k: the price table row says (no row: yes)."""
    return not getattr(price, "rejects_sampling", False)


def takes_effort(price: Any) -> bool:
    return bool(getattr(price, "supports_effort", False))


def build_request(lab: dict[str, Any], variables: dict[str, Any], *,
                  model: str | None = None, price: Any = None) -> dict[str, Any]:
    """The keyword arguments of a messages.create call for one test of the lab.

    ``price`` is the model's row of the price table (pricing.ModelPrice), which says whether the
    model takes sampling parameters and ``effort``. The installed SDK has no ``temperature``
    argument, so sampling goes through its documented escape hatch for fields it does not
    model, ``extra_body`` (anthropic-sdk-python README, "Undocumented request params", checked
    2026-12-01), and only to models whose row does not reject it.
    """
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
    sampling = {name: lab[name] for name in SAMPLING_FIELDS
                if isinstance(lab.get(name), (int, float)) and not isinstance(lab[name], bool)}
    if sampling and takes_sampling(price):
        request["extra_body"] = sampling
    if lab.get("effort") in EFFORT_LEVELS and takes_effort(price):
        request["output_config"] = {"effort": lab["effort"]}
    return request


def as_api_body(request: dict[str, Any]) -> dict[str, Any]:
    """A request as the API's JSON body (a batch's ``params``): ``extra_body`` merged in."""
    body = {k: v for k, v in request.items() if k != "extra_body"}
    body.update(request.get("extra_body") or {})
    return body


def prompt_snapshot(lab: dict[str, Any]) -> dict[str, Any]:
    """What a run sent, kept with it so two runs can be compared (tests and model apart)."""
    return {k: lab[k] for k in SNAPSHOT_FIELDS if lab.get(k) not in (None, "", [])}


# -- expectations (declared in advisor.lab.expectations) ---------------------------------------
def check_all(expects: list[dict[str, Any]], text: str) -> tuple[bool, list[Check]]:
    """A test passes when every one of its expectations holds (no expectations: it passes)."""
    checks = [check(expect, text) for expect in expects or []]
    return all(c.passed for c in checks), checks


def failure_reason(checks: list[Check]) -> str | None:
    """The reasons of the checks that failed, joined; None when all passed."""
    failed = [c.reason for c in checks if not c.passed]
    return "; ".join(failed) if failed else None


def test_name(test: dict[str, Any], index: int) -> str:
    """A test's name, or a stable one made up from its position."""
    name = test.get("name")
    return name if isinstance(name, str) and name.strip() else f"test {index + 1}"


test_name.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported
