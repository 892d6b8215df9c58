"""The summary as a one- or two-page HTML brief, for printing, PDF and an HTML file.

Written for Qt's rich-text engine (QTextDocument), which understands HTML 4 tables and a small
part of CSS: boxes are one-cell tables with a background and border, never <div>s with flex or
grid. Every piece of text is escaped: nothing in the summary or the file is trusted as markup.

:func:`render_html` needs only the summary dict; :func:`build_brief` adds what a printed brief
shows beyond it (the cumulative-cost chart, totals at a few months, the inputs the user set, the
prompt tested). The chart is drawn with matplotlib, imported only when a brief is built.
"""
from __future__ import annotations

import base64
import html
import logging
from dataclasses import dataclass, field, replace
from typing import Any

from advisor.core.i18n import translate
from advisor.core.terminal import show_bidi
from advisor.report.shown import date, money, number
from advisor.report.summary import build_summary
from advisor.report.sections import Headline, Item, Section, headline, recommendation_sections

log = logging.getLogger(__name__)

CHART_URL = "chart://cumulative"  # the resource name the Qt printer registers the chart under
CHART_INCHES = (6.6, 2.2)  # drawn at the size it is printed, so its fonts print at their size
CHART_DPI = 200
CSS_PX_PER_INCH = 96
MILESTONES = (6, 12, 24, 36, 60, 120)
PROMPT_LIMIT = 600  # characters of the system prompt shown; the file keeps all of it

_STYLE = """
body { font-family: 'DejaVu Sans', 'Helvetica', 'Arial', sans-serif; font-size: 9.5pt; color: #1a202c; }
h1 { font-size: 17pt; margin-top: 0; margin-bottom: 2px; }
h3 { font-size: 10.5pt; margin-top: 12px; margin-bottom: 3px; color: #2d3748; }
p { margin-top: 0; margin-bottom: 4px; }
ul, ol { margin-top: 0; margin-bottom: 0; }
li { margin-bottom: 2px; }
p.meta { color: #4a5568; font-size: 8.5pt; margin-bottom: 10px; }
p.kicker { font-size: 7.5pt; font-weight: bold; color: #4a5568; margin: 0; }
p.verdict { font-size: 15pt; font-weight: bold; margin-top: 1px; margin-bottom: 5px; }
p.label { font-weight: bold; margin-top: 6px; margin-bottom: 1px; }
span.source { color: #4a5568; font-size: 8pt; }
a { color: #2b6cb0; text-decoration: none; }
span.now { color: #4a5568; }
p.notes { white-space: pre-wrap; margin-bottom: 0; }
p.prompt { white-space: pre-wrap; font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; color: #2d3748; }
p.foot { color: #718096; font-size: 7.5pt; }
table.figures td { padding: 2px 10px 2px 0; }
td.figure { font-weight: bold; }
th { font-weight: bold; text-align: right; color: #4a5568; font-size: 8.5pt; padding-left: 14px; }
td.num { padding-left: 14px; }
"""


@dataclass
class BriefDetail:
    """What the printed brief shows beyond the summary dict; every field may be empty."""
    milestones: list[tuple[int, float, float]] = field(default_factory=list)  # month, API, fine-tuning
    inputs: list[tuple[str, str]] = field(default_factory=list)  # label, value as the form shows it
    prompt: str = ""
    costs: dict[str, Any] | None = None  # the summary's cost headline, for the table
    chart_src: str = ""  # CHART_URL or a data: URI; empty for no chart
    chart_width_px: int = 0
    answers: list[Any] = field(default_factory=list)  # answers_page.AnswerGroup: the last page


@dataclass
class Brief:
    summary: dict[str, Any]
    html: str
    images: dict[str, bytes]  # resource URL -> PNG, for a QTextDocument


def _e(text: Any) -> str:
    return html.escape(show_bidi("" if text is None else str(text)), quote=True)


def _txt(text: str) -> str:
    """The app's own words (a translation) as HTML text: <, > and & escaped, quotes kept."""
    return html.escape(text, quote=False)


def _link(title: str, url: str) -> str:
    if url.startswith(("https://", "http://")):
        return f'<a href="{_e(url)}">{_e(title)}</a>'
    return _e(title)


