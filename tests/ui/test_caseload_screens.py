"""Caseloads on screen: choosing a person's primary peer specialist on the Overview, "My people" on Today, and
the list's "My caseload only"."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.session import sign_in
from rosc_desktop.ui.operations import change_bus
from rosc_desktop.ui.screens.overview import OverviewTab
from rosc_desktop.ui.screens.participant_list import ParticipantListScreen
from rosc_desktop.ui.screens.today import TodayScreen

TEMP = "Ocean-Lantern-42"


def test_a_coordinator_picks_the_primary_peer_specialist_seeing_caseload_sizes(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lee = services.staff.add("lee", "Lee Park", "peer_specialist", TEMP, temporary=False)
    other = services.participants.register(ParticipantInput("Already Lees"))
    services.caseload.assign(other.id, lee.id)
    person = services.participants.register(ParticipantInput("Dee Walker"))
    tab = OverviewTab(services, person.id)
    qtbot.addWidget(tab)
    assert tab.primary_label.text() == "Nobody yet" and tab.primary_button.isVisibleTo(tab)
    offered: list[list[str]] = []

    def pick_lee(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return next(i for i in items if i.startswith("Lee Park")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick_lee))
    with qtbot.waitSignal(change_bus.changed, timeout=10_000):
        tab.choose_primary()
    assert offered[0] == ["Nobody", "Ana Ruiz (0 people)", "Lee Park (1 person)"]
    qtbot.waitUntil(lambda: tab.primary_label.text() == "Lee Park", timeout=10_000)
    assert services.caseload.primary(person.id).display_name == "Lee Park"


def test_my_people_on_today_and_the_lists_caseload_filter(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    lee = services.staff.add("lee", "Lee Park", "peer_specialist", TEMP, temporary=False)
    mine = services.participants.register(ParticipantInput("Mo Mine"))
    services.participants.register(ParticipantInput("Nat Notmine"))
    services.caseload.assign(mine.id, lee.id)
    as_lee = sign_in(paths, "lee", TEMP)
    try:
        today = TodayScreen(as_lee)
        qtbot.addWidget(today)
        today.refresh()
        assert today.mine.row_count() == 1
        assert [today.mine.tree.topLevelItem(0).text(c) for c in (0, 1)] == ["Mo Mine", "no contact yet"]

        listing = ParticipantListScreen(as_lee)
        qtbot.addWidget(listing)
        assert listing.model.rowCount() == 2
        listing.mine_check.setChecked(True)
        assert listing.model.rowCount() == 1 and listing.model.participant_id(0) == mine.id
    finally:
        as_lee.close()
