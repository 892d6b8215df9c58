"""Requests built per CONTRACT section 5, expectations with reasons, validation naming the key."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor.lab import prompts
from advisor.lab.prompts import PromptError
from advisor.document.validation import prompt_lab_problems

LAB = {
    "model": "claude-haiku-4-5",
    "system": "You route support tickets to a team.",
    "template": "Ticket: {{ticket}}",
    "examples": [{"input": "Ticket: card declined", "output": "billing"}],
    "max_tokens": 256,
    "tests": [{"name": "refund", "vars": {"ticket": "I want my money back"},
               "expect": [{"type": "icontains", "value": "billing"}]}],
}


def test_the_contract_example_becomes_this_request():
    request = prompts.build_request(LAB, LAB["tests"][0]["vars"])
    assert request == {
        "model": "claude-haiku-4-5",
        "max_tokens": 256,
        "system": "You route support tickets to a team.",
        "messages": [
            {"role": "user", "content": "Ticket: card declined"},
            {"role": "assistant", "content": "billing"},
            {"role": "user", "content": "Ticket: I want my money back"},
        ],
    }


def test_model_override_temperature_and_defaults():
    request = prompts.build_request({"temperature": 0.2}, {"input": "hi"}, model="claude-opus-4-5")
    assert request["model"] == "claude-opus-4-5"
    assert request["extra_body"] == {"temperature": 0.2}  # the SDK has no temperature argument
    assert request["max_tokens"] == prompts.DEFAULT_MAX_TOKENS
    assert "system" not in request
    assert request["messages"] == [{"role": "user", "content": "hi"}]


def test_without_a_template_the_input_variable_is_the_user_turn():
    assert prompts.render(None, {"input": "plain text"}) == "plain text"
    with pytest.raises(PromptError, match=r"\{\{input\}\}"):
        prompts.render("", {})


def test_a_variable_with_no_value_is_an_error_naming_it():
    with pytest.raises(PromptError) as caught:
        prompts.render("{{a}} and {{ b }} and {{c}}", {"a": "x"})
    assert str(caught.value) == "no value for {{b}}, {{c}}"


def test_variables_are_found_once_in_order():
    assert prompts.template_variables("{{b}} {{a}} {{ b }} {{not a var}} {{x1}}") == ["b", "a", "x1"]
    assert prompts.lab_variables(LAB) == ["ticket"]
    assert prompts.lab_variables({}) == ["input"]


@given(st.dictionaries(st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True),
                       st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=20),
                       min_size=1, max_size=5))
def test_rendering_fills_every_variable(values):
    template = " | ".join("{{" + name + "}}" for name in values)
    assert prompts.render(template, values) == " | ".join(values.values())


@pytest.mark.parametrize("expect, text, passed, reason", [
    ({"type": "equals", "value": "billing"}, " billing\n", True, "reply equals 'billing'"),
    ({"type": "equals", "value": "billing"}, "Billing", False, "expected exactly 'billing', got 'Billing'"),
    ({"type": "contains", "value": "bill"}, "billing", True, "reply contains 'bill'"),
    ({"type": "contains", "value": "Bill"}, "billing", False, "reply does not contain 'Bill'"),
    ({"type": "icontains", "value": "BILL"}, "billing", True, "reply contains 'BILL' (any case)"),
    ({"type": "icontains", "value": "refund"}, "billing", False,
     "reply does not contain 'refund', in any case"),
    ({"type": "not_contains", "value": "sorry"}, "billing", True, "reply does not contain 'sorry'"),
    ({"type": "not_contains", "value": "sorry"}, "sorry, billing", False,
     "reply contains 'sorry', which it must not"),
    ({"type": "regex", "value": r"^(billing|account)$"}, "account", True,
     "reply matches /^(billing|account)$/"),
    ({"type": "regex", "value": r"^\d+$"}, "twelve", False, r"reply does not match /^\d+$/"),
    ({"type": "is_json"}, '{"team": "billing"}', True, "reply is valid JSON"),
])
def test_expectations_hold_or_say_why_not(expect, text, passed, reason):
    assert prompts.check(expect, text) == prompts.Check(passed, reason)


def test_not_json_says_what_is_wrong():
    result = prompts.check({"type": "is_json"}, "team: billing")
    assert not result.passed and result.reason.startswith("reply is not valid JSON")


def test_a_test_passes_only_when_every_expectation_holds():
    expects = [{"type": "contains", "value": "bill"}, {"type": "not_contains", "value": "ing"}]
    passed, checks = prompts.check_all(expects, "billing")
    assert not passed
    assert prompts.failure_reason(checks) == "reply contains 'ing', which it must not"
    assert prompts.check_all([], "anything") == (True, [])


def test_a_valid_lab_has_no_problems():
    assert prompt_lab_problems(LAB) == []
    assert prompt_lab_problems({}) == []


def test_validation_names_each_bad_key():
    # One validator for the lab (the file validator's), whose words eval and validate both use.
    lab = {
        "model": 3, "max_tokens": 0, "temperature": 2, "examples": [{"input": "x"}, "nope"],
        "tests": [
            {"name": 5, "vars": {"ticket": ["a"]}, "expect": [{"type": "startswith", "value": "a"}]},
            {"vars": [], "expect": [{"type": "regex", "value": "("}, {"type": "contains"}]},
            "not a test",
        ],
    }
    problems = prompt_lab_problems(lab)
    assert problems == [
        "prompt_lab.model is a number; it must be text",
        "prompt_lab.max_tokens is 0; it must be a whole number of at least 1",
        "prompt_lab.temperature is 2; it must be a number from 0 to 1",
        "prompt_lab.examples[0].output is null; it must be text",
        "prompt_lab.examples[1] is text; it must be an object with input and output",
        "prompt_lab.tests[0].name is a number; it must be text",
        "prompt_lab.tests[0].vars must be an object mapping variable names to text",
        "prompt_lab.tests[0].expect[0].type is 'startswith'; it must be one of equals, contains, "
        "icontains, not_contains, regex, is_json, json_schema, llm_rubric",
        "prompt_lab.tests[1].vars must be an object mapping variable names to text",
        "prompt_lab.tests[1].expect[0].value is '('; it must be a valid regular expression "
        "(missing ), unterminated subpattern at position 0)",
        "prompt_lab.tests[1].expect[1].value is null; it must be text",
        "prompt_lab.tests[2] is text; it must be an object with name, vars and expect",
    ]
    assert prompt_lab_problems([]) == ["prompt_lab is a list; it must be an object"]


def test_every_registered_type_is_checked_and_named_in_plain_words():
    from advisor.lab.expectations import EXPECTATIONS

    for kind, entry in EXPECTATIONS.items():
        assert entry.describe and "_" not in entry.describe, kind
        if entry.check is not None:
            value = "x" if entry.needs_value else None
            assert isinstance(prompts.check({"type": kind, "value": value}, "x").passed, bool)


def test_unnamed_tests_get_a_name_from_their_position():
    assert prompts.test_name({}, 2) == "test 3"
    assert prompts.test_name({"name": "refund"}, 0) == "refund"
