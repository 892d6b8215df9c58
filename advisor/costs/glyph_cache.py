"""Text drawn from a cache of rasterised glyphs: the same pixels, a fraction of the time.

A cost chart redraws on every input change, and most of a redraw was matplotlib drawing text:
shaping each string and rasterising each glyph anew, though the titles, row labels, legends and
most tick labels are the same strings in the same places as last time. Since matplotlib 3.11
the Agg renderer draws text glyph by glyph, each at its sub-pixel position; a glyph's bitmap
depends only on that position's fraction of a pixel (FreeType works in 1/64 pixel), so it can
be kept and reused wherever the fraction repeats, moved by the whole pixels. Shaped strings are
kept the same way. ``tests/test_glyph_cache.py`` checks the pixels are identical to matplotlib's.

On a matplotlib without that glyph-by-glyph path (older than 3.11, or one that changed it) the
canvases draw text the stock way: slower, never different.

matplotlib is imported inside the functions only, as everywhere in ``advisor``; the Qt canvas
class is made in ``ui/costs/chart_view.py`` (``advisor`` never imports Qt).
"""
from __future__ import annotations

import functools
import math
from typing import Any, Iterable

MAX_GLYPHS = 20_000  # about 5 MB of small bitmaps; emptied when full (a redraw refills it)
MAX_LAYOUTS = 2_000
_glyphs: dict[tuple[Any, ...], tuple[Any, int, int]] = {}  # key → (bitmap, left, top)
_layouts: dict[tuple[Any, ...], tuple[tuple[Any, int, float, float], ...]] = {}


def clear() -> None:
    _glyphs.clear()
    _layouts.clear()


# Every private matplotlib name the cache relies on, by the class that holds it. The cache is
# used only when all are there; tests/advisor/test_glyph_cache.py pins each one (it exists and
# behaves as used here) and checks the module uses no private name not listed.
PRIVATE_NAMES = {
    "matplotlib.backends.backend_agg.RendererAgg": ("_draw_text_glyphs_and_boxes", "_prepare_font"),
    "matplotlib.ft2font.FT2Font": ("_layout", "_render_glyph", "_set_transform"),
    "matplotlib.font_manager.FontManager": ("_find_fonts_by_props",),
}
# Set on each RendererAgg instance (its C++ renderer, whose draw_text_image is public).
PRIVATE_INSTANCE_NAMES = ("_renderer",)


@functools.cache
def renderer_class() -> type | None:
    """matplotlib's Agg renderer drawing text through the cache; None where this matplotlib
    does not draw text glyph by glyph the way the cache reproduces."""
    import importlib

    from matplotlib.backends.backend_agg import RendererAgg

    try:
        from matplotlib.ft2font import RenderMode
    except ImportError:  # older matplotlib: stock text
        return None
    for holder, names in PRIVATE_NAMES.items():
        module, _, name = holder.rpartition(".")
        cls = getattr(importlib.import_module(module), name, None)
        if cls is None or not all(hasattr(cls, attribute) for attribute in names):
            return None  # a matplotlib that changed its text drawing: stock text, never different
    return _make_renderer_class(RendererAgg, RenderMode)


