"""The participant list's item model: one search's ids, fetched a page at a time as the view scrolls, and their
display rows fetched a page at a time as the view paints.

A center may hold 100,000 people. The model asks `participants.search_page` for the first page of ids and
`count_matches` for the total, then for the next page only when the view scrolls to the end (canFetchMore /
fetchMore); `participants.rows` fills the page of rows the view is about to paint, with a bounded cache of recent
pages. A search of any size costs a page of ids, a count and the rows actually looked at.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

from rosc_desktop.services.participants import SEARCH_PAGE
from rosc_desktop.ui.days import format_day

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services
    from rosc_desktop.services.participants import ParticipantRow, SearchMark

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


# The one date format (rosc_desktop.ui.days), under the name the participant form still imports it by.
short_date = format_day


class ParticipantTableModel(QAbstractTableModel):
    COL_NAME, COL_PRONOUNS, COL_BIRTH, COL_PHONE = range(4)
    COLUMN_COUNT = 4
    ID_ROLE = Qt.ItemDataRole.UserRole
    PAGE_SIZE = SEARCH_PAGE  # ids fetched at a time, and rows read at a time as the view paints
    MAX_CACHED_PAGES = 40  # 6,000 rows: several screens of scrolling either way, a few hundred KB at most

    def __init__(self, services: "Services", parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._query = ""
        self._ids: list[str] = []
        self._known: set[str] = set()
        self._mine_only = False
        self._next: SearchMark | None = None
        self._total = 0
        self._pages: OrderedDict[int, dict[str, ParticipantRow]] = OrderedDict()

    # -- searching -------------------------------------------------------------------------------------

    def set_query(self, text: str, *, mine_only: bool = False) -> None:
        """Run the search for `text` and show its first page (raises, leaving the list as it was, on failure).
        `mine_only` keeps the signed-in person's caseload only, in the search's order."""
        participants = self._services.participants
        page = participants.search_page(text, limit=self.PAGE_SIZE, mine_only=mine_only)
        # One page holds everything: its length is the count, with no second query.
        total = len(page.ids) if page.next is None else participants.count_matches(text, mine_only=mine_only)
        self._mine_only = mine_only
        self.beginResetModel()
        self._query = text
        self._ids = list(page.ids)
        self._known = set(self._ids)
        self._next = page.next
        self._total = max(total, len(self._ids))
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query, mine_only=self._mine_only)

    def query(self) -> str:
        return self._query

    def total(self) -> int:
        """How many people the search finds, whether or not their rows are fetched yet."""
        return self._total

    def participant_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, participant_id: str) -> int:
        try:
            return self._ids.index(participant_id)
        except ValueError:
            return -1

    # -- the model interface ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            page = self._services.participants.search_page(self._query, self._next, self.PAGE_SIZE,
                                                           mine_only=self._mine_only)
        except Exception as exc:  # scrolling must not raise; the list ends here until the next refresh
            log.warning("could not load more of the participant list: %s", type(exc).__name__)
            self._next = None
            return
        self._next = page.next
        ids = [i for i in page.ids if i not in self._known]  # someone renamed between pages shows once
        if ids:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
            self._ids.extend(ids)
            self._known.update(ids)
            self._pages.pop(start // self.PAGE_SIZE, None)  # a part-filled page of rows gains the new ones
            self.endInsertRows()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_NAME: self.tr("Name"),
            self.COL_PRONOUNS: self.tr("Pronouns"),
            self.COL_BIRTH: self.tr("Date of birth"),
            self.COL_PHONE: self.tr("Phone"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        participant_id = self._ids[index.row()]
        if role == self.ID_ROLE:
            return participant_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self._row(index.row())
        if row is None:  # voided since the search ran; the next refresh drops it
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row, column)
        if column == self.COL_NAME:
            return row.preferred_name
        if column == self.COL_PRONOUNS:
            return row.pronouns
        if column == self.COL_BIRTH:
            return format_day(row.date_of_birth) if row.date_of_birth else ""
        if column == self.COL_PHONE:
            return row.phone
        return None

    # -- internals ------------------------------------------------------------------------------------

    def _spoken(self, row: "ParticipantRow", column: int) -> str:
        # A screen reader meeting an empty cell says nothing, which sounds like a glitch; say what is missing.
        if column == self.COL_NAME:
            return row.preferred_name
        if column == self.COL_PRONOUNS:
            return row.pronouns or self.tr("Pronouns not recorded")
        if column == self.COL_BIRTH:
            if not row.date_of_birth:
                return self.tr("Date of birth not recorded")
            d = row.date_of_birth
            return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)
        if column == self.COL_PHONE:
            return row.phone or self.tr("Phone not recorded")
        return ""

    def _row(self, row: int) -> "ParticipantRow | None":
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
            self._pages[number] = page
            while len(self._pages) > self.MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def _fetch(self, number: int) -> dict[str, "ParticipantRow"]:
        ids = self._ids[number * self.PAGE_SIZE:(number + 1) * self.PAGE_SIZE]
        try:
            rows = self._services.participants.rows(ids)
        except Exception as exc:  # painting must not raise; the page stays blank until the next refresh
            log.warning("could not load a page of the participant list: %s", type(exc).__name__)
            return {}
        return {r.id: r for r in rows}
