"""Which Alt+letter mnemonics a window offers at one moment, and which of them clash.

Qt gives a mnemonic to the character after a single '&' ('&&' is a literal ampersand) and compares it in upper
case, so "&Save" and "&signed" clash while "&Él" and "&El" do not. When two things in one window share a letter,
Alt+letter only cycles focus between them and neither is pressed or reached in one go: a person who learned the
key for "Save" finds it no longer saves. The items of a menu are a scope of their own.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolButton,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter Qt's QKeySequence.mnemonic() takes from `text` (lower case), or None."""
    at = 0
    while True:
        at = text.find("&", at) + 1
        if at <= 0 or at >= len(text):
            return None
        if text[at] != "&":
            return text[at].lower() if text[at].isprintable() and not text[at].isspace() else None
        at += 1


def _reachable(widget: QWidget, window: QWidget, *, disabled_too: bool) -> bool:
    return widget.window() is window and widget.isVisibleTo(window) and (disabled_too or widget.isEnabled())


def window_entries(window: QWidget, *, disabled_too: bool = False) -> list[tuple[str, str]]:
    """(kind, text) of everything in `window` that takes an Alt+letter now: buttons, buddied labels, group
    boxes, the tabs of every tab bar shown and a main window's menu titles. With `disabled_too`, also what is
    shown but disabled for the moment (a Save button that waits for a change), which is enabled soon enough."""
    entries: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if not _reachable(widget, window, disabled_too=disabled_too):
            continue
        if isinstance(widget, QAbstractButton):
            if isinstance(widget, QToolButton) and mnemonic(widget.text()) is None:
                continue
            entries.append((type(widget).__name__, widget.text()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            entries.append(("label", widget.text()))
        elif isinstance(widget, QGroupBox) and (widget.isCheckable() or mnemonic(widget.title())):
            entries.append(("group", widget.title()))
        elif isinstance(widget, QTabBar):
            entries += [("tab", widget.tabText(i)) for i in range(widget.count())
                        if widget.isTabVisible(i) and (disabled_too or widget.isTabEnabled(i))]
    if isinstance(window, QMainWindow) and window.menuWidget() is not None and window.menuBar().isVisible():
        entries += [("menu", action.text()) for action in window.menuBar().actions()
                    if action.isVisible() and (disabled_too or action.isEnabled()) and not action.isSeparator()]
    return entries


def _clashes_in(scope: str, entries: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for kind, text in entries:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(f"{kind} “{text}”")
    return [f"{scope}Alt+{letter.upper()}: {', '.join(texts)}"
            for letter, texts in sorted(by_letter.items()) if len(texts) > 1]


def menus(window: QWidget) -> list[QMenu]:
    """The menus of a main window's menu bar (and their submenus)."""
    if not isinstance(window, QMainWindow) or window.menuWidget() is None:
        return []
    found: list[QMenu] = []
    pending = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    while pending:
        menu = pending.pop(0)
        found.append(menu)
        pending += [action.menu() for action in menu.actions() if action.menu() is not None]
    return found


def clashes(window: QWidget, *, disabled_too: bool = False) -> list[str]:
    """Every letter that two or more reachable things in `window` share, one message each; then the same for
    each menu of its menu bar, whose items are a scope of their own."""
    problems = _clashes_in("", window_entries(window, disabled_too=disabled_too))
    for menu in menus(window):
        items = [("item", action.text()) for action in menu.actions()
                 if action.isVisible() and not action.isSeparator()]
        problems += _clashes_in(f"menu “{menu.title()}”: ", items)
    return problems


def idle_mnemonics(window: QWidget) -> list[str]:
    """Labels shown with a '&' but no buddy: the key does nothing, and Qt shows the '&' itself."""
    return [f"label “{label.text()}” has a mnemonic but no buddy"
            for label in window.findChildren(QLabel)
            if label.window() is window and label.isVisibleTo(window) and label.buddy() is None
            and not _rich(label) and mnemonic(label.text()) is not None]


def _rich(label: QLabel) -> bool:
    """A rich-text label has no mnemonic: its '&' starts an HTML entity."""
    rich = label.textFormat() == Qt.TextFormat.RichText
    return rich or (label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text()))
