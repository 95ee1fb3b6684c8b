"""The hybrid logical clock: stamps sort as text in the order they were issued, across the counter's fourth
digit, and stay comparable with stamps written by earlier versions (stored locally or received from a peer)."""

from __future__ import annotations

import re

from rosc_desktop.store.clock import HybridClock, format_stamp, parse_stamp

STAMP = re.compile(r"^\d{13}-\d{4}$")
FROZEN = 1_790_000_000_000


def test_a_burst_of_ten_thousand_stamps_in_one_millisecond_still_sorts_as_text():
    clock = HybridClock(None, wall_millis=lambda: FROZEN)
    stamps = [clock.now() for _ in range(10_002)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert stamps[9_999] < stamps[10_000] < stamps[10_001]
    # The format a peer on an older version knows how to order: 13 digits, a dash, 4 digits.
    assert all(STAMP.match(s) for s in stamps)


def test_a_clock_that_steps_back_during_a_bulk_write_keeps_stamps_increasing():
    wall = [FROZEN]
    clock = HybridClock(None, wall_millis=lambda: wall[0])
    before = clock.now()
    wall[0] = FROZEN - 60_000  # the system clock steps back a minute
    during = [clock.now() for _ in range(12_000)]
    wall[0] = FROZEN + 5  # ... and catches up
    after = clock.now()
    stamps = [before, *during, after]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert parse_stamp(after) > parse_stamp(during[-1])


def test_new_stamps_sort_after_stored_old_stamps():
    last_stored = format_stamp(FROZEN, 9_999)
    assert last_stored == "1790000000000-9999"
    clock = HybridClock(last_stored, wall_millis=lambda: FROZEN - 1)
    assert clock.now() > last_stored


def test_a_peers_old_stamp_is_observed_and_passed():
    clock = HybridClock(None, wall_millis=lambda: FROZEN - 1_000)
    clock.observe("1790000000000-9999")
    assert clock.now() > "1790000000000-9999"


def test_an_overflowed_stamp_from_an_older_version_is_read_by_its_meaning():
    # Older versions could write a five-digit counter; it meant "after -9999" though it sorts before it.
    assert parse_stamp("1790000000000-10000") == (FROZEN + 1, 0)
    assert parse_stamp("1790000000000-10000") > parse_stamp("1790000000000-9999")
    clock = HybridClock(None, wall_millis=lambda: FROZEN - 1)
    clock.observe("1790000000000-10003")
    following = clock.now()
    assert parse_stamp(following) > parse_stamp("1790000000000-10003")
    assert following > "1790000000000-9999" and STAMP.match(following)


def test_old_and_new_stamps_compare_the_same_as_text_and_as_numbers():
    stamps = ["1789999999999-9999", "1790000000000-0000", "1790000000000-0001", "1790000000000-9999",
              format_stamp(FROZEN, 10_000), format_stamp(FROZEN + 1, 1)]
    assert stamps == sorted(stamps)
    assert [parse_stamp(s) for s in stamps] == sorted(parse_stamp(s) for s in stamps)
