"""Settings: language per machine, auto-lock minutes for admins only, changing one's own password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rosc_desktop.errors import RoscError
from rosc_desktop.services import session
from rosc_desktop.settings import MachineSettings
from rosc_desktop.ui.main_window import MainWindow
from rosc_desktop.ui.messages import message_for
from rosc_desktop.ui.screens.settings import SettingsDialog
from tests.conftest import ADMIN_PASSWORD
from tests.ui.stand_ins import StandInList




def test_admin_changes_idle_minutes_and_the_window_follows(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    window.start_screen.username.setText("ana")
    window.start_screen.password.setText(ADMIN_PASSWORD)
    window.start_screen.submit()
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    assert window.idle.timeout_ms() == 10 * 60_000

    dialog = window.open_settings()
    assert dialog is not None
    assert dialog.center_box.isVisibleTo(dialog) and dialog.idle_minutes.isEnabled()
    assert dialog.idle_minutes.value() == 10
    assert (dialog.idle_minutes.minimum(), dialog.idle_minutes.maximum()) == (1, 240)
    dialog.idle_minutes.setValue(25)
    with qtbot.waitSignal(dialog.idle_minutes_changed, timeout=10_000) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert blocker.args == [25]
    assert services.accounts.center().idle_lock_minutes == 25
    assert window.idle.timeout_ms() == 25 * 60_000


def test_peer_specialist_cannot_see_or_change_idle_minutes(qtbot, staff_services, services, paths) -> None:  # type: ignore[no-untyped-def]
    peer = staff_services("peer_specialist")
    dialog = SettingsDialog(paths, peer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.center_box.isVisibleTo(dialog)
    assert not dialog.idle_minutes.isEnabled()
    dialog.idle_minutes.setValue(99)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.accounts.center().idle_lock_minutes == 10


def test_language_is_saved_for_this_computer(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(paths, services)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.save()
    assert MachineSettings.load(paths.settings).language == "es"
    assert SettingsDialog(paths, services).language.currentText() == "Español"


def test_the_script_for_chinese_documents_is_saved_for_this_computer(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(paths, services)
    qtbot.addWidget(dialog)
    assert dialog.chinese_script.currentData() == "zh-hans"  # Simplified unless changed
    dialog.chinese_script.setCurrentIndex(dialog.chinese_script.findData("zh-hant"))
    dialog.save()
    assert MachineSettings.load(paths.settings).chinese_script == "zh-hant"
    assert services.document_language("zh") == "zh-hant"
    assert SettingsDialog(paths, services).chinese_script.currentData() == "zh-hant"


def test_change_own_password(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(paths, services)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.old_password.setText(ADMIN_PASSWORD)
    dialog.new_password.setText("a new password")
    dialog.confirm_password.setText("a new passwordX")
    dialog.confirm_password.setFocus()
    qtbot.keyClick(dialog.confirm_password, Qt.Key.Key_Return)  # Enter changes the password, not closes
    qtbot.waitUntil(lambda: dialog.password_message.isVisibleTo(dialog), timeout=10_000)
    assert dialog.isVisible()
    assert dialog.password_message.text() == message_for("passwords_differ", {})

    dialog.old_password.setText("wrong old one")
    dialog.confirm_password.setText("a new password")
    qtbot.mouseClick(dialog.change_password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.old_password.text() == "", timeout=10_000)
    assert "not right" in dialog.password_message.text()

    dialog.old_password.setText(ADMIN_PASSWORD)
    dialog.new_password.setText("a new password")
    dialog.confirm_password.setText("a new password")
    qtbot.mouseClick(dialog.change_password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.new_password.text() == "", timeout=10_000)
    session.sign_in(paths, "ana", "a new password").close()
    with pytest.raises(RoscError):
        session.sign_in(paths, "ana", ADMIN_PASSWORD)


def test_every_input_has_a_buddy_and_a_name(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

    dialog = SettingsDialog(paths, services)
    qtbot.addWidget(dialog)
    inputs = dialog.findChildren(QLineEdit) + dialog.findChildren(QSpinBox) + dialog.findChildren(QComboBox)
    inputs = [w for w in inputs if not isinstance(w.parent(), (QSpinBox, QComboBox))]
    buddies = {label.buddy() for label in dialog.findChildren(QLabel)}
    assert inputs and all(w in buddies and w.accessibleName() for w in inputs)
