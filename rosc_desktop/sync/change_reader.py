"""A large bundle's changes read, checked, validated and bound for the driver in a second process, while this one
plans and writes them (issue 19).

Importing a 5,000-person bundle (240,000 rows) was about three times a plain `executemany` of the same rows: half
of its time was work on each line that needs no database (inflating, parsing, the line checks, the model's
validation, turning values into what the driver takes), the other half planning against the store and writing.
Threads cannot overlap the two (each row takes the GIL), so the first half runs here, in a child process, one
batch ahead of the importing process: 11.1 s became 6.9-7.6 s on two cores (bench/sync_bundle.py; the child
peaks at ~95 MiB). The child starts with the import, so its own start-up (importing the models) overlaps the
bundle's decryption, and only for a bundle large enough to repay it (`READER_FROM_BYTES`). Two children sharing
the batches were no faster on two cores (three busy processes, and each inflates the whole section), so there
is one.

What crosses between the two: down the child's stdin, once, the sealed work file's place, its pieces' hashes and
its key (in memory only, as in bundle_work.py: never a file, an argument or a log), with the app's version and
its tables' column order, which the child checks against its own; back up its stdout, pickled batches of checked
lines, each with its validated values bound and in column order (None where the payload failed its model's
validation: the importing process validates that row again if it plans it, and refuses the bundle as it would
itself) and the line's text, parsed again only for a row that meets a conflict. A line that fails a check comes
back as its error after the lines before it, so refusals are the same as when this process reads the section.
Both sides unpickle built-in values only.

The child is ours to end: it runs in its own session (Ctrl+C in a terminal reaches only this process, which ends
it), its stderr goes nowhere (nothing it could print reaches a user), and a pipe that breaks ends it. If it stops
without finishing (killed, out of memory), this process reads the rest of the section itself: slower, same result.
Only SQLite stores use it: the bound values are SQLite's (a PostgreSQL hub binds its own in-process).
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from rosc_desktop import __version__
from rosc_desktop.errors import RoscError
from rosc_desktop.sync.apply import ChangeLimits, bind_processors, changes_of, checked_lines
from rosc_desktop.sync.bundle_work import SealedSection
from rosc_desktop.sync.plan import Incoming, validated_values
from rosc_desktop.sync.tables import synced_models

# Below this a bundle is read in-process: starting the child (~0.5 s of importing) costs more than it saves.
READER_FROM_BYTES = 2 << 20
BATCH = 5000
SERVE_ENV = "ROSC_CHANGE_READER"  # a frozen app runs no `-c` code: cli.main() serves when this is set


class ChangeReader:
    """The parent's side: start it early, hand it the section with `changes`, `close` it in a finally."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process

    @classmethod
    def start(cls) -> ChangeReader | None:
        """A child waiting for its section, or None when one cannot be started (then read in-process)."""
        if not sys.executable:  # an interpreter embedded elsewhere: nothing to start
            return None
        if getattr(sys, "frozen", False):
            command = [sys.executable]
        else:
            # Isolated (-I): nothing from the current folder or PYTHON* variables is imported in its place; this
            # package's own folder comes first, so the child runs the code this process runs (checked: `layout`).
            home = str(Path(__file__).resolve().parents[2])
            command = [sys.executable, "-I", "-c", f"import sys; home = {home!r}\n"
                       "if home not in sys.path: sys.path.insert(0, home)\n"
                       "from rosc_desktop.sync.change_reader import serve_here; raise SystemExit(serve_here())"]
        # None of the app's settings: they may hold a password or a recovery key, and the child needs none.
        env = {name: value for name, value in os.environ.items() if not name.startswith("ROSC_")}
        env[SERVE_ENV] = "1"
        options: dict[str, Any] = {}
        if sys.platform == "win32":
            options["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
        else:
            options["start_new_session"] = True
        try:
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL, env=env, **options)
        except OSError:
            return None
        return cls(process)

    def changes(self, section: SealedSection, limits: ChangeLimits) -> Iterator[Incoming]:
        """The section's changes as `apply.changes_of` gives them, read by the child; what it does not send (it
        stopped, or met something it did not expect) is read here, where a fault shows as it always does."""
        last_seq = limits.seq_from - 1
        for kind, body in self._messages(section, limits):
            if kind == "rows":
                for table, row_id, version, hlc, seq, line, row, plain in body:
                    last_seq = seq
                    yield Incoming(table, row_id, version, hlc, seq, line, {}, plain, row)
            elif kind == "refused":
                code, params = body
                raise RoscError(code, **params)
            elif kind == "done":
                return
            else:
                break
        self.close()
        for change in changes_of(section, limits):
            if change.seq > last_seq:
                yield change

    def _messages(self, section: SealedSection, limits: ChangeLimits) -> Iterator[tuple[str, Any]]:
        """The request sent, then the child's messages while they are well formed."""
        try:
            stdin, stdout = self._process.stdin, self._process.stdout
            assert stdin is not None and stdout is not None
            pickle.dump({"section": section.handover(), "limits": (limits.origin, limits.seq_from, limits.seq_to,
                                                                   sorted(limits.tables)),
                         "batch": BATCH, "version": __version__, "layout": table_layout()}, stdin)
            stdin.close()
            while True:
                message = _DataOnly(stdout).load()
                if not (type(message) is tuple and len(message) == 2 and message[0] in _KINDS):
                    return
                yield message
        except Exception:  # a pipe that broke, a child killed half-way, bytes that are not our messages
            return

    def close(self) -> None:
        process = self._process
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                try:
                    pipe.close()
                except OSError:
                    pass
        if process.poll() is None:
            process.kill()
        process.wait()


