"""The Referrals tab driven as a peer specialist would: find a service by typing and pressing Down, say why in
the person's words, move the referral to connected, put it on the network, and save the slip."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from rosc_desktop.enums import ReferralStatus, ServiceStatus
from rosc_desktop.model import DirectoryService
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.operations import wait_for_operations
from rosc_desktop.ui.screens.referrals import NewReferralDialog, ReferralsTab, StatusDialog
from tests.services.test_referrals import make_service
from tests.ui.test_accessibility import _unnamed_controls
from tests.ui.error_boxes import collect_error_boxes

TODAY = date.today()


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Dee Walker"))


@pytest.fixture(autouse=True)
def no_error_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """Errors that would open a message box are collected instead (a box left open would outlive the test);
    one the test did not `expect()` fails it."""
    yield from collect_error_boxes(monkeypatch, "screens.referrals", "form_dialog")


def search_for(services):  # type: ignore[no-untyped-def]
    return lambda text: services.directory.search(text, limit=50)


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert wait_for_operations(30_000)  # a loaded machine can take seconds over a save
    qtbot.wait(1)


def make_tab(qtbot, services, person) -> ReferralsTab:  # type: ignore[no-untyped-def]
    tab = ReferralsTab(services, person.id, search=search_for(services))
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    tab.show()
    return tab


def open_dialog(qtbot, tab: ReferralsTab, button):  # type: ignore[no-untyped-def]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    return tab.dialog


def test_the_whole_referral_flow(qtbot, services, person, tmp_path, monkeypatch, no_error_boxes) -> None:  # type: ignore[no-untyped-def]
    make_service(services, name="Harbor Food Pantry", org_name="Harbor Churches", categories=("food",))
    housing = make_service(services)
    tab = make_tab(qtbot, services, person)
    assert tab.stack.currentWidget() is tab.empty_label
    assert not tab.status_button.isEnabled() and not tab.network_button.isEnabled()

    dialog = open_dialog(qtbot, tab, tab.new_button)
    assert isinstance(dialog, NewReferralDialog)
    assert dialog.results.count() == 2  # before typing, the directory's services are there to browse
    qtbot.keyClicks(dialog.search_edit, "housing")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)  # type, then Down into the results
    assert dialog.focusWidget() is dialog.results and dialog.results.count() == 1
    assert dialog.selected_service_id() == housing
    dialog.reason_edit.setPlainText("I need a place of my own")
    dialog.ask_for_edit.setText("Marisol")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert no_error_boxes == []
    [made] = tab.referrals()
    assert (made.service_id, made.reason, made.ask_for, made.status) == (
        housing, "I need a place of my own", "Marisol", "suggested")
    assert tab.tree.topLevelItem(0).text(3)  # the next follow-up date is shown
    assert tab.cover.text() == "No information-sharing agreement on file."  # not a partner: no consent to ask

    dialog = open_dialog(qtbot, tab, tab.status_button)
    assert isinstance(dialog, StatusDialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ReferralStatus.CONNECTED))
    assert not dialog.follow_check.isChecked()  # connected: nothing left for Today to chase
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().status == "connected")
    assert tab.tree.topLevelItem(0).text(1) == "Connected"
    assert tab.network_button.isEnabled()

    qtbot.mouseClick(tab.network_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: tab.selected().network_member_id is not None)
    assert [m.name for m in services.network.current_members(person.id)] == ["Harbor Housing Help"]
    assert not tab.network_button.isEnabled()  # once only

    chosen: list[str] = []

    def choose(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        chosen.append(suggested)
        return str(tmp_path / Path(suggested).name), ""

    monkeypatch.setattr("rosc_desktop.ui.save_pdf.QFileDialog.getSaveFileName", choose)
    qtbot.mouseClick(tab.slip_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    saved = tmp_path / f"referral-slip-{TODAY.isoformat()}.pdf"
    assert Path(chosen[0]).name == saved.name and "Dee" not in chosen[0] and "Walker" not in chosen[0]
    assert saved.read_bytes().startswith(b"%PDF")
    assert tab.note.isVisible() and saved.name in tab.note.text()
    assert no_error_boxes == []


def test_a_referral_needs_a_service_and_a_reason(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    make_service(services)
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.new_button)
    dialog.results.clearSelection()
    dialog.results.setCurrentItem(None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("service_id")
    dialog.results.setCurrentRow(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.field_error("reason")))
    assert dialog.isVisible() and tab.referrals() == []


def test_declining_asks_why_and_a_gone_service_is_marked(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    service_id = make_service(services)
    made = services.referrals.refer(person.id, service_id, "housing")
    with services.store.write() as session:
        row = session.get(DirectoryService, service_id)
        row.status = ServiceStatus.DEFUNCT
        session.add(row)
    tab = make_tab(qtbot, services, person)
    assert "no longer in the directory" in tab.tree.topLevelItem(0).text(0)
    dialog = open_dialog(qtbot, tab, tab.status_button)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ReferralStatus.DECLINED))
    assert dialog.closed_edit.isVisibleTo(dialog) and not dialog.appointment_edit.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.field_error("closed_reason")))
    dialog.closed_edit.setPlainText("Found a place through family")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: services.referrals.get(made.id).is_closed)
    qtbot.waitUntil(lambda: not tab.status_button.isEnabled())


def test_referral_screens_name_every_control(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    service_id = make_service(services)
    made = services.referrals.refer(person.id, service_id, "housing")
    tab = make_tab(qtbot, services, person)
    assert _unnamed_controls(tab) == []
    dialog = NewReferralDialog(services, person.id, tab, search=search_for(services))
    qtbot.addWidget(dialog)
    dialog.show()
    assert _unnamed_controls(dialog) == []
    dialog.reject()
    status = StatusDialog(services, services.referrals.get(made.id), tab)
    qtbot.addWidget(status)
    status.show()
    for index in range(status.status_combo.count()):
        status.status_combo.setCurrentIndex(index)
        assert _unnamed_controls(status) == []
    status.reject()


def test_today_labels_a_referral_follow_up_with_the_service(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.screens.today import TodayScreen

    service_id = make_service(services)
    services.referrals.refer(person.id, service_id, "housing")
    screen = TodayScreen(services, today=TODAY + timedelta(days=7))
    qtbot.addWidget(screen)
    screen.show()
    item = screen.follow_ups.tree.topLevelItem(0)
    assert item.text(0) == "Dee Walker"
    assert item.text(3) == "Referral follow-up: Harbor Housing Help"


def test_the_cover_line_names_the_partner_agreement(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.directory import PartnerInput

    service_id = make_service(services)
    services.referrals.refer(person.id, service_id, "housing")
    with services.store.read() as session:
        org_id = session.get(DirectoryService, service_id).organization_id
    services.directory.save_partner(PartnerInput(
        name="Harbor Housing Coalition", organization_id=org_id, agreement_on_file=True,
        agreement_start=date(2026, 1, 1), agreement_end=TODAY + timedelta(days=200)))
    tab = make_tab(qtbot, services, person)
    assert tab.cover.text().startswith("Partner agency: agreement on file until ")
    assert "no current consent covers sharing" in tab.cover.text()


def test_refer_with_no_service_chosen_says_so_beside_the_list(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    make_service(services)
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.new_button)
    assert dialog.selected_service_id() is None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Focus goes to the list, and focus alone makes its first row current (not chosen): the message must stay.
    qtbot.waitUntil(lambda: dialog.results.currentItem() is not None)
    assert dialog.field_error("service_id") == "Choose a service from the list (type to find it)."
    assert dialog.isVisible() and tab.referrals() == []
    dialog.results.setCurrentRow(0)  # choosing one clears it
    assert dialog.field_error("service_id") == ""


def test_refer_with_an_empty_directory_says_where_services_come_from(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.new_button)
    assert dialog.results.count() == 0
    assert "no services yet" in dialog.results_note.text() and dialog.results_note.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.field_error("service_id")))
    message = dialog.field_error("service_id")
    assert message.startswith("The directory has no services yet.")
    assert "Directory tab" in message and "Add local entry…" in message and "Import…" in message
    assert not dialog.results_note.isVisible()  # said once, as the error
    assert dialog.isVisible() and tab.referrals() == []
