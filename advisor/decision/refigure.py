"""The derived figures of a counterfactual's answers (CONTRACT section 8, "One projection").

Some answers put figures on the cost inputs (labels already held, retrains: see
:func:`advisor.costs.presets.implied_costs`), so "if you had 500 labeled examples" also changes
the up-front cost and the break-even the rules read. A counterfactual is therefore proven on the
projection of its own answers, never on the original's. Only the figures the answers imply can
differ, so figures are memoised by those; and a trial works a figure out only when a rule reads
it (most trials fail on an answer first), projecting only for the figures that need the
projection (the up-front cost does not): the search stays within the advisor's time budget.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

import logging

from advisor.costs.derived import FIGURES
from advisor.costs.presets import IMPLYING_ANSWERS, implied_costs, with_implied

log = logging.getLogger(__name__)

Figures = Mapping[str, Any]  # ``derived.NAME`` facts
DERIVED_PREFIX = "derived."
# (inputs in force, whether to project) -> the derived facts; without projecting, only those
# that do not need the projection are meant
Compute = Callable[[Any, bool], Figures]
PROJECTED = frozenset(DERIVED_PREFIX + name for name, figure in FIGURES.items() if figure.needs_projection)


def figures_on(prices: Any, projection_of: Callable[..., Any], derived_facts: Callable[..., Any]) -> Compute:
    """A :data:`Compute` from the engine's own ``projection_of`` and ``derived_facts`` (passed in:
    the engine imports this module), on one price table read at most once."""
    held = {"prices": prices}

    def compute(inputs: Any, projected: bool) -> Figures:
        values = inputs if isinstance(inputs, dict) else {}
        if not projected:
            return derived_facts(values, None)[0]
        if held["prices"] is None:
            from advisor.costs.pricing import load_price_table

            try:
                held["prices"] = load_price_table()
            except Exception as error:  # projection_of below reads it again and says why
                log.info("price table unusable: %s", error)
        projection, _warnings = projection_of(inputs, held["prices"])
        return derived_facts(values, projection, projection is None)[0]
    return compute


class Refigure:
    """``refigure(trial, changes)``: the trial's facts, with the derived figures of its own answers."""

    def __init__(self, costs: Any, answers: Mapping[str, Any], figures: Figures, compute: Compute,
                 projected: frozenset[str]) -> None:
        self.costs = costs
        self.typed = set(costs) if isinstance(costs, dict) else set()
        self.compute = compute
        self.projected = projected  # the derived facts that need the projection
        self.base = self.key(answers)
        self.memo: dict[tuple[Any, ...], Figures] = {}

    def key(self, answers: Mapping[str, Any]) -> tuple[Any, ...]:
        """What the answers put on the inputs nobody typed: all the figures can differ by."""
        return tuple((i.input_id, i.value) for i in implied_costs(answers)  # type: ignore[arg-type]
                     if i.input_id not in self.typed)

    def figures(self, answers: Mapping[str, Any], key: tuple[Any, ...], projected: bool) -> Figures:
        memo_key = (key, projected)
        figures = self.memo.get(memo_key)
        if figures is None:
            found = self.compute(with_implied(self.costs, dict(answers)), projected)
            figures = {name: value for name, value in found.items() if projected or name not in self.projected}
            self.memo[memo_key] = figures
        return figures

    def __call__(self, trial: Mapping[str, Any], changes: Mapping[str, Any]) -> Mapping[str, Any]:
        if IMPLYING_ANSWERS.isdisjoint(changes):
            return trial  # no changed answer puts a figure on the costs
        key = self.key(trial)
        if key == self.base:
            return trial  # the answers put the same figures on the costs: the original's hold
        return _Trial(trial, self, key)


class _Trial(dict[str, Any]):
    """A trial's facts whose derived figures are worked out when first read."""

    def __init__(self, facts: Mapping[str, Any], refigure: Refigure, key: tuple[Any, ...]) -> None:
        super().__init__(facts)
        self._refigure: Refigure | None = refigure
        self._key = key
        self._cheap_done = False

    def _settle(self, name: str) -> None:
        refigure = self._refigure
        if refigure is None or not name.startswith(DERIVED_PREFIX):
            return
        projected = name in refigure.projected
        if not projected and self._cheap_done:
            return
        self.update(refigure.figures(self, self._key, projected))
        self._cheap_done = True
        if projected:
            self._refigure = None  # every figure is now this trial's own

    def get(self, key: str, default: Any = None) -> Any:
        self._settle(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self._settle(key)
        return super().__getitem__(key)
