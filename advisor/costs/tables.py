"""A projection as a text table and as CSV: what ``costs --format text|csv`` prints and what the
Costs screen's "Export figures…" writes. Beside the projection, so the window never imports a
command-line module."""
from __future__ import annotations

import csv
from typing import TextIO

from advisor.costs.projection import API_PARTS, FINE_TUNE_PARTS, Projection
from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
from advisor.core.numbers import format_money

HOSTING_NAMES = {"serverless": QT_TRANSLATE_NOOP("tables", "a serverless LoRA service"),
                 "dedicated": QT_TRANSLATE_NOOP("tables", "rented GPUs")}


def _money(value: float) -> str:
    return format_money(value, cents=False)


def break_even_sentence(projection: Projection) -> str:
    if projection.break_even_month is None:
        return translate("tables", "Fine-tuning does not break even within {0} months.").format(
            projection.horizon_months)
    return translate("tables", "Fine-tuning breaks even in month {0}.").format(projection.break_even_month)


def hosting_sentence(projection: Projection) -> str:
    """Which hosting the fine-tuning path uses, and what each would cost over the horizon."""
    choice = projection.inputs.get("ft_hosting")
    where = translate("tables", HOSTING_NAMES[projection.hosting])
    if choice == "cheapest":
        text = translate("tables", "Fine-tuned model hosted on {0} (the cheaper of the two): "
                                   "serverless {1}, rented GPUs {2} over {3} months.")
    else:
        text = translate("tables", "Fine-tuned model hosted on {0}: serverless {1}, rented GPUs {2} over {3} months.")
    return text.format(where, _money(projection.serverless.total), _money(projection.dedicated.total),
                       projection.horizon_months)


def text_table(projection: Projection, title: str = "") -> str:
    """A readable month-by-month table with totals and the break-even line."""
    headers = (translate("tables", "Month"), translate("tables", "API monthly"), translate("tables", "API cumulative"),
               translate("tables", "Fine-tune monthly"), translate("tables", "Fine-tune cumulative"))
    api, ft = projection.api, projection.fine_tune
    rows = [(str(m), _money(api.monthly[i]), _money(api.cumulative[i]), _money(ft.monthly[i]),
             _money(ft.cumulative[i])) for i, m in enumerate(projection.months)]
    total = (translate("tables", "Total"), _money(api.total), "", _money(ft.total), "")
    widths = [max(len(r[c]) for r in [headers, total, *rows]) for c in range(len(headers))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(cell.rjust(width) for cell, width in zip(cells, widths)).rstrip()

    rule = "  ".join("-" * width for width in widths)
    heading = (translate("tables", "Cost projection: {0}").format(title) if title
               else translate("tables", "Cost projection"))
    out = [heading,
           translate("tables", "API path on {0}, {1} months, in {2}").format(
               projection.model, projection.horizon_months, projection.currency),
           "", line(headers), rule, *(line(r) for r in rows), rule, line(total), "",
           translate("tables", "Up-front fine-tuning cost (labelling and training runs, month 1): {0}").format(
               _money(ft.upfront)),
           hosting_sentence(projection),
           translate("tables", "Serving GPUs, if rented: {0} to {1}").format(min(projection.gpus), max(projection.gpus)),
           break_even_sentence(projection)]
    return "\n".join(out) + "\n"


CSV_COLUMNS = ("month", "requests", "gpus",
               *(f"api_{p}" for p in API_PARTS), "api_monthly", "api_cumulative",
               *(f"fine_tune_{p}" for p in FINE_TUNE_PARTS), "fine_tune_monthly",
               "fine_tune_cumulative", "serverless_cumulative", "dedicated_cumulative")


def csv_rows(projection: Projection) -> list[list[object]]:
    """One row a month, every figure in dollars and cents; the header is :data:`CSV_COLUMNS`."""
    api, ft = projection.api, projection.fine_tune
    series = [projection.requests, *(getattr(api, p) for p in API_PARTS), api.monthly,
              api.cumulative, *(getattr(ft, p) for p in FINE_TUNE_PARTS), ft.monthly, ft.cumulative,
              projection.serverless.cumulative, projection.dedicated.cumulative]
    rows: list[list[object]] = []
    for i, month in enumerate(projection.months):
        cents = [round(float(values[i]), 2) for values in series]
        rows.append([month, cents[0], projection.gpus[i], *cents[1:]])
    return rows


def write_csv(projection: Projection, stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(projection))
