"""Charts of the cost projection, shared by the CLI (``costs --png``) and the costs screen.

matplotlib is imported inside the functions, never by ``import advisor.costs.charts``: start-up and the
text commands do not pay for it. Only ``matplotlib.figure.Figure`` is used, never pyplot, so no GUI
backend is ever touched; the Qt screen passes its canvas's figure in to redraw it in place.
Colours come from the Okabe–Ito palette (safe for colour-blind readers), with line styles as a
second cue, in a light and a dark variant so the lines read on either window palette.
"""
from __future__ import annotations

import logging
import math
from typing import Any, Sequence

# The shared plumbing, re-exported: callers say charts.Theme, charts.live_figure, charts.dollars.
from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
from advisor.costs.chart_bands import band_values, draw_bands
from advisor.costs.chart_base import (DARK, LIGHT, MIN_POINTS, OKABE_ITO, WIDE_INCHES, MplAxes,  # noqa: F401
                                MplFigure, Theme, _chart_axes, _dollar_axis, _is_narrow,
                                _money_margin, _month_axis, _prepare, _style, _text_inches,
                                _value_text, dollars, figure_bytes, live_figure, save_figure,
                                short_dollars)
from advisor.costs.projection import API_PARTS, FINE_TUNE_PARTS, Projection
from advisor.costs.sensitivity import SensitivityRow

log = logging.getLogger(__name__)

PART_LABELS = {"tokens": QT_TRANSLATE_NOOP("charts", "Claude tokens"), "overhead": QT_TRANSLATE_NOOP("charts", "Overhead"),
               "setup": QT_TRANSLATE_NOOP("charts", "Prompt set-up"), "retrieval": QT_TRANSLATE_NOOP("charts", "Retrieval"),
               "labelling": QT_TRANSLATE_NOOP("charts", "Labelling"),
               "training": QT_TRANSLATE_NOOP("charts", "Training runs"),
               "retraining": QT_TRANSLATE_NOOP("charts", "Retraining"), "hosting": QT_TRANSLATE_NOOP("charts", "Serving"),
               "staff": QT_TRANSLATE_NOOP("charts", "Staff")}
PART_COLOURS = {part: OKABE_ITO[name] for part, name in (
    ("tokens", "blue"), ("setup", "reddish_purple"), ("overhead", "grey"), ("retrieval", "yellow"),
    ("labelling", "orange"), ("training", "vermillion"), ("retraining", "reddish_purple"),
    ("hosting", "sky_blue"), ("staff", "bluish_green"))}
HOSTING_LABELS = {"serverless": QT_TRANSLATE_NOOP("charts", "Fine-tuned, serverless LoRA"),
                  "dedicated": QT_TRANSLATE_NOOP("charts", "Fine-tuned, rented GPUs")}
HOSTING_STYLES = {"serverless": "--", "dedicated": ":"}
SELF_HOSTED_LABEL = QT_TRANSLATE_NOOP("charts", "Self-hosted open-weights model")


def _hostings(projection: Projection) -> tuple[str, ...]:
    """The own paths drawn: both hostings of a fine-tuned model, or, when the verdict is
    self-hosting, the one on your own GPUs (a hosted LoRA service is what it rules out)."""
    return ("dedicated",) if projection.self_hosted else ("serverless", "dedicated")
TITLE_Y = 1.0  # titles at a fixed height: the automatic placement measured every label per draw
# Below this height (a 900×600 window's chart is 2.6 inches tall) a chart keeps its text size
# and gives way elsewhere: the tornado shows only the rows that fit, each at least ROW_INCHES
# apart, under tighter margins; the cumulative chart puts its legend beside the lines.
SHORT_INCHES = 4.0
ROW_INCHES = 0.25
MIN_ROWS = 3
# Line ids the costs screen and the tests look the plotted data up by: the fine-tuning path in
# use is FINE_TUNE_LINE_GID, the other hosting ALTERNATIVE_LINE_GID.
API_LINE_GID = "api-cumulative"
FINE_TUNE_LINE_GID = "fine-tune-cumulative"
ALTERNATIVE_LINE_GID = "fine-tune-alternative"


def _row_label(row: SensitivityRow) -> str:
    return f"{translate('cost_inputs', row.label)} ({_value_text(row.base_value, row.unit)})"


