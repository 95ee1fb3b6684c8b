"""Hybrid logical clock: stamps that sort like wall time but never go backwards on one site.

A stamp is `<milliseconds since epoch, 13 digits>-<counter, 4 digits>`, so plain string order is clock order.
"""

from __future__ import annotations

import threading
import time


def format_stamp(millis: int, counter: int) -> str:
    return f"{millis:013d}-{counter:04d}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    millis, counter = stamp.split("-")
    return int(millis), int(counter)


class HybridClock:
    def __init__(self, last: str | None = None, wall_millis=lambda: int(time.time() * 1000)) -> None:
        self._wall_millis = wall_millis
        self._lock = threading.Lock()
        self._millis, self._counter = parse_stamp(last) if last else (0, 0)

    def now(self) -> str:
        with self._lock:
            wall = self._wall_millis()
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            else:
                self._counter += 1
            return format_stamp(self._millis, self._counter)

    def observe(self, stamp: str | None) -> None:
        """Move past a stamp written by another clock on this site, so the next stamp sorts after it."""
        if not stamp:
            return
        seen = parse_stamp(stamp)
        with self._lock:
            if seen > (self._millis, self._counter):
                self._millis, self._counter = seen
