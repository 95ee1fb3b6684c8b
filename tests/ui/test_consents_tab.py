"""The Consents tab driven as a peer specialist would: record a signed consent with a partner agency, see its
status at a glance, revoke it, print the pre-filled form (never named after the person), and find every
control named for a screen reader."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from rosc_desktop.services.consents import RecipientRef
from rosc_desktop.services.directory import PartnerInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.operations import wait_for_operations
from rosc_desktop.ui.screens.consents import ConsentDialog, ConsentsTab, RevokeDialog
from tests.services.test_consents import consent_input
from tests.ui.test_accessibility import _unnamed_controls
from tests.ui.error_boxes import collect_error_boxes

TODAY = date.today()


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Dee Walker"))


@pytest.fixture
def partner_id(services) -> str:  # type: ignore[no-untyped-def]
    return services.directory.save_partner(PartnerInput("Harbor Housing Coalition")).id


@pytest.fixture(autouse=True)
def no_error_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """Errors that would open a message box are collected instead (a box left open would outlive the test);
    one the test did not `expect()` fails it."""
    yield from collect_error_boxes(monkeypatch, "screens.consents", "form_dialog", raising=False)


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert wait_for_operations(5000)
    qtbot.wait(1)


def make_tab(qtbot, services, person) -> ConsentsTab:  # type: ignore[no-untyped-def]
    tab = ConsentsTab(services, person.id)
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    tab.show()
    return tab


def open_dialog(qtbot, tab: ConsentsTab, button):  # type: ignore[no-untyped-def]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    return tab.dialog


def fill_partner_consent(dialog: ConsentDialog, partner_id: str) -> None:
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findData(partner_id))
    dialog.purpose_edit.setPlainText("To find stable housing together")
    dialog.kind_checks["contact"].setChecked(True)
    dialog.kind_checks["goals"].setChecked(True)
    dialog.expires_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(20))
    dialog.witness_edit.setText("Marisol Ortega")
    dialog.notice_check.setChecked(True)


def test_add_a_consent_see_its_status_and_revoke_it(qtbot, services, person, partner_id,  # type: ignore[no-untyped-def]
                                                    no_error_boxes) -> None:
    tab = make_tab(qtbot, services, person)
    assert tab.stack.currentWidget() is tab.empty_label and not tab.revoke_button.isEnabled()

    dialog = open_dialog(qtbot, tab, tab.add_button)
    assert isinstance(dialog, ConsentDialog)
    fill_partner_consent(dialog, partner_id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert no_error_boxes == []
    [made] = tab.consents()
    assert made.recipient_partner_id == partner_id and made.information_kinds == ("contact", "goals")
    assert made.witness == "Marisol Ortega" and made.notice_given
    # Ends in 20 days: the list says so at a glance.
    row = [tab.tree.topLevelItem(0).text(c) for c in range(5)]
    assert row[0] == "Harbor Housing Coalition" and row[3] == "Expiring soon"
    assert services.consents.may_share(person.id, RecipientRef("partner", partner_id), "care_coordination",
                                       {"contact"}).allowed

    dialog = open_dialog(qtbot, tab, tab.revoke_button)
    assert isinstance(dialog, RevokeDialog)
    dialog.note_edit.setPlainText("Asked in writing")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert tab.tree.topLevelItem(0).text(3) == "Revoked"
    assert not tab.revoke_button.isEnabled()
    assert not services.consents.may_share(person.id, RecipientRef("partner", partner_id), "care_coordination",
                                           {"contact"}).allowed


def test_missing_elements_are_shown_beside_their_fields(qtbot, services, person, partner_id) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.add_button)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no partner chosen
    settle(qtbot)
    assert dialog.field_error("recipient_partner_id")
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findData(partner_id))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no information chosen
    settle(qtbot)
    assert dialog.field_error("information_kinds") and dialog.isVisible()
    dialog.kind_checks["all"].setChecked(True)
    assert not dialog.kind_checks["contact"].isEnabled()  # "all" covers every kind
    dialog.expires_check.setChecked(False)  # neither an end date nor an event
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.field_error("expires_on") and services.consents.for_person(person.id) == []


def test_a_named_person_and_the_authorised_signer(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.add_button)
    assert not dialog.name_edit.isVisibleTo(dialog)  # a partner by default
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("person"))
    assert dialog.name_edit.isVisibleTo(dialog) and not dialog.partner_combo.isVisibleTo(dialog)
    dialog.name_edit.setText("Ana Ruiz")
    dialog.kind_checks["checkins"].setChecked(True)
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("at_patient_request"))
    dialog.expires_check.setChecked(False)
    dialog.event_edit.setText("end of treatment")
    dialog.signed_how_combo.setCurrentIndex(dialog.signed_how_combo.findData("authorised_person"))
    assert dialog.signed_by_edit.isVisibleTo(dialog)
    dialog.signed_by_edit.setText("Lee Walker, guardian")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: tab.dialog is None)
    [made] = tab.consents()
    assert (made.recipient_kind, made.recipient_name, made.expires_on, made.expiry_event, made.signed_by_name) == (
        "person", "Ana Ruiz", None, "end of treatment", "Lee Walker, guardian")
    assert tab.tree.topLevelItem(0).text(4) == "end of treatment" and tab.tree.topLevelItem(0).text(3) == "Active"


def test_print_the_form_without_the_persons_name_in_the_file_name(qtbot, services, person, partner_id,  # type: ignore[no-untyped-def]
                                                                   tmp_path, monkeypatch, no_error_boxes) -> None:
    tab = make_tab(qtbot, services, person)
    chosen: list[str] = []

    def choose(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        chosen.append(suggested)
        return str(tmp_path / Path(suggested).name), ""

    monkeypatch.setattr("rosc_desktop.ui.save_pdf.QFileDialog.getSaveFileName", choose)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)  # no consent yet: a form to fill in
    settle(qtbot)
    saved = tmp_path / f"consent-form-{TODAY.isoformat()}.pdf"
    assert Path(chosen[0]).name == saved.name and "Dee" not in chosen[0] and "Walker" not in chosen[0]
    assert saved.read_bytes().startswith(b"%PDF")
    assert tab.note.isVisible() and saved.name in tab.note.text()
    assert no_error_boxes == []


def test_every_control_has_a_name(qtbot, services, person, partner_id) -> None:  # type: ignore[no-untyped-def]
    services.consents.add(person.id, consent_input(partner_id, effective_on=TODAY - timedelta(days=1),
                                                   signed_on=TODAY - timedelta(days=1)))
    tab = make_tab(qtbot, services, person)
    assert _unnamed_controls(tab) == []
    dialog = open_dialog(qtbot, tab, tab.add_button)
    assert _unnamed_controls(dialog) == []
    dialog.signed_how_combo.setCurrentIndex(dialog.signed_how_combo.findData("authorised_person"))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("person"))
    assert _unnamed_controls(dialog) == []
    dialog.discard()
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert _unnamed_controls(open_dialog(qtbot, tab, tab.revoke_button)) == []


def test_every_problem_is_shown_at_once(qtbot, services, person, partner_id) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.add_button)
    dialog.expires_check.setChecked(False)  # no partner, no information, neither an end date nor an event
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.field_error("recipient_partner_id") == "Choose the partner agency that receives the information."
    assert dialog.field_error("information_kinds") == "This field is required."
    assert dialog.field_error("expires_on")
    assert dialog.focusWidget() is dialog.partner_combo  # the first problem, where correcting starts
    assert dialog.isVisible() and services.consents.for_person(person.id) == []


def test_the_form_says_where_partners_are_added(qtbot, services, person, partner_id) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.add_button)
    assert dialog.partner_hint.isVisible()
    assert dialog.partner_hint.text() == "To add a partner agency, use Partners… on the Directory tab."
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("hub"))
    assert not dialog.partner_hint.isVisible()  # with its row


def test_with_no_partners_yet_the_form_says_so_plainly(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.add_button)
    assert dialog.partner_combo.count() == 0 and dialog.partner_combo.placeholderText() == "No partner agencies yet"
    assert dialog.partner_hint.isVisible() and dialog.partner_hint.text().startswith("No partner agencies yet.")
    assert "Partners… on the Directory tab" in dialog.partner_hint.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.field_error("recipient_partner_id") == "There are no partner agencies to choose from yet."
    assert dialog.field_error("information_kinds")
