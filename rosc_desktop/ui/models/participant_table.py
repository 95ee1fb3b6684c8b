"""The participant list's item model: the ids of one search, with display rows fetched a page at a time.

A center may hold 100,000 people. The model keeps only the ordered id list from `participants.search` and asks
`participants.rows` for the page of rows the view is about to paint, keeping a bounded cache of recent pages,
so a list of any size costs one id query plus the pages actually looked at.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

from rosc_desktop.ui.days import format_day

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services
    from rosc_desktop.services.participants import ParticipantRow

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


# The one date format (rosc_desktop.ui.days), under the name the participant form still imports it by.
short_date = format_day


class ParticipantTableModel(QAbstractTableModel):
    COL_NAME, COL_PRONOUNS, COL_BIRTH, COL_PHONE = range(4)
    COLUMN_COUNT = 4
    ID_ROLE = Qt.ItemDataRole.UserRole
    PAGE_SIZE = 150
    MAX_CACHED_PAGES = 40  # 6,000 rows: several screens of scrolling either way, a few hundred KB at most

    def __init__(self, services: "Services", parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._query = ""
        self._ids: list[str] = []
        self._mine_only = False
        self._truncated = False
        self._pages: OrderedDict[int, dict[str, ParticipantRow]] = OrderedDict()

    # -- searching -------------------------------------------------------------------------------------

    def set_query(self, text: str, *, mine_only: bool = False) -> None:
        """Run the search for `text` and show its results (raises, leaving the list as it was, on failure).
        `mine_only` keeps the signed-in person's caseload only, in the search's order."""
        result = self._services.participants.search(text)
        ids = list(result.ids)
        if mine_only:
            mine = self._services.caseload.caseload_ids()
            ids = [pid for pid in ids if pid in mine]
        self._mine_only = mine_only
        self.beginResetModel()
        self._query = text
        self._ids = ids
        self._truncated = result.truncated
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query, mine_only=self._mine_only)

    def query(self) -> str:
        return self._query

    def truncated(self) -> bool:
        return self._truncated

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
