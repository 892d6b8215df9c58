"""Version-to-version migrations of the assessment file (CONTRACT section 7).

A file of version N passes through MIGRATIONS[N], MIGRATIONS[N+1], ... until it reaches
CURRENT_VERSION. A migration takes a document of its version and returns one of the next; it
never touches the file on disk (a file is rewritten only when the user saves, and the command
line only with ``eval --save``).
"""
from __future__ import annotations

import copy
from typing import Any, Callable

CURRENT_VERSION = 2

# Cost inputs whose version-1 default differs from version 2's: a v1 file that left them out
# meant the v1 default, so it gets that value written in.
V1_COST_DEFAULTS: dict[str, Any] = {"model": "claude-sonnet-4-5", "ml_fte": 1.0}
V1_GPU_TOKENS_PER_SECOND = 2500  # v1's default for the single throughput figure
# Inputs new in version 2, at the value that leaves a v1 projection as v1 computed it.
V1_NEUTRAL_COSTS: dict[str, Any] = {
    "api_fte": 0, "retrain_extra_usd": 0, "cache_write_share": 0, "retrieval_setup_usd": 0,
    "retrieval_monthly_usd": 0, "ft_hosting": "dedicated",
}


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 → 2: the same verdict inputs and monthly figures, in version 2's terms."""
    costs = doc.get("costs", {})
    if isinstance(costs, dict):  # anything else is an error the validator names
        costs = dict(costs)
        # v1 divided prompt plus output tokens by one figure; v2 has one for each.
        throughput = costs.pop("gpu_tokens_per_second", V1_GPU_TOKENS_PER_SECOND)
        v1_values = {**V1_COST_DEFAULTS, **V1_NEUTRAL_COSTS,
                     "gpu_prefill_tokens_per_second": throughput,
                     "gpu_decode_tokens_per_second": throughput}
        # Only what differs from v2's default is written: an absent input means its default,
        # so the meaning is the same and the file lists no more than it must.
        from advisor.costs.inputs import COST_INPUTS_BY_ID

        for key, value in v1_values.items():
            if key not in costs and value != COST_INPUTS_BY_ID[key].default:
                costs[key] = value
        if costs or "costs" in doc:
            doc["costs"] = costs
    lab = doc.get("prompt_lab")
    if isinstance(lab, dict) and isinstance(lab.get("last_run"), dict) and "runs" not in lab:
        from advisor.document.run_records import last_run_problems

        if last_run_problems(lab["last_run"]):
            return doc  # left where it is, so the error names the key the file holds
        lab = dict(lab)
        lab["runs"] = [copy.deepcopy(lab["last_run"])]  # the newest run, as the one entry
        doc["prompt_lab"] = lab
    return doc


# version → function turning a document of that version into one of version + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def migrate(doc: dict[str, Any], version: int) -> dict[str, Any]:
    """``doc`` of ``version`` as a CURRENT_VERSION document; ``doc`` itself is left as it was."""
    while version < CURRENT_VERSION:
        doc = MIGRATIONS[version](dict(doc))
        version += 1
        doc["version"] = version
    return doc


def older_version_note(version: int) -> str:
    """What the window says about a file migrated in memory from ``version``."""
    from advisor.core.i18n import translate  # the window's language; the summary path never loads it

    return translate("migrations", "This file was made by an older version of Fine-Tune Advisor (file version {version}). "
            "It opens unchanged; saving writes it in the new format (version {current}), "
            "and the file on disk stays as it is until then.").format(version=version, current=CURRENT_VERSION)
