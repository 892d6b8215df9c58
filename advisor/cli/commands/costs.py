"""``costs FILE [--format text|json|csv] [--png OUT.png]``: the cost projection of both paths."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from advisor.document.assessment import load_assessment
from advisor.costs.presets import overridden_derivations
from advisor.decision.cost_uncertainty import with_uncertainty
from advisor.decision.engine import inputs_in_force
from advisor.decision.measured_costs import MeasuredProblem, apply_measured, find_run, measured_from_run
from advisor.report.cost_marks import extra_lines, measured_json
from advisor.costs.tables import text_table, write_csv
from advisor.costs.projection import CostInputError, Projection, project
from advisor.core.errors import FileProblem, UsageProblem
from advisor.costs.pricing import load_price_table

log = logging.getLogger(__name__)



def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the .fta.json assessment")
    parser.add_argument("--format", choices=("text", "json", "csv"), default="text",
                        help="text (a table, the default), json or csv")
    parser.add_argument("--from-run", metavar="best|RUN_ID",
                        help="take the model, tokens per request and cache hit share measured in a saved "
                             "prompt-lab run (best: the run behind the prompt evidence) for this projection; "
                             "the file is not changed")
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
    typed = assessment.costs
    if args.from_run:
        typed = _measured_costs(args, assessment, prices)
    costs = inputs_in_force(typed, assessment.answers)  # the one projection's inputs, as the window's
    try:
        projection = with_uncertainty(project(costs, prices), costs, prices)
        if args.png is not None:
            write_charts(projection, costs, prices, args.png, assessment.title)
    except CostInputError as error:
        raise CostInputError(f"{args.file}: {error}") from None
    for warning in [*assessment.warnings, *projection.warnings]:
        print(f"{args.file}: warning: {warning}", file=sys.stderr)
    for kept in overridden_derivations(assessment.costs, assessment.answers):
        print(f"{args.file}: note: {kept}", file=sys.stderr)  # the typed figure is the one projected
    if args.format == "json":
        figures = {**projection.to_json(), "measured": measured_json(typed)}
        json.dump(figures, sys.stdout, indent=2, ensure_ascii=False, allow_nan=False)
        sys.stdout.write("\n")
    elif args.format == "csv":
        write_csv(projection, sys.stdout)
    else:
        sys.stdout.write(text_table(projection, assessment.title))
        sys.stdout.write("".join(f"{line}\n" for line in extra_lines(projection, typed)))
    return 0


def _measured_costs(args: argparse.Namespace, assessment, prices) -> dict:
    """The file's cost inputs with the figures measured in the run ``--from-run`` names."""
    try:
        run = find_run(assessment.prompt_lab, assessment.answers, args.from_run)
        return apply_measured(assessment.costs, measured_from_run(run, prices.model_ids()))
    except MeasuredProblem as problem:
        raise MeasuredProblem(f"{args.file}: {problem}") from None


def write_charts(projection: Projection, costs: dict, prices, out: Path, title: str = "") -> None:
    """Render all charts to ``out`` (PNG, or SVG by suffix); a failure leaves ``out`` untouched."""
    from advisor.costs import charts  # matplotlib only when a chart is asked for
    from advisor.core.atomic import check_writable
    from advisor.costs.sensitivity import sensitivity

    check_writable(out)

    figure = charts.overview_figure(projection, sensitivity(costs, prices),
                                    title=f"Cost projection: {title}" if title else "Cost projection")
    fmt = "svg" if out.suffix.lower() == ".svg" else "png"
    try:
        charts.save_figure(figure, out, fmt)
    except OSError as error:
        raise FileProblem(f"{out}: cannot write the chart: {error.strerror or error}.") from None
