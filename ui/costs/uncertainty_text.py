"""The Monte Carlo's figures under the Costs screen's headline, in words (from the one module
that words them for the summary, so the screen and the printed summary say the same)."""
from __future__ import annotations

import html
from typing import Any

from advisor.report.cost_marks import uncertainty_lines


def uncertainty_html(projection: Any) -> str:
    found = getattr(projection, "uncertainty", None)
    if found is None:
        return ""
    lines = uncertainty_lines(found.to_json())
    return "<br><small>" + "<br>".join(html.escape(line) + "." for line in lines[1:]) + "</small>"
