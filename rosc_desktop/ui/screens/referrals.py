"""The workspace's Referrals tab: the person's referrals to services in the directory, each followed from
suggested to connected (or closed with a reason), a printable slip in the person's language, one step onto the
support network once connected, and whether a partner agreement covers sharing with the agency.

Dialogs save in the background, keep typing on errors and ask before dropping it (FormDialog).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.clock import center_today
from rosc_desktop.enums import CLOSED_REFERRAL_STATUSES, ReferralStatus
from rosc_desktop.errors import ValidationError
from rosc_desktop.services.permissions import Action, allowed
from rosc_desktop.services.referrals import ReferralView, SharingCover
from rosc_desktop.ui.days import format_day, format_time, moment_pattern, pydate, qdate
from rosc_desktop.ui.record_tree import ID_ROLE, RecordTreeTab
from rosc_desktop.ui.form_dialog import FormDialog, date_edit, plain_editor
from rosc_desktop.ui.operations import change_bus, run_now, run_operation, show_error
from rosc_desktop.ui.save_pdf import ask_pdf_path
from rosc_desktop.util_files import write_atomic

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 50


def status_word(status: str) -> str:
    words = {
        ReferralStatus.SUGGESTED: QCoreApplication.translate("Referrals", "Suggested"),
        ReferralStatus.CONTACTED: QCoreApplication.translate("Referrals", "Contacted"),
        ReferralStatus.APPOINTMENT: QCoreApplication.translate("Referrals", "Appointment"),
        ReferralStatus.CONNECTED: QCoreApplication.translate("Referrals", "Connected"),
        ReferralStatus.ONGOING: QCoreApplication.translate("Referrals", "Ongoing"),
        ReferralStatus.DECLINED: QCoreApplication.translate("Referrals", "Declined"),
        ReferralStatus.NOT_CONNECTED: QCoreApplication.translate("Referrals", "Not connected"),
    }
    return words.get(status, status)  # a status from a newer version (through sync) is shown as it is


class NewReferralDialog(FormDialog):
    """Find a service (type, then Down into the results), then say why in the person's words."""

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None,
                 search: Callable[[str], list[Any]] | None = None) -> None:
        super().__init__(services, participant_id, parent)
        self._search = search or (lambda text: services.directory.search(text, limit=SEARCH_LIMIT))
        self._can_add_services = allowed(services.actor.role, Action.EDIT_DIRECTORY)
        self._directory_empty = False  # known from the unfiltered search the dialog opens with
        self.setWindowTitle(self.tr("New referral"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 130)

        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(self.tr("Find a service"))
        self.search_edit.setPlaceholderText(self.tr("A service, an agency, a need (housing, work…)"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Services found"))
        self.results.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.results.setWordWrap(True)  # a long agency name wraps rather than hide behind a scroll bar
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_note = QLabel(self)
        self.results_note.setWordWrap(True)
        self.reason_edit = plain_editor(self, 3, self.tr("Reason, in the person's words, required"))
        self.ask_for_edit = QLineEdit(self)
        self.ask_for_edit.setAccessibleName(self.tr("Who to ask for"))
        self.bring_edit = plain_editor(self, 2, self.tr("What to bring"))
        today = center_today()
        self.follow_up_edit = date_edit(self, today + timedelta(days=7), self.tr("Follow up on"), earliest=today)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        search_label = QLabel(self.tr("&Find a service:"), self)
        search_label.setBuddy(self.search_edit)
        form.addRow(search_label, self.search_edit)
        results_box = QWidget(self)
        results_column = QVBoxLayout(results_box)
        results_column.setContentsMargins(0, 0, 0, 0)
        results_column.addWidget(self.results)
        results_column.addWidget(self.results_note)
        self._row(form, self.tr("&Service (required):"), "service_id", self.results, results_box)
        self._row(form, self.tr("R&eason, in the person's words (required):"), "reason", self.reason_edit)
        self._row(form, self.tr("Who to &ask for:"), "ask_for", self.ask_for_edit)
        self._row(form, self.tr("What to &bring:"), "what_to_bring", self.bring_edit)
        self._row(form, self.tr("Follow &up on:"), "follow_up_on", self.follow_up_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._make_buttons(self.tr("&Refer")))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.installEventFilter(self)
        # On a chosen service, not on any current-item change: focus alone makes the first row current
        # without choosing it, which used to wipe the "choose a service" message as it appeared.
        self.results.itemSelectionChanged.connect(self._service_choice_changed)
        self.run_search()
        self._initial = self.current()
        self.search_edit.setFocus()

    def current(self) -> object:
        return (self.selected_service_id(), self.reason_edit.toPlainText(), self.ask_for_edit.text(),
                self.bring_edit.toPlainText(), self.follow_up_edit.date())

    def selected_service_id(self) -> str | None:
        item = self.results.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search_edit.text().strip()
        # run_now: one page of directory matches (bench/directory_search.py)
        found = run_now(lambda: self._search(text), self)
        if found is None:
            return
        keep = self.selected_service_id()
        self.results.clear()
        for summary in found:
            where = ", ".join(p for p in (summary.organization_name, summary.city) if p)
            item = QListWidgetItem(f"{summary.name} — {where}" if where else summary.name)
            item.setData(ID_ROLE, summary.id)
            self.results.addItem(item)
            if summary.id == keep:
                self.results.setCurrentItem(item)
        if not text:
            self._directory_empty = not found
        if not found:
            self.results_note.setText(self._empty_directory_text() if self._directory_empty
                                      else self.tr("No service matches. Try fewer or other words."))
        elif len(found) >= SEARCH_LIMIT:
            self.results_note.setText(fill(self.tr("Showing the first %1. Type more to narrow the list."),
                                           str(SEARCH_LIMIT)))
        else:
            self.results_note.setText("")
        self.results_note.setVisible(bool(self.results_note.text()))

    def _service_choice_changed(self) -> None:
        if self.selected_service_id() is not None:
            self._clear_error("service_id")

    def _empty_directory_text(self) -> str:
        if self._can_add_services:
            return self.tr("The directory has no services yet. Add one on the Directory tab with Add local "
                           "entry…, or bring in a directory file with Import… there.")
        return self.tr("The directory has no services yet. A coordinator or admin adds them on the Directory "
                       "tab (Add local entry… or Import…).")

    def _field_message(self, error: ValidationError) -> str:
        if error.field == "service_id" and error.code == "choose_service" and self._directory_empty:
            return self._empty_directory_text()
        return super()._field_message(error)

    def _show_error(self, field: str, text: str, *, focus: bool = True) -> None:
        if field == "service_id" and self._directory_empty:
            self.results_note.hide()  # its words are now the error beside the list; once is enough
        super()._show_error(field, text, focus=focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            if self._timer.isActive():
                self.run_search()  # typed fast, then Down: the list shows what was typed
            if self.results.count():
                if self.results.currentItem() is None or not self.results.currentItem().isSelected():
                    self.results.setCurrentRow(0)
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _work(self) -> Callable[[], Any]:
        service_id = self.selected_service_id()
        if service_id is None:
            raise ValidationError("choose_service", field="service_id")
        referrals = self._services.referrals
        pid = self._participant_id
        reason, ask_for = self.reason_edit.toPlainText(), self.ask_for_edit.text()
        bring, follow_up = self.bring_edit.toPlainText(), pydate(self.follow_up_edit.date())
        return lambda: referrals.refer(pid, service_id, reason, ask_for=ask_for, what_to_bring=bring,
                                       follow_up_on=follow_up)


class StatusDialog(FormDialog):
    """The referral's next step: the new status, when, a note; a reason when it closes; the appointment's
    date and time; and when to follow up next."""

    def __init__(self, services: Services, referral: ReferralView, parent: QWidget | None = None) -> None:
        super().__init__(services, referral.participant_id, parent)
        self._referral = referral
        self.setWindowTitle(self.tr("Update the referral"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        today = center_today()

        self.status_combo = QComboBox(self)
        for status in referral.next_statuses():
            text = status_word(status)
            if status == referral.status:
                text = fill(self.tr("%1 (a new date)"), text)
            self.status_combo.addItem(text, status)
        self.status_combo.setAccessibleName(self.tr("New status"))
        self.on_edit = date_edit(self, today, self.tr("Date of this step"), earliest=referral.status_on,
                                  latest=today)
        self.appointment_edit = QDateTimeEdit(QDateTime(qdate(today + timedelta(days=1)), QTime(10, 0)), self)
        self.appointment_edit.setCalendarPopup(True)
        self.appointment_edit.setDisplayFormat(moment_pattern())
        self.appointment_edit.setAccessibleName(self.tr("Appointment date and time"))
        self.closed_edit = plain_editor(self, 2, self.tr("Why it closed, required"))
        self.note_edit = plain_editor(self, 2, self.tr("Note"))
        self.follow_check = QCheckBox(self.tr("&Follow up on:"), self)
        self.follow_check.setAccessibleName(self.tr("Set a follow-up"))
        self.follow_edit = date_edit(self, today + timedelta(days=7), self.tr("Follow-up date"), earliest=today)
        follow_row = QWidget(self)
        follow_line = QHBoxLayout(follow_row)
        follow_line.setContentsMargins(0, 0, 0, 0)
        follow_line.addWidget(self.follow_check)
        follow_line.addWidget(self.follow_edit)
        follow_line.addStretch()

        heading = QLabel(fill(self.tr("%1 — now: %2"),
                              referral.service_name or self.tr("Service"), status_word(referral.status)), self)
        heading.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        self._row(form, self.tr("New s&tatus:"), "status", self.status_combo)
        self._row(form, self.tr("&Date:"), "on", self.on_edit)
        self._row(form, self.tr("&Appointment:"), "appointment_at", self.appointment_edit)
        self._row(form, self.tr("&Why it closed (required):"), "closed_reason", self.closed_edit)
        self._row(form, self.tr("&Note:"), "note", self.note_edit)
        self._follow_box = self._with_error("follow_up_on", self.follow_edit, follow_row)
        form.addRow(self._follow_box)
        self.follow_check.toggled.connect(self.follow_edit.setEnabled)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._make_buttons(self.tr("&Save")))
        self.status_combo.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._status_changed()
        self._initial = self.current()

    def chosen_status(self) -> str:
        return str(self.status_combo.currentData() or "")

    def _status_changed(self) -> None:
        status = self.chosen_status()
        closing = status in CLOSED_REFERRAL_STATUSES
        connected = status in (ReferralStatus.CONNECTED, ReferralStatus.ONGOING)
        self._form.setRowVisible(self.appointment_edit.parentWidget(), status == ReferralStatus.APPOINTMENT)
        self._form.setRowVisible(self.closed_edit.parentWidget(), closing)
        self._form.setRowVisible(self._follow_box, not closing)
        # Still on the way: a next follow-up by default. Connected or closed: Today has nothing to chase.
        self.follow_check.setChecked(not closing and not connected)
        self.follow_edit.setEnabled(self.follow_check.isChecked())

    def current(self) -> object:
        return (self.chosen_status(), self.on_edit.date(), self.appointment_edit.dateTime(),
                self.closed_edit.toPlainText(), self.note_edit.toPlainText(), self.follow_check.isChecked(),
                self.follow_edit.date())

    def _work(self) -> Callable[[], Any]:
        status = self.chosen_status()
        referrals, referral_id = self._services.referrals, self._referral.id
        on = pydate(self.on_edit.date())
        note, closed = self.note_edit.toPlainText(), self.closed_edit.toPlainText()
        appointment: datetime | None = None
        if status == ReferralStatus.APPOINTMENT:
            appointment = self.appointment_edit.dateTime().toPython().astimezone()  # local time as typed
        follow = pydate(self.follow_edit.date()) if self.follow_check.isChecked() and \
            status not in CLOSED_REFERRAL_STATUSES else None
        return lambda: referrals.move(referral_id, status, on=on, note=note, closed_reason=closed,
                                      appointment_at=appointment, follow_up_on=follow)


class ReferralsTab(QWidget, RecordTreeTab):
    help_topic = "referrals"
    record_type = ReferralView

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None,
                 search: Callable[[str], list[Any]] | None = None) -> None:
        super().__init__(parent)
        self._start(services, participant_id)
        self._search = search

        self.new_button = QPushButton(self.tr("Ne&w referral…"))
        self.new_button.setToolTip(self.tr("Refer the person to a service in the directory"))
        self.status_button = QPushButton(self.tr("&Update status…"))
        self.slip_button = QPushButton(self.tr("&Print slip…"))
        self.slip_button.setToolTip(self.tr("Save the referral slip as a PDF, in the person's language"))
        self.network_button = QPushButton(self.tr("&Add to network"))
        self.network_button.setToolTip(self.tr("Put this connected service on the person's support network"))

        self._build_list(self.tr("Referrals"),
                         [self.tr("Service"), self.tr("Status"), self.tr("Since"), self.tr("Next follow-up")], 48,
                         self.tr("No referrals yet. Use New referral… to connect the person with a service from the "
                                 "directory."),
                         self.tr("Referral details"))
        self.cover = QLabel()
        self.cover.setWordWrap(True)
        self.cover.setFrameShape(QFrame.Shape.StyledPanel)
        self.cover.setStyleSheet("QLabel { padding: 6px; }")
        self.cover.setAccessibleName(self.tr("Information sharing"))

        layout = self._lay_out([self.new_button, self.status_button, self.slip_button, self.network_button])
        layout.addWidget(self.cover)

        self.new_button.clicked.connect(self.new_referral)
        self.status_button.clicked.connect(self.update_status)
        self.slip_button.clicked.connect(self.print_slip)
        self.network_button.clicked.connect(self.add_to_network)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.tree.itemActivated.connect(lambda *_: self.update_status())
        change_bus.changed.connect(self._on_changed)
        self.reload()

    # -- the contract with the workspace and tests ---------------------------------------------------------

    def referrals(self) -> list[ReferralView]:
        return list(self._records.values())

    def default_slip_name(self) -> str:
        from rosc_desktop.documents.referral_slip import slip_file_name

        return slip_file_name(center_today())

    def reload(self) -> None:
        # run_now: one person's referrals by index
        rows = run_now(lambda: self._services.referrals.for_person(self._participant_id), self)
        if rows is None:
            return
        self._fill(rows, self._item_for)

    def _item_for(self, view: ReferralView) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.row_texts(view))
        if view.service_gone:
            item.setToolTip(0, self.tr("This service is no longer in the directory. The referral is kept."))
        return item

    def row_texts(self, view: ReferralView) -> list[str]:
        service = view.service_name or self.tr("(service removed)")
        if view.service_gone:
            service = fill(self.tr("%1 — no longer in the directory"), service)
        follow = format_day(qdate(view.follow_up_on)) if view.follow_up_on else ""
        return [service, status_word(view.status), format_day(qdate(view.status_on)), follow]

    # -- showing one --------------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        view = self.selected()
        self.status_button.setEnabled(view is not None and not view.is_closed)
        self.slip_button.setEnabled(view is not None)
        self.network_button.setEnabled(view is not None and view.can_join_network)
        if view is None:
            self.details.clear()
            self.cover.hide()
            return
        self.details.setText(self._details(view))
        # run_now: one referral, its partner and the person's consents, by key and index
        cover = run_now(lambda: self._services.referrals.sharing_cover(view.id), self)
        self.cover.setText(self.cover_text(cover) if cover is not None else "")
        self.cover.setVisible(cover is not None)

    def _details(self, view: ReferralView) -> str:
        lines = []
        if view.organization_name:
            lines.append(view.organization_name)
        lines.append(fill(self.tr("Reason: %1"), view.reason))
        if view.ask_for:
            lines.append(fill(self.tr("Ask for: %1"), view.ask_for))
        if view.appointment_at is not None and view.status == ReferralStatus.APPOINTMENT:
            local = view.appointment_at.astimezone()
            lines.append(fill(self.tr("Appointment: %1 at %2"),
                              format_day(qdate(local.date())), format_time(view.appointment_at)))
        if view.closed_reason:
            lines.append(fill(self.tr("Why it closed: %1"), view.closed_reason))
        if view.network_member_id:
            lines.append(self.tr("On the support network."))
        steps = "; ".join(f"{status_word(e.status)} {format_day(qdate(e.occurred_on))}" for e in view.history)
        lines.append(fill(self.tr("History: %1"), steps))
        return "\n".join(lines)

    def cover_text(self, cover: SharingCover) -> str:
        partner = cover.partner
        if partner is None:
            agreement = self.tr("No information-sharing agreement on file.")
        elif cover.agreement_current and partner.agreement_end is not None:
            agreement = fill(self.tr("Partner agency: agreement on file until %1."),
                             format_day(qdate(partner.agreement_end)))
        elif cover.agreement_current:
            agreement = self.tr("Partner agency: agreement on file.")
        else:
            agreement = self.tr("Partner agency, but no current information-sharing agreement on file.")
        decision = cover.consent
        if decision is None:
            return agreement
        if decision.allowed:
            consent = self.tr("Consent: the person's consent covers sharing this referral with them.")
        else:
            consent = self.tr("Consent: no current consent covers sharing with them; ask the person first.")
        return agreement + "\n" + consent

    # -- acting -------------------------------------------------------------------------------------------

    def _saved(self, view: ReferralView) -> None:
        self.select(view.id)  # the list itself is reloaded by the change notice

    def new_referral(self) -> None:
        self._open(NewReferralDialog(self._services, self._participant_id, self, search=self._search))

    def update_status(self) -> None:
        view = self.selected()
        if view is not None and not view.is_closed:
            self._open(StatusDialog(self._services, view, self))

    def add_to_network(self) -> None:
        view = self.selected()
        if view is None or not view.can_join_network:
            return
        self.network_button.setEnabled(False)
        referrals = self._services.referrals

        def failed(error: BaseException) -> None:
            self._selection_changed()
            show_error(self, error)

        run_operation(self, lambda: referrals.add_to_network(view.id), on_error=failed,
                      on_done=lambda _id: self._show_note(fill(self.tr("%1 is now on the support network."),
                                                               view.service_name)))

    def print_slip(self) -> None:
        view = self.selected()
        if view is None:
            return
        target = ask_pdf_path(self, self.tr("Save the referral slip"), self.default_slip_name())
        if target is None:
            return
        referrals, referral_id = self._services.referrals, view.id

        def work() -> None:
            from rosc_desktop.documents.referral_slip import render_referral_slip

            slip = referrals.slip_data(referral_id)
            write_atomic(target, render_referral_slip(slip, slip.language), mode=0o600)

        run_operation(self, work, on_done=lambda _r: self._show_note(
            fill(self.tr("The slip was saved as %1 in %2."), target.name, str(target.parent))))

    def _on_changed(self, changes: Changes) -> None:
        pid = self._participant_id
        if changes.concerns(Kind.REFERRALS, pid) or changes.concerns(Kind.FOLLOWUPS, pid):
            self.reload()