LEGEND_DROP_POINTS = 34  # below the tick labels and the axis title


def _legend_below(ax: MplAxes, columns: int, **spacing: float) -> None:
    """The legend under the axes (below their tick labels and title), outside the data."""
    from matplotlib.transforms import offset_copy

    anchor = offset_copy(ax.transAxes, fig=ax.figure, y=-LEGEND_DROP_POINTS, units="points")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0.0), bbox_transform=anchor, ncol=columns,
              fontsize=MIN_POINTS, frameon=False, borderaxespad=0.0, **spacing)


def _legend_inches(entries: int, columns: int) -> float:
    """Height the legend below the axes needs, drop included."""
    rows = -(-entries // columns)
    return LEGEND_DROP_POINTS / 72 + rows * MIN_POINTS * 1.5 / 72 + 0.1


def _legend_columns(ax: MplAxes) -> int:
    """Three entries side by side where the figure is wide enough, else one under the other."""
    return 1 if _is_narrow(ax) else 3


def draw_cumulative(ax: MplAxes, projection: Projection, theme: Theme = LIGHT,
                    legend_beside: bool | None = None) -> None:
    """Cumulative cost of the API path and of fine-tuning hosted either way; the hosting in use
    drawn bold and named, its lasting break-even month marked or its absence said."""
    months = projection.months
    api = projection.api.cumulative
    short = _is_short(ax.figure) if legend_beside is None else legend_beside
    labels = _cumulative_labels(projection, short)
    ax.plot(months, api, color=theme.api, linewidth=2.4, label=labels[0], gid=API_LINE_GID)
    for hosting, label in zip(_hostings(projection), labels[1:]):
        chosen = hosting == projection.hosting
        ax.plot(months, getattr(projection, hosting).cumulative, color=theme.hosting(hosting),
                linewidth=2.6 if chosen else 1.4, alpha=1.0 if chosen else 0.75,
                linestyle=HOSTING_STYLES[hosting], label=label,
                gid=FINE_TUNE_LINE_GID if chosen else ALTERNATIVE_LINE_GID)
    draw_bands(ax, projection, theme)  # contract v3: only with ranges
    ft = projection.fine_tune.cumulative
    month = projection.break_even_month
    if month is not None:
        y = ft[month - 1]
        ax.plot([month], [y], marker="o", markersize=9, color=theme.foreground,
                markerfacecolor="none", markeredgewidth=2, linestyle="none", gid="break-even")
        # The note sits in the lower right corner whatever the month: never over the lines.
        ax.annotate(translate("charts", "Breaks even in month {0}\nand stays cheaper").format(month), xy=(month, y),
                    xytext=(0.98, 0.06), textcoords="axes fraction", ha="right", va="bottom",
                    color=theme.foreground, fontsize=MIN_POINTS,
                    arrowprops={"arrowstyle": "-", "color": theme.foreground, "linewidth": 0.8})
        title = (translate("charts", "Cumulative cost over {0} months:{1}self-hosting breaks even in month {2}")
                 if projection.self_hosted else
                 translate("charts", "Cumulative cost over {0} months:{1}fine-tuning breaks even in month {2}"))
    else:
        ax.text(0.02, 0.96, translate("charts", "No lasting break-even within {0} months").format(
                    projection.horizon_months),
                transform=ax.transAxes, va="top", ha="left", fontsize=MIN_POINTS + 1,
                color=theme.foreground,
                bbox={"boxstyle": "round", "facecolor": theme.background, "edgecolor": theme.grid},
                gid="no-break-even")
        title = translate("charts", "Cumulative cost over {0} months:{1}no break-even")
    joint = "\n" if _is_narrow(ax) else " "  # two short lines rather than one cut off
    ax.set_title(title.format(projection.horizon_months, joint, month), y=TITLE_Y, fontsize=MIN_POINTS + 2)
    ax.set_ylabel(translate("charts", "Cumulative cost ({0})").format(projection.currency), fontsize=MIN_POINTS + 1)
    _dollar_axis(ax.yaxis)
    _month_axis(ax, projection.horizon_months)
    ax.tick_params(labelsize=MIN_POINTS)
    ax.set_ylim(bottom=0)
    if short:  # beside the lines: below them it would leave the lines no height
        ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=MIN_POINTS, frameon=False,
                  borderaxespad=0.6)
    else:
        _legend_below(ax, _legend_columns(ax))
    _style(ax, theme)


