"""``eval FILE [--model ID] [--repeat N] [--concurrency N] [--save] [--format text|json]``.

Runs the prompt-lab tests against Claude. Exit status: 0 every test passed, 5 some failed or
could not be checked, 3 the file cannot be used, 4 the API cannot be used, 2 wrong usage.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from advisor.errors import FileProblem

log = logging.getLogger(__name__)

HELP = "run the prompt-lab tests against Claude"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is too small; it must be 1 or more")
    if value > 100:
        raise argparse.ArgumentTypeError(f"{value} is too large; at most 100")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the .fta.json assessment holding the prompt lab")
    parser.add_argument("--model", metavar="ID", help="the model to test (default: the lab's model)")
    parser.add_argument("--repeat", type=_positive, default=1, metavar="N",
                        help="run each test N times to measure stability (default 1)")
    parser.add_argument("--concurrency", type=_positive, default=4, metavar="N",
                        help="requests in flight at once (default 4)")
    parser.add_argument("--save", action="store_true",
                        help="write the results into the file as prompt_lab.last_run")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text (one line per test, the default) or json")


def run(args: argparse.Namespace) -> int:
    from advisor.assessment import load_assessment

    # The loader runs the one prompt-lab validator (advisor.validation): a lab eval could not
    # run is refused there, naming the key.
    assessment = load_assessment(args.file)  # raises FileProblem naming the file
    lab = assessment.prompt_lab or {}
    if not lab.get("tests"):
        raise FileProblem(f"{args.file}: the prompt lab has no tests to run; add some in the "
                          "Prompt lab, or under prompt_lab.tests.")
    model = args.model or lab.get("model")
    if not model:
        raise FileProblem(f"{args.file}: the prompt lab names no model; give --model ID or set "
                          "prompt_lab.model.")
    from advisor import eval_runner
    from advisor.claude import ClaudeProblem

    progress = _progress_printer() if args.format == "text" and sys.stderr.isatty() else None
    try:
        result = eval_runner.run_eval(lab, model=model, repeat=args.repeat,
                                      concurrency=args.concurrency, progress=progress)
    except ClaudeProblem as problem:
        raise ClaudeProblem(f"{args.file}: {problem}", problem.kind, status=problem.status) from None
    finally:
        if progress is not None:
            sys.stderr.write("\r\033[K")
    if result.cases and result.errors == len(result.cases) and _all_api_errors(result):
        # Nothing could be checked and the API is why: that is "the API cannot be used".
        raise ClaudeProblem(f"{args.file}: no test could be run: {result.cases[0].error}", "api_error")
    # The results are printed first: a save that fails must not lose a run that took minutes.
    if args.format == "json":
        json.dump(result.to_json(), sys.stdout, indent=2, ensure_ascii=False, allow_nan=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text_report(result))
    if args.save:
        try:
            _save_last_run(args.file, result.to_last_run())
        except FileProblem as problem:
            sys.stdout.flush()
            print(str(problem), file=sys.stderr)
            return 3
        if args.format == "text":
            sys.stdout.write(f"saved to {args.file}\n")
    return 0 if result.passed == len(result.cases) else 5


def _save_last_run(path: Path, last_run: dict) -> None:
    """Set only ``prompt_lab.last_run`` in the file as it is now, keeping edits saved during the run."""
    from advisor.assessment import load_assessment, save_assessment

    fresh = load_assessment(path)  # raises FileProblem naming the file
    fresh.prompt_lab = {**(fresh.prompt_lab or {}), "last_run": last_run}
    save_assessment(fresh)


def _all_api_errors(result) -> bool:
    return all(case.error_kind not in (None, "missing_variable") for case in result.cases)


def _progress_printer():
    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\rrunning tests: {done}/{total}")
        sys.stderr.flush()
    return show


def text_report(result, saved_to: Path | bool | None = None) -> str:
    lines = []
    width = max((len(case.name) for case in result.cases), default=4)
    for case in result.cases:
        usage = case.usage
        status = case.status.upper().replace("_", " ")
        detail = ""
        if case.status == "error":
            detail = f"  {case.error}"
        elif case.status == "failed":
            detail = f"  {case.reason or 'expectations not met'}"
        rate = f" {case.passes}/{len(case.runs)}" if result.repeat > 1 and case.runs else ""
        lines.append(f"{status:<7}{rate} {case.name:<{width}}  {case.latency_ms / 1000:5.2f} s  "
                     f"{usage.input_tokens}→{usage.output_tokens} tokens{detail}")
    cost = result.cost_usd
    priced = f"${cost:.4f}" if cost is not None else "cost unknown (model not in the price table)"
    lines.append(f"{result.passed} passed, {result.failed} failed, {result.errors} errors "
                 f"on {result.model} · {priced}" + (" · cancelled" if result.cancelled else ""))
    if saved_to:
        lines.append(f"saved to {saved_to}")
    return "\n".join(lines) + "\n"
