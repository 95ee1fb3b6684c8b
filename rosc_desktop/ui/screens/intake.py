"""The Intake tab: a conversation guide, strengths first, written in the person's own words; then the BARC-10.

Text is saved as every guided-text tab saves it (rosc_desktop.ui.guided_text). Refreshes only follow saves
for this person: reading an intake is audited as a viewing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import fields

from PySide6.QtCore import Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services.intake import IntakeText, IntakeView
from rosc_desktop.ui import guided_text
from rosc_desktop.ui.days import format_day
from rosc_desktop.ui.guided_text import SAVE_WAIT_MS, GuidedTextTab, heading_label
from rosc_desktop.ui.operations import run_now, show_error

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# In conversation order: what the person brings comes before anything else.
SECTIONS = (
    ("strengths", QT_TRANSLATE_NOOP("IntakeTab", "Strengths and interests"),
     QT_TRANSLATE_NOOP("IntakeTab", "What are you good at? What do you enjoy?")),
    ("what_matters", QT_TRANSLATE_NOOP("IntakeTab", "What matters to me"),
     QT_TRANSLATE_NOOP("IntakeTab", "Who and what matters most to you right now?")),
    ("hopes", QT_TRANSLATE_NOOP("IntakeTab", "Hopes, in my own words"),
     QT_TRANSLATE_NOOP("IntakeTab", "What would you like your life to look like, in your own words?")),
    ("community_ties", QT_TRANSLATE_NOOP("IntakeTab", "Community ties already there"),
     QT_TRANSLATE_NOOP("IntakeTab", "People, groups and places that are already on your side.")),
    ("what_helped", QT_TRANSLATE_NOOP("IntakeTab", "What has helped before"),
     QT_TRANSLATE_NOOP("IntakeTab", "When things went better, what made the difference?")),
)
assert [s[0] for s in SECTIONS] == [f.name for f in fields(IntakeText)]


class IntakeTab(GuidedTextTab):
    help_topic = "intake"
    TR_CONTEXT = "IntakeTab"
    STRINGS = {
        "guide": QT_TRANSLATE_NOOP(
            "IntakeTab",
            "A guide for the conversation, not a form to get through. Start with strengths, and write down "
            "the person's own words."),
        "save_button": QT_TRANSLATE_NOOP("IntakeTab", "Sa&ve intake"),
        "save_tooltip": QT_TRANSLATE_NOOP("IntakeTab", "Save (%1)"),
        "save_status": QT_TRANSLATE_NOOP("IntakeTab", "Save status"),
        "show_saved": QT_TRANSLATE_NOOP("IntakeTab", "Show the saved version…"),
        "problem_with": QT_TRANSLATE_NOOP("IntakeTab", "Problem with %1"),
        "saving": QT_TRANSLATE_NOOP("IntakeTab", "Saving…"),
        "unsaved": QT_TRANSLATE_NOOP("IntakeTab", "Unsaved changes"),
        "saved_at": QT_TRANSLATE_NOOP("IntakeTab", "Saved %1"),
        "nothing_saved": QT_TRANSLATE_NOOP("IntakeTab", "Nothing saved yet"),
        "clash_title": QT_TRANSLATE_NOOP("IntakeTab", "Show the saved version?"),
        "clash_text": QT_TRANSLATE_NOOP(
            "IntakeTab",
            "Your typing on this tab will be replaced by the version saved elsewhere. "
            "Copy anything you want to keep first."),
    }
    assert set(STRINGS) == guided_text.STRING_KEYS
    SECTIONS = SECTIONS
    TEXT_TYPE = IntakeText
    CHANGE_KIND = Kind.INTAKE

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(services, participant_id, parent)
        self.reload_barc10()

    # -- the guided-text hooks -------------------------------------------------------------------------------

    def _load(self) -> IntakeView:
        return self._services.intake.get(self._participant_id)

    def _store(self, text: IntakeText, version: int) -> IntakeView:
        return self._services.intake.save(self._participant_id, text, version)

    def _save_wait_ms(self) -> int:
        return SAVE_WAIT_MS  # this module's name, so a test can shorten the wait for intakes

    def _show_error(self, error: BaseException) -> None:
        show_error(self, error)  # this module's name, so a test can watch what an intake reports

    def _add_below_sections(self, column: QVBoxLayout) -> None:
        column.addSpacing(20)
        column.addWidget(self._barc10_section())

    def _on_other_changes(self, changes: Changes) -> None:
        if changes.concerns(Kind.BARC10, self._participant_id):
            self.reload_barc10()

    # -- building ------------------------------------------------------------------------------------------

    def _barc10_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        title = heading_label(self.tr("Recovery capital (BARC-10)"))
        about = QLabel(self.tr(
            "Ten statements about the resources the person has for recovery. Repeat it every few months to "
            "see how things change."))
        about.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record &a BARC-10…"))
        self.record_button.clicked.connect(self.record_barc10)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch()
        history_label = QLabel(self.tr("Earlier assess&ments:"))
        self.history = QTreeWidget()
        self.history.setColumnCount(2)
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Total (of 60)")])
        self.history.setRootIsDecorated(False)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setAccessibleName(self.tr("BARC-10 history"))
        self.history.setMinimumHeight(90)
        self.history.setMaximumHeight(150)
        self.history.setMaximumWidth(380)
        self.history.setColumnWidth(0, 200)
        history_label.setBuddy(self.history)
        self.history_empty = QLabel(self.tr("None recorded yet."))
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addLayout(row)
        layout.addWidget(history_label)
        layout.addWidget(self.history)
        layout.addWidget(self.history_empty)
        return box

    # -- loading ---------------------------------------------------------------------------------------------

    def reload_barc10(self) -> None:
        # run_now: one person's BARC-10s by index
        history = run_now(lambda: self._services.intake.barc10_history(self._participant_id), self)
        if history is None:
            return
        self.history.clear()
        for view in reversed(history):  # newest first: that is the one people look for
            item = QTreeWidgetItem([format_day(view.assessed_on), str(view.total)])
            item.setData(0, Qt.ItemDataRole.UserRole, view.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.history.addTopLevelItem(item)
        self.history.setVisible(bool(history))
        self.history_empty.setVisible(not history)

    # -- BARC-10 ---------------------------------------------------------------------------------------------

    def record_barc10(self) -> None:
        from rosc_desktop.ui.screens.barc10 import Barc10Dialog

        dialog = Barc10Dialog(self._services, self._participant_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
