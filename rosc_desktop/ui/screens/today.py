"""Today: the screen a peer specialist opens first — who is due a follow-up, who to reach out to, who was open.

Three lists, each reachable by keyboard (its heading's mnemonic, or Tab), each opening the person with Enter,
a double-click or one click on the name. A follow-up is marked done with Ctrl+D, the context menu or the
button under its list.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QHideEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.settings import UserSettings
from rosc_desktop.clock import center_today
from rosc_desktop.ui.after_paint import after_first_paint
from rosc_desktop.ui.days import format_day, format_moment, format_time, qdate
from rosc_desktop.ui.operations import change_bus, run_now, run_operation, show_error

if TYPE_CHECKING:
    from rosc_desktop.services.checkins import FollowUpView, OutreachRow, RecentRow
    from rosc_desktop.services.core import Services

DEFAULT_OUTREACH_DAYS = 30
OUTREACH_DAYS_KEY = "today/outreach_days"


def _int_setting(key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(UserSettings.value(key, default))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return value if low <= value <= high else default
RECENT_LIMIT = 10
OUTREACH_DELAY_MS = 250  # typing "45" into the spin box asks once, not for 4 and then 45
REFRESH_KINDS = (Kind.FOLLOWUPS, Kind.CHECKINS, Kind.SETBACK, Kind.PARTICIPANT, Kind.REFERRALS, Kind.CASELOAD)
PID_ROLE = Qt.ItemDataRole.UserRole
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 1


def _local_date(value: datetime) -> date:
    return value.astimezone().date() if value.tzinfo is not None else value.date()


class _Section(QWidget):
    """A heading, then the list (or a kind sentence where the list would be empty)."""

    def __init__(self, heading: str, accessible: str, columns: list[str], empty: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading, self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(accessible)
        self.tree.setColumnCount(len(columns))
        self.tree.setHeaderLabels(columns)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.heading.setBuddy(self.tree)

        self.empty_label = QLabel(empty, self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(empty)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty_label)

        self.top = QHBoxLayout()
        self.top.setContentsMargins(0, 0, 0, 0)
        self.top.addWidget(self.heading)
        self.top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.stack, 1)

    def show_note(self, text: str) -> None:
        """A sentence where the list goes, until `set_rows` brings the list (one that is still being read)."""
        self.empty_label.setText(text)
        self.empty_label.setAccessibleName(text)
        self.stack.setCurrentWidget(self.empty_label)

    def set_rows(self, rows: list[tuple[list[str], str, str | None]], empty: str | None = None) -> None:
        """Each row: its cells, the participant id, and the follow-up id (or None). Keeps the current person."""
        current = self.tree.currentItem()
        keep = (current.data(0, PID_ROLE), current.data(0, FOLLOW_UP_ROLE)) if current is not None else None
        had_focus = self.tree.hasFocus()
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        items = []
        for cells, pid, follow_up_id in rows:
            item = QTreeWidgetItem(cells)
            item.setData(0, PID_ROLE, pid)
            item.setData(0, FOLLOW_UP_ROLE, follow_up_id)
            # The name is underlined like a link: one click on it opens the person. (Underline only: a link
            # colour would vanish into the highlight of a selected row.)
            font = item.font(0)
            font.setUnderline(True)
            item.setFont(0, font)
            item.setToolTip(0, fill(self.tr("Open %1"), cells[0]))
            items.append(item)
            if keep is not None and (pid, follow_up_id) == keep:
                chosen = item
        self.tree.addTopLevelItems(items)
        if chosen is None and keep is not None and items:
            # The row went away (marked done): stay near where it was rather than jump to the top.
            chosen = items[0]
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        if empty is not None:
            self.empty_label.setText(empty)
            self.empty_label.setAccessibleName(empty)
        self.stack.setCurrentWidget(self.tree if items else self.empty_label)
        if had_focus and items:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def row_count(self) -> int:
        return self.tree.topLevelItemCount()


class TodayScreen(QWidget):
    help_topic = "today"
    open_requested = Signal(str)

    def __init__(self, services: "Services", parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._today_override = today
        self._stale = False
        self._shown_for: date | None = None

        title = QLabel(self.tr("Today"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.date_label = QLabel(self)

        self.follow_ups = _Section(
            self.tr("Follow-ups &due"), self.tr("Follow-ups due"),
            [self.tr("Name"), self.tr("Due"), self.tr("When"), self.tr("Reason")],
            self.tr("Nothing due today."), self)
        self.done_button = QPushButton(self.tr("Mark as do&ne"), self)
        self.done_button.setAccessibleName(self.tr("Mark the selected follow-up as done"))
        self.done_button.setToolTip(fill(self.tr("Mark the selected follow-up as done (%1)"),
                                         QKeySequence("Ctrl+D").toString(QKeySequence.SequenceFormat.NativeText)))
        self.follow_ups.top.addWidget(self.done_button)

        self.outreach = _Section(
            self.tr("&Reaching out"), self.tr("Reaching out"),
            [self.tr("Name"), self.tr("Last contact"), self.tr("Days")], "", self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 365)
        # A per-user preference kept by Qt (no participant data), so each peer specialist's choice stays.
        self.days_spin.setValue(_int_setting(OUTREACH_DAYS_KEY, DEFAULT_OUTREACH_DAYS, 1, 365))
        self.days_spin.setAccessibleName(self.tr("No contact for at least this many days"))
        days_label = QLabel(self.tr("No contact for at &least"), self)
        days_label.setBuddy(self.days_spin)
        days_after = QLabel(self.tr("days"), self)
        self.outreach.top.addWidget(days_label)
        self.outreach.top.addWidget(self.days_spin)
        self.outreach.top.addWidget(days_after)

        self.recent = _Section(
            self.tr("Recently &opened"), self.tr("Recently opened"),
            [self.tr("Name"), self.tr("Opened")], self.tr("The records you open will be listed here."), self)
        self.mine = _Section(
            self.tr("&My people"), self.tr("My people"), [self.tr("Name"), self.tr("Last contact")],
            self.tr("Nobody is in your caseload yet. A person's primary peer specialist is chosen on their "
                    "Overview."), self)

        # The headings line up across the sections, whether or not a control sits beside them.
        heading_height = max(self.days_spin.sizeHint().height(), self.done_button.sizeHint().height())
        for section in (self.follow_ups, self.outreach, self.mine, self.recent):
            section.heading.setMinimumHeight(heading_height)
        for section, widths in ((self.follow_ups, (26, 16, 18)), (self.outreach, (22, 24)), (self.mine, (24,)),
                                (self.recent, (24,))):
            char = section.tree.fontMetrics().averageCharWidth()
            for column, chars in enumerate(widths):
                section.tree.header().resizeSection(column, chars * char)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.outreach, 3)
        bottom.addSpacing(12)
        bottom.addWidget(self.mine, 2)
        bottom.addSpacing(12)
        bottom.addWidget(self.recent, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.follow_ups, 1)
        layout.addSpacing(8)
        layout.addLayout(bottom, 1)

        self.setTabOrder(self.follow_ups.tree, self.done_button)
        self.setTabOrder(self.done_button, self.days_spin)
        self.setTabOrder(self.days_spin, self.outreach.tree)
        self.setTabOrder(self.outreach.tree, self.mine.tree)
        self.setTabOrder(self.mine.tree, self.recent.tree)

        self._outreach_asked = self._outreach_answered = 0  # answers to an older question are dropped
        # The first outreach question waits for the first paint: it reads every person's last contact, and asked
        # beside the paint it made Today's first appearance after signing in a third slower.
        self._outreach_waits_for_paint = True
        # Empty columns would read as "nobody to reach out to" for the second or two the list takes.
        self.outreach.show_note(self.tr("Looking for people not seen lately…"))
        # The list was just read: the first show need not read it again (a hidden screen's list may be behind).
        self._recent_may_be_behind = False
        self._outreach_timer = QTimer(self)
        self._outreach_timer.setSingleShot(True)
        self._outreach_timer.setInterval(OUTREACH_DELAY_MS)
        self._outreach_timer.timeout.connect(self.refresh_outreach)
        self.days_spin.valueChanged.connect(lambda _value: self._outreach_timer.start())
        self.days_spin.valueChanged.connect(lambda value: UserSettings.set_value(OUTREACH_DAYS_KEY, value))

        for section in (self.follow_ups, self.outreach, self.mine, self.recent):
            tree = section.tree
            tree.installEventFilter(self)
            tree.doubleClicked.connect(self._open_index)
            tree.clicked.connect(self._clicked)
        self.follow_ups.tree.currentItemChanged.connect(lambda *_args: self._update_done_button())
        self.follow_ups.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.follow_ups.tree.customContextMenuRequested.connect(self._follow_up_menu)
        self.done_button.clicked.connect(self.mark_current_done)
        done_shortcut = QShortcut(QKeySequence("Ctrl+D"), self.follow_ups.tree)
        done_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        done_shortcut.activated.connect(self.mark_current_done)

        change_bus.changed.connect(self._on_data_changed)
        self.refresh()
        after_first_paint(self, self._first_outreach)

    # -- the contract with the main window and tests ------------------------------------------------------

    def today(self) -> date:
        return self._today_override or center_today()

    def refresh(self) -> None:
        self._stale = False
        self._shown_for = self.today()
        self.date_label.setText(QLocale().toString(qdate(self.today()), QLocale.FormatType.LongFormat))
        self.refresh_follow_ups()
        if not self._outreach_waits_for_paint:
            self.refresh_outreach()
        self.refresh_mine()
        self.refresh_recent()

    def refresh_mine(self) -> None:
        # run_now: one staff member's open assignments by index (0.7 ms at 100,000 people)
        rows = run_now(self._services.caseload.mine, self)
        if rows is None:
            return
        self.mine.set_rows([(self._mine_cells(r), r.participant_id, None) for r in rows])
        self._update_focus_proxy()

    def refresh_follow_ups(self) -> None:
        today = self.today()
        # run_now: open follow-ups due by today, through the due_on index
        rows = run_now(lambda: self._services.checkins.due_follow_ups(today), self)
        if rows is None:
            return
        self.follow_ups.set_rows([(self._follow_up_cells(r, today), r.participant_id, r.id) for r in rows])
        self._update_done_button()
        self._update_focus_proxy()

    def refresh_outreach(self) -> None:
        self._outreach_timer.stop()
        days, checkins = self.days_spin.value(), self._services.checkins
        self._outreach_asked += 1
        asked = self._outreach_asked
        # Off the GUI thread: it reads every person's last contact (1.6 s at 100,000 people).
        run_operation(self, lambda: checkins.outreach(days), on_done=lambda rows: self._show_outreach(rows, days, asked),
                      on_error=lambda error: self._outreach_failed(error, asked))

    def _first_outreach(self) -> None:
        self._outreach_waits_for_paint = False
        self.refresh_outreach()

    def is_loading(self) -> bool:
        return self._outreach_waits_for_paint or self._outreach_answered < self._outreach_asked

    def _outreach_failed(self, error: BaseException, asked: int) -> None:
        self._outreach_answered = max(self._outreach_answered, asked)
        self.outreach.set_rows([], "")  # not "Looking for…" for ever; the box says what went wrong
        show_error(self, error)

    def _show_outreach(self, rows: list[Any], days: int, asked: int) -> None:
        self._outreach_answered = max(self._outreach_answered, asked)
        if asked != self._outreach_asked:
            return  # a newer question (the number of days changed again) is on its way
        if days == 1:
            empty = self.tr("Everyone has been in contact since yesterday.")
        else:
            empty = fill(self.tr("Everyone has been in contact in the last %1 days."), QLocale().toString(days))
        self.outreach.set_rows([(self._outreach_cells(r), r.participant_id, None) for r in rows], empty)
        self._update_focus_proxy()

    def refresh_recent(self) -> None:
        # run_now: this person's own openings, by the audit index of migration 0015 (0.8 ms at 100,000 people)
        rows = run_now(lambda: self._services.checkins.recently_opened(RECENT_LIMIT), self)
        if rows is None:
            return
        self.recent.set_rows([(self._recent_cells(r), r.participant_id, None) for r in rows])
        self._update_focus_proxy()

    def focus_first_list(self) -> None:
        """Into the first list that has someone in it, on its first row."""
        target = self.focusProxy() or self.days_spin
        if isinstance(target, QTreeWidget) and target.currentItem() is None and target.topLevelItemCount():
            target.setCurrentItem(target.topLevelItem(0))
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark_current_done(self) -> None:
        item = self.follow_ups.tree.currentItem()
        if item is None:
            return
        follow_up_id = item.data(0, FOLLOW_UP_ROLE)
        self.done_button.setEnabled(False)
        checkins = self._services.checkins
        # The change notice refreshes this screen (and any other showing follow-ups).
        run_operation(self, lambda: checkins.complete_follow_up(follow_up_id),
                      on_error=self._done_failed)

    # -- rows ------------------------------------------------------------------------------------------

    def _follow_up_cells(self, row: "FollowUpView", today: date) -> list[str]:
        overdue = row.days_overdue(today)
        if overdue <= 0:
            when = self.tr("today")
        elif overdue == 1:
            when = self.tr("1 day overdue")
        else:
            when = fill(self.tr("%1 days overdue"), QLocale().toString(overdue))
        due = format_day(row.due_on)
        reason = row.reason
        if row.source == "referral":  # the reason of a referral's follow-up is the service's name
            reason = fill(self.tr("Referral follow-up: %1"), row.reason)
        return [row.preferred_name, due, when, reason]

    def _outreach_cells(self, row: "OutreachRow") -> list[str]:
        if row.last_contact is None:
            last = self.tr("not since registering")
        else:
            last = format_day(_local_date(row.last_contact))
        return [row.preferred_name, last, QLocale().toString(row.days_without_contact)]

    def _mine_cells(self, row: Any) -> list[str]:
        if row.last_contact is None:
            return [row.preferred_name, self.tr("no contact yet")]
        return [row.preferred_name, format_day(_local_date(row.last_contact))]

    def _recent_cells(self, row: "RecentRow") -> list[str]:
        opened = row.opened_at.astimezone()
        if opened.date() == center_today():
            text = fill(self.tr("today, %1"), format_time(row.opened_at))
        else:
            text = format_moment(row.opened_at)
        return [row.preferred_name, text]

    # -- internals --------------------------------------------------------------------------------------

    def _update_done_button(self) -> None:
        self.done_button.setEnabled(self.follow_ups.tree.currentItem() is not None)
        self.done_button.setVisible(self.follow_ups.row_count() > 0)

    def _update_focus_proxy(self) -> None:
        # Focusing the screen (as the main window does) lands in the first list with someone in it.
        for section in (self.follow_ups, self.outreach, self.mine, self.recent):
            if section.row_count():
                self.setFocusProxy(section.tree)
                return
        self.setFocusProxy(self.days_spin)

    def _done_failed(self, error: BaseException) -> None:
        from rosc_desktop.ui.operations import show_error

        self._update_done_button()
        show_error(self, error)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        pid = index.siblingAtColumn(0).data(PID_ROLE)
        if pid:
            self.open_requested.emit(pid)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == 0:  # the name, drawn as a link
            self._open_index(index)

    def _follow_up_menu(self, pos: QPoint) -> None:
        tree = self.follow_ups.tree
        item = tree.itemAt(pos)
        if item is None:
            return
        tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_action = QAction(self.tr("&Open"), menu)
        open_action.triggered.connect(lambda: self._open_index(tree.currentIndex()))
        done_action = QAction(self.tr("Mark as &done"), menu)
        done_action.setShortcut(QKeySequence("Ctrl+D"))
        done_action.triggered.connect(self.mark_current_done)
        menu.addAction(open_action)
        menu.addAction(done_action)
        menu.popup(tree.viewport().mapToGlobal(pos))

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.touches(*REFRESH_KINDS):
            return
        if self.isVisible():
            self.refresh()
        else:  # a hidden screen catches up when shown
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale or self._shown_for != self.today():
            self.refresh()
        elif self._recent_may_be_behind:
            self.refresh_recent()  # opening a record is not announced; it is cheap to ask again
        self._recent_may_be_behind = False

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self._recent_may_be_behind = True  # records opened from now on are not on the list yet

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(watched, QTreeWidget)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            # Handled here rather than through `activated`, which Enter does not emit on macOS.
            self._open_index(watched.currentIndex())
            return True
        return super().eventFilter(watched, event)
