"""File → Staff…, the first sign-in with a temporary password, and the center's details in Settings."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox

from rosc_desktop.services.session import sign_in
from rosc_desktop.ui.main_window import MainWindow
from rosc_desktop.ui.screens.staff import NewAccountDialog, NewPasswordDialog, StaffDialog
from tests.conftest import ADMIN_PASSWORD
from tests.ui.stand_ins import StandInList

TEMP = "Ocean-Lantern-42"


def sign_in_on(qtbot, window, username: str, password: str, *, wait: bool = True) -> None:  # type: ignore[no-untyped-def]
    window.start_screen.username.setText(username)
    window.start_screen.password.setText(password)
    window.start_screen.submit()
    if wait:
        qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)


def signed_in_window(qtbot, paths, username: str, password: str, *, wait: bool = True) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window, signed in through its own sign-in screen as a person would."""
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    sign_in_on(qtbot, window, username, password, wait=wait)
    return window


def test_an_admin_adds_an_account_and_a_weak_password_is_explained(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    staff = StaffDialog(services)
    qtbot.addWidget(staff)
    assert staff.table.rowCount() == 1 and staff.table.item(0, 1).text() == "ana"
    staff.table.selectRow(0)
    assert not staff.off_button.isEnabled()  # never oneself

    dialog = NewAccountDialog(services, staff)  # the staff dialog owns it
    dialog.display_name.setText("Lee Park")
    dialog.username.setText("lee")
    dialog.role.setCurrentIndex(dialog.role.findData("coordinator"))
    dialog.password.setText("password1")
    dialog.confirm.setText("password1")
    dialog.accept_password()
    assert not dialog.error_label.isHidden() and "anybody would try" in dialog.error_label.text()
    dialog.password.setText(TEMP)
    dialog.confirm.setText(TEMP)
    dialog.accept_password()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.created_username == "lee"
    staff.reload()
    assert [staff.table.item(i, 3).text() for i in range(2)] == ["Active", "Temporary password"]


def test_an_admin_changes_someones_role(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.screens import staff as staff_screen

    services.staff.add("lee", "Lee Park", "peer_specialist", TEMP)
    staff = StaffDialog(services)
    qtbot.addWidget(staff)
    staff.select_username("lee")
    asked: list[str] = []

    def choose(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        asked.append(label)
        return items[[str(r) for r in staff_screen.Role].index("coordinator")], True

    monkeypatch.setattr(staff_screen.QInputDialog, "getItem", choose)
    with qtbot.waitSignal(staff.changed, timeout=5_000):  # saved off the GUI thread
        staff.role_button.click()
    assert asked == ["Role for Lee Park:"]
    assert {m.username: m.role for m in services.staff.members()}["lee"] == "coordinator"
    assert staff.selected().username == "lee"  # the row stays chosen after the list is read again


def test_switching_off_runs_in_the_background_and_says_what_follows(qtbot, services, paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    services.staff.add("lee", "Lee Park", "coordinator", TEMP)
    staff = StaffDialog(services)
    qtbot.addWidget(staff)
    staff.select_username("lee")
    assert staff.off_button.isEnabled()
    told: list[Any] = []
    monkeypatch.setattr("rosc_desktop.ui.screens.staff.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(StaffDialog, "_tell_outcome", lambda self, outcome: told.append(outcome))
    with qtbot.waitSignal(staff.changed, timeout=30_000):
        staff.switch_off()
    assert told and told[0].username == "lee"
    staff.select_username("lee")
    assert staff.selected().active is False and staff.table.item(staff.table.currentRow(), 3).text() == "Switched off"
    assert staff.table.horizontalHeaderItem(4).text() == "Caseload"
    sign_in(paths, "ana", ADMIN_PASSWORD).close()  # the admin still gets in under the new key


def test_the_first_sign_in_asks_for_ones_own_password_before_anything_else(qtbot, services, paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    services.staff.add("lee", "Lee Park", "peer_specialist", TEMP)
    asked: list[str] = []

    def choose(dialog: NewPasswordDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.password.setText("my very own words")
        dialog.confirm.setText("my very own words")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(NewPasswordDialog, "exec", choose)
    window = signed_in_window(qtbot, paths, "lee", TEMP, wait=False)
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    assert asked == ["Choose your own password"]
    assert not window.services.actor.must_change_password
    assert not window.staff_action.isVisible()  # a peer specialist has no staff menu
    window.services.close()
    sign_in(paths, "lee", "my very own words").close()


def test_declining_to_choose_a_password_signs_out_again(qtbot, services, paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    services.staff.add("lee", "Lee Park", "peer_specialist", TEMP)
    monkeypatch.setattr(NewPasswordDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window = signed_in_window(qtbot, paths, "lee", TEMP, wait=False)
    qtbot.wait_until(lambda: window.services is None and window.start_screen is not None, timeout=10_000)
    assert window.stack.currentWidget() is window.start_screen


def test_an_admin_sets_the_centers_details_in_settings(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = signed_in_window(qtbot, paths, "ana", ADMIN_PASSWORD)
    assert window.staff_action.isVisible()
    dialog = window.open_settings()
    dialog.detail_edits["phone"].setText("not a phone")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.details_error.isHidden(), timeout=10_000)
    assert "digits" in dialog.details_error.text()
    dialog.detail_edits["phone"].setText("207 555 0100")
    dialog.detail_edits["address"].setText("12 Pier Road, Portland ME")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    center = services.accounts.center()
    assert (center.phone, center.address) == ("207 555 0100", "12 Pier Road, Portland ME")


def test_a_persons_preferences_live_in_the_data_folder(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    """Today's outreach days, chosen by one person, come back for them after signing in again, from a file under
    the data folder (so --data-dir moves it), and not for a colleague."""
    services.staff.add("lee", "Lee Park", "coordinator", TEMP)
    window = signed_in_window(qtbot, paths, "ana", ADMIN_PASSWORD)
    window.today_screen.days_spin.setValue(45)
    assert json.loads((paths.root / "users" / "ana.json").read_text())["today/outreach_days"] == 45
    window.sign_out()
    qtbot.waitUntil(lambda: window.services is None, timeout=10_000)
    sign_in_on(qtbot, window, "ana", ADMIN_PASSWORD)
    assert window.today_screen.days_spin.value() == 45
