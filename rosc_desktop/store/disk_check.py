"""SQLite's quick check of the whole file, run behind the first screen instead of in front of it.

Sign-in used to read every page of the file before Today could paint (2.4 s of 3.2 s at 100,000 people), so that
a failing disk is found before anything writes to the file. The promise that matters is the second half, and it
is kept here: reads go ahead at once, every write waits until the check has passed, and when it fails no write
ever starts (each is refused with the damage error). Work that must follow a good check (the day's backup, the
sign-in's audit event) is queued behind it and runs on the check's thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import sqlcipher3

from rosc_desktop.errors import RoscError

log = logging.getLogger(__name__)


class DiskCheck:
    """The state of one store's background check. A store that never starts one lets writes in at once."""

    def __init__(self) -> None:
        self._passed = threading.Event()
        self._passed.set()
        self._lock = threading.Lock()
        self._damage: RoscError | None = None
        self._problem: BaseException | None = None
        self._jobs: list[Callable[[], object]] = []
        self._listeners: list[Callable[[RoscError | None, BaseException | None], object]] = []
        self._thread: threading.Thread | None = None
        self._connection: sqlcipher3.Connection | None = None
        self._stopping = False

    def start(self, connect: Callable[[], sqlcipher3.Connection], damaged: Callable[[], RoscError]) -> None:
        """Check on a thread of its own. `connect` opens a fresh connection to the file; `damaged` makes the
        error writes are refused with (it names the newest good backup, which takes a moment to find)."""
        self._passed.clear()
        self._thread = threading.Thread(target=self._run, args=(connect, damaged), name="rosc-disk-check",
                                        daemon=True)
        self._thread.start()

    def after(self, job: Callable[[], object], *, first: bool = False) -> None:
        """Run `job` once the check has passed (on the check's thread), or now when there is no check under way.
        A failed check runs no job; a job's own failure is kept for `wait` to report."""
        with self._lock:
            if self._stopping:
                return  # signed out: the store is closed
            if self._thread is not None:
                self._jobs.insert(0 if first else len(self._jobs), job)
                return
        job()

    def when_finished(self, listener: Callable[[RoscError | None, BaseException | None], object]) -> None:
        """Call `listener(damage, problem)` once the check and its jobs are over (on the check's thread), or now.
        `damage` is the error writes are refused with; `problem` the first job's failure (a backup not made)."""
        with self._lock:
            if self._thread is not None:
                self._listeners.append(listener)
                return
        listener(self._damage, self._problem)

    def allow_write(self) -> None:
        """Wait for the check; raise the damage error when it failed (nothing may be written to the file)."""
        self._passed.wait()
        if self._damage is not None:
            raise RoscError(self._damage.code, **self._damage.params)

    def wait(self) -> BaseException | None:
        """Wait for the check and its jobs. Raise the damage error when the check failed; return the first job's
        failure (a backup that could not be made), or None when all went well."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()
        self.allow_write()
        return self._problem

    def stop(self) -> None:
        """At sign-out: interrupt a check still reading, drop the jobs not yet begun and wait for the thread."""
        with self._lock:
            self._stopping = True
            self._jobs.clear()
            connection, thread = self._connection, self._thread
        if connection is not None:
            connection.interrupt()
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _run(self, connect: Callable[[], sqlcipher3.Connection], damaged: Callable[[], RoscError]) -> None:
        try:
            passed = self._check(connect)
            if self._stopping:
                self._damage = RoscError("signed_out")
            elif not passed:
                self._damage = damaged()
        except BaseException as exc:  # a thread's error has nowhere else to go: refuse writes, say what it was
            log.warning("disk check failed to run: %s", type(exc).__name__)
            self._damage = exc if isinstance(exc, RoscError) else RoscError("database_unreadable")
        finally:
            self._passed.set()
        while True:
            with self._lock:
                if self._damage is not None:
                    self._jobs.clear()  # nothing may follow a failed check
                if not self._jobs:
                    # From now on jobs and listeners run at once, on their caller's thread; deciding that under
                    # the lock means no job queued meanwhile is left behind.
                    self._thread = None
                    listeners, self._listeners = self._listeners, []
                    break
                job = self._jobs.pop(0)
            self._run_job(job)
        for listener in listeners:
            listener(self._damage, self._problem)

    def _check(self, connect: Callable[[], sqlcipher3.Connection]) -> bool:
        connection = connect()
        with self._lock:
            self._connection = connection
        try:
            if self._stopping:
                return False
            return [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()] == ["ok"]
        except sqlcipher3.OperationalError:
            if self._stopping:
                return False  # interrupted at sign-out
            raise
        except sqlcipher3.DatabaseError:
            return False
        finally:
            with self._lock:
                self._connection = None
            connection.close()

    def _run_job(self, job: Callable[[], object]) -> None:
        try:
            job()
        except BaseException as exc:
            log.warning("work after the disk check failed: %s", exc if isinstance(exc, RoscError) else type(exc).__name__)
            if self._problem is None:
                self._problem = exc
