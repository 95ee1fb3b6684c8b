"""The Check-ins tab and its dialog, driven as a peer specialist would: keys, choices, Save."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QMessageBox

from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plans import GoalInput
from rosc_desktop.ui.screens.checkins import CheckInDialog, CheckInsTab
from tests.ui.test_accessibility import _unnamed_controls


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Dee", pronouns="she/her"))


@pytest.fixture
def goal(services, person):  # type: ignore[no-untyped-def]
    return services.goals.add(person.id, GoalInput("Get my license back"))


def make_tab(qtbot, services, person) -> CheckInsTab:  # type: ignore[no-untyped-def]
    tab = CheckInsTab(services, person.id)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def open_dialog(qtbot, tab: CheckInsTab) -> CheckInDialog:  # type: ignore[no-untyped-def]
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.log_button.setFocus()
    qtbot.keyClick(tab.log_button, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    assert tab.dialog is not None
    return tab.dialog


def test_log_a_check_in_with_goal_and_follow_up(qtbot, services, person, goal) -> None:  # type: ignore[no-untyped-def]
    services.checkins.record(person.id, CheckInInput(occurred_at=datetime.now(timezone.utc) - timedelta(days=3),
                                                     notes="Earlier visit"))
    tab = make_tab(qtbot, services, person)
    assert tab.timeline.topLevelItemCount() == 1
    dialog = open_dialog(qtbot, tab)

    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findText("Phone"))
    dialog.duration_spin.setValue(25)
    qtbot.keyClicks(dialog.place_edit, "By phone from the library")
    qtbot.keyClicks(dialog.notes_edit, "Talked about the DMV appointment")
    dialog.notes_edit.appendPlainText("Second line with details")
    assert dialog.goals_list.count() == 1
    assert dialog.goals_list.item(0).text() == "Get my license back"
    dialog.goals_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.follow_up_check, Qt.MouseButton.LeftButton)
    follow_up = date.today() + timedelta(days=4)
    dialog.follow_up_edit.setDate(QDate(follow_up.year, follow_up.month, follow_up.day))
    assert dialog.has_unsaved_work()

    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.timeline.topLevelItemCount() == 2)

    first = tab.timeline.topLevelItem(0)
    assert first.text(1) == "Phone"
    assert first.text(2) == "25 min"
    assert first.text(3) == "Ana Ruiz"
    assert first.text(4) == "By phone from the library"
    assert first.text(5).startswith("Talked about the DMV appointment")
    assert "Second line with details" in first.toolTip(5)
    assert tab.timeline.topLevelItem(1).text(5) == "Earlier visit"

    saved = services.checkins.timeline(person.id)[0]
    assert saved.mode == "phone" and saved.duration_minutes == 25 and saved.goal_ids == (goal.id,)
    due = services.checkins.due_follow_ups(follow_up)
    assert [(f.participant_id, f.due_on, f.source) for f in due] == [(person.id, follow_up, "check_in")]
    assert services.checkins.due_follow_ups(follow_up - timedelta(days=1)) == []


def test_future_time_shows_field_error_and_saves_nothing(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab)
    qtbot.keyClicks(dialog.notes_edit, "Kept after the error")
    # The dialog stayed open across a clock change: its limit no longer stops a time later than now.
    later = QDateTime.currentDateTime().addSecs(3 * 3600)
    dialog.when_edit.setMaximumDateTime(later)
    dialog.when_edit.setDateTime(later)
    dialog.save_button.click()
    error = dialog.field_errors["occurred_at"]
    qtbot.waitUntil(error.isVisible)
    assert "later than now" in error.text()
    assert dialog.isVisible()
    assert dialog.notes_edit.toPlainText() == "Kept after the error"
    assert not dialog.field_errors["next_follow_up"].isVisible()
    assert services.checkins.timeline(person.id) == []
    assert tab.timeline.topLevelItemCount() == 0


def test_follow_up_in_the_past_shows_field_error_and_saves_nothing(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab)
    dialog.follow_up_check.setChecked(True)
    # Opened yesterday and saved today: the earliest date it allowed is now in the past.
    yesterday = QDate.currentDate().addDays(-1)
    dialog.follow_up_edit.setMinimumDate(yesterday)
    dialog.follow_up_edit.setDate(yesterday)
    dialog.save_button.click()
    error = dialog.field_errors["next_follow_up"]
    qtbot.waitUntil(error.isVisible)
    assert "past" in error.text()
    assert dialog.save_button.isEnabled()
    assert services.checkins.timeline(person.id) == []
    assert services.checkins.due_follow_ups(date.today()) == []


def test_closing_with_typing_asks_first(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab)
    qtbot.keyClicks(dialog.place_edit, "Park")
    dialog.reject()
    box = dialog._discard_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert dialog.isVisible()
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert services.checkins.timeline(person.id) == []


def test_empty_dialog_closes_without_asking(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab)
    assert not dialog.has_unsaved_work()
    dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None)


def test_empty_state_and_accessible_names(qtbot, services, person, goal) -> None:
    tab = make_tab(qtbot, services, person)
    assert tab.empty_label.isVisible()
    assert not tab.timeline.isVisible()
    assert _unnamed_controls(tab) == []
    dialog = open_dialog(qtbot, tab)
    assert _unnamed_controls(dialog) == []


def test_rate_a_connection_in_the_dialog_stores_the_rating(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.network import MemberInput, TieInput

    sister = services.network.add_member(person.id, MemberInput("Rosa", domain="family", relationship="sister"),
                                         TieInput())
    sponsor = services.network.add_member(person.id, MemberInput("Sam", domain="peer_recovery"), TieInput())
    announced: list[Changes] = []
    from rosc_desktop.ui.operations import change_bus

    change_bus.changed.connect(announced.append)
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab)
    assert not dialog.ratings.empty_label.isVisible()
    rows = {member_id: (combo, note) for member_id, combo, note in dialog.ratings.rows}
    assert set(rows) == {sister.id, sponsor.id}
    combo, note = rows[sister.id]
    assert combo.accessibleName() == "How the connection with Rosa is working"
    assert not note.isEnabled()
    combo.setFocus()
    combo.setCurrentIndex(combo.findText("Some good, some not"))
    assert note.isEnabled() and dialog.has_unsaved_work()
    qtbot.keyClicks(note, "Argued about money")
    assert _unnamed_controls(dialog) == []

    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.save_button.click()
    saved = services.checkins.timeline(person.id)[0]
    (rating,) = services.network.ratings(sister.id)
    assert (rating.rating, rating.note, rating.check_in_id) == ("mixed", "Argued about money", saved.id)
    assert services.network.ratings(sponsor.id) == []  # left at "Not asked": nothing sent
    assert any(c.concerns(Kind.NETWORK, person.id) and c.concerns(Kind.CHECKINS, person.id) for c in announced)
    change_bus.changed.disconnect(announced.append)


def test_no_network_yet_says_so_instead_of_an_empty_table(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab)
    assert dialog.ratings.rows == []
    assert dialog.ratings.empty_label.isVisible()
    assert "empty" in dialog.ratings.empty_label.text()
    assert dialog.current_input().tie_ratings == ()
