"""Every screen, workspace tab and dialog fits a 1280×720 laptop screen in English and in Spanish: the window never
needs more, no text is cut off, nothing needs scrolling sideways and every tab of a tab bar can be seen.

Centers run donated 1366×768 laptops; Spanish runs about a quarter longer than English, so a screen that only
just fits in English falls off the edge in Spanish.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.ui.screen_tour import SCREEN, DemoCenter, Stop, tour

WIDTH, HEIGHT = SCREEN


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_off(widget: QWidget, window: QWidget) -> str | None:
    """Why this widget's text cannot be read whole, or None."""
    text = _shown_text(widget).replace("\n", " ")[:60]
    if not text.strip():
        return None
    wraps = isinstance(widget, QLabel) and widget.wordWrap()
    if wraps:
        if widget.height() + 1 < widget.heightForWidth(widget.width()):
            return f"“{text}” is {widget.height()} px high but needs {widget.heightForWidth(widget.width())}"
    else:
        needs = widget.minimumSizeHint().width()
        if isinstance(widget, QPushButton):  # the style's 80 px least width is not text being cut
            needs = min(needs, widget.fontMetrics().horizontalAdvance(_plain(text)) + 8)
        if widget.width() + 1 < needs:
            return f"“{text}” is {widget.width()} px wide but needs {needs}"
    seen = widget.visibleRegion().boundingRect()
    if not seen.isEmpty() and seen.width() + 1 < widget.width():
        return f"“{text}” is cut at the side: {seen.width()} of {widget.width()} px can be seen"
    if not seen.isEmpty() and seen.height() + 1 < widget.height() and not _inside_scroll_area(widget, window):
        return f"“{text}” is cut at the bottom: {seen.height()} of {widget.height()} px can be seen"
    return None


def fit_problems(stop: Stop) -> list[str]:
    window = stop.window
    needs = window.minimumSizeHint().expandedTo(window.minimumSize())
    problems = []
    if needs.width() > WIDTH or needs.height() > HEIGHT:
        problems.append(f"the window needs at least {needs.width()}×{needs.height()}")
    if window.width() > WIDTH or window.height() > HEIGHT:
        problems.append(f"the window grew to {window.width()}×{window.height()}")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QTabBar) and widget.count() and widget.sizeHint().width() > widget.width() + 1:
            tabs = ", ".join(widget.tabText(i).replace("&", "") for i in range(widget.count()))
            problems.append(f"not every tab can be seen ({tabs})")
        elif (isinstance(widget, QAbstractScrollArea) and not isinstance(widget, (QGraphicsView, QTextEdit,
              QPlainTextEdit)) and widget.horizontalScrollBar().isVisible()):
            problems.append(f"a {type(widget).__name__} scrolls sideways")
        else:
            why = _cut_off(widget, window)
            if why:
                problems.append(why)
    return [f"{stop.name}: {problem}" for problem in problems]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_screen_and_dialog_fits_a_laptop_screen(qtbot, tmp_path: Path, tour_center: DemoCenter, language: str,
                                                      language_back_to_english) -> None:  # type: ignore[no-untyped-def]
    problems: list[str] = []
    visited = []
    for stop in tour(qtbot, tmp_path, tour_center, language):
        visited.append(stop.name)
        problems += fit_problems(stop)
    assert len(visited) > 40, visited  # the tour really went everywhere
    assert not problems, "\n".join(problems)
