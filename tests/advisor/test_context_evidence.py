"""The few-shot curve and the context evidence (contract section 8) read from saved runs."""
from __future__ import annotations

from advisor.decision.context_evidence import context_evidence, describe_reading, shots_curve, shots_reading


def _run(passed: int, failed: int, *, shots=None, context=None, model="claude-haiku-5-5", cost=0.01):
    run = {"model": model, "passed": passed, "failed": failed, "errors": 0, "cost_usd": cost,
           "cases": [{"name": f"t{i}", "passed": i < passed, "runs": 1} for i in range(passed + failed)]}
    if shots is not None:
        run["shots"] = shots
    if context is not None:
        run["context"] = context
    return run


def test_a_curve_whose_intervals_overlap_end_to_end_reads_flat():
    lab = {"runs": [_run(30, 10, shots=0), _run(31, 9, shots=2), _run(32, 8, shots=8)]}
    curve = shots_curve(lab, "claude-haiku-5-5")
    assert [p["shots"] for p in curve] == [0, 2, 8] and curve[0]["n"] == 40
    assert shots_reading(curve) == "flat"
    assert describe_reading(curve, "flat").startswith("More examples did not help: 75.0 % at 0 examples")


def test_a_curve_whose_largest_k_clears_the_smallest_reads_rising():
    lab = {"runs": [_run(10, 30, shots=0), _run(20, 20, shots=4), _run(36, 4, shots=8)]}
    curve = shots_curve(lab, "claude-haiku-5-5")
    assert shots_reading(curve) == "rising"
    assert "More examples still help" in describe_reading(curve, "rising")


def test_one_point_a_falling_curve_and_other_models_or_contexts_read_none():
    assert shots_reading(shots_curve({"runs": [_run(30, 10, shots=4)]}, "claude-haiku-5-5")) == "none"
    assert shots_reading(shots_curve({"runs": [_run(38, 2, shots=0), _run(10, 30, shots=8)]},
                                     "claude-haiku-5-5")) == "none"
    other = {"runs": [_run(30, 10, shots=0, model="claude-opus-5-5"), _run(30, 10, shots=4, context="full")]}
    assert shots_curve(other, "claude-haiku-5-5") == []


def test_the_newest_run_of_a_shot_count_is_its_point():
    curve = shots_curve({"runs": [_run(10, 30, shots=2), _run(30, 10, shots=2)]}, "claude-haiku-5-5")
    assert curve == [{"shots": 2, "n": 40, "pass_rate": 75.0, "wilson_low": curve[0]["wilson_low"],
                      "wilson_high": curve[0]["wilson_high"]}]


def test_context_evidence_is_empty_until_a_context_is_measured_and_keeps_each_best_run():
    assert context_evidence({"runs": [_run(5, 5)]}, "claude-haiku-5-5") == {}
    lab = {"runs": [_run(5, 15), _run(15, 5, context="retrieve", cost=0.02), _run(18, 2, context="retrieve"),
                    _run(19, 1, context="full", model="claude-opus-5-5")]}
    found = context_evidence(lab, "claude-haiku-5-5")
    assert list(found) == ["none", "retrieve"]
    assert (found["none"]["pass_rate"], found["retrieve"]["pass_rate"]) == (25.0, 90.0)
    assert found["retrieve"]["cost_per_1000_usd"] == 0.5  # $0.01 over 20 requests