_KINDS = frozenset({"rows", "refused", "done", "failed"})


class _DataOnly(pickle.Unpickler):
    """Messages hold only built-in values: a pickle naming any class or function is not one of ours."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError("not a message")


def table_layout() -> dict[str, list[str]]:
    """Each synchronised table's columns in order: a row crosses as a tuple in this order, so parent and child
    must agree on it (an upgrade under a running app would have them differ)."""
    return {table: [c.key for c in model.__table__.columns]  # type: ignore[attr-defined]
            for table, model in sorted(synced_models().items())}


# ---------------------------------------------------------------------------------------------------- the child


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> int:
    """The child's side: read one request from `stdin`, send its batches to `stdout`."""
    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent ends us; a terminal's Ctrl+C is its to handle
    from sqlalchemy import create_engine

    models = synced_models()
    dialect = create_engine("sqlite://").dialect  # not connected: only its bind processors are used
    try:
        request = _DataOnly(stdin).load()
    except (EOFError, OSError, pickle.UnpicklingError):
        return 0  # the import did not need us
    if request["version"] != __version__ or request["layout"] != table_layout():
        pickle.dump(("failed", "not the importing app's version"), stdout)
        stdout.flush()
        return 0
    section = SealedSection.received(request["section"])
    origin, seq_from, seq_to, tables = request["limits"]
    limits = ChangeLimits(origin, seq_from, seq_to, frozenset(tables))
    batch: list[tuple[Any, ...]] = []
    # Per table: its columns' keys in order, getting them all from a row's values, and the places to bind.
    binders: dict[str, tuple[frozenset[str], Any, list[tuple[int, Any]]]] = {}
    try:
        for text, line, plain in checked_lines(section, limits):
            table = line["t"]
            if table not in binders:
                columns = list(models[table].__table__.columns)  # type: ignore[attr-defined]
                binders[table] = (frozenset(c.key for c in columns), itemgetter(*(c.key for c in columns)),
                                  bind_processors(columns, dialect))
            keys, in_order, processors = binders[table]
            try:
                values = validated_values(models[table], line["p"], keys, plain=plain)
            except ValueError:  # pydantic's ValidationError: the importing process validates it again, and refuses
                row = None
            else:
                bound = list(in_order(values))
                for i, process in processors:
                    bound[i] = process(bound[i])
                row = tuple(bound)
            batch.append((table, line["r"], line["v"], line["h"], line["s"], text, row, plain))
            if len(batch) >= request["batch"]:
                pickle.dump(("rows", batch), stdout, protocol=pickle.HIGHEST_PROTOCOL)
                stdout.flush()
                batch = []
        if batch:
            pickle.dump(("rows", batch), stdout, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(("done", None), stdout)
    except RoscError as refused:
        # The lines before the refused one first, as the importing process would have planned them before it met
        # that line itself (they may refuse the bundle first, for another reason).
        if batch:
            pickle.dump(("rows", batch), stdout, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(("refused", (refused.code, refused.params)), stdout)
    except OSError:
        return 0  # the parent went away or closed us
    except Exception as unexpected:  # the parent reads the rest itself, where a fault is reported as usual
        pickle.dump(("failed", type(unexpected).__name__), stdout)
    stdout.flush()
    return 0


def serve_here() -> int:
    """The child's entry (cli.main when frozen). Whatever happens it ends quietly: the importing process reads
    what it did not get, and nothing here may show a user a traceback (a windowed app would show it as a box)."""
    try:
        return serve(sys.stdin.buffer, sys.stdout.buffer)
    except BaseException:
        return 1
