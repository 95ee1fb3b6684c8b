"""Column types shared by the tables."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator

from rosc_desktop import clock


def utc_now() -> datetime:
    # Through the one app clock, so a test that sets the time sets it for every stamp too.
    return clock.utc_now()


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes stored as ISO-8601 text, so SQLite and PostgreSQL sort and compare them alike
    and a value read back is never naive."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        if value is None:
            return None
        offset = value.utcoffset()
        if offset is None:
            raise ValueError("naive datetime: store UTC-aware datetimes")
        if offset:  # already UTC (nearly every value): the same text without making a converted copy
            value = value.astimezone(timezone.utc)
        return value.isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)
