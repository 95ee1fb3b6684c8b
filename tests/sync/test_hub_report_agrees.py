"""A center's own report and the hub's row for that center agree, measure by measure, after a bundle.

The center records a month of work (tests/services/test_measures.py's hand-counted month: a group and a drop-in day
with unnamed visitors, a person who attends and also checks in, check-ins by phone and in person, a referral
connected, two BARC-10s for one person, goal reviews, network growth, a reconvening, a consent). It exports a
bundle to its hub; the hub imports it and reports across centers. Without a consent naming the hub, attendance,
check-ins and the rest travel de-identified (ids, dates and codes only), which is all counting needs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rosc_desktop.model import Attendance, Participant
from rosc_desktop.sync.sample_directory import load_sample_directory
from rosc_desktop.services.measures import MEASURES
from rosc_desktop.sync import hub as hub_mode
from tests.services.test_measures import FIRST, LAST, month  # noqa: F401 (the fixture)
from tests.sync.sites import carry, consent_to_hub, open_region


@pytest.fixture
def region(tmp_path: Path):  # type: ignore[no-untyped-def]
    yield from open_region(tmp_path)


@pytest.fixture
def services(region):  # type: ignore[no-untyped-def]
    """The services `month` records into: the region's first center, Harbor Light (AAA-1)."""
    return region[1]


def rows_at(svc, model):  # type: ignore[no-untyped-def]
    from sqlmodel import select

    with svc.store.read() as session:
        return list(session.exec(select(model)).all())


@pytest.mark.parametrize("consent", [False, True], ids=["no consent", "one person consented"])
def test_the_hubs_row_for_a_center_equals_the_centers_own_report(region, month, consent: bool) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    hub, center, other, usb = region
    people = month
    if consent:
        consent_to_hub(center, people["ana"].id)
    own = center.reports.center(FIRST, LAST).figures
    # The month is not empty anywhere it matters, so agreeing means something.
    assert own["people_served"].breakdown == {"enrolled": 2, "anonymous_visits": 5}
    assert own["attendance"].value == 7 and own["referrals_connected"].value == 1
    assert own["barc10_change"].rests_on == 1

    # The referral went to a service of the sample directory, the demo's stand-in for the hub's own: the hub
    # holds the same entries, as it would hold the directory it published.
    load_sample_directory(hub)
    assert carry(center, hub, usb).status == "applied"
    report = hub_mode.center_report(hub, FIRST, LAST)
    row = next(c for c in report.centers if c.site_code == center.store.site_code)
    for measure in MEASURES:
        assert row.report.figures[measure.code] == own[measure.code], measure.code
    # The other center sent nothing: its row is empty, and the total is this center's figures.
    empty = next(c for c in report.centers if c.site_code == other.store.site_code)
    assert empty.report.figures["people_served"].value == 0
    for measure in MEASURES:
        assert report.total.figures[measure.code] == own[measure.code], measure.code

    # What travelled: attendance with the person's id, and without consent no one's name.
    attendance = rows_at(hub, Attendance)
    assert {a.participant_id for a in attendance} == {people[name].id for name in ("ana", "ben", "dee")}
    names = {p.id: p.preferred_name for p in rows_at(hub, Participant)}
    assert (names[people["ana"].id] == "Ana") is consent
    assert names[people["ben"].id] != "Ben"
