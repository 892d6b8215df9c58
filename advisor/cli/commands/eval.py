"""``eval FILE [--model ID]... [--tests FILE] [--repeat N] [--concurrency N] [--batch] [--save]
[--format text|json]``.

Runs the prompt-lab tests against Claude, on each model given. Exit status: 0 every test passed
(on every model), 5 some failed or could not be checked, 3 the file (or the test set) cannot be
used, 4 the API cannot be used, 2 wrong usage.
"""
from __future__ import annotations

import argparse
import json
import signal
import threading
from contextlib import contextmanager
import logging
import sys
from pathlib import Path
from typing import Iterator

from advisor.core.errors import FileProblem

log = logging.getLogger(__name__)



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
    parser.add_argument("--model", metavar="ID", action="append",
                        help="a model to test; repeat for several, compared side by side "
                             "(default: the lab's model)")
    parser.add_argument("--tests", type=Path, metavar="CSV_OR_JSONL",
                        help="run this test set (CSV, JSONL or promptfoo YAML) instead of the file's")
    parser.add_argument("--repeat", type=_positive, default=1, metavar="N",
                        help="run each test N times to measure stability (default 1)")
    parser.add_argument("--concurrency", type=_positive, default=4, metavar="N",
                        help="requests in flight at once (default 4)")
    parser.add_argument("--batch", action="store_true",
                        help="send the tests through the Message Batches API (half price) and wait")
    parser.add_argument("--save", action="store_true",
                        help="write the runs into the file (prompt_lab.runs; last_run is the newest)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text (one line per test, the default) or json")


