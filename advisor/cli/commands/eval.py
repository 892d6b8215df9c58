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

from advisor.core.errors import FileProblem, UsageProblem
from advisor.lab.ci_reports import run_label

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
    parser.add_argument("--context", action="append", choices=("none", "full", "retrieve"),
                        help="what is sent beside the prompt: none (the default), full (every "
                             "document, cached) or retrieve (the top chunks per test); repeat for "
                             "several, each model x context is a run")
    parser.add_argument("--docs", type=Path, action="append", metavar="PATH",
                        help="a document or a folder of them, added to the lab's documents for this run")
    parser.add_argument("--top-k", type=_positive, metavar="N",
                        help="chunks sent per test by the retrieve context (default: the lab's, else 5)")
    parser.add_argument("--target", action="append", metavar="NAME=URL",
                        help="your own model on an OpenAI-compatible server (vLLM, Ollama, llama.cpp, "
                             "TGI, LM Studio), as a run beside the --model runs; pair each with --target-model")
    parser.add_argument("--target-model", action="append", metavar="ID",
                        help="the model id the matching --target serves")
    parser.add_argument("--target-price", action="append", metavar="IN/OUT",
                        help="its price per million input/output tokens, such as 0.1/0.1 (default: unpriced)")
    parser.add_argument("--junit", type=Path, metavar="OUT.xml", help="also write the results as JUnit XML, for CI")
    parser.add_argument("--min-pass-pct", type=float, metavar="P",
                        help="exit 0 when every run's pass rate is at least P percent, else 5")
    parser.add_argument("--baseline", metavar="last|RUN_ID",
                        help="name the tests that passed in that saved run and fail now; exit 5 on any")
    parser.add_argument("--shots", type=_shots, metavar="LIST",
                        help="how many of the lab's examples to send, e.g. 0,2,4,8: one run per value "
                             "(the few-shot curve)")


def _shots(text: str) -> list[int]:
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give whole numbers separated by commas, "
                                         "such as 0,2,4,8") from None
    if not values or any(value < 0 for value in values):
        raise argparse.ArgumentTypeError(f"{text!r}: give whole numbers of 0 or more, such as 0,2,4,8")
    return sorted(set(values))


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
    args.plans = _context_plans(args, lab, assessment.path)  # documents read, index built: before paying
    args.targets = _targets(args, lab)  # each checked (its URL, its key's transport) before anything is sent
    baseline = _baseline_run(args, lab) if args.baseline else None
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
    if args.junit is not None:
        from advisor.core.atomic import atomic_write_text
        from advisor.lab.ci_reports import junit_xml

        atomic_write_text(args.junit, junit_xml(results))
    if cancel.is_set():
        sys.stdout.flush()
        finished = sum(case.status != "not_run" for result in results for case in result.cases)
        total = sum(len(result.cases) for result in results)
        print(f"{args.file}: interrupted; {finished} of {total} tests had finished"
              + (" and were saved, marked cancelled." if args.save else "."), file=sys.stderr)
        return 130
    return _exit_status(args, results, baseline)


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


def _context_plans(args: argparse.Namespace, lab: dict, assessment_path: Path | None) -> list:
    """One plan per --context (none when not given); documents and the index are ready after this."""
    from advisor.lab import context, documents

    modes = list(dict.fromkeys(args.context or ["none"]))
    if args.batch and (modes != ["none"] or args.shots):
        raise UsageProblem("eval: --batch sends the prompt alone for now; run --context or --shots "
                           "without --batch.")
    extra = documents.entries_for(args.docs, assessment_path) if args.docs else []
    return [context.plan(mode, lab, assessment_path, extra, args.top_k) for mode in modes]


def _run_models(args: argparse.Namespace, lab: dict, models: list[str], cancel: threading.Event) -> list:
    from advisor.lab import eval_runner
    from advisor.claude.client import ClaudeProblem

    progress = _progress_printer() if args.format == "text" and sys.stderr.isatty() else None
    results = []
    try:
        if args.batch:  # every model in one batch: one wait, one cancel
            results = [_usable(result) for result in _run_batch(lab, models, args.repeat, cancel)]
        runs = [(model, plan, shots) for model in models for plan in args.plans
                for shots in (args.shots or [None])]
        for model, plan, shots in runs if not args.batch else []:
            if cancel.is_set():
                break
            results.append(_usable(eval_runner.run_eval(lab, model=model, repeat=args.repeat,
                                                        concurrency=args.concurrency, progress=progress,
                                                        cancel=cancel, context=plan, shots=shots)))
        for target in args.targets:
            for plan in args.plans:
                for shots in args.shots or [None]:
                    if cancel.is_set():
                        break
                    results.append(_usable(_run_target(lab, target, args, plan, shots, cancel, progress)))
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
                 f"on {run_label(result.model, result.context, result.shots, result.target)} · {priced}"
                 + (" · cancelled" if result.cancelled else ""))
    if saved_to:
        lines.append(f"saved to {saved_to}")
    return "\n".join(lines) + "\n"


