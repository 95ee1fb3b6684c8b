"""A backup is kept only when it opens and passes SQLite's check: a damaged store never pushes the good backups
out of the folder, one daily copy at a time."""

from __future__ import annotations

import pytest

from rosc_desktop.errors import RoscError
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.store import backup as backups


def test_a_damaged_store_is_not_copied_over_the_good_backups(services, paths) -> None:  # type: ignore[no-untyped-def]
    for n in range(300):  # enough rows for many pages, so a flipped byte lands in data, not the header
        services.participants.register(ParticipantInput(f"Person {n:03d} Example"))
    good = [backups.backup(services.store, paths.backups, reason="daily") for _ in range(3)]
    assert all(backups.opens(services.store, b) for b in good)
    services.store.checkpoint()
    data = bytearray(paths.database.read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0xFF  # one byte, as a failing disk would
    paths.database.write_bytes(bytes(data))

    for _ in range(12):  # more days than backups are kept
        with pytest.raises(RoscError) as e:
            backups.backup(services.store, paths.backups, reason="daily", keep=3)
        assert e.value.code == "backup_damaged"
    assert backups.list_backups(paths.backups) == good
    assert not list(paths.backups.glob("*.part"))
