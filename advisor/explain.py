"""Help pages rendered from the data itself: the rules file and the cost formula.

What the Help menu shows is generated from ``resources/rules.toml`` and the declared cost
inputs, so the explanation can never drift from what the advisor really does.
"""
from __future__ import annotations

import html

from advisor.conditions import (DERIVED, PLACEHOLDER, AllOf, AnyOf, Condition, Leaf, Not,
                                describe_leaf)
from advisor.cost_inputs import COST_INPUTS
from advisor.rules import RuleSet, default_rules


def _e(text: object) -> str:
    return html.escape(str(text))


def _general(text: str) -> str:
    """Rules texts name an assessment's own figures; the help page has none, so say what they are."""
    def replace(match) -> str:
        kind, name = match.groups()
        return "your answer" if kind == "answer" else "$X"
    return PLACEHOLDER.sub(replace, text)


def _condition_html(condition: Condition, rules: RuleSet) -> str:
    if isinstance(condition, Leaf):
        return _e(_general(condition.says) if condition.says else describe_leaf(condition, rules.bank))
    if isinstance(condition, Not):
        return "not: " + _condition_html(condition.item, rules)
    joiner = "all of" if isinstance(condition, AllOf) else "any of"
    assert isinstance(condition, (AllOf, AnyOf))
    items = "".join(f"<li>{_condition_html(item, rules)}</li>" for item in condition.items)
    return f"{joiner}:<ul>{items}</ul>"


def _source_html(source) -> str:
    if source.url:
        return f'<a href="{_e(source.url)}">{_e(source.title)}</a>'
    return _e(source.title + (f", {source.citation}" if source.citation else ""))


def rules_html(rules: RuleSet | None = None) -> str:
    """How the advisor decides: every rule in order, its conditions, its reason and its source."""
    rules = rules or default_rules()
    parts = ["<h2>How the advisor decides</h2>",
             "<p>The rules are tried in order and the first one that holds gives the advice. "
             "Each recommendation shows which conditions held for your answers. "
             "<i>$X</i> stands for a figure computed from the assessment's cost inputs, such as "
             f"{_e(DERIVED['upfront_fine_tune_usd'][0])}.</p><ol>"]
    for rule in rules.rules:
        verdict = rules.verdicts[rule.verdict].title
        when = _condition_html(rule.when, rules) if rule.when is not None else "always (the fallback)"
        parts.append(f"<li><p><b>{_e(rule.title)}</b> → <i>{_e(verdict)}</i></p>"
                     f"<p>When {when}</p><p>{_e(_general(rule.rationale))}</p>"
                     f"<p style='color: gray;'>Source: {_source_html(rule.source)}</p></li>")
    parts.append("</ol><h3>Advisory notes</h3><p>These never change the verdict, but appear among "
                 "the reasons when they apply.</p><ul>")
    for note in rules.notes:
        parts.append(f"<li>{_e(_general(note.text))} <span style='color: gray;'>— {_source_html(note.source)}</span></li>")
    parts.append("</ul>")
    return "".join(parts)


from advisor.costs import COST_FORMULA  # noqa: E402  the formula text lives beside the formula


def costs_html() -> str:
    """How costs are computed: the formula and every input with its default and meaning."""
    rows = "".join(
        f"<tr><td><code>{_e(c.id)}</code></td><td>{_e(c.label)}</td>"
        f"<td align='right'>{_e(c.default)}</td><td>{_e(c.unit)}</td><td>{_e(c.help)}</td></tr>"
        for c in COST_INPUTS)
    return (
        "<h2>How costs are computed</h2>"
        "<p>Both paths are priced month by month from your inputs. <i>in</i> and <i>out</i> are the "
        "model's prices per million input and output tokens from the price table (Costs → Prices…). "
        "A month has 730 hours; 2,628,000 seconds.</p>"
        f"<pre>{_e(COST_FORMULA)}</pre>"
        "<h3>The inputs</h3><table cellspacing='0' cellpadding='4' border='1'>"
        "<tr><th>id</th><th>input</th><th>default</th><th>unit</th><th>meaning</th></tr>"
        f"{rows}</table>")
