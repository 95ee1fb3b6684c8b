"""The Activities tab as the front desk and a group's facilitator use it: keys first, then what the services hold."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rosc_desktop.services.changes import Kind
from rosc_desktop.clock import center_today
from rosc_desktop.services.activities import SeriesInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.operations import pending_operations
from rosc_desktop.ui.screens.activities import ActivitiesScreen, week_start
from rosc_desktop.ui.screens.checkins import CheckInsTab
from rosc_desktop.ui.screens.overview import OverviewTab
from tests.ui.test_accessibility import _unnamed_controls


@pytest.fixture
def people(services):  # type: ignore[no-untyped-def]
    names = ("Marisol Ortega", "Dee Walker", "Marcus Lee", "Sam Rivera")
    return {name.split()[0]: services.participants.register(ParticipantInput(name)).id for name in names}


def make_screen(qtbot, services) -> ActivitiesScreen:  # type: ignore[no-untyped-def]
    screen = ActivitiesScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1200, 680)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    return screen


def settled() -> bool:
    return pending_operations() == 0


def type_and_find(qtbot, picker, text: str) -> None:  # type: ignore[no-untyped-def]
    picker.search_edit.setFocus()
    with qtbot.waitSignal(picker.results_ready, timeout=5000, check_params_cb=lambda: picker.results.count() > 0):
        qtbot.keyClicks(picker.search_edit, text)


def sign_in_by_keys(qtbot, desk, text: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    type_and_find(qtbot, desk.picker, text)
    qtbot.keyClick(desk.picker.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.signed_list.count() == expected and settled(), timeout=5000)


def test_the_front_desk_signs_two_people_in_and_counts_three_unnamed(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, services)
    desk = screen.front_desk
    assert screen.pages.currentWidget() is desk
    sign_in_by_keys(qtbot, desk, "Mari", 1)
    sign_in_by_keys(qtbot, desk, "dee", 2)
    assert sorted(desk.signed_list.item(i).text() for i in range(2)) == ["Dee Walker", "Marisol Ortega"]
    assert desk.picker.search_edit.text() == ""  # ready for the next person
    assert QApplication.focusWidget() is desk.picker.search_edit

    for _ in range(3):
        qtbot.mouseClick(desk.more_button, Qt.MouseButton.LeftButton)
    assert desk.unnamed_spin.value() == 3
    qtbot.waitUntil(lambda: not desk.has_unsaved_work(), timeout=5000)

    sheet = services.activities.drop_in(center_today())
    assert sheet.attendees == 2 and sheet.anonymous_count == 3 and sheet.headcount == 5
    assert {a.participant_id for a in services.activities.attendees(sheet.id)} == {people["Marisol"], people["Dee"]}
    assert "5" in desk.headcount_label.text()
    assert not _unnamed_controls(screen)


def test_search_finds_by_a_few_letters_and_enter_adds_the_highlighted_person(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, services)
    desk = screen.front_desk
    type_and_find(qtbot, desk.picker, "Mar")
    found = {desk.picker.results.item(i).text() for i in range(desk.picker.results.count())}
    assert found == {"Marisol Ortega", "Marcus Lee"}
    # Down into the list, Down to the second match, Enter: that one is signed in, not the first.
    qtbot.keyClick(desk.picker.search_edit, Qt.Key.Key_Down)
    desk.picker.results.setCurrentRow(0)
    qtbot.keyClick(desk.picker.results, Qt.Key.Key_Down)
    second = desk.picker.results.currentItem().text()
    qtbot.keyClick(desk.picker.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.signed_list.count() == 1 and settled(), timeout=5000)
    assert desk.signed_list.item(0).text() == second
    assert services.activities.find_drop_in(center_today()).attendees == 1


def test_enter_typed_before_the_answer_takes_the_first_match(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, services)
    desk = screen.front_desk
    desk.picker.search_edit.setFocus()
    qtbot.keyClicks(desk.picker.search_edit, "Sam")
    qtbot.keyClick(desk.picker.search_edit, Qt.Key.Key_Return)  # at once, before the search has even started
    qtbot.waitUntil(lambda: desk.signed_list.count() == 1 and settled(), timeout=5000)
    assert desk.signed_list.item(0).text() == "Sam Rivera"


def test_delete_takes_someone_off_the_sheet(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, services)
    desk = screen.front_desk
    sign_in_by_keys(qtbot, desk, "Marisol", 1)
    sign_in_by_keys(qtbot, desk, "Sam", 2)
    row = next(i for i in range(2) if desk.signed_list.item(i).text() == "Sam Rivera")
    desk.signed_list.setFocus()
    desk.signed_list.setCurrentRow(row)
    qtbot.keyClick(desk.signed_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: desk.signed_list.count() == 1 and settled(), timeout=5000)
    assert desk.signed_list.item(0).text() == "Marisol Ortega"
    sheet = services.activities.find_drop_in(center_today())
    assert [a.participant_id for a in services.activities.attendees(sheet.id)] == [people["Marisol"]]


def test_a_forgotten_day_can_be_filled_in_but_not_a_future_one(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, services)
    desk = screen.front_desk
    today = center_today()
    assert desk.day() == today
    desk.day_edit.setDate(desk.day_edit.date().addDays(3))
    assert desk.day() == today  # the edit refuses the future
    desk.day_edit.setDate(desk.day_edit.date().addDays(-2))
    qtbot.waitUntil(lambda: desk.loaded_day == today - timedelta(days=2) and settled(), timeout=5000)
    assert desk.today_button.isVisible()
    sign_in_by_keys(qtbot, desk, "Dee", 1)
    assert services.activities.find_drop_in(today - timedelta(days=2)).attendees == 1
    assert services.activities.find_drop_in(today) is None


def test_a_planned_weekly_meeting_becomes_one_activity_when_attendance_is_recorded(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    monday = week_start(center_today())
    services.activities.create_series(SeriesInput("All Recovery Meeting", "meeting", 1, time(18, 0), monday,
                                                  duration_minutes=90, place="Main room", facilitator="Rosa"))
    screen = make_screen(qtbot, services)
    week = screen.week
    screen.pages.setCurrentWidget(week)
    qtbot.waitUntil(lambda: week.tree.topLevelItemCount() == 1 and settled(), timeout=5000)
    line = week.tree.topLevelItem(0)
    assert line.text(1) == "All Recovery Meeting" and line.text(3) == "Main room" and line.text(4) == "Rosa"
    assert line.text(5) == "planned"
    week.tree.setCurrentItem(line)
    panel = week.panel
    assert panel.view is not None and panel.view.id is None

    for text, count in (("Marisol", 1), ("Marcus", 2)):
        type_and_find(qtbot, panel.picker, text)
        qtbot.keyClick(panel.picker.search_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda count=count: panel.attendees.count() == count and settled(), timeout=5000)
    panel.unnamed_spin.setValue(4)
    qtbot.waitUntil(lambda: not panel.has_unsaved_work() and week.tree.topLevelItem(0).text(5) == "6", timeout=5000)

    held = [v for v in services.activities.between(monday, monday + timedelta(days=6)) if v.id is not None]
    assert len(held) == 1  # marked twice and counted once: still one activity
    assert held[0].attendees == 2 and held[0].anonymous_count == 4 and held[0].held_on == monday + timedelta(days=1)
    assert week.current_view() is not None and week.current_view().id == held[0].id  # still chosen

    # The next week shows the next meeting, still only planned.
    qtbot.mouseClick(week.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: week.tree.topLevelItemCount() == 1 and week.tree.topLevelItem(0).text(5) == "planned",
                    timeout=5000)


def test_a_new_weekly_activity_is_set_up_in_its_dialog(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, services)
    week = screen.week
    screen.pages.setCurrentWidget(week)
    dialog = week.new_series()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name_edit, "Art class")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("class"))
    dialog.weekday_combo.setCurrentIndex(week_start(center_today()).weekday() + 2)  # Wednesday
    dialog.starts_edit.setDate(dialog.starts_edit.date().addDays(-7))
    with qtbot.waitSignal(week.loaded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled() and week.tree.topLevelItemCount() == 1, timeout=5000)
    assert week.tree.topLevelItem(0).text(1) == "Art class"
    assert [s.name for s in services.activities.series()] == ["Art class"]


def test_attendance_shows_on_the_overview_and_the_check_in_timeline(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    pid = people["Dee"]
    overview = OverviewTab(services, pid)
    checkins = CheckInsTab(services, pid)
    for tab in (overview, checkins):
        qtbot.addWidget(tab)
    assert overview.activities_label.text() == "None recorded yet"
    assert checkins.timeline.topLevelItemCount() == 0

    monday = week_start(center_today())
    series = services.activities.create_series(SeriesInput("All Recovery Meeting", "meeting", 0, time(18, 0),
                                                           monday - timedelta(weeks=1)))
    # Recorded from the screen, so the change notice reaches the open tabs as it would in the app.
    screen = make_screen(qtbot, services)
    desk = screen.front_desk
    sign_in_by_keys(qtbot, desk, "Dee", 1)
    meeting = services.activities.record_occurrence(series.id, monday - timedelta(weeks=1))
    services.activities.mark(meeting.id, pid)
    qtbot.waitUntil(lambda: checkins.timeline.topLevelItemCount() == 1, timeout=5000)  # the sign-in's notice
    checkins.reload()
    overview.reload_activities()

    assert overview.activities_label.text().startswith("Came 2 times in the last 30 days — last: Drop-in, ")

    rows = [(checkins.timeline.topLevelItem(i).text(1), checkins.timeline.topLevelItem(i).text(5))
            for i in range(checkins.timeline.topLevelItemCount())]
    assert rows == [("Attended: Drop-in", ""),
                    ("Attended: Mutual-help meeting", "All Recovery Meeting")]


def test_ctrl_shift_d_reaches_the_sign_in_sheet_from_any_tab(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.main_window import MainWindow
    from tests.conftest import ADMIN_PASSWORD
    from tests.ui.stand_ins import StandInList

    window = MainWindow(paths, idle_timeout_ms=600_000, list_factory=StandInList)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_screen.username.setText("ana")
    window.start_screen.password.setText(ADMIN_PASSWORD)
    window.start_screen.submit()
    qtbot.waitUntil(lambda: window.services is not None and window.tabs is not None, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    screen = window.activities_screen
    assert window.tabs.tabText(window.tabs.indexOf(screen)) == "Activities"
    assert window.tabs.indexOf(screen) == window.tabs.indexOf(window.participant_list) + 1
    window.tabs.setCurrentWidget(window.directory_screen)
    screen.pages.setCurrentWidget(screen.week)
    window.directory_screen.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    search = screen.front_desk.picker.search_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    assert window.tabs.currentWidget() is screen and screen.pages.currentWidget() is screen.front_desk
    window.tabs.tabCloseRequested.emit(window.tabs.indexOf(screen))
    assert window.tabs.indexOf(screen) >= 0  # a home tab: it never closes
    assert window.sign_out()


def test_the_guide_names_every_key_the_screen_answers_to(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtGui import QShortcut

    from rosc_desktop.ui import help as guide

    screen = ActivitiesScreen(services)
    qtbot.addWidget(screen)
    keys = {shortcut.key().toString() for shortcut in screen.findChildren(QShortcut)} | {"Ctrl+Shift+D", "Enter"}
    assert "Del" in keys
    assert screen.help_topic in guide.TOPICS
    for language in ("en", "es"):
        text = re.sub(r"<[^>]+>", "", guide.page_path(screen.help_topic, language).read_text(encoding="utf-8"))
        assert all(key in text for key in keys), (language, keys)


def test_signing_someone_in_tells_their_open_screens_and_today(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.operations import change_bus
    from rosc_desktop.ui.screens.today import REFRESH_KINDS

    screen = make_screen(qtbot, services)
    pid = people["Sam"]
    with qtbot.waitSignal(change_bus.changed, timeout=5000,
                          check_params_cb=lambda changes: changes.concerns(Kind.ATTENDANCE, pid)) as notice:
        sign_in_by_keys(qtbot, screen.front_desk, "Sam", 1)
    changes = notice.args[0]
    assert changes.concerns(Kind.CHECKINS, pid)  # the check-in timeline, and the last contact Today's outreach reads
    assert changes.touches(*REFRESH_KINDS)
    assert {person for _kind, person in changes.entries} <= {pid, None}  # nobody else's screens reload


def test_a_count_still_waiting_is_saved_when_the_page_is_left(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, services)
    desk = screen.front_desk
    qtbot.waitUntil(settled, timeout=5000)
    qtbot.mouseClick(desk.more_button, Qt.MouseButton.LeftButton)
    assert desk.has_unsaved_work()
    screen.pages.setCurrentWidget(screen.week)  # at once, before the pause that saves it
    assert not desk._count_timer.isActive()  # saved on leaving, not left to a timer on a page out of sight
    qtbot.waitUntil(lambda: not desk.has_unsaved_work() and settled(), timeout=5000)
    assert services.activities.find_drop_in(center_today()).anonymous_count == 1
