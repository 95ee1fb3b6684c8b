"""Error boxes collected instead of shown, and a test failed at teardown for any it did not expect.

A screen reports a failed operation with `show_error`, a modal box that would outlive the test. Tests replace it
with a collector; swallowing a box silently would let a screen fail in front of a user while its test passes,
so a box the test did not claim with `expect()` fails the test when it ends.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


class ErrorBoxes(list[BaseException]):
    """The errors screens tried to show during a test, in order."""

    def expect(self, *codes: str) -> list[BaseException]:
        """Claim the boxes shown so far (at least one; with `codes`, exactly those error codes) and return them."""
        claimed = list(self)
        self.clear()
        assert claimed, "an error box was expected, none was shown"
        if codes:
            assert [getattr(error, "code", None) for error in claimed] == list(codes), claimed
        return claimed


def collect_error_boxes(monkeypatch: pytest.MonkeyPatch, *modules: str,
                        raising: bool = True) -> Iterator[ErrorBoxes]:
    """For a fixture: `yield from collect_error_boxes(monkeypatch, "screens.goals", "form_dialog")`."""
    shown = ErrorBoxes()
    for module in modules:
        monkeypatch.setattr(f"rosc_desktop.ui.{module}.show_error", lambda parent, error: shown.append(error),
                            raising=raising)
    yield shown
    if shown:
        pytest.fail(f"an error box the test did not expect was shown: {list(shown)!r}", pytrace=False)
