"""SQLite's quick check of the whole file, run behind the first screen instead of in front of it.

Sign-in used to read every page of the file before Today could paint (2.4 s of 3.2 s at 100,000 people), so that
a failing disk is found before anything writes to the file. The promise that matters is the second half, and it
is kept here: reads go ahead at once, every write waits until the check has passed, and when it fails no write
ever starts (each is refused with the damage error).

Two kinds of work follow a good check, both on the check's thread and both handed over when it starts (so none
can be left behind by a check that ends first): `first` before any other write is let in (the sign-in's audit
event, so the log says who signed in before anything they did), and `then` after writes are let in (the day's
backup). `first` failing is as bad as damage (the sign-in is undone); `then` failing is reported, no more.

The check starts reading once `begin()` is called (the app calls it when Today has painted: on a two-core
computer a check reading beside Today's first queries and paint made them half as fast), when anything waits on
it (a write, `wait`, `stop`), or after `START_WITHIN_S` at the latest, so it never waits on a caller forgetting.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

import sqlcipher3

from rosc_desktop.errors import RoscError, for_log

log = logging.getLogger(__name__)

# How many SQLite virtual-machine steps pass between two looks at "stop" while the check reads.
_STEPS_BETWEEN_LOOKS = 10_000
# The latest a started check waits for `begin()` before it reads anyway (a window that never paints, a test).
# Counted from the store's opening, before Today is built: on a slow computer one second could end before Today's
# first paint, and the check would read beside it again.
START_WITHIN_S = 3.0

Listener = Callable[[BaseException | None, BaseException | None], object]


class DiskCheck:
    """The state of one store's background check. A store that never starts one lets writes in at once."""

    def __init__(self) -> None:
        self._passed = threading.Event()
        self._passed.set()
        self._go = threading.Event()
        self._lock = threading.Lock()
        self._failure: BaseException | None = None
        self._problem: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._listeners: list[Listener] = []
        self._stopping = False

    def start(self, connect: Callable[[], sqlcipher3.Connection], damaged: Callable[[], RoscError], *,
              first: Callable[[], object] | None = None, then: Sequence[Callable[[], object]] = ()) -> None:
        """Check on a thread of its own. `connect` opens a fresh connection to the file; `damaged` makes the
        error writes are refused with (it names the newest good backup, which takes a moment to find)."""
        self._passed.clear()
        thread = threading.Thread(target=self._run, args=(connect, damaged, first, list(then)),
                                  name="rosc-disk-check", daemon=True)
        with self._lock:
            self._thread = thread
        thread.start()

    def begin(self) -> None:
        """Let a started check read now rather than after `START_WITHIN_S` (the first screen has painted)."""
        self._go.set()

    def when_finished(self, listener: Listener) -> None:
        """Call `listener(failure, problem)` once the check and its work are over (on the check's thread), or now.
        `failure` is what writes are refused with (damage, or the sign-in's own write failing); `problem` is
        the failure of the work after it (a backup not made)."""
        with self._lock:
            if self._thread is not None:
                self._listeners.append(listener)
                return
        listener(self._failure, self._problem)

    def allow_write(self) -> None:
        """Wait for the check; raise when it failed (nothing may be written to the file). The check's own thread
        writes `first` before the others are let in."""
        if threading.current_thread() is self._thread:
            return
        self.begin()
        self._passed.wait()
        failure = self._failure
        if isinstance(failure, RoscError):
            raise RoscError(failure.code, **failure.params)
        if failure is not None:
            raise RoscError("database_unreadable")

    def wait(self) -> BaseException | None:
        """Wait for the check and its work. Raise when the check failed; return the failure of the work after
        it (a backup that could not be made), or None when all went well."""
        self.begin()
        with self._lock:
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()
        self.allow_write()
        return self._problem

    @property
    def stopping(self) -> bool:
        return self._stopping

    def stop(self) -> None:
        """At sign-out: a check still reading stops at its next look (no write follows it), work not yet begun
        is dropped, and this returns once the thread has ended (a backup under way is let finish)."""
        with self._lock:
            self._stopping = True
            thread = self._thread
        self.begin()
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def stop_unless_passed(self) -> None:
        """`stop` while the check is still reading (a sign-out right after signing in); once it has passed, let
        the sign-in event and the day's backup be."""
        if not self._passed.is_set():
            self.stop()

    def _run(self, connect: Callable[[], sqlcipher3.Connection], damaged: Callable[[], RoscError],
             first: Callable[[], object] | None, then: list[Callable[[], object]]) -> None:
        try:
            self._go.wait(START_WITHIN_S)
            passed = self._check(connect)
            if self._stopping:
                self._failure = RoscError("signed_out")
            elif not passed:
                try:
                    self._failure = damaged()
                except Exception as exc:  # looking through the backups failed too: still damage, with no offer
                    log.warning("no backup could be named: %s", type(exc).__name__)
                    self._failure = RoscError("database_damaged", backup="", made="")
            elif first is not None:
                first()
        except BaseException as exc:  # a thread's error has nowhere else to go: refuse writes, say what it was
            log.warning("disk check ended in an error: %s", for_log(exc))
            self._failure = exc
        finally:
            self._passed.set()
        for job in then if self._failure is None else ():
            if self._stopping:
                break
            try:
                job()
            except BaseException as exc:
                log.warning("work after the disk check failed: %s", for_log(exc))
                self._problem = self._problem or exc
        with self._lock:
            self._thread = None  # from now on listeners are called at once, on their caller's thread
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            try:
                listener(self._failure, self._problem)
            except Exception as exc:  # one listener gone (its window closed) must not keep the news from the rest
                log.warning("a disk check listener failed: %s", type(exc).__name__)

    def _check(self, connect: Callable[[], sqlcipher3.Connection]) -> bool:
        if self._stopping:
            return False
        try:
            connection = connect()
        except RoscError:
            return False  # the file no longer opens under its key: damage, with the newest good backup offered
        try:
            # A non-zero answer makes SQLite abandon the statement: how a sign-out stops a check under way (the
            # check then fails, and the run says it was stopped).
            connection.set_progress_handler(lambda: 1 if self._stopping else 0, _STEPS_BETWEEN_LOOKS)
            return passes_quick_check(connection)
        finally:
            connection.close()


def passes_quick_check(connection: sqlcipher3.Connection) -> bool:
    """SQLite's quick check of the whole file (every page read and authenticated, every B-tree walked): a byte
    flipped by a failing disk shows here, where opening alone reads only the first page."""
    try:
        return [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()] == ["ok"]
    except sqlcipher3.DatabaseError:
        return False
