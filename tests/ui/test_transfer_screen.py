"""The transfer dialogs: asking for a move from the workspace, reading the notice and accepting it at the other end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit

from rosc_desktop.services.consents import ConsentInput
from rosc_desktop.sync import exchange, transfer
from rosc_desktop.ui.screens.transfer import ReceiveTransferDialog, TransferDialog, TransfersPanel
from tests.sync.sites import add_person, carry, open_region


@pytest.fixture
def region(tmp_path: Path):  # type: ignore[no-untyped-def]
    for hub, a, b, usb in open_region(tmp_path):
        carry(hub, a, usb)  # the hub tells the center which centers exist
        yield hub, a, b, usb


def test_dialog_offers_the_hubs_centers_and_explains_a_missing_consent(qtbot, region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    person = add_person(a, "Rosa Moving")
    dialog = TransferDialog(a, person.id)
    qtbot.addWidget(dialog)
    assert dialog.site_combo.count() == 1 and dialog.site_combo.itemData(0) == "BBB-2"
    assert "Riverside Commons" in dialog.site_combo.itemText(0)
    dialog.send_button.click()
    assert not dialog.error_label.isHidden()
    assert "consent" in dialog.error_label.text()
    assert transfer.transfers(a) == []

    a.consents.add(person.id, ConsentInput(
        recipient_kind="person", recipient_name="Riverside Commons", purpose_code="care_coordination",
        information_kinds=["all"], effective_on=date.today(), expiry_event="end of the move",
        signed_on=date.today(), notice_given=True))
    dialog.send_button.click()
    assert [t.status for t in transfer.transfers(a, "out")] == ["pending"]


def test_receiving_center_reads_the_notice_then_accepts(qtbot, region, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    person = add_person(a, "Rosa Moving")
    a.consents.add(person.id, ConsentInput(
        recipient_kind="person", recipient_name="Riverside Commons", purpose_code="care_coordination",
        information_kinds=["all"], effective_on=date.today(), expiry_event="end of the move",
        signed_on=date.today(), notice_given=True))
    transfer.request_transfer(a, person.id, "BBB-2")
    carry(a, hub, usb)
    carry(hub, b, usb)

    panel = TransfersPanel(b)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 1
    assert not panel.open_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.open_button.isEnabled()

    shown: list[str] = []

    def read_and_accept(dialog: ReceiveTransferDialog) -> int:
        shown.append(dialog.findChild(QPlainTextEdit).toPlainText())
        return ReceiveTransferDialog.ACCEPT

    monkeypatch.setattr(ReceiveTransferDialog, "exec", read_and_accept)
    monkeypatch.setattr("rosc_desktop.ui.screens.transfer.QMessageBox.information", lambda *a, **k: None)
    with qtbot.waitSignal(panel.changed, timeout=10_000):  # accepted off the GUI thread
        panel.open_selected()
    assert "42 CFR part 2" in shown[0]
    assert transfer.transfers(b, "in")[0].status == "accepted"
    assert panel.table.item(0, 3).text() == "Accepted"
    found = b.participants.search("Rosa")
    assert len(found.ids) == 1 and b.participants.open(found.ids[0]).preferred_name == "Rosa Moving"


def test_notice_dialog_has_accept_and_decline(qtbot, region) -> None:  # type: ignore[no-untyped-def]
    view = transfer.TransferView("t1", "in", "AAA-1", "BBB-2", "waiting", exchange.utc_now(), exchange.utc_now(),
                                 "", "", 4, "This record which has been disclosed to you is protected")
    dialog = ReceiveTransferDialog(view)
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()]
    assert "&Accept the record" in texts and "&Decline" in texts
    assert any("AAA-1" in label.text() for label in dialog.findChildren(QLabel))


def test_without_the_hubs_list_the_dialog_says_what_to_do(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for hub, a, b, usb in open_region(tmp_path / "alone"):
        person = add_person(a, "Rosa Moving")
        dialog = TransferDialog(a, person.id)
        qtbot.addWidget(dialog)
        assert dialog.site_combo.count() == 0 and not dialog.send_button.isEnabled()
        assert not dialog.no_sites.isHidden() and "hub" in dialog.no_sites.text()


def _consent(a, pid: str):  # type: ignore[no-untyped-def]
    return a.consents.add(pid, ConsentInput(
        recipient_kind="person", recipient_name="Riverside Commons", purpose_code="care_coordination",
        information_kinds=["all"], effective_on=date.today(), expiry_event="end of the move",
        signed_on=date.today(), notice_given=True))


def test_a_held_back_transfer_says_why_and_can_be_cancelled(qtbot, region, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    hub, a, b, usb = region
    person = add_person(a, "Lee Staying")
    consent = _consent(a, person.id)
    transfer.request_transfer(a, person.id, "BBB-2")
    a.consents.revoke(consent.id, date.today())

    panel = TransfersPanel(a)
    qtbot.addWidget(panel)
    assert [panel.table.item(0, c).text() for c in (2, 3)] == ["Lee Staying", "Held back"]
    panel.table.selectRow(0)
    assert not panel.reason_label.isHidden() and "revoked" in panel.reason_label.text()
    assert panel.cancel_button.isEnabled() and not panel.open_button.isEnabled()

    monkeypatch.setattr("rosc_desktop.ui.screens.transfer.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.changed):
        panel.cancel_selected()
    assert transfer.transfers(a, "out")[0].status == "cancelled"
    assert panel.table.item(0, 3).text() == "Cancelled"
    panel.table.selectRow(0)
    assert not panel.cancel_button.isEnabled()


def test_declining_asks_why_and_the_sender_reads_it(qtbot, region, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    person = add_person(a, "Rue Declined")
    _consent(a, person.id)
    transfer.request_transfer(a, person.id, "BBB-2")
    carry(a, hub, usb)
    carry(hub, b, usb)

    panel = TransfersPanel(b)
    qtbot.addWidget(panel)
    panel.table.selectRow(0)

    def decline_as_registered(dialog: ReceiveTransferDialog) -> int:
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("already_registered"))
        return ReceiveTransferDialog.DECLINE

    monkeypatch.setattr(ReceiveTransferDialog, "exec", decline_as_registered)
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.open_selected()
    carry(b, hub, usb)
    carry(hub, a, usb)
    sender = TransfersPanel(a)
    qtbot.addWidget(sender)
    sender.table.selectRow(0)
    assert sender.table.item(0, 3).text() == "Declined"
    assert "already registered" in sender.reason_label.text()