def _cumulative_labels(projection: Projection, short: bool) -> list[str]:
    """The legend's words for the API path and each hosting; on two lines for a legend beside."""
    api = translate("charts", "API path ({0})").format(projection.model)
    labels = [api.replace(" (", "\n(", 1) if short else api]
    for hosting in _hostings(projection):
        words = translate("charts", SELF_HOSTED_LABEL if projection.self_hosted else HOSTING_LABELS[hosting])
        if hosting == projection.hosting and not projection.self_hosted:  # one own path: nothing to choose
            words = translate("charts", "{0} (used)").format(words)
        labels.append(words.replace(", ", ",\n", 1) if short else words)
    return labels


def _stacked(ax: MplAxes, horizon: int, parts: Sequence[tuple[str, list[float]]]) -> None:
    """Monthly parts stacked as steps: one filled polygon per part, fast even at 120 months."""
    from matplotlib.collections import PolyCollection

    edges = [m + 0.5 for m in range(horizon + 1)]
    bottom = [0.0] * horizon
    for name, values in parts:
        if not any(values):
            continue  # an empty part would only add a legend entry for nothing
        top = [b + v for b, v in zip(bottom, values)]
        # The outline fill_between(step="post") draws: each month's value held across its bar,
        # along the top left to right, then back along the bottom. Built directly and added
        # without a data-limits update (the caller sets both ranges): fill_between's own
        # bookkeeping cost more than drawing the polygon.
        outline = [*_steps(edges, top), *_steps(edges, bottom)[::-1]]
        ax.add_collection(PolyCollection([outline], linewidths=0, facecolors=PART_COLOURS[name],
                                         edgecolors=PART_COLOURS[name], label=translate("charts", PART_LABELS[name]),
                                         gid=f"part-{name}"), autolim=False)
        bottom = top


def _steps(edges: list[float], values: list[float]) -> list[tuple[float, float]]:
    """Corners of a step line holding ``values[i]`` from ``edges[i]`` to ``edges[i + 1]``."""
    corners = []
    for i, value in enumerate(values):
        corners += [(edges[i], value), (edges[i + 1], value)]
    return corners


def _figure_legend(figure: MplFigure, axes: Sequence[MplAxes], theme: Theme) -> None:
    """One legend for several axes, at the bottom of the figure, each label once."""
    entries: dict[str, Any] = {}
    for ax in axes:
        for handle, label in zip(*ax.get_legend_handles_labels()):
            entries.setdefault(label, handle)
    legend = figure.legend(list(entries.values()), list(entries), loc="lower center",
                           bbox_to_anchor=(0.5, 0.01), ncol=_figure_legend_columns(figure),
                           fontsize=MIN_POINTS, frameon=False)
    for text in legend.get_texts():
        text.set_color(theme.foreground)


def _figure_legend_columns(figure: MplFigure) -> int:
    return 3 if figure.get_size_inches()[0] < WIDE_INCHES else 5


def draw_breakdown(ax_api: MplAxes, ax_ft: MplAxes, projection: Projection, theme: Theme = LIGHT,
                   shared_legend: bool = True) -> None:
    """Each path's monthly cost, stacked by what it is spent on; one legend for both below."""
    horizon = projection.horizon_months
    _stacked(ax_api, horizon, [(n, getattr(projection.api, n)) for n in API_PARTS])
    _stacked(ax_ft, horizon, [(n, getattr(projection.fine_tune, n)) for n in FINE_TUNE_PARTS])
    # Short titles, one per axes: two long ones ran together on a narrow window.
    ax_api.set_title(translate("charts", "API path: cost per month"), y=TITLE_Y, fontsize=MIN_POINTS + 1)
    where = (translate("charts", "Self-hosting (your GPUs)") if projection.self_hosted
             else translate("charts", "Fine-tuning (serverless)") if projection.hosting == "serverless"
             else translate("charts", "Fine-tuning (rented GPUs)"))
    ax_ft.set_title(where, y=TITLE_Y, fontsize=MIN_POINTS + 1)
    ax_api.set_ylabel(translate("charts", "Cost per month ({0})").format(projection.currency), fontsize=MIN_POINTS + 1)
    # One scale for both, set from both paths' months: limits set on one shared axes from its
    # own data alone cut the other's taller bars off.
    top = max(max(projection.api.monthly), max(projection.fine_tune.monthly), 1.0) * 1.05
    for ax in (ax_api, ax_ft):
        _dollar_axis(ax.yaxis)
        _month_axis(ax, horizon, share=0.45)
        ax.tick_params(labelsize=MIN_POINTS)
        ax.set_ylim(0, top)
        if not shared_legend:
            _legend_below(ax, 2)  # below the axes, never over the first bars
        _style(ax, theme)
    if shared_legend:
        _figure_legend(ax_api.figure, (ax_api, ax_ft), theme)
    ax_ft.tick_params(labelleft=False)  # the scale is shared: the left axis already reads it


