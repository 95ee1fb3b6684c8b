"""Hybrid logical clock: stamps that sort like wall time but never go backwards on one site.

A stamp is `<milliseconds since epoch, 13 digits>-<counter, 4 digits>`, so plain string order is clock order
(the store takes `max(hlc)` in SQL, sync compares stamps as strings).

The counter never needs a fifth digit. When it would reach 10000 (ten thousand stamps in one millisecond, or a
bulk write while the system clock has stepped back), the clock carries into the time part instead: the stamp
becomes `<millis + 1>-0000`, exactly as a counter that overflowed a decimal place. We chose carrying over
widening the counter because it keeps the stamp format unchanged: every stamp already stored or synced still
compares correctly with new ones, and a peer still on an older version orders our stamps correctly too. A wider
counter would have needed every site to upgrade at once (an old site would sort `…-00010000` before `…-9999`).
The cost is that the time part may run a millisecond ahead of the wall per ten thousand stamps, which is the
drift a hybrid logical clock accepts anyway when it observes a stamp from a clock ahead of its own.

Older versions wrote `…-10000` and above after such a burst; reading one, `parse_stamp` carries it the same way,
so the next stamp this clock issues sorts after it in meaning and in text.
"""

from __future__ import annotations

import threading
import time

COUNTER_LIMIT = 10_000  # the counter has four digits: 0000..9999


def format_stamp(millis: int, counter: int) -> str:
    millis, counter = _carried(millis, counter)
    return f"{millis:013d}-{counter:04d}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    millis, counter = stamp.split("-")
    return _carried(int(millis), int(counter))


def _carried(millis: int, counter: int) -> tuple[int, int]:
    carry, counter = divmod(counter, COUNTER_LIMIT)
    return millis + carry, counter


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
                self._millis, self._counter = _carried(self._millis, self._counter + 1)
            return format_stamp(self._millis, self._counter)

    def observe(self, stamp: str | None) -> None:
        """Move past a stamp written by another clock on this site, so the next stamp sorts after it."""
        if not stamp:
            return
        seen = parse_stamp(stamp)
        with self._lock:
            if seen > (self._millis, self._counter):
                self._millis, self._counter = seen
