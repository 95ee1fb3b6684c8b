"""The Today screen: follow-ups due (most overdue first, marked done), reaching out after N days, recently opened."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QTreeWidget

from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.operations import change_bus
from rosc_desktop.ui.screens.today import TodayScreen
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_accessibility import _unnamed_controls
from tests.ui.test_lock import StandInWorkspace

TODAY = date.today()


def names(tree: QTreeWidget, column: int = 0) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


@pytest.fixture
def people(services):  # type: ignore[no-untyped-def]
    register = services.participants.register
    return {name: register(ParticipantInput(name)).id
            for name in ("Ada Moss", "Ben Ortiz", "Cleo Park", "Dev Shah", "Eli Fox")}


@pytest.fixture
def follow_ups(services, people):  # type: ignore[no-untyped-def]
    """Ada: due today through a check-in; Ben: due today (added); Cleo: due tomorrow; Dev: in two days."""
    now = datetime.now(timezone.utc)
    services.checkins.record(people["Ada Moss"], CheckInInput(occurred_at=now - timedelta(hours=1),
                                                              next_follow_up=TODAY))
    services.checkins.add_follow_up(people["Ben Ortiz"], TODAY, reason="Ride to the clinic")
    services.checkins.add_follow_up(people["Cleo Park"], TODAY + timedelta(days=1), reason="Housing call")
    services.checkins.add_follow_up(people["Dev Shah"], TODAY + timedelta(days=2))


def make(qtbot, services, today: date | None = None) -> TodayScreen:  # type: ignore[no-untyped-def]
    screen = TodayScreen(services, today=today)
    qtbot.addWidget(screen)
    screen.resize(1100, 750)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: not screen.is_loading(), timeout=10_000)  # the outreach list loads off the GUI thread
    return screen


def test_due_today_and_overdue_most_overdue_first(qtbot, services, people, follow_ups) -> None:  # type: ignore[no-untyped-def]
    screen = make(qtbot, services)
    tree = screen.follow_ups.tree
    assert sorted(names(tree)) == ["Ada Moss", "Ben Ortiz"]
    assert names(tree, 2) == ["today", "today"]

    later = make(qtbot, services, today=TODAY + timedelta(days=3))
    tree = later.follow_ups.tree
    # Ada and Ben were due three days before "today", Cleo two, Dev one; nobody later.
    assert names(tree)[2:] == ["Cleo Park", "Dev Shah"]
    assert sorted(names(tree)[:2]) == ["Ada Moss", "Ben Ortiz"]
    assert names(tree, 2) == ["3 days overdue", "3 days overdue", "2 days overdue", "1 day overdue"]
    ben = names(tree).index("Ben Ortiz")
    assert tree.topLevelItem(ben).text(3) == "Ride to the clinic"


def test_nothing_due_says_so(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = make(qtbot, services)
    assert screen.follow_ups.row_count() == 0
    assert screen.follow_ups.stack.currentWidget() is screen.follow_ups.empty_label
    assert screen.follow_ups.empty_label.text() == "Nothing due today."
    assert not screen.done_button.isVisibleTo(screen)


def test_done_removes_the_row_and_the_service_agrees(qtbot, services, people, follow_ups) -> None:  # type: ignore[no-untyped-def]
    screen = make(qtbot, services, today=TODAY + timedelta(days=1))
    tree = screen.follow_ups.tree
    assert "Cleo Park" in names(tree)
    tree.setCurrentItem(tree.topLevelItem(names(tree).index("Cleo Park")))
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Cleo Park" not in names(tree), timeout=5_000)
    assert len(names(tree)) == 2
    due = services.checkins.due_follow_ups(TODAY + timedelta(days=1))
    assert people["Cleo Park"] not in {f.participant_id for f in due}

    # The button does the same for the selected row.
    tree.setCurrentItem(tree.topLevelItem(0))
    gone = tree.topLevelItem(0).text(0)
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone not in names(tree), timeout=5_000)
    assert len(services.checkins.due_follow_ups(TODAY + timedelta(days=1))) == 1


def test_outreach_respects_the_number_of_days(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(timezone.utc)
    services.checkins.record(people["Ada Moss"], CheckInInput(occurred_at=now - timedelta(days=40)))
    services.checkins.record(people["Ben Ortiz"], CheckInInput(occurred_at=now - timedelta(days=10)))
    screen = make(qtbot, services)
    tree = screen.outreach.tree
    assert screen.days_spin.value() == 30
    assert (screen.days_spin.minimum(), screen.days_spin.maximum()) == (1, 365)
    assert names(tree) == ["Ada Moss"]
    assert names(tree, 2) == ["40"]

    screen.days_spin.setValue(5)
    qtbot.waitUntil(lambda: names(tree) == ["Ada Moss", "Ben Ortiz"], timeout=5_000)
    screen.days_spin.setValue(45)
    qtbot.waitUntil(lambda: screen.outreach.row_count() == 0, timeout=5_000)
    assert screen.outreach.stack.currentWidget() is screen.outreach.empty_label
    assert "45 days" in screen.outreach.empty_label.text()


def test_enter_and_a_click_on_the_name_open_the_person(qtbot, services, people, follow_ups) -> None:  # type: ignore[no-untyped-def]
    services.participants.open(people["Eli Fox"])
    services.participants.open(people["Dev Shah"])
    screen = make(qtbot, services)
    assert names(screen.recent.tree) == ["Dev Shah", "Eli Fox"]

    tree = screen.follow_ups.tree
    row = names(tree).index("Ben Ortiz")
    tree.setCurrentItem(tree.topLevelItem(row))
    tree.setFocus()
    with qtbot.waitSignal(screen.open_requested, timeout=2_000) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == [people["Ben Ortiz"]]

    recent = screen.recent.tree
    recent.setCurrentItem(recent.topLevelItem(1))
    with qtbot.waitSignal(screen.open_requested, timeout=2_000) as blocker:
        qtbot.keyClick(recent, Qt.Key.Key_Enter)
    assert blocker.args == [people["Eli Fox"]]

    rect = recent.visualItemRect(recent.topLevelItem(0))
    with qtbot.waitSignal(screen.open_requested, timeout=2_000) as blocker:
        qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 8, rect.center().y()))
    assert blocker.args == [people["Dev Shah"]]
    # A click elsewhere in the row only selects it (to mark a follow-up done, say).
    second = recent.visualItemRect(recent.topLevelItem(1))
    with qtbot.assertNotEmitted(screen.open_requested):
        qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(recent.header().sectionPosition(1) + 8, second.center().y()))
    assert recent.currentItem() is recent.topLevelItem(1)


def test_refreshes_on_changes_and_when_shown(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = make(qtbot, services)
    assert screen.follow_ups.row_count() == 0
    services.checkins.add_follow_up(people["Eli Fox"], TODAY, reason="Call back")
    change_bus.changed.emit(Changes.of(Kind.FOLLOWUPS, participant_id=people["Eli Fox"]))
    assert names(screen.follow_ups.tree) == ["Eli Fox"]

    screen.hide()
    services.checkins.add_follow_up(people["Ada Moss"], TODAY)
    change_bus.changed.emit(Changes.of(Kind.CHECKINS))
    change_bus.changed.emit(Changes.of(Kind.INTAKE))  # not shown here: nothing to do
    assert screen.follow_ups.row_count() == 1  # hidden: catches up when shown, not before
    services.participants.open(people["Cleo Park"])
    screen.show()
    qtbot.waitUntil(lambda: screen.follow_ups.row_count() == 2, timeout=2_000)
    assert names(screen.recent.tree) == ["Cleo Park"]


@pytest.mark.parametrize("with_rows", [False, True])
def test_every_reachable_control_has_a_name(qtbot, services, people, follow_ups, with_rows) -> None:  # type: ignore[no-untyped-def]
    if with_rows:
        services.participants.open(people["Ada Moss"])
    screen = make(qtbot, services, today=TODAY if with_rows else TODAY - timedelta(days=1))
    assert _unnamed_controls(screen) == []
    for section in (screen.follow_ups, screen.outreach, screen.recent):
        assert section.heading.buddy() is section.tree
        assert section.tree.accessibleName()


def test_main_window_opens_on_today_and_ctrl_f_reaches_the_list(qtbot, services, paths, people, follow_ups) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.main_window import MainWindow
    from tests.ui.stand_ins import StandInList

    opened: list[str] = []

    def workspace(services_, pid):  # type: ignore[no-untyped-def]
        opened.append(pid)
        return StandInWorkspace(services_, pid)

    window = MainWindow(paths, idle_timeout_ms=600_000, list_factory=StandInList, workspace_factory=workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_screen.username.setText("ana")
    window.start_screen.password.setText(ADMIN_PASSWORD)
    window.start_screen.submit()
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)

    today = window.today_screen
    assert isinstance(today, TodayScreen)
    assert window.tabs.currentWidget() is today
    assert window.tabs.indexOf(today) == 0 and window.tabs.indexOf(window.participant_list) == 1
    assert window.tabs.tabText(0) == "&Today"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.follow_ups.tree, timeout=2_000)

    qtbot.keyClick(today.follow_ups.tree, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0] in {people["Ada Moss"], people["Ben Ortiz"]}
    window.tabs.setCurrentWidget(today)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.participant_list
    qtbot.waitUntil(lambda: window.participant_list.search.hasFocus(), timeout=2_000)

    window.tabs.tabCloseRequested.emit(0)
    assert window.tabs.indexOf(today) == 0  # Today never closes


def test_someone_never_seen_reads_not_since_registering(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.checkins import OutreachRow

    screen = make(qtbot, services)
    cells = screen._outreach_cells(OutreachRow(people["Eli Fox"], "Eli Fox", None, 42))
    assert cells == ["Eli Fox", "not since registering", "42"]


def test_the_outreach_days_setting_is_remembered(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.screens.today import TodayScreen

    first = TodayScreen(services)
    qtbot.addWidget(first)
    assert first.days_spin.value() == 30
    first.days_spin.setValue(45)
    again = TodayScreen(services)
    qtbot.addWidget(again)
    assert again.days_spin.value() == 45


def test_the_outreach_list_is_asked_for_once_today_has_painted(qtbot, services, people, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Reading every person's last contact beside Today's first paint slowed it; the list loads just after."""
    from PySide6.QtCore import QEvent, QObject

    now = datetime.now(timezone.utc)
    services.checkins.record(people["Ada Moss"], CheckInInput(occurred_at=now - timedelta(days=40)))
    happened: list[str] = []
    real = services.checkins.outreach
    monkeypatch.setattr(services.checkins, "outreach", lambda days: (happened.append(f"asked {days}"), real(days))[1])

    class Painted(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in happened:
                happened.append("painted")
            return False

    screen = TodayScreen(services)
    qtbot.addWidget(screen)
    painted = Painted(screen)
    screen.installEventFilter(painted)
    assert screen.is_loading()  # built, not yet painted: it says the list is on its way
    assert screen.outreach.stack.currentWidget() is screen.outreach.empty_label
    assert screen.outreach.empty_label.text().startswith("Looking for people")
    screen.show()
    qtbot.waitUntil(lambda: not screen.is_loading(), timeout=10_000)
    assert happened == ["painted", "asked 30"]
    assert names(screen.outreach.tree) == ["Ada Moss"]


def test_a_today_screen_that_never_paints_still_loads_its_outreach_list(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(timezone.utc)
    services.checkins.record(people["Ada Moss"], CheckInInput(occurred_at=now - timedelta(days=40)))
    screen = TodayScreen(services)
    qtbot.addWidget(screen)  # never shown
    qtbot.waitUntil(lambda: not screen.is_loading(), timeout=10_000)
    assert names(screen.outreach.tree) == ["Ada Moss"]


def test_records_opened_while_today_was_hidden_are_listed_when_it_shows_again(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = make(qtbot, services)
    assert names(screen.recent.tree) == []
    screen.hide()  # another tab in front
    services.participants.open(people["Eli Fox"])  # opening a record is not announced on the change bus
    screen.show()
    qtbot.waitUntil(lambda: names(screen.recent.tree) == ["Eli Fox"], timeout=5_000)
