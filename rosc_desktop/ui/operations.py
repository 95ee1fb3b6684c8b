"""Run a service call off the GUI thread and hear back on it (in the spirit of Anki's CollectionOp).

    run_operation(parent, lambda: services.intake.save(...), on_done=...)

On success `on_done(result)` runs on the GUI thread, then `change_bus.changed` broadcasts the `Changes` the
service calls recorded (services/changes.py), so open screens refresh what they show. The widget never says
what a call changes: the service that wrote it does. On failure the error is shown in plain words (see
messages), or handed to `on_error` when the caller wants to keep the form open and point at a field. If
`parent` has been deleted by the time the answer arrives (its tab or dialog was closed), neither is called:
the screen they would update is gone. The change notice still goes out, because the data did change.

`run_with_progress` is the same with a progress dialog whose Cancel the work hears at its next step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from rosc_desktop.errors import for_log
from rosc_desktop.services.changes import Changes, collect, recording
from rosc_desktop.ui.messages import describe_error

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """One signal for "data of these kinds changed"; screens listen and refresh only what they show."""

    changed = Signal(object)  # a services.changes.Changes


change_bus = ChangeBus()


class _Signals(QObject):
    finished = Signal(object, object)  # the result, the Changes
    failed = Signal(object, object)  # the error, the Changes made before it
    moved = Signal(int, int)  # steps done, steps in all (0: not known yet)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.cancel_requested = False
        self.setAutoDelete(False)

    def run(self) -> None:
        with recording() as seen:
            try:
                result = self.work()
            except Exception as exc:  # delivered to the GUI thread, shown in words there
                self.signals.failed.emit(exc, seen.changes)
                return
        self.signals.finished.emit(result, seen.changes)

    def step(self, done: int, total: int) -> bool:
        """The work's progress call (on the worker thread): report, and say whether to go on."""
        self.signals.moved.emit(done, total)
        return not self.cancel_requested


_running: set[_Job] = set()


def run_operation(
    parent: QWidget | None,
    work: Callable[[], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    _start(_Job(work), parent, on_done, on_error)


def _start(job: _Job, parent: QWidget | None, on_done: Callable[[Any], None] | None,
           on_error: Callable[[BaseException], None] | None) -> None:
    _running.add(job)

    def parent_gone() -> bool:
        # The callbacks are bound to the parent's widgets; once Qt has deleted it they would raise
        # "Internal C++ object already deleted" (a tab closed while its save was under way).
        return parent is not None and not shiboken6.isValid(parent)

    @Slot(object, object)
    def finished(result: Any, changes: Changes) -> None:
        _running.discard(job)
        if on_done is not None and not parent_gone():
            on_done(result)
        announce(changes)

    @Slot(object, object)
    def failed(error: BaseException, changes: Changes) -> None:
        _running.discard(job)
        announce(changes)
        log.warning("operation failed: %s", for_log(error))
        if parent_gone():
            return  # nobody is left to tell; the log has it
        if on_error is not None:
            on_error(error)
        else:
            show_error(parent, error)

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)


def announce(changes: Changes) -> None:
    if changes:
        change_bus.changed.emit(changes)


def run_and_announce(work: Callable[[], Any]) -> Any:
    """Run a write on the GUI thread (a save while a workspace closes), broadcast what it changed, and return
    its result; a failure is raised to the caller."""
    result, changes = collect(work)
    announce(changes)
    return result


class ProgressDialog(QProgressDialog):
    """The dialog `run_with_progress` shows. Cancel is a request the work hears at its next step, not a
    hide: the dialog stays, saying it is stopping, until the work has ended."""

    def __init__(self, parent: QWidget | None, title: str, label: str, *, cancellable: bool,
                 cancel_text: str = "", stopping_text: str = "",
                 step_text: Callable[[int, int], str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setLabelText(label)
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._stopping_text = stopping_text
        self._step_text = step_text
        self.cancel_requested = False
        if cancellable:
            if cancel_text:
                self.setCancelButtonText(cancel_text)
            self.canceled.disconnect()  # Qt would reset and hide at once; the work stops at its next step
            self.canceled.connect(self.request_cancel)
        else:
            self.setCancelButton(None)  # e.g. applying is one transaction: no half-way

    def request_cancel(self) -> None:
        self.cancel_requested = True
        if self._stopping_text:
            self.setLabelText(self._stopping_text)

    def moved(self, done: int, total: int) -> None:
        if total > 0 and not self.cancel_requested:
            self.setRange(0, total)
            self.setValue(min(done, total))
            if self._step_text is not None:
                self.setLabelText(self._step_text(done, total))

    def close_and_delete(self) -> None:
        self.hide()
        self.deleteLater()


def run_with_progress(
    parent: QWidget | None,
    work: Callable[[Callable[[int, int], bool]], Any],
    *,
    title: str,
    label: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    cancel_text: str = "",
    stopping_text: str = "",
    step_text: Callable[[int, int], str] | None = None,
) -> ProgressDialog:
    """`run_operation` with a window-modal progress dialog.

    `work(step)` runs on a worker thread and calls `step(done, total)` as it goes; `step` returns False once
    Cancel was pressed (or the person signs out), and the work then stops at a safe point, usually by raising
    `RoscError("cancelled")`. The dialog closes before `on_done` or `on_error` runs.
    """
    dialog = ProgressDialog(parent, title, label, cancellable=cancellable, cancel_text=cancel_text,
                            stopping_text=stopping_text, step_text=step_text)
    job = _Job(lambda: work(job.step))
    if cancellable:
        dialog.canceled.connect(lambda: setattr(job, "cancel_requested", True))
    job.signals.moved.connect(dialog.moved, Qt.ConnectionType.QueuedConnection)

    def done(result: Any) -> None:
        dialog.close_and_delete()
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close_and_delete()
        if on_error is not None:
            on_error(error)
        else:
            show_error(parent, error)

    dialog.show()
    _start(job, parent, done, failed)
    return dialog


def run_now(work: Callable[[], Any], parent: QWidget | None = None) -> Any | None:
    """Run a quick call on the GUI thread (a search, one page of rows); show and swallow a failure."""
    try:
        return work()
    except Exception as exc:
        show_error(parent, exc)
        return None


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title, text = describe_error(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.open() if parent is not None else box.exec()


def pending_operations() -> int:
    return len(_running)


def wait_for_operations(timeout_ms: int) -> bool:
    """Let operations under way finish and deliver their answers, waiting at most `timeout_ms`.

    Used before the store is closed (sign-out, quit): a save still running would otherwise fail against a
    closed database, and its answer would arrive after the screens it updates are gone. Long work with steps
    (an export, a batch of plans) is asked to stop at its next step first. True when none is left running.
    """
    for job in _running:
        job.cancel_requested = True
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    # The workers have finished, but their answers are queued for the GUI thread: deliver them now, while
    # the store and the screens are still there to take them.
    QCoreApplication.sendPostedEvents(None, 0)
    return done and not _running
