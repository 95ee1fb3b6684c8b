"""Goal Attainment Scaling summary score (Kiresuk & Sherman 1968), as INSTRUMENTS.md gives it.

    T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²),  ρ = 0.3

xᵢ is the level reached on goal i (−2 … +2), wᵢ its weight. T = 50 means the goals were met as expected.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

RHO = 0.3
LEVELS = (-2, -1, 0, 1, 2)


def t_score(levels: Sequence[int], weights: Sequence[float] | None = None, rho: float = RHO) -> float | None:
    """The T-score of these goals, or None when there is nothing to score (no goal has been reviewed)."""
    if not levels:
        return None
    weights = list(weights) if weights is not None else [1.0] * len(levels)
    if len(weights) != len(levels):
        raise ValueError("one weight per goal")
    if any(level not in LEVELS for level in levels):
        raise ValueError("levels are -2 … +2")
    if any(w <= 0 for w in weights):
        raise ValueError("weights are positive")
    weighted = sum(w * x for w, x in zip(weights, levels))
    spread = math.sqrt((1 - rho) * sum(w * w for w in weights) + rho * sum(weights) ** 2)
    return 50 + 10 * weighted / spread
