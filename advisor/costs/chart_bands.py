"""The Monte Carlo's bands on the cumulative chart: P10 to P90 of each path shaded.

Drawn under the point lines (lower z-order), so the point projection stays the one read first; a
note in the top right corner says what the shading is. Only when the projection has ranges.
"""
from __future__ import annotations

from typing import Any

from advisor.core import shown_numbers
from advisor.core.i18n import translate
from advisor.costs.chart_base import MIN_POINTS, Theme

BAND_ALPHA = 0.18
API_BAND_GID, FINE_TUNE_BAND_GID = "api-band", "fine-tune-band"


def draw_bands(ax: Any, projection: Any, theme: Theme) -> None:
    found = projection.uncertainty
    if found is None:
        return
    months = projection.months
    for bands, colour, gid in ((found.api_bands, theme.api, API_BAND_GID),
                               (found.fine_tune_bands, theme.hosting(projection.hosting), FINE_TUNE_BAND_GID)):
        ax.fill_between(months, bands.p10, bands.p90, color=colour, alpha=BAND_ALPHA, linewidth=0,
                        zorder=1, gid=gid)
    share = round(found.p_fine_tune_cheaper * 100)
    # Top left, where cumulative lines (starting near zero) leave room; under the "no break-even"
    # box when there is one (the break-even note sits lower right).
    y = 0.96 if projection.break_even_month is not None else 0.84
    note = translate("charts", "Shaded: P10–P90 of {0} draws\nover your ranges; fine-tuning\n"
                               "cheaper at the horizon in {1} %").format(shown_numbers.number(found.draws), share)
    ax.text(0.02, y, note,
            transform=ax.transAxes, va="top", ha="left", fontsize=MIN_POINTS, color=theme.foreground,
            bbox={"boxstyle": "round", "facecolor": theme.background, "edgecolor": theme.grid, "alpha": 0.85},
            gid="bands-note", zorder=5)


def band_values(projection: Any) -> list[float]:
    """The bands' figures, so the money axis leaves room for the highest P90."""
    found = getattr(projection, "uncertainty", None)
    return [] if found is None else found.api_bands.p90 + found.fine_tune_bands.p90
