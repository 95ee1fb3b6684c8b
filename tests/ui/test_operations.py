"""run_operation: answers for a screen that has been closed are dropped, but what changed is still announced;
what changed is what the services said they wrote, not what the widget guessed."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QPushButton, QWidget

from rosc_desktop.errors import RoscError
from rosc_desktop.services.changes import Changes, Kind, collect, record_change
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plans import GoalInput
from rosc_desktop.ui import operations
from rosc_desktop.ui.operations import change_bus, run_operation, run_with_progress, wait_for_operations


@pytest.fixture
def notices():  # type: ignore[no-untyped-def]
    heard: list[Changes] = []
    change_bus.changed.connect(heard.append)
    yield heard
    change_bus.changed.disconnect(heard.append)


def _saves_intake(gate: threading.Event) -> None:
    gate.wait(5)
    record_change(Kind.INTAKE, participant_id="p-1")


def test_answer_for_a_deleted_parent_is_dropped_and_the_change_announced(qtbot, notices) -> None:
    parent = QWidget()
    gate = threading.Event()
    answered: list[object] = []
    run_operation(parent, lambda: _saves_intake(gate), on_done=answered.append, on_error=answered.append)
    shiboken6.delete(parent)  # the tab was closed while the save was under way
    gate.set()
    qtbot.waitUntil(lambda: bool(notices), timeout=5_000)
    assert notices == [Changes.of(Kind.INTAKE, participant_id="p-1")]
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
    run_operation(None, lambda: 2, on_done=answered.append)
    qtbot.waitUntil(lambda: len(answered) == 2, timeout=5_000)
    assert sorted(answered) == [1, 2]  # type: ignore[type-var]
    assert notices == []  # nothing was written, so nothing is announced


def test_a_service_call_announces_what_it_wrote_for_that_person(qtbot, services, notices) -> None:
    person = services.participants.register(ParticipantInput("Ana Lee"))
    with qtbot.waitSignal(change_bus.changed, timeout=5_000) as heard:
        run_operation(None, lambda: services.goals.add(person.id, GoalInput("Walk to the park every morning")))
    assert heard.args == [Changes.of(Kind.GOALS, participant_id=person.id)]


def test_a_failed_call_still_announces_what_it_wrote_before_failing(qtbot, notices) -> None:
    def logs_then_refuses() -> None:
        record_change(Kind.SYNC)  # a refused bundle is logged before the refusal is raised
        raise RoscError("bundle_unreadable")

    errors: list[BaseException] = []
    with qtbot.waitSignal(change_bus.changed, timeout=5_000):
        run_operation(None, logs_then_refuses, on_error=errors.append)
    assert notices == [Changes.of(Kind.SYNC)]
    assert isinstance(errors[0], RoscError)


def test_change_records_name_the_participant() -> None:
    changes = Changes.of(Kind.INTAKE, participant_id="p-1")
    assert changes.concerns(Kind.INTAKE, "p-1")
    assert not changes.concerns(Kind.INTAKE, "p-2")
    assert not changes.concerns(Kind.BARC10, "p-1")
    assert changes.touches(Kind.INTAKE) and not changes.touches(Kind.BARC10)
    assert Changes.of(Kind.INTAKE).concerns(Kind.INTAKE, "p-2")  # naming nobody: may be about anyone


def test_calls_within_a_call_are_collected_with_it() -> None:
    def inner() -> int:
        record_change(Kind.FOLLOWUPS, participant_id="p-1")
        return 1

    def outer() -> int:
        record_change(Kind.SETBACK, participant_id="p-1")
        return collect(inner)[0] + 1

    result, changes = collect(outer)
    assert result == 2
    assert changes == Changes.of(Kind.SETBACK, Kind.FOLLOWUPS, participant_id="p-1")
    assert record_change(Kind.SYNC) is None  # outside a recording nobody listens, and nothing fails


def test_progress_reaches_the_dialog_and_cancel_stops_the_work_at_its_next_step(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started, pressed = threading.Event(), threading.Event()
    outcome: list[object] = []

    def work(step) -> int:  # type: ignore[no-untyped-def]
        done = 0
        for done in range(1, 1000):
            if done == 2:
                started.set()
                assert pressed.wait(5)
            if not step(done, 1000):
                raise RoscError("cancelled")
        return done

    dialog = run_with_progress(parent, work, title="Working", label="Starting…", stopping_text="Stopping…",
                               step_text=lambda done, total: f"{done} of {total}", on_done=outcome.append,
                               on_error=outcome.append)
    assert started.wait(5)
    qtbot.waitUntil(lambda: dialog.maximum() == 1000, timeout=5_000)  # the first step arrived over the thread
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.isVisible())
    cancel.click()
    assert dialog.labelText() == "Stopping…"
    pressed.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    assert isinstance(outcome[0], RoscError) and outcome[0].code == "cancelled"
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted)


def test_signing_out_asks_work_with_steps_to_stop(qtbot) -> None:
    gate = threading.Event()
    outcome: list[object] = []

    def work(step) -> str:  # type: ignore[no-untyped-def]
        gate.set()
        while step(1, 2):
            pass  # a long export, going on until it is asked to stop
        return "stopped at a safe point"

    run_with_progress(None, work, title="Working", label="…", on_done=outcome.append)
    assert gate.wait(5)
    assert wait_for_operations(5_000)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    assert outcome == ["stopped at a safe point"]
