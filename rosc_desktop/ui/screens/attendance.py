"""What the front desk and a group's attendance panel share: finding an enrolled person by a few letters of their
name, and the words for the kinds of activity.

The picker searches as you type, off the GUI thread: at 100,000 people the full-text search is a few milliseconds,
but a slow disk must never make typing stutter. Only the first few dozen matches are fetched; whoever is not among
them is found by typing one letter more. Enter (or a click) takes the highlighted person; Down moves into the list.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.ui.days import format_day
from rosc_desktop.ui.operations import run_operation, show_error

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

SEARCH_DELAY_MS = 120
PICK_LIMIT = 40  # enough to choose among namesakes; more letters narrow it further
ID_ROLE = Qt.ItemDataRole.UserRole

KINDS = (
    ("group", QT_TRANSLATE_NOOP("Activities", "Group")),
    ("meeting", QT_TRANSLATE_NOOP("Activities", "Mutual-help meeting")),
    ("class", QT_TRANSLATE_NOOP("Activities", "Class")),
    ("event", QT_TRANSLATE_NOOP("Activities", "Event")),
    ("drop_in", QT_TRANSLATE_NOOP("Activities", "Drop-in")),
)


class SerialWork(QObject):
    """One page's writes, run one after another in the order asked: the first sign-in of the day creates the
    day's drop-in, and a second one racing it would create another."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._queue: deque[tuple[Callable[[], Any], Callable[[Any], None] | None]] = deque()
        self._busy = False

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None) -> None:
        self._queue.append((work, on_done))
        self._next()

    def busy(self) -> bool:
        return self._busy or bool(self._queue)

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        work, on_done = self._queue.popleft()
        self._busy = True

        def done(result: Any) -> None:
            self._busy = False
            if on_done is not None:
                on_done(result)
            self._next()

        def failed(error: BaseException) -> None:
            self._busy = False
            show_error(self._parent, error)
            self._next()

        run_operation(self._parent, work, on_done=done, on_error=failed)


def kind_label(kind: str) -> str:
    for value, label in KINDS:
        if value == kind:
            return QCoreApplication.translate("Activities", label)
    return kind


def activity_title(name: str, kind: str) -> str:
    """The name an activity is shown by; the day's drop-in hours have none of their own."""
    return name or kind_label(kind)


class PersonPicker(QWidget):
    """A search field over a short list of matches; `chosen` carries the person taken (id, preferred name)."""

    chosen = Signal(str, str)
    results_ready = Signal()

    def __init__(self, services: "Services", label_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._generation = 0
        self._searching = False
        self._take_when_ready = False

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Type a few letters of a name…"))
        self.search_edit.setAccessibleName(self.tr("Find an enrolled person"))
        self.search_edit.setAccessibleDescription(
            self.tr("Matches appear below as you type. Enter takes the highlighted person; Down moves into the list."))
        self.search_edit.setClearButtonEnabled(True)
        self.label = QLabel(label_text, self)
        self.label.setBuddy(self.search_edit)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching people"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setUniformItemSizes(True)
        # Said where the matches would be: an empty white box reads as "broken", not as "type something".
        self._hint = self.tr("Type a few letters of a name above, then press Enter.")
        self.hint = QLabel(self._hint, self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.results)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.search_edit)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemClicked.connect(self._take)

    def set_hint(self, text: str) -> None:
        self._hint = text
        if not self.search_edit.text().strip():
            self.hint.setText(text)

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search_edit.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._searching = False
            self._show(generation, [])
            return
        self._searching = True
        people = self._services.participants

        def work() -> Any:
            # A query with no letters in it matches everyone; only the first few are ever shown.
            return people.rows(people.search(text, limit=PICK_LIMIT).ids[:PICK_LIMIT])

        run_operation(self, work, on_done=lambda rows: self._show(generation, rows))

    def _show(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return  # an older search answered after a newer one was asked
        self._searching = False
        self.results.clear()
        for row in rows:
            details = [row.pronouns] if row.pronouns else []
            if row.date_of_birth:
                details.append(fill(self.tr("born %1"), format_day(row.date_of_birth)))
            text = row.preferred_name + (f"  ({', '.join(details)})" if details else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.preferred_name)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        query = self.search_edit.text().strip()
        self.hint.setText(fill(self.tr("No one enrolled matches “%1”. Count them as an unnamed visitor, or register "
                                       "them on the Participants tab."), query) if query else self._hint)
        self.stack.setCurrentWidget(self.results if rows else self.hint)
        self.results_ready.emit()
        if self._take_when_ready:
            self._take_when_ready = False
            if rows:
                self._take(self.results.currentItem())

    def _take(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        person_id, name = str(item.data(ID_ROLE)), str(item.data(Qt.ItemDataRole.UserRole + 1))
        self.search_edit.clear()
        self.results.clear()
        self.hint.setText(self._hint)
        self.stack.setCurrentWidget(self.hint)
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.chosen.emit(person_id, name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_edit:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self._searching:
                    self._take_when_ready = True  # typed fast and pressed Enter: take the first match when it comes
                    if self._timer.isActive():
                        self.search_now()
                else:
                    self._take(self.results.currentItem())
                return True
            if key == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
        elif watched is self.results:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._take(self.results.currentItem())
                return True
            if key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
                self.search_edit.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)
