"""A "guided text" tab: sections each with a heading, a gentle prompt and a text field, saved together.

Text is saved from the version it was loaded at, so an edit made elsewhere in the meantime is reported
instead of overwritten, and the typing is kept on screen. Refreshes never replace unsaved typing, and only
follow saves for this person.

The Intake and Setback plan tabs are built on it. Their words stay in their own translation contexts: each
tab lists the shared sentences in `STRINGS` (marked for its own context) and names that context in
`TR_CONTEXT`; this module translates them with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.placeholders import fill
from rosc_desktop.ui.messages import describe_error
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.ui.operations import change_bus, run_and_announce, run_now, run_operation, show_error
from rosc_desktop.ui.prompts import DiscardQuestion

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# How long closing a workspace waits for a save already under way. A save takes milliseconds; a store that
# stays busy longer than this is better reported than waited on with the window frozen.
SAVE_WAIT_MS = 5_000

# The keys every tab's STRINGS must give, each marked with QT_TRANSLATE_NOOP in that tab's own context.
STRING_KEYS = frozenset({
    "guide", "save_button", "save_tooltip", "save_status", "show_saved", "problem_with", "saving", "unsaved",
    "saved_at", "nothing_saved", "clash_title", "clash_text",
})


def same_text(a: str, b: str) -> bool:
    # The service trims what it stores; trailing spaces or blank lines alone are not an unsaved change.
    return a.strip() == b.strip()


def heading_label(text: str, scale: float = 1.1) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class GuidedTextTab(QWidget):
    """The shared machinery; a tab gives the class attributes and hooks below."""

    dirty_changed = Signal(bool)
    save_settled = Signal()  # a save under way has succeeded or failed

    TR_CONTEXT: ClassVar[str]  # the translation context of STRINGS and SECTIONS
    STRINGS: ClassVar[dict[str, str]]  # STRING_KEYS -> source text, marked in TR_CONTEXT
    SECTIONS: ClassVar[tuple[tuple[str, str, str], ...]]  # (field name, heading, prompt), in order
    TEXT_TYPE: ClassVar[type]  # the text dataclass: one str field per section
    CHANGE_KIND: ClassVar[Kind]  # the kind whose changes for this person mean "reload"

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._loaded = self.TEXT_TYPE()
        self._version = 0
        self._saving = False
        self._clash = DiscardQuestion(self)
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
        guide = QLabel(self._text("guide"))
        guide.setWordWrap(True)
        column.addWidget(guide)
        for name, heading, prompt in self.SECTIONS:
            column.addSpacing(12)
            column.addWidget(self._section(name, self._translate(heading), self._translate(prompt)))
        self._add_below_sections(column)
        column.addStretch()

        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.save_button = QPushButton(self._text("save_button"))
        self.save_button.setToolTip(fill(
            self._text("save_tooltip"),
            QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.clicked.connect(self.save)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self._text("save_status"))
        self.reload_button = QPushButton(self._text("show_saved"))
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
        top = self._top_widget()
        if top is not None:
            top_row = QHBoxLayout()
            top_row.setContentsMargins(16, 10, 16, 4)
            top_row.addWidget(top)
            layout.addLayout(top_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(line)
        layout.addLayout(bar)

        # Ctrl+S only while focus is inside this tab, so several open workspaces do not compete for it.
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        change_bus.changed.connect(self._on_changed)
        self.reload()

    # -- hooks -----------------------------------------------------------------------------------------------

    def _load(self) -> Any:
        """Read the saved view (with `.text` and `.version`) for this person."""
        raise NotImplementedError

    def _store(self, text: Any, version: int) -> Any:
        """Save `text` from `version` and give back the saved view; runs on a worker thread or the GUI's."""
        raise NotImplementedError

    def _top_widget(self) -> QWidget | None:
        """A widget always in view above the sections, if any."""
        return None

    def _add_below_sections(self, column: QVBoxLayout) -> None:
        """Add what comes after the sections in the scrolling column."""

    def _on_other_changes(self, changes: Changes) -> None:
        """Follow change notices for whatever the tab shows besides the text."""

    def _field_message(self, error: BaseException) -> str:
        return describe_error(error)[1]

    def _save_wait_ms(self) -> int:
        return SAVE_WAIT_MS

    def _show_error(self, error: BaseException) -> None:
        show_error(self, error)

    # -- building ------------------------------------------------------------------------------------------

    def _translate(self, source: str) -> str:
        return QCoreApplication.translate(self.TR_CONTEXT, source)

    def _text(self, key: str) -> str:
        return self._translate(self.STRINGS[key])

    def _section(self, name: str, heading: str, prompt: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        title = heading_label(heading)
        hint = QLabel(prompt)
        hint.setWordWrap(True)
        hint_font = hint.font()
        hint_font.setItalic(True)
        hint.setFont(hint_font)
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)  # Tab leaves the field; keyboard users are not trapped in it
        editor.setMinimumHeight(80)
        editor.setMaximumHeight(120)
        plain = heading.replace("&", "")
        editor.setAccessibleName(plain)
        editor.setAccessibleDescription(prompt)
        editor.textChanged.connect(self._edited)
        title.setBuddy(editor)
        error = QLabel()
        error.setWordWrap(True)
        error.setAccessibleName(fill(self._text("problem_with"), plain))
        error.hide()
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(editor)
        layout.addWidget(error)
        self.editors[name] = editor
        self.field_errors[name] = error
        return box

    # -- state -----------------------------------------------------------------------------------------------

    def current_text(self) -> Any:
        return self.TEXT_TYPE(**{name: editor.toPlainText() for name, editor in self.editors.items()})

    def saved_text(self) -> Any:
        return self._loaded

    def has_unsaved_changes(self) -> bool:
        current = self.current_text()
        return any(not same_text(getattr(current, n), getattr(self._loaded, n)) for n in self.editors)

    def is_saving(self) -> bool:
        return self._saving

    def wait_for_save(self, timeout_ms: int | None = None) -> bool:
        """Let a save under way finish (waiting at most `timeout_ms`); True when none is under way any more.

        Closing must not decide while a save is in flight: Discard would not stop it, and Save would send
        the old version again and be told the text was edited elsewhere (by this very save).
        """
        if not self._saving:
            return True
        loop = QEventLoop()
        self.save_settled.connect(loop.quit)
        QTimer.singleShot(self._save_wait_ms() if timeout_ms is None else timeout_ms, loop.quit)
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
            status = self._text("saving")
        elif dirty:
            status = self._text("unsaved")
        elif self._saved_at is not None:
            status = fill(self._text("saved_at"), QLocale().toString(self._saved_at, QLocale.FormatType.ShortFormat))
        elif self._version == 0:
            status = self._text("nothing_saved")
        else:
            status = ""
        self.status_label.setText(status)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- loading ---------------------------------------------------------------------------------------------

    def reload(self, *, force: bool = False) -> None:
        """Show the saved text; fields with unsaved typing are left alone unless `force`."""
        if self.has_unsaved_changes() and not force:
            return
        # run_now: one person's intake or setback plan row by index (an intake view also writes its audit row)
        view = run_now(self._load, self)
        if view is None:
            return
        self._show(view)

    def _show(self, view: Any, typed_from: Any = None) -> None:
        """Take `view` as the saved state; with `typed_from`, keep fields edited since that text was sent."""
        self._loaded, self._version = view.text, view.version
        for name, editor in self.editors.items():
            value, shown = getattr(view.text, name), editor.toPlainText()
            if typed_from is not None and not same_text(shown, getattr(typed_from, name)):
                continue  # typed while the save was under way: that typing is still unsaved
            # Leave a field untouched when only trimming differs, so the cursor does not jump.
            if not same_text(shown, value):
                editor.setPlainText(value)
            self.field_errors[name].hide()
        self.reload_button.hide()
        self._update_status()

    def _on_changed(self, changes: Changes) -> None:
        if changes.concerns(self.CHANGE_KIND, self._participant_id) and not self._saving:
            self.reload()
        self._on_other_changes(changes)

    # -- saving ----------------------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self.has_unsaved_changes():
            return
        text, version = self.current_text(), self._version
        self._saving = True
        self._clear_errors()
        self._update_status()
        run_operation(self, lambda: self._store(text, version),
                      on_done=lambda view: self._saved(view, text), on_error=self._failed)

    def save_now(self) -> bool:
        """Save on the GUI thread and say whether it worked (used when a workspace is being closed)."""
        if not self.wait_for_save():
            return False  # still under way: saving again now would clash with it
        if not self.has_unsaved_changes():
            return True
        self._clear_errors()
        try:
            text = self.current_text()
            view = run_and_announce(lambda: self._store(text, self._version))
        except Exception as error:  # shown in words; the typing stays on screen
            self._failed(error)
            return False
        self._saved(view, text)
        return True

    def _saved(self, view: Any, sent: Any) -> None:
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
            label.setText(self._field_message(error))
            label.show()
            self.editors[error.field].setFocus()
            return
        if isinstance(error, RoscError) and error.code == "edited_elsewhere":
            self.reload_button.show()
        self._show_error(error)

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            label.hide()

    def _reload_after_clash(self) -> None:
        self._clash.ask(self._text("clash_title"), self._text("clash_text"), lambda: self.reload(force=True))
