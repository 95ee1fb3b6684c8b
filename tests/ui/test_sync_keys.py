"""The keys panel of the Sync screen, shown on its own: this site's fingerprint and QR code, enrolling the hub's
card only after a matching read-back, asking before an enrolled site is replaced, a key change from start to
finish, and nothing at all for a role that may not manage sync."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from rosc_desktop.documents.trust_card import QR_BORDER, qr_matrix
from rosc_desktop.paths import AppPaths
from rosc_desktop.sync import keys
from rosc_desktop.ui.messages import message_for
from rosc_desktop.ui.screens.enrol_site import EnrolSiteDialog
from rosc_desktop.ui.screens.sync_keys import SyncKeysPanel
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_accessibility import _unnamed_controls


def _hub_at(folder: Path):  # type: ignore[no-untyped-def]
    from rosc_desktop.services.session import create_center
    from rosc_desktop.sync.hub import set_hub_mode

    svc, _ = create_center(AppPaths(folder).ensure(), center_name="County Hub", site_code="HUB-1",
                           admin_username="hana", admin_display_name="Hana Ito", password=ADMIN_PASSWORD)
    set_hub_mode(svc, True)
    return svc


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    svc = _hub_at(tmp_path / "hub")
    yield svc
    svc.close()


def _panel(qtbot, services) -> SyncKeysPanel:  # type: ignore[no-untyped-def]
    panel = SyncKeysPanel(services)
    qtbot.addWidget(panel)
    panel.resize(900, 640)
    panel.show()
    return panel


def _closed(widget) -> bool:  # type: ignore[no-untyped-def]
    return not shiboken6.isValid(widget) or not widget.isVisible()


def _enrol_dialog(panel: SyncKeysPanel, card_text: str) -> EnrolSiteDialog:
    dialog = panel.open_enrol_dialog()
    assert dialog is not None and dialog.isVisible()
    dialog.card_edit.setPlainText(card_text)
    return dialog


def _answer(box: QMessageBox | None, label: str) -> None:
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
    button.click()


def test_the_panel_shows_this_sites_fingerprint_and_the_qr_code_of_its_card(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, services)
    card = keys.trust_card(services)
    assert panel.name_label.text() == "Harbor Light"
    assert "HL-01" in panel.code_label.text()
    assert panel.fingerprint_label.text().split() == card.fingerprint.split()
    assert panel.fingerprint_label.text().count("\n") == 1  # two rows of four groups, as on the printed card
    assert panel.peers_empty.isVisible() and not panel.not_allowed_note.isVisible()
    assert not panel.finish_button.isVisible()

    # The QR shown is the card text's symbol: every module's centre is dark exactly where segno's is.
    image = panel.qr_label.pixmap().toImage()
    matrix = qr_matrix(card.card_text)
    module = image.width() // (len(matrix) + 2 * QR_BORDER)
    shown = [[image.pixelColor((x + QR_BORDER) * module + module // 2,
                               (y + QR_BORDER) * module + module // 2).lightness() < 128
              for x in range(len(matrix))] for y in range(len(matrix))]
    assert shown == matrix

    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == card.card_text
    assert "clipboard" in panel.status.text()
    assert _unnamed_controls(panel) == []


def test_enrolling_the_hub_needs_the_fingerprint_it_reads_aloud(qtbot, services, hub) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, services)
    hub_card = keys.trust_card(hub)
    dialog = _enrol_dialog(panel, hub_card.card_text)
    assert "HUB-1" in dialog.card_summary.text() and "County Hub" in dialog.card_summary.text()
    # The card's own fingerprint is never shown in the dialog: it must come from the phone call.
    assert hub_card.fingerprint not in dialog.card_summary.text()
    assert dialog.role_combo.currentData() == "hub"  # a center expects its hub
    assert _unnamed_controls(dialog) == []

    groups = hub_card.fingerprint.split()
    misheard = " ".join(groups[:7] + ["AAAA" if groups[7] != "AAAA" else "BBBB"])
    dialog.fingerprint_edit.setText(misheard)
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=5_000)
    assert dialog.error_text() == message_for("fingerprint_mismatch", {})
    assert dialog.isVisible() and dialog.fingerprint_edit.hasFocus()
    assert keys.peers(services) == [] and panel.row_texts() == []

    dialog.fingerprint_edit.setText(hub_card.fingerprint.lower().replace(" ", "-"))  # as someone types it
    assert dialog.error_text() == ""
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5_000)
    qtbot.waitUntil(lambda: len(panel.row_texts()) == 1, timeout=2_000)
    code, name, role, fingerprint, enrolled_on, verified_by, rotation = panel.row_texts()[0]
    assert (code, name, role, fingerprint) == ("HUB-1", "County Hub", "Hub", hub_card.fingerprint)
    assert enrolled_on and verified_by == "ana, read back by phone" and rotation == ""
    assert panel.current_peer_code() == "HUB-1"
    assert not panel.peers_empty.isVisible()


def test_a_card_of_the_wrong_kind_of_site_is_refused_in_words(qtbot, services, hub) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, services)
    hub_card = keys.trust_card(hub)
    dialog = _enrol_dialog(panel, hub_card.card_text)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("center"))
    dialog.fingerprint_edit.setText(hub_card.fingerprint)
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=5_000)
    assert dialog.error_text() == message_for("peer_role_mismatch", {})
    assert keys.peers(services) == []


def test_text_that_is_not_a_card_cannot_be_enrolled(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    dialog = _enrol_dialog(_panel(qtbot, services), "hello, this is the hub")
    assert not dialog.enrol_button.isEnabled()
    assert dialog.card_summary.text() == message_for("card_malformed", {})
    dialog.card_edit.setPlainText(keys.trust_card(services).card_text.replace("HL-01", "HL 01"))
    assert not dialog.enrol_button.isEnabled()


def test_a_card_is_loaded_from_a_text_file(qtbot, services, hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hub_card = keys.trust_card(hub)
    file = tmp_path / "hub card.txt"
    file.write_text(f"Trust card of the County Hub\n\n  {hub_card.card_text}  \nCall us to check it.\n")
    dialog = _enrol_dialog(_panel(qtbot, services), "")
    dialog.load_file(str(file))
    assert dialog.card_edit.toPlainText() == hub_card.card_text
    assert dialog.enrol_button.isEnabled() and "HUB-1" in dialog.card_summary.text()
    dialog.load_file(str(tmp_path / "missing.txt"))
    assert dialog.error_text() != ""


def test_replacing_an_enrolled_site_asks_first(qtbot, services, hub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old_card = keys.trust_card(hub)
    keys.enrol(services, old_card.card_text, old_card.fingerprint, "hub")
    # The hub's machine was replaced: same site code, new keys.
    new_hub = _hub_at(tmp_path / "new-hub")
    try:
        new_card = keys.trust_card(new_hub)
    finally:
        new_hub.close()
    assert new_card.fingerprint != old_card.fingerprint
    panel = _panel(qtbot, services)
    dialog = _enrol_dialog(panel, new_card.card_text)
    assert "already enrolled" in dialog.card_summary.text()
    dialog.fingerprint_edit.setText(new_card.fingerprint)

    dialog.enrol_button.click()
    _answer(dialog.question, "Cancel")
    assert keys.peer(services, "HUB-1").fingerprint == old_card.fingerprint
    assert dialog.isVisible()

    dialog.enrol_button.click()
    assert dialog.question is not None and "HUB-1" in dialog.question.text()
    _answer(dialog.question, "Replace")
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5_000)
    assert keys.peer(services, "HUB-1").fingerprint == new_card.fingerprint
    qtbot.waitUntil(lambda: panel.row_texts()[0][3] == new_card.fingerprint, timeout=2_000)


def test_a_key_change_shows_the_next_key_then_finishing_makes_it_current(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, services)
    first = keys.trust_card(services)

    _answer(panel.rotate_keys(), "Cancel")
    assert len(keys.identities(services)) == 1

    panel.rotate_button.click()
    _answer(panel.question, "Start key change")
    qtbot.waitUntil(lambda: panel.finish_button.isVisible(), timeout=5_000)
    upcoming = next(i for i in keys.identities(services) if i.status == "next")
    assert upcoming.fingerprint in panel.rotation_label.text()
    assert panel.fingerprint_label.text().split() == first.fingerprint.split()  # the current key until finished
    assert not panel.rotate_button.isEnabled()
    assert panel.card is not None and len(panel.card.age_recipients) == 2  # the card now carries both

    panel.finish_button.click()
    _answer(panel.question, "Finish key change")
    qtbot.waitUntil(lambda: not panel.finish_button.isVisible(), timeout=5_000)
    assert panel.fingerprint_label.text().split() == upcoming.fingerprint.split()
    assert keys.trust_card(services).fingerprint == upcoming.fingerprint
    assert panel.rotate_button.isEnabled() and not panel.rotation_label.isVisible()


def test_the_trust_card_is_saved_as_a_pdf(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, services)
    panel.save_card(str(tmp_path / "for the hub"))
    target = tmp_path / "for the hub.pdf"
    qtbot.waitUntil(lambda: "for the hub.pdf" in panel.status.text(), timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("role", ["coordinator", "peer_specialist"])
def test_other_roles_see_no_keys_and_cannot_enrol(qtbot, services, staff_services, role) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, staff_services(role))
    assert panel.not_allowed_note.isVisible()
    assert not panel.site_box.isVisible() and not panel.peers_box.isVisible()
    assert panel.fingerprint_label.text() == "" and panel.card is None
    assert panel.open_enrol_dialog() is None and panel.rotate_keys() is None
    assert keys.identities(services) == []  # the panel never asked for keys on their behalf