def run(args: argparse.Namespace) -> int:
    from advisor.document.assessment import load_assessment

    # The loader runs the one prompt-lab validator (advisor.document.validation): a lab eval could not
    # run is refused there, naming the key.
    assessment = load_assessment(args.file)  # raises FileProblem naming the file
    lab = dict(assessment.prompt_lab or {})
    if args.tests is not None:
        lab["tests"] = _external_tests(args.tests)
    if not lab.get("tests"):
        raise FileProblem(f"{args.file}: the prompt lab has no tests to run; add some in the "
                          "Prompt lab, or under prompt_lab.tests.")
    models = list(dict.fromkeys(args.model or ([lab["model"]] if lab.get("model") else [])))
    if not models:
        raise FileProblem(f"{args.file}: the prompt lab names no model; give --model ID or set "
                          "prompt_lab.model.")
    if args.save:  # refuse a read-only file before any test is paid for, not after
        from advisor.core.safe_files import check_not_read_only

        check_not_read_only(args.file)
    cancel = threading.Event()
    # Ctrl+C keeps (and with --save saves) the finished tests. A batch's requests (short polls)
    # are not abandoned: the batch is then cancelled at Anthropic, which needs one more request.
    with _ctrl_c_cancels(cancel, abandon_requests=not args.batch):
        results = _run_models(args, lab, models, cancel)
    if not results:  # interrupted before anything came back (a batch: before it ended)
        print(f"{args.file}: interrupted; " + ("the batch was cancelled at Anthropic; " if args.batch else "")
              + "nothing is saved.", file=sys.stderr)
        return 130
    # The results are printed first: a save that fails must not lose a run that took minutes.
    if args.format == "json":
        runs = [result.to_json() for result in results]  # each with pass_rate and Wilson bounds
        json.dump({**runs[0], "runs": runs}, sys.stdout, indent=2, ensure_ascii=False, allow_nan=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("".join(text_report(result) for result in results))
        if len(results) > 1:
            sys.stdout.write(comparison_report(results, assessment.answers.get("quality_bar_pct")))
    if args.save:
        runs = [result.to_run() for result in results]
        for run, result in zip(runs, results):
            if result.cancelled:
                run["cancelled"] = True  # the tests not run are absent, not failed
        try:
            _save_runs(args.file, runs)
        except FileProblem as problem:
            sys.stdout.flush()
            print(str(problem), file=sys.stderr)
            return 3
        if args.format == "text":
            sys.stdout.write(f"saved to {args.file}\n")
    if cancel.is_set():
        sys.stdout.flush()
        finished = sum(case.status != "not_run" for result in results for case in result.cases)
        total = sum(len(result.cases) for result in results)
        print(f"{args.file}: interrupted; {finished} of {total} tests had finished"
              + (" and were saved, marked cancelled." if args.save else "."), file=sys.stderr)
        return 130
    return 0 if all(result.passed == len(result.cases) for result in results) else 5


@contextmanager
def _ctrl_c_cancels(cancel: threading.Event, abandon_requests: bool = True) -> Iterator[None]:
    """The first Ctrl+C cancels the run (finished tests are kept); a second one stops at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def first(signum: int, frame: object) -> None:
        from advisor.claude import netguard
        cancel.set()
        if abandon_requests:
            netguard.abort_requests()  # replies still in flight are abandoned, not waited for
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, first)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _external_tests(path: Path) -> list[dict]:
    from advisor.lab import test_sets
    try:
        return test_sets.load(path).tests
    except test_sets.TestSetError as problem:
        raise FileProblem(f"{path}: {problem}") from None


def _run_models(args: argparse.Namespace, lab: dict, models: list[str], cancel: threading.Event) -> list:
    from advisor.lab import eval_runner
    from advisor.claude.client import ClaudeProblem

    progress = _progress_printer() if args.format == "text" and sys.stderr.isatty() else None
    results = []
    try:
        if args.batch:  # every model in one batch: one wait, one cancel
            results = [_usable(result) for result in _run_batch(lab, models, args.repeat, cancel)]
        for model in models if not args.batch else []:
            if cancel.is_set():
                break
            results.append(_usable(eval_runner.run_eval(lab, model=model, repeat=args.repeat,
                                                        concurrency=args.concurrency, progress=progress,
                                                        cancel=cancel)))
    except ClaudeProblem as problem:
        raise ClaudeProblem(f"{args.file}: {problem}", problem.kind, status=problem.status) from None
    finally:
        if progress is not None:
            sys.stderr.write("\r\033[K")
    return results


def _run_batch(lab: dict, models: list[str], repeat: int, cancel: threading.Event) -> list:
    """Submit one batch for every model and wait; Ctrl+C cancels it at Anthropic too."""
    from advisor.lab import batches
    record = batches.submit(lab, models=models, repeat=repeat)
    results = batches.wait_and_collect(record, interval=_poll_seconds(), cancel=cancel)
    if results is None:  # interrupted: stop the batch, so what was not processed is not billed
        batches.cancel(record)
        return []
    return results


def _poll_seconds() -> float:
    import os

    try:  # tests poll a local fake quickly; the real API is polled every 10 s
        return max(0.01, float(os.environ.get("FTA_BATCH_POLL_SECONDS", "")))
    except ValueError:
        from advisor.lab.batches import DEFAULT_POLL_SECONDS

        return DEFAULT_POLL_SECONDS


def _save_runs(path: Path, runs: list[dict]) -> None:
    """Append the runs to ``prompt_lab.runs`` in the file as it is now, keeping edits saved
    during the run; ``last_run`` becomes the newest."""
    from advisor.document.assessment import load_assessment, save_assessment
    from advisor.lab.history import with_runs

    fresh = load_assessment(path)  # raises FileProblem naming the file
    fresh.prompt_lab = with_runs(fresh.prompt_lab or {}, runs)
    save_assessment(fresh)


def _usable(result):
    """``result``, unless nothing could be checked and the API is why: that is "the API cannot
    be used" (exit 4), not a failed test."""
    from advisor.claude.client import ClaudeProblem

    if result.cases and result.errors == len(result.cases) and _all_api_errors(result):
        raise ClaudeProblem(f"no test could be run on {result.model}: {result.cases[0].error}", "api_error")
    return result


def _all_api_errors(result) -> bool:
    from advisor.lab.eval_results import TEST_ERROR_KINDS

    return all(case.error_kind is not None and case.error_kind not in TEST_ERROR_KINDS
               for case in result.cases)


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


def comparison_report(results, bar_pct) -> str:
    """The models side by side: pass rate (95 % interval), cost per 1,000 requests, latency."""
    from advisor.lab.history import cheapest_meeting_bar, differing_cases

    runs = [result.to_run() for result in results]
    lines = ["", "model                         pass rate (95 % interval)   per 1,000 requests   p50 / p95"]
    for run in runs:
        rate = "–" if run["pass_rate"] is None else f"{run['pass_rate']:.1f} %"
        interval = f"({run['wilson_low']:.0f}–{run['wilson_high']:.0f} %)"
        cost = "unknown" if run["cost_per_1k_usd"] is None else f"${run['cost_per_1k_usd']:.4f}"
        p50, p95 = run["latency_p50_ms"], run["latency_p95_ms"]
        latency = "–" if p50 is None else f"{p50 / 1000:.2f} / {p95 / 1000:.2f} s"
        lines.append(f"{run['model']:<30}{rate:>9} {interval:<18}{cost:>19}   {latency}")
    differ = differing_cases(runs)
    lines.append(f"{len(differ)} case{'s' if len(differ) != 1 else ''} differ between the models"
                 + (": " + ", ".join(name for name, _ in differ[:10]) if differ else ""))
    if bar_pct is not None:
        best = cheapest_meeting_bar(runs, bar_pct)
        lines.append(f"cheapest model meeting the bar of {bar_pct:g} %: {best['model']}" if best
                     else f"no model meets the bar of {bar_pct:g} %")
    return "\n".join(lines) + "\n"
