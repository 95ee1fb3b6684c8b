"""Goal Attainment Scaling summary score (Kiresuk & Sherman 1968), as INSTRUMENTS.md gives it.

    T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²),  ρ = 0.3

xᵢ is the level reached on goal i (−2 … +2), wᵢ its weight. T = 50 means the goals were met as expected.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

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


def t_scores_over_time(reviews: Iterable[tuple[str, date, int]], weights: Mapping[str, float],
                       rho: float = RHO) -> list[tuple[date, float]]:
    """The T-score at the end of each day a goal was reviewed, oldest first.

    `reviews` are (goal, day, level) in the order they were recorded. Each day's score covers every goal
    reviewed so far, at its latest level by then, so a goal not reviewed that day still counts where it
    stood; of two reviews of one goal on the same day, the one recorded last counts.
    """
    ordered = sorted(reviews, key=lambda review: review[1])  # stable: same-day reviews stay in recorded order
    standing: dict[str, int] = {}
    scores: list[tuple[date, float]] = []
    for index, (goal, day, level) in enumerate(ordered):
        standing[goal] = level
        if index + 1 < len(ordered) and ordered[index + 1][1] == day:
            continue
        score = t_score(list(standing.values()), [weights[g] for g in standing], rho)
        assert score is not None  # at least this review stands
        scores.append((day, score))
    return scores
