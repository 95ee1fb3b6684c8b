"""GAS T-scores against values computed by hand from the Kiresuk–Sherman formula (ρ = 0.3)."""

from __future__ import annotations

import math

import pytest

from rosc_desktop.services.gas import t_score


def test_goals_met_as_expected_score_fifty() -> None:
    assert t_score([0, 0, 0]) == pytest.approx(50.0)


def test_one_goal_reached_plus_one() -> None:
    # n = 1: √(0.7·1 + 0.3·1) = 1, so T = 50 + 10·1 = 60.
    assert t_score([1]) == pytest.approx(60.0)


def test_three_equal_weights_by_hand() -> None:
    # Σx = 2 + 1 − 1 = 2; √(0.7·3 + 0.3·9) = √4.8 = 2.19089; T = 50 + 20/2.19089 = 59.1287.
    assert t_score([2, 1, -1]) == pytest.approx(50 + 20 / math.sqrt(4.8))
    assert t_score([2, 1, -1]) == pytest.approx(59.1287, abs=1e-4)


def test_unequal_weights_by_hand() -> None:
    # w = (3, 1), x = (−1, 2): Σwx = −1; Σw² = 10; (Σw)² = 16; √(7 + 4.8) = √11.8 = 3.43511; T = 47.0889.
    assert t_score([-1, 2], [3, 1]) == pytest.approx(47.0889, abs=1e-4)


def test_no_reviews_gives_no_score() -> None:
    assert t_score([]) is None


@pytest.mark.parametrize("levels,weights", [([3], None), ([0], [0]), ([0, 1], [1])])
def test_impossible_inputs_are_refused(levels, weights) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        t_score(levels, weights)
