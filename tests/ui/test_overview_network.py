"""The Overview's support-network section: the figures at intake (or the first map) and now."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.model import Participant
from rosc_desktop.services.network import MemberInput, TieInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.operations import change_bus
from rosc_desktop.ui.days import format_day
from rosc_desktop.ui.screens.overview import OverviewTab

DAY = timedelta(days=1)


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    view = services.participants.register(ParticipantInput("Dee Walker"))
    with services.store.write() as session:  # registered (and so taken in) 60 days ago
        row = session.get(Participant, view.id)
        row.created_at = datetime.now(timezone.utc) - timedelta(days=60)
        session.add(row)
    return view


def add(services, person, name, domain, on, nature="supportive"):  # type: ignore[no-untyped-def]
    return services.network.add_member(person.id, MemberInput(name, domain=domain), TieInput(nature=nature), on=on)


def make_tab(qtbot, services, person) -> OverviewTab:  # type: ignore[no-untyped-def]
    tab = OverviewTab(services, person.id)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_overview_shows_the_network_before_and_after(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    intake_day = date.today() - 60 * DAY
    add(services, person, "Rosa", "family", intake_day)
    add(services, person, "Dr. Kim", "clinical", intake_day)
    add(services, person, "Marcus", "friends", intake_day, nature="stressful")
    add(services, person, "Sam", "peer_recovery", date.today() - 10 * DAY)
    add(services, person, "SMART group", "mutual_aid", date.today() - 5 * DAY)
    add(services, person, "Pastor Lee", "faith", date.today())
    tab = make_tab(qtbot, services, person)
    assert tab.network_since.text() == f"Since intake on {format_day(intake_day)}"
    figures = tab.network_figures.text()
    # Marcus is on the map but not a support: the figure says why it leaves him out.
    assert "Supports: 2 → 5 (+3); not counted now: 1 with a stressful tie\n" in figures
    assert "Areas of life: 2 → 5" in figures
    assert "Supportive ties: 67% → 83%" in figures
    assert "Community and peer to clinical: 1 : 1 → 4 : 1" in figures
    assert "Supports: 2 → 5 (+3); not counted now: 1 with a stressful tie." in tab.network_figures.accessibleDescription()
    assert str(intake_day.year) in tab.network_since.text()


def test_first_map_stands_in_when_nothing_was_drawn_at_intake_and_follows_changes(
        qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, person)
    assert tab.network_since.text() == "No support network drawn yet."
    assert not tab.network_figures.isVisible()
    first = date.today() - 20 * DAY
    add(services, person, "Rosa", "family", first)
    change_bus.changed.emit(Changes.of(Kind.NETWORK, participant_id=person.id))
    assert tab.network_since.text() == f"Since the first map on {format_day(first)}"
    assert tab.network_figures.isVisible()
    assert "Supports: 1 → 1\n" in tab.network_figures.text()
    add(services, person, "Sam", "peer_recovery", date.today())
    change_bus.changed.emit(Changes.of(Kind.NETWORK, participant_id="someone-else"))
    assert "Supports: 1 → 1\n" in tab.network_figures.text()  # another person's change: no reload
    change_bus.changed.emit(Changes.of(Kind.NETWORK, participant_id=person.id))
    assert "Supports: 1 → 2 (+1)\n" in tab.network_figures.text()  # everyone counted: no reason to give


def test_the_participant_id_is_shown_and_copied_for_the_command_line(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    tab = make_tab(qtbot, services, person)
    assert tab.id_label.text() == person.id
    QApplication.clipboard().clear()
    tab.copy_id_button.click()
    assert QApplication.clipboard().text() == person.id


def test_members_left_out_of_supports_are_counted_in_words(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    on = date.today() - 30 * DAY
    for n in range(13):
        add(services, person, f"Member {n}", "friends", on, nature="stressful" if n in (3, 7) else "supportive")
    tab = make_tab(qtbot, services, person)
    assert "Supports: 11 → 11; not counted now: 2 with a stressful tie\n" in tab.network_figures.text()
