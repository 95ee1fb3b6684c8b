"""One notion of "now" and of "today at this center", for every date question the app asks.

Staff record dates as the center's calendar shows them: a consent signed, revoked or expiring "today", a
follow-up due tomorrow, the month a report covers. So every question about a day is answered with the center's
local date (the computer's time zone), never the UTC date: on a computer east of UTC the two differ for hours
every night, and a consent revoked "today" must not count as current because it is still yesterday in UTC.

Consent to share is judged more strictly than "today" alone: at the edge of a day the answer errs towards not
sharing (see `sharing_days`). Tests set the clock with `frozen_at` and the zone with the TZ variable.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone

# A bundle made late in the evening may still be on its way at midnight; a consent must hold through the whole
# of this margin for identifiable data to leave. Ten minutes before local midnight, "revoked tomorrow" already
# counts as revoked.
SHARING_MARGIN = timedelta(hours=1)

_lock = threading.Lock()
_source: Callable[[], datetime] | None = None


def utc_now() -> datetime:
    """The current time, aware, in UTC (or the time a test froze)."""
    source = _source
    if source is not None:
        return source().astimezone(timezone.utc)
    return datetime.now(timezone.utc)


def local_now() -> datetime:
    """The current time in the center's time zone (the computer's)."""
    return utc_now().astimezone()


def center_today() -> date:
    """Today's date on the center's calendar: the date staff see on the Consents tab and on Today."""
    return local_now().date()


def local_date(moment: datetime) -> date:
    """The center's calendar date of an aware moment."""
    return moment.astimezone().date()


def sharing_days(moment: datetime | None = None) -> tuple[date, ...]:
    """The days on which a consent must be in effect for identifiable data to leave at `moment` (default now).

    The center's date now and its date one margin later: near local midnight both count, so a consent that
    ends tonight, or is revoked from tomorrow, no longer shares. Never the UTC date, which staff never see."""
    moment = moment or utc_now()
    first, last = local_date(moment), local_date(moment + SHARING_MARGIN)
    return (first,) if first == last else (first, last)


@contextmanager
def frozen_at(moment: datetime | Callable[[], datetime]) -> Iterator[None]:
    """For tests: the clock reads `moment` (an aware datetime, or a function returning one) until the block ends."""
    global _source
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            raise ValueError("frozen_at needs an aware datetime")
        fixed = moment
        moment = lambda: fixed  # noqa: E731
    with _lock:
        previous, _source = _source, moment
    try:
        yield
    finally:
        with _lock:
            _source = previous


__all__ = ["SHARING_MARGIN", "center_today", "frozen_at", "local_date", "local_now", "sharing_days", "utc_now"]
