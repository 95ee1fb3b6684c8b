"""The Check-ins tab: log an encounter with the person (and when to follow up), then see them newest first.

The dialog keeps everything typed when the service points at a field, and asks before dropping typing when
closed. The timeline follows check-ins saved for this person only (reading it is not a viewing of anyone else).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable
from datetime import date, datetime, timezone

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.documents.network_words import DOMAINS, RATINGS, word
from rosc_desktop.enums import ContactMode, GoalStatus
from rosc_desktop.errors import ValidationError
from rosc_desktop.services.checkins import MAX_DURATION_MINUTES, CheckInInput, CheckInView, TieRatingInput
from rosc_desktop.ui.messages import describe_error
from rosc_desktop.ui.operations import change_bus, run_now, run_operation, show_error
from rosc_desktop.ui.prompts import DiscardOnCancel, DiscardQuestion
from rosc_desktop.ui.days import day_pattern, format_day, format_moment, moment_pattern, today_qdate
from rosc_desktop.ui.fitting import resize_within_screen

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

MODES = (
    (ContactMode.IN_PERSON, QT_TRANSLATE_NOOP("CheckIns", "In person")),
    (ContactMode.PHONE, QT_TRANSLATE_NOOP("CheckIns", "Phone")),
    (ContactMode.TEXT, QT_TRANSLATE_NOOP("CheckIns", "Text")),
    (ContactMode.VIDEO, QT_TRANSLATE_NOOP("CheckIns", "Video")),
    (ContactMode.OUTREACH, QT_TRANSLATE_NOOP("CheckIns", "Outreach in the community")),
)
assert {m for m, _ in MODES} == set(ContactMode.__members__.values())


def mode_label(mode: str) -> str:
    for value, label in MODES:
        if value == mode:
            return QCoreApplication.translate("CheckIns", label)
    return mode


def field_message(error: BaseException) -> str:
    """The sentence for an error shown beside a field; codes of the plans services the shared list lacks."""
    code = getattr(error, "code", "")
    texts = {
        "follow_up_in_past": lambda: QCoreApplication.translate(
            "CheckIns", "The follow-up cannot be in the past: choose today or a later day."),
        "date_in_future": lambda: QCoreApplication.translate(
            "CheckIns", "This is later than now: a check-in is logged once it has happened."),
        "duration_range": lambda: fill(QCoreApplication.translate(
            "CheckIns", "Give the length in minutes, up to %1 (one day), or leave it empty."),
            str(MAX_DURATION_MINUTES)),
        "mode_unknown": lambda: QCoreApplication.translate("CheckIns", "Choose how you were in touch."),
        "goal_unknown": lambda: QCoreApplication.translate(
            "CheckIns", "One of the goals is not there any more. Close and open this window again."),
        "date_invalid": lambda: QCoreApplication.translate("CheckIns", "This date and time is not valid."),
        "no_supports_listed": lambda: QCoreApplication.translate(
            "CheckIns", "No people to call are listed in the saved setback plan yet. Add them under "
            "\"People to call\" (one per line) and save the plan first."),
    }
    make = texts.get(code)
    return make() if make else describe_error(error)[1]


def _error_label(accessible_name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    label.setStyleSheet("QLabel { color: palette(highlight); }")
    label.hide()
    return label


class ConnectionRatings(QWidget):
    """"How is this connection working?" for each current member of the person's network: a quick answer
    and an optional note per tie. A tie left at "Not asked" is not sent."""

    def __init__(self, members, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[tuple[str, QComboBox, QLineEdit]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.empty_label = QLabel(QCoreApplication.translate("CheckInDialog", "Their support network map is empty, so there are no connections to "
                                          "ask about yet."))
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.empty_label.setVisible(not members)
        if not members:
            return
        grid_widget = QWidget()
        grid = QFormLayout(grid_widget)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        grid.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for member in members:
            about = " · ".join(part for part in (member.relationship, word(DOMAINS, member.domain)) if part)
            who = QLabel(f"<b>{_escape(member.name)}</b><br><small>{_escape(about)}</small>")
            who.setTextFormat(Qt.TextFormat.RichText)
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("CheckInDialog", "Not asked"), "")
            for value in RATINGS:
                combo.addItem(word(RATINGS, value), value)
            combo.setAccessibleName(fill(QCoreApplication.translate("CheckInDialog", "How the connection with %1 is working"), member.name))
            note = QLineEdit()
            note.setPlaceholderText(QCoreApplication.translate("CheckInDialog", "Note (optional)"))
            note.setAccessibleName(fill(QCoreApplication.translate("CheckInDialog", "Note about the connection with %1"), member.name))
            note.setMaxLength(1000)
            note.setEnabled(False)  # a note belongs to an answer; choosing one opens it
            combo.currentIndexChanged.connect(lambda _i, c=combo, n=note: n.setEnabled(bool(c.currentData())))
            who.setBuddy(combo)
            answer = QHBoxLayout()
            answer.addWidget(combo)
            answer.addWidget(note, 1)
            grid.addRow(who, answer)
            self.rows.append((member.id, combo, note))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # As tall as the ties need, up to about six of them, so a big network does not push Save off screen.
        scroll.setFixedHeight(min(grid_widget.sizeHint().height(), 6 * 34) + 2)
        layout.addWidget(scroll)

    def first_control(self) -> QWidget | None:
        return self.rows[0][1] if self.rows else None

    def answers(self) -> tuple[TieRatingInput, ...]:
        return tuple(TieRatingInput(member_id, str(combo.currentData()), note.text())
                     for member_id, combo, note in self.rows if combo.currentData())

    def has_answers(self) -> bool:
        return any(combo.currentIndex() != 0 or note.text().strip() for _id, combo, note in self.rows)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CheckInDialog(DiscardOnCancel, QDialog):
    """Log one check-in. Everything but when and how is optional."""

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._saving = False
        self._discard = DiscardQuestion(self)
        self.result_view: CheckInView | None = None
        self.field_errors: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Log a check-in"))
        self.setModal(True)

        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setMaximumDateTime(QDateTime.currentDateTime())
        self.when_edit.setDisplayFormat(moment_pattern())
        self.when_edit.setAccessibleName(self.tr("Date and time"))

        self.mode_combo = QComboBox()
        for value, _label in MODES:
            self.mode_combo.addItem(mode_label(value), str(value))
        self.mode_combo.setAccessibleName(self.tr("How you were in touch"))

        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSpecialValueText(self.tr("Not noted"))
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setAccessibleName(self.tr("Duration in minutes (optional)"))

        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("For example: the center, a coffee shop, by phone"))
        self.place_edit.setAccessibleName(self.tr("Place"))

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(100)
        self.notes_edit.setPlaceholderText(self.tr("What you talked about, in plain words"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))

        self.goals_list = QListWidget()
        self.goals_list.setAccessibleName(self.tr("Goals touched"))
        self.goals_list.setMaximumHeight(100)
        self.goals_empty = QLabel(self.tr("No active goals yet."))
        self._load_goals()

        # run_now: one person's network rows by index
        members = run_now(lambda: self._services.network.current_members(self._participant_id), self) or []
        self.ratings = ConnectionRatings(members)

        self.follow_up_check = QCheckBox(self.tr("Plan one for"))
        self.follow_up_check.setAccessibleName(self.tr("Plan a next follow-up"))
        self.follow_up_edit = QDateEdit(today_qdate().addDays(7))
        self.follow_up_edit.setCalendarPopup(True)
        self.follow_up_edit.setMinimumDate(today_qdate())
        self.follow_up_edit.setDisplayFormat(day_pattern())
        self.follow_up_edit.setAccessibleName(self.tr("Next follow-up date"))
        self.follow_up_edit.setEnabled(False)
        self.follow_up_check.toggled.connect(self.follow_up_edit.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up_check)
        follow_row.addWidget(self.follow_up_edit)
        follow_row.addStretch()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&When:"), self.when_edit, "occurred_at")
        self._row(form, self.tr("&How:"), self.mode_combo, "mode")
        self._row(form, self.tr("&Duration:"), self.duration_spin, "duration_minutes")
        self._row(form, self.tr("&Place:"), self.place_edit, "place")
        self._row(form, self.tr("&Notes:"), self.notes_edit, "notes")
        goals_box = QVBoxLayout()
        goals_box.setContentsMargins(0, 0, 0, 0)
        goals_box.addWidget(self.goals_list)
        goals_box.addWidget(self.goals_empty)
        goals_widget = QWidget()
        goals_widget.setLayout(goals_box)
        self._row(form, self.tr("&Goals touched:"), goals_widget, "goal_ids", buddy=self.goals_list)
        follow_widget = QWidget()
        follow_row.setContentsMargins(0, 0, 0, 0)
        follow_widget.setLayout(follow_row)
        self._row(form, self.tr("Next &follow-up:"), follow_widget, "next_follow_up", buddy=self.follow_up_check)

        ratings_heading = QLabel(self.tr("How are the &connections working?"))
        ratings_heading.setStyleSheet("QLabel { font-weight: bold; }")
        ratings_heading.setBuddy(self.ratings.first_control() or self.ratings.empty_label)
        if self.ratings.first_control() is None:
            ratings_heading.setText(ratings_heading.text().replace("&", ""))
        self.ratings_error = _error_label(self.tr("Problem with the connections"))
        self.field_errors["tie_ratings"] = self.ratings_error

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save check-in"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form, 1)  # the notes take any spare height, not the gaps around the ties
        layout.addSpacing(4)
        layout.addWidget(ratings_heading)
        layout.addWidget(self.ratings)
        layout.addWidget(self.ratings_error)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 680, 560 + min(len(members), 6) * 34)

    def _row(self, form: QFormLayout, label_text: str, field: QWidget, name: str,
             buddy: QWidget | None = None) -> None:
        label = QLabel(label_text)
        label.setBuddy(buddy or field)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        error = _error_label(fill(self.tr("Problem with %1"), label_text.replace("&", "").rstrip(":")))
        box.addWidget(error)
        self.field_errors[name] = error
        form.addRow(label, box)

    def _load_goals(self) -> None:
        # run_now: one person's goals, steps and reviews by index
        goals = run_now(lambda: self._services.goals.for_person(self._participant_id), self) or []
        for goal in goals:
            if goal.status != GoalStatus.ACTIVE:
                continue
            item = QListWidgetItem(goal.statement.splitlines()[0] if goal.statement else "")
            item.setToolTip(goal.statement)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.goals_list.addItem(item)
        has_goals = self.goals_list.count() > 0
        self.goals_list.setVisible(has_goals)
        self.goals_empty.setVisible(not has_goals)

    # -- state -------------------------------------------------------------------------------------------

    def checked_goal_ids(self) -> tuple[str, ...]:
        items = (self.goals_list.item(i) for i in range(self.goals_list.count()))
        return tuple(str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                     if i.checkState() == Qt.CheckState.Checked)

    def current_input(self) -> CheckInInput:
        # The edit shows local time; the service keeps an aware moment (stored in UTC).
        local: datetime = self.when_edit.dateTime().toPython()  # type: ignore[assignment]
        occurred_at = local.astimezone().astimezone(timezone.utc)
        follow_up: date | None = None
        if self.follow_up_check.isChecked():
            follow_up = self.follow_up_edit.date().toPython()  # type: ignore[assignment]
        return CheckInInput(
            occurred_at=occurred_at,
            mode=str(self.mode_combo.currentData()),
            duration_minutes=self.duration_spin.value() or None,
            place=self.place_edit.text(),
            notes=self.notes_edit.toPlainText(),
            goal_ids=self.checked_goal_ids(),
            next_follow_up=follow_up,
            tie_ratings=self.ratings.answers(),
        )

    def has_unsaved_work(self) -> bool:
        """Something typed or chosen and not logged yet (or being logged)."""
        return self._saving or bool(
            self.place_edit.text().strip() or self.notes_edit.toPlainText().strip()
            or self.duration_spin.value() or self.checked_goal_ids() or self.follow_up_check.isChecked()
            or self.mode_combo.currentIndex() != 0 or self.ratings.has_answers())

    # -- saving and leaving ------------------------------------------------------------------------------

    def _save(self) -> None:
        if self._saving:
            return
        data = self.current_input()
        self._saving = True
        self.save_button.setEnabled(False)
        for label in self.field_errors.values():
            label.hide()
        services, pid = self._services, self._participant_id
        run_operation(self, lambda: services.checkins.record(pid, data),
                      on_done=self._saved, on_error=self._failed)

    def _saved(self, view: CheckInView) -> None:
        self._saving = False
        self.result_view = view
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and error.field in self.field_errors:
            label = self.field_errors[error.field]
            label.setText(field_message(error))
            label.show()
            focus = {"occurred_at": self.when_edit, "mode": self.mode_combo, "duration_minutes": self.duration_spin,
                     "place": self.place_edit, "notes": self.notes_edit, "goal_ids": self.goals_list,
                     "next_follow_up": self.follow_up_edit,
                     "tie_ratings": self.ratings.first_control() or self.notes_edit}[error.field]
            focus.setFocus()
            return
        show_error(self, error)

    def _ask_discard(self, close: Callable[[], None]) -> None:
        self._discard.ask(self.tr("Discard this check-in?"),
                          self.tr("What you typed for this check-in will not be logged. Discard it?"), close)


class CheckInsTab(QWidget):
    help_topic = "checkins"

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self.dialog: CheckInDialog | None = None

        self.log_button = QPushButton(self.tr("Log &a check-in…"))
        shortcut_text = QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText)
        self.log_button.setToolTip(fill(self.tr("Log a check-in (%1)"), shortcut_text))
        self.log_button.clicked.connect(self.log_check_in)
        shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.log_check_in)
        intro = QLabel(self.tr("Every contact counts: a visit, a call, a text, or meeting someone where they are."))
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.log_button)
        top.addWidget(intro, 1)

        timeline_label = QLabel(self.tr("Ti&meline, newest first:"))
        self.timeline = QTreeWidget()
        self.timeline.setHeaderLabels([self.tr("When"), self.tr("How"), self.tr("Length"), self.tr("Staff"),
                                       self.tr("Place"), self.tr("Notes")])
        self.timeline.setRootIsDecorated(True)
        self.timeline.setUniformRowHeights(False)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setAccessibleName(self.tr("Check-ins, newest first"))
        self.timeline.setAlternatingRowColors(True)
        header = self.timeline.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 190, 70, 140, 150)):
            self.timeline.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        timeline_label.setBuddy(self.timeline)
        self.empty_label = QLabel(self.tr("No check-ins logged yet. Use “Log a check-in…” after each contact."))
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(timeline_label)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)

        change_bus.changed.connect(self._on_changed)
        self.reload()

    def log_check_in(self) -> None:
        if self.dialog is not None:  # one at a time
            self.dialog.raise_()
            return
        dialog = CheckInDialog(self._services, self._participant_id, self)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def has_unsaved_work(self) -> bool:
        return self.dialog is not None and self.dialog.has_unsaved_work()

    def _on_changed(self, changes: Changes) -> None:
        pid = self._participant_id
        if changes.concerns(Kind.CHECKINS, pid) or changes.concerns(Kind.ATTENDANCE, pid):
            self.reload()

    def _staff_names(self) -> dict[str, str]:
        try:
            return {s.id: s.display_name for s in self._services.accounts.list_staff()}
        except Exception:  # names are a courtesy; the timeline shows without them
            return {}

    def reload(self) -> None:
        # run_now: one person's check-ins by index
        views: list[CheckInView] | None = run_now(lambda: self._services.checkins.timeline(self._participant_id),
                                                  self)
        if views is None:
            return
        names = self._staff_names() if views else {}
        self.timeline.clear()
        # Activities the person came to are contacts too: shown among the check-ins, newest first, marked as such.
        # run_now: one person's latest 200 attendances by index
        came = run_now(lambda: self._services.activities.for_person(self._participant_id), self) or []
        merged = sorted([(v.occurred_at, v) for v in views] + [(a.starts_at, a) for a in came],
                        key=lambda pair: pair[0], reverse=True)
        for _when, view in merged:
            if not isinstance(view, CheckInView):
                self.timeline.addTopLevelItem(self._attendance_item(view))
                continue
            notes = view.notes.strip()
            first_line = notes.splitlines()[0] if notes else ""
            more = len(notes.splitlines()) > 1
            duration = fill(self.tr("%1 min"), str(view.duration_minutes)) if view.duration_minutes else ""
            item = QTreeWidgetItem([format_moment(view.occurred_at), mode_label(view.mode), duration,
                                    names.get(view.staff_id or "", ""), view.place,
                                    first_line + (" …" if more else "")])
            item.setData(0, Qt.ItemDataRole.UserRole, view.id)
            if notes:
                item.setToolTip(5, notes)
            if more:  # the whole note, one level down, for keyboard and screen-reader users too
                child = QTreeWidgetItem(["", "", "", "", "", notes])
                child.setFirstColumnSpanned(False)
                item.addChild(child)
            if view.duration_minutes:
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.timeline.addTopLevelItem(item)
        self.timeline.setVisible(bool(merged))
        self.empty_label.setVisible(not merged)

    def _attendance_item(self, came) -> QTreeWidgetItem:  # type: ignore[no-untyped-def]
        from rosc_desktop.ui.screens.attendance import kind_label

        when = format_day(came.held_on) if came.kind == "drop_in" else format_moment(came.starts_at)
        how = fill(self.tr("Attended: %1"), kind_label(came.kind))
        item = QTreeWidgetItem([when, how, "", "", "", came.name])  # the day's drop-in has no name of its own
        item.setToolTip(1, how)
        item.setData(0, Qt.ItemDataRole.UserRole + 1, came.activity_id)
        font = item.font(1)
        font.setItalic(True)  # told apart from check-ins at a glance, and by its words for a screen reader
        item.setFont(1, font)
        return item
