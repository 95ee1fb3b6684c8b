"""The list behind one of the Reports screen's figures: the people it counts (names, for staff on screen only:
never printed or exported), or the activities. Enter on a name opens the person through `open_requested`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.i18n import Context
from rosc_desktop.placeholders import fill
from rosc_desktop.ui.days import format_day
from rosc_desktop.ui.fitting import resize_within_screen
from rosc_desktop.ui.operations import run_operation
from rosc_desktop.ui.screens.attendance import activity_title
from rosc_desktop.ui.screens.attendance import kind_label as activity_kind

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services
    from rosc_desktop.services.measures import Measure

Reports = Context("Reports")
ID_ROLE = Qt.ItemDataRole.UserRole

# What people_behind lists (measures.people_behind); the activity figures list activities instead.
PEOPLE_LISTS = frozenset({"people_served", "new_participants", "contacts", "referrals_made", "referrals_connected",
                          "days_to_connection", "barc10_change", "network_members_added", "reconvenings",
                          "consents_active"})
ACTIVITY_LISTS = frozenset({"activities_held", "attendance"})


def measure_words(source: str) -> str:
    return QCoreApplication.translate("Measures", source)


def people_text(count: int) -> str:
    """"1 person", "12 people": English says it properly, and Spanish has its plural forms (%Ln)."""
    if count == 1:
        return Reports.tr("1 person")
    return Reports.tr("%Ln people", None, count)


class BehindDialog(QDialog):
    """The people (or activities) a figure counts, for staff: names on screen only, never printed or exported."""

    open_requested = Signal(str)

    def __init__(self, services: "Services", measure: "Measure", first: date, last: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.measure = measure
        self.people = measure.code in PEOPLE_LISTS
        title = measure_words(measure.title)
        self.setWindowTitle(fill(self.tr("Behind “%1”"), title))
        self.setAccessibleName(self.windowTitle())
        heading = QLabel(fill(self.tr("%1, %2 to %3. Names are for staff on screen; they are never printed."),
                              title, format_day(first), format_day(last)),
                         self)
        heading.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        if self.people:
            self.list.setHeaderLabels([self.tr("Name")])
            self.list.setAccessibleName(self.tr("People counted"))
            self.list.itemActivated.connect(lambda item, _col: self.open_person(item))
        else:
            self.list.setHeaderLabels([self.tr("Day"), self.tr("Activity"), self.tr("Kind"), self.tr("Came")])
            self.list.setAccessibleName(self.tr("Activities counted"))
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setWordWrap(True)
        list_label = QLabel(self.tr("&List:"), self)
        list_label.setBuddy(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.open_button: QPushButton | None = None
        if self.people:
            self.open_button = self.buttons.addButton(self.tr("&Open the person"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
            self.open_button.setEnabled(False)
            self.open_button.clicked.connect(lambda: self.open_person(self.list.currentItem()))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 560, 480)
        self.loaded = False
        reports, activities, code = services.reports, services.activities, measure.code

        def work() -> list[Any]:
            if self.people:
                return reports.people_behind(code, first, last)
            wanted = set(reports.activities_behind(first, last))
            return [a for a in activities.between(first, last) if a.id in wanted]

        run_operation(self, work, on_done=self._show, on_error=self._failed)

    def _show(self, rows: list[Any]) -> None:
        items = []
        for row in rows:
            if self.people:
                pid, name = row
                item = QTreeWidgetItem([name])
                item.setData(0, ID_ROLE, pid)
            else:
                item = QTreeWidgetItem([format_day(row.held_on), activity_title(row.name, row.kind),
                                        activity_kind(row.kind), QLocale().toString(row.headcount)])
                item.setData(0, ID_ROLE, row.id)
            items.append(item)
        self.list.addTopLevelItems(items)
        if items:
            self.list.setCurrentItem(items[0])
            for column in range(self.list.columnCount()):
                self.list.resizeColumnToContents(column)
        if self.people:
            self.status.setText(people_text(len(items)) + " " + self.tr("Enter opens the person."))
        elif len(items) == 1:
            self.status.setText(self.tr("1 activity"))
        else:
            self.status.setText(self.tr("%Ln activities", "", len(items)))
        if self.open_button is not None:
            self.open_button.setEnabled(bool(items))
        self.loaded = True
        self.list.setFocus()

    def _failed(self, error: BaseException) -> None:
        from rosc_desktop.ui.messages import describe_error

        self.status.setText(describe_error(error)[1])
        self.loaded = True

    def open_person(self, item: QTreeWidgetItem | None) -> None:
        if item is None or not self.people:
            return
        self.open_requested.emit(item.data(0, ID_ROLE))
        self.accept()
