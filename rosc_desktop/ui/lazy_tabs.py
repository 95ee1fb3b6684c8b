"""Tabs whose screen is built the first time it is shown or asked for, so signing in paints Today without first
building (and loading the code and rows of) every other home tab: the participant list, the directory, sync and
reports stay an empty placeholder until someone opens them.

A placeholder is swapped for its screen at the same index, with the same title, so the tab bar never changes
under the person, and code that asks for a screen (Ctrl+F asks for the list) gets the real one, already in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


@dataclass
class _Pending:
    placeholder: QWidget
    build: Callable[[], QWidget]
    closable: bool


class LazyTabs(QObject):
    """Home tabs of `tabs` built on first show. `on_built(name, screen)` wires a screen once it exists."""

    def __init__(self, tabs: QTabWidget, on_built: Callable[[str, QWidget], None]) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._on_built = on_built
        self._pending: dict[str, _Pending] = {}
        self._built: dict[str, QWidget] = {}
        self._swapping = False
        tabs.currentChanged.connect(self._shown)

    def add(self, name: str, title: str, build: Callable[[], QWidget], *, closable: bool = False) -> int:
        placeholder = QWidget()
        placeholder.setObjectName(f"lazy-{name}")
        self._pending[name] = _Pending(placeholder, build, closable)
        index = self._tabs.addTab(placeholder, title)
        if not closable:
            self._fix(index)
        return index

    def get(self, name: str) -> QWidget | None:
        """The screen, built now if it was not yet; None for a tab never added."""
        if name in self._built:
            return self._built[name]
        if name not in self._pending:
            return None
        return self._build(name)

    def peek(self, name: str) -> QWidget | None:
        """The screen if it is built, without building it."""
        return self._built.get(name)

    def holds(self, widget: QWidget | None) -> bool:
        """Whether `widget` is one of these tabs (built or still a placeholder)."""
        return widget is not None and (any(w is widget for w in self._built.values())
                                       or any(p.placeholder is widget for p in self._pending.values()))

    def pending(self) -> list[str]:
        return list(self._pending)

    def _shown(self, index: int) -> None:
        if self._swapping:
            return
        widget = self._tabs.widget(index)
        for name, pending in list(self._pending.items()):
            if pending.placeholder is widget:
                self._build(name)
                return

    def _build(self, name: str) -> QWidget:
        pending = self._pending.pop(name)
        screen = pending.build()
        self._built[name] = screen
        self._on_built(name, screen)
        tabs = self._tabs
        index = tabs.indexOf(pending.placeholder)
        if index >= 0:
            current = tabs.currentIndex() == index
            self._swapping = True
            try:
                tabs.insertTab(index, screen, tabs.tabText(index))
                tabs.setTabToolTip(index, tabs.tabToolTip(index + 1))
                if current:
                    tabs.setCurrentIndex(index)  # before the placeholder goes, so no neighbour flashes up between
                tabs.removeTab(index + 1)
            finally:
                self._swapping = False
            if not pending.closable:
                self._fix(index)
        pending.placeholder.deleteLater()
        return screen

    def _fix(self, index: int) -> None:
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            self._tabs.tabBar().setTabButton(index, side, None)  # a home tab never closes
