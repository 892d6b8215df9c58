"""The cost charts: what they plot, what they say, and the files they write."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from advisor.costs import charts
from advisor.costs.projection import project
from advisor.costs.sensitivity import sensitivity
from advisor.costs.pricing import shipped_price_table

PRICES = shipped_price_table()
BREAKS_EVEN = {"monthly_requests": 1_500_000, "monthly_growth": 0.05, "horizon_months": 36}
ROOT = Path(__file__).resolve().parents[2]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _line(figure, gid):
    return next(line for ax in figure.axes for line in ax.get_lines() if line.get_gid() == gid)


def _texts(figure) -> str:
    parts = [t.get_text() for ax in figure.axes for t in ax.texts]
    parts += [ax.get_title() for ax in figure.axes]
    return "\n".join(parts)


def test_importing_charts_does_not_import_matplotlib():
    code = "import sys, advisor.costs.charts; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_cumulative_lines_plot_the_projection_and_mark_break_even():
    p = project(BREAKS_EVEN, PRICES)
    figure = charts.cumulative_figure(p)
    api, ft = _line(figure, charts.API_LINE_GID), _line(figure, charts.FINE_TUNE_LINE_GID)
    assert list(api.get_xdata()) == list(range(1, 37))
    assert list(api.get_ydata()) == p.api.cumulative
    assert list(ft.get_ydata()) == p.fine_tune.cumulative
    other = _line(figure, charts.ALTERNATIVE_LINE_GID)
    unused = "dedicated" if p.hosting == "serverless" else "serverless"
    assert list(other.get_ydata()) == getattr(p, unused).cumulative
    assert ft.get_linewidth() > other.get_linewidth()  # the hosting in use stands out
    marker = _line(figure, "break-even")
    assert list(marker.get_xdata()) == [p.break_even_month]
    assert list(marker.get_ydata()) == [p.fine_tune.cumulative[p.break_even_month - 1]]
    assert f"Breaks even in month {p.break_even_month}" in _texts(figure)
    legend = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert legend == ["API path (claude-sonnet-5-5)", "Fine-tuned, serverless LoRA (used)",
                      "Fine-tuned, rented GPUs"]


def test_cumulative_chart_says_when_there_is_no_break_even():
    figure = charts.cumulative_figure(project({"horizon_months": 18}, PRICES))
    assert "No lasting break-even within 18 months" in _texts(figure)
    assert all(line.get_gid() != "break-even" for line in figure.axes[0].get_lines())


def test_axes_show_dollars_with_thousands_separators():
    figure = charts.cumulative_figure(project(BREAKS_EVEN, PRICES))
    charts.figure_bytes(figure, "png")  # lay out and draw, so the tick labels exist
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels() if t.get_text()]
    assert any(label.startswith("$") and "," in label for label in labels)
    assert charts.dollars(1234567.4) == "$1,234,567" and charts.dollars(-2500) == "−$2,500"


def test_redrawing_into_the_same_figure_replaces_the_old_chart():
    figure = charts.cumulative_figure(project({"horizon_months": 12}, PRICES))
    again = charts.cumulative_figure(project({"horizon_months": 30}, PRICES), figure=figure)
    assert again is figure and len(figure.axes) == 1
    assert len(_line(figure, charts.API_LINE_GID).get_ydata()) == 30


def test_breakdown_stacks_each_part_of_each_path():
    p = project({"api_monthly_usd": 400, "horizon_months": 12}, PRICES)
    figure = charts.breakdown_figure(p)
    api_ax, ft_ax = figure.axes
    api_parts = [layer.get_gid() for layer in api_ax.collections]
    ft_parts = [layer.get_gid() for layer in ft_ax.collections]
    assert api_parts == ["part-tokens", "part-staff", "part-overhead", "part-setup"]  # no retrieval
    assert ft_parts == ["part-labelling", "part-training", "part-retraining", "part-hosting",
                        "part-staff"]  # no fine-tune overhead given: no empty layer
    # The top layer reaches exactly each month's total: filled just below it, empty just above.
    outline = ft_ax.collections[-1].get_paths()[0]
    for month, total in zip(p.months, p.fine_tune.monthly):
        assert outline.contains_point((month, total - 1))
        assert not outline.contains_point((month, total + 1))
    assert "cost per month" in api_ax.get_title() and "Fine-tuning" in ft_ax.get_title()


def test_tornado_bars_span_from_the_base_to_each_end():
    p = project(BREAKS_EVEN, PRICES)
    rows = sensitivity(BREAKS_EVEN, PRICES)
    figure = charts.tornado_figure(rows, p, limit=5)
    ax = figure.axes[0]
    bars = {patch.get_gid(): patch for patch in ax.patches}
    top = rows[0]
    low = bars[f"tornado-{top.input_id}-low"]
    assert low.get_x() == pytest.approx(p.difference)
    assert low.get_width() == pytest.approx(top.low_difference - p.difference)
    high = bars[f"tornado-{top.input_id}-high"]
    assert high.get_x() + high.get_width() == pytest.approx(top.high_difference)
    by_height = sorted(zip(ax.get_yticks(), (t.get_text() for t in ax.get_yticklabels())))
    assert len(by_height) == 5
    assert by_height[-1][1].startswith(top.label)  # the largest effect on top
    assert by_height[0][1].startswith(rows[4].label)
    assert "50 %" in ax.get_title()


def test_dark_theme_colours_text_for_a_dark_window():
    theme = charts.Theme.for_background("#202020", "#EEEEEE")
    assert theme.api == charts.DARK.api
    figure = charts.cumulative_figure(project(None, PRICES), theme=theme)
    assert figure.axes[0].title.get_color() == "#EEEEEE"
    assert charts.Theme.for_background("#FAFAFA", "#111111").api == charts.LIGHT.api


def test_live_figure_redraws_with_fixed_margins():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    p = project(BREAKS_EVEN, PRICES)
    figure = charts.live_figure((9, 5.5))
    canvas = FigureCanvasAgg(figure)
    for build in (lambda: charts.cumulative_figure(p, figure),
                  lambda: charts.breakdown_figure(p, figure),
                  lambda: charts.tornado_figure(sensitivity(BREAKS_EVEN, PRICES), p, figure)):
        assert build() is figure
        canvas.draw()
        renderer = canvas.get_renderer()
        # Every tick label lies inside the figure: the margins leave room for the widest one.
        for ax in figure.axes:
            for label in ax.get_yticklabels():
                if label.get_text():
                    assert label.get_window_extent(renderer).x0 >= 0


def test_save_png_and_svg(tmp_path):
    p = project(BREAKS_EVEN, PRICES)
    figure = charts.overview_figure(p, sensitivity(BREAKS_EVEN, PRICES), title="Triage")
    png = charts.save_figure(figure, tmp_path / "costs.png")
    assert png.read_bytes().startswith(PNG_SIGNATURE)
    svg = charts.save_figure(charts.cumulative_figure(p), tmp_path / "costs.svg")
    assert b"<svg" in svg.read_bytes()[:500]
    assert sorted(f.name for f in tmp_path.iterdir()) == ["costs.png", "costs.svg"]  # no temp files


def test_a_failed_save_leaves_the_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "costs.png"
    target.write_bytes(b"old chart")

    def broken(*_args, **_kwargs):
        raise RuntimeError("renderer crashed")

    from advisor.costs import chart_base
    monkeypatch.setattr(chart_base, "figure_bytes", broken)
    with pytest.raises(RuntimeError):
        charts.save_figure(charts.cumulative_figure(project(None, PRICES)), target)
    assert target.read_bytes() == b"old chart"
    assert [f.name for f in tmp_path.iterdir()] == ["costs.png"]


def test_unknown_image_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="PNG or SVG"):
        charts.save_figure(charts.cumulative_figure(project(None, PRICES)), tmp_path / "c.gif")


def test_the_chosen_hosting_is_the_one_marked_used():
    p = project({**BREAKS_EVEN, "ft_hosting": "dedicated"}, PRICES)
    legend = [t.get_text() for t in charts.cumulative_figure(p).axes[0].get_legend().get_texts()]
    assert legend[1:] == ["Fine-tuned, serverless LoRA", "Fine-tuned, rented GPUs (used)"]


def test_a_crossing_that_does_not_last_is_not_marked():
    p = project({"api_setup_usd": 100_000, "api_fte": 0, "horizon_months": 24}, PRICES)
    figure = charts.cumulative_figure(p)
    assert all(line.get_gid() != "break-even" for line in figure.axes[0].get_lines())
    assert "No lasting break-even within 24 months" in _texts(figure)


# A 1100×760 window's chart (narrow, tall), a 900×600 window's (wide enough, short), a wide one.
@pytest.mark.parametrize("size", [(5.5, 5.7), (5.6, 3.6), (7.06, 2.64), (9, 5.5)])
def test_charts_are_readable_small_text_legends_outside_titles_apart(size):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    costs = {**BREAKS_EVEN, "retrieval_monthly_usd": 200, "min_hosting_gpus": 1}
    p = project(costs, PRICES)
    builders = (lambda f: charts.cumulative_figure(p, f), lambda f: charts.breakdown_figure(p, f),
                lambda f: charts.tornado_figure(sensitivity(costs, PRICES), p, f))
    for build in builders:
        figure = charts.live_figure(size)
        canvas = FigureCanvasAgg(figure)
        build(figure)
        canvas.draw()
        renderer = canvas.get_renderer()
        box = figure.bbox
        for ax in figure.axes:
            texts = [t for t in ax.findobj(lambda a: hasattr(a, "get_fontsize") and hasattr(a, "get_text"))
                     if t.get_text() and t.get_visible()]
            assert all(t.get_fontsize() >= charts.MIN_POINTS for t in texts), \
                [(t.get_text(), t.get_fontsize()) for t in texts if t.get_fontsize() < charts.MIN_POINTS]
            # Nothing cut at the figure's edges (the tornado's axis label was): what is drawn of the
            # axes, their labels, title and legend included, lies inside the figure.
            drawn = ax.get_tightbbox(renderer)
            assert drawn.x0 >= -1 and drawn.y0 >= -1 and drawn.x1 <= box.x1 + 1 and drawn.y1 <= box.y1 + 1
            legend = ax.get_legend()
            if legend is not None:  # outside the data: no overlap with the plotting area
                assert not legend.get_window_extent(renderer).overlaps(ax.get_window_extent(renderer))
            for labels in (ax.get_yticklabels(), ax.get_xticklabels()):  # the tornado's rows ran together
                boxes = [label.get_window_extent(renderer) for label in labels
                         if label.get_text() and label.get_visible()]
                assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), \
                    [label.get_text() for label in labels]
        titles = [ax.title.get_window_extent(renderer) for ax in figure.axes if ax.get_title()]
        for i, first in enumerate(titles):  # the breakdown's two titles ran together
            assert not any(first.overlaps(other) for other in titles[i + 1:])


def test_one_gpu_is_singular():
    assert charts._value_text(1, "GPUs") == "1 GPU" and charts._value_text(2, "GPUs") == "2 GPUs"


def test_the_breakdown_scale_shows_the_taller_path_whole():
    p = project({"horizon_months": 12}, PRICES)  # fine-tuning's months are far above the API's
    api_ax, ft_ax = charts.breakdown_figure(p).axes
    assert ft_ax.get_ylim()[1] >= max(p.fine_tune.monthly) and api_ax.get_ylim() == ft_ax.get_ylim()


def test_a_short_tornado_shows_the_largest_rows_that_fit_and_says_how_many():
    rows = sensitivity(BREAKS_EVEN, PRICES)
    p = project(BREAKS_EVEN, PRICES)
    tall = charts.tornado_figure(rows, p, charts.live_figure((9, 5.5)))
    assert len([t for t in tall.axes[0].get_yticklabels() if t.get_text()]) == 10
    short = charts.tornado_figure(rows, p, charts.live_figure((7.06, 2.64)))  # a 900×600 window
    labels = [t.get_text() for t in short.axes[0].get_yticklabels() if t.get_text()]
    assert charts.MIN_ROWS <= len(labels) < 10
    largest = [row for row in rows if row.swing > 0][:len(labels)]
    assert labels == [charts._row_label(row) for row in largest]  # the largest swings, in order
    assert f"(top {len(labels)} of {len(rows)})" in short.axes[0].get_title()


def test_a_short_cumulative_chart_has_its_legend_beside_the_lines():
    p = project(BREAKS_EVEN, PRICES)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = charts.live_figure((7.06, 2.64))
    canvas = FigureCanvasAgg(figure)
    charts.cumulative_figure(p, figure)
    canvas.draw()
    ax = figure.axes[0]
    legend = ax.get_legend().get_window_extent(canvas.get_renderer())
    plot = ax.get_window_extent(canvas.get_renderer())
    assert legend.x0 >= plot.x1 and legend.y0 >= plot.y0 - 5  # right of the lines, not below
    assert [t.get_text() for t in ax.get_legend().get_texts()][0] == f"API path\n({p.model})"


@pytest.mark.parametrize("model", ["claude-haiku-5-5", "claude-sonnet-5-5", "claude-opus-4-5"])
def test_the_printed_charts_legend_is_whole_on_the_page(model):
    """Issue 29, item 7: the PDF's legend read "Fine-tuned, rented GP", cut at the page's edge."""
    from advisor.report.html import CHART_INCHES

    figure = charts.printed_cumulative_figure(project({"model": model}, PRICES), CHART_INCHES)
    figure.draw_without_rendering()
    legend = figure.axes[0].get_legend()
    box = legend.get_window_extent()
    assert 0 <= box.x0 and box.x1 <= figure.bbox.width and 0 <= box.y0
    assert [t.get_text() for t in legend.get_texts()][-1] == "Fine-tuned, rented GPUs"


def test_when_nothing_breaks_even_the_tornado_says_so_once_not_at_every_bar():
    """Issue 29, item 8: every bar of "What matters most" read "no break-even"."""
    costs = {"horizon_months": 24}
    rows = sensitivity(costs, PRICES)
    assert all(r.low_break_even is None and r.high_break_even is None for r in rows[:10])
    figure = charts.tornado_figure(rows, project(costs, PRICES))
    ax = figure.axes[0]
    assert not [t for t in ax.texts if "no break-even" in t.get_text()]
    assert ax.get_title().count("no change shown brings a break-even") == 1


def test_bars_that_break_even_still_say_in_which_month():
    rows = sensitivity(BREAKS_EVEN, PRICES)
    figure = charts.tornado_figure(rows, project(BREAKS_EVEN, PRICES))
    assert any("month" in t.get_text() for t in figure.axes[0].texts)
    assert "brings a break-even" not in figure.axes[0].get_title()
