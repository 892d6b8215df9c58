"""The derived figures of a counterfactual's answers (CONTRACT section 8, "One projection").

Some answers put figures on the cost inputs (labels already held, retrains: see
:func:`advisor.costs.presets.implied_costs`), so "if you had 500 labeled examples" also changes
the up-front cost and the break-even the rules read. A counterfactual is therefore proven on the
projection of its own answers, never on the original's. Only the figures the answers imply can
differ, so projections are memoised by those figures: most counterfactuals reuse the original's.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

from advisor.costs.presets import implied_costs, with_implied

Figures = Mapping[str, Any]  # the ``derived.NAME`` facts of one projection
DERIVED_PREFIX = "derived."


class _Trial(dict[str, Any]):
    """A trial's facts whose derived figures are projected on first reading."""

    def __init__(self, facts: Mapping[str, Any], figures: Callable[[], Figures]) -> None:
        super().__init__(facts)
        self._figures: Callable[[], Figures] | None = figures

    def _project(self, key: str) -> None:
        if self._figures is not None and key.startswith(DERIVED_PREFIX):
            figures, self._figures = self._figures, None
            self.update(figures())

    def get(self, key: str, default: Any = None) -> Any:
        self._project(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self._project(key)
        return super().__getitem__(key)


class Refigure:
    """``refigure(trial)``: the trial's facts with the derived figures of its own projection."""

    def __init__(self, costs: Any, answers: Mapping[str, Any], figures: Figures,
                 compute: Callable[[Any], Figures]) -> None:
        self.costs = costs
        self.typed = set(costs) if isinstance(costs, dict) else set()
        self.compute = compute  # cost inputs in force -> derived facts (projecting them once)
        self.memo: dict[tuple[Any, ...], Figures] = {self.key(answers): figures}

    def key(self, answers: Mapping[str, Any]) -> tuple[Any, ...]:
        """What the answers put on the inputs nobody typed: all a projection can differ by."""
        return tuple((i.input_id, i.value) for i in implied_costs(dict(answers))
                     if i.input_id not in self.typed)

    def figures(self, answers: Mapping[str, Any], key: tuple[Any, ...]) -> Figures:
        figures = self.memo.get(key)
        if figures is None:
            figures = self.compute(with_implied(self.costs, dict(answers)))
            self.memo[key] = figures
        return figures

    def __call__(self, trial: Mapping[str, Any]) -> Mapping[str, Any]:
        key = self.key(trial)
        known = self.memo.get(key)
        if known is not None:
            return {**trial, **known}
        return _Trial(trial, lambda: self.figures(trial, key))
