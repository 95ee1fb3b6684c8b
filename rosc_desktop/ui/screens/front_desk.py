"""The front desk's drop-in sign-in sheet: who came in today, in seconds.

Type a few letters of a name, Enter: the person is on today's sheet (the day's drop-in hours, made the first time
anyone is signed in). Delete takes the highlighted person off again. People who are not enrolled, or would rather not
give a name, are a number on the sheet, never a name. A forgotten day can be filled in afterwards; the future cannot.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services.activities import MAX_ANONYMOUS
from rosc_desktop.ui.days import day_pattern, format_day, today_qdate
from rosc_desktop.ui.operations import change_bus
from rosc_desktop.ui.screens.attendance import ID_ROLE, PersonPicker, SerialWork

if TYPE_CHECKING:
    from rosc_desktop.services.activities import ActivityView, AttendeeView
    from rosc_desktop.services.core import Services

COUNT_DELAY_MS = 400  # a few clicks on + are saved once


class FrontDeskPage(QWidget):
    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._work = SerialWork(self)
        self._activity_id: str | None = None
        self._loading = False
        self._stale = False
        self.loaded_day: date | None = None

        self.day_edit = QDateEdit(today_qdate(), self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setMaximumDate(today_qdate())  # a forgotten day may be filled in; a future one not
        self.day_edit.setDisplayFormat(day_pattern())
        self.day_edit.setAccessibleName(self.tr("Day of the sign-in sheet"))
        day_label = QLabel(self.tr("Dat&e:"), self)
        day_label.setBuddy(self.day_edit)
        self.today_button = QPushButton(self.tr("Back to today"), self)
        self.today_button.setAutoDefault(False)
        self.today_button.clicked.connect(lambda: self.day_edit.setDate(today_qdate()))
        self.headcount_label = QLabel(self)
        font = self.headcount_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headcount_label.setFont(font)
        self.headcount_label.setAccessibleName(self.tr("Headcount"))

        self.picker = PersonPicker(services, self.tr("&Who came in? Type a few letters of their name:"), self)
        self.picker.chosen.connect(self.sign_in)

        self.signed_list = QListWidget(self)
        self.signed_list.setAccessibleName(self.tr("Signed in on this day"))
        self.signed_label = QLabel(self.tr("Signed &in:"), self)
        self.signed_label.setBuddy(self.signed_list)
        self.empty_label = QLabel(self.tr("Nobody is signed in yet."), self)
        self.empty_label.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Re&move from the list"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Take the highlighted person off this day's sheet (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.signed_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

        self.unnamed_spin = QSpinBox(self)
        self.unnamed_spin.setRange(0, MAX_ANONYMOUS)
        self.unnamed_spin.setAccessibleName(self.tr("Unnamed visitors"))
        self.unnamed_spin.setAccessibleDescription(
            self.tr("People who came but are not enrolled or would rather not give a name"))
        unnamed_label = QLabel(self.tr("&Unnamed visitors:"), self)
        unnamed_label.setBuddy(self.unnamed_spin)
        self.fewer_button = QPushButton("−", self)
        self.fewer_button.setAccessibleName(self.tr("One unnamed visitor fewer"))
        self.more_button = QPushButton("+", self)
        self.more_button.setAccessibleName(self.tr("One unnamed visitor more"))
        for button in (self.fewer_button, self.more_button):
            button.setAutoDefault(False)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") + 36)
        self.fewer_button.clicked.connect(self.unnamed_spin.stepDown)
        self.more_button.clicked.connect(self.unnamed_spin.stepUp)
        unnamed_about = QLabel(self.tr(
            "People who came but are not enrolled, or would rather not give a name: counted, never named."), self)
        unnamed_about.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day_edit)
        top.addWidget(self.today_button)
        top.addStretch(1)
        top.addWidget(self.headcount_label)

        unnamed_box = QGroupBox(self.tr("Not enrolled or not named"), self)
        unnamed_row = QHBoxLayout()
        unnamed_row.addWidget(unnamed_label)
        unnamed_row.addWidget(self.fewer_button)
        unnamed_row.addWidget(self.unnamed_spin)
        unnamed_row.addWidget(self.more_button)
        unnamed_row.addStretch(1)
        unnamed_layout = QVBoxLayout(unnamed_box)
        unnamed_layout.addLayout(unnamed_row)
        unnamed_layout.addWidget(unnamed_about)

        right = QVBoxLayout()
        right.addWidget(self.signed_label)
        right.addWidget(self.signed_list, 1)
        right.addWidget(self.empty_label)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        right.addLayout(remove_row)
        right.addWidget(unnamed_box)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.picker, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.setFocusProxy(self.picker)
        self.setTabOrder(self.picker.search_edit, self.picker.results)
        self.setTabOrder(self.picker.results, self.signed_list)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._save_count)
        self.unnamed_spin.valueChanged.connect(self._count_changed)
        self.day_edit.dateChanged.connect(lambda _d: self.reload())
        change_bus.changed.connect(self._on_changed)
        self.reload()

    # -- reading ---------------------------------------------------------------------------------------------

    def day(self) -> date:
        return self.day_edit.date().toPython()  # type: ignore[return-value]

    def reload(self) -> None:
        self._flush_count()
        day, acts = self.day(), self._services.activities
        self.today_button.setVisible(self.day_edit.date() != today_qdate())

        def work() -> Any:
            found = acts.find_drop_in(day)
            return day, found, acts.attendees(found.id) if found is not None else []

        self._work.run(work, self._loaded)

    def _loaded(self, answer: tuple[date, "ActivityView | None", list["AttendeeView"]]) -> None:
        day, view, attendees = answer
        if day != self.day():
            return  # the date was changed again meanwhile; that day's answer is on its way
        self._show(view, attendees)

    def _show(self, view: "ActivityView | None", attendees: list["AttendeeView"]) -> None:
        self.loaded_day = self.day()
        self._activity_id = view.id if view is not None else None
        current = self.signed_list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        self.signed_list.clear()
        for attendee in attendees:
            item = QListWidgetItem(attendee.preferred_name)
            item.setData(ID_ROLE, attendee.participant_id)
            self.signed_list.addItem(item)
            if attendee.participant_id == keep:
                self.signed_list.setCurrentItem(item)
        self.signed_list.setVisible(bool(attendees))
        self.empty_label.setVisible(not attendees)
        self.remove_button.setEnabled(bool(attendees))
        if not self._count_timer.isActive():
            self._loading = True
            self.unnamed_spin.setValue(view.anonymous_count if view is not None else 0)
            self._loading = False
        self._show_headcount(len(attendees))

    def _show_headcount(self, named: int) -> None:
        unnamed = self.unnamed_spin.value()
        total = named + unnamed
        if self.day_edit.date() == today_qdate():
            self.headcount_label.setText(self.tr("%n came in today", "", total))
        else:
            self.headcount_label.setText(fill(self.tr("%n came in on %1", "", total), format_day(self.day())))
        self.headcount_label.setToolTip(fill(self.tr("%1 signed in by name and %2 unnamed"), str(named), str(unnamed)))

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(Kind.ACTIVITIES) or self._work.busy():
            return  # our own writes answer with what they changed
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.day_edit.maximumDate() != today_qdate():  # the app stayed open past midnight
            was_today = self.day_edit.date() == self.day_edit.maximumDate()
            self.day_edit.setMaximumDate(today_qdate())
            if was_today:
                self.day_edit.setDate(today_qdate())  # the front desk's new morning, not yesterday's sheet
        if self._stale:
            self._stale = False
            self.reload()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self._flush_count()  # leaving the tab (or locking) saves a count still waiting for its pause
        super().hideEvent(event)

    # -- writing ---------------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.picker.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.picker.search_edit.selectAll()

    def sign_in(self, participant_id: str, _name: str = "") -> None:
        """Put the person on the day's sheet (signing someone in twice is harmless)."""
        day, acts = self.day(), self._services.activities

        def work() -> Any:
            sheet = acts.drop_in(day)
            view = acts.mark(sheet.id, participant_id)
            return day, view, acts.attendees(sheet.id)

        self._work.run(work, self._loaded)

    def remove_selected(self) -> None:
        item = self.signed_list.currentItem()
        if item is None or self._activity_id is None:
            return
        participant_id, activity_id, day, acts = str(item.data(ID_ROLE)), self._activity_id, self.day(), \
            self._services.activities
        row = self.signed_list.row(item)

        def work() -> Any:
            view = acts.mark(activity_id, participant_id, present=False)
            return day, view, acts.attendees(activity_id)

        def done(answer: Any) -> None:
            self._loaded(answer)
            if self.signed_list.count():
                self.signed_list.setCurrentRow(min(row, self.signed_list.count() - 1))
                self.signed_list.setFocus()
            else:
                self.focus_search()

        self._work.run(work, done)

    def _count_changed(self, _value: int) -> None:
        self._show_headcount(self.signed_list.count())
        if not self._loading:
            self._count_timer.start()

    def _flush_count(self) -> None:
        if self._count_timer.isActive():
            self._save_count()

    def _save_count(self) -> None:
        self._count_timer.stop()
        count, day, acts, known = self.unnamed_spin.value(), self.loaded_day or self.day(), \
            self._services.activities, self._activity_id
        if known is None and count == 0:
            return  # nothing to record, and no empty drop-in made for it

        def work() -> Any:
            sheet_id = known or acts.drop_in(day).id
            view = acts.set_anonymous_count(sheet_id, count)
            return day, view, acts.attendees(sheet_id)

        self._work.run(work, self._loaded)

    def has_unsaved_work(self) -> bool:
        return self._count_timer.isActive() or self._work.busy()
