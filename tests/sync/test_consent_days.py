"""Consent is judged on the center's calendar, in every time zone, at the edges of the day.

Each test runs with the process in UTC-10, UTC, UTC+10 and UTC+14 and the app's clock frozen minutes either side
of local midnight, of UTC midnight, and at noon. The expected day is worked out here from the zone's offset, not
asked of the app, and the bundle is decrypted with the hub's key and searched for each person's name.
"""

from __future__ import annotations

import gzip
from datetime import date, datetime, time, timedelta, timezone

import pytest

from rosc_desktop import clock
from rosc_desktop.services.consents import ConsentInput
from rosc_desktop.sync import exchange
from tests.sync import kit
from tests.sync.sites import HUB, add_person, open_pair

OFFSET = {"UTC-10": -10, "UTC": 0, "UTC+10": 10, "UTC+14": 14}


def moments(zone: str) -> list[datetime]:
    """Ten minutes before and after local midnight and UTC midnight, and local noon, near the real today."""
    offset = timedelta(hours=OFFSET[zone])
    utc_midnight = datetime.combine(datetime.now(timezone.utc).date(), time.min, timezone.utc)
    local_midnight = utc_midnight - offset  # midnight on the zone's clock, as a UTC moment
    ten = timedelta(minutes=10)
    return [local_midnight - ten, local_midnight + ten, utc_midnight - ten, utc_midnight + ten,
            local_midnight + timedelta(hours=12)]


def local_day(zone: str, moment: datetime) -> tuple[date, time]:
    shifted = (moment + timedelta(hours=OFFSET[zone])).replace(tzinfo=None)
    return shifted.date(), shifted.time()


def consent(svc, pid: str, *, effective: date, signed: date, expires: date | None = None):  # type: ignore[no-untyped-def]
    return svc.consents.add(pid, ConsentInput(
        recipient_kind="hub", recipient_name="Region Hub", purpose_code="care_coordination",
        purpose="Care coordination", information_kinds=["all"], effective_on=effective, expires_on=expires,
        expiry_event="" if expires else "end of services", signed_how="paper", signed_on=signed, notice_given=True))


def bundle_text(path, hub) -> str:  # type: ignore[no-untyped-def]
    _, sections = kit.open_bundle(path, hub)
    return "\n".join((gzip.decompress(d) if n.endswith(".gz") else d).decode() for n, d in sections.items())


@pytest.fixture
def sites(tmp_path):  # type: ignore[no-untyped-def]
    yield from open_pair(tmp_path)


def test_revoked_today_expired_yesterday_and_starting_tomorrow_stay_home_in_every_zone(sites, local_zone):
    hub, center, usb = sites
    for n, moment in enumerate(moments(local_zone)):
        today, at = local_day(local_zone, moment)
        tag = f"{n}{local_zone.replace('+', 'p').replace('-', 'm')}"
        with clock.frozen_at(moment):
            assert clock.center_today() == today
            people = {case: add_person(center, f"Qz{tag}{case}").id
                      for case in ("control", "revoked", "expired", "tomorrow", "ends_today")}
            consent(center, people["control"], effective=today - timedelta(days=30), signed=today - timedelta(days=30))
            revoked = consent(center, people["revoked"], effective=today - timedelta(days=30),
                              signed=today - timedelta(days=30))
            center.consents.revoke(revoked.id, on=today)  # "today", as the Consents tab shows it
            consent(center, people["expired"], effective=today - timedelta(days=30), signed=today - timedelta(days=30),
                    expires=today - timedelta(days=1))
            consent(center, people["tomorrow"], effective=today + timedelta(days=1), signed=today)
            consent(center, people["ends_today"], effective=today - timedelta(days=30),
                    signed=today - timedelta(days=30), expires=today)
            text = bundle_text(exchange.export_bundle(center, HUB, usb).path, hub)
        # Within the last hour of the local day, a consent that ends tonight no longer lets a bundle leave.
        expected = {"control": True, "revoked": False, "expired": False, "tomorrow": False,
                    "ends_today": at < time(23, 0)}
        found = {case: f"Qz{tag}{case}" in text for case in people}
        assert found == expected, (local_zone, moment.isoformat())


def test_the_export_asks_the_centers_calendar_not_the_utc_date(sites, set_zone):
    """The defect as found: at UTC+14, ten past midnight local is still yesterday in UTC. A consent revoked
    today must not be current for that export."""
    hub, center, usb = sites
    set_zone("UTC+14")
    moment = datetime(2026, 12, 6, 10, 10, tzinfo=timezone.utc)  # 00:10 on 7 December in Kiritimati
    with clock.frozen_at(moment):
        person = add_person(center, "QzKiritimati")
        given = consent(center, person.id, effective=date(2026, 11, 1), signed=date(2026, 11, 1))
        center.consents.revoke(given.id, on=date(2026, 12, 7))
        assert person.id not in exchange.shareable_kinds(center)
        assert "QzKiritimati" not in bundle_text(exchange.export_bundle(center, HUB, usb).path, hub)


def test_sharing_days_cover_the_next_hour_and_never_the_utc_date(set_zone):
    set_zone("UTC-10")
    evening = datetime(2026, 12, 7, 9, 30, tzinfo=timezone.utc)  # 23:30 on 6 December in Honolulu
    assert clock.sharing_days(evening) == (date(2026, 12, 6), date(2026, 12, 7))
    afternoon = datetime(2026, 12, 7, 1, 0, tzinfo=timezone.utc)  # 15:00 on 6 December; UTC is already the 7th
    assert clock.sharing_days(afternoon) == (date(2026, 12, 6),)
    set_zone("UTC+14")
    assert clock.sharing_days(datetime(2026, 12, 6, 10, 10, tzinfo=timezone.utc)) == (date(2026, 12, 7),)
