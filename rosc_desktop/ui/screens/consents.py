"""The workspace's Consents tab: the person's written consents to share outside the center (42 CFR Part 2),
each with its status at a glance (active, expiring soon, expired, revoked, not yet in effect); a form to record
a signed consent with every required element, revocation with its date, and the printable pre-filled form in
the person's language.

Dialogs save in the background, keep typing on errors and ask before dropping it (FormDialog).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.i18n import Context
from rosc_desktop.clock import center_today
from rosc_desktop.errors import ValidationError
from rosc_desktop.services.consents import ConsentInput, ConsentStatus, ConsentView, problems, status
from rosc_desktop.ui.days import format_day, pydate, qdate
from rosc_desktop.ui.record_tree import RecordTreeTab
from rosc_desktop.ui.form_dialog import FormDialog, date_edit, plain_editor
from rosc_desktop.ui.operations import change_bus, run_now, run_operation
from rosc_desktop.ui.save_pdf import ask_pdf_path
from rosc_desktop.ui.screens.partners import can_manage_partners
from rosc_desktop.ui.fitting import VerticalScrollArea, resize_within_screen
from rosc_desktop.util_files import write_atomic

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

KINDS = ("contact", "intake", "goals", "network", "checkins", "referrals", "substance_use_records")


# lupdate reads `Consents.tr("…")` as a message of the Consents context; a helper wrapping translate() hides the
# words from it, and they stayed English under Spanish.
Consents = Context("Consents")


def status_word(state: str) -> str:
    words = {
        ConsentStatus.ACTIVE: Consents.tr("Active"),
        ConsentStatus.EXPIRING_SOON: Consents.tr("Expiring soon"),
        ConsentStatus.EXPIRED: Consents.tr("Expired"),
        ConsentStatus.REVOKED: Consents.tr("Revoked"),
        ConsentStatus.NOT_YET_EFFECTIVE: Consents.tr("Not yet in effect"),
    }
    return words.get(state, state)


def purpose_word(code: str) -> str:
    words = {
        "treatment": Consents.tr("Treatment"),
        "payment": Consents.tr("Payment"),
        "operations": Consents.tr("Health care operations"),
        "care_coordination": Consents.tr("Care coordination"),
        "at_patient_request": Consents.tr("At the person's request"),
        "other": Consents.tr("Other"),
        "any": Consents.tr("Any purpose"),
    }
    return words.get(code, code)


def kind_word(code: str) -> str:
    words = {
        "contact": Consents.tr("Contact details"),
        "intake": Consents.tr("Intake"),
        "goals": Consents.tr("Goals"),
        "network": Consents.tr("Support network"),
        "checkins": Consents.tr("Check-ins"),
        "referrals": Consents.tr("Referrals"),
        "substance_use_records": Consents.tr("Substance use records"),
        "all": Consents.tr("All records"),
    }
    return words.get(code, code)


class ConsentDialog(FormDialog):
    """Record a signed consent: who receives, why, what, from when until when, and how it was signed."""

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(services, participant_id, parent)
        self.setWindowTitle(self.tr("Add consent"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        today = center_today()

        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("A partner agency"), "partner")
        self.kind_combo.addItem(self.tr("The hub"), "hub")
        self.kind_combo.addItem(self.tr("A named person"), "person")
        self.kind_combo.setAccessibleName(self.tr("Recipient kind"))
        self.partner_combo = QComboBox(self)
        self.partner_combo.setAccessibleName(self.tr("Partner agency"))
        # run_now: the partner agencies: tens of rows
        partners = run_now(lambda: services.directory.partners(), self) or []
        for partner in partners:
            self.partner_combo.addItem(partner.name, partner.id)
        self.partner_combo.setCurrentIndex(-1)
        self.partner_combo.setPlaceholderText(self.tr("Choose a partner agency") if partners
                                              else self.tr("No partner agencies yet"))
        # Partners are kept elsewhere (the Directory tab): a person looking for a missing one must learn where.
        self.partner_hint = QLabel(self._partner_hint(bool(partners), can_manage_partners(services)), self)
        self.partner_hint.setWordWrap(True)
        self.partner_hint.setAccessibleName(self.tr("Where partner agencies are added"))
        partner_box = QWidget(self)
        partner_column = QVBoxLayout(partner_box)
        partner_column.setContentsMargins(0, 0, 0, 0)
        partner_column.setSpacing(2)
        partner_column.addWidget(self.partner_combo)
        partner_column.addWidget(self.partner_hint)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Recipient's name"))
        self.recipient_description_edit = QLineEdit(self)
        self.recipient_description_edit.setAccessibleName(self.tr("Recipient description"))
        self.recipient_description_edit.setPlaceholderText(self.tr("For example: the housing case workers"))

        self.purpose_combo = QComboBox(self)
        for code in ("care_coordination", "treatment", "payment", "operations", "at_patient_request", "other"):
            self.purpose_combo.addItem(purpose_word(code), code)
        self.purpose_combo.setAccessibleName(self.tr("Purpose"))
        self.purpose_edit = plain_editor(self, 2, self.tr("Purpose in words"))
        self.tpo_check = QCheckBox(self.tr("A &treatment, payment or operations (TPO) consent"), self)

        self.kind_checks: dict[str, QCheckBox] = {}
        kinds_box = QWidget(self)
        grid = QGridLayout(kinds_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate((*KINDS, "all")):
            check = QCheckBox(kind_word(code), kinds_box)
            check.setAccessibleName(fill(self.tr("Share: %1"), kind_word(code)))
            self.kind_checks[code] = check
            grid.addWidget(check, i // 2, i % 2)
        self.info_description_edit = QLineEdit(self)
        self.info_description_edit.setAccessibleName(self.tr("Description of the information"))

        self.effective_edit = date_edit(self, today, self.tr("Effective from"))
        self.expires_check = QCheckBox(self.tr("Ends &on:"), self)
        self.expires_check.setAccessibleName(self.tr("Has an end date"))
        self.expires_check.setChecked(True)
        self.expires_edit = date_edit(self, today + timedelta(days=365), self.tr("End date"))
        expires_row = QWidget(self)
        expires_line = QHBoxLayout(expires_row)
        expires_line.setContentsMargins(0, 0, 0, 0)
        expires_line.addWidget(self.expires_check)
        expires_line.addWidget(self.expires_edit)
        expires_line.addStretch()
        self.expires_check.toggled.connect(self.expires_edit.setEnabled)
        self.event_edit = QLineEdit(self)
        self.event_edit.setAccessibleName(self.tr("Ends at an event"))
        self.event_edit.setPlaceholderText(self.tr("For example: end of treatment"))

        self.signed_how_combo = QComboBox(self)
        self.signed_how_combo.addItem(self.tr("On paper, by the person"), "paper")
        self.signed_how_combo.addItem(self.tr("Electronically, by the person"), "electronic")
        self.signed_how_combo.addItem(self.tr("By an authorised person"), "authorised_person")
        self.signed_how_combo.setAccessibleName(self.tr("How it was signed"))
        self.signed_on_edit = date_edit(self, today, self.tr("Signed on"), latest=today)
        self.signed_by_edit = QLineEdit(self)
        self.signed_by_edit.setAccessibleName(self.tr("Authorised person's name"))
        self.witness_edit = QLineEdit(self)
        self.witness_edit.setAccessibleName(self.tr("Witness"))
        self.notice_check = QCheckBox(self.tr("The person was given the notice &about their rights"), self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        self._row(form, self.tr("&Recipient:"), "recipient_kind", self.kind_combo)
        self._row(form, self.tr("&Partner agency (required):"), "recipient_partner_id", self.partner_combo,
                  partner_box)
        self._partner_row = partner_box.parentWidget()
        partner_column.insertWidget(1, self._errors["recipient_partner_id"])  # the error right under the list
        self._row(form, self.tr("Recipient's na&me:"), "recipient_name", self.name_edit)
        self._row(form, self.tr("Recipient &description:"), "recipient_description",
                  self.recipient_description_edit)
        self._row(form, self.tr("P&urpose:"), "purpose_code", self.purpose_combo)
        self._row(form, self.tr("Purpose in &words:"), "purpose", self.purpose_edit)
        form.addRow(self.tpo_check)
        self._row(form, self.tr("In&formation (required):"), "information_kinds", self.kind_checks["contact"],
                  kinds_box)
        self._row(form, self.tr("Descri&be the information:"), "information_description", self.info_description_edit)
        self._row(form, self.tr("&Effective from:"), "effective_on", self.effective_edit)
        self._row(form, self.tr("End date:"), "expires_on", self.expires_edit, expires_row)
        self._row(form, self.tr("Or ends at an e&vent:"), "expiry_event", self.event_edit)
        self._row(form, self.tr("S&igned:"), "signed_how", self.signed_how_combo)
        self._row(form, self.tr("Si&gned on:"), "signed_on", self.signed_on_edit)
        self._row(form, self.tr("Aut&horised person's name:"), "signed_by_name", self.signed_by_edit)
        self._row(form, self.tr("Wit&ness:"), "witness", self.witness_edit)
        form.addRow(self.notice_check)

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addLayout(form)
        column.addStretch(1)  # spare height goes below the form, not into its rows
        scroll = VerticalScrollArea(body, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._make_buttons(self.tr("&Save")))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.signed_how_combo.currentIndexChanged.connect(lambda _i: self._signed_how_changed())
        self.kind_checks["all"].toggled.connect(self._all_toggled)
        self._kind_changed()
        self._signed_how_changed()
        # A minimum width set by hand stops the layout from asking for its own: take the wider of the two, so a
        # longer translation widens the form instead of being cut at its side.
        self.setMinimumWidth(max(self.minimumWidth(), layout.minimumSize().width()))
        resize_within_screen(self, self.minimumWidth(), self.fontMetrics().lineSpacing() * 48)
        self._initial = self.current()

    def _partner_hint(self, any_partners: bool, can_add: bool) -> str:
        if any_partners:
            return (self.tr("To add a partner agency, use Partners… on the Directory tab.") if can_add else
                    self.tr("A coordinator or admin adds partner agencies, with Partners… on the Directory tab."))
        if can_add:
            return self.tr("No partner agencies yet. To add one, use Partners… on the Directory tab, or choose The "
                           "hub or A named person as the recipient.")
        return self.tr("No partner agencies yet. A coordinator or admin adds them, with Partners… on the Directory "
                       "tab; until then, choose The hub or A named person as the recipient.")

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self._form.setRowVisible(self._partner_row, kind == "partner")
        self._form.setRowVisible(self.name_edit.parentWidget(), kind != "partner")

    def _signed_how_changed(self) -> None:
        self._form.setRowVisible(self.signed_by_edit.parentWidget(),
                                 self.signed_how_combo.currentData() == "authorised_person")

    def _all_toggled(self, checked: bool) -> None:
        for code in KINDS:
            self.kind_checks[code].setEnabled(not checked)

    def chosen_kinds(self) -> list[str]:
        if self.kind_checks["all"].isChecked():
            return ["all"]
        return [code for code in KINDS if self.kind_checks[code].isChecked()]

    def current(self) -> object:
        return (self.kind_combo.currentIndex(), self.partner_combo.currentIndex(), self.name_edit.text(),
                self.recipient_description_edit.text(), self.purpose_combo.currentIndex(),
                self.purpose_edit.toPlainText(), self.tpo_check.isChecked(), tuple(self.chosen_kinds()),
                self.info_description_edit.text(), self.effective_edit.date(), self.expires_check.isChecked(),
                self.expires_edit.date(), self.event_edit.text(), self.signed_how_combo.currentIndex(),
                self.signed_on_edit.date(), self.signed_by_edit.text(), self.witness_edit.text(),
                self.notice_check.isChecked())

    def data(self) -> ConsentInput:
        kind = str(self.kind_combo.currentData())
        partner_id = self.partner_combo.currentData() if kind == "partner" else None
        return ConsentInput(
            recipient_kind=kind, purpose_code=str(self.purpose_combo.currentData()),
            information_kinds=self.chosen_kinds(), effective_on=pydate(self.effective_edit.date()),
            signed_on=pydate(self.signed_on_edit.date()), recipient_partner_id=partner_id,
            recipient_name=self.name_edit.text() if kind != "partner" else "",
            recipient_description=self.recipient_description_edit.text(),
            purpose=self.purpose_edit.toPlainText(), information_description=self.info_description_edit.text(),
            is_tpo=self.tpo_check.isChecked(),
            expires_on=pydate(self.expires_edit.date()) if self.expires_check.isChecked() else None,
            expiry_event=self.event_edit.text(), signed_how=str(self.signed_how_combo.currentData()),
            witness=self.witness_edit.text(),
            signed_by_name=self.signed_by_edit.text() if self.signed_how_combo.currentData() == "authorised_person"
            else "",
            notice_given=self.notice_check.isChecked())

    def _problems(self) -> list[ValidationError]:
        return problems(self.data())

    def _field_message(self, error: ValidationError) -> str:
        if error.field == "recipient_partner_id" and error.code == "required":
            if self.partner_combo.count():
                return self.tr("Choose the partner agency that receives the information.")
            return self.tr("There are no partner agencies to choose from yet.")
        return super()._field_message(error)

    def _work(self) -> Callable[[], Any]:
        data = self.data()
        consents, pid = self._services.consents, self._participant_id
        return lambda: consents.add(pid, data)


class RevokeDialog(FormDialog):
    """A written revocation: the day it was received and a note."""

    def __init__(self, services: Services, consent: ConsentView, parent: QWidget | None = None) -> None:
        super().__init__(services, consent.participant_id, parent)
        self._consent = consent
        self.setWindowTitle(self.tr("Revoke consent"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        today = center_today()
        heading = QLabel(fill(self.tr("Consent to share with %1. From the date below nothing more is shared; what was "
                                      "already shared stays shared."), consent.recipient_name), self)
        heading.setWordWrap(True)
        self.on_edit = date_edit(self, today, self.tr("Revoked on"), latest=today)
        self.on_edit.setMinimumDate(qdate(consent.signed_on))
        self.note_edit = plain_editor(self, 3, self.tr("Revocation note"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Revoked &on:"), "revoked_on", self.on_edit)
        self._row(form, self.tr("&Note:"), "revocation_note", self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._make_buttons(self.tr("&Revoke")))
        self._initial = self.current()

    def current(self) -> object:
        return (self.on_edit.date(), self.note_edit.toPlainText())

    def _work(self) -> Callable[[], Any]:
        consents, consent_id = self._services.consents, self._consent.id
        on, note = pydate(self.on_edit.date()), self.note_edit.toPlainText()
        return lambda: consents.revoke(consent_id, on, note)


class ConsentsTab(QWidget, RecordTreeTab):
    help_topic = "consents"
    record_type = ConsentView

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start(services, participant_id)

        self.add_button = QPushButton(self.tr("&Add consent…"))
        self.add_button.setToolTip(self.tr("Record a consent the person signed"))
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.setToolTip(self.tr("Record that the person took this consent back in writing"))
        self.print_button = QPushButton(self.tr("&Print form…"))
        self.print_button.setToolTip(self.tr("Save the consent form, pre-filled, as a PDF in the person's "
                                             "language"))

        self._build_list(self.tr("Consents"),
                         [self.tr("Recipient"), self.tr("Purpose"), self.tr("Information"), self.tr("Status"),
                          self.tr("Until")], 36,
                         self.tr("No consents recorded. Nothing may be shared outside the center until the person "
                                 "signs one. Print form… gives a form to sign."),
                         self.tr("Consent details"))

        self._lay_out([self.add_button, self.revoke_button, self.print_button])

        self.add_button.clicked.connect(self.add_consent)
        self.revoke_button.clicked.connect(self.revoke)
        self.print_button.clicked.connect(self.print_form)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        change_bus.changed.connect(self._on_changed)
        self.reload()

    # -- the contract with the workspace and tests ---------------------------------------------------------

    def consents(self) -> list[ConsentView]:
        return list(self._records.values())

    def default_form_name(self) -> str:
        from rosc_desktop.documents.consent_form import consent_form_file_name

        return consent_form_file_name(center_today())

    def reload(self) -> None:
        # run_now: one person's consents by index
        rows = run_now(lambda: self._services.consents.for_person(self._participant_id), self)
        if rows is None:
            return
        self._fill(rows, lambda view: QTreeWidgetItem(self.row_texts(view)))
        for column in range(1, self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)  # "Expiring soon" and the dates read in full

    def row_texts(self, view: ConsentView) -> list[str]:
        recipient = view.recipient_name or (self.tr("The hub") if view.recipient_kind == "hub" else "")
        until = format_day(qdate(view.expires_on)) if view.expires_on else view.expiry_event
        kinds = ", ".join(kind_word(k) for k in view.information_kinds)
        return [recipient, purpose_word(view.purpose_code), kinds, status_word(status(view)), until]

    # -- showing one --------------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        view = self.selected()
        self.revoke_button.setEnabled(view is not None and view.revoked_on is None)
        if view is None:
            self.details.clear()
            return
        self.details.setText(self._details(view))

    def _details(self, view: ConsentView) -> str:
        lines = [fill(self.tr("Status: %1"), status_word(status(view)))]
        if view.recipient_description:
            lines.append(view.recipient_description)
        if view.purpose:
            lines.append(fill(self.tr("Purpose: %1"), view.purpose))
        lines.append(fill(self.tr("Effective from %1."), format_day(qdate(view.effective_on))))
        if view.expiry_event:
            lines.append(fill(self.tr("Ends at: %1"), view.expiry_event))
        lines.append(fill(self.tr("Signed on %1."), format_day(qdate(view.signed_on))))
        if view.revoked_on is not None:
            lines.append(fill(self.tr("Revoked on %1."), format_day(qdate(view.revoked_on))))
        if not view.notice_given:
            lines.append(self.tr("The notice about the person's rights is not recorded as given."))
        return "\n".join(lines)

    # -- acting -------------------------------------------------------------------------------------------

    def add_consent(self) -> None:
        self._open(ConsentDialog(self._services, self._participant_id, self))

    def revoke(self) -> None:
        view = self.selected()
        if view is not None and view.revoked_on is None:
            self._open(RevokeDialog(self._services, view, self))

    def print_form(self) -> None:
        """The selected consent's form, pre-filled; with none selected, a form with the names filled in."""
        view = self.selected()
        target = ask_pdf_path(self, self.tr("Save the consent form"), self.default_form_name())
        if target is None:
            return
        consents, pid = self._services.consents, self._participant_id

        def work() -> None:
            from rosc_desktop.documents.consent_form import render_consent_form

            content = consents.form_content(pid, view)
            write_atomic(target, render_consent_form(content, content.language), mode=0o600)

        run_operation(self, work, on_done=lambda _r: self._show_note(
            fill(self.tr("The form was saved as %1 in %2."), target.name, str(target.parent))))

    def _on_changed(self, changes: Changes) -> None:
        if changes.concerns(Kind.CONSENTS, self._participant_id) or changes.touches(Kind.PARTNERS):
            self.reload()
