"""Partner agencies and their information-sharing agreements: who they are, what the agreement covers, and
whether it is in force today.

Whether an agreement is current is worked out for today every time it is shown, never stored: an agreement
that ran out last week must read "expired" now. Only roles allowed to manage partners may add or change them;
everyone else gets the same list to read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.clock import center_today
from rosc_desktop.services.permissions import Action, allowed
from rosc_desktop.ui.operations import change_bus, run_now
from rosc_desktop.ui.screens.directory_entry import DirectoryFormDialog
from rosc_desktop.ui.days import day_pattern, format_day, qdate, today_qdate

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

ID_ROLE = Qt.ItemDataRole.UserRole


def agreement_state(partner: Any, today: date) -> str:
    """One word for where the agreement stands today: none, current, expired or not yet started."""
    if not partner.agreement_on_file:
        return "none"
    if partner.agreement_current(today):
        return "current"
    if partner.agreement_end is not None and partner.agreement_end < today:
        return "expired"
    return "not_started"


def agreement_words(partner: Any, today: date) -> str:
    state = agreement_state(partner, today)
    if state == "none":
        return fill(QCoreApplication.translate("Partners", "%1: no information-sharing agreement on file."), partner.name)
    if state == "current":
        if partner.agreement_end is None:
            return fill(QCoreApplication.translate("Partners", "%1: information-sharing agreement current, no end date."), partner.name)
        return fill(QCoreApplication.translate("Partners", "%1: information-sharing agreement current until %2."),
                    partner.name, format_day(partner.agreement_end))
    if state == "expired":
        return fill(QCoreApplication.translate("Partners", "%1: the information-sharing agreement expired on %2."),
                    partner.name, format_day(partner.agreement_end))
    return fill(QCoreApplication.translate("Partners", "%1: the information-sharing agreement has not started yet."), partner.name)


def state_word(state: str) -> str:
    return {"none": QCoreApplication.translate("Partners", "No agreement"),
            "current": QCoreApplication.translate("Partners", "Current"),
            "expired": QCoreApplication.translate("Partners", "Expired"),
            "not_started": QCoreApplication.translate("Partners", "Not started yet")}[state]


def can_manage_partners(services: Services) -> bool:
    action = getattr(Action, "MANAGE_PARTNERS", None)
    return action is not None and allowed(services.actor.role, action)


class PartnersDialog(QDialog):
    """The partner agencies, their agreements and whether each is in force today."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._partners: dict[str, Any] = {}
        self._can_edit = can_manage_partners(services)
        self.dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Partner agencies"))
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Partner agencies"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Agreement"), self.tr("From"), self.tr("Until"),
                                   self.tr("Scope"), self.tr("Contact")])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda *_: self.edit_partner())
        self.empty_label = QLabel(self.tr("No partner agencies yet."), self)
        self.read_only_note = QLabel(self.tr("Your role can read this list but not change it."), self)
        self.read_only_note.setVisible(not self._can_edit)
        self.add_button = QPushButton(self.tr("&Add partner…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.add_button.clicked.connect(self.add_partner)
        self.edit_button.clicked.connect(self.edit_partner)
        self.add_button.setVisible(self._can_edit)
        self.edit_button.setVisible(self._can_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        self.resize(self.fontMetrics().averageCharWidth() * 140, 420)
        change_bus.changed.connect(self._on_changed)
        self.refresh()
        self.list.setFocus()

    def refresh(self, select: str | None = None) -> None:
        chosen = select or self.current_id()
        # run_now: the partner agencies: tens of rows
        partners = run_now(self._services.directory.partners, self) or []
        today = center_today()
        self._partners = {p.id: p for p in partners}
        self.list.clear()
        for partner in partners:
            state = agreement_state(partner, today)
            start = format_day(partner.agreement_start) if partner.agreement_start else ""
            if partner.agreement_end is not None:
                end = format_day(partner.agreement_end)
            else:
                end = self.tr("No end date") if partner.agreement_on_file else ""
            contact = " · ".join(x for x in (partner.contact_name, partner.contact_phone, partner.contact_email) if x)
            scope = " ".join(partner.agreement_scope.split())
            item = QTreeWidgetItem(self.list, [partner.name, state_word(state), start, end, scope, contact])
            item.setData(0, ID_ROLE, partner.id)
            item.setToolTip(1, agreement_words(partner, today))
            item.setToolTip(4, partner.agreement_scope)
            if state == "expired":
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
            if partner.id == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.empty_label.setVisible(not partners)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def row_texts(self) -> list[list[str]]:
        return [[self.list.topLevelItem(i).text(c) for c in range(self.list.columnCount())]
                for i in range(self.list.topLevelItemCount())]

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self._can_edit and self.current_id() is not None)

    def add_partner(self) -> QDialog | None:
        return self._open(None)

    def edit_partner(self) -> QDialog | None:
        partner = self._partners.get(self.current_id() or "")
        return self._open(partner) if partner is not None else None

    def _open(self, partner: Any) -> QDialog | None:
        if not self._can_edit:
            return None
        dialog = PartnerDialog(self._services, partner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            saved = dialog.result_view
            if result and saved is not None:
                self.refresh(select=saved.id)
                self.list.setFocus()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.PARTNERS) and self.isVisible():
            self.refresh()


class PartnerDialog(DirectoryFormDialog):
    """Add or edit a partner agency and its information-sharing agreement."""

    def __init__(self, services: Services, existing: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        from rosc_desktop.services.directory import PartnerInput

        self._existing = existing
        data = existing.as_input() if existing is not None else PartnerInput("")
        self.setWindowTitle(self.tr("Add a partner agency") if existing is None else self.tr("Edit partner agency"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

        self.name_edit = QLineEdit(data.name, self)
        self.name_edit.setAccessibleName(self.tr("Partner name, required"))
        self.org_search = QLineEdit(self)
        self.org_search.setAccessibleName(self.tr("Find the organisation in the directory"))
        self.org_search.setPlaceholderText(self.tr("Type to find it in the directory"))
        self.org_combo = QComboBox(self)
        self.org_combo.setAccessibleName(self.tr("Organisation in the directory"))
        self._organization_id = data.organization_id
        self._org_names: dict[str, str] = {}
        if data.organization_id:
            name = self._organization_name(data.organization_id)
            self._org_names[data.organization_id] = name
        self._fill_organizations("")
        self.org_search.textChanged.connect(self._fill_organizations)
        self.org_combo.activated.connect(lambda *_: self._org_chosen())
        org_box = QWidget(self)
        org_row = QHBoxLayout(org_box)
        org_row.setContentsMargins(0, 0, 0, 0)
        org_row.addWidget(self.org_search, 1)
        org_row.addWidget(self.org_combo, 1)

        self.on_file_check = QCheckBox(self.tr("&Agreement on file"), self)
        self.on_file_check.setChecked(data.agreement_on_file)
        today = center_today()
        self.start_edit = QDateEdit(qdate(data.agreement_start or today), self)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(day_pattern())
        self.start_edit.setAccessibleName(self.tr("Agreement starts"))
        start_box = QWidget(self)
        start_row = QHBoxLayout(start_box)
        start_row.setContentsMargins(0, 0, 0, 0)
        start_row.addWidget(self.start_edit)
        start_row.addStretch(1)
        end = qdate(data.agreement_end) if data.agreement_end else today_qdate().addYears(1)
        self.end_edit = QDateEdit(end, self)
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat(day_pattern())
        self.end_edit.setAccessibleName(self.tr("Agreement ends"))
        self.no_end_check = QCheckBox(self.tr("&No end date"), self)
        self.no_end_check.setChecked(data.agreement_on_file and data.agreement_end is None)
        end_box = QWidget(self)
        end_row = QHBoxLayout(end_box)
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.end_edit)
        end_row.addWidget(self.no_end_check)
        end_row.addStretch(1)
        self.scope_edit = QPlainTextEdit(data.agreement_scope, self)
        self.scope_edit.setTabChangesFocus(True)
        self.scope_edit.setAccessibleName(self.tr("What may be shared, and for what"))
        self.scope_edit.setPlaceholderText(self.tr("e.g. referral details and whether the person was connected"))
        self.scope_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.contact_edit = QLineEdit(data.contact_name, self)
        self.contact_edit.setAccessibleName(self.tr("Contact person"))
        self.phone_edit = QLineEdit(data.contact_phone, self)
        self.phone_edit.setAccessibleName(self.tr("Contact phone"))
        self.email_edit = QLineEdit(data.contact_email, self)
        self.email_edit.setAccessibleName(self.tr("Contact email"))
        self.notes_edit = QPlainTextEdit(data.notes, self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Na&me (required):"), "name", self.name_edit)
        self._row(form, self.tr("&Organisation:"), "organization_id", self.org_search, org_box)
        form.addRow("", self.on_file_check)
        self._row(form, self.tr("&Starts:"), "agreement_start", self.start_edit, start_box)
        self._row(form, self.tr("&Ends:"), "agreement_end", self.end_edit, end_box)
        self._row(form, self.tr("Sco&pe:"), "agreement_scope", self.scope_edit)
        self._row(form, self.tr("&Contact:"), "contact_name", self.contact_edit)
        self._row(form, self.tr("P&hone:"), "contact_phone", self.phone_edit)
        self._row(form, self.tr("Emai&l:"), "contact_email", self.email_edit)
        self._row(form, self.tr("No&tes:"), "notes", self.notes_edit)
        self._make_buttons(self.tr("Sa&ve partner") if existing is None else self.tr("Sa&ve"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.on_file_check.toggled.connect(self._update_dates)
        self.no_end_check.toggled.connect(self._update_dates)
        self._update_dates()
        self._initial = self.current()
        self.name_edit.setFocus()

    def _organization_name(self, organization_id: str) -> str:
        # run_now: one organisation row by key
        name = run_now(lambda: self._services.directory.organization_name(organization_id), self)
        return name or self.tr("(an organisation no longer in the directory)")

    def _fill_organizations(self, text: str) -> None:
        """Organisations whose services match the words typed; the one chosen stays first."""
        # run_now: one page of 50 directory matches (bench/directory_search.py)
        found = run_now(lambda: self._services.directory.search(text, limit=50), self) or []
        self.org_combo.blockSignals(True)
        self.org_combo.clear()
        self.org_combo.addItem(self.tr("Not in the directory"), None)
        if self._organization_id:
            self.org_combo.addItem(self._org_names.get(self._organization_id, ""), self._organization_id)
        seen = {self._organization_id}
        for summary in found:
            name = summary.organization_name
            if name in self._org_names.values() or name in seen:
                continue
            seen.add(name)
            self.org_combo.addItem(name, ("service", summary.id))
        self.org_combo.setCurrentIndex(1 if self._organization_id else 0)
        self.org_combo.blockSignals(False)

    def _org_chosen(self) -> None:
        value = self.org_combo.currentData()
        if value is None:
            self._organization_id = None
            return
        if isinstance(value, tuple):
            # run_now: one service and its locations by key
            detail = run_now(lambda: self._services.directory.get(value[1]), self)
            if detail is None:
                return
            self._organization_id = detail.organization_id
            self._org_names[detail.organization_id] = detail.organization_name
            if not self.name_edit.text().strip():
                self.name_edit.setText(detail.organization_name)
        else:
            self._organization_id = value
        self._clear_error("organization_id")

    def choose_organization(self, text: str) -> bool:
        """Pick the first organisation whose name contains `text` (as a person would after typing it)."""
        self.org_search.setText(text)
        for index in range(self.org_combo.count()):
            if text.casefold() in self.org_combo.itemText(index).casefold() and self.org_combo.itemData(index):
                self.org_combo.setCurrentIndex(index)
                self._org_chosen()
                return True
        return False

    def _update_dates(self) -> None:
        on_file = self.on_file_check.isChecked()
        self.start_edit.setEnabled(on_file)
        self.no_end_check.setEnabled(on_file)
        self.end_edit.setEnabled(on_file and not self.no_end_check.isChecked())

    def partner_input(self) -> Any:
        from rosc_desktop.services.directory import PartnerInput

        on_file = self.on_file_check.isChecked()
        start = self.start_edit.date().toPython() if on_file else None
        end = self.end_edit.date().toPython() if on_file and not self.no_end_check.isChecked() else None
        return PartnerInput(self.name_edit.text(), self._organization_id, on_file, start, end,  # type: ignore[arg-type]
                            self.scope_edit.toPlainText(), self.contact_edit.text(), self.phone_edit.text(),
                            self.email_edit.text(), self.notes_edit.toPlainText())

    def current(self) -> object:
        return self.partner_input()

    def _work(self) -> Callable[[], Any]:
        directory, data = self._services.directory, self.partner_input()
        if self._existing is None:
            return lambda: directory.save_partner(data)
        partner_id, version = self._existing.id, self._existing.version
        return lambda: directory.save_partner(data, partner_id, version)
