"""The plumbing the cost charts share: themes, fixed-margin figures, axes formats, saving.

Split from :mod:`advisor.costs.charts` (what each chart draws). matplotlib is imported inside the
functions only, as there.
"""
from __future__ import annotations

import functools
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from advisor.core import shown_numbers
from advisor.core.atomic import atomic_write_bytes
from advisor.core.i18n import translate
from advisor.costs.inputs import SINGULAR_UNITS, unit_for
from advisor.core.numbers import format_money

MplFigure = Any  # matplotlib's Figure and Axes, named for the annotations only
MplAxes = Any

log = logging.getLogger(__name__)

OKABE_ITO = {"orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73", "yellow": "#F0E442",
             "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7", "grey": "#999999"}
MIN_POINTS = 9  # no text on a chart smaller than this (issue 15)

@dataclass(frozen=True)
class Theme:
    background: str
    foreground: str
    grid: str
    api: str
    fine_tune: str  # serverless hosting
    low: str
    high: str
    dedicated: str = OKABE_ITO["bluish_green"]  # rented-GPU hosting

    @classmethod
    def for_background(cls, background: str, foreground: str) -> Theme:
        """The light or dark variant, on the window's own colours (``#rrggbb``)."""
        base = DARK if _luminance(background) < 0.5 else LIGHT
        return cls(background, foreground, base.grid, base.api, base.fine_tune, base.low, base.high,
                   base.dedicated)

    def hosting(self, name: str) -> str:
        return self.fine_tune if name == "serverless" else self.dedicated


LIGHT = Theme("#FFFFFF", "#1A1A1A", "#D9D9D9", OKABE_ITO["blue"], OKABE_ITO["vermillion"],
              OKABE_ITO["sky_blue"], OKABE_ITO["vermillion"], OKABE_ITO["bluish_green"])
DARK = Theme("#1E1E1E", "#E8E8E8", "#474747", OKABE_ITO["sky_blue"], OKABE_ITO["orange"],
             OKABE_ITO["sky_blue"], OKABE_ITO["orange"], OKABE_ITO["bluish_green"])


