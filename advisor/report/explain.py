"""Help pages rendered from the data itself: the rules file and the cost formula.

What the Help menu shows is generated from ``resources/rules.toml`` and the declared cost
inputs, so the explanation can never drift from what the advisor really does.
"""
from __future__ import annotations

import html

from advisor.core.i18n import translate
from advisor.decision.conditions import (DERIVED, PLACEHOLDER, AllOf, AnyOf, Condition, Leaf, Not,
                                describe_leaf)
from advisor.costs.inputs import COST_INPUTS
from advisor.decision.rules import RuleSet, default_rules


def _e(text: object) -> str:
    return html.escape(str(text))


def _general(text: str) -> str:
    """Rules texts name an assessment's own figures; the help page has none, so say what they are."""
    def replace(match) -> str:
        kind, name = match.groups()
        if kind == "answer":
            return translate("help", "your answer")
        return "$X" if DERIVED[name].unit == "usd" else "N"
    return PLACEHOLDER.sub(replace, text)


def _condition_html(condition: Condition, rules: RuleSet) -> str:
    if isinstance(condition, Leaf):
        return _e(_general(translate("rules", condition.says)) if condition.says else describe_leaf(condition, rules.bank))
    if isinstance(condition, Not):
        return translate("help", "not: {0}").format(_condition_html(condition.item, rules))
    assert isinstance(condition, (AllOf, AnyOf))
    items = "".join(f"<li>{_condition_html(item, rules)}</li>" for item in condition.items)
    joined = translate("help", "all of:{0}") if isinstance(condition, AllOf) else translate("help", "any of:{0}")
    return joined.format(f"<ul>{items}</ul>")


def _source_html(source) -> str:
    checked = translate("help", " (checked {0})").format(_e(source.checked)) if source.checked else ""
    if source.url:
        return f'<a href="{_e(source.url)}">{_e(source.title)}</a>{checked}'
    return _e(source.title + (f", {source.citation}" if source.citation else "")) + checked


def rules_html(rules: RuleSet | None = None) -> str:
    """How the advisor decides: every rule in order, its conditions, its reason and its source."""
    rules = rules or default_rules()
    parts = [translate("help", "<h2>How the advisor decides</h2>"),
             translate("help", "<p>The advisor gives one of {0} verdicts: {1}. "
                       "The rules are tried in order and the first one that holds gives the advice. "
                       "Each recommendation shows which conditions held for your answers. "
                       "<i>$X</i> and <i>N</i> stand for figures computed from the assessment's cost inputs and "
                       "their projection, such as {2}. A measured pass "
                       "rate on at least 20 cases, against your quality bar, decides whether prompting meets "
                       "the bar.</p>").format(len(rules.verdicts),
                                              "; ".join(f"<b>{_e(translate('rules', v.title))}</b>" for v in rules.verdicts.values()),
                                              _e(translate("decision", DERIVED['upfront_fine_tune_usd'].label))) + "<ol>"]
    for rule in rules.rules:
        verdict = translate("rules", rules.verdicts[rule.verdict].title)
        when = _condition_html(rule.when, rules) if rule.when is not None else translate("help", "always (the fallback)")
        parts.append(f"<li><p><b>{_e(translate('rules', rule.title))}</b> → <i>{_e(verdict)}</i></p>"
                     + translate("help", "<p>When {0}</p>").format(when) + f"<p>{_e(_general(translate('rules', rule.rationale)))}</p>"
                     + translate("help", "<p style='color: gray;'>Source: {0}</p>").format(_source_html(rule.source))
                     + "</li>")
    parts.append("</ol>" + translate("help", "<h3>Advisory notes</h3><p>These never change the verdict, but appear "
                                     "among the reasons when they apply.</p>") + "<ul>")
    for note in rules.notes:
        parts.append(f"<li>{_e(_general(translate('rules', note.text)))} <span style='color: gray;'>— {_source_html(note.source)}</span></li>")
    parts.append("</ul>" + translate("help", "<h3>Confidence</h3><p>High, less one level for each of: an unanswered "
                                     "question that could change the verdict; a numeric threshold passed by less "
                                     "than 25 %; the verdict and the cost projection disagreeing; prompt evidence "
                                     "that is inconclusive or rests on fewer than 20 cases. Two or more give low.</p>"))
    parts.append(translate("help", "<h3>Sources</h3><p>Each source once, with what the advisor relies on it for and "
                           "the date it was last checked to say so.</p>")
                 + "<table cellspacing='0' cellpadding='4' border='1'>"
                 + translate("help", "<tr><th>source</th><th>what it supports</th><th>checked</th></tr>"))
    for source in rules.sources.values():
        parts.append(f"<tr><td><a href=\"{_e(source.url)}\">{_e(source.title)}</a></td>"
                     f"<td>{_e(translate('rules', source.claim))}</td><td>{_e(source.checked)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


from advisor.costs.projection import COST_FORMULA  # noqa: E402  the formula text lives beside the formula


def costs_html() -> str:
    """How costs are computed: the formula and every input with its default and meaning."""
    rows = "".join(
        f"<tr><td><code>{_e(c.id)}</code></td><td>{_e(c.label)}</td>"
        f"<td align='right'>{_e(c.default)}</td><td>{_e(c.unit)}</td><td>{_e(c.help)}</td></tr>"
        for c in COST_INPUTS)
    return (
        translate("help", "<h2>How costs are computed</h2>"
                  "<p>Both paths are priced month by month from your inputs. <i>in</i> and <i>out</i> are the "
                  "model's prices per million input and output tokens from the price table (Costs → Prices…). "
                  "A month has 730 hours; 2,628,000 seconds.</p>")
        + f"<pre>{_e(COST_FORMULA)}</pre>"
        + translate("help", "<h3>The inputs</h3>") + "<table cellspacing='0' cellpadding='4' border='1'>"
        + translate("help", "<tr><th>id</th><th>input</th><th>default</th><th>unit</th><th>meaning</th></tr>")
        + f"{rows}</table>")
