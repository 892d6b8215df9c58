"""The Costs screen's Monte Carlo, off the UI thread (a worker of :mod:`ui.workers`).

The point projection is drawn at once; the 2,000 draws over the ranges run on a worker and,
when they arrive, the page redraws with the bands. A result for inputs that changed meanwhile is
dropped (each start bumps a generation), so the bands never belong to older figures.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject

from advisor.costs.ranges import has_ranges
from ui.workers import Task, TaskGroup, run_task

log = logging.getLogger(__name__)


class MonteCarloRunner(QObject):
    def __init__(self, on_result: Callable[[Any], None], on_error: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_result, self._on_error = on_result, on_error
        self.generation = 0
        self.group = TaskGroup()
        self.task: Task | None = None

    def start(self, costs: dict[str, Any], prices: Any) -> bool:
        """Run the draws for ``costs`` (when they have ranges); False when there is nothing to run."""
        self.generation += 1
        if not has_ranges(costs):
            return False
        generation = self.generation

        def work(_context: Any) -> Any:
            from advisor.costs.uncertainty import simulate  # numpy: only once ranges exist

            return simulate(costs, prices)

        def done(result: Any) -> None:
            if generation == self.generation:
                self._on_result(result)

        def failed(message: str, _error: Any) -> None:
            if generation == self.generation:
                self._on_error(message)

        self.task = run_task(work, name="monte-carlo", on_result=done, on_error=failed,
                             group=self.group, owner=self)
        return True

    def stop(self) -> None:
        """Forget any run under way (its result will be dropped)."""
        self.generation += 1

    def wait(self, timeout: float = 5.0) -> bool:
        return self.group.wait(timeout)
