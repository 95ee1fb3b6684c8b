"""Run a service call off the GUI thread and hear back on it (in the spirit of Anki's CollectionOp).

    run_operation(parent, lambda: services.intake.save(...), on_done=..., changes={"intake"})

On success `on_done(result)` runs on the GUI thread, then `change_bus.changed` announces which kinds of data
changed so open screens refresh themselves. On failure the error is shown in plain words (see messages),
or handed to `on_error` when the caller wants to keep the form open and point at a field. If `parent` has
been deleted by the time the answer arrives (its tab or dialog was closed), neither is called: the screen
they would update is gone. The change notice still goes out, because the data did change.

Data about one participant is announced twice, as the kind and as the kind for that person
(`for_participant("intake", pid)` gives {"intake", "intake:<pid>"}), so a screen showing someone else can
ignore it: reloading a person's intake is audited as a viewing, and must not happen for someone else's save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from rosc_desktop.errors import RoscError
from rosc_desktop.ui.messages import describe_error

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """One signal for "data of these kinds changed"; screens listen and refresh only what they show."""

    changed = Signal(object)  # a frozenset of kinds, e.g. {"participant", "intake"}


change_bus = ChangeBus()


def for_participant(kind: str, participant_id: str) -> set[str]:
    """The kinds to announce for a change to one person's data of `kind`: the kind, and the kind for them."""
    return {kind, f"{kind}:{participant_id}"}


def concerns(kinds: frozenset[str], kind: str, participant_id: str) -> bool:
    """Whether a change notice may be about `participant_id`'s data of `kind`.

    A notice that names people is about those people only; one that names nobody (an import, say) may be
    about anyone, so every screen showing that kind refreshes.
    """
    if f"{kind}:{participant_id}" in kinds:
        return True
    return kind in kinds and not any(k.startswith(kind + ":") for k in kinds)


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

    def parent_gone() -> bool:
        # The callbacks are bound to the parent's widgets; once Qt has deleted it they would raise
        # "Internal C++ object already deleted" (a tab closed while its save was under way).
        return parent is not None and not shiboken6.isValid(parent)

    @Slot(object)
    def finished(result: Any) -> None:
        _running.discard(job)
        if on_done is not None and not parent_gone():
            on_done(result)
        if changes:
            change_bus.changed.emit(frozenset(changes))

    @Slot(object)
    def failed(error: BaseException) -> None:
        _running.discard(job)
        # RoscError text is a code and non-identifying parameters; anything else may hold data: type only.
        log.warning("operation failed: %s", error if isinstance(error, RoscError) else type(error).__name__)
        if parent_gone():
            return  # nobody is left to tell; the log has it
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


def wait_for_operations(timeout_ms: int) -> bool:
    """Let operations under way finish and deliver their answers, waiting at most `timeout_ms`.

    Used before the store is closed (sign-out, quit): a save still running would otherwise fail against a
    closed database, and its answer would arrive after the screens it updates are gone. True when none is
    left running.
    """
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    # The workers have finished, but their answers are queued for the GUI thread: deliver them now, while
    # the store and the screens are still there to take them.
    QCoreApplication.sendPostedEvents(None, 0)
    return done and not _running
