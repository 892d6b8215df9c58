"""A run's saved check reasons shown in the window's language: every reason the checks can give
is one the window knows how to re-word, the values quoted in it kept as written; with no
translator (the command line, the file) they are the checks' own English."""
from __future__ import annotations

import pytest

from advisor.core import i18n
from advisor.lab.expectations import check
from advisor.lab.shown_reasons import shown_reason, shown_reasons
from tests.advisor.test_decision_german import german  # noqa: F401 - the fixture

SCHEMA = {"type": "object", "required": ["team"], "properties": {"team": {"type": "string"}}}
# (expectation, reply): every branch of every local check, passed and failed
CASES = [
    ({"type": "equals", "value": "billing"}, "billing"), ({"type": "equals", "value": "billing"}, "refunds"),
    ({"type": "contains", "value": "bill"}, "billing"), ({"type": "contains", "value": "bill"}, "refunds"),
    ({"type": "icontains", "value": "BILL"}, "billing"), ({"type": "icontains", "value": "BILL"}, "refunds"),
    ({"type": "not_contains", "value": "bill"}, "refunds"), ({"type": "not_contains", "value": "bill"}, "billing"),
    ({"type": "regex", "value": "^bill"}, "billing"), ({"type": "regex", "value": "^bill"}, "refunds"),
    ({"type": "regex", "value": "(unclosed"}, "billing"),
    ({"type": "is_json"}, '{"team": "billing"}'), ({"type": "is_json"}, "billing"),
    ({"type": "json_schema", "value": SCHEMA}, '{"team": "billing"}'),
    ({"type": "json_schema", "value": SCHEMA}, '{"team": 3}'), ({"type": "json_schema", "value": SCHEMA}, "{}"),
    ({"type": "json_schema", "value": {"type": 12}}, "{}"),
]


@pytest.fixture
def marked():
    i18n.set_translator(lambda context, text: f"<{context}:{text}>")
    yield
    i18n.set_translator(None)


@pytest.mark.parametrize("expect, reply", CASES)
def test_every_reason_a_check_gives_is_one_the_window_rewords(marked, expect, reply):
    reason = check(expect, reply).reason
    assert shown_reason(reason).startswith("<check_reasons:"), reason


def test_the_reasons_read_german_with_their_values_as_written(german):  # noqa: F811
    said = check({"type": "icontains", "value": "BILL"}, "refunds").reason
    assert shown_reason(said) == "Antwort enthält 'BILL' nicht, auch ohne Beachtung der Groß-/Kleinschreibung"
    joined = "; ".join(check({"type": t, "value": "x"}, "billing").reason for t in ("equals", "contains"))
    assert shown_reasons(joined) == "genau 'x' erwartet, erhalten: 'billing'; Antwort enthält 'x' nicht"
    assert shown_reason("the model said so") == "the model said so"  # unknown: as it was


def test_without_a_translator_the_reasons_are_the_checks_own():
    for expect, reply in CASES:
        reason = check(expect, reply).reason
        assert shown_reason(reason) == reason and shown_reasons(reason) == reason
