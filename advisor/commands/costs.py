"""``costs FILE [--format text|json|csv] [--png OUT.png]``: the cost projection of both paths."""
from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from pathlib import Path
from typing import TextIO

from advisor.assessment import load_assessment
from advisor.costs import API_PARTS, FINE_TUNE_PARTS, CostInputError, Projection, project
from advisor.errors import FileProblem, UsageProblem
from advisor.pricing import load_price_table

log = logging.getLogger(__name__)

HELP = "the cost projection of both paths"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the .fta.json assessment")
    parser.add_argument("--format", choices=("text", "json", "csv"), default="text",
                        help="text (a table, the default), json or csv")
    parser.add_argument("--png", type=Path, metavar="OUT.png",
                        help="also write the charts (cumulative cost, monthly breakdown, "
                             "sensitivity) to this image; an .svg name writes SVG")


CHART_SUFFIXES = (".png", ".svg")


def run(args: argparse.Namespace) -> int:
    if args.png is not None and args.png.suffix.lower() not in CHART_SUFFIXES:
        # The image format follows the name; PNG bytes in a .jpg (say) would not open.
        raise UsageProblem(f"{args.png}: the chart file name must end in .png or .svg")
    assessment = load_assessment(args.file)  # raises FileProblem naming the file
    prices = load_price_table()
    try:
        projection = project(assessment.costs, prices)
        if args.png is not None:
            write_charts(projection, assessment.costs, prices, args.png, assessment.title)
    except CostInputError as error:
        raise CostInputError(f"{args.file}: {error}") from None
    for warning in [*assessment.warnings, *projection.warnings]:
        print(f"{args.file}: warning: {warning}", file=sys.stderr)
    if args.format == "json":
        json.dump(projection.to_json(), sys.stdout, indent=2, ensure_ascii=False, allow_nan=False)
        sys.stdout.write("\n")
    elif args.format == "csv":
        write_csv(projection, sys.stdout)
    else:
        sys.stdout.write(text_table(projection, assessment.title))
    return 0


def write_charts(projection: Projection, costs: dict, prices, out: Path, title: str = "") -> None:
    """Render all charts to ``out`` (PNG, or SVG by suffix); a failure leaves ``out`` untouched."""
    from advisor import charts  # matplotlib only when a chart is asked for
    from advisor.atomic import check_writable
    from advisor.sensitivity import sensitivity

    check_writable(out)

    figure = charts.overview_figure(projection, sensitivity(costs, prices),
                                    title=f"Cost projection: {title}" if title else "Cost projection")
    fmt = "svg" if out.suffix.lower() == ".svg" else "png"
    try:
        charts.save_figure(figure, out, fmt)
    except OSError as error:
        raise FileProblem(f"{out}: cannot write the chart: {error.strerror or error}.") from None


def break_even_sentence(projection: Projection) -> str:
    if projection.break_even_month is None:
        return f"Fine-tuning does not break even within {projection.horizon_months} months."
    return f"Fine-tuning breaks even in month {projection.break_even_month}."


def _money(value: float) -> str:
    sign = "-" if value < -0.5 else ""
    return f"{sign}${abs(value):,.0f}"


def text_table(projection: Projection, title: str = "") -> str:
    """A readable month-by-month table with totals and the break-even line."""
    headers = ("Month", "API monthly", "API cumulative", "Fine-tune monthly", "Fine-tune cumulative")
    api, ft = projection.api, projection.fine_tune
    rows = [(str(m), _money(api.monthly[i]), _money(api.cumulative[i]), _money(ft.monthly[i]),
             _money(ft.cumulative[i])) for i, m in enumerate(projection.months)]
    total = ("Total", _money(api.total), "", _money(ft.total), "")
    widths = [max(len(r[c]) for r in [headers, total, *rows]) for c in range(len(headers))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(cell.rjust(width) for cell, width in zip(cells, widths)).rstrip()

    rule = "  ".join("-" * width for width in widths)
    heading = f"Cost projection{': ' + title if title else ''}"
    out = [heading,
           f"API path on {projection.model}, {projection.horizon_months} months, in {projection.currency}",
           "", line(headers), rule, *(line(r) for r in rows), rule, line(total), "",
           f"Up-front fine-tuning cost (labelling and training runs, month 1): {_money(ft.upfront)}",
           f"Serving GPUs: {min(projection.gpus)} to {max(projection.gpus)}",
           break_even_sentence(projection)]
    return "\n".join(out) + "\n"


CSV_COLUMNS = ("month", "requests", "gpus",
               *(f"api_{p}" for p in API_PARTS), "api_monthly", "api_cumulative",
               *(f"fine_tune_{p}" for p in FINE_TUNE_PARTS), "fine_tune_monthly",
               "fine_tune_cumulative")


def csv_rows(projection: Projection) -> list[list[object]]:
    """One row a month, every figure in dollars and cents; the header is :data:`CSV_COLUMNS`."""
    api, ft = projection.api, projection.fine_tune
    series = [projection.requests, *(getattr(api, p) for p in API_PARTS), api.monthly,
              api.cumulative, *(getattr(ft, p) for p in FINE_TUNE_PARTS), ft.monthly, ft.cumulative]
    rows: list[list[object]] = []
    for i, month in enumerate(projection.months):
        cents = [round(float(values[i]), 2) for values in series]
        rows.append([month, cents[0], projection.gpus[i], *cents[1:]])
    return rows


def write_csv(projection: Projection, stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(projection))