def comparison_report(results, bar_pct) -> str:
    """The models side by side: pass rate (95 % interval), cost per 1,000 requests, latency."""
    from advisor.lab.history import cheapest_meeting_bar, differing_cases

    runs = [result.to_run() for result in results]
    lines = ["", "run                           pass rate (95 % interval)   per 1,000 requests   p50 / p95"]
    for run in runs:
        rate = "–" if run["pass_rate"] is None else f"{run['pass_rate']:.1f} %"
        interval = f"({run['wilson_low']:.0f}–{run['wilson_high']:.0f} %)"
        cost = "unknown" if run["cost_per_1k_usd"] is None else f"${run['cost_per_1k_usd']:.4f}"
        p50, p95 = run["latency_p50_ms"], run["latency_p95_ms"]
        latency = "–" if p50 is None else f"{p50 / 1000:.2f} / {p95 / 1000:.2f} s"
        label = run_label(run["model"], run.get("context", "none"), run.get("shots"), run.get("target"))
        lines.append(f"{label:<30}{rate:>9} {interval:<18}{cost:>19}   {latency}")
    differ = differing_cases(runs)
    lines.append(f"{len(differ)} case{'s' if len(differ) != 1 else ''} differ between the models"
                 + (": " + ", ".join(name for name, _ in differ[:10]) if differ else ""))
    if bar_pct is not None:
        best = cheapest_meeting_bar(runs, bar_pct)
        lines.append(f"cheapest model meeting the bar of {bar_pct:g} %: {best['model']}" if best
                     else f"no model meets the bar of {bar_pct:g} %")
    return "\n".join(lines) + "\n"


# -- other targets and CI (contract section 8) -------------------------------------------------
def _targets(args: argparse.Namespace, lab: dict) -> list:
    from advisor.lab import targets
    from advisor.lab.history import runs_of

    specs, models, prices = args.target or [], args.target_model or [], args.target_price or []
    if len(specs) != len(models):
        raise UsageProblem(f"eval: {len(specs)} --target but {len(models)} --target-model; give one "
                           "--target-model ID after each --target NAME=URL.")
    if len(prices) > len(specs):
        raise UsageProblem("eval: more --target-price than --target; give one price per target.")
    found = []
    for index, (spec, model) in enumerate(zip(specs, models)):
        try:
            price = _price(prices[index]) if index < len(prices) else None
            target = targets.parse(spec, model, price)
            if price is None:  # the price last saved for this target (the window's, GPU-hours too)
                saved = [targets.from_record(run.get("target")) for run in runs_of(lab)]
                target = target._replace(price=next((t.price for t in reversed(saved) if t and t.name == target.name), {}))
        except ValueError as problem:
            raise UsageProblem(f"eval: {problem}") from None
        targets.check_transport(target, targets.key_for(target.name), targets.warn_on_stderr)
        found.append(target)
    return found


def _price(text: str) -> dict:
    try:
        given, taken = (float(part) for part in text.split("/"))
    except ValueError:
        raise ValueError(f"--target-price {text!r}: write IN/OUT in USD per million tokens, such as 0.1/0.1") from None
    if not (0 <= given < 10_000 and 0 <= taken < 10_000):
        raise ValueError(f"--target-price {text!r}: prices from 0 to 10,000 USD per million tokens")
    return {"in_per_mtok": given, "out_per_mtok": taken}


def _run_target(lab: dict, target, args: argparse.Namespace, plan, shots, cancel: threading.Event, progress):
    """One run on the team's own model; an llm_rubric grader still asks Claude."""
    from advisor.lab import eval_runner, target_run, targets

    claude: dict = {}

    def claude_send(request: dict):
        if "send" not in claude:  # made only when a grader needs it: a target run needs no Claude key
            from advisor.claude import client

            claude["send"] = eval_runner._sender(client.make_client(), cancel)
        return claude["send"](request)

    return target_run.run_on_target(lab, target, claude_send=claude_send, repeat=args.repeat,
                                    concurrency=args.concurrency, cancel=cancel, progress=progress,
                                    context=plan, shots=shots, key=targets.key_for(target.name))


def _baseline_run(args: argparse.Namespace, lab: dict) -> dict:
    from advisor.lab.history import runs_of

    runs = runs_of(lab)
    wanted = runs[-1:] if args.baseline == "last" else [r for r in runs if r.get("id") == args.baseline]
    if not wanted:
        raise FileProblem(f"{args.file}: no saved run {args.baseline!r} to compare with; run eval --save "
                          "first, or give the id of a run in prompt_lab.runs.")
    return wanted[-1]


def _exit_status(args: argparse.Namespace, results: list, baseline: dict | None) -> int:
    """0, or 5: some test failed (or, with --min-pass-pct, a run is under it; with --baseline, a
    test that passed in that run fails now)."""
    from advisor.lab.ci_reports import regressions

    status = 0
    if args.min_pass_pct is not None:
        low = [r for r in results if (r.stats()["pass_rate"] or 0) < args.min_pass_pct]
        for result in low:
            print(f"{run_label(result.model, result.context, result.shots)}: pass rate "
                  f"{result.stats()['pass_rate'] or 0:.1f} % is under {args.min_pass_pct:g} %", file=sys.stderr)
        status = 5 if low else 0
    elif not all(result.passed == len(result.cases) for result in results):
        status = 5
    if baseline is not None:
        for result in results:
            lost = regressions(baseline, result)
            if lost:
                print(f"{run_label(result.model, result.context, result.shots)}: {len(lost)} test"
                      f"{'s' if len(lost) != 1 else ''} passed in run {baseline.get('id', 'last')} and fail now: "
                      + ", ".join(lost[:20]), file=sys.stderr)
                status = 5
    return status
