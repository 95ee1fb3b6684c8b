"""Work that waits until a screen has painted once: what a person sees first comes first.

Signing in on the center's two-core computers, Today's first paint shared the processors with SQLite's check of
the whole file and with the outreach query (1.6 s at 100,000 people): both are started from here instead, so
Today paints in the time its own queries take.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A widget that never paints (a window minimised at sign-in, a screen built but not shown) still gets its work
# done, this long after it asked.
LATEST_MS = 500


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object], latest_ms: int) -> None:
        super().__init__(widget)  # gone with the widget: nothing runs for a screen already closed
        self._widget, self._then, self._done = widget, then, False
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._widget and event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._run)  # once this paint is done, not in the middle of it
        return False

    def _run(self) -> None:
        if self._done or not shiboken6.isValid(self._widget):
            return
        self._done = True
        self._widget.removeEventFilter(self)
        try:
            self._then()
        finally:
            self.deleteLater()


def after_first_paint(widget: QWidget, then: Callable[[], object], latest_ms: int = LATEST_MS) -> None:
    """Call `then()` on the GUI thread once `widget` has painted for the first time, or after `latest_ms`."""
    _AfterFirstPaint(widget, then, latest_ms)