def draw_tornado(ax: MplAxes, rows: Sequence[SensitivityRow], projection: Projection,
                 theme: Theme = LIGHT, limit: int = 10, spread: float = 0.5) -> None:
    """The inputs that move the difference in total cost most, largest on top."""
    from matplotlib.patches import Rectangle
    from matplotlib.ticker import MaxNLocator
    from matplotlib.transforms import offset_copy

    shown = [row for row in rows if row.swing > 0][:limit]
    base, pct = projection.difference, f"{spread * 100:g} %"
    narrow, short = _is_narrow(ax), _is_short(ax.figure)
    positions = list(range(len(shown)))[::-1]  # the largest effect at the top
    # When no bar breaks even, it is said once under the title, not at every bar end (issue 29).
    never = all(r.low_break_even is None and r.high_break_even is None for r in shown)
    ends = [base, 0.0]  # what the x axis must show: the bars, the base line and zero
    beside = {right: offset_copy(ax.transData, fig=ax.figure, x=4 if right else -4, units="points")
              for right in (True, False)}  # value labels: plain texts a few points off the bar end
    for side, factor, colour in (("low", 1 - spread, theme.low), ("high", 1 + spread, theme.high)):
        label = (translate("charts", "Input −{0}") if side == "low" else translate("charts", "Input +{0}")).format(pct)
        for y, row in zip(positions, shown):
            value, diff, month = ((row.low_value, row.low_difference, row.low_break_even) if side == "low"
                                  else (row.high_value, row.high_difference, row.high_break_even))
            if value == row.base_value:
                continue  # clamped to where it was (a whole number, a range end): no bar to draw
            # A plain artist, the x range set once below: a limits update per bar cost more than the bar.
            ax.add_artist(Rectangle((base, y - 0.3), diff - base, 0.6, facecolor=colour, edgecolor="none",
                                    label=label, gid=f"tornado-{row.input_id}-{side}"))
            label, right = "_nolegend_", diff >= base
            ends.append(diff)
            if narrow:
                continue  # no room for words at the bar ends: the bars and ticks say it
            # Each glyph costs redraw time: the value is written out only where it is not simply the
            # base (in the row's label) moved by the spread (in the legend).
            even = (translate("charts", "month {0}").format(month) if month is not None
                    else translate("charts", "no break-even"))
            plain = math.isclose(value, row.base_value * factor)
            if never:
                if plain:
                    continue
                text = _value_text(value, row.unit)
            else:
                text = even if plain else f"{_value_text(value, row.unit)} → {even}"
            ax.text(diff, y, text, transform=beside[right], ha="left" if right else "right",
                    va="center", fontsize=MIN_POINTS, color=theme.foreground)
    ax.axvline(base, color=theme.foreground, linewidth=1, gid="tornado-base")
    ax.axvline(0, color=theme.foreground, linewidth=0.8, linestyle=":", gid="tornado-zero")
    ax.set_yticks(positions, [_row_label(row) for row in shown])
    ax.set_ylim(-0.7, max(len(shown), 1) - 0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2, fontsize=MIN_POINTS,
                  frameon=False, borderaxespad=0.2)  # above the bars, under the title
    # Short lines: one long line was cut at the right edge of a narrow window.
    months, currency = projection.horizon_months, projection.currency
    if short:  # two lines, not three: the rows get the height
        xlabel = translate("charts", "Fine-tuning − API, {0}-month total ({1});\nbelow 0 fine-tuning is cheaper")
    elif narrow:
        xlabel = translate("charts", "Fine-tuning − API,\n{0}-month total ({1});\nbelow 0 fine-tuning is cheaper")
    else:
        xlabel = translate("charts", "Fine-tuning minus API over {0} months ({1})\nbelow 0: fine-tuning is cheaper")
    ax.set_xlabel(xlabel.format(months, currency), fontsize=MIN_POINTS)
    _dollar_axis(ax.xaxis)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=3 if narrow else 5))  # wide labels must not collide
    if narrow:
        from matplotlib.ticker import FuncFormatter

        ax.xaxis.set_major_formatter(FuncFormatter(short_dollars))
    low, high = min(ends), max(ends)
    room = 0.35 * (high - low) if high > low else max(abs(low) * 0.1, 1.0)
    ax.set_xlim(low - room, high + room)  # room for the value labels at the bar ends
    title = _tornado_title(len(shown), len(rows), pct, narrow, short)
    if never and shown:
        title += "\n" + translate("charts", "no change shown brings a break-even")
    ax.set_title(title, y=TITLE_Y,
                 fontsize=MIN_POINTS + 1, pad=MIN_POINTS * 2.8)  # above the legend
    # Flush with the bars' right edge, like the legend: a long title (German, a narrow window)
    # runs left over the input names' margin, never off the figure's right edge.
    ax.title.set_x(1.0)
    ax.title.set_horizontalalignment("right")
    ax.tick_params(labelsize=MIN_POINTS)
    _style(ax, theme)


