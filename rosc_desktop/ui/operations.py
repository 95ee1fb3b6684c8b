"""Run a service call off the GUI thread and hear back on it (in the spirit of Anki's CollectionOp).

    run_operation(parent, lambda: services.intake.save(...), on_done=..., changes={"intake"})

On success `on_done(result)` runs on the GUI thread, then `change_bus.changed` announces which kinds of data
changed so open screens refresh themselves. On failure the error is shown in plain words (see messages),
or handed to `on_error` when the caller wants to keep the form open and point at a field.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from rosc_desktop.errors import RoscError
from rosc_desktop.ui.messages import describe_error

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """One signal for "data of these kinds changed"; screens listen and refresh only what they show."""

    changed = Signal(object)  # a frozenset of kinds, e.g. {"participant", "intake"}


change_bus = ChangeBus()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # delivered to the GUI thread, shown in words there
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[_Job] = set()


def run_operation(
    parent: QWidget | None,
    work: Callable[[], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    changes: set[str] | frozenset[str] = frozenset(),
) -> None:
    job = _Job(work)
    _running.add(job)

    @Slot(object)
    def finished(result: Any) -> None:
        _running.discard(job)
        if on_done is not None:
            on_done(result)
        if changes:
            change_bus.changed.emit(frozenset(changes))

    @Slot(object)
    def failed(error: BaseException) -> None:
        _running.discard(job)
        # RoscError text is a code and non-identifying parameters; anything else may hold data: type only.
        log.warning("operation failed: %s", error if isinstance(error, RoscError) else type(error).__name__)
        if on_error is not None:
            on_error(error)
        else:
            show_error(parent, error)

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)


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
