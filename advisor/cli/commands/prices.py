"""``prices import FILE [--apply]``: the user's price table updated from LiteLLM's price map."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    actions.required = True
    importing = actions.add_parser("import", help="read a price map and show (or --apply) the changes",
                                   description="Read LiteLLM's model_prices_and_context_window.json and "
                                               "print what it changes in your price table; --apply writes "
                                               "the changes (the shipped table is never changed).",
                                   formatter_class=parser.formatter_class)
    importing.add_argument("file", type=Path, metavar="FILE", help="the price map (JSON)")
    importing.add_argument("--apply", action="store_true", help="write the changes to your price table")


def run(args: argparse.Namespace) -> int:
    from advisor.core.clock import now_iso
    from advisor.costs import price_map, pricing

    entries = price_map.read_price_map(args.file)  # PriceMapProblem (exit 3) when it is not a map
    table = pricing.load_price_table()
    found, unnamed = price_map.changes(table, entries)
    for change in found:
        print(f"{change.model}: {change.field} {_shown(change.old)} -> {_shown(change.new)}")
    if not found:
        print("no changes: your prices already match the map")
    if unnamed:
        print(f"not in the map (prices kept): {', '.join(unnamed)}")
    if found and args.apply:
        source = f"LiteLLM price map ({args.file.name})"
        path = pricing.save_user_price_table(price_map.applied(table, found, source, now_iso()[:10]))
        print(f"{len(found)} change{'s' if len(found) != 1 else ''} written to {path}")
    elif found:
        print(f"{len(found)} change{'s' if len(found) != 1 else ''}; run again with --apply to write them",
              file=sys.stderr)
    return 0


def _shown(value: float | int | None) -> str:
    if value is None:
        return "none"
    return f"{value:,}" if isinstance(value, int) else f"${value:g}"
