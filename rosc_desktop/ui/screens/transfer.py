"""Moving a person's record to another center: asking for it (from the workspace) and receiving it (Sync screen).

The dialog says plainly what will travel and under which consent before anything is queued; the receiving
admin reads the §2.32 notice before the record becomes theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import RoscError
from rosc_desktop.placeholders import fill
from rosc_desktop.services.permissions import Action, allowed
from rosc_desktop.sync import transfer
from rosc_desktop.ui.days import format_day
from rosc_desktop.ui.messages import describe_error, transfer_reason
from rosc_desktop.ui.operations import run_now, run_operation, show_error
from rosc_desktop.ui.tables import pick_list

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


def can_transfer(services: Services) -> bool:
    return allowed(services.actor.role, Action.MANAGE_SYNC)


class TransferDialog(QDialog):
    """Queue one person's record for another center; it leaves with the next bundle to the hub."""

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self.setWindowTitle(self.tr("Transfer to another center"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(self.tr(
            "The record goes to the hub with the next bundle, and on to the receiving center. It can go only under "
            "a current written consent that names the receiving center for care coordination; what travels is "
            "what that consent covers, with the federal confidentiality notice (42 CFR § 2.32)."))
        intro.setWordWrap(True)
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Receiving center"))
        # run_now: the few peer state rows the hub sent
        sites = run_now(lambda: transfer.known_sites(services), self) or []
        for site in sites:
            self.site_combo.addItem(f"{site['name']} ({site['code']})", site["code"])
        form = QFormLayout()
        form.addRow(self.tr("&Receiving center:"), self.site_combo)
        self.no_sites = QLabel(self.tr("The hub has not listed any other center yet. Import the hub's latest "
                                       "bundle first: it says which centers take part."))
        self.no_sites.setWordWrap(True)
        self.no_sites.setVisible(not sites)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(self.tr("&Send with the next bundle"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._send)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.no_sites)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # Wrapped labels report their height for the width they get: let the layout grow the dialog to fit.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(560)
        self.send_button.setEnabled(bool(sites))

    def _send(self) -> None:
        code = self.site_combo.currentData()
        if not code:
            return
        try:
            transfer.request_transfer(self._services, self._participant_id, code)
        except RoscError as exc:
            _title, text = describe_error(exc)
            self.error_label.setText(text)
            self.error_label.show()
            self.adjustSize()
            return
        except Exception as exc:  # a disk or database problem: the shared dialog explains it
            show_error(self, exc)
            return
        self.accept()


class TransfersPanel(QWidget):
    """Transfers out and in. A waiting one is accepted after reading the notice, or declined with a reason; one
    this center asked for can be cancelled while it is on its way. Why one is held back, refused or declined is
    said beneath the list."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._rows: list[transfer.TransferView] = []
        self.table = pick_list([self.tr("Direction"), self.tr("Center"), self.tr("Person"), self.tr("Status"),
                                self.tr("Date")], self.tr("Transfers"), self)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Why"))
        self.reason_label.hide()
        self.open_button = QPushButton(self.tr("Read the &notice and accept…"))
        self.open_button.clicked.connect(self.open_selected)
        self.cancel_button = QPushButton(self.tr("Cance&l this transfer…"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.empty_label = QLabel(self.tr("No transfers. A person's record moves here when another center sends "
                                          "it through the hub, under their consent."))
        self.empty_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason_label)
        layout.addLayout(buttons)
        self.reload()

    def _status_words(self, view: transfer.TransferView) -> str:
        words = {
            "pending": self.tr("Waiting for the next bundle"),
            "sent": self.tr("Sent to the hub"),
            "delivered": self.tr("Delivered"),
            "waiting": self.tr("Waiting for you to accept"),
            "accepted": self.tr("Accepted"),
            "declined": self.tr("Declined"),
            "refused": self.tr("Refused"),
            "cancelled": self.tr("Cancelled"),
        }
        if view.status == "pending" and view.reason:
            return self.tr("Held back")
        return words.get(view.status, view.status)

    def reload(self) -> None:
        # run_now: the few transfers under way; each waiting one is a package of a few KB, opened to count its parts
        rows = run_now(lambda: transfer.transfers(self._services), self)
        self._rows = [r for r in (rows or []) if r.direction in ("out", "in", "relay")]
        self.table.setRowCount(len(self._rows))
        directions = {"out": self.tr("To"), "in": self.tr("From"), "relay": self.tr("Passing through")}
        for i, view in enumerate(self._rows):
            center = view.to_site if view.direction == "out" else view.from_site
            if view.direction == "relay":
                center = f"{view.from_site} → {view.to_site}"
            cells = [directions[view.direction], center, view.person, self._status_words(view),
                     format_day(view.updated_at.astimezone().date())]
            why = transfer_reason(view.status, view.reason)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if why:
                    item.setToolTip(why)
                self.table.setItem(i, j, item)
        self.table.setVisible(bool(self._rows))
        self.open_button.setVisible(bool(self._rows))
        self.cancel_button.setVisible(any(v.direction == "out" for v in self._rows))
        self.empty_label.setVisible(not self._rows)
        self._selection_changed()

    def _selected(self) -> transfer.TransferView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        view = self._selected()
        self.open_button.setEnabled(view is not None and view.direction == "in" and view.status == "waiting")
        self.cancel_button.setEnabled(view is not None and view.can_cancel)
        why = transfer_reason(view.status, view.reason) if view is not None else ""
        self.reason_label.setText(why)
        self.reason_label.setVisible(bool(why))

    def cancel_selected(self) -> None:
        view = self._selected()
        if view is None or not view.can_cancel:
            return
        text = self.tr("The record stays here, and the receiving center can no longer accept it.") \
            if view.status == "pending" else self.tr(
                "It has left already: the next bundle tells the hub to stop passing it on. If the receiving center "
                "has accepted it meanwhile, it stays there and this page will say Delivered.")
        answer = QMessageBox.question(self, self.tr("Cancel this transfer?"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        services = self._services
        run_operation(self, lambda: transfer.cancel_transfer(services, view.id), on_done=self._settled,
                      on_error=self._failed)

    def open_selected(self) -> None:
        view = self._selected()
        if view is None or view.direction != "in" or view.status != "waiting":
            return
        dialog = ReceiveTransferDialog(view, self)
        result = dialog.exec()
        services = self._services
        if result == ReceiveTransferDialog.ACCEPT:
            # Off the GUI thread: it checks the signature, opens the package and writes the whole record.
            run_operation(self, lambda: transfer.accept_transfer(services, view.id), on_done=self._accepted,
                          on_error=self._failed)
        elif result == ReceiveTransferDialog.DECLINE:
            reason = dialog.decline_reason()
            run_operation(self, lambda: transfer.decline_transfer(services, view.id, reason),
                          on_done=self._settled, on_error=self._failed)

    def _accepted(self, new_id: str) -> None:
        self._settled(new_id)
        QMessageBox.information(self, self.tr("Transfer accepted"), self.tr(
            "The record is now this center's. Find the person in the participant list."))

    def _settled(self, _result: object) -> None:
        self.reload()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.reload()


class ReceiveTransferDialog(QDialog):
    ACCEPT = 1
    DECLINE = 2

    def __init__(self, view: transfer.TransferView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Record transferred from %1"), view.from_site))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(fill(self.tr("%1 sends a person's record (%n part(s)) under the person's written consent. "
                                    "Read the notice that comes with it, then accept the record as this center's, or "
                                    "decline it.", None, view.rows), view.from_site))
        intro.setWordWrap(True)
        notice = QPlainTextEdit()
        notice.setReadOnly(True)
        # The notice was written in English by the sender; shown in this app's language where translated.
        notice.setPlainText(QCoreApplication.translate("ConsentForm", view.notice) if view.notice else "")
        notice.setAccessibleName(self.tr("Confidentiality notice (42 CFR § 2.32)"))
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Why decline"))
        reasons = {"person_not_here": self.tr("The person has not come to this center"),
                   "already_registered": self.tr("The person is already registered here"),
                   "wrong_center": self.tr("This is the wrong center"),
                   "other": self.tr("Another reason")}
        for code in transfer.DECLINE_REASONS[1:] + transfer.DECLINE_REASONS[:1]:
            self.reason_combo.addItem(reasons[code], code)
        reason_row = QFormLayout()
        reason_row.addRow(self.tr("If you decline, &why (the sender is told):"), self.reason_combo)
        buttons = QDialogButtonBox()
        accept = buttons.addButton(self.tr("&Accept the record"), QDialogButtonBox.ButtonRole.AcceptRole)
        decline = buttons.addButton(self.tr("&Decline"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        accept.clicked.connect(lambda: self.done(self.ACCEPT))
        decline.clicked.connect(lambda: self.done(self.DECLINE))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Notice to the recipient (42 CFR § 2.32):")))
        layout.addWidget(notice, 1)
        layout.addLayout(reason_row)
        layout.addWidget(buttons)
        notice.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(620, 480)

    def decline_reason(self) -> str:
        return str(self.reason_combo.currentData())
