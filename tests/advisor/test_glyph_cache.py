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


# -- the private names (issue 21): each one pinned, none unlisted, a missing one means stock text

def _private_attributes_used() -> set[str]:
    """Every ``something._name`` the module reads, except its own globals and its class's methods."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(glyph_cache.__file__).read_text(encoding="utf-8"))
    pinned = {name for names in glyph_cache.PRIVATE_NAMES.values() for name in names}
    # Its own: module-level names, and methods it adds (not those it overrides in matplotlib's
    # class, which are pinned: read from the module, so any matplotlib version gives the same set).
    own = {node.name for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.ClassDef))
           and node.name not in pinned}
    own |= {target.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)}
    return {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
            and node.attr.startswith("_") and not node.attr.startswith("__") and node.attr not in own}


def test_the_module_uses_no_private_matplotlib_name_that_is_not_pinned():
    pinned = {name for names in glyph_cache.PRIVATE_NAMES.values() for name in names}
    pinned |= set(glyph_cache.PRIVATE_INSTANCE_NAMES)
    assert _private_attributes_used() == pinned


@pytest.mark.skipif(glyph_cache.renderer_class() is None, reason="this matplotlib draws text the stock way")
def test_each_pinned_private_name_exists_and_behaves_as_the_cache_uses_it():
    from matplotlib import font_manager
    from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag
    from matplotlib.font_manager import FontProperties, fontManager
    from matplotlib.ft2font import FT2Font, RenderMode

    prop = FontProperties(family="DejaVu Sans", size=11)
    fonts = fontManager._find_fonts_by_props(prop)
    assert fonts and all(str(path).endswith((".ttf", ".otf", ".ttc")) for path in fonts)
    renderer = RendererAgg(200, 100, 72)
    assert hasattr(renderer._renderer, "draw_text_image")
    font = renderer._prepare_font(prop)
    assert isinstance(font, FT2Font) and isinstance(font, type(font_manager.get_font(fonts)))
    items = font._layout("Ab", flags=get_hinting_flag(), features=None, language=None)
    assert [type(item.glyph_index) for item in items] == [int, int] and items[1].x > items[0].x
    assert all(isinstance(item.ft_object, FT2Font) and isinstance(item.y, float) for item in items)
    item = items[0]
    item.ft_object.set_size(11, 72)
    item.ft_object._set_transform([[0x10000, 0], [0, 0x10000]], [0, 0])
    bitmap = item.ft_object._render_glyph(item.glyph_index, get_hinting_flag(), RenderMode.NORMAL)
    assert bitmap.buffer.ndim == 2 and bitmap.buffer.max() > 0
    assert isinstance(bitmap.left, int) and isinstance(bitmap.top, int)
    assert callable(RendererAgg._draw_text_glyphs_and_boxes)


@pytest.mark.skipif(glyph_cache.renderer_class() is None, reason="this matplotlib draws text the stock way")
@pytest.mark.parametrize("holder", sorted(glyph_cache.PRIVATE_NAMES))
def test_a_matplotlib_without_one_pinned_name_gets_its_own_renderer_back(monkeypatch, holder):
    import importlib

    from matplotlib.backends.backend_agg import RendererAgg

    module, _, name = holder.rpartition(".")
    cls = getattr(importlib.import_module(module), name)
    monkeypatch.delattr(cls, glyph_cache.PRIVATE_NAMES[holder][-1])
    glyph_cache.renderer_class.cache_clear()
    try:
        assert glyph_cache.renderer_class() is None
        (_, _), (_, canvas) = _canvases((4, 3))
        assert type(canvas.get_renderer()) is RendererAgg  # matplotlib's own, drawing as it always does
    finally:
        monkeypatch.undo()
        glyph_cache.renderer_class.cache_clear()


def test_with_matplotlib_3_11_the_cache_is_in_use():
    """Written against 3.11's text path: there, falling back to stock text would be a silent loss."""
    import matplotlib

    if not matplotlib.__version__.startswith("3.11."):
        pytest.skip(f"matplotlib {matplotlib.__version__}: the cache may or may not apply")
    assert glyph_cache.renderer_class() is not None
