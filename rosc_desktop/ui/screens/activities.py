"""The Activities tab: the front desk's drop-in sign-in sheet first (what is used most), then the week's groups and
events with each one's attendance.

The week shows what was recorded and the meetings weekly activities promise. A promised meeting is only a line on
the screen until something is recorded for it (someone ticked, a count of unnamed visitors, a cancellation): then it
becomes an activity, once (services.activities.record_occurrence).
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.clock import center_today
from rosc_desktop.services.activities import MAX_ANONYMOUS
from rosc_desktop.ui.days import format_day, format_time
from rosc_desktop.ui.fitting import FlowLayout
from rosc_desktop.ui.operations import change_bus
from rosc_desktop.ui.screens.activity_dialogs import ActivityDialog, SeriesDialog
from rosc_desktop.ui.screens.attendance import (
    ID_ROLE,
    KINDS,
    PersonPicker,
    SerialWork,
    activity_title,
    kind_label,
)
from rosc_desktop.ui.screens.front_desk import COUNT_DELAY_MS, FrontDeskPage

if TYPE_CHECKING:
    from rosc_desktop.services.activities import ActivityView, AttendeeView
    from rosc_desktop.services.core import Services

VIEW_ROLE = Qt.ItemDataRole.UserRole
COL_WHEN, COL_NAME, COL_KIND, COL_PLACE, COL_FACILITATOR, COL_HEADCOUNT = range(6)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _key(view: "ActivityView") -> tuple[str | None, str | None, date]:
    """What identifies a line of the week before and after its meeting is recorded."""
    return (view.id, None, view.held_on) if view.series_id is None else (None, view.series_id, view.held_on)


class ActivitiesScreen(QWidget):
    help_topic = "activities"

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.front_desk = FrontDeskPage(services)
        self.week = WeekPage(services)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.front_desk, self.tr("&Drop-in sign-in"))
        self.pages.addTab(self.week, self.tr("&Groups and events"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)
        self.setFocusProxy(self.front_desk)

    def focus_sign_in(self) -> None:
        """The main window's Ctrl+Shift+D: the sign-in sheet's search field, ready to type."""
        self.pages.setCurrentWidget(self.front_desk)
        self.front_desk.focus_search()

    def has_unsaved_work(self) -> bool:
        return self.front_desk.has_unsaved_work() or self.week.panel.has_unsaved_work()


class WeekPage(QWidget):
    """A week at a glance, Monday to Sunday, and the chosen activity's attendance beside it."""

    loaded = Signal()

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._work = SerialWork(self)
        self._stale = False
        self._dialog: Any = None
        self.first_day = week_start(center_today())

        self.previous_button = QPushButton(self.tr("◀ &Previous week"))
        self.this_week_button = QPushButton(self.tr("This w&eek"))
        self.next_button = QPushButton(self.tr("&Next week ▶"))
        self.week_label = QLabel()
        bold = self.week_label.font()
        bold.setBold(True)
        self.week_label.setFont(bold)
        self.new_button = QPushButton(self.tr("New &activity…"))
        self.new_series_button = QPushButton(self.tr("New &weekly activity…"))
        for button in (self.previous_button, self.this_week_button, self.next_button, self.new_button,
                       self.new_series_button):
            button.setAutoDefault(False)
        self.previous_button.clicked.connect(lambda: self.show_week(self.first_day - timedelta(weeks=1)))
        self.next_button.clicked.connect(lambda: self.show_week(self.first_day + timedelta(weeks=1)))
        self.this_week_button.clicked.connect(lambda: self.show_week(week_start(center_today())))
        self.new_button.clicked.connect(self.new_activity)
        self.new_series_button.clicked.connect(self.new_series)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Name"), self.tr("Kind"), self.tr("Place"),
                                   self.tr("Facilitator"), self.tr("Came")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Activities this week"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # Widths from the words they hold (a Wednesday in late December, at 10 PM; the longest kind), so the
        # date, the time and the kind are read whole and the name takes what is left.
        metrics, pad = self.tree.fontMetrics(), 24
        sample = date(2026, 12, 30)
        longest_when = "{} {}  {}".format(self.locale().dayName(3, self.locale().FormatType.ShortFormat),
                                          format_day(sample), format_time(time(22, 30)))
        self.tree.setColumnWidth(COL_WHEN, metrics.horizontalAdvance(longest_when) + pad)
        self.tree.setColumnWidth(COL_KIND, max(metrics.horizontalAdvance(kind_label(k)) for k, _l in KINDS) + pad)
        char = metrics.averageCharWidth()
        for column in (COL_PLACE, COL_FACILITATOR):
            self.tree.setColumnWidth(column, 13 * char)
        self.tree.setColumnWidth(COL_HEADCOUNT, metrics.horizontalAdvance(self.tr("planned")) + pad)
        tree_label = QLabel(self.tr("Activ&ities this week:"))
        tree_label.setBuddy(self.tree)
        self.empty_label = QLabel(self.tr("Nothing this week. Set up a weekly activity once and its meetings "
                                          "show here every week."))
        self.empty_label.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda current, _previous: self._chosen(current))

        self.panel = AttendancePanel(services)
        self.panel.recorded.connect(self._recorded)

        nav = FlowLayout()
        for widget in (self.previous_button, self.this_week_button, self.next_button):
            nav.addWidget(widget)
        nav.addSpacing(8)
        nav.addWidget(self.week_label)
        nav.addStretch()
        nav.addWidget(self.new_button)
        nav.addWidget(self.new_series_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(tree_label)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(nav)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.tree, self.panel)
        change_bus.changed.connect(self._on_changed)
        self.show_week(self.first_day)

    # -- the week --------------------------------------------------------------------------------------------

    def show_week(self, first_day: date) -> None:
        self.first_day = first_day
        last_day = first_day + timedelta(days=6)
        self.week_label.setText(fill(self.tr("%1 – %2"), format_day(first_day), format_day(last_day)))
        self.this_week_button.setEnabled(first_day != week_start(center_today()))
        self.reload()

    def reload(self, keep: tuple[str | None, str | None, date] | None = None) -> None:
        first, acts = self.first_day, self._services.activities
        if keep is None:
            current = self.current_view()
            keep = _key(current) if current is not None else None
        self._work.run(lambda: (first, acts.between(first, first + timedelta(days=6))),
                       lambda answer: self._loaded(answer, keep))

    def _loaded(self, answer: tuple[date, list["ActivityView"]], keep: Any) -> None:
        first, views = answer
        if first != self.first_day:
            return
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for view in views:
            item = self._item(view)
            self.tree.addTopLevelItem(item)
            if keep is not None and _key(view) == keep:
                chosen = item
        self.tree.blockSignals(False)
        self.tree.setVisible(bool(views))
        self.empty_label.setVisible(not views)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        else:
            self.tree.setCurrentItem(None)
        self._chosen(self.tree.currentItem())
        self.loaded.emit()

    def _item(self, view: "ActivityView") -> QTreeWidgetItem:
        day_name = self.locale().dayName(view.held_on.isoweekday(), self.locale().FormatType.ShortFormat)
        when = f"{day_name} {format_day(view.held_on)}"
        if view.kind != "drop_in":
            when += f"  {format_time(view.starts_at)}"
        if view.id is None:
            came = self.tr("planned")
        elif view.cancelled:
            came = self.tr("cancelled")
        else:
            came = str(view.headcount)
        item = QTreeWidgetItem([when, activity_title(view.name, view.kind), kind_label(view.kind), view.place,
                                view.facilitator, came])
        item.setData(0, VIEW_ROLE, view)
        item.setTextAlignment(COL_HEADCOUNT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column in (COL_NAME, COL_PLACE, COL_FACILITATOR):
            item.setToolTip(column, item.text(column))
        if view.id is None or view.cancelled:
            font = QFont(item.font(0))
            font.setItalic(True)
            font.setStrikeOut(view.cancelled)
            for column in range(6):
                item.setFont(column, font)
        return item

    def current_view(self) -> "ActivityView | None":
        item = self.tree.currentItem()
        return item.data(0, VIEW_ROLE) if item is not None else None

    def select(self, predicate: Any) -> bool:
        """Choose the first line whose activity matches (for keyboard users coming back, and for tests)."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if predicate(item.data(0, VIEW_ROLE)):
                self.tree.setCurrentItem(item)
                return True
        return False

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        self.panel.show_activity(item.data(0, VIEW_ROLE) if item is not None else None)

    def _recorded(self, view: "ActivityView") -> None:
        self.reload(keep=_key(view))

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(Kind.ACTIVITIES) or self._work.busy() or self.panel.has_unsaved_work():
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # -- new activities --------------------------------------------------------------------------------------

    def new_activity(self) -> ActivityDialog:
        today = center_today()
        day = today if self.first_day <= today <= self.first_day + timedelta(days=6) else self.first_day
        return self._open(ActivityDialog(self._services, day, self))

    def new_series(self) -> SeriesDialog:
        return self._open(SeriesDialog(self._services, self))

    def _open(self, dialog: Any) -> Any:
        if self._dialog is not None:
            self._dialog.raise_()
            return self._dialog
        self._dialog = dialog
        dialog.finished.connect(self._dialog_finished)
        dialog.open()
        return dialog

    def _dialog_finished(self, _result: int) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None:
            return
        made = dialog.result_view
        dialog.deleteLater()
        if made is None:
            return
        held_on = getattr(made, "held_on", None)
        if held_on is not None:  # a single activity: show its week, chosen
            self.first_day = week_start(held_on)
            self.show_week(self.first_day)
            self.reload(keep=(made.id, None, held_on))
        else:
            self.reload()


class AttendancePanel(QGroupBox):
    """Who came to the chosen activity: tick enrolled people, count the unnamed, cancel or end it."""

    recorded = Signal(object)  # the ActivityView after something was recorded

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._work = SerialWork(self)
        self.view: "ActivityView | None" = None
        self._loading = False
        self.setTitle(self.tr("Attendance"))

        self.about_label = QLabel()
        self.about_label.setWordWrap(True)
        self.about_label.setAccessibleName(self.tr("The chosen activity"))
        self.picker = PersonPicker(services, self.tr("Mar&k someone as there:"))
        self.picker.set_hint(self.tr("Type a few letters of a name above; Enter marks the highlighted person as "
                                     "there."))
        self.picker.stack.setMaximumHeight(self.picker.fontMetrics().height() * 6)
        self.picker.chosen.connect(self.mark)
        self.attendees = QListWidget()
        self.attendees.setAccessibleName(self.tr("Enrolled people who came"))
        attendees_label = QLabel(self.tr("Who &came:"))
        attendees_label.setBuddy(self.attendees)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Take the highlighted person off this activity (Delete)"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.attendees)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.unnamed_spin = QSpinBox()
        self.unnamed_spin.setRange(0, MAX_ANONYMOUS)
        self.unnamed_spin.setAccessibleName(self.tr("Unnamed visitors"))
        self.unnamed_spin.setAccessibleDescription(
            self.tr("People who came but are not enrolled or would rather not give a name"))
        unnamed_label = QLabel(self.tr("&Unnamed visitors:"))
        unnamed_label.setBuddy(self.unnamed_spin)
        self.cancel_button = QPushButton(self.tr("Cance&l this activity"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.end_button = QPushButton(self.tr("End the weekly activity after this &one…"))
        self.end_button.setAutoDefault(False)
        self.end_button.clicked.connect(self.end_series)

        unnamed_row = QHBoxLayout()
        unnamed_row.addWidget(unnamed_label)
        unnamed_row.addWidget(self.unnamed_spin)
        unnamed_row.addStretch(1)
        unnamed_row.addWidget(self.remove_button)
        actions = FlowLayout()
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.end_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.picker)
        body.addWidget(attendees_label)
        body.addWidget(self.attendees, 1)
        body.addLayout(unnamed_row)
        body.addLayout(actions)
        self.nothing_label = QLabel(self.tr("Choose an activity in the list to record who came."))
        self.nothing_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about_label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.nothing_label)
        layout.addStretch(0)

        self._count_timer = _single_shot(self, COUNT_DELAY_MS, self._save_count)
        self.unnamed_spin.valueChanged.connect(lambda _v: None if self._loading else self._count_timer.start())
        self.show_activity(None)

    # -- showing ---------------------------------------------------------------------------------------------

    def show_activity(self, view: "ActivityView | None") -> None:
        if self._count_timer.isActive():
            self._save_count()
        self.view = view
        self.body.setVisible(view is not None)
        self.nothing_label.setVisible(view is None)
        if view is None:
            self.about_label.clear()
            return
        parts = [activity_title(view.name, view.kind), kind_label(view.kind), format_day(view.held_on)]
        if view.kind != "drop_in":
            parts.append(format_time(view.starts_at))
        if view.id is None:
            parts.append(self.tr("planned: recorded when you mark someone"))
        elif view.cancelled:
            parts.append(self.tr("cancelled"))
        self.about_label.setText(" · ".join(parts))
        self.cancel_button.setText(self.tr("Reinstate this activity") if view.cancelled
                                   else self.tr("Cance&l this activity"))
        self.end_button.setVisible(view.series_id is not None)
        self.picker.setEnabled(not view.cancelled)
        self._loading = True
        self.unnamed_spin.setValue(view.anonymous_count)
        self._loading = False
        self.unnamed_spin.setEnabled(not view.cancelled)
        if view.id is None:
            self._show_attendees([])
            return
        acts, activity_id = self._services.activities, view.id
        self._work.run(lambda: (activity_id, acts.attendees(activity_id)), self._attendees_loaded)

    def _attendees_loaded(self, answer: tuple[str, list["AttendeeView"]]) -> None:
        activity_id, attendees = answer
        if self.view is not None and self.view.id == activity_id:
            self._show_attendees(attendees)

    def _show_attendees(self, attendees: list["AttendeeView"]) -> None:
        self.attendees.clear()
        for attendee in attendees:
            item = QListWidgetItem(attendee.preferred_name)
            item.setData(ID_ROLE, attendee.participant_id)
            self.attendees.addItem(item)
        self.remove_button.setEnabled(bool(attendees))

    # -- recording -------------------------------------------------------------------------------------------

    def _record(self, action: Any) -> None:
        """Run `action(activity_id)` for the chosen activity, recording a planned meeting first."""
        view = self.view
        if view is None:
            return
        acts = self._services.activities

        def work() -> Any:
            activity_id = view.id or acts.record_occurrence(view.series_id, view.held_on).id  # type: ignore[arg-type]
            result = action(activity_id)
            return result, acts.attendees(activity_id)

        def done(answer: Any) -> None:
            result, attendees = answer
            if self.view is not None and _key(self.view) == _key(view):
                self.view = result
                self._show_attendees(attendees)
            self.recorded.emit(result)

        self._work.run(work, done)

    def mark(self, participant_id: str, _name: str = "") -> None:
        acts = self._services.activities
        self._record(lambda aid: acts.mark(aid, participant_id))

    def remove_selected(self) -> None:
        item = self.attendees.currentItem()
        if item is None:
            return
        participant_id, acts = str(item.data(ID_ROLE)), self._services.activities
        self._record(lambda aid: acts.mark(aid, participant_id, present=False))

    def _save_count(self) -> None:
        self._count_timer.stop()
        view, count = self.view, self.unnamed_spin.value()
        if view is None or count == view.anonymous_count:
            return
        acts = self._services.activities
        self._record(lambda aid: acts.set_anonymous_count(aid, count))

    def toggle_cancelled(self) -> None:
        view = self.view
        if view is None:
            return
        acts, cancel = self._services.activities, not view.cancelled
        # Whoever came to it stops (or starts again) counting as having come: everyone's contact may change.
        self._record(lambda aid: acts.set_cancelled(aid, cancel), {"attendance", "checkins"})

    def end_series(self) -> None:
        view = self.view
        if view is None or view.series_id is None:
            return
        title = self.tr("End the weekly activity")
        box = QMessageBox(QMessageBox.Icon.Question, title, fill(self.tr(
            "“%1” will not be shown after %2. What was recorded stays."),
            activity_title(view.name, view.kind), format_day(view.held_on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setAccessibleName(title)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("End it"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        series_id, last_day, acts = view.series_id, view.held_on, self._services.activities

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self._work.run(lambda: acts.end_series(series_id, last_day), lambda _s: self.recorded.emit(view))

        box.finished.connect(answered)
        box.open()

    def has_unsaved_work(self) -> bool:
        return self._count_timer.isActive() or self._work.busy()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if self._count_timer.isActive():
            self._save_count()  # leaving the tab (or locking) saves a count still waiting for its pause
        super().hideEvent(event)


def _single_shot(parent: QWidget, interval: int, slot: Any) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
