"""The Intake tab: a conversation guide, strengths first, written in the person's own words; then the BARC-10.

Text is saved from the version it was loaded at, so an edit made elsewhere in the meantime is reported
instead of overwritten, and the typing is kept on screen. Refreshes never replace unsaved typing, and only
follow saves for this person: reading an intake is audited as a viewing.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QEventLoop, QLocale, Qt, QT_TRANSLATE_NOOP, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.services.intake import IntakeText, IntakeView
from rosc_desktop.ui.messages import describe_error
from rosc_desktop.ui.operations import change_bus, concerns, for_participant, run_now, run_operation, show_error

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

# How long closing a workspace waits for a save already under way. A save takes milliseconds; a store that
# stays busy longer than this is better reported than waited on with the window frozen.
SAVE_WAIT_MS = 5_000


def _same(a: str, b: str) -> bool:
    # The service trims what it stores; trailing spaces or blank lines alone are not an unsaved change.
    return a.strip() == b.strip()


def format_day(day) -> str:  # type: ignore[no-untyped-def]
    """A date as people write it ("12 Mar 2026"), with month names in the interface's language."""
    return QLocale().toString(day, "d MMM yyyy")


class IntakeTab(QWidget):
    dirty_changed = Signal(bool)
    save_settled = Signal()  # a save under way has succeeded or failed

    def __init__(self, services, participant_id: str, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._loaded = IntakeText()
        self._version = 0
        self._saving = False
        self._clash_box: QMessageBox | None = None
        self._was_dirty = False
        self._saved_at: QTime | None = None
        self.editors: dict[str, QPlainTextEdit] = {}
        self.field_errors: dict[str, QLabel] = {}

        content = QWidget()
        # Long lines are hard to read across a wide window; a guide reads better as a column.
        content.setMaximumWidth(920)
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(4)
        guide = QLabel(self.tr(
            "A guide for the conversation, not a form to get through. Start with strengths, and write down "
            "the person's own words."))
        guide.setWordWrap(True)
        column.addWidget(guide)
        for name, heading, prompt in SECTIONS:
            column.addSpacing(12)
            column.addWidget(self._section(name, self.tr(heading), self.tr(prompt)))

        column.addSpacing(20)
        column.addWidget(self._barc10_section())
        column.addStretch()

        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.save_button = QPushButton(self.tr("&Save intake"))
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
        layout.addWidget(scroll, 1)
        layout.addWidget(line)
        layout.addLayout(bar)

        # Ctrl+S only while focus is inside this tab, so several open workspaces do not compete for it.
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        change_bus.changed.connect(self._on_changed)
        self.reload()
        self.reload_barc10()

    # -- building ------------------------------------------------------------------------------------------

    def _section(self, name: str, heading: str, prompt: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        title = QLabel(heading)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        hint = QLabel(prompt)
        hint.setWordWrap(True)
        hint_font = hint.font()
        hint_font.setItalic(True)
        hint.setFont(hint_font)
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)  # Tab leaves the field; keyboard users are not trapped in it
        editor.setMinimumHeight(80)
        editor.setMaximumHeight(120)
        editor.setAccessibleName(heading)
        editor.setAccessibleDescription(prompt)
        editor.textChanged.connect(self._edited)
        title.setBuddy(editor)
        error = QLabel()
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("Problem with %1").replace("%1", heading))
        error.hide()
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(editor)
        layout.addWidget(error)
        self.editors[name] = editor
        self.field_errors[name] = error
        return box

    def _barc10_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        title = QLabel(self.tr("Recovery capital (BARC-10)"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        about = QLabel(self.tr(
            "Ten statements about the resources the person has for recovery. Repeat it every few months to "
            "see how things change."))
        about.setWordWrap(True)
        self.record_button = QPushButton(self.tr("&Record a BARC-10…"))
        self.record_button.clicked.connect(self.record_barc10)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch()
        history_label = QLabel(self.tr("&Earlier assessments:"))
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

    # -- state -----------------------------------------------------------------------------------------------

    def current_text(self) -> IntakeText:
        return IntakeText(**{name: editor.toPlainText() for name, editor in self.editors.items()})

    def has_unsaved_changes(self) -> bool:
        current = self.current_text()
        return any(not _same(getattr(current, n), getattr(self._loaded, n)) for n in self.editors)

    def is_saving(self) -> bool:
        return self._saving

    def wait_for_save(self, timeout_ms: int | None = None) -> bool:
        """Let a save under way finish (waiting at most `timeout_ms`); True when none is under way any more.

        Closing must not decide while a save is in flight: Discard would not stop it, and Save would send
        the old version again and be told the intake was edited elsewhere (by this very save).
        """
        if not self._saving:
            return True
        loop = QEventLoop()
        self.save_settled.connect(loop.quit)
        QTimer.singleShot(SAVE_WAIT_MS if timeout_ms is None else timeout_ms, loop.quit)
        # Only the save's answer is awaited: typing or clicks now would land in a tab that is being closed.
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.save_settled.disconnect(loop.quit)
        return not self._saving

    def _edited(self) -> None:
        self._update_status()

    def _update_status(self, saved_at: QTime | None = None) -> None:
        if saved_at is not None:
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
        """Show the saved intake; fields with unsaved typing are left alone unless `force`."""
        if self.has_unsaved_changes() and not force:
            return
        view: IntakeView | None = run_now(lambda: self._services.intake.get(self._participant_id), self)
        if view is None:
            return
        self._show(view)

    def _show(self, view: IntakeView, typed_from: IntakeText | None = None) -> None:
        """Take `view` as the saved state; with `typed_from`, keep fields edited since that text was sent."""
        self._loaded, self._version = view.text, view.version
        for name, editor in self.editors.items():
            value, shown = getattr(view.text, name), editor.toPlainText()
            if typed_from is not None and not _same(shown, getattr(typed_from, name)):
                continue  # typed while the save was under way: that typing is still unsaved
            # Leave a field untouched when only trimming differs, so the cursor does not jump.
            if not _same(shown, value):
                editor.setPlainText(value)
            self.field_errors[name].hide()
        self.reload_button.hide()
        self._update_status()

    def reload_barc10(self) -> None:
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

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if concerns(kinds, "intake", self._participant_id) and not self._saving:
            self.reload()
        if concerns(kinds, "barc10", self._participant_id):
            self.reload_barc10()

    # -- saving ----------------------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self.has_unsaved_changes():
            return
        text, version = self.current_text(), self._version
        self._saving = True
        self._clear_errors()
        self._update_status()
        services, pid = self._services, self._participant_id
        run_operation(self, lambda: services.intake.save(pid, text, version),
                      on_done=lambda view: self._saved(view, text), on_error=self._failed,
                      changes=for_participant("intake", pid))

    def save_now(self) -> bool:
        """Save on the GUI thread and say whether it worked (used when a workspace is being closed)."""
        if not self.wait_for_save():
            return False  # still under way: saving again now would clash with it
        if not self.has_unsaved_changes():
            return True
        self._clear_errors()
        try:
            text = self.current_text()
            view = self._services.intake.save(self._participant_id, text, self._version)
        except Exception as error:  # shown in words; the typing stays on screen
            self._failed(error)
            return False
        self._saved(view, text)
        change_bus.changed.emit(frozenset(for_participant("intake", self._participant_id)))
        return True

    def _saved(self, view: IntakeView, sent: IntakeText) -> None:
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
            label.setText(describe_error(error)[1])
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
        # Opened, not exec'd: a lock hides open windows, and hiding would end a nested event loop as a "No".
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

    # -- BARC-10 ---------------------------------------------------------------------------------------------

    def record_barc10(self) -> None:
        from rosc_desktop.ui.screens.barc10 import Barc10Dialog

        dialog = Barc10Dialog(self._services, self._participant_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