def _make_renderer_class(base: type, render_mode: Any) -> type:  # noqa: C901 (one class, kept whole)
    from matplotlib.backends.backend_agg import get_hinting_flag
    from matplotlib.font_manager import fontManager

    class GlyphCachingRenderer(base):  # type: ignore[misc, valid-type]
        """The Agg renderer, with shaped strings and rasterised glyphs kept between draws."""

        def draw_text(self, gc: Any, x: float, y: float, s: str, prop: Any, angle: float,
                      ismath: Any = False, mtext: Any = None) -> None:
            if ismath:
                return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            size = prop.get_size_in_points()
            glyphs = self._shaped(s, prop, size, mtext)
            self._draw_text_glyphs_and_boxes(
                gc, x, y, angle, ((font, size, index, 0, 1, dx, dy) for font, index, dx, dy in glyphs), [])
            return None

        def _shaped(self, s: str, prop: Any, size: float,
                    mtext: Any) -> tuple[tuple[Any, int, float, float], ...]:
            """The string's glyphs and offsets as ``font._layout`` gives them (shaping costs most)."""
            features = mtext.get_fontfeatures() if mtext is not None else None
            language = mtext.get_language() if mtext is not None else None
            flags = get_hinting_flag()
            key = (s, tuple(fontManager._find_fonts_by_props(prop)), size, self.dpi, flags,
                   repr(features), repr(language))
            shaped = _layouts.get(key)
            if shaped is None:
                font = self._prepare_font(prop)
                items = font._layout(s, flags=flags, features=features, language=language)
                shaped = tuple((item.ft_object, item.glyph_index, item.x, item.y) for item in items)
                if len(_layouts) >= MAX_LAYOUTS:
                    _layouts.clear()
                _layouts[key] = shaped
            return shaped

        def _draw_text_glyphs_and_boxes(self, gc: Any, x: float, y: float, angle: float,
                                        glyphs: Iterable[tuple[Any, ...]], boxes: list[Any]) -> None:
            cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            flags = get_hinting_flag()
            antialiased = bool(gc.get_antialiased())
            height, dpi = self.height, self.dpi
            for font, size, index, slant, extend, dx, dy in glyphs:  # dy is upwards
                # The glyph's origin in FreeType's 1/64 pixels, y upwards, as matplotlib computes
                # it; the bitmap depends only on the fraction, the whole pixels only shift it.
                px = round(0x40 * (x + dx * cos - dy * sin))
                py = round(0x40 * (height - y + dx * sin + dy * cos))
                key = (font, size, dpi, index, slant, extend, angle, px & 0x3F, py & 0x3F, flags, antialiased)
                glyph = _glyphs.get(key)
                if glyph is None:
                    font.set_size(size, dpi)
                    font._set_transform(_matrix(cos, sin, extend, slant), [px & 0x3F, py & 0x3F])
                    bitmap = font._render_glyph(index, flags, render_mode.NORMAL if antialiased
                                                else render_mode.MONO)
                    glyph = (bitmap.buffer if antialiased else bitmap.buffer * 0xFF, bitmap.left, bitmap.top)
                    if len(_glyphs) >= MAX_GLYPHS:
                        _glyphs.clear()
                    _glyphs[key] = glyph
                buffer, left, top = glyph
                # draw_text_image's y is downwards and names the bitmap's bottom side.
                self._renderer.draw_text_image(buffer, left + (px >> 6),
                                               int(height) - (top + (py >> 6)) + buffer.shape[0], 0, gc)
            if boxes:  # mathtext's rules and underlines: drawn by matplotlib itself
                super()._draw_text_glyphs_and_boxes(gc, x, y, angle, (), boxes)

    return GlyphCachingRenderer


def _matrix(cos: float, sin: float, extend: float, slant: float) -> list[list[int]]:
    """The glyph transform in FreeType's 16.16 fixed point: rotation times shear, computed in the
    order matplotlib computes it (with numpy), so the rounding is the same."""
    rotation = ((0x10000 * cos, -0x10000 * sin), (0x10000 * sin, 0x10000 * cos))
    shear = ((extend, extend * slant), (0, 1))
    return [[round(a * shear[0][j] + b * shear[1][j]) for j in (0, 1)] for a, b in rotation]


class GlyphCachingCanvas:
    """Mix in before a matplotlib Agg canvas class: its renderer draws text from the cache."""

    def get_renderer(self) -> Any:
        renderer = super().get_renderer()  # type: ignore[misc]
        cached = renderer_class()
        if cached is not None and type(renderer) is cached.__base__:
            # The same object, drawing text through the cache: matplotlib made and sized it as
            # it wants; only how it draws text changes.
            renderer.__class__ = cached
        return renderer


@functools.cache
def agg_canvas_class() -> type:
    """``FigureCanvasAgg`` drawing text from the cache (for off-screen redraws and the benchmark)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    return type("GlyphCachingCanvasAgg", (GlyphCachingCanvas, FigureCanvasAgg), {})
