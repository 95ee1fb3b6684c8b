"""First run: the form creates the center, the recovery key is shown once and must be kept, then the app opens."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit

from rosc_desktop.services import session
from rosc_desktop.ui.main_window import MainWindow
from rosc_desktop.ui.messages import message_for
from rosc_desktop.ui.screens.first_run import FirstRunScreen
from tests.ui.stand_ins import StandInList


def fill(qtbot, screen: FirstRunScreen, **overrides: str) -> None:  # type: ignore[no-untyped-def]
    values = {"center_name": "Harbor Light", "site_code": "HL-01", "username": "ana",
              "display_name": "Ana Ruiz", "password": "long enough pw", "confirm": "long enough pw"}
    values.update(overrides)
    edits: dict[str, QLineEdit] = {"center_name": screen.center_name, "site_code": screen.site_code,
                                   "username": screen.username, "display_name": screen.display_name,
                                   "password": screen.password, "confirm": screen.confirm}
    for name, edit in edits.items():
        edit.clear()
        qtbot.keyClicks(edit, values[name])


@pytest.fixture
def window(qtbot, paths, monkeypatch):  # type: ignore[no-untyped-def]
    # A failing test may leave the key page open; its "close anyway?" box must not hang the teardown.
    monkeypatch.setattr(MainWindow, "_confirm_leave_without_key", lambda self: True)
    win = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(win)
    return win


def test_first_run_creates_center_shows_key_then_signed_in_area(qtbot, window, paths) -> None:  # type: ignore[no-untyped-def]
    screen = window.start_screen
    assert isinstance(screen, FirstRunScreen)
    fill(qtbot, screen)
    qtbot.keyClick(screen.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.key_page, timeout=10_000)

    assert session.database_exists(paths)
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){5}", screen.key_label.text())
    assert screen.password.text() == "" and screen.confirm.text() == ""
    assert not screen.continue_button.isEnabled()
    qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)
    assert window.services is None  # a click on the disabled button does nothing

    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == screen.key_label.text()

    screen.kept.setChecked(True)
    assert screen.continue_button.isEnabled()
    qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)
    assert window.services is not None
    assert window.stack.currentWidget() is window.tabs
    assert window.windowTitle() == "ROSC Desktop — Harbor Light"
    assert "Ana Ruiz" in window._who.text() and "Admin" in window._who.text()
    assert not window._demo.isVisibleTo(window)


@pytest.mark.parametrize(("overrides", "field", "code"), [
    ({"site_code": "x"}, "site_code", "site_code_invalid"),
    ({"password": "short", "confirm": "short"}, "password", "password_too_short"),
    ({"confirm": "long enough pX"}, "confirm", "passwords_differ"),
    ({"center_name": ""}, "center_name", "center_name_invalid"),
])
def test_field_errors_are_shown_inline_and_nothing_is_created(qtbot, window, paths, overrides, field,
                                                              code) -> None:  # type: ignore[no-untyped-def]
    screen = window.start_screen
    fill(qtbot, screen, **overrides)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    target = screen._fields[field]
    qtbot.waitUntil(lambda: target.error.isVisibleTo(screen), timeout=10_000)
    assert target.error.text() == message_for(code, {"minimum": session.MIN_PASSWORD})
    assert target.editor.accessibleDescription() == target.error.text()
    assert [name for name, f in screen._fields.items() if f.error.isVisibleTo(screen)] == [field]
    assert screen.create_button.isEnabled()
    assert screen.pages.currentWidget() is screen.form_page
    assert not session.database_exists(paths)


def test_closing_before_keeping_the_key_asks_first(qtbot, window, paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    screen = window.start_screen
    window.show()
    fill(qtbot, screen)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.key_page, timeout=10_000)
    answers: list[bool] = [False]
    monkeypatch.setattr(window, "_confirm_leave_without_key", lambda: answers.pop(0))
    assert not window.close()
    assert screen.services is not None
    answers.append(True)
    assert window.close()
    assert screen.services is None  # the store was closed


def test_recovery_sheet_prints(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    screen = window.start_screen
    fill(qtbot, screen)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.key_page, timeout=10_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    screen.render_sheet(printer)
    assert (tmp_path / "key.pdf").read_bytes().startswith(b"%PDF")
    screen.kept.setChecked(True)


def test_every_input_has_a_labelled_buddy_and_a_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    screen = window.start_screen
    buddies = {label.buddy() for label in screen.findChildren(QLabel)}
    edits = screen.findChildren(QLineEdit)
    assert len(edits) == 6
    assert all(edit in buddies and edit.accessibleName() for edit in edits)
    assert screen.kept.accessibleName() and screen.key_label.textInteractionFlags()


def key_page(qtbot, window) -> FirstRunScreen:  # type: ignore[no-untyped-def]
    screen = window.start_screen
    fill(qtbot, screen)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.key_page, timeout=10_000)
    return screen


def test_copied_key_leaves_the_clipboard_when_the_page_is_left(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    screen = key_page(qtbot, window)
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == screen.recovery_key
    screen.kept.setChecked(True)
    qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)
    assert window.services is not None
    assert QGuiApplication.clipboard().text() == ""


def test_copied_key_leaves_the_clipboard_when_the_window_closes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    screen = key_page(qtbot, window)
    window.show()
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert window.close()
    assert QGuiApplication.clipboard().text() == ""


def test_something_else_copied_since_is_left_alone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    screen = key_page(qtbot, window)
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    QGuiApplication.clipboard().setText("meeting notes")
    screen.kept.setChecked(True)
    qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "meeting notes"


def test_a_regional_hub_is_chosen_at_set_up(qtbot, window, paths) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.sync import hub, keys

    screen = window.start_screen
    fill(qtbot, screen, center_name="County Hub", site_code="HUB-1")
    assert not screen.is_hub.isChecked()
    screen.is_hub.setChecked(True)
    qtbot.keyClick(screen.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.key_page, timeout=10_000)
    screen.kept.setChecked(True)
    qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)
    assert hub.is_hub(window.services)
    assert keys.trust_card(window.services).role == "hub"