def _date(value: Any) -> str:
    return _e(date(str(value)[:10])) if value else ""


def _list(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def _usd(value: float) -> str:
    """Whole dollars from $100 up, with a true minus sign: −$31,360."""
    return money(value, cents=abs(value) < 100, minus="−")


def _verdict_box(top: Headline) -> str:
    return (
        f'<table width="100%" cellspacing="0" cellpadding="9" border="0" '
        f'style="border: 2px solid {top.colour}; background-color: {top.tint}; border-collapse: collapse;"><tr><td>'
        f'<p class="kicker" style="color: {top.colour};">{_e(top.kicker)}</p>'
        f'<p class="verdict">{_e(top.verdict_title)}</p>'
        f'<p>{_e(top.meaning)}</p>'
        f'<p><b>{_e(top.confidence)}</b>. {_e(top.confidence_detail)}</p>'
        + ("<p><b>" + _txt(translate("report", "Costs:")) + f"</b> {_e(top.cost_line)}</p>" if top.cost_line else "")
        + "</td></tr></table>"
    )


def _item(item: Item) -> str:
    text = (f"<b>{_e(item.label)}</b>" if item.label else "") + _e(item.text)
    if item.remark:
        text += f' <span class="now">({_e(item.remark)})</span>'
    if item.source_title:
        source = _link(item.source_title, item.url) if item.url else _e(item.source_title)
        text += '<br><span class="source">' + _txt(translate("report", "Source: {0}")).format(source) + "</span>"
    return "&nbsp;" * 4 * item.depth + text


NOTE_PIECE = 1000  # characters of one unbroken line laid out as one paragraph


def _pieces(line: str) -> list[str]:
    """A line of the user's own text as paragraphs Qt lays out in linear time (issue 28 #10): one
    paragraph per line, not one <br>-joined paragraph that every printed page paints again, and a
    long unbroken line cut every NOTE_PIECE characters (it still wraps within each piece)."""
    return [line[start:start + NOTE_PIECE] for start in range(0, len(line), NOTE_PIECE)] or [""]


def _section(section: Section, detail: BriefDetail) -> str:
    body = (f"<p>{_e(section.intro)}</p>" if section.intro else "")
    if section.id == "cost_details" and detail.costs:  # the totals print as a table below
        body += f"<p><b>{_e(section.items[0].text)}.</b></p>"
    elif section.style == "lines":  # the user's own text: their line breaks, no bullets
        body += "".join(f'<p class="notes">{_e(piece)}</p>' for item in section.items
                        for piece in _pieces(item.text))
    else:
        body += _list([_item(item) for item in section.items], ordered=section.style == "numbers")
    extra = _EXTRAS.get(section.id)
    return f"<h3>{_e(section.title)}</h3>{body}{extra(detail) if extra else ''}"


def _printed_sections(summary: dict[str, Any], detail: BriefDetail) -> list[Section]:
    sections = [section for section in recommendation_sections(summary) if section.printed]
    if detail.prompt.strip() and not any(section.id == "evidence" for section in sections):
        at = next((i for i, section in enumerate(sections) if section.id in ("notes", "warnings", "assumptions")),
                  len(sections))
        sections.insert(at, Section("evidence", translate("report", "Prompt evidence"),
                                    (Item(translate("report", "No prompt-lab run is recorded yet.")),)))
    return sections


def _body(summary: dict[str, Any], detail: BriefDetail) -> list[str]:
    """The essential sections come first, so page 1 stands alone (the verdict, why, what would
    change it, the cost line); the details follow, from wherever page 1 leaves room."""
    return [_section(section, detail) for section in _printed_sections(summary, detail)]


def _cost_table(costs: dict[str, Any], detail: BriefDetail) -> str:
    """Cumulative cost of both paths at a few months, the last column the horizon's totals."""
    api = (_txt(translate("report", "Claude API path on {0}")).format(_e(costs["model"])) if costs.get("model")
           else _txt(translate("report", "Claude API path")))
    upfront = (' <span class="now">' + _txt(translate("report", "({0} up front)")).format(
        _usd(costs["fine_tune_upfront_usd"])) + "</span>" if costs.get("fine_tune_upfront_usd") is not None else "")
    months = detail.milestones or [(costs["horizon_months"], costs["api_total_usd"], costs["fine_tune_total_usd"])]
    head = "".join("<th>" + _txt(translate("report", "Total, month {0}") if m == costs["horizon_months"]
                               else translate("report", "Month {0}")).format(m) + "</th>"
                   for m, _, _ in months)
    rows = [(api, [a for _, a, _ in months]),
            (_txt(translate("report", "Fine-tuning path")) + upfront, [f for _, _, f in months])]
    if len(months) > 1:
        rows.append((_txt(translate("report", "Fine-tuning minus API")), [f - a for _, a, f in months]))
    total = ' style="font-weight: bold;"'  # the horizon's totals

    def cells(values: list[float]) -> str:
        return "".join(f'<td class="num" align="right"{total if i == len(values) - 1 else ""}>{_usd(v)}</td>'
                       for i, v in enumerate(values))

    body = "".join(f"<tr><td>{name}</td>{cells(values)}</tr>" for name, values in rows)
    return (f'<table class="figures" cellspacing="0" cellpadding="2" border="0">'
            f"<tr><th></th>{head}</tr>{body}</table>")


def _cost_figures(detail: BriefDetail) -> str:
    """Beyond the cost lines: the totals at a few months and the chart."""
    if not detail.costs:
        return ""
    chart = ""
    if detail.chart_src:
        chart = (f'<p><img src="{_e(detail.chart_src)}" width="{detail.chart_width_px}" '
                 'alt="' + _e(translate("report", "Cumulative cost of both paths by month")) + '"></p>')
    return _cost_table(detail.costs, detail) + chart


def _prompt(detail: BriefDetail) -> str:
    if not detail.prompt.strip():
        return ""
    shown = detail.prompt if len(detail.prompt) <= PROMPT_LIMIT else detail.prompt[:PROMPT_LIMIT] + " …"
    label = (translate("report", "System prompt (the start; the file holds all of it)") if shown is not detail.prompt
             else translate("report", "System prompt"))
    return f'<p class="label">{_e(label)}</p><p class="prompt">{_e(shown)}</p>'


def _inputs(detail: BriefDetail) -> str:
    if not detail.inputs:
        return ""
    # two label-value pairs a row: half the height of one long list
    pairs = [f"<td>{_e(label)}</td><td><b>{_e(value)}</b></td>" for label, value in detail.inputs]
    pairs += ["<td></td><td></td>"] * (len(pairs) % 2)
    rows = "".join(f"<tr>{pairs[i]}{pairs[i + 1]}</tr>" for i in range(0, len(pairs), 2))
    return ('<p class="label">' + _txt(translate("report", "Cost inputs set in this assessment or by your answers "
                                                "(the rest are the defaults)")) + "</p>"
            f'<table class="figures" cellspacing="0" cellpadding="1">{rows}</table>')


# section id -> what the printed brief adds after the section's items
_EXTRAS = {"cost_details": _cost_figures, "evidence": _prompt, "assumptions": _inputs}


def render_html(summary: dict[str, Any], detail: BriefDetail | None = None) -> str:
    """A complete HTML document for ``summary`` (from :func:`advisor.report.summary.build_summary`)."""
    s, detail = summary, detail or BriefDetail()
    if detail.costs is None:
        detail = replace(detail, costs=s.get("costs"))
    title = " ".join(str(s["title"]).split()) or translate("report", "Untitled assessment")
    dates = []
    if s.get("created"):
        dates.append(_txt(translate("report", "assessment created {0}")).format(_date(s["created"])))
    if s.get("modified"):
        dates.append(_txt(translate("report", "last changed {0}")).format(_date(s["modified"])))
    dates.append(_txt(translate("report", "summary of {0}")).format(_date(s.get("generated"))))
    parts = [
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">",
        f"<title>{_e(title)} — Fine-Tune Advisor</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">Fine-Tune Advisor {_e(s["app_version"])} · {" · ".join(dates)}</p>',
        _verdict_box(headline(s)),
    ]
    parts += _body(s, detail)
    parts.append('<p class="foot">' + _txt(translate(
        "report", "Generated by Fine-Tune Advisor {0} on {1}. The rules behind the advice and the cost formula "
        "are explained in the app's Help menu.")).format(_e(s["app_version"]), _date(s["generated"])) + "</p>")
    if detail.answers:
        from advisor.report.answers_page import render as render_answers

        parts.append(render_answers(detail.answers))
    parts.append("</body></html>")
    return "\n".join(p for p in parts if p)


# --- the printed brief: chart, totals at a few months, the inputs set -----------------------------

def _value_text(value: Any, unit: str) -> str:
    if isinstance(value, str):
        return value
    if unit == "share":
        text = f"{value * 100:.3g}"
        return (text if "e" in text else number(float(text), len(text.partition(".")[2]))) + " %"
    if unit.startswith("USD"):
        per = unit[3:].strip()
        amount = money(value, cents=value != int(value))
        return amount + (f" {translate('cost_units', per)}" if per else "")
    shown = number(value) if float(value).is_integer() else f"{value:,.4g}"
    return f"{shown} {translate('cost_units', unit) if unit else ''}".strip()


def _set_inputs(costs: dict[str, Any], derivations: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The inputs typed, and those the answers put a figure on for the inputs left unset."""
    from advisor.costs.inputs import COST_INPUTS

    derived = {d["input"]: d for d in derivations if d["used"]}  # a typed figure wins; the text says so
    rows = []
    for spec in COST_INPUTS:
        d = derived.get(spec.id)
        if spec.id in costs and isinstance(costs[spec.id], (int, float, str)):
            rows.append((translate("cost_inputs", spec.label), _value_text(costs[spec.id], spec.unit)))
        elif d is not None:
            rows.append((translate("cost_inputs", spec.label), translate("report", "{0} (from your answers)").format(
                _value_text(d["derived"], spec.unit))))
    return rows


def _milestones(projection: Any) -> list[tuple[int, float, float]]:
    horizon = projection.horizon_months
    months = [m for m in MILESTONES if m < horizon][-3:] + [horizon]
    return [(m, projection.api.cumulative[m - 1], projection.fine_tune.cumulative[m - 1]) for m in months]


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def build_brief(assessment: Any, prices: Any = None, *, summary: dict[str, Any] | None = None,
                chart: str = "resource") -> Brief:
    """The printable brief of ``assessment``.

    ``chart`` is ``"resource"`` (the HTML names :data:`CHART_URL` and the PNG is in ``images``,
    for a QTextDocument), ``"data"`` (the PNG inlined as a data: URI, so the HTML stands alone)
    or ``"none"``.
    """
    summary = summary if summary is not None else build_summary(assessment, prices)
    from advisor.costs.presets import with_implied  # the figures the Costs screen shows

    costs = with_implied(assessment.costs if isinstance(assessment.costs, dict) else {}, assessment.answers)
    prompt = (assessment.prompt_lab or {}).get("system", "") if isinstance(assessment.prompt_lab, dict) else ""
    own = assessment.costs if isinstance(assessment.costs, dict) else {}
    detail = BriefDetail(inputs=_set_inputs(own, summary.get("derivations") or []), prompt=prompt if isinstance(prompt, str) else "")
    from advisor.report.answers_page import grouped

    detail.answers = grouped(assessment.answers)
    images: dict[str, bytes] = {}
    if summary.get("costs"):
        try:
            from advisor.costs.projection import project
            from advisor.costs.pricing import load_price_table

            projection = project(costs, prices if prices is not None else load_price_table())
            detail.milestones = _milestones(projection)
            if chart != "none":
                from advisor.costs.charts import printed_cumulative_png  # matplotlib loads only here

                png = printed_cumulative_png(projection, CHART_INCHES, CHART_DPI)
                detail.chart_width_px = round(CHART_INCHES[0] * CSS_PX_PER_INCH)
                detail.chart_src = CHART_URL if chart == "resource" else data_uri(png)
                if chart == "resource":
                    images[CHART_URL] = png
        except Exception as error:  # the brief still prints; the summary already carries the warning
            log.warning("the cost chart could not be drawn: %s", error)
    return Brief(summary, render_html(summary, detail), images)


__all__ = ["Brief", "BriefDetail", "CHART_URL", "build_brief", "data_uri", "render_html"]
