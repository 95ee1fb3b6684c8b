"""The Goals tab: the person's goals in their own words and their order, with GAS levels, steps and reviews.

Progress is what the person chose: each goal carries five Goal Attainment Scaling levels written with them
(−2 … +2), and a review records the level reached on a date. The T-score at the top summarises the latest
reviews (Kiresuk & Sherman 1968, INSTRUMENTS.md). Nothing is typed on the tab itself: writing happens in
dialogs, which keep their typing on an error and ask before dropping it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.clock import center_today
from rosc_desktop.enums import GoalStatus, LifeDomain, StepHelper
from rosc_desktop.errors import ValidationError
from rosc_desktop.services.plans import LEVEL_FIELDS, GasSummary, GoalInput, GoalView, StepView
from rosc_desktop.ui.form_dialog import FormDialog, open_one, plain_editor
from rosc_desktop.ui.operations import change_bus, run_now, run_operation, show_error
from rosc_desktop.ui.screens.intake import format_day
from rosc_desktop.ui.days import day_pattern, qdate, today_qdate

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

CONTEXT = "Goals"

DOMAINS = {
    LifeDomain.HOUSING: QT_TRANSLATE_NOOP("Goals", "Housing"),
    LifeDomain.WORK_EDUCATION: QT_TRANSLATE_NOOP("Goals", "Work and education"),
    LifeDomain.PHYSICAL_HEALTH: QT_TRANSLATE_NOOP("Goals", "Physical health"),
    LifeDomain.MENTAL_HEALTH: QT_TRANSLATE_NOOP("Goals", "Mental health"),
    LifeDomain.SUBSTANCE_USE: QT_TRANSLATE_NOOP("Goals", "Substance use and recovery"),
    LifeDomain.FAMILY: QT_TRANSLATE_NOOP("Goals", "Family and relationships"),
    LifeDomain.SOCIAL: QT_TRANSLATE_NOOP("Goals", "Social and community"),
    LifeDomain.SPIRITUAL: QT_TRANSLATE_NOOP("Goals", "Spiritual and meaning"),
    LifeDomain.LEGAL: QT_TRANSLATE_NOOP("Goals", "Legal"),
    LifeDomain.FINANCES: QT_TRANSLATE_NOOP("Goals", "Finances"),
    LifeDomain.RECREATION: QT_TRANSLATE_NOOP("Goals", "Recreation"),
}
assert list(DOMAINS) == list(LifeDomain)

STATUSES = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("Goals", "Active"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Goals", "Achieved"),
    GoalStatus.PAUSED: QT_TRANSLATE_NOOP("Goals", "Paused"),
    GoalStatus.LET_GO: QT_TRANSLATE_NOOP("Goals", "Let go"),
}
assert list(STATUSES) == list(GoalStatus)

LEVELS = (-2, -1, 0, 1, 2)
# What each GAS level means, as INSTRUMENTS.md words it; shown when the person's own text for a level is empty.
LEVEL_MEANINGS = (
    QT_TRANSLATE_NOOP("Goals", "Much less than expected"),
    QT_TRANSLATE_NOOP("Goals", "Somewhat less"),
    QT_TRANSLATE_NOOP("Goals", "The expected outcome"),
    QT_TRANSLATE_NOOP("Goals", "Somewhat more"),
    QT_TRANSLATE_NOOP("Goals", "Much more"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def domain_label(value: str) -> str:
    return _tr(DOMAINS[LifeDomain(value)]) if value in DOMAINS else value


def status_label(value: str) -> str:
    return _tr(STATUSES[GoalStatus(value)]) if value in STATUSES else value


def level_sign(level: int) -> str:
    """−2, −1, 0, +1, +2 with a true minus sign (read as "minus" by screen readers, unlike a hyphen)."""
    return f"+{level}" if level > 0 else (f"\u2212{-level}" if level < 0 else "0")


def level_text(goal: GoalView, level: int) -> str:
    """"+1: In my own room": the sign and the person's words for that level (or its meaning if none)."""
    index = LEVELS.index(level)
    words = goal.levels[index].strip() or _tr(LEVEL_MEANINGS[index])
    return f"{level_sign(level)}: {words}"


def t_score_text(summary: GasSummary | None) -> str:
    if summary is None or summary.t_score is None:
        return QCoreApplication.translate("Goals", "Goal progress: no reviews yet")
    return fill(QCoreApplication.translate("Goals", "Goal progress: %1 (50 = goals met as expected)"),
                str(round(summary.t_score)))


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


