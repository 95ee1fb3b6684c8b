"""The Directory tab: the center's "menu of options" outside its walls, found as you type.

Search and filters narrow one list; the chosen entry's details are shown beside it in words (hours with
weekday names, languages by name). Entries the center added itself can be edited; entries from the hub are
read-only here, and a correction is suggested instead, to be carried back to the hub.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCollator,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.clock import center_today
from rosc_desktop.services.permissions import Action, allowed
from rosc_desktop.sync.meeting_types import CONTEXT as MEETING_TYPES_CONTEXT, TYPE_NAMES
from rosc_desktop.ui.languages import language_name
from rosc_desktop.ui.operations import change_bus, run_now

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

SEARCH_DELAY_MS = 150  # skips a fast typist's keystrokes, still feels instant
ID_ROLE = Qt.ItemDataRole.UserRole
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
COL_NAME, COL_ORG, COL_CITY, COL_OPEN, COL_FREE, COL_WALK_IN, COL_SOURCE = range(7)
# The categories of ROSC Desktop's own directory files (code: English name), shown in the interface's language.
# Only the words shown change: the stored category stays as it came, so filters and files never depend on it.
CATEGORY_CONTEXT = "DirectoryCategory"
CATEGORY_WORDS = {
    "clinical": QT_TRANSLATE_NOOP("DirectoryCategory", "Clinical care"),
    "faith": QT_TRANSLATE_NOOP("DirectoryCategory", "Faith communities"),
    "family": QT_TRANSLATE_NOOP("DirectoryCategory", "Family"),
    "food": QT_TRANSLATE_NOOP("DirectoryCategory", "Food"),
    "housing": QT_TRANSLATE_NOOP("DirectoryCategory", "Housing"),
    "legal_benefits": QT_TRANSLATE_NOOP("DirectoryCategory", "Legal aid and benefits"),
    "mental_health": QT_TRANSLATE_NOOP("DirectoryCategory", "Mental health"),
    "mutual_aid": QT_TRANSLATE_NOOP("DirectoryCategory", "Mutual-aid meetings"),
    "peer_recovery": QT_TRANSLATE_NOOP("DirectoryCategory", "Peer recovery support"),
    "work_education": QT_TRANSLATE_NOOP("DirectoryCategory", "Work and education"),
}


def language_word(code: str) -> str:
    """A language code in words: the app's own name for it, else Qt's, else the code itself."""
    name = language_name(code)
    if name != code:
        return name
    locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(locale.language())


def _category_key(value: str) -> str:
    return " ".join(value.replace("_", " ").replace("-", " ").split()).casefold()


_CATEGORY_SOURCES = {_category_key(key): words for code, words in CATEGORY_WORDS.items() for key in (code, words)}


def category_word(value: str) -> str:
    """A category as people read it: ours (by code or English name) in the interface's language; others as
    written, codes from a file ("legal_benefits") with spaces and a capital."""
    source = _CATEGORY_SOURCES.get(_category_key(value))
    if source is not None:
        return QCoreApplication.translate(CATEGORY_CONTEXT, source)
    text = value.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else value


def day_name(code: str) -> str:
    return QLocale().dayName(DAYS.index(code) + 1, QLocale.FormatType.LongFormat) if code in DAYS else code


def time_words(value: Any) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def _days_words(days: Sequence[str]) -> str:
    """MO,TU,WE,TH,FR -> "Monday to Friday"; runs of three or more days joined, others listed."""
    known = sorted({d for d in days if d in DAYS}, key=DAYS.index)
    if len(known) == len(DAYS):
        return QLocaleWords.every_day()
    parts: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            parts.append(QLocaleWords.range(day_name(run[0]), day_name(run[-1])))
        else:
            parts.extend(day_name(d) for d in run)
        run.clear()

    for day in known:
        if run and DAYS.index(day) != DAYS.index(run[-1]) + 1:
            flush()
        run.append(day)
    flush()
    parts.extend(d for d in days if d not in DAYS)
    return ", ".join(parts)


class QLocaleWords:
    """Sentences built around names Qt gives us (weekdays, times), in the interface's language."""

    @staticmethod
    def range(first: str, last: str) -> str:
        return fill(QCoreApplication.translate("DirectoryScreen", "%1 to %2"), first, last)

    @staticmethod
    def every_day() -> str:
        return QCoreApplication.translate("DirectoryScreen", "Every day")

    @staticmethod
    def hours(days: str, opens: str, closes: str) -> str:
        return fill(QCoreApplication.translate("DirectoryScreen", "%1: %2 to %3"), days, opens, closes)

    @staticmethod
    def no_times(days: str) -> str:
        return fill(QCoreApplication.translate("DirectoryScreen", "%1: times not given"), days)


