"""The Setback plan tab: a plan written with the person for when things start to slip, and reconvening the
network when they do (generic section names: INSTRUMENTS.md, "Setback / wellness plan").

The plan is saved from the version it was loaded at, as the intake is: an edit made elsewhere is reported
instead of overwritten, and the typing stays on screen. Reconvening uses the saved plan's people to call,
so unsaved typing is saved (or not) first, never silently ignored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable
from dataclasses import fields
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.documents.network_words import DOMAINS, word
from rosc_desktop.errors import ValidationError
from rosc_desktop.services.setback import SetbackEventView, SetbackPlanText, SetbackPlanView
from rosc_desktop.ui import guided_text
from rosc_desktop.ui.guided_text import GuidedTextTab, heading_label as _heading
from rosc_desktop.ui.operations import run_now, run_operation, show_error
from rosc_desktop.ui.screens.checkins import field_message
from rosc_desktop.ui.screens.intake import format_day
from rosc_desktop.ui.prompts import DiscardOnCancel, DiscardQuestion
from rosc_desktop.ui.days import today_qdate
from rosc_desktop.ui.days import day_pattern

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

SECTIONS = (
    ("warning_signs", QT_TRANSLATE_NOOP("SetbackTab", "Early warning signs"),
     QT_TRANSLATE_NOOP("SetbackTab", "What do you notice when things start to slip? What do others notice?")),
    ("what_helps", QT_TRANSLATE_NOOP("SetbackTab", "What helps"),
     QT_TRANSLATE_NOOP("SetbackTab", "When you notice those signs, what helps you get back on track?")),
    ("what_does_not_help", QT_TRANSLATE_NOOP("SetbackTab", "What does not help"),
     QT_TRANSLATE_NOOP("SetbackTab", "What should people avoid doing or saying, even with good intentions?")),
    ("people_to_call", QT_TRANSLATE_NOOP("SetbackTab", "&People to call"),
     QT_TRANSLATE_NOOP("SetbackTab", "Who would you like us to reach out to? One person per line: their name "
                                     "and how to reach them.")),
    ("safe_places", QT_TRANSLATE_NOOP("SetbackTab", "Safe places"),
     QT_TRANSLATE_NOOP("SetbackTab", "Where can you go to feel safe and steady?")),
)
assert [s[0] for s in SECTIONS] == [f.name for f in fields(SetbackPlanText)]


class SetbackTab(GuidedTextTab):
    help_topic = "setback"
    TR_CONTEXT = "SetbackTab"
    STRINGS = {
        "guide": QT_TRANSLATE_NOOP(
            "SetbackTab",
            "A plan made together, ahead of time, for when things get hard. Write it in the person's own "
            "words: it is theirs."),
        "save_button": QT_TRANSLATE_NOOP("SetbackTab", "Sa&ve setback plan"),
        "save_tooltip": QT_TRANSLATE_NOOP("SetbackTab", "Save (%1)"),
        "save_status": QT_TRANSLATE_NOOP("SetbackTab", "Save status"),
        "show_saved": QT_TRANSLATE_NOOP("SetbackTab", "Show the saved version…"),
        "problem_with": QT_TRANSLATE_NOOP("SetbackTab", "Problem with %1"),
        "saving": QT_TRANSLATE_NOOP("SetbackTab", "Saving…"),
        "unsaved": QT_TRANSLATE_NOOP("SetbackTab", "Unsaved changes"),
        "saved_at": QT_TRANSLATE_NOOP("SetbackTab", "Saved %1"),
        "nothing_saved": QT_TRANSLATE_NOOP("SetbackTab", "Nothing saved yet"),
        "clash_title": QT_TRANSLATE_NOOP("SetbackTab", "Show the saved version?"),
        "clash_text": QT_TRANSLATE_NOOP(
            "SetbackTab",
            "Your typing on this tab will be replaced by the version saved elsewhere. "
            "Copy anything you want to keep first."),
    }
    assert set(STRINGS) == guided_text.STRING_KEYS
    SECTIONS = SECTIONS
    TEXT_TYPE = SetbackPlanText
    CHANGE_KIND = Kind.SETBACK

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(services, participant_id, parent)
        self._save_first_box: QMessageBox | None = None
        self.reconvene_dialog: ReconveneDialog | None = None
        self.network_picker: NetworkPickerDialog | None = None
        self._add_network_button()
        self.reload_history()

    # -- the guided-text hooks -------------------------------------------------------------------------------

    def _load(self) -> SetbackPlanView:
        return self._services.setback.get(self._participant_id)

    def _store(self, text: SetbackPlanText, version: int) -> SetbackPlanView:
        return self._services.setback.save(self._participant_id, text, version)

    def _field_message(self, error: BaseException) -> str:
        return field_message(error)

    def _show_error(self, error: BaseException) -> None:
        show_error(self, error)  # this module's name, so a test can watch what a plan reports

    def _top_widget(self) -> QWidget:
        return self._reconvene_banner()

    def _add_below_sections(self, column: QVBoxLayout) -> None:
        column.addSpacing(22)
        column.addWidget(self._history_section())

    def _on_other_changes(self, changes: Changes) -> None:
        if changes.concerns(Kind.SETBACK, self._participant_id):
            self.reload_history()

    # -- building ------------------------------------------------------------------------------------------

    def _reconvene_banner(self) -> QWidget:
        """Always in view above the plan: when things get hard nobody should have to scroll for it."""
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(14)
        about = QLabel(self.tr(
            "A setback is part of many recovery journeys, not the end of one. Reconvening records it and plans "
            "a follow-up with each person to call, so nobody is left to cope alone."))
        about.setWordWrap(True)
        self.reconvene_button = QPushButton(self.tr("&When things get hard: reconvene the network…"))
        font = self.reconvene_button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.reconvene_button.setFont(font)
        self.reconvene_button.setMinimumHeight(self.reconvene_button.sizeHint().height() + 12)
        self.reconvene_button.clicked.connect(self.reconvene)
        layout.addWidget(self.reconvene_button)
        layout.addWidget(about, 1)
        return box

    def _history_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(_heading(self.tr("Earlier setbacks")))
        history_label = QLabel(self.tr("How the network was gathered, newest first:"))
        self.history = QTreeWidget()
        self.history.setHeaderLabels([self.tr("Date"), self.tr("People to call"), self.tr("Note")])
        self.history.setRootIsDecorated(False)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setAccessibleName(self.tr("Earlier setbacks"))
        self.history.setMinimumHeight(90)
        self.history.setMaximumHeight(170)
        self.history.setColumnWidth(0, 130)
        self.history.setColumnWidth(1, 150)
        history_label.setBuddy(self.history)
        self.history_empty = QLabel(self.tr("None recorded."))
        layout.addWidget(history_label)
        layout.addWidget(self.history)
        layout.addWidget(self.history_empty)
        return box

    def _add_network_button(self) -> None:
        """Put "Add from the network…" on the heading row of "People to call"."""
        self.add_from_network_button = QPushButton(self.tr("&Add from the network…"))
        self.add_from_network_button.setToolTip(self.tr(
            "Choose people from their support network; each is added as one line with how to reach them."))
        self.add_from_network_button.clicked.connect(self.add_from_network)
        section = self.editors["people_to_call"].parentWidget().layout()
        title = section.itemAt(0).widget()
        section.removeWidget(title)
        row = QHBoxLayout()
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(self.add_from_network_button)
        section.insertLayout(0, row)  # type: ignore[attr-defined]

    # -- people from the network ---------------------------------------------------------------------------

    def add_from_network(self) -> None:
        if self.network_picker is not None:  # one at a time
            self.network_picker.raise_()
            return
        # run_now: one person's network rows by index
        members = run_now(lambda: self._services.network.current_members(self._participant_id), self)
        if members is None:
            return
        listed = self.editors["people_to_call"].toPlainText().splitlines()
        picker = NetworkPickerDialog(members, listed, self)
        picker.accepted.connect(lambda: self.append_people(picker.chosen_lines()))
        picker.finished.connect(self._picker_closed)
        self.network_picker = picker
        picker.open()

    def _picker_closed(self, _result: int) -> None:
        picker, self.network_picker = self.network_picker, None
        if picker is not None:
            picker.deleteLater()

    def append_people(self, lines: list[str]) -> int:
        """Add each line not already in "People to call" at its end; gives how many were added.

        Inserted through the cursor, as typing is: it marks the plan unsaved and Ctrl+Z takes it back."""
        editor = self.editors["people_to_call"]
        text = editor.toPlainText()
        present = {_line_key(line) for line in text.splitlines()}
        new = []
        for line in lines:
            if _line_key(line) not in present:
                present.add(_line_key(line))
                new.append(line)
        if not new:
            return 0
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(("\n" if text and not text.endswith("\n") else "") + "\n".join(new))
        editor.setTextCursor(cursor)
        editor.setFocus()
        return len(new)

    # -- loading ---------------------------------------------------------------------------------------------

    def reload_history(self) -> None:
        # run_now: one person's setbacks by index
        events: list[SetbackEventView] | None = run_now(
            lambda: self._services.setback.history(self._participant_id), self)
        if events is None:
            return
        self.history.clear()
        for event in events:
            note = event.note.strip()
            item = QTreeWidgetItem([format_day(event.occurred_on), str(len(event.supports)),
                                    note.splitlines()[0] if note else ""])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, event.id)
            item.setToolTip(1, "\n".join(event.supports))
            if note:
                item.setToolTip(2, note)
            self.history.addTopLevelItem(item)
        self.history.setVisible(bool(events))
        self.history_empty.setVisible(not events)

    # -- reconvening -----------------------------------------------------------------------------------------

    def reconvene(self) -> None:
        """Open the reconvene dialog; with unsaved typing in the plan, ask to save it first."""
        if self.reconvene_dialog is not None or self._save_first_box is not None:
            return
        if not self.wait_for_save():
            return
        if not self.has_unsaved_changes():
            self._open_reconvene()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Save the plan first?"),
                          self.tr("The setback plan has changes that are not saved. Reconvening uses the saved "
                                  "plan's people to call. Save the changes first?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(self._save_first_answered)
        self._save_first_box = box
        box.open()

    def _save_first_answered(self, _result: int) -> None:
        box, self._save_first_box = self._save_first_box, None
        if box is None:
            return
        choice = box.standardButton(box.clickedButton())
        box.deleteLater()
        if choice == QMessageBox.StandardButton.Save and self.save_now():
            self._open_reconvene()

    def _open_reconvene(self) -> None:
        dialog = ReconveneDialog(self._services, self._participant_id, self._loaded.supports(), self)
        dialog.finished.connect(self._reconvene_closed)
        self.reconvene_dialog = dialog
        dialog.open()

    def _reconvene_closed(self, _result: int) -> None:
        dialog, self.reconvene_dialog = self.reconvene_dialog, None
        if dialog is not None:
            dialog.deleteLater()


def call_line(member) -> str:  # type: ignore[no-untyped-def]
    """One "People to call" line for a network member: "Name (relationship) phone", empty parts left out."""
    parts = [member.name.strip()]
    if member.relationship.strip():
        parts.append(f"({member.relationship.strip()})")
    if member.phone.strip():
        parts.append(member.phone.strip())
    return " ".join(parts)


def _line_key(line: str) -> str:
    return " ".join(line.casefold().split())


class NetworkPickerDialog(QDialog):
    """Tick the network members to add to "People to call". Those already listed are shown, ticked and
    greyed, so staff see they are there rather than wonder where they went."""

    def __init__(self, members, listed: list[str], parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SetbackTab", "Add people from the network"))
        self.setModal(True)
        already = {_line_key(line) for line in listed}
        label = QLabel(QCoreApplication.translate("SetbackTab", "&Tick the people to add to \u201cPeople to call\u201d:"))
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("SetbackTab", "People in their support network"))
        self.list.setSpacing(2)
        self.list.setWordWrap(True)  # a long name and phone wrap instead of scrolling the list sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for member in members:
            line = call_line(member)
            item = QListWidgetItem(fill(QCoreApplication.translate("SetbackTab", "%1 — %2"), line, word(DOMAINS, member.domain)))
            item.setData(Qt.ItemDataRole.UserRole, line)
            if _line_key(line) in already:
                item.setText(fill(QCoreApplication.translate("SetbackTab", "%1 (already listed)"), item.text()))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        label.setBuddy(self.list)
        self.empty_label = QLabel(QCoreApplication.translate("SetbackTab", "Their support network map is empty. Add people on the Support network "
                                          "tab first."))
        self.empty_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(QCoreApplication.translate("SetbackTab", "&Add to the list"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        label.setVisible(bool(members))
        self.list.setVisible(bool(members))
        self.empty_label.setVisible(not members)
        self.resize(520, 360 if members else 140)
        self._update()

    def chosen_lines(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                if i.flags() & Qt.ItemFlag.ItemIsEnabled and i.checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self.chosen_lines()))


class ReconveneDialog(DiscardOnCancel, QDialog):
    """Record a setback and plan a follow-up with everyone in the saved plan's people to call; then show the
    call list for staff."""

    def __init__(self, services: Services, participant_id: str, supports: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._supports = supports
        self._saving = False
        self._discard = DiscardQuestion(self)
        self.result_view: SetbackEventView | None = None
        self.setWindowTitle(self.tr("Reconvene the network"))
        self.setModal(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._call_list_page())

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(600, 520)
        self.note_edit.setFocus()

    # -- the two pages ----------------------------------------------------------------------------------

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        intro = QLabel(self.tr("A follow-up will be planned with each of these people, from the saved setback "
                               "plan:"))
        intro.setWordWrap(True)
        self.supports_view = QPlainTextEdit("\n".join(self._supports))
        self.supports_view.setReadOnly(True)
        self.supports_view.setTabChangesFocus(True)
        self.supports_view.setAccessibleName(self.tr("People to call"))
        lines = max(1, min(len(self._supports), 6))
        self.supports_view.setMaximumHeight(self.supports_view.fontMetrics().lineSpacing() * lines + 16)
        self.supports_view.setVisible(bool(self._supports))
        self.no_supports_label = QLabel(field_message(ValidationError("no_supports_listed", field="people_to_call")))
        self.no_supports_label.setWordWrap(True)
        self.no_supports_label.setAccessibleName(self.tr("No people to call"))
        bold = self.no_supports_label.font()
        bold.setBold(True)
        self.no_supports_label.setFont(bold)
        self.no_supports_label.setVisible(not self._supports)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("What happened, in a few words, and what the person asks for"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setMinimumHeight(90)
        today = today_qdate()
        self.date_edit = QDateEdit(today)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(today)
        self.date_edit.setDisplayFormat(day_pattern())
        self.date_edit.setAccessibleName(self.tr("Date of the setback"))
        self.follow_up_edit = QDateEdit(today.addDays(1))
        self.follow_up_edit.setCalendarPopup(True)
        self.follow_up_edit.setMinimumDate(today)
        self.follow_up_edit.setDisplayFormat(day_pattern())
        self.follow_up_edit.setAccessibleName(self.tr("Follow up on"))

        self.field_errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, name in ((self.tr("&Note:"), self.note_edit, "note"),
                                  (self.tr("&Date of the setback:"), self.date_edit, "occurred_on"),
                                  (self.tr("&Follow up on:"), self.follow_up_edit, "follow_up_on")):
            label = QLabel(text)
            label.setBuddy(field)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            error = QLabel()
            error.setWordWrap(True)
            error.setAccessibleName(fill(self.tr("Problem with %1"), text.replace("&", "").rstrip(":")))
            error.hide()
            box.addWidget(error)
            self.field_errors[name] = error
            form.addRow(label, box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.addButton(self.tr("&Reconvene the network"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setEnabled(bool(self._supports))
        self.confirm_button.setDefault(True)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)

        layout.addWidget(_heading(self.tr("Reconvene the network"), 1.2))
        layout.addWidget(intro)
        layout.addWidget(self.supports_view)
        layout.addWidget(self.no_supports_label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(self.buttons)
        return page

    def _call_list_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        list_label = QLabel(self.tr("&Call list (names and how to reach them):"))
        self.call_list = QPlainTextEdit()
        self.call_list.setReadOnly(True)
        self.call_list.setTabChangesFocus(True)
        self.call_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.call_list.setAccessibleName(self.tr("Call list"))
        list_label.setBuddy(self.call_list)
        self.copy_button = QPushButton(self.tr("C&opy call list"))
        self.copy_button.clicked.connect(self.copy_call_list)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch()
        row.addWidget(close)
        layout.addWidget(_heading(self.tr("Call list"), 1.2))
        layout.addWidget(self.done_label)
        layout.addWidget(list_label)
        layout.addWidget(self.call_list, 1)
        layout.addLayout(row)
        return page

    # -- state and actions -----------------------------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        if self.result_view is not None:
            return False
        return self._saving or bool(self.note_edit.toPlainText().strip())

    def showing_call_list(self) -> bool:
        return self.pages.currentIndex() == 1

    def _confirm(self) -> None:
        if self._saving or self.result_view is not None:
            return
        note = self.note_edit.toPlainText()
        occurred_on: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        follow_up_on: date = self.follow_up_edit.date().toPython()  # type: ignore[assignment]
        self._saving = True
        self.confirm_button.setEnabled(False)
        for label in self.field_errors.values():
            label.hide()
        services, pid = self._services, self._participant_id
        run_operation(self, lambda: services.setback.reconvene(pid, note, occurred_on, follow_up_on),
                      on_done=self._done, on_error=self._failed)

    def _done(self, view: SetbackEventView) -> None:
        self._saving = False
        self.result_view = view
        follow_up = self.follow_up_edit.date()
        self.done_label.setText(fill(self.tr(
            "The setback is recorded. A follow-up with each person below is planned for %1: reach out to them, "
            "and note each contact as a check-in."), format_day(follow_up)))
        self.call_list.setPlainText("\n".join(view.supports))
        self.setWindowTitle(self.tr("Call list"))
        self.pages.setCurrentIndex(1)
        self.copy_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.confirm_button.setEnabled(bool(self._supports))
        if isinstance(error, ValidationError) and error.code == "no_supports_listed":
            self.no_supports_label.show()
            self.supports_view.hide()
            self.confirm_button.setEnabled(False)
            return
        if isinstance(error, ValidationError) and error.field in self.field_errors:
            self.field_errors[error.field].setText(field_message(error))
            self.field_errors[error.field].show()
            {"note": self.note_edit, "occurred_on": self.date_edit,
             "follow_up_on": self.follow_up_edit}[error.field].setFocus()
            return
        show_error(self, error)

    def copy_call_list(self) -> None:
        QGuiApplication.clipboard().setText(self.call_list.toPlainText())
        self.copy_button.setText(self.tr("C&opied"))

    def _ask_discard(self, close: Callable[[], None]) -> None:
        self._discard.ask(self.tr("Discard the note?"),
                          self.tr("The network has not been reconvened and the note will not be kept. Discard it?"),
                          close)
