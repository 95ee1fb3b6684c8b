"""Each connection's SQLite page cache (store/database.py): small where it stays in the window's memory, larger for
the work that reads the whole file through it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from rosc_desktop.store.database import BULK_CACHE_KIB, CACHE_KIB


def _pooled_cache_sizes(services) -> list[int]:  # type: ignore[no-untyped-def]
    # Two sessions at once: two of the pool's connections, whichever the check used among them.
    with services.store.read() as first, services.store.read() as second:
        return [session.connection().execute(text("PRAGMA cache_size")).scalar_one() for session in (first, second)]


def test_a_signed_in_store_keeps_a_small_cache_on_every_pooled_connection(services) -> None:  # type: ignore[no-untyped-def]
    assert _pooled_cache_sizes(services) == [-CACHE_KIB, -CACHE_KIB]


def test_the_full_check_gives_its_connection_back_to_the_pool_at_the_small_cache(services) -> None:  # type: ignore[no-untyped-def]
    assert services.health.check().ok
    assert _pooled_cache_sizes(services) == [-CACHE_KIB, -CACHE_KIB]


def test_a_read_of_the_whole_file_runs_on_the_bulk_cache_and_gives_the_small_one_back(services) -> None:  # type: ignore[no-untyped-def]
    # A report and the integrity check walk most of the file: on the pool's cache they were 15-35% slower.
    with services.store.read(whole_file=True) as session:
        assert session.connection().execute(text("PRAGMA cache_size")).scalar_one() == -BULK_CACHE_KIB
    assert _pooled_cache_sizes(services) == [-CACHE_KIB, -CACHE_KIB]


def test_a_report_gives_its_connection_back_at_the_small_cache(services) -> None:  # type: ignore[no-untyped-def]
    services.reports.center(date(2026, 1, 1), date(2026, 1, 31))
    services.reports.trend(date(2026, 1, 1), 3)
    assert _pooled_cache_sizes(services) == [-CACHE_KIB, -CACHE_KIB]


def test_a_write_of_much_of_the_file_runs_on_the_bulk_cache_and_gives_the_small_one_back_however_it_ends(
        services) -> None:  # type: ignore[no-untyped-def]
    # A bundle's import: 240,000 rows and their indexes were about a second slower on the pool's cache.
    with services.store.write(whole_file=True) as session:
        assert session.connection().execute(text("PRAGMA cache_size")).scalar_one() == -BULK_CACHE_KIB
    assert _pooled_cache_sizes(services) == [-CACHE_KIB, -CACHE_KIB]
    with pytest.raises(LookupError), services.store.write(whole_file=True) as session:
        session.connection().execute(text("SELECT 1"))
        raise LookupError("a refused bundle")
    assert _pooled_cache_sizes(services) == [-CACHE_KIB, -CACHE_KIB]


def test_a_connection_whose_cache_cannot_be_given_back_is_dropped_quietly() -> None:
    # Raised from the pool's check-in, an error would replace the one that ended the session (a damaged file)
    # and the connection would never be returned.
    from rosc_desktop.store.database import _narrow_cache

    class Damaged:
        def execute(self, sql: str) -> None:
            raise OSError("disk I/O error")

    class Record:
        info = {"widened": True}
        dropped: list[BaseException] = []

        def invalidate(self, exc: BaseException) -> None:
            self.dropped.append(exc)

    record = Record()
    _narrow_cache(Damaged(), record)
    assert "widened" not in record.info and len(record.dropped) == 1
