"""The Reports screen: a period's figures with their definitions, the lists behind them, the charts, the CSV, and
who may see it.

The records, all in last month (the screen's default period): Ana checks in in person and comes to a group with
three unnamed people; Ben is phoned and comes to the next day's drop-in with two unnamed people; Ana's BARC-10 went
from 30 to 40. So 2 enrolled + 5 unnamed visits = 7 people served, 2 contacts, 2 activities, 7 attendances.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem, QVBoxLayout, QWidget

from rosc_desktop.services.activities import ActivityInput
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.measures import BY_CODE
from rosc_desktop.ui.screens.reports import COL_MEASURE, COL_RESTS_ON, COL_VALUE, ReportsScreen, last_full_month
from tests.conftest import register_long_ago
from tests.ui.stand_ins import StandInList

MONTH = last_full_month()
DAY = MONTH + timedelta(days=9)


def at(day: date, hour: int = 11) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


@pytest.fixture
def people(services):  # type: ignore[no-untyped-def]
    s = services
    ana = register_long_ago(s, "Ana", days=200)
    ben = register_long_ago(s, "Ben", days=200)
    s.checkins.record(ana.id, CheckInInput(occurred_at=at(DAY), mode="in_person"))
    s.checkins.record(ben.id, CheckInInput(occurred_at=at(DAY + timedelta(days=1)), mode="phone"))
    group = s.activities.create(ActivityInput("Peer support group", "group", at(DAY, 18)))
    s.activities.mark(group.id, ana.id)
    s.activities.set_anonymous_count(group.id, 3)
    drop_in = s.activities.drop_in(DAY + timedelta(days=1))
    s.activities.mark(drop_in.id, ben.id)
    s.activities.set_anonymous_count(drop_in.id, 2)
    s.intake.record_barc10(ana.id, DAY - timedelta(days=90), [3] * 10)  # 30
    s.intake.record_barc10(ana.id, DAY, [4] * 10)  # 40
    return {"ana": ana.id, "ben": ben.id}


def shown(qtbot, services) -> ReportsScreen:  # type: ignore[no-untyped-def]
    screen = ReportsScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1200, 640)
    screen.show()
    qtbot.waitExposed(screen)
    wait_for_report(qtbot, screen, MONTH, month_end_of(MONTH))
    return screen


def month_end_of(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def wait_for_report(qtbot, screen: ReportsScreen, first: date, last: date) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: screen.report is not None and (screen.report.first, screen.report.last) == (first, last)
                    and not screen.is_busy(), timeout=10_000)


def row(screen: ReportsScreen, code: str) -> QTreeWidgetItem:
    for index in range(screen.tree.topLevelItemCount()):
        item = screen.tree.topLevelItem(index)
        if item.data(COL_MEASURE, Qt.ItemDataRole.UserRole) == code:
            return item
    raise AssertionError(code)


def children(item: QTreeWidgetItem) -> dict[str, str]:
    return {item.child(i).text(COL_MEASURE): item.child(i).text(COL_VALUE) for i in range(item.childCount())}


def test_the_months_figures_with_breakdowns_and_definitions(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = shown(qtbot, services)
    served = row(screen, "people_served")
    assert (served.text(COL_MEASURE), served.text(COL_VALUE)) == ("People served", "7")
    assert children(served) == {"Enrolled people": "2", "Visits by people not enrolled or not named": "5"}
    assert served.toolTip(COL_VALUE) == BY_CODE["people_served"].definition
    assert served.child(0).toolTip(COL_MEASURE) == BY_CODE["people_served"].definition
    contacts = row(screen, "contacts")
    assert contacts.text(COL_VALUE) == "2"
    assert {k: v for k, v in children(contacts).items() if v != "0"} == {"In person": "1", "Phone": "1"}
    assert row(screen, "activities_held").text(COL_VALUE) == "2"
    assert {k: v for k, v in children(row(screen, "attendance")).items() if v != "0"} == {"Groups": "4",
                                                                                          "Drop-in": "3"}
    barc = row(screen, "barc10_change")
    assert (barc.text(COL_VALUE), barc.text(COL_RESTS_ON)) == ("+10.0", "1 person")
    assert row(screen, "days_to_connection").text(COL_RESTS_ON) == "0 referrals"  # a median of referrals
    gas = row(screen, "gas_change")
    assert (gas.text(COL_VALUE), gas.text(COL_RESTS_ON)) == ("–", "0 people")  # the paper's dash
    assert screen.csv_button.isEnabled() and screen.pdf_button.isEnabled()


def test_changing_the_month_or_the_days_counts_again(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = shown(qtbot, services)
    before = (MONTH - timedelta(days=1)).replace(day=1)
    screen.set_month(before)
    assert screen.is_busy() and screen.status.text() == "Counting…"
    assert not screen.csv_button.isEnabled()  # the figures shown are still last month's
    wait_for_report(qtbot, screen, before, month_end_of(before))
    assert row(screen, "people_served").text(COL_VALUE) == "0"
    assert row(screen, "activities_held").text(COL_VALUE) == "0"

    screen.set_range(DAY, DAY)  # Ana and the group's three unnamed people; Ben came the next day
    wait_for_report(qtbot, screen, DAY, DAY)
    assert row(screen, "people_served").text(COL_VALUE) == "4"
    assert children(row(screen, "contacts"))["In person"] == "1"

    screen.set_range(DAY, DAY - timedelta(days=1))
    qtbot.waitUntil(lambda: screen.status.text() == "The last day is before the first.")
    assert not screen.csv_button.isEnabled()


def test_the_people_behind_a_figure_open_the_person(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = shown(qtbot, services)
    opened: list[str] = []
    screen.open_requested.connect(opened.append)
    screen.tree.setCurrentItem(row(screen, "people_served"))
    screen.tree.setFocus()
    qtbot.keyClick(screen.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.behind_dialog is not None and screen.behind_dialog.loaded, timeout=10_000)
    dialog = screen.behind_dialog
    names = [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
    assert names == ["Ana", "Ben"]
    assert dialog.status.text() == "2 people Enter opens the person."
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert opened == [people["ben"]]
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_activities_behind_the_attendance(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = shown(qtbot, services)
    dialog = screen.open_behind("attendance")
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    rows = [[dialog.list.topLevelItem(i).text(c) for c in (1, 2, 3)] for i in range(dialog.list.topLevelItemCount())]
    assert rows == [["Peer support group", "Group", "4"], ["Drop-in", "Drop-in", "3"]]
    assert dialog.open_button is None  # nobody to open: an activity is not a person
    dialog.reject()
    assert screen.open_behind("gas_change") is None
    assert screen.status.text() == "This figure has no list behind it."


def test_csv_has_a_row_per_measure_and_breakdown(qtbot, services, people, tmp_path) -> None:  # type: ignore[no-untyped-def]
    screen = shown(qtbot, services)
    target = tmp_path / "figures.csv"
    screen.export_csv(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["measure", "title", "breakdown", "first", "last", "value", "rests_on"]
    by_key = {(r["measure"], r["breakdown"]): r for r in rows}
    period = {"first": MONTH.isoformat(), "last": month_end_of(MONTH).isoformat()}
    assert by_key[("people_served", "")] == {"measure": "people_served", "title": "People served", "breakdown": "",
                                             **period, "value": "7", "rests_on": ""}
    assert by_key[("people_served", "anonymous_visits")]["value"] == "5"
    assert by_key[("attendance", "drop_in")]["value"] == "3"
    assert (by_key[("barc10_change", "")]["value"], by_key[("barc10_change", "")]["rests_on"]) == ("10", "1")
    assert by_key[("gas_change", "")]["value"] == ""
    assert len({r["measure"] for r in rows}) == len(BY_CODE)
    assert "Ana" not in target.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: screen.status.text().startswith("Saved as figures.csv"))


def test_save_as_pdf_in_the_chosen_language_with_the_note(qtbot, services, people, tmp_path) -> None:  # type: ignore[no-untyped-def]
    screen = shown(qtbot, services)
    screen.note.setPlainText("Two new groups started this month.")
    screen.language.setCurrentIndex(screen.language.findData("es"))
    target = tmp_path / "report.pdf"
    screen.save_pdf(target)
    assert not screen.pdf_button.isEnabled()  # while it is written
    qtbot.waitUntil(lambda: screen.status.text().startswith("Saved as report.pdf"), timeout=20_000)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(target)).pages)
    assert "Two new groups started this month." in text
    month_in_spanish = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                        "diciembre").split()[MONTH.month - 1]
    assert month_in_spanish in text.lower()  # in Spanish, as chosen, while the screen speaks English
    assert "Ana" not in text and "Ben" not in text  # never names
    assert screen.pdf_button.isEnabled()


def test_charts_show_the_trend_attendance_and_barc10(qtbot, services, people) -> None:  # type: ignore[no-untyped-def]
    screen = shown(qtbot, services)
    qtbot.waitUntil(lambda: screen.charts_data is not None, timeout=10_000)
    trend = screen.trend_view.chart()
    lines = [s for s in trend.series() if isinstance(s, QLineSeries)]
    assert [s.name() for s in lines] == ["People served", "Contacts"]
    assert [s.pen().color().name() for s in lines] == ["#0072b2", "#e69f00"]
    assert [len(s.points()) for s in lines] == [12, 12]
    assert [p.y() for p in lines[0].points()][-1] == 7  # last month, the period's month, is the line's end
    assert [p.y() for p in lines[1].points()][-1] == 2

    (bars,) = screen.attendance_view.chart().series()
    assert isinstance(bars, QBarSeries)
    assert [bars.barSets()[0].at(i) for i in range(5)] == [4, 0, 0, 0, 3]  # group, meeting, class, event, drop-in

    (barc,) = screen.barc_view.chart().series()
    first, latest = barc.barSets()
    assert (first.label(), latest.label()) == ("First assessment", "Latest assessment")
    assert [first.at(i) for i in range(5)] == [0, 0, 1, 0, 0]  # 30
    assert [latest.at(i) for i in range(5)] == [0, 0, 0, 1, 0]  # 40


class StandInWorkspace(QWidget):
    def __init__(self, services, participant_id: str, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.participant_id = participant_id
        QVBoxLayout(self)

    def title(self) -> str:
        return self.participant_id

    def maybe_close(self) -> bool:
        return True

    def has_unsaved_changes(self) -> bool:
        return False


def window_for(qtbot, paths, signed_in):  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.main_window import MainWindow

    window = MainWindow(paths, idle_timeout_ms=600_000, list_factory=StandInList, today_factory=StandInList,
                        directory_factory=StandInList, sync_factory=lambda _s: StandInList(_s),
                        workspace_factory=StandInWorkspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._enter(signed_in)
    return window


def tab_names(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_coordinators_see_reports_and_a_person_opens_in_the_window(qtbot, paths, services, people) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, paths, services)
    assert tab_names(window)[-1] == "Reports"
    window.tabs.setCurrentWidget(window.reports_screen)
    screen = window.reports_screen
    wait_for_report(qtbot, screen, MONTH, month_end_of(MONTH))
    dialog = screen.open_behind("contacts")
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    dialog.open_person(dialog.list.topLevelItem(0))
    assert window.tabs.currentWidget().participant_id == people["ana"]
    assert window.sign_out()


def test_a_peer_specialist_does_not_see_reports(qtbot, paths, staff_services) -> None:  # type: ignore[no-untyped-def]
    peer = staff_services("peer_specialist")
    peer.actor = replace(peer.actor, must_change_password=False)
    window = window_for(qtbot, paths, peer)
    assert "Reports" not in tab_names(window)
    assert window.reports_screen is None
    assert window.sign_out()
    QApplication.processEvents()
