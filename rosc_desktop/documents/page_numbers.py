"""A reportlab canvas that knows how many pages there are: "Page n of N" needs N, which is known only once every
page is laid out, so each page's state is kept and the footers are drawn at save time. Shared by the recovery plan
and the center's report."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

DrawFooter = Callable[[Any, int, int], None]  # (canvas, page number, page count)


def numbered_canvas(draw_footer: DrawFooter) -> Any:
    """A Canvas class for `doc.build(..., canvasmaker=…)` that calls `draw_footer` on every page at save time."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        # reportlab's own page state, which its stubs leave out
        _pageNumber: int
        _startPage: Callable[[], None]

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw_footer(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