def _tornado_title(shown: int, inputs: int, pct: str, narrow: bool, short: bool) -> str:
    if short:  # two short lines, the count said: a short chart shows fewer rows than usual
        if shown < inputs:
            return translate("charts", "What moves the difference most:\neach input ±{0} (top {1} of {2})").format(
                pct, shown, inputs)
        return translate("charts", "What moves the difference most:\neach input ±{0}").format(pct)
    joint = "\n" if narrow else " "
    title = translate("charts", "What moves the difference most:{1}each input ±{0}").format(pct, joint)
    if shown < inputs and not narrow:
        title += "\n" + translate("charts", "(the {0} that move it most, of {1} inputs)").format(shown, inputs)
    return title


def _is_short(figure: MplFigure) -> bool:
    return figure.get_size_inches()[1] < SHORT_INCHES


def tornado_rows_that_fit(height: float, top: float, bottom: float, limit: int) -> int:
    """How many bars a tornado of ``height`` inches shows: all ``limit`` on a tall figure, else as
    many as fit ROW_INCHES apart (never fewer than MIN_ROWS)."""
    if height >= SHORT_INCHES:
        return limit
    return max(MIN_ROWS, min(limit, int((height - top - bottom) / ROW_INCHES - 0.4)))


def cumulative_figure(projection: Projection, figure: MplFigure | None = None,
                      theme: Theme = LIGHT, legend_beside: bool | None = None) -> MplFigure:
    """The cumulative chart; its legend goes beside the lines on a short figure (or as told)."""
    width, height = figure.get_size_inches() if figure is not None else (8, 4.5)
    values = (projection.api.cumulative + projection.serverless.cumulative + projection.dedicated.cumulative
              + band_values(projection))
    margins = {"left": _money_margin(values), "bottom": 0.2 + _legend_inches(3, 3 if width >= 7.5 else 1)}
    beside = height < SHORT_INCHES if legend_beside is None else legend_beside
    if beside:  # the legend goes beside the lines, on the right
        longest = max(len(line) for label in _cumulative_labels(projection, True) for line in label.split("\n"))
        margins.update(bottom=0.6, right=0.8 + _text_inches(longest, MIN_POINTS))
    ax, = _chart_axes(figure, "cumulative", (8, 4.5), theme, margins, lambda f: [f.add_subplot(1, 1, 1)])
    draw_cumulative(ax, projection, theme, beside)
    return ax.figure


