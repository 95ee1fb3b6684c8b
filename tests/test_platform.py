"""Facts about the installed libraries the app relies on, checked so an upgrade that breaks them fails here
first rather than as a crash in front of a participant."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPen, QStandardItem

ROUNDS = 200


class _Relay(QObject):
    carried = Signal(object)


def test_qt_calls_do_not_leak_or_drop_references() -> None:
    # PySide6 6.12.0 on CPython 3.11 dropped a reference to None on almost every void call; a busy screen then
    # aborted the whole app ("none_dealloc") after a few thousand calls. pyproject pins 6.11 for this reason.
    # None is immortal from Python 3.12 (its count never moves), so the bindings' reference counting is also
    # measured on a fresh object, whose count moves on any Python: handed to Qt, stored, read back and passed
    # through a signal the way the app's item models and operations do, it must end with the count it began with.
    carried = object()
    item, relay, received = QStandardItem(), _Relay(), []
    relay.carried.connect(received.append)
    item.setData(carried, Qt.ItemDataRole.UserRole)  # Qt now holds one reference, for as long as the item lives
    relay.setProperty("carried", carried)
    before = sys.getrefcount(carried)
    for _ in range(ROUNDS):
        item.setData(carried, Qt.ItemDataRole.UserRole)
        assert item.data(Qt.ItemDataRole.UserRole) is carried
        assert relay.property("carried") is carried
        relay.carried.emit(carried)
    received.clear()
    assert sys.getrefcount(carried) == before

    if sys.version_info < (3, 12):  # None's count can only drift where None is mortal
        pen = QPen()
        before_none = sys.getrefcount(None)
        for _ in range(ROUNDS):
            pen.setWidthF(1.0)
        assert before_none - sys.getrefcount(None) < 50
