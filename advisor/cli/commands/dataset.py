"""``dataset FILE --inputs CSV_OR_JSONL --out OUT.jsonl``: a teacher-labelled training set (distillation).

The lab's prompt and model answer each input; the answers become chat-format JSONL with a held-out
validation split. ``--estimate`` prints the cost and sends nothing. A run that stops (Ctrl+C, a
refused key, a crash) keeps what was labelled in OUT.progress.jsonl and carries on next time.
"""
from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from advisor.core.errors import FileProblem


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number; give a share such as 0.1") from None
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"{value:g} is outside 0 to 1 (0.1 holds out a tenth)")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the .fta.json assessment whose prompt lab is the teacher")
    parser.add_argument("--inputs", type=Path, required=True, metavar="CSV_OR_JSONL",
                        help="the unlabelled inputs (a CSV or JSONL test set; expectations, if any, filter)")
    parser.add_argument("--out", type=Path, required=True, metavar="OUT.jsonl", help="the training set to write")
    parser.add_argument("--model", metavar="ID", help="the teacher model (default: the lab's)")
    parser.add_argument("--batch", action="store_true",
                        help="label through the Message Batches API (half the price, answers within 24 h)")
    parser.add_argument("--estimate", action="store_true", help="print the expected cost and send nothing")
    parser.add_argument("--validation", type=_share, default=0.1, metavar="SHARE",
                        help="the share held out in OUT.validation.jsonl (default 0.1)")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.add_argument("--concurrency", type=int, default=4, metavar="N", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from advisor.costs.pricing import load_price_table
    from advisor.document.assessment import load_assessment
    from advisor.lab import dataset

    assessment = load_assessment(args.file)
    lab = dict(assessment.prompt_lab or {})
    model = args.model or lab.get("model")
    if not model:
        raise FileProblem(f"{args.file}: the prompt lab names no model; give --model ID.")
    inputs = _inputs(args.inputs)
    dataset.check_inputs(lab, inputs, args.inputs)
    prices = load_price_table()
    guess = dataset.estimate(lab, inputs, prices.get(model), prices.batch_discount)
    print(_estimate_line(guess, model))
    print(dataset.TERMS_NOTE)
    if args.estimate:
        return 0
    if args.out.exists() and not args.force:
        raise FileProblem(f"{args.out}: the file exists; give --force to replace it, or another --out.")
    from advisor.core.atomic import check_writable

    check_writable(args.out)
    progress = dataset.Progress(dataset.progress_path(args.out))
    if progress.done:
        print(f"resuming: {len(progress.done)} of {len(inputs)} inputs were labelled before")
    cancel = threading.Event()
    if args.batch:
        problem = _label_by_batch(lab, model, inputs, progress, cancel)
    else:
        problem = _label(lab, model, inputs, progress, cancel, args.concurrency)
    if problem is not None or cancel.is_set():
        sys.stdout.flush()
        print(f"{args.out}: {len(progress.done)} of {len(inputs)} inputs labelled and kept in "
              f"{progress.path.name}; run the same command again to carry on."
              + (f" {problem}" if problem else ""), file=sys.stderr)
        return 4 if problem is not None else 130
    train, held_out, left_out = dataset.write_outputs(lab, inputs, progress, args.out, args.validation)
    print(f"wrote {train} examples to {args.out}"
          + (f" and {held_out} to {dataset.validation_path(args.out)}" if args.validation else ""))
    failed = sum(1 for record in progress.done.values() if not record.get("kept"))
    unlabelled = left_out - failed
    if failed:
        print(f"{failed} left out: the teacher's reply failed the inputs' expectations")
    if unlabelled:
        print(f"{unlabelled} could not be labelled (errors); run again with --force to retry them",
              file=sys.stderr)
    if not unlabelled:
        progress.path.unlink(missing_ok=True)  # everything is in OUT now
    return 0


def _inputs(path: Path) -> list[dict]:
    from advisor.lab import test_sets

    try:
        return test_sets.load(path).tests
    except test_sets.TestSetError as problem:
        raise FileProblem(f"{path}: {problem}") from None


def _label(lab: dict, model: str, inputs: list, progress, cancel: threading.Event, concurrency: int):
    """Label what is left; the problem that stopped it (a refused key, no network), or None."""
    from advisor.claude.client import ClaudeProblem, make_client
    from advisor.cli.commands.eval import _ctrl_c_cancels
    from advisor.lab import dataset, eval_runner

    client = None

    def chunk(sub_lab: dict):
        nonlocal client
        client = client or make_client()  # one for every step: its connections stay open
        return eval_runner.run_eval(sub_lab, model=model, concurrency=concurrency, cancel=cancel, client=client)

    with _ctrl_c_cancels(cancel):
        try:
            dataset.label(lab, inputs, progress, chunk, _show_progress, cancel.is_set, dataset.chunk_size(concurrency))
        except ClaudeProblem as problem:
            return str(problem)
        finally:
            if sys.stderr.isatty():
                sys.stderr.write("\r\033[K")
    return None


def _show_progress(done: int, total: int) -> None:
    """The count so far on the terminal's one line ("labelled 120/1000"), never into a pipe or a log."""
    if sys.stderr.isatty():
        sys.stderr.write(f"\rlabelled {done}/{total}")
        sys.stderr.flush()


def _label_by_batch(lab: dict, model: str, inputs: list, progress, cancel: threading.Event):
    """Label what is left through the Message Batches API; Ctrl+C cancels the batch at Anthropic too.
    The problem that stopped it, or None."""
    from advisor.claude.client import ClaudeProblem
    from advisor.cli.commands.eval import _ctrl_c_cancels, _poll_seconds
    from advisor.lab import dataset_batch

    resuming = progress.open_batch

    def submitted(record: dict) -> None:
        verb = "polling the batch sent before" if record is resuming else "sent"
        print(f"{verb}: {record['id']} ({record.get('requests', 0):,} inputs); answers come within "
              "24 hours; Ctrl+C cancels it at Anthropic", flush=True)

    # The batch's requests are short polls: they are not abandoned, so the cancel can be sent.
    with _ctrl_c_cancels(cancel, abandon_requests=False):
        try:
            still_open = dataset_batch.label_by_batch(lab, model, inputs, progress, cancel=cancel,
                                                      interval=_poll_seconds(), on_progress=_show_progress,
                                                      on_submitted=submitted)
            if still_open is not None:
                dataset_batch.cancel_open(still_open)
                print(f"interrupted: the batch {still_open['id']} was cancelled at Anthropic "
                      "(what it had not processed is not billed)", file=sys.stderr)
        except ClaudeProblem as problem:
            return str(problem)
        finally:
            if sys.stderr.isatty():
                sys.stderr.write("\r\033[K")
    return None


def _estimate_line(guess, model: str) -> str:
    tokens = f"{guess.inputs:,} inputs · about {guess.input_tokens:,} tokens in and at most {guess.output_tokens:,} out each"
    if guess.cost_usd is None:
        return f"{tokens} · {model} is not in the price table: cost unknown"
    return (f"{tokens} · at most ${guess.cost_usd:,.2f} on {model}"
            f" (${guess.batch_cost_usd:,.2f} through the Message Batches API)")
