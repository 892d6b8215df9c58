"""The glyph cache draws exactly the pixels matplotlib draws, redraw after redraw.

Each check draws the same figure twice, once on matplotlib's own Agg canvas and once on the
caching one, and compares every pixel: any glyph placed a pixel off, drawn in the wrong colour
or left out fails it.
"""
from __future__ import annotations

import numpy as np
import pytest

from advisor.costs import charts

from advisor.costs import glyph_cache
from advisor.costs.projection import project
from advisor.costs.sensitivity import sensitivity
from advisor.costs.pricing import shipped_price_table

PRICES = shipped_price_table()
COSTS = {"monthly_requests": 1_500_000, "monthly_growth": 0.03, "horizon_months": 60,
         "ft_hosting": "cheapest", "retrieval_monthly_usd": 300}


def _pixels(canvas) -> np.ndarray:
    return np.asarray(canvas.buffer_rgba()).copy()


def _canvases(size, dpi=100):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    pair = []
    for canvas_class in (FigureCanvasAgg, glyph_cache.agg_canvas_class()):
        figure = charts.live_figure(size)
        figure.set_dpi(dpi)
        pair.append((figure, canvas_class(figure)))
    return pair


def _build(chart, figure, costs, theme):
    projection = project(costs, PRICES)
    if chart == "cumulative":
        charts.cumulative_figure(projection, figure, theme)
    elif chart == "breakdown":
        charts.breakdown_figure(projection, figure, theme)
    else:
        charts.tornado_figure(sensitivity(costs, PRICES), projection, figure, theme)


@pytest.mark.parametrize("chart", ["cumulative", "breakdown", "tornado"])
@pytest.mark.parametrize(("size", "dpi", "theme"), [((9, 5.5), 100, charts.LIGHT),  # a wide window
                                                    ((5.6, 3.6), 62, charts.DARK)])  # 900×600, dark
def test_each_chart_redrawn_with_new_figures_is_pixel_for_pixel_matplotlibs(chart, size, dpi, theme):
    glyph_cache.clear()
    (stock_figure, stock), (cached_figure, cached) = _canvases(size, dpi)
    for step in range(6):  # new values each time: the numbers at the bar ends and ticks move
        costs = {**COSTS, "monthly_requests": 1_500_000 + 123_457 * step, "monthly_growth": 0.01 * step}
        for figure, canvas in ((stock_figure, stock), (cached_figure, cached)):
            _build(chart, figure, costs, theme)
            canvas.draw()
        assert np.array_equal(_pixels(stock), _pixels(cached)), f"{chart} differs at redraw {step}"


def test_rotated_mathematical_and_unantialiased_text_match_too():
    (stock_figure, stock), (cached_figure, cached) = _canvases((6, 4))
    for figure in (stock_figure, cached_figure):
        ax = figure.add_subplot(1, 1, 1)
        ax.set_ylabel("Cumulative cost (USD)")  # drawn at 90°
        ax.text(0.1, 0.5, r"$\frac{a}{b} \sqrt{x}$ and text", fontsize=14)  # mathtext: its rules
        ax.text(0.2, 0.2, "tilted, crisp", rotation=33, antialiased=False, fontsize=12)
        ax.text(0.5, 0.8, "half way 0.5 px", fontsize=11.3)
    stock.draw()
    cached.draw()
    assert np.array_equal(_pixels(stock), _pixels(cached))


def test_the_costs_screen_canvases_draw_through_the_cache_where_matplotlib_allows():
    from matplotlib.backends.backend_agg import RendererAgg

    glyph_cache.clear()
    (_, _), (figure, canvas) = _canvases((8, 4.5))
    _build("tornado", figure, COSTS, charts.LIGHT)
    canvas.draw()
    renderer = canvas.get_renderer()
    if glyph_cache.renderer_class() is None:  # an older matplotlib: stock text, never different
        assert type(renderer) is RendererAgg
        return
    assert type(renderer) is glyph_cache.renderer_class()
    assert len(glyph_cache._glyphs) > 100  # every letter of the row labels, titles and ticks
    before = len(glyph_cache._glyphs)
    _build("tornado", figure, COSTS, charts.LIGHT)
    canvas.draw()
    assert len(glyph_cache._glyphs) == before  # the same chart again: nothing new to rasterise


def test_a_full_cache_is_emptied_and_drawing_stays_right(monkeypatch):
    monkeypatch.setattr(glyph_cache, "MAX_GLYPHS", 40)
    monkeypatch.setattr(glyph_cache, "MAX_LAYOUTS", 5)
    glyph_cache.clear()
    (stock_figure, stock), (cached_figure, cached) = _canvases((9, 5.5))
    for figure, canvas in ((stock_figure, stock), (cached_figure, cached)):
        _build("tornado", figure, COSTS, charts.LIGHT)
        canvas.draw()
    assert len(glyph_cache._glyphs) <= 40 and len(glyph_cache._layouts) <= 5
    assert np.array_equal(_pixels(stock), _pixels(cached))


def test_the_glyph_transform_rounds_as_matplotlibs_numpy_arithmetic_does():
    import math

    for angle in (0, 15, 33, 45, 90, 135, 180, 270, 359.5):
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        for extend, slant in ((1, 0), (1.2, 0.25), (0.8, -0.3)):
            expected = (0x10000 * np.array([[cos, -sin], [sin, cos]])
                        @ [[extend, extend * slant], [0, 1]]).round().astype(int)
            assert glyph_cache._matrix(cos, sin, extend, slant) == expected.tolist(), (angle, extend, slant)