def breakdown_figure(projection: Projection, figure: MplFigure | None = None,
                     theme: Theme = LIGHT) -> MplFigure:
    labels = {PART_LABELS[n] for n in API_PARTS if any(getattr(projection.api, n))}
    labels |= {PART_LABELS[n] for n in FINE_TUNE_PARTS if any(getattr(projection.fine_tune, n))}
    width = figure.get_size_inches()[0] if figure is not None else 10
    columns = 3 if width < WIDE_INCHES else 5
    rows = -(-len(labels) // columns)
    margins = {"left": _money_margin(projection.api.monthly + projection.fine_tune.monthly),
               "wspace": 0.3, "bottom": 0.75 + rows * MIN_POINTS * 1.5 / 72}
    ax_api, ax_ft = _chart_axes(figure, "breakdown", (10, 4.5), theme, margins, _breakdown_axes)
    draw_breakdown(ax_api, ax_ft, projection, theme)
    return ax_api.figure


def _breakdown_axes(figure: MplFigure) -> list[MplAxes]:
    ax_api = figure.add_subplot(1, 2, 1)
    return [ax_api, figure.add_subplot(1, 2, 2, sharey=ax_api)]  # one scale: sizes compare honestly


def tornado_figure(rows: Sequence[SensitivityRow], projection: Projection,
                   figure: MplFigure | None = None, theme: Theme = LIGHT, limit: int = 10,
                   spread: float = 0.5) -> MplFigure:
    width, height = figure.get_size_inches() if figure is not None else (9, 5.5)
    narrow, short = width < WIDE_INCHES, height < SHORT_INCHES
    top, bottom = (0.88, 0.66) if short else (1.05, 1.0) if narrow else (0.9, 0.85)
    limit = tornado_rows_that_fit(height, top, bottom, limit)
    shown = [row for row in rows if row.swing > 0][:limit]
    longest = max((len(_row_label(row)) for row in shown), default=10)
    margins = {"left": 0.3 + _text_inches(longest, MIN_POINTS), "bottom": bottom, "top": top,
               "right": 0.3 if narrow else 0.6}
    ax, = _chart_axes(figure, "tornado", (9, 5.5), theme, margins, lambda f: [f.add_subplot(1, 1, 1)])
    draw_tornado(ax, rows, projection, theme, limit, spread)
    return ax.figure


def overview_figure(projection: Projection, rows: Sequence[SensitivityRow],
                    title: str = "", theme: Theme = LIGHT) -> MplFigure:
    """All three charts on one page: what ``costs --png`` writes."""
    figure = _prepare(None, (11, 14), theme, {})
    grid = figure.add_gridspec(3, 2, height_ratios=(1.1, 1, 1.2))
    draw_cumulative(figure.add_subplot(grid[0, :]), projection, theme)
    ax_api = figure.add_subplot(grid[1, 0])
    draw_breakdown(ax_api, figure.add_subplot(grid[1, 1], sharey=ax_api), projection, theme,
                   shared_legend=False)
    draw_tornado(figure.add_subplot(grid[2, :]), rows, projection, theme)
    if title:
        figure.suptitle(title, color=theme.foreground, fontsize=13)
    return figure


def printed_cumulative_figure(projection: Projection, inches: tuple[float, float]) -> MplFigure:
    """The cumulative-cost chart at the size it is printed, its legend wholly on the page."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=inches, dpi=100, layout="constrained")
    cumulative_figure(projection, figure=figure, legend_beside=False)  # one row below, set next
    ax = figure.axes[0]
    # At print size the screen's title is too wide and the two-row legend covers the
    # "no break-even" note: a smaller title and a one-row legend, packed closer.
    ax.title.set_fontsize(10)
    _legend_below(ax, 3, columnspacing=1.2, handlelength=1.8)
    if not _legend_fits(figure, ax):  # longer model names: two rows rather than a cut label
        _legend_below(ax, 2, columnspacing=1.2, handlelength=1.8)
    return figure


def _legend_fits(figure: MplFigure, ax: MplAxes) -> bool:
    figure.draw_without_rendering()
    box = ax.get_legend().get_window_extent()
    return box.x0 >= 0 and box.x1 <= figure.bbox.width


def printed_cumulative_png(projection: Projection, inches: tuple[float, float], dpi: int) -> bytes:
    """The cumulative-cost chart drawn at the size it is printed, so its fonts print at their size."""
    return figure_bytes(printed_cumulative_figure(projection, inches), "png", dpi=dpi)

