"""The advice reads the team's own model (CONTRACT section 8, "Other targets and CI"): on a
verdict that trains or hosts a model, a candidate that falls short lowers confidence one level,
and one that meets the bar is named in the rationale with its cost beside Claude's."""
from __future__ import annotations

from advisor.decision.engine import LEVELS, evaluate
from advisor.document.assessment import Assessment
from advisor.report.summary import build_summary, render_text
from tests.advisor.test_decision_v3 import NICHE, ON_PREM

BAR = {"quality_bar_pct": 90}


def _target_run(passed: int, failed: int, cost_usd: float = 0.03, name: str = "mine") -> dict:
    return {"id": f"t{passed}", "model": "qwen-7b", "passed": passed, "failed": failed, "errors": 0,
            "cost_usd": cost_usd, "finished": "2026-12-07T09:00:00Z",
            "cases": [{"name": f"c{i}", "passed": i < passed} for i in range(passed + failed)],
            "target": {"kind": "openai_compatible", "name": name, "base_url": "http://127.0.0.1:8000/v1",
                       "model": "qwen-7b", "price": {"gpu_hourly_usd": 2.2, "tokens_per_second": 2500}}}


def _claude_run(passed: int, failed: int, cost_usd: float) -> dict:
    return {"id": "c1", "model": "claude-haiku-5-5", "passed": passed, "failed": failed, "errors": 0,
            "cost_usd": cost_usd, "finished": "2026-12-07T08:00:00Z",
            "cases": [{"name": f"c{i}", "passed": i < passed} for i in range(passed + failed)]}


def _drop(level: str) -> str:
    return LEVELS[min(LEVELS.index(level) + 1, 2)]


def test_a_candidate_below_the_bar_lowers_confidence_on_fine_tune_and_self_host():
    for answers in (NICHE, ON_PREM):
        before = evaluate({**answers, **BAR})
        after = evaluate({**answers, **BAR}, prompt_lab={"runs": [_target_run(12, 18)]})
        assert after.verdict == before.verdict and after.verdict in ("fine_tune", "self_host")
        assert after.confidence == _drop(before.confidence)
        reason = next(r for r in after.confidence_reasons if "does not meet the bar yet" in r)
        assert "mine passed 40 % of 30 tests" in reason and "below your bar of 90 %" in reason


def test_a_candidate_that_meets_the_bar_is_named_with_its_cost_beside_claudes():
    lab = {"runs": [_claude_run(15, 15, cost_usd=0.06), _target_run(29, 1, cost_usd=0.003)]}
    before = evaluate({**NICHE, **BAR}, prompt_lab={"runs": lab["runs"][:1]})
    result = evaluate({**NICHE, **BAR}, prompt_lab=lab)
    assert result.verdict == "fine_tune" and result.confidence == before.confidence
    sentence = next(r.text for r in result.reasons if r.rule == "candidate_evidence")
    assert sentence.startswith("mine meets your bar of 90 %, with 97 % of 30 tests passed")
    assert [r.rule for r in result.reasons][1:3] == ["prompt_evidence", "candidate_evidence"]  # side by side
    assert "at $0.1000 per 1,000 requests against $2.00 on claude-haiku-5-5" in sentence
    summary = build_summary(Assessment(answers={**NICHE, **BAR}, costs={}, prompt_lab=lab))
    assert any(item["text"] == sentence for item in summary["rationale"])
    assert f"Your own model: {sentence}" in " ".join(render_text(summary).split())  # lines wrap
    assert summary["candidate_evidence"]["mine"]["cost_per_1000_usd"] == 0.1


def test_one_candidate_meeting_the_bar_outweighs_another_falling_short():
    lab = {"runs": [_target_run(12, 18, name="tiny"), _target_run(29, 1)]}
    before = evaluate({**NICHE, **BAR})
    result = evaluate({**NICHE, **BAR}, prompt_lab=lab)
    assert result.confidence == before.confidence
    assert not any("does not meet the bar" in r for r in result.confidence_reasons)


def test_too_few_cases_no_bar_or_another_verdict_leave_the_advice_alone():
    short = {"runs": [_target_run(5, 10)]}  # 15 cases: too few to say
    assert evaluate({**NICHE, **BAR}, prompt_lab=short).confidence == evaluate({**NICHE, **BAR}).confidence
    many = {"runs": [_target_run(12, 18)]}
    assert evaluate(NICHE, prompt_lab=many).confidence == evaluate(NICHE).confidence  # no bar
    prompting = evaluate(BAR, prompt_lab=many)
    assert prompting.verdict not in ("fine_tune", "distill", "self_host")
    assert not any("does not meet the bar" in r for r in prompting.confidence_reasons)
    assert not any(r.rule == "candidate_evidence" for r in evaluate(BAR, prompt_lab={"runs": [_target_run(29, 1)]}).reasons)
