"""The participant list: find someone by name or phone as you type, open them, or register someone new.

This is the screen a peer specialist starts from, so it is built for speed by keyboard: Ctrl+F to search,
Down into the list, Enter to open, Ctrl+N to register.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.ui.models.participant_table import ParticipantTableModel
from rosc_desktop.ui.operations import change_bus, run_now
from rosc_desktop.ui.screens.participant_form import ParticipantDialog

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

SEARCH_DELAY_MS = 100  # long enough to skip the keystrokes of a fast typist, short enough to feel instant


class ParticipantListScreen(QWidget):
    help_topic = "participants"
    open_requested = Signal(str)

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stale = False
        self._dialog: ParticipantDialog | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by name or phone…"))
        self.search_edit.setAccessibleName(self.tr("Search participants"))
        self.search_edit.setAccessibleDescription(
            self.tr("The list below updates as you type. Press Down to move into the list."))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("F&ind:"), self)
        search_label.setBuddy(self.search_edit)

        self.mine_check = QCheckBox(self.tr("My &caseload only"), self)
        self.mine_check.setAccessibleName(self.tr("Show only my caseload"))
        self.mine_check.toggled.connect(lambda _on: self._run_search())

        self.register_button = QPushButton(self.tr("&Register someone new…"), self)
        self.register_button.setToolTip(self.tr("Register someone new (Ctrl+N)"))
        self.register_button.setAccessibleName(self.tr("Register someone new"))

        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        # Shown where the rows would be: a blank white table reads as "broken", not as "no one matches".
        self.empty_label = QLabel(self)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                 | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.empty_label.setFont(font)
        self.empty_label.linkActivated.connect(self.register_new)

        self.model = ParticipantTableModel(services, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People"))
        self._set_up_table()

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.mine_check)
        top.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.search_edit)  # focusing the screen (as the main window does) lands in the search
        self.setTabOrder(self.search_edit, self.mine_check)
        self.setTabOrder(self.mine_check, self.register_button)
        self.setTabOrder(self.register_button, self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.register_button.clicked.connect(self.register_new)

        # Ctrl+F is the main window's (File → Find participant, from any tab): a second Ctrl+F here made the key
        # ambiguous, and Qt then does nothing at all.
        shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.register_new)

        change_bus.changed.connect(self._on_data_changed)
        self._run_search()

    # -- the contract with the main window --------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def register_new(self) -> None:
        if self._dialog is not None:  # Ctrl+N twice must not stack two forms
            self._dialog.raise_()
            return
        self._dialog = ParticipantDialog(self._services, parent=self)
        self._dialog.finished.connect(self._dialog_finished)
        self._dialog.open()

    # -- internals --------------------------------------------------------------------------------------

    def _set_up_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(False)  # the service orders: by relevance while searching, else by name
        table.setTabKeyNavigation(False)  # Tab leaves the list instead of walking its cells
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Fixed row heights let the view place 100,000 rows without measuring any of them.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
        rows.hide()
        columns = table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        # Widths from the font, never from the contents: measuring contents would read every row.
        char = table.fontMetrics().averageCharWidth()
        columns.setSectionResizeMode(ParticipantTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, chars in ((ParticipantTableModel.COL_PRONOUNS, 14), (ParticipantTableModel.COL_BIRTH, 16),
                              (ParticipantTableModel.COL_PHONE, 22)):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            columns.resizeSection(column, chars * char)

    def _run_search(self) -> None:
        self._search_timer.stop()
        current = self._current_id()
        text = self.search_edit.text()

        mine_only = self.mine_check.isChecked()

        def search() -> bool:
            self.model.set_query(text, mine_only=mine_only)
            return True

        # run_now: one page of ids off an index and one count, a few milliseconds at 100,000 people
        # (bench/search_latency.py); further pages come as the table scrolls (model.fetchMore).
        if not run_now(search, self):
            return  # the failure was shown; the list keeps its last results
        self._stale = False
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.table.selectRow(row)
        self._update_count()

    def _update_count(self) -> None:
        count = self.model.total()  # everyone found, though only the pages scrolled to are fetched
        query = self.model.query().strip()
        if count == 0:
            if self.mine_check.isChecked() and not query:
                text = self.tr("No one is in your caseload yet.")
            elif query:
                text = fill(self.tr("No one matches “%1”."), query)
            else:
                text = self.tr("No one is registered yet.")
            self.count_label.setText(text)
            # The query is what the person typed: escaped, so "<b>" in a search is shown, not obeyed.
            link = '<a href="register">{}</a>'.format(html.escape(self.tr("Register someone new?")))
            self.empty_label.setText(f"{html.escape(text)}<br>{link}")
            self.empty_label.setAccessibleName(f"{text} {self.tr('Register someone new?')}")
        elif count == 1:
            self.count_label.setText(self.tr("1 person"))
        else:
            self.count_label.setText(self.tr("%Ln people", "", count))
        self.count_label.setVisible(count > 0)  # when empty, the message stands in the middle instead
        self.stack.setCurrentWidget(self.table if count else self.empty_label)
        self.count_label.setAccessibleName(self.count_label.text())

    def _current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.participant_id(index.row()) if index.isValid() else None

    def _open_row(self, row: int) -> None:
        participant_id = self.model.participant_id(row)
        if participant_id is not None:
            self.open_requested.emit(participant_id)

    def _focus_first_row(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, ParticipantTableModel.COL_NAME))
        self.table.selectRow(self.table.currentIndex().row())
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def _dialog_finished(self, _result: int) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None:
            return
        participant_id = dialog.result_id()
        dialog.deleteLater()
        if participant_id:
            self.open_requested.emit(participant_id)

    def _on_data_changed(self, changes: Changes) -> None:
        caseload = self.mine_check.isChecked() and changes.touches(Kind.CASELOAD)
        if not changes.touches(Kind.PARTICIPANT) and not caseload:
            return
        if self.isVisible():
            self._run_search()
        else:  # a hidden list catches up when shown rather than searching for nobody
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._run_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_edit:
            if key == Qt.Key.Key_Down:
                if self._search_timer.isActive():
                    self._run_search()
                self._focus_first_row()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive():
                    self._run_search()
                # One match: Enter opens it straight away; several: Enter moves into the list to choose.
                if self.model.rowCount() == 1:
                    self._open_row(0)
                else:
                    self._focus_first_row()
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
        elif watched is self.table:
            index = self.table.currentIndex()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Handled here rather than through `activated`, which Enter does not emit on macOS.
                if index.isValid():
                    self._open_row(index.row())
                return True
            if key == Qt.Key.Key_Up and index.isValid() and index.row() == 0:
                self.focus_search()  # the way back from the list mirrors the Down that led into it
                return True
        return super().eventFilter(watched, event)
