"""The Intake tab and the BARC-10 dialog, driven as a peer specialist would: typing, keys, Save."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.screens.barc10 import STATEMENTS, Barc10Dialog
from rosc_desktop.ui.screens.intake import SECTIONS, IntakeTab
from rosc_desktop.ui.screens.workspace import ParticipantWorkspace


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Jordan", pronouns="they/them"))


def make_tab(qtbot, services, person) -> IntakeTab:  # type: ignore[no-untyped-def]
    tab = IntakeTab(services, person.id)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_sections_come_strengths_first_in_order(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    assert list(tab.editors) == ["strengths", "what_matters", "hopes", "community_ties", "what_helped"]
    assert SECTIONS[0][1] == "Strengths and interests"
    assert tab.editors["strengths"].accessibleName() == "Strengths and interests"


def test_save_disabled_until_something_changes(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    assert not tab.save_button.isEnabled()
    assert not tab.has_unsaved_changes()
    qtbot.keyClicks(tab.editors["hopes"], "A place of my own")
    assert tab.save_button.isEnabled()
    assert tab.has_unsaved_changes()
    assert tab.status_label.text() == "Unsaved changes"
    tab.editors["hopes"].clear()
    assert not tab.save_button.isEnabled()


def test_ctrl_s_saves_and_says_when(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # shortcuts only reach the active window
    tab.editors["strengths"].setFocus()
    qtbot.keyClicks(tab.editors["strengths"], "Cooking for friends")
    qtbot.keyClick(tab.editors["strengths"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.status_label.text().startswith("Saved "))
    assert services.intake.get(person.id).text.strengths == "Cooking for friends"
    assert not tab.save_button.isEnabled()


def test_version_clash_shows_message_and_keeps_text(qtbot, services, person, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("rosc_desktop.ui.screens.intake.show_error", lambda parent, error: shown.append(error))
    tab = make_tab(qtbot, services, person)
    qtbot.keyClicks(tab.editors["what_matters"], "My daughter")
    # Someone else saves behind the widget's back (no change notice reaches it first).
    services.intake.save(person.id, IntakeText(what_matters="Work"), expected_version=0)
    tab.save_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].code == "edited_elsewhere"
    assert tab.editors["what_matters"].toPlainText() == "My daughter"
    assert tab.has_unsaved_changes()
    assert tab.reload_button.isVisible()
    assert services.intake.get(person.id).text.what_matters == "Work"


def test_validation_error_is_shown_near_the_field(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    tab.editors["what_helped"].setPlainText("x" * 10_001)
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.field_errors["what_helped"].isVisible())
    assert "too long" in tab.field_errors["what_helped"].text()
    assert len(tab.editors["what_helped"].toPlainText()) == 10_001


def test_unsaved_typing_survives_a_refresh(qtbot, services, person) -> None:
    from rosc_desktop.ui.operations import change_bus

    tab = make_tab(qtbot, services, person)
    qtbot.keyClicks(tab.editors["hopes"], "Drive again")
    services.intake.save(person.id, IntakeText(strengths="Music"), expected_version=0)
    change_bus.changed.emit(Changes.of(Kind.INTAKE))
    assert tab.editors["hopes"].toPlainText() == "Drive again"


# -- the BARC-10 dialog --------------------------------------------------------------------------------------

def make_dialog(qtbot, services, person, **kwargs) -> Barc10Dialog:  # type: ignore[no-untyped-def]
    dialog = Barc10Dialog(services, person.id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_statements_are_the_instrument_verbatim(qtbot, services, person) -> None:
    dialog = make_dialog(qtbot, services, person)
    assert len(STATEMENTS) == 10
    assert STATEMENTS[5] == ("I regard my life as challenging and fulfilling without the need for using drugs "
                             "or alcohol.")
    assert dialog.radio(3, 4).accessibleName() == "Statement 3: 4, Somewhat agree"
    assert not dialog.translation_note.isVisible()
    translated = make_dialog(qtbot, services, person, translated=True)
    assert translated.translation_note.isVisible()


def test_save_disabled_until_all_ten_answered_and_total_is_live(qtbot, services, person) -> None:
    dialog = make_dialog(qtbot, services, person)
    assert not dialog.save_button.isEnabled()
    for statement in range(1, 10):
        qtbot.mouseClick(dialog.radio(statement, 4), Qt.MouseButton.LeftButton)
        assert not dialog.save_button.isEnabled()
    assert dialog.total_label.text().startswith("Total: 36 of 60")
    qtbot.mouseClick(dialog.radio(10, 6), Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    assert dialog.total_label.text() == "Total: 42 of 60"


def test_keyboard_arrows_choose_and_tab_moves_to_next_statement(qtbot, services, person) -> None:
    dialog = make_dialog(qtbot, services, person)
    dialog.activateWindow()
    first = dialog.radio(1, 1)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    for _ in range(2):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert dialog.answers()[0] == 3
    assert dialog.radio(1, 3).hasFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Left)
    assert dialog.answers()[0] == 2
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.radio(2, 1).hasFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_End)
    assert dialog.answers()[:2] == [2, 6]
    # Back-tab returns to the answer already chosen, not to the start of the row.
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.radio(1, 2).hasFocus()


def test_recorded_assessment_shows_in_history(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    assert tab.history_empty.isVisible()
    dialog = make_dialog(qtbot, services, person)
    for statement in range(1, 11):
        dialog.radio(statement, 5).setChecked(True)
    dialog.date_edit.setDate(date.today() - timedelta(days=3))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert [v.total for v in services.intake.barc10_history(person.id)] == [50]
    qtbot.waitUntil(lambda: tab.history.topLevelItemCount() == 1)
    assert tab.history.topLevelItem(0).text(1) == "50"
    assert not tab.history_empty.isVisible()


def _discard_question(dialog: Barc10Dialog) -> QMessageBox:
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_cancel_with_answers_asks_first(qtbot, services, person) -> None:
    dialog = make_dialog(qtbot, services, person)
    dialog.radio(1, 2).setChecked(True)
    dialog.reject()
    box = _discard_question(dialog)
    assert box.text() == "The answers given so far will not be recorded. Discard them?"
    dialog.reject()  # Escape again: still the one question
    assert _discard_question(dialog) is box
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.answers()[0] == 2
    dialog.reject()
    _discard_question(dialog).button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()


def test_cancel_without_answers_closes_at_once(qtbot, services, person) -> None:
    dialog = make_dialog(qtbot, services, person)
    dialog.reject()
    assert not dialog.isVisible()
    assert not dialog.findChildren(QMessageBox)


def test_workspace_tab_reopens_with_saved_text(qtbot, services, person) -> None:
    first = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(first)
    first.tabs.setCurrentWidget(first.intake)
    qtbot.keyClicks(first.intake.editors["community_ties"], "Tuesday SMART meeting")
    first.intake.save_button.click()
    qtbot.waitUntil(lambda: not first.has_unsaved_changes())
    second = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(second)
    assert second.intake.editors["community_ties"].toPlainText() == "Tuesday SMART meeting"


def test_typing_while_a_save_is_under_way_is_kept(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    tab.editors["strengths"].setPlainText("Good listener")
    tab.save_button.click()
    # The result arrives through the event loop, so this typing lands before the save is reported.
    tab.editors["strengths"].setPlainText("Good listener, patient")
    qtbot.waitUntil(lambda: not tab._saving)
    assert services.intake.get(person.id).text.strengths == "Good listener"
    assert tab.editors["strengths"].toPlainText() == "Good listener, patient"
    assert tab.has_unsaved_changes()
    assert tab.save_button.isEnabled()
