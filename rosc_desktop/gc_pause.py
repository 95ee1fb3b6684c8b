"""Holding off Python's cyclic garbage collector while a bulk job allocates many objects that form no cycles.

A bundle import makes a few objects per row (the parsed line, its checked values, the tuple bound to SQLite) and
keeps a batch of them alive at a time, so the collector's thresholds are crossed again and again, and each full
collection walks every object the process holds: in the app, its whole heap. Over a 240,000-row import that was
about half a second to a second of twelve (bench/sync_bundle.py). The rows hold no cycles, so nothing waits for
the collector meanwhile; anything cyclic made meanwhile is collected once it runs again.

The collector is one per process, so the pause is counted: jobs that overlap (an import on a worker thread while
another runs) turn it back on only when the last one ends, and only if it was on before the first began."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _holders, _was_enabled
    counted = False
    try:
        with _LOCK:
            if _holders == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _holders += 1
            counted = True
        yield
    finally:
        # Inside the try: a Ctrl+C that lands between counting and the job must not leave the collector off.
        if counted:
            with _LOCK:
                _holders -= 1
                if _holders == 0 and _was_enabled:
                    gc.enable()