# -- the tab ---------------------------------------------------------------------------------------------------

GOAL_ROLE = Qt.ItemDataRole.UserRole
STEP_ROLE = Qt.ItemDataRole.UserRole + 1


class GoalsTab(QWidget):
    """The person's goals in their order; the first active one is their top priority."""
    help_topic = "goals"

    COLUMNS = 5  # order, goal, life domain, status, latest level

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._goals: list[GoalView] = []
        self._staff_names: dict[str, str] = {}
        self._filling = False
        self._busy = False
        self.dialog: QDialog | None = None  # the goal, review or step dialog open now, if any

        self.score_label = _bold(QLabel(), 1.25)
        self.score_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score_label.setToolTip(self.tr(
            "Goal progress is a Goal Attainment Scaling (GAS) T-score (Kiresuk & Sherman 1968):\n"
            "T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), with ρ = 0.3\n"
            "xᵢ is the latest level reached on goal i (−2 to +2) and wᵢ its weight (1 unless changed).\n"
            "Goals not reviewed yet, and goals let go, are left out.\n"
            "50 means the goals were met as expected; above 50, better than expected."))
        self.score_label.setAccessibleName(self.tr("Goal progress"))
        self.score_detail = QLabel()
        self.score_detail.setWordWrap(True)

        self.goal_list = QTreeWidget()
        self.goal_list.setColumnCount(self.COLUMNS)
        self.goal_list.setHeaderLabels([self.tr("#"), self.tr("Goal, in their words"), self.tr("Life area"),
                                        self.tr("Status"), self.tr("Latest level")])
        self.goal_list.setAccessibleName(self.tr("Goals, in the person's order"))
        self.goal_list.setAccessibleDescription(self.tr(
            "Steps are listed under each goal: Space ticks a step done. Ctrl+Up and Ctrl+Down change the order."))
        self.goal_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goal_list.setWordWrap(True)
        self.goal_list.setUniformRowHeights(False)
        self.goal_list.setAlternatingRowColors(True)
        header = self.goal_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 210), (3, 140), (4, 240)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.goal_list.setColumnWidth(column, width)
        list_label = QLabel(self.tr("Goals in the &person's order (the first active one is their top priority):"))
        list_label.setBuddy(self.goal_list)
        list_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr(
            "No goals yet. Ask what the person wants to work on, and write it in their own words."))
        self.empty_label.setWordWrap(True)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("About the selected goal"))
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.new_button = QPushButton(self.tr("Ne&w goal…"))
        self.new_button.setToolTip(fill(self.tr("New goal (%1)"), _native("Ctrl+G")))
        self.new_button.clicked.connect(self.new_goal)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_goal)
        self.review_button = QPushButton(self.tr("Re&view…"))
        self.review_button.setToolTip(self.tr("Record the level reached on this goal today or on a past date"))
        self.review_button.clicked.connect(self.review_goal)
        self.step_button = QPushButton(self.tr("&Add step…"))
        self.step_button.clicked.connect(self.add_step)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(fill(self.tr("Move up (%1)"), _native("Ctrl+Up")))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("&Move down"))
        self.down_button.setToolTip(fill(self.tr("Move down (%1)"), _native("Ctrl+Down")))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.status_button = QPushButton(self.tr("Status"))
        self.status_menu = QMenu(self.status_button)
        self.status_actions = {}
        for status, text in STATUSES.items():
            action = self.status_menu.addAction(_tr(text))
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, s=status.value: self.set_status(s))
            self.status_actions[status.value] = action
        self.status_button.setMenu(self.status_menu)
        for button in (self.edit_button, self.review_button, self.step_button, self.up_button, self.down_button,
                       self.status_button):
            button.setAccessibleDescription(self.tr("Acts on the selected goal"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addSpacing(12)
        for button in (self.edit_button, self.review_button, self.step_button, self.status_button,
                       self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.score_label)
        layout.addWidget(self.score_detail)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(list_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.goal_list, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.details)

        # Only while focus is inside this tab, so several open workspaces do not compete for the keys.
        for keys, slot in (("Ctrl+G", self.new_goal), ("Ctrl+Up", lambda: self.move_selected(-1)),
                           ("Ctrl+Down", lambda: self.move_selected(1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.goal_list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.goal_list.itemChanged.connect(self._item_changed)
        self.goal_list.itemActivated.connect(self._activated)
        change_bus.changed.connect(self._on_changed)
        self.reload()

    # -- reading -----------------------------------------------------------------------------------------

    def goals(self) -> list[GoalView]:
        return list(self._goals)

    def top_priority_id(self) -> str | None:
        """The first active goal in the person's order: what they chose to work on first."""
        return next((g.id for g in self._goals if g.status == GoalStatus.ACTIVE), None)

    def selected_goal(self) -> GoalView | None:
        item = self.goal_list.currentItem()
        if item is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        goal_id = item.data(0, GOAL_ROLE)
        return next((g for g in self._goals if g.id == goal_id), None)

    def select_goal(self, goal_id: str) -> None:
        for index in range(self.goal_list.topLevelItemCount()):
            item = self.goal_list.topLevelItem(index)
            if item.data(0, GOAL_ROLE) == goal_id:
                self.goal_list.setCurrentItem(item)
                return

    def goal_item(self, goal_id: str) -> QTreeWidgetItem | None:
        for index in range(self.goal_list.topLevelItemCount()):
            item = self.goal_list.topLevelItem(index)
            if item.data(0, GOAL_ROLE) == goal_id:
                return item
        return None

    def step_item(self, step_id: str) -> QTreeWidgetItem | None:
        for index in range(self.goal_list.topLevelItemCount()):
            parent = self.goal_list.topLevelItem(index)
            for row in range(parent.childCount()):
                if parent.child(row).data(0, STEP_ROLE) == step_id:
                    return parent.child(row)
        return None

    def reload(self) -> None:
        pid = self._participant_id
        # run_now: one person's goals, steps and reviews by index
        goals = run_now(lambda: self._services.goals.for_person(pid), self)
        if goals is None:
            return
        # run_now: one person's goals and reviews by index
        summary = run_now(lambda: self._services.goals.gas_summary(pid), self)
        # run_now: the staff list: tens of rows
        staff = run_now(self._services.accounts.list_staff, self) or []
        self._staff_names = {s.id: s.display_name for s in staff}
        self._goals = goals
        self._show_summary(summary)
        self._fill(goals)

    def _show_summary(self, summary: GasSummary | None) -> None:
        self.score_label.setText(t_score_text(summary))
        if summary is None or summary.t_score is None:
            self.score_detail.setText(self.tr("Review a goal to record the level reached; the score follows."))
            return
        detail = fill(self.tr("From the latest review of %1 of %2 goals."),
                      str(summary.reviewed_goals), str(summary.goals))
        if summary.first_t_score is not None and round(summary.first_t_score) != round(summary.t_score):
            detail += " " + fill(self.tr("At their first reviews: %1."), str(round(summary.first_t_score)))
        self.score_detail.setText(detail)

    def _fill(self, goals: list[GoalView]) -> None:
        keep = self.selected_goal()
        current = self.goal_list.currentItem()
        keep_step = current.data(0, STEP_ROLE) if current is not None else None
        top = self.top_priority_id()
        self._filling = True
        try:
            self.goal_list.clear()
            for number, goal in enumerate(goals, start=1):
                item = QTreeWidgetItem(self.goal_list)
                item.setData(0, GOAL_ROLE, goal.id)
                order = str(number)
                if goal.id == top:
                    order = fill(self.tr("%1 ★ Top priority"), str(number))
                    font = item.font(1)
                    font.setBold(True)
                    for column in range(self.COLUMNS):
                        item.setFont(column, font)
                item.setText(0, order)
                item.setText(1, goal.statement)
                item.setText(2, domain_label(goal.domain))
                status = status_label(goal.status)
                if goal.target_date is not None and goal.status == GoalStatus.ACTIVE:
                    status += "\n" + fill(self.tr("by %1"), format_day(goal.target_date))
                item.setText(3, status)
                latest = goal.latest_level
                item.setText(4, level_text(goal, latest) if latest is not None else self.tr("Not reviewed yet"))
                item.setToolTip(1, goal.statement)
                if goal.status in (GoalStatus.LET_GO, GoalStatus.PAUSED):
                    muted = self.goal_list.palette().color(QPalette.ColorRole.PlaceholderText)
                    for column in range(self.COLUMNS):
                        item.setForeground(column, muted)
                for step in goal.steps:
                    self._add_step_item(item, step)
                item.setExpanded(True)
        finally:
            self._filling = False
        self.goal_list.setVisible(bool(goals))
        self.empty_label.setVisible(not goals)
        target = self.step_item(keep_step) if keep_step else None
        if target is None and keep is not None:
            target = self.goal_item(keep.id)
        if target is None and goals:
            target = self.goal_list.topLevelItem(0)
        if target is not None:
            self.goal_list.setCurrentItem(target)
        self._selection_changed()

    def _add_step_item(self, parent: QTreeWidgetItem, step: StepView) -> None:
        child = QTreeWidgetItem(parent)
        child.setData(0, STEP_ROLE, step.id)
        child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        child.setCheckState(0, Qt.CheckState.Checked if step.done_on else Qt.CheckState.Unchecked)
        parts = [step.what, fill(self.tr("who helps: %1"), self.helper_text(step))]
        if step.due_on is not None:
            parts.append(fill(self.tr("due %1"), format_day(step.due_on)))
        if step.done_on is not None:
            parts.append(fill(self.tr("done %1"), format_day(step.done_on)))
        child.setText(0, " — ".join(parts))
        child.setFirstColumnSpanned(True)

    def helper_text(self, step: StepView) -> str:
        if step.helper_kind == StepHelper.STAFF:
            name = self._staff_names.get(step.helper_staff_id or "", "")
            return fill(self.tr("%1 (staff)"), name) if name else self.tr("a staff member")
        if step.helper_kind == StepHelper.NETWORK:
            return fill(self.tr("%1 (their network)"), step.helper_name)
        return self.tr("the person themselves")

    def _selection_changed(self) -> None:
        goal = self.selected_goal()
        has = goal is not None and not self._busy
        for button in (self.edit_button, self.review_button, self.step_button, self.status_button):
            button.setEnabled(has)
        index = self._goals.index(goal) if goal is not None else -1
        self.up_button.setEnabled(has and index > 0)
        self.down_button.setEnabled(has and 0 <= index < len(self._goals) - 1)
        self.new_button.setEnabled(not self._busy)
        for status, action in self.status_actions.items():
            action.setChecked(goal is not None and goal.status == status)
        self.details.setText(self._details(goal) if goal is not None else "")

    def _details(self, goal: GoalView) -> str:
        lines = [fill(self.tr("Set on %1 · Weight %2"), format_day(goal.set_on), f"{goal.weight:g}")]
        if goal.target_date is not None:
            lines[0] += " · " + fill(self.tr("Target date %1"), format_day(goal.target_date))
        if goal.why_it_matters:
            lines.append(fill(self.tr("Why it matters: %1"), goal.why_it_matters))
        written = [level_text(goal, level) for level, words in zip(LEVELS, goal.levels) if words.strip()]
        if written:
            lines.append(fill(self.tr("Levels: %1"), "   ".join(reversed(written))))
        if goal.reviews:
            last = goal.reviews[-1]
            text = fill(self.tr("Last review %1: %2"), format_day(last.reviewed_on), level_sign(last.level))
            if last.note:
                text += " — " + last.note
            lines.append(text)
        return "\n".join(lines)

    def _on_changed(self, changes: Changes) -> None:
        if changes.concerns(Kind.GOALS, self._participant_id):
            self.reload()

    # -- acting on goals ---------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        open_one(self, dialog, self._dialog_closed)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.goal_list.setFocus()

    def new_goal(self) -> None:
        if not self._busy:
            self._open(GoalDialog(self._services, self._participant_id, None, self))

    def edit_goal(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            self._open(GoalDialog(self._services, self._participant_id, goal, self))

    def review_goal(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            self._open(ReviewDialog(self._services, self._participant_id, goal, self))

    def add_step(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            self._open(StepDialog(self._services, self._participant_id, goal, self))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.parent() is None:
            self.edit_goal()

    def move_selected(self, delta: int) -> None:
        goal = self.selected_goal()
        if goal is None or self._busy:
            return
        ids = [g.id for g in self._goals]
        index = ids.index(goal.id)
        target = index + delta
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        pid = self._participant_id
        self._run(lambda: self._services.goals.reorder(pid, ids))

    def set_status(self, status: str) -> None:
        goal = self.selected_goal()
        if goal is None or goal.status == status or self._busy:
            self._selection_changed()  # the menu's tick follows the saved status, not the click
            return
        goal_id = goal.id
        self._run(lambda: self._services.goals.set_status(goal_id, status))

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        step_id = item.data(0, STEP_ROLE)
        if self._filling or column != 0 or not step_id:
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        self._run(lambda: self._services.goals.mark_step(step_id, center_today() if done else None))

    def _run(self, work: Any) -> None:
        self._busy = True
        self._selection_changed()

        def settle(_result: object = None) -> None:
            self._busy = False
            self._selection_changed()

        def failed(error: BaseException) -> None:
            settle()
            show_error(self, error)
            self.reload()  # put the list back as saved (a tick that did not save is unticked again)

        run_operation(self, work, on_done=settle, on_error=failed)


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


# -- dialogs ---------------------------------------------------------------------------------------------------

class _FormDialog(FormDialog):
    """The goal, step and review dialogs: a save announces a goals change."""

    def _date_row(self, check_text: str, check_name: str, edit_name: str, earliest: date) -> tuple[
            QCheckBox, QDateEdit, QWidget]:
        """An optional date: a check box that enables a date field (so "no date" is never a greyed real date)."""
        check = QCheckBox(check_text, self)
        check.setAccessibleName(check_name)
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(day_pattern())
        edit.setMinimumDate(qdate(earliest))
        edit.setDate(today_qdate() if today_qdate() >= qdate(earliest) else qdate(earliest))
        edit.setEnabled(False)
        edit.setAccessibleName(edit_name)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(lambda on: edit.setFocus() if on else None)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(check)
        line.addWidget(edit)
        line.addStretch()
        return check, edit, row


LEVEL_CAPTIONS = (
    QT_TRANSLATE_NOOP("GoalDialog", "\u22122 Much &less than expected"),
    QT_TRANSLATE_NOOP("GoalDialog", "\u22121 Somewhat l&ess"),
    QT_TRANSLATE_NOOP("GoalDialog", "&0 The expected outcome"),
    QT_TRANSLATE_NOOP("GoalDialog", "+1 Somewhat &more"),
    QT_TRANSLATE_NOOP("GoalDialog", "+2 Much m&ore"),
)


class GoalDialog(_FormDialog):
    """Set a new goal with the person (`existing` None), or change one: their words, why, and five GAS levels."""

    def __init__(self, services: Services, participant_id: str, existing: GoalView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, participant_id, parent)
        self._existing = existing
        self.result_view: GoalView | None = None
        self.setWindowTitle(self.tr("New goal") if existing is None else self.tr("Edit goal"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)

        self.domain_combo = QComboBox(self)
        for value in LifeDomain:
            self.domain_combo.addItem(domain_label(value), value.value)
        self.domain_combo.setCurrentIndex(self.domain_combo.findData(LifeDomain.SOCIAL.value))
        self.statement_edit = plain_editor(self, 3, wrap_only=True)
        self.statement_edit.setPlaceholderText(self.tr("In the person's own words"))
        self.why_edit = plain_editor(self, 2, wrap_only=True)
        earliest = existing.set_on if existing is not None else center_today()
        self.target_check, self.target_edit, target_row = self._date_row(
            self.tr("&Target date:"), self.tr("Has a target date"), self.tr("Target date"), earliest)
        self.weight_spin = QDoubleSpinBox(self)
        self.weight_spin.setRange(0.5, 10.0)
        self.weight_spin.setSingleStep(0.5)
        self.weight_spin.setDecimals(1)
        self.weight_spin.setValue(1.0)
        self.weight_spin.setAccessibleName(self.tr("Weight, importance to the person"))
        weight_hint = QLabel(self.tr("how much this goal matters to the person (1 unless some matter more)"), self)
        weight_hint.setWordWrap(True)
        weight_row = QWidget(self)
        weight_line = QHBoxLayout(weight_row)
        weight_line.setContentsMargins(0, 0, 0, 0)
        weight_line.addWidget(self.weight_spin)
        weight_line.addWidget(weight_hint, 1)

        self.domain_combo.setAccessibleName(self.tr("Life area"))
        self.statement_edit.setAccessibleName(self.tr("Goal, in the person's own words, required"))
        self.why_edit.setAccessibleName(self.tr("Why it matters to them"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, field: str, widget: QWidget, shown: QWidget | None = None) -> None:
            label = QLabel(text, self)
            label.setBuddy(widget)
            self._with_error_row(form, label, field, widget, shown)

        row(self.tr("Life &area:"), "domain", self.domain_combo)
        row(self.tr("&Goal, in their own words (required):"), "statement", self.statement_edit)
        row(self.tr("&Why it matters to them:"), "why_it_matters", self.why_edit)
        form.addRow(self._with_error("target_date", target_row))
        self._field_widgets["target_date"] = self.target_edit
        row(self.tr("&Importance (weight):"), "weight", self.weight_spin, weight_row)

        levels_box = QGroupBox(self.tr("How will we know? Goal Attainment Scaling levels, written with the person"),
                               self)
        levels_column = QVBoxLayout(levels_box)
        intro = QLabel(self.tr("Start with the expected outcome (0), then what would be a bit more or less, "
                               "and much more or less."), levels_box)
        intro.setWordWrap(True)
        levels_column.addWidget(intro)
        levels_form = QFormLayout()
        levels_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        levels_column.addLayout(levels_form)
        self.level_edits: list[QLineEdit] = []
        for index, (field, caption) in enumerate(zip(LEVEL_FIELDS, LEVEL_CAPTIONS)):
            edit = QLineEdit(levels_box)
            shown = self.tr(caption)
            edit.setAccessibleName(fill(self.tr("Level %1"), shown.replace("&", "")))
            label = QLabel(shown + ":", levels_box)
            label.setBuddy(edit)
            levels_form.addRow(label, self._with_error(field, edit))
            edit.textEdited.connect(lambda _text, f=field: self._clear_error(f))
            self.level_edits.append(edit)

        self.statement_edit.textChanged.connect(lambda: self._clear_error("statement"))
        self.why_edit.textChanged.connect(lambda: self._clear_error("why_it_matters"))
        self.target_check.toggled.connect(lambda _on: self._clear_error("target_date"))

        self._make_buttons(self.tr("&Save goal"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(levels_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if existing is not None:
            self._fill(existing)
        self._initial = self.current()
        self.statement_edit.setFocus()

    def _with_error_row(self, form: QFormLayout, label: QLabel, field: str, widget: QWidget,
                        shown: QWidget | None) -> None:
        holder = self._with_error(field, shown or widget)
        self._field_widgets[field] = widget
        form.addRow(label, holder)

    def _fill(self, goal: GoalView) -> None:
        index = self.domain_combo.findData(goal.domain)
        self.domain_combo.setCurrentIndex(max(index, 0))
        self.statement_edit.setPlainText(goal.statement)
        self.why_edit.setPlainText(goal.why_it_matters)
        if goal.target_date is not None:
            self.target_check.setChecked(True)
            self.target_edit.setDate(qdate(goal.target_date))
        self.weight_spin.setValue(goal.weight)
        for edit, text in zip(self.level_edits, goal.levels):
            edit.setText(text)

    def current(self) -> GoalInput:
        target = self.target_edit.date().toPython() if self.target_check.isChecked() else None
        return GoalInput(
            statement=self.statement_edit.toPlainText(),
            domain=self.domain_combo.currentData(),
            why_it_matters=self.why_edit.toPlainText(),
            target_date=target,  # type: ignore[arg-type]
            weight=round(self.weight_spin.value(), 1),
            levels=tuple(edit.text() for edit in self.level_edits),  # type: ignore[arg-type]
        )

    def _work(self) -> Any:
        data, goals, pid, existing = self.current(), self._services.goals, self._participant_id, self._existing
        if existing is None:
            return lambda: goals.add(pid, data)
        return lambda: goals.update(existing.id, data, existing.version)

    def _saved(self, result: object) -> None:
        self.result_view = result  # type: ignore[assignment]
        super()._saved(result)


class ReviewDialog(_FormDialog):
    """Record the GAS level reached on a goal, on a date. Earlier reviews are kept as history."""

    def __init__(self, services: Services, participant_id: str, goal: GoalView,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, participant_id, parent)
        self._goal = goal
        self.setWindowTitle(self.tr("Review a goal"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

        statement = QLabel(goal.statement, self)
        statement.setWordWrap(True)
        statement.setTextFormat(Qt.TextFormat.PlainText)
        _bold(statement, 1.1)
        set_on = QLabel(fill(self.tr("Set on %1"), format_day(goal.set_on)), self)
        if goal.reviews:
            last = goal.reviews[-1]
            set_on.setText(set_on.text() + " · " + fill(self.tr("last reviewed %1 at %2"),
                                                        format_day(last.reviewed_on), level_sign(last.level)))

        self.date_edit = QDateEdit(today_qdate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(today_qdate())
        self.date_edit.setDisplayFormat(day_pattern())
        self.date_edit.setAccessibleName(self.tr("Date of this review"))
        date_label = QLabel(self.tr("&Date of this review:"), self)
        date_label.setBuddy(self.date_edit)

        levels_box = QGroupBox(self.tr("Level reached"), self)
        column = QVBoxLayout(levels_box)
        self.level_group = QButtonGroup(self)
        self.level_group.setExclusive(True)
        for level in reversed(LEVELS):  # +2 at the top, as a GAS scale is read
            # The person's words are shown as written: an "&" in them is not a keyboard shortcut.
            radio = QRadioButton(level_text(goal, level).replace("&", "&&"), levels_box)
            radio.setAccessibleName(fill(self.tr("Level %1"), level_text(goal, level)))
            self.level_group.addButton(radio, level + 2)  # ids 0–4: a button group's −1 means "none"
            column.addWidget(radio)
        self._errors_holder = self._with_error("level", QWidget(levels_box))
        column.addWidget(self._errors_holder)
        self._field_widgets["level"] = self.level_group.button(2)

        self.note_edit = plain_editor(self, 3, wrap_only=True)
        self.note_edit.setAccessibleName(self.tr("Note about this review"))
        note_label = QLabel(self.tr("&Note (optional):"), self)
        note_label.setBuddy(self.note_edit)

        form = QFormLayout()
        form.addRow(date_label, self._with_error("reviewed_on", self.date_edit))
        form.addRow(note_label, self._with_error("note", self.note_edit))

        self._make_buttons(self.tr("&Save review"))
        layout = QVBoxLayout(self)
        layout.addWidget(statement)
        layout.addWidget(set_on)
        layout.addWidget(self.banner)
        layout.addWidget(levels_box)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.level_group.idToggled.connect(lambda *_: self._update_save())
        self.date_edit.dateChanged.connect(lambda _d: self._clear_error("reviewed_on"))
        self._initial = self.current()
        self._update_save()
        (self.level_group.buttons()[0]).setFocus()

    def level(self) -> int | None:
        chosen = self.level_group.checkedId()
        return chosen - 2 if chosen >= 0 else None

    def radio(self, level: int) -> QRadioButton:
        return self.level_group.button(level + 2)  # type: ignore[return-value]

    def current(self) -> tuple[object, ...]:
        return (self.level(), self.note_edit.toPlainText().strip())

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.level() is not None)

    def _work(self) -> Any:
        level, goals, goal_id = self.level(), self._services.goals, self._goal.id
        reviewed_on: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        note = self.note_edit.toPlainText()
        return lambda: goals.review(goal_id, reviewed_on, level, note)

    def _set_saving(self, saving: bool) -> None:
        super()._set_saving(saving)
        if not saving:
            self._update_save()


class StepDialog(_FormDialog):
    """A next step towards a goal, and who helps with it: the person, a staff member, or someone they know."""

    def __init__(self, services: Services, participant_id: str, goal: GoalView,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, participant_id, parent)
        self._goal = goal
        self.setWindowTitle(self.tr("Add a step"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 85)

        statement = QLabel(fill(self.tr("Towards: %1"), goal.statement), self)
        statement.setWordWrap(True)
        statement.setTextFormat(Qt.TextFormat.PlainText)

        self.what_edit = QLineEdit(self)
        self.what_edit.setAccessibleName(self.tr("What the step is, required"))
        what_label = QLabel(self.tr("&What (required):"), self)
        what_label.setBuddy(self.what_edit)

        helpers = QGroupBox(self.tr("Who helps"), self)
        grid = QFormLayout(helpers)
        self.helper_group = QButtonGroup(self)
        self.participant_radio = QRadioButton(self.tr("The &participant"), helpers)
        self.staff_radio = QRadioButton(self.tr("A &staff member:"), helpers)
        self.network_radio = QRadioButton(self.tr("Someone in their &network:"), helpers)
        for radio, kind in ((self.participant_radio, 0), (self.staff_radio, 1), (self.network_radio, 2)):
            self.helper_group.addButton(radio, kind)
            radio.setAccessibleName(radio.text().replace("&", "").rstrip(":"))
        self.participant_radio.setChecked(True)
        self.staff_combo = QComboBox(helpers)
        self.staff_combo.setAccessibleName(self.tr("Staff member who helps"))
        # run_now: the staff list: tens of rows
        staff = run_now(services.accounts.list_staff, self) or []
        for person in staff:
            if person.active:
                self.staff_combo.addItem(person.display_name, person.id)
        me = getattr(getattr(services, "actor", None), "staff_id", None)
        if me is not None and self.staff_combo.findData(me) >= 0:
            self.staff_combo.setCurrentIndex(self.staff_combo.findData(me))
        # Members already on the map come first, so the step is tied to the member (and follows their name);
        # anyone not drawn yet can still be typed in.
        self.member_combo = QComboBox(helpers)
        self.member_combo.setAccessibleName(self.tr("Who in their network helps"))
        # run_now: one person's network rows by index
        members = run_now(lambda: services.network.current_members(participant_id), self) or []
        for member in members:
            label = fill(self.tr("%1 — %2"), member.name, member.relationship) \
                if member.relationship else member.name
            self.member_combo.addItem(label, member.id)
        self.member_combo.addItem(self.tr("Someone else (type a name)"), None)
        self.member_combo.setVisible(bool(members))
        self.network_edit = QLineEdit(helpers)
        self.network_edit.setAccessibleName(self.tr("Name of the person in their network"))
        self.network_edit.setPlaceholderText(self.tr("e.g. their sponsor"))
        network_box = QWidget(helpers)
        network_column = QVBoxLayout(network_box)
        network_column.setContentsMargins(0, 0, 0, 0)
        network_column.addWidget(self._with_error("helper_member_id", self.member_combo))
        network_column.addWidget(self._with_error("helper_name", self.network_edit))
        grid.addRow(self.participant_radio)
        grid.addRow(self.staff_radio, self._with_error("helper_staff_id", self.staff_combo))
        grid.addRow(self.network_radio, network_box)

        earliest = goal.set_on
        self.due_check, self.due_edit, due_row = self._date_row(
            self.tr("&Due by:"), self.tr("Has a due date"), self.tr("Due date"), earliest)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(what_label, self._with_error("what", self.what_edit))
        self._make_buttons(self.tr("&Add step"))
        layout = QVBoxLayout(self)
        layout.addWidget(statement)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(helpers)
        layout.addWidget(self._with_error("due_on", due_row))
        self._field_widgets["due_on"] = self.due_edit
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.helper_group.idToggled.connect(lambda *_: self._helper_changed())
        self.what_edit.textEdited.connect(lambda _t: self._clear_error("what"))
        self.network_edit.textEdited.connect(lambda _t: self._clear_error("helper_name"))
        self.member_combo.currentIndexChanged.connect(lambda _i: self._helper_changed(focus=False))
        self._helper_changed()
        self._initial = self.current()
        self.what_edit.setFocus()

    def helper_kind(self) -> str:
        return (StepHelper.PARTICIPANT, StepHelper.STAFF, StepHelper.NETWORK)[self.helper_group.checkedId()].value

    def helper_member_id(self) -> str | None:
        """The network member chosen as helper; None for "someone else" (typed) or when the map is empty."""
        return self.member_combo.currentData() if self.member_combo.isVisibleTo(self) else None

    def _helper_changed(self, focus: bool = True) -> None:
        kind = self.helper_kind()
        self.staff_combo.setEnabled(kind == StepHelper.STAFF)
        self.member_combo.setEnabled(kind == StepHelper.NETWORK)
        self.network_edit.setEnabled(kind == StepHelper.NETWORK and self.helper_member_id() is None)
        for field in ("helper_staff_id", "helper_name", "helper_member_id"):
            self._clear_error(field)
        if not (focus and self.isVisible()):
            return
        if kind == StepHelper.STAFF:
            self.staff_combo.setFocus()
        elif kind == StepHelper.NETWORK:
            (self.member_combo if self.member_combo.isVisibleTo(self) else self.network_edit).setFocus()

    def current(self) -> tuple[object, ...]:
        kind = self.helper_kind()
        due = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        member_id = self.helper_member_id() if kind == StepHelper.NETWORK else None
        typed = kind == StepHelper.NETWORK and member_id is None
        return (self.what_edit.text().strip(), kind,
                self.staff_combo.currentData() if kind == StepHelper.STAFF else None,
                self.network_edit.text().strip() if typed else "", due, member_id)

    def has_unsaved_work(self) -> bool:
        # The helper chosen alone is not typing worth a question; what and a name are.
        what, kind, _staff, name, due, _member = self.current()  # type: ignore[misc]
        return self._saving or bool(what or name or due)

    def _work(self) -> Any:
        what, kind, staff_id, name, due, member_id = self.current()  # type: ignore[misc]
        if kind == StepHelper.STAFF and staff_id is None:
            raise ValidationError("helper_gone", field="helper_staff_id")
        goals, goal_id = self._services.goals, self._goal.id
        # With a member chosen the service takes the name from the map.
        return lambda: goals.add_step(goal_id, what, helper_kind=kind, helper_staff_id=staff_id,  # type: ignore[arg-type]
                                      helper_name=name, due_on=due, helper_member_id=member_id)  # type: ignore[arg-type]
