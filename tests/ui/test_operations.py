"""run_operation: answers for a screen that has been closed are dropped, but the change is still announced."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from rosc_desktop.ui import operations
from rosc_desktop.ui.operations import change_bus, concerns, for_participant, run_operation


@pytest.fixture
def notices():  # type: ignore[no-untyped-def]
    heard: list[frozenset[str]] = []
    change_bus.changed.connect(heard.append)
    yield heard
    change_bus.changed.disconnect(heard.append)


def test_answer_for_a_deleted_parent_is_dropped_and_the_change_announced(qtbot, notices) -> None:
    parent = QWidget()
    gate = threading.Event()
    answered: list[object] = []
    run_operation(parent, lambda: gate.wait(5), on_done=answered.append, on_error=answered.append,
                  changes={"intake"})
    shiboken6.delete(parent)  # the tab was closed while the save was under way
    gate.set()
    qtbot.waitUntil(lambda: bool(notices), timeout=5_000)
    assert notices == [frozenset({"intake"})]
    assert answered == []


def test_failure_for_a_deleted_parent_is_neither_handed_on_nor_shown(qtbot, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(operations, "show_error", lambda parent, error: shown.append(error))
    gate = threading.Event()

    def work() -> None:
        gate.wait(5)
        raise ValueError("typed text")

    for on_error in (None, shown.append):
        parent = QWidget()
        run_operation(parent, work, on_error=on_error)
        shiboken6.delete(parent)
        gate.set()
        qtbot.waitUntil(lambda: operations.pending_operations() == 0, timeout=5_000)
    assert shown == []


def test_answers_still_reach_a_living_parent_and_no_parent(qtbot, notices) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answered: list[object] = []
    run_operation(parent, lambda: 1, on_done=answered.append)
    run_operation(None, lambda: 2, on_done=answered.append, changes={"barc10"})
    qtbot.waitUntil(lambda: len(answered) == 2, timeout=5_000)
    assert sorted(answered) == [1, 2]  # type: ignore[type-var]


def test_change_notices_name_the_participant() -> None:
    kinds = frozenset(for_participant("intake", "p-1"))
    assert kinds == {"intake", "intake:p-1"}
    assert concerns(kinds, "intake", "p-1")
    assert not concerns(kinds, "intake", "p-2")
    assert not concerns(kinds, "barc10", "p-1")
    assert concerns(frozenset({"intake"}), "intake", "p-2")  # naming nobody: may be about anyone