def _luminance(colour: str) -> float:
    text = colour.lstrip("#")
    if len(text) != 6:
        return 1.0
    r, g, b = (int(text[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def dollars(value: float, _pos: Any = None) -> str:
    """``$1,234,567`` and ``−$2,500``: whole dollars with thousands separators (a tick formatter);
    ``1.234.567 $`` in a German window, where "250,000" would read as two hundred and fifty."""
    return _money(value, cents=False)


def _money(value: float, cents: bool | None = None) -> str:
    if not shown_numbers.localised():
        return format_money(value, cents=cents, minus="−")
    if cents is None:
        cents = abs(value) < 100 and round(value, 2) != round(value)
    amount = round(abs(value), 2 if cents else 0)
    return ("−" if value < 0 and amount > 0 else "") + shown_numbers.money(amount, 2 if cents else 0)


def short_dollars(value: float, _pos: Any = None) -> str:
    """``$1.2M``, ``−$350k``, ``$900``: tick labels that fit a narrow axis."""
    size = abs(value)
    if size >= 1e6:
        scaled, written = size / 1e6, translate("charts", "${0}M")
    elif size >= 1e4:
        scaled, written = size / 1e3, translate("charts", "${0}k")
    else:
        return dollars(value)
    return ("−" if value < 0 else "") + written.format(_figure(float(f"{scaled:.3g}")))


def _figure(value: float) -> str:
    """``1.2``, ``350`` as Python's ``g`` writes them; ``1,2`` in a German window."""
    return shown_numbers.figure(value) if shown_numbers.localised() else f"{value:g}"


def _value_text(value: float, unit: str) -> str:
    """An input's value the way its form shows it: 5 %, $1.50/hour, $200,000/year, 2,500."""
    if unit == "share":
        return f"{_figure(float(f'{value * 100:.3g}'))} %"
    if unit.startswith("USD"):
        per = unit[3:].strip()
        return _money(value) + (translate("cost_units", per) if per else "")
    if shown_numbers.localised():
        number = _figure(float(f"{value:.4g}")) if abs(value) < 1000 else shown_numbers.number(value, 0)
    else:
        number = f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{number} {translate('cost_units', unit_for(unit, value))}" if unit in SINGULAR_UNITS else number


def _prepare(figure: MplFigure | None, size: tuple[float, float], theme: Theme,
             margins: dict[str, float], clear: bool = True) -> MplFigure:
    """A new figure laid out for print quality, or the caller's figure (cleared) for a redraw."""
    if figure is None:
        from matplotlib.figure import Figure

        figure = Figure(figsize=size, dpi=100, layout="constrained")
    else:
        if clear:
            figure.clear()
        engine = figure.get_layout_engine()
        if isinstance(engine, _margin_layout_class()):
            engine.margins = {**DEFAULT_MARGINS, **margins}
    figure.set_facecolor(theme.background)
    return figure


def _chart_axes(figure: MplFigure | None, kind: str, size: tuple[float, float], theme: Theme,
                margins: dict[str, float], make: Callable[[MplFigure], list[MplAxes]]) -> list[MplAxes]:
    """Axes ready for ``kind`` in ``figure`` (a new one when None): ``figure.axes``, emptied.

    Redrawing the same chart in the same theme keeps the axes and their ticks and swaps only what
    is plotted: building them anew cost a third of every redraw on the costs screen.
    """
    kept = getattr(figure, "_fta_chart", None)
    if figure is not None and kept is not None and kept[:2] == (kind, theme) and list(kept[2]) == figure.axes:
        _prepare(figure, size, theme, margins, clear=False)
        for ax in figure.axes:
            for artist in (*ax.lines, *ax.collections, *ax.patches, *ax.texts):
                artist.remove()
            if ax.get_legend() is not None:
                ax.get_legend().remove()
        for legend in list(figure.legends):  # a legend shared by the axes
            legend.remove()
            ax.relim()  # nothing plotted: the data limits start empty, as on new axes
            ax.set_autoscale_on(True)
        return list(kept[2])
    figure = _prepare(figure, size, theme, margins)
    axes = make(figure)
    figure._fta_chart = (kind, theme, tuple(axes))  # type: ignore[union-attr]
    return axes


DEFAULT_MARGINS = {"left": 1.0, "right": 0.2, "top": 0.45, "bottom": 0.55, "wspace": 0.9}


@functools.cache
def _margin_layout_class() -> type:
    """A layout engine with fixed margins in inches.

    Constrained layout measures every label on every draw, which costs more than the whole
    chart on a live screen; fixed margins in inches cost nothing and still follow resizes.
    """
    from matplotlib.layout_engine import LayoutEngine

    class MarginLayout(LayoutEngine):
        _adjust_compatible = True
        _colorbar_gridspec = True

        def __init__(self) -> None:
            super().__init__()
            self.margins = dict(DEFAULT_MARGINS)

        def execute(self, fig: MplFigure) -> None:
            width, height = fig.get_size_inches()
            m = self.margins
            axes_width = max(width - m["left"] - m["right"], 0.1 * width)
            fig.subplots_adjust(left=min(m["left"] / width, 0.6), right=max(1 - m["right"] / width, 0.55),
                                bottom=min(m["bottom"] / height, 0.4), top=max(1 - m["top"] / height, 0.6),
                                wspace=min(m["wspace"] / max(axes_width / 2, 0.1), 1.0))

    return MarginLayout


def live_figure(size: tuple[float, float] = (8, 4.5)) -> MplFigure:
    """A figure for a screen that redraws on every change: fixed margins, no layout solver.

    Pass it to the builders as ``figure=``; each sets the margins its chart needs.
    """
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100)
    figure.set_layout_engine(_margin_layout_class()())
    return figure


def _style(ax: MplAxes, theme: Theme) -> None:
    """Colours set on the artists themselves, so the figure looks the same whatever the rcParams."""
    if getattr(ax, "_fta_theme", None) != theme:  # kept axes keep their ticks' and spines' style
        ax.set_facecolor(theme.background)
        ax.tick_params(colors=theme.foreground, which="both")
        for spine in ax.spines.values():
            spine.set_edgecolor(theme.grid)
        for text in (ax.xaxis.label, ax.yaxis.label, ax.title):
            text.set_color(theme.foreground)
        ax.grid(True, color=theme.grid, linewidth=0.6, alpha=0.8)
        ax.set_axisbelow(True)
        ax._fta_theme = theme  # type: ignore[union-attr]
    legend = ax.get_legend()
    if legend is not None:
        legend.get_frame().set_facecolor(theme.background)
        legend.get_frame().set_edgecolor(theme.grid)
        for text in legend.get_texts():
            text.set_color(theme.foreground)


def _dollar_axis(axis: Any) -> None:
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(dollars))


WIDE_INCHES = 7.5  # narrower figures (a 900×600 window) get fewer ticks and shorter words


def _is_narrow(ax: MplAxes) -> bool:
    return ax.figure.get_size_inches()[0] < WIDE_INCHES


def _month_axis(ax: MplAxes, horizon: int, share: float = 1.0) -> None:
    """Months along x; ``share`` is the part of the figure's width the axes take."""
    from matplotlib.ticker import MaxNLocator

    ax.set_xlim(0.5, horizon + 0.5)
    ticks = max(3, min(12, int(ax.figure.get_size_inches()[0] * share * 1.4)))
    ax.xaxis.set_major_locator(MaxNLocator(nbins=ticks, integer=True, min_n_ticks=1))
    ax.set_xlabel(translate("charts", "Month"), fontsize=MIN_POINTS + 1)



def _text_inches(characters: int, points: float = 10) -> float:  # about 0.6 em a character
    return characters * points * 0.6 / 72


def _money_margin(values: list[float]) -> float:
    """Room on the left for the widest dollar tick label plus the axis title."""
    return 0.45 + _text_inches(len(dollars(max(values, default=0) * 1.1)))



def figure_bytes(figure: MplFigure, fmt: str = "png", dpi: int | None = None) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, dpi=dpi or 100, facecolor=figure.get_facecolor())
    return buffer.getvalue()


def save_figure(figure: MplFigure, path: Path | str, fmt: str | None = None, dpi: int | None = None) -> Path:
    """Write the figure as PNG or SVG (by ``fmt`` or the suffix), atomically: never half a file."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "png").lower()
    if fmt not in ("png", "svg"):
        raise ValueError(f"charts are saved as PNG or SVG, not {fmt!r}")
    # Rendered in memory first: a rendering error leaves the old file untouched.
    atomic_write_bytes(path, figure_bytes(figure, fmt, dpi))
    log.info("saved chart to %s", path)
    return path
