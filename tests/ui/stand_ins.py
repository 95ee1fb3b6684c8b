"""Light stand-ins for the list and workspace screens, so shell tests exercise the main window alone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget


class StandInList(QWidget):
    open_requested = Signal(str)

    def __init__(self, services, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.search = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.search)

    def focus_search(self) -> None:
        self.search.setFocus()
