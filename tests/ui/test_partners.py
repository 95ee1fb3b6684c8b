"""Partner agencies: add and edit with their agreement, an agreement past its end read as expired today, a
directory organisation linked by search, and a read-only list for roles that may not manage partners."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QDate

from rosc_desktop.services.directory import PartnerInput, ServiceInput
from rosc_desktop.ui.screens.directory import DirectoryScreen
from rosc_desktop.ui.screens.partners import PartnerDialog, PartnersDialog
from tests.ui.test_accessibility import _unnamed_controls


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _closed(dialog) -> bool:  # type: ignore[no-untyped-def]
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _list(qtbot, services) -> PartnersDialog:  # type: ignore[no-untyped-def]
    dialog = PartnersDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_add_a_partner_whose_agreement_has_expired_then_renew_it(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.directory.add_local(ServiceInput("Family Mediation", "Bridges Family Center"))
    partners = _list(qtbot, services)
    assert partners.empty_label.isVisible()
    form = partners.add_partner()
    assert isinstance(form, PartnerDialog)
    form.name_edit.setText("Bridges")
    assert form.choose_organization("Bridges Family")
    form.on_file_check.setChecked(True)
    today = date.today()
    form.start_edit.setDate(_qdate(today - timedelta(days=400)))
    form.end_edit.setDate(_qdate(today - timedelta(days=30)))
    form.scope_edit.setPlainText("Referral details and whether the person was connected")
    form.contact_edit.setText("Dana")
    form.save_button.click()
    qtbot.waitUntil(lambda: _closed(form), timeout=5_000)

    qtbot.waitUntil(lambda: len(partners.row_texts()) == 1, timeout=2_000)
    row = partners.row_texts()[0]
    assert row[0] == "Bridges" and row[1] == "Expired"
    saved = services.directory.partners()[0]
    mediation = services.directory.search("family mediation")[0].id
    assert saved.organization_id == services.directory.get(mediation).organization_id
    # The directory shows the partner's agreement beside the service, as it stands today.
    screen = DirectoryScreen(services)
    qtbot.addWidget(screen)
    screen.select(mediation)
    assert "agreement expired" in screen.details.toPlainText()

    form = partners.edit_partner()
    assert form is not None and form.name_edit.text() == "Bridges"
    assert form.org_combo.currentText() == "Bridges Family Center"  # the link is shown, not lost
    form.no_end_check.setChecked(True)
    assert not form.end_edit.isEnabled()
    form.save_button.click()
    qtbot.waitUntil(lambda: _closed(form), timeout=5_000)
    qtbot.waitUntil(lambda: partners.row_texts()[0][1] == "Current", timeout=2_000)
    assert partners.row_texts()[0][3] == "No end date"
    assert services.directory.partners()[0].agreement_end is None


def test_a_partner_without_an_agreement_says_so(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.directory.save_partner(PartnerInput("Valley Legal Aid"))
    partners = _list(qtbot, services)
    assert partners.row_texts()[0][:2] == ["Valley Legal Aid", "No agreement"]


def test_a_peer_specialist_reads_the_partners_but_cannot_change_them(qtbot, services, staff_services) -> None:  # type: ignore[no-untyped-def]
    services.directory.save_partner(PartnerInput("Valley Legal Aid"))
    peer = staff_services("peer_specialist")
    partners = _list(qtbot, peer)
    assert partners.row_texts()[0][0] == "Valley Legal Aid"
    assert partners.read_only_note.isVisible()
    assert not partners.add_button.isVisible() and not partners.edit_button.isVisible()
    assert partners.add_partner() is None and partners.edit_partner() is None


@pytest.mark.parametrize("which", ["list", "form"])
def test_every_reachable_control_has_a_name(qtbot, services, which) -> None:  # type: ignore[no-untyped-def]
    services.directory.save_partner(PartnerInput("Valley Legal Aid", agreement_on_file=True,
                                                 agreement_start=date.today()))
    widget = PartnersDialog(services) if which == "list" else PartnerDialog(services, services.directory.partners()[0])
    qtbot.addWidget(widget)
    widget.show()
    assert _unnamed_controls(widget) == []
