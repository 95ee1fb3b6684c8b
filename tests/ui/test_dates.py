"""One date format, the locale's: the short date with a four-digit year (and the short time for moments), the same
in every list, under English (US) and Spanish; a screen's dates follow it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale

from rosc_desktop import i18n
from rosc_desktop.clock import center_today
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.days import day_pattern, format_day, format_moment, format_time
from rosc_desktop.ui.screens.referrals import ReferralsTab
from rosc_desktop.ui.screens.staff import StaffDialog
from tests.services.test_referrals import make_service

DAY = date(2026, 12, 6)  # 6 December: day and month differ, so their order shows
MOMENT = datetime(2026, 12, 6, 14, 32, tzinfo=timezone.utc)


def us_day(day: date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def spanish_day(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def us_time(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{(local.hour - 1) % 12 + 1}:{local.minute:02d}\u202f{'PM' if local.hour >= 12 else 'AM'}"


def spanish_time(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.hour}:{local.minute:02d}"


@pytest.fixture
def restore_locale(qapp):  # type: ignore[no-untyped-def]
    before = QLocale()
    yield
    i18n.install("en")
    QLocale.setDefault(before)


@pytest.fixture
def us_english(restore_locale):  # type: ignore[no-untyped-def]
    i18n.install("en")
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def spanish(restore_locale):  # type: ignore[no-untyped-def]
    assert i18n.install("es") == "es"
    QLocale.setDefault(QLocale("es_ES"))  # Spain's order, whatever this machine's country


@pytest.mark.parametrize(("locale", "expected"), [
    ("en_US", "12/6/2026"),  # M/d/yy in the locale: widened to the full year
    ("es_ES", "6/12/2026"),
    ("de_DE", "06.12.2026"),
    ("en_GB", "06/12/2026"),  # already four digits: unchanged
    ("zh_CN", "2026/12/6"),
    ("ko_KR", "2026. 12. 6."),
])
def test_a_day_is_written_in_the_locales_order_with_the_whole_year(restore_locale, locale, expected) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(locale))
    assert format_day(DAY) == expected
    assert "yyyy" in day_pattern() and "yyyyy" not in day_pattern()


def test_english_moments_and_times(us_english) -> None:  # type: ignore[no-untyped-def]
    assert format_day(DAY) == "12/6/2026"
    assert format_moment(MOMENT) == f"{us_day(MOMENT.astimezone().date())} {us_time(MOMENT)}"
    assert format_time(MOMENT) == us_time(MOMENT)
    # A stored moment that lost its zone on the way is still UTC, not this computer's time.
    assert format_moment(MOMENT.replace(tzinfo=None)) == format_moment(MOMENT)


def test_spanish_moments_and_times(spanish) -> None:  # type: ignore[no-untyped-def]
    assert format_day(DAY) == "6/12/2026"
    assert format_moment(MOMENT) == f"{spanish_day(MOMENT.astimezone().date())} {spanish_time(MOMENT)}"


@pytest.mark.parametrize(("language", "written"), [("us_english", us_day), ("spanish", spanish_day)])
def test_the_referrals_list_shows_its_dates_that_way(qtbot, services, request, language, written) -> None:  # type: ignore[no-untyped-def]
    request.getfixturevalue(language)
    person = services.participants.register(ParticipantInput("Dee Walker"))
    service_id = make_service(services)
    follow_up = center_today() + timedelta(days=10)
    made = services.referrals.refer(person.id, service_id, "housing", follow_up_on=follow_up)
    tab = ReferralsTab(services, person.id, search=lambda text: [])
    qtbot.addWidget(tab)
    row = tab.tree.topLevelItem(0)
    assert row.text(2) == written(made.status_on)  # Since
    assert row.text(3) == written(follow_up)  # Next follow-up


@pytest.mark.parametrize(("language", "written", "clock"), [("us_english", us_day, us_time),
                                                             ("spanish", spanish_day, spanish_time)])
def test_the_staff_list_shows_the_last_sign_in_that_way(qtbot, services, request, monkeypatch, language, written,  # type: ignore[no-untyped-def]
                                                         clock) -> None:
    request.getfixturevalue(language)
    members = services.staff.members
    monkeypatch.setattr(services.staff, "members", lambda: [replace(m, last_sign_in_at=MOMENT) for m in members()])
    staff = StaffDialog(services)
    qtbot.addWidget(staff)
    assert staff.table.item(0, 5).text() == f"{written(MOMENT.astimezone().date())} {clock(MOMENT)}"
