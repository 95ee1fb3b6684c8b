"""Every control a person can reach by keyboard says what it is to a screen reader, on every screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from rosc_desktop.services.participants import ParticipantInput

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)


def _unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QTabBar):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the inner editor of a combo or spin box speaks through its owner
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName().strip() or text.replace("&", "").strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Zoë Krüger", phone="555 123 4567"))


def _screens(services, paths, person):  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.screens.barc10 import Barc10Dialog
    from rosc_desktop.ui.screens.lock import LockScreen
    from rosc_desktop.ui.screens.participant_form import ParticipantDialog
    from rosc_desktop.ui.screens.participant_list import ParticipantListScreen
    from rosc_desktop.ui.screens.settings import SettingsDialog
    from rosc_desktop.ui.screens.sign_in import RecoveryResetDialog, SignInScreen
    from rosc_desktop.ui.screens.workspace import ParticipantWorkspace

    return {
        "sign-in": lambda: SignInScreen(paths),
        "recovery reset": lambda: RecoveryResetDialog(paths),
        "lock": lambda: LockScreen(services),
        "participant list": lambda: ParticipantListScreen(services),
        "register": lambda: ParticipantDialog(services),
        "workspace": lambda: ParticipantWorkspace(services, person.id),
        "BARC-10": lambda: Barc10Dialog(services, person.id),
        "settings": lambda: SettingsDialog(paths, services),
    }


@pytest.mark.parametrize("screen", ["sign-in", "recovery reset", "lock", "participant list", "register",
                                    "workspace", "BARC-10", "settings"])
def test_every_reachable_control_has_a_name(qtbot, services, paths, person, screen) -> None:  # type: ignore[no-untyped-def]
    widget = _screens(services, paths, person)[screen]()
    qtbot.addWidget(widget)
    widget.show()
    assert _unnamed_controls(widget) == []


def test_first_run_controls_have_names(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.paths import AppPaths
    from rosc_desktop.ui.screens.first_run import FirstRunScreen

    widget = FirstRunScreen(AppPaths(tmp_path / "new").ensure())
    qtbot.addWidget(widget)
    widget.show()
    assert _unnamed_controls(widget) == []


def test_the_check_itself_notices_an_unnamed_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    root.show()
    assert _unnamed_controls(root) == ["QLineEdit ''"]
