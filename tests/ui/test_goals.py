"""The Goals tab and its dialogs, driven as a peer specialist would: typing, choosing, Save, ticking steps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plans import GoalInput
from rosc_desktop.ui.screens.goals import GoalDialog, GoalsTab, ReviewDialog, StepDialog
from rosc_desktop.ui.screens.workspace import ParticipantWorkspace
from tests.ui.test_accessibility import _unnamed_controls
from tests.ui.error_boxes import collect_error_boxes

LEVELS = ("Still on a friend's couch", "On the waiting list", "In transitional housing", "In my own room",
          "In my own apartment")


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Marisol", pronouns="she/her"))


@pytest.fixture(autouse=True)
def no_error_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """Errors that would open a message box are collected instead (a box left open would outlive the test);
    one the test did not `expect()` fails it."""
    yield from collect_error_boxes(monkeypatch, "screens.goals", "form_dialog")


def make_tab(qtbot, services, person) -> GoalsTab:  # type: ignore[no-untyped-def]
    tab = GoalsTab(services, person.id)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def add_goal(services, person, statement: str, days_ago: int = 30, **kwargs):  # type: ignore[no-untyped-def]
    data = GoalInput(statement, kwargs.pop("domain", "housing"), levels=kwargs.pop("levels", LEVELS), **kwargs)
    return services.goals.add(person.id, data, set_on=date.today() - timedelta(days=days_ago))


def open_dialog(qtbot, tab: GoalsTab, button):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    return tab.dialog


def order_column(tab: GoalsTab) -> list[str]:
    return [tab.goal_list.topLevelItem(i).text(0) for i in range(tab.goal_list.topLevelItemCount())]


def test_new_goal_through_the_dialog_is_listed_as_top_priority(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    assert tab.empty_label.isVisible()
    assert tab.score_label.text() == "Goal progress: no reviews yet"
    dialog = open_dialog(qtbot, tab, tab.new_button)
    assert isinstance(dialog, GoalDialog)
    assert dialog.domain_combo.count() == 11
    dialog.domain_combo.setCurrentIndex(dialog.domain_combo.findText("Housing"))
    qtbot.keyClicks(dialog.statement_edit, "Have my own place where my kids can visit")
    for edit, text in zip(dialog.level_edits, LEVELS):
        qtbot.keyClicks(edit, text)
    assert dialog.has_unsaved_work()
    qtbot.keyClick(dialog.level_edits[-1], Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: tab.goal_list.topLevelItemCount() == 1)
    saved = services.goals.for_person(person.id)
    assert [(g.statement, g.domain, g.levels, g.weight) for g in saved] == [
        ("Have my own place where my kids can visit", "housing", LEVELS, 1.0)]
    item = tab.goal_list.topLevelItem(0)
    assert "Top priority" in item.text(0)
    assert item.text(1) == "Have my own place where my kids can visit"
    assert item.text(2) == "Housing"
    assert item.text(3).startswith("Active")
    assert item.text(4) == "Not reviewed yet"
    assert not tab.empty_label.isVisible()


def test_ctrl_g_opens_a_new_goal(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.new_button.setFocus()
    qtbot.keyClick(tab.new_button, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, GoalDialog) and tab.dialog.isVisible())
    tab.dialog.done(0)


def test_empty_statement_is_an_inline_error_and_nothing_is_saved(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.new_button)
    qtbot.keyClicks(dialog.level_edits[2], "Applied to three jobs")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("statement") != "")
    assert dialog.field_error("statement") == "This field is required."
    assert dialog.isVisible()
    assert dialog.level_edits[2].text() == "Applied to three jobs"  # typing kept
    assert services.goals.for_person(person.id) == []
    # Escape with typing asks first (a non-blocking question), and Keep editing keeps the dialog.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog._discard_box is not None and dialog._discard_box.isVisible())
    box = dialog._discard_box
    keep = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    keep.click()
    qtbot.waitUntil(lambda: dialog._discard_box is None)
    assert dialog.isVisible()


def test_edit_keeps_the_version_and_saves_changes(qtbot, services, person) -> None:
    goal = add_goal(services, person, "Get back to work")
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.edit_button)
    assert dialog.statement_edit.toPlainText() == "Get back to work"
    assert not dialog.has_unsaved_work()
    dialog.statement_edit.setPlainText("Get back to work at a job I like")
    dialog.weight_spin.setValue(2)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.goal_list.topLevelItem(0).text(1) == "Get back to work at a job I like")
    saved = services.goals.for_person(person.id)[0]
    assert (saved.id, saved.weight) == (goal.id, 2.0)


def test_review_updates_the_latest_level_and_the_t_score(qtbot, services, person) -> None:
    add_goal(services, person, "Have my own place")
    other = add_goal(services, person, "Go to a meeting every week")
    services.goals.review(other.id, date.today(), -1)
    tab = make_tab(qtbot, services, person)
    before = services.goals.gas_summary(person.id).t_score
    assert tab.score_label.text() == f"Goal progress: {round(before)} (50 = goals met as expected)"
    assert "Kiresuk" in tab.score_label.toolTip() and "ρ = 0.3" in tab.score_label.toolTip()
    dialog = open_dialog(qtbot, tab, tab.review_button)  # the first goal is selected
    assert isinstance(dialog, ReviewDialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.radio(1).text() == "+1: In my own room"
    radio = dialog.radio(1)
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))  # on the circle
    assert dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.note_edit, "Got the room")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.goal_list.topLevelItem(0).text(4) == "+1: In my own room")
    summary = services.goals.gas_summary(person.id)
    assert summary.reviewed_goals == 2 and summary.t_score != before
    assert tab.score_label.text() == f"Goal progress: {round(summary.t_score)} (50 = goals met as expected)"
    assert services.goals.for_person(person.id)[0].reviews[-1].note == "Got the room"


def test_review_dated_before_the_goal_shows_the_error_and_saves_nothing(qtbot, services, person) -> None:
    goal = add_goal(services, person, "Have my own place", days_ago=5)
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.review_button)
    dialog.radio(0).click()
    early = date.today() - timedelta(days=10)
    dialog.date_edit.setDate(QDate(early.year, early.month, early.day))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.field_error("reviewed_on") != "")
    assert "too early" in dialog.field_error("reviewed_on")
    assert dialog.isVisible() and dialog.level() == 0
    assert services.goals.for_person(person.id)[0].reviews == ()
    assert goal.id == services.goals.for_person(person.id)[0].id


def test_step_with_a_staff_helper_then_ticked_done(qtbot, services, person) -> None:
    add_goal(services, person, "Have my own place")
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.step_button)
    assert isinstance(dialog, StepDialog)
    qtbot.keyClicks(dialog.what_edit, "Call the housing office")
    dialog.staff_radio.click()
    assert dialog.staff_combo.isEnabled()
    assert dialog.staff_combo.currentText() == "Ana Ruiz"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.goal_list.topLevelItem(0).childCount() == 1)
    step = services.goals.for_person(person.id)[0].steps[0]
    assert (step.what, step.helper_kind, step.helper_staff_id, step.done_on) == (
        "Call the housing office", "staff", services.actor.staff_id, None)
    item = tab.step_item(step.id)
    assert "Ana Ruiz (staff)" in item.text(0)
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: services.goals.for_person(person.id)[0].steps[0].done_on == date.today())
    qtbot.waitUntil(lambda: "done " in tab.step_item(step.id).text(0))
    assert tab.step_item(step.id).checkState(0) == Qt.CheckState.Checked


def test_network_helper_needs_a_name(qtbot, services, person) -> None:
    add_goal(services, person, "Go to a meeting every week")
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.step_button)
    qtbot.keyClicks(dialog.what_edit, "Go to the Tuesday meeting")
    dialog.network_radio.click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.field_error("helper_name") != "")
    assert services.goals.for_person(person.id)[0].steps == ()
    qtbot.keyClicks(dialog.network_edit, "Tanya")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.goal_list.topLevelItem(0).childCount() == 1)
    assert "Tanya (their network)" in tab.goal_list.topLevelItem(0).child(0).text(0)


def test_pick_a_network_member_as_helper(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.network import MemberInput, TieInput

    add_goal(services, person, "Go to a meeting every week")
    sponsor = services.network.add_member(person.id, MemberInput("Tanya", domain="peer_recovery",
                                                                 relationship="sponsor"), TieInput())
    services.network.add_member(person.id, MemberInput("Rosa", domain="family"), TieInput())
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.step_button)
    assert isinstance(dialog, StepDialog)
    qtbot.keyClicks(dialog.what_edit, "Go to the Tuesday meeting")
    dialog.network_radio.click()
    combo = dialog.member_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Rosa", "Tanya — sponsor", "Someone else (type a name)"]
    assert combo.isEnabled() and not dialog.network_edit.isEnabled()
    combo.setCurrentIndex(combo.findData(sponsor.id))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.goal_list.topLevelItem(0).childCount() == 1)
    step = services.goals.for_person(person.id)[0].steps[0]
    assert (step.helper_kind, step.helper_member_id, step.helper_name) == ("network", sponsor.id, "Tanya")
    assert "Tanya (their network)" in tab.goal_list.topLevelItem(0).child(0).text(0)


def test_someone_else_in_the_network_is_typed_and_not_linked(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.network import MemberInput, TieInput

    add_goal(services, person, "Go to a meeting every week")
    services.network.add_member(person.id, MemberInput("Rosa", domain="family"), TieInput())
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.step_button)
    qtbot.keyClicks(dialog.what_edit, "Ask about a lift")
    dialog.network_radio.click()
    dialog.member_combo.setCurrentIndex(dialog.member_combo.count() - 1)
    assert dialog.network_edit.isEnabled()
    qtbot.keyClicks(dialog.network_edit, "Neighbour Joe")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.goal_list.topLevelItem(0).childCount() == 1)
    step = services.goals.for_person(person.id)[0].steps[0]
    assert (step.helper_member_id, step.helper_name) == (None, "Neighbour Joe")


def test_move_down_changes_the_order_in_the_service(qtbot, services, person) -> None:
    first = add_goal(services, person, "Have my own place")
    second = add_goal(services, person, "Get back to work")
    tab = make_tab(qtbot, services, person)
    tab.select_goal(first.id)
    assert not tab.up_button.isEnabled() and tab.down_button.isEnabled()
    qtbot.mouseClick(tab.down_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [g.id for g in services.goals.for_person(person.id)] == [second.id, first.id])
    qtbot.waitUntil(lambda: tab.goal_list.topLevelItem(0).text(1) == "Get back to work")
    assert "Top priority" in order_column(tab)[0] and order_column(tab)[1] == "2"
    assert tab.selected_goal().id == first.id  # the moved goal stays selected
    # Ctrl+Up moves it back.
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.goal_list.setFocus()
    qtbot.keyClick(tab.goal_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [g.id for g in services.goals.for_person(person.id)] == [first.id, second.id])


def test_let_go_is_shown_and_top_priority_moves_to_the_first_active_goal(qtbot, services, person) -> None:
    first = add_goal(services, person, "Have my own place")
    add_goal(services, person, "Get back to work")
    tab = make_tab(qtbot, services, person)
    tab.select_goal(first.id)
    tab.status_actions["let_go"].trigger()
    qtbot.waitUntil(lambda: tab.goal_list.topLevelItem(0).text(3) == "Let go")
    assert services.goals.for_person(person.id)[0].status == "let_go"
    assert "Top priority" not in order_column(tab)[0]
    assert "Top priority" in order_column(tab)[1]
    assert tab.status_actions["let_go"].isChecked()


def test_a_change_for_someone_else_does_not_reload(qtbot, services, person, monkeypatch) -> None:
    from rosc_desktop.ui.operations import change_bus

    tab = make_tab(qtbot, services, person)
    reloads = []
    monkeypatch.setattr(tab, "reload", lambda: reloads.append(1))
    change_bus.changed.emit(Changes.of(Kind.GOALS, participant_id="someone-else"))
    assert reloads == []
    change_bus.changed.emit(Changes.of(Kind.GOALS, participant_id=person.id))
    assert reloads == [1]


def test_every_reachable_control_has_a_name(qtbot, services, person) -> None:
    goal = add_goal(services, person, "Have my own place")
    services.goals.add_step(goal.id, "Gather pay stubs")
    workspace = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.tabs.setCurrentWidget(workspace.goals)
    assert [workspace.tabs.tabText(i).replace("&", "") for i in range(3)] == ["Overview", "Goals", "Intake"]
    assert _unnamed_controls(workspace) == []
    view = services.goals.for_person(person.id)[0]
    for dialog in (GoalDialog(services, person.id, None), GoalDialog(services, person.id, view),
                   ReviewDialog(services, person.id, view), StepDialog(services, person.id, view)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.done(0)


def _drawn(image: QImage, rect: QRect) -> bool:
    """Whether something is painted in `rect` of `image`: more than one colour among its pixels."""
    colours = {image.pixel(x, y) for x in range(rect.left(), rect.right() + 1, 2)
               for y in range(rect.top(), rect.bottom() + 1, 2)}
    return len(colours) > 1


def test_the_tab_and_dialog_show_the_goals_on_screen(qtbot, services, person, tmp_path) -> None:
    """What the participant and peer look at together: every goal's statement painted in the list without
    scrolling, and the goal dialog painted with the goal in it. (Saved as pictures under /tmp/shots, if that
    folder exists, for looking at by eye.)"""
    import os

    first = add_goal(services, person, "Have my own place where my kids can visit", weight=2,
                     why_it_matters="So my kids can stay over on weekends")
    add_goal(services, person, "Get back to work at a job I like", domain="work_education",
             levels=("", "", "Applied to three jobs", "Had an interview", "Started work"))
    third = add_goal(services, person, "Go to a meeting every week", domain="substance_use")
    services.goals.review(first.id, date.today(), 1, "Got the room")
    services.goals.add_step(first.id, "Call the housing office", helper_kind="staff",
                            helper_staff_id=services.actor.staff_id)
    services.goals.set_status(third.id, "let_go")
    workspace = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 750)
    workspace.show()
    workspace.tabs.setCurrentWidget(workspace.goals)
    goal_list = workspace.goals.goal_list
    qtbot.waitUntil(lambda: goal_list.topLevelItemCount() == 3)
    picture = workspace.grab().toImage()
    viewport = goal_list.viewport()
    for row in range(3):
        item = goal_list.topLevelItem(row)
        cell = goal_list.visualItemRect(item)
        cell.setLeft(goal_list.header().sectionPosition(1))
        cell.setWidth(goal_list.header().sectionSize(1))
        assert viewport.rect().contains(cell), f"goal {item.text(1)!r} is not in view"
        top_left = viewport.mapTo(workspace, cell.topLeft())
        assert _drawn(picture, QRect(top_left, cell.size())), f"goal {item.text(1)!r} is not painted"
    assert [goal_list.topLevelItem(row).text(1) for row in range(3)] == [
        "Have my own place where my kids can visit", "Get back to work at a job I like", "Go to a meeting every week"]
    dialog = GoalDialog(services, person.id, services.goals.for_person(person.id)[0], workspace)
    dialog.show()
    assert dialog.statement_edit.toPlainText() == "Have my own place where my kids can visit"
    editor = dialog.statement_edit
    dialog_picture = dialog.grab().toImage()
    assert _drawn(dialog_picture, QRect(editor.mapTo(dialog, editor.rect().topLeft()), editor.size()))
    folder = "/tmp/shots" if os.path.isdir("/tmp/shots") else str(tmp_path)
    assert picture.save(f"{folder}/goals.png") and dialog_picture.save(f"{folder}/goal_dialog.png")
    dialog.done(0)