def meeting_type_word(code: str) -> str:
    """A Meeting Guide type's name in the interface's language ("Open", "Abierta" for O); a code the
    specification does not name is shown as the feed gave it."""
    name = TYPE_NAMES.get(code)
    return QCoreApplication.translate(MEETING_TYPES_CONTEXT, name) if name else code


def hours_in_words(hours: Sequence[Any]) -> list[str]:
    """One line per opening-hours row: "Monday to Friday: 9:00 AM to 5:00 PM", weekday names from the locale."""
    lines = []
    for row in hours:
        days = _days_words(row.byday)
        if row.opens_at is not None and row.closes_at is not None:
            line = QLocaleWords.hours(days, time_words(row.opens_at), time_words(row.closes_at))
        elif days:
            line = QLocaleWords.no_times(days)
        else:
            line = ""
        description = (getattr(row, "description", "") or "").strip()
        if description:
            line = f"{line} ({description})" if line else description
        if line:
            lines.append(line)
    return lines


class DirectoryScreen(QWidget):
    """Search, filters, results and the chosen entry's details, with the actions that go with them."""
    help_topic = "directory"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._detail: Any = None
        self._stale = False
        self._select_next: str | None = None
        self.dialog: QDialog | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Name, organisation, need or town…"))
        self.search_edit.setAccessibleName(self.tr("Search the directory"))
        self.search_edit.setAccessibleDescription(
            self.tr("The results update as you type. Press Down to move into the results."))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("Loo&k for:"), self)
        search_label.setBuddy(self.search_edit)

        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        category_label = QLabel(self.tr("&Category:"), self)
        category_label.setBuddy(self.category_combo)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language spoken"))
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        self.open_now_check = QCheckBox(self.tr("&Open now"), self)
        self.free_check = QCheckBox(self.tr("F&ree"), self)
        self.walk_in_check = QCheckBox(self.tr("&Walk-in"), self)
        self.open_now_check.setAccessibleName(self.tr("Only open now"))
        self.free_check.setAccessibleName(self.tr("Only free of charge"))
        self.walk_in_check.setAccessibleName(self.tr("Only walk-in, no appointment"))

        self.results = QTreeWidget(self)
        self.results.setAccessibleName(self.tr("Directory results"))
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("City"),
                                      self.tr("Open now"), self.tr("Free"), self.tr("Walk-in"), self.tr("From")])
        header = self.results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ORG, QHeaderView.ResizeMode.Stretch)
        for column in (COL_CITY, COL_OPEN, COL_FREE, COL_WALK_IN, COL_SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.results.currentItemChanged.connect(lambda *_: self._show_current())
        self.results.itemActivated.connect(lambda *_: self._activate())
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of results"))

        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Details of the chosen entry"))
        self.details.setOpenExternalLinks(False)
        self.details.setOpenLinks(False)

        self.add_button = QPushButton(self.tr("&Add local entry…"), self)
        self.edit_button = QPushButton(self.tr("E&dit…"), self)
        self.suggest_button = QPushButton(self.tr("Su&ggest a correction…"), self)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.partners_button = QPushButton(self.tr("&Partners…"), self)
        self.edit_button.setToolTip(self.tr("Only entries this center added can be edited here."))
        self.suggest_button.setToolTip(self.tr("Entries from the hub are corrected at the hub: send a suggestion."))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.suggest_button.clicked.connect(self.suggest_correction)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.partners_button.clicked.connect(self.open_partners)
        can_edit = allowed(services.actor.role, Action.EDIT_DIRECTORY)
        for button in (self.add_button, self.import_button):
            button.setEnabled(can_edit)
            if not can_edit:
                button.setToolTip(self.tr("Your role can search the directory but not change it."))

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        filters.addSpacing(12)
        filters.addWidget(category_label)
        filters.addWidget(self.category_combo)
        filters.addSpacing(8)
        filters.addWidget(language_label)
        filters.addWidget(self.language_combo)
        filters.addSpacing(8)
        filters.addWidget(self.open_now_check)
        filters.addWidget(self.free_check)
        filters.addWidget(self.walk_in_check)

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.results, 1)
        left_column.addWidget(self.count_label)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.details, 1)
        entry_buttons = QHBoxLayout()
        entry_buttons.addWidget(self.edit_button)
        entry_buttons.addWidget(self.suggest_button)
        entry_buttons.addStretch(1)
        right_column.addLayout(entry_buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 500])

        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.partners_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)
        self.setFocusProxy(self.search_edit)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda *_: self._timer.start())
        for combo in (self.category_combo, self.language_combo):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        for check in (self.open_now_check, self.free_check, self.walk_in_check):
            check.toggled.connect(lambda *_: self.refresh())
        change_bus.changed.connect(self._on_changed)
        self._fill_filters()
        self.refresh()

    # -- filters and results -------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        directory = self._services.directory
        # run_now: distinct categories over the directory's services (thousands, not people)
        categories = run_now(directory.categories, self) or []
        # run_now: distinct languages over the directory's services and places (thousands, not people)
        languages = run_now(directory.languages, self) or []
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        for combo, everything, values, words in (
                (self.category_combo, self.tr("Any category"), categories, category_word),
                (self.language_combo, self.tr("Any language"), languages, language_word)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            # In the language's own order ("Árabe" with the A's, not after "Vietnamita").
            for value in sorted(values, key=lambda v: collator.sortKey(words(v))):
                combo.addItem(words(value), value)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def search_kwargs(self) -> dict[str, Any]:
        return {"category": self.category_combo.currentData(), "language": self.language_combo.currentData(),
                "open_now": self.open_now_check.isChecked(), "free": self.free_check.isChecked(),
                "walk_in": self.walk_in_check.isChecked()}

    def refresh(self) -> None:
        """Search now (a local query of at most a few hundred rows: quick enough for the GUI thread)."""
        self._timer.stop()
        self._stale = False
        text, kwargs = self.search_edit.text(), self.search_kwargs()
        # run_now: one page of directory matches (bench/directory_search.py)
        found = run_now(lambda: self._services.directory.search(text, **kwargs), self)
        self._fill_results(found or [])

    def _fill_results(self, found: Sequence[Any]) -> None:
        current = self._select_next or self.current_id()
        self._select_next = None
        self.results.blockSignals(True)
        self.results.clear()
        chosen: QTreeWidgetItem | None = None
        yes = self.tr("Yes")
        for summary in found:
            item = QTreeWidgetItem([summary.name, summary.organization_name, summary.city or "",
                                    self._open_word(summary.open_now), yes if summary.is_free else "",
                                    yes if summary.walk_in else "", self.source_word(summary.source)])
            item.setData(0, ID_ROLE, summary.id)
            item.setToolTip(0, summary.name)
            self.results.addTopLevelItem(item)
            if summary.id == current:
                chosen = item
        self.results.blockSignals(False)
        if found:
            self.count_label.setText(self.tr("%n entries", "", len(found)))
        else:
            self.count_label.setText(self.tr("Nothing matches. Try fewer words or fewer filters."))
        if chosen is not None:
            self.results.setCurrentItem(chosen)
        else:
            self.results.setCurrentItem(None)  # type: ignore[arg-type]
        self._show_current()

    def _open_word(self, open_now: bool | None) -> str:
        if open_now is None:
            return ""
        return self.tr("Open") if open_now else self.tr("Closed")

    def source_word(self, source: str) -> str:
        return {"hub": self.tr("Hub"), "local": self.tr("Local"),
                "meeting_guide": self.tr("Meeting")}.get(str(source), str(source))

    def current_id(self) -> str | None:
        item = self.results.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def result_names(self) -> list[str]:
        return [self.results.topLevelItem(i).text(COL_NAME) for i in range(self.results.topLevelItemCount())]

    def select(self, service_id: str) -> bool:
        for i in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(i)
            if item.data(0, ID_ROLE) == service_id:
                self.results.setCurrentItem(item)
                return True
        return False

    # -- details --------------------------------------------------------------------------------------------

    def _show_current(self) -> None:
        service_id = self.current_id()
        # run_now: one service and its locations by key
        detail = run_now(lambda: self._services.directory.get(service_id), self) if service_id else None
        self._detail = detail
        self.details.setHtml(self.detail_html(detail) if detail is not None else
                             "<p>%s</p>" % html.escape(self.tr("Choose an entry to see its details.")))
        self.edit_button.setEnabled(bool(detail is not None and detail.editable))
        self.suggest_button.setEnabled(bool(detail is not None and not detail.editable))

    @property
    def detail(self) -> Any:
        return self._detail

    def detail_html(self, d: Any) -> str:
        e = html.escape
        out = [f"<h3>{e(d.name)}</h3>", f"<p>{e(d.organization_name)}</p>"]
        if not d.editable:
            out.append("<p><i>%s</i></p>" % e(self.tr("From the hub: read-only here. Use \u201cSuggest a "
                                                     "correction\u201d if something is wrong.")))
        status = str(getattr(d, "status", "active"))
        if status != "active":
            out.append("<p><b>%s</b></p>" % e(fill(self.tr("Status: %1"), status)))
        def text(value: str) -> str:
            """Escaped, its own line breaks kept (a feed's notes: "Coffee provided\nParking behind church")."""
            return "<br>".join(e(part) for part in value.strip().splitlines())

        if d.description:
            out.append(f"<p>{text(d.description)}</p>")

        def section(title: str, lines: Sequence[str]) -> None:
            lines = [line for line in lines if line and line.strip()]
            if lines:
                out.append(f"<p><b>{e(title)}</b><br>" + "<br>".join(text(line) for line in lines) + "</p>")

        if d.open_now is not None:
            section(self.tr("Right now"), [self.tr("Open now") if d.open_now else self.tr("Closed now")])
        section(self.tr("Hours"), hours_in_words(d.hours) or [self.tr("Hours not known: call first.")])
        for location in d.locations:
            lines = [location.name] if location.name and location.name != d.name else []
            lines += list(location.address_lines)
            if location.url:
                lines.append(location.url)
            if location.description:
                lines.append(location.description)  # "Basement, take the stairs on the left"; an online area
            if location.transportation:
                lines.append(fill(self.tr("Getting there: %1"), location.transportation))
            section(self.tr("Address"), lines)
        contact = [fill(self.tr("Phone: %1"), p) for p in d.phones]
        if d.email:
            contact.append(fill(self.tr("Email: %1"), d.email))
        if d.url:
            contact.append(fill(self.tr("Website: %1"), d.url))
        section(self.tr("Contact"), contact)
        section(self.tr("Languages spoken"), [", ".join(language_word(c) for c in d.languages)]
                if d.languages else [])
        if d.interpretation_services:
            section(self.tr("Interpretation"), [d.interpretation_services])
        section(self.tr("Who can use it"), [d.eligibility_description])
        cost = [self.tr("Free of charge")] if d.is_free else []
        cost.append(d.fees_description)
        section(self.tr("Cost"), cost)
        if d.walk_in:
            section(self.tr("Appointments"), [self.tr("Walk-ins welcome: no appointment needed.")])
        section(self.tr("What to bring and how to apply"), [d.application_process])
        access = [d.accessibility] + [loc.accessibility for loc in d.locations]
        section(self.tr("Accessibility"), list(dict.fromkeys(a.strip() for a in access if a)))
        if d.categories:
            section(self.tr("Categories"), [", ".join(category_word(c) for c in d.categories)])
        meeting_types = getattr(d, "meeting_types", ())
        if meeting_types:
            section(self.tr("Meeting types"), [", ".join(meeting_type_word(code) for code in meeting_types)])
        partner = d.partner
        if partner is not None:
            section(self.tr("Partner agency"), [self.partner_words(partner)])
        return "".join(out)

    def partner_words(self, partner: Any) -> str:

        from rosc_desktop.ui.screens.partners import agreement_words

        return agreement_words(partner, center_today())

    # -- keyboard ---------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key == Qt.Key.Key_Down and self.results.topLevelItemCount():
                if self._timer.isActive():
                    self.refresh()
                if self.results.currentItem() is None:
                    self.results.setCurrentItem(self.results.topLevelItem(0))
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.refresh()
                return True
        return super().eventFilter(watched, event)

    def _activate(self) -> None:
        """Enter on a result: edit it when this center may, otherwise read its details."""
        if self._detail is None:
            return
        if self._detail.editable:
            self.edit_entry()
        else:
            self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions -----------------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_saved: Any = None) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if result and on_saved is not None:
                on_saved(dialog)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def add_entry(self) -> QDialog:
        from rosc_desktop.ui.screens.directory_entry import EntryDialog

        return self._open(EntryDialog(self._services, None, self), self._saved)

    def edit_entry(self) -> QDialog | None:
        from rosc_desktop.ui.screens.directory_entry import EntryDialog

        if self._detail is None or not self._detail.editable:
            return None
        return self._open(EntryDialog(self._services, self._detail, self), self._saved)

    def _saved(self, dialog: QDialog) -> None:
        result = getattr(dialog, "result_view", None)
        if result is not None:
            self._select_next = result.id

    def suggest_correction(self) -> QDialog | None:
        from rosc_desktop.ui.screens.directory_entry import CorrectionDialog

        if self._detail is None:
            return None
        return self._open(CorrectionDialog(self._services, self._detail, self))

    def import_file(self) -> QDialog:
        from rosc_desktop.ui.screens.directory_import import ImportDialog

        return self._open(ImportDialog(self._services, self))

    def export_file(self) -> QDialog:
        from rosc_desktop.ui.screens.directory_import import ExportDialog

        return self._open(ExportDialog(self._services, self))

    def open_partners(self) -> QDialog:
        from rosc_desktop.ui.screens.partners import PartnersDialog

        return self._open(PartnersDialog(self._services, self))

    # -- staying current --------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(Kind.DIRECTORY, Kind.PARTNERS):
            return
        if not self.isVisible():
            self._stale = True  # refreshed when shown: no queries for a tab nobody is looking at
            return
        self._fill_filters()
        self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._fill_filters()
            self.refresh()
