"""The Setback plan tab: a plan written with the person for when things start to slip, and reconvening the
network when they do (generic section names: INSTRUMENTS.md, "Setback / wellness plan").

The plan is saved from the version it was loaded at, as the intake is: an edit made elsewhere is reported
instead of overwritten, and the typing stays on screen. Reconvening uses the saved plan's people to call,
so unsaved typing is saved (or not) first, never silently ignored.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from PySide6.QtCore import QDate, QEventLoop, QLocale, Qt, QT_TRANSLATE_NOOP, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.services.setback import SetbackEventView, SetbackPlanText, SetbackPlanView
from rosc_desktop.ui.operations import change_bus, concerns, run_now, run_operation, show_error
from rosc_desktop.ui.screens.checkins import field_message
from rosc_desktop.ui.screens.intake import SAVE_WAIT_MS, format_day

SECTIONS = (
    ("warning_signs", QT_TRANSLATE_NOOP("SetbackTab", "Early &warning signs"),
     QT_TRANSLATE_NOOP("SetbackTab", "What do you notice when things start to slip? What do others notice?")),
    ("what_helps", QT_TRANSLATE_NOOP("SetbackTab", "What &helps"),
     QT_TRANSLATE_NOOP("SetbackTab", "When you notice those signs, what helps you get back on track?")),
    ("what_does_not_help", QT_TRANSLATE_NOOP("SetbackTab", "What does &not help"),
     QT_TRANSLATE_NOOP("SetbackTab", "What should people avoid doing or saying, even with good intentions?")),
    ("people_to_call", QT_TRANSLATE_NOOP("SetbackTab", "People to c&all"),
     QT_TRANSLATE_NOOP("SetbackTab", "Who would you like us to reach out to? One person per line: their name "
                                     "and how to reach them.")),
    ("safe_places", QT_TRANSLATE_NOOP("SetbackTab", "Sa&fe places"),
     QT_TRANSLATE_NOOP("SetbackTab", "Where can you go to feel safe and steady?")),
)
assert [s[0] for s in SECTIONS] == [f.name for f in fields(SetbackPlanText)]


def setback_changes(participant_id: str) -> set[str]:
    return {"setback", f"setback:{participant_id}", "followups"}


def _same(a: str, b: str) -> bool:
    return a.strip() == b.strip()


def _heading(text: str, scale: float = 1.1) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class SetbackTab(QWidget):
    dirty_changed = Signal(bool)
    save_settled = Signal()

    def __init__(self, services, participant_id: str, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._loaded = SetbackPlanText()
        self._version = 0
        self._saving = False
        self._was_dirty = False
        self._saved_at: QTime | None = None
        self._clash_box: QMessageBox | None = None
        self._save_first_box: QMessageBox | None = None
        self.reconvene_dialog: ReconveneDialog | None = None
        self.editors: dict[str, QPlainTextEdit] = {}
        self.field_errors: dict[str, QLabel] = {}

        content = QWidget()
        content.setMaximumWidth(920)
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(4)
        guide = QLabel(self.tr(
            "A plan made together, ahead of time, for when things get hard. Write it in the person's own "
            "words: it is theirs."))
        guide.setWordWrap(True)
        column.addWidget(guide)
        for name, heading, prompt in SECTIONS:
            column.addSpacing(12)
            column.addWidget(self._section(name, self.tr(heading), self.tr(prompt)))

        column.addSpacing(22)
        column.addWidget(self._history_section())
        column.addStretch()

        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.save_button = QPushButton(self.tr("&Save setback plan"))
        self.save_button.setToolTip(self.tr("Save (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.clicked.connect(self.save)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.reload_button = QPushButton(self.tr("Show the saved version…"))
        self.reload_button.clicked.connect(self._reload_after_clash)
        self.reload_button.hide()
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 6, 16, 8)
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.reload_button)
        bar.addWidget(self.save_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        banner = self._reconvene_banner()
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(16, 10, 16, 4)
        banner_row.addWidget(banner)
        layout.addLayout(banner_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(line)
        layout.addLayout(bar)

        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        change_bus.changed.connect(self._on_changed)
        self.reload()
        self.reload_history()

    # -- building ------------------------------------------------------------------------------------------

    def _section(self, name: str, heading: str, prompt: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        title = _heading(heading)
        hint = QLabel(prompt)
        hint.setWordWrap(True)
        hint_font = hint.font()
        hint_font.setItalic(True)
        hint.setFont(hint_font)
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(80)
        editor.setMaximumHeight(120)
        plain = heading.replace("&", "")
        editor.setAccessibleName(plain)
        editor.setAccessibleDescription(prompt)
        editor.textChanged.connect(self._update_status)
        title.setBuddy(editor)
        error = QLabel()
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("Problem with %1").replace("%1", plain))
        error.hide()
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(editor)
        layout.addWidget(error)
        self.editors[name] = editor
        self.field_errors[name] = error
        return box

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
        self.reconvene_button = QPushButton(self.tr("When things get hard: &reconvene the network…"))
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
        history_label = QLabel(self.tr("&How the network was gathered, newest first:"))
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

    # -- state -----------------------------------------------------------------------------------------------

    def current_text(self) -> SetbackPlanText:
        return SetbackPlanText(**{name: editor.toPlainText() for name, editor in self.editors.items()})

    def saved_text(self) -> SetbackPlanText:
        return self._loaded

    def has_unsaved_changes(self) -> bool:
        current = self.current_text()
        return any(not _same(getattr(current, n), getattr(self._loaded, n)) for n in self.editors)

    def is_saving(self) -> bool:
        return self._saving

    def wait_for_save(self, timeout_ms: int | None = None) -> bool:
        """Let a save under way finish (at most `timeout_ms`); True when none is under way any more."""
        if not self._saving:
            return True
        loop = QEventLoop()
        self.save_settled.connect(loop.quit)
        QTimer.singleShot(SAVE_WAIT_MS if timeout_ms is None else timeout_ms, loop.quit)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.save_settled.disconnect(loop.quit)
        return not self._saving

    def _update_status(self, saved_at: QTime | None = None) -> None:
        if isinstance(saved_at, QTime):
            self._saved_at = saved_at
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty and not self._saving)
        if self._saving:
            status = self.tr("Saving…")
        elif dirty:
            status = self.tr("Unsaved changes")
        elif self._saved_at is not None:
            status = self.tr("Saved %1").replace(
                "%1", QLocale().toString(self._saved_at, QLocale.FormatType.ShortFormat))
        elif self._version == 0:
            status = self.tr("Nothing saved yet")
        else:
            status = ""
        self.status_label.setText(status)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- loading ---------------------------------------------------------------------------------------------

    def reload(self, *, force: bool = False) -> None:
        """Show the saved plan; unsaved typing is left alone unless `force`."""
        if self.has_unsaved_changes() and not force:
            return
        view: SetbackPlanView | None = run_now(lambda: self._services.setback.get(self._participant_id), self)
        if view is None:
            return
        self._show(view)

    def _show(self, view: SetbackPlanView, typed_from: SetbackPlanText | None = None) -> None:
        self._loaded, self._version = view.text, view.version
        for name, editor in self.editors.items():
            value, shown = getattr(view.text, name), editor.toPlainText()
            if typed_from is not None and not _same(shown, getattr(typed_from, name)):
                continue  # typed while the save was under way: still unsaved
            if not _same(shown, value):
                editor.setPlainText(value)
            self.field_errors[name].hide()
        self.reload_button.hide()
        self._update_status()

    def reload_history(self) -> None:
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

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if concerns(kinds, "setback", self._participant_id):
            if not self._saving:
                self.reload()
            self.reload_history()

    # -- saving ----------------------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self.has_unsaved_changes():
            return
        text, version = self.current_text(), self._version
        self._saving = True
        self._clear_errors()
        self._update_status()
        services, pid = self._services, self._participant_id
        run_operation(self, lambda: services.setback.save(pid, text, version),
                      on_done=lambda view: self._saved(view, text), on_error=self._failed,
                      changes=setback_changes(pid))

    def save_now(self) -> bool:
        """Save on the GUI thread and say whether it worked (closing a workspace, reconvening)."""
        if not self.wait_for_save():
            return False
        if not self.has_unsaved_changes():
            return True
        self._clear_errors()
        try:
            text = self.current_text()
            view = self._services.setback.save(self._participant_id, text, self._version)
        except Exception as error:  # shown in words; the typing stays on screen
            self._failed(error)
            return False
        self._saved(view, text)
        change_bus.changed.emit(frozenset(setback_changes(self._participant_id)))
        return True

    def _saved(self, view: SetbackPlanView, sent: SetbackPlanText) -> None:
        self._saving = False
        self._show(view, typed_from=sent)
        self._update_status(saved_at=QTime.currentTime())
        self.save_settled.emit()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self._update_status()
        self.save_settled.emit()
        if isinstance(error, ValidationError) and error.field in self.field_errors:
            label = self.field_errors[error.field]
            label.setText(field_message(error))
            label.show()
            self.editors[error.field].setFocus()
            return
        if isinstance(error, RoscError) and error.code == "edited_elsewhere":
            self.reload_button.show()
        show_error(self, error)

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            label.hide()

    def _reload_after_clash(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Show the saved version?"),
                          self.tr("Your typing on this tab will be replaced by the version saved elsewhere. "
                                  "Copy anything you want to keep first."),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._clash_answered)
        self._clash_box = box
        box.open()

    def _clash_answered(self, _result: int) -> None:
        box, self._clash_box = self._clash_box, None
        if box is None:
            return
        choice = box.standardButton(box.clickedButton())
        box.deleteLater()
        if choice == QMessageBox.StandardButton.Discard:
            self.reload(force=True)

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


class ReconveneDialog(QDialog):
    """Record a setback and plan a follow-up with everyone in the saved plan's people to call; then show the
    call list for staff."""

    def __init__(self, services, participant_id: str, supports: list[str],  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._supports = supports
        self._saving = False
        self._discard_box: QMessageBox | None = None
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
        today = QDate.currentDate()
        self.date_edit = QDateEdit(today)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(today)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Date of the setback"))
        self.follow_up_edit = QDateEdit(today.addDays(1))
        self.follow_up_edit.setCalendarPopup(True)
        self.follow_up_edit.setMinimumDate(today)
        self.follow_up_edit.setDisplayFormat("d MMM yyyy")
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
            error.setAccessibleName(self.tr("Problem with %1").replace("%1", text.replace("&", "").rstrip(":")))
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
                      on_done=self._done, on_error=self._failed, changes=setback_changes(pid))

    def _done(self, view: SetbackEventView) -> None:
        self._saving = False
        self.result_view = view
        follow_up = self.follow_up_edit.date()
        self.done_label.setText(self.tr(
            "The setback is recorded. A follow-up with each person below is planned for %1: reach out to them, "
            "and note each contact as a check-in.").replace("%1", QLocale().toString(follow_up, "d MMM yyyy")))
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

    def reject(self) -> None:
        if self._saving:
            return
        if not self.has_unsaved_work():
            super().reject()
            return
        if self._discard_box is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the note?"),
                          self.tr("The network has not been reconvened and the note will not be kept. Discard it?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._discard_answered)
        self._discard_box = box
        box.open()

    def _discard_answered(self, _result: int) -> None:
        box, self._discard_box = self._discard_box, None
        if box is None:
            return
        choice = box.standardButton(box.clickedButton())
        box.deleteLater()
        if choice == QMessageBox.StandardButton.Discard:
            super().reject()
