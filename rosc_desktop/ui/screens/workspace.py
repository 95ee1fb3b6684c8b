"""One participant's workspace: a header saying who this is, then the Overview, Goals, Intake, Network (the
support network's eco-map), Referrals, Consents, Check-ins and Setback plan tabs.

The main window opens one per person and asks `maybe_close()` before closing it, so typing in the intake
is never lost without the peer specialist choosing to. A save still under way is waited for before asking,
so the question is about what is really unsaved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services.participants import ParticipantView
from rosc_desktop.ui.operations import change_bus, run_now
from rosc_desktop.ui.screens.checkins import CheckInsTab
from rosc_desktop.ui.screens.consents import ConsentsTab
from rosc_desktop.ui.screens.goals import GoalsTab
from rosc_desktop.ui.screens.intake import IntakeTab
from rosc_desktop.ui.screens.network import NetworkTab
from rosc_desktop.ui.screens.overview import OverviewTab, pathway_labels
from rosc_desktop.ui.screens.referrals import ReferralsTab
from rosc_desktop.ui.screens.setback import SetbackTab

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# Chips take their colours from the palette, so they follow light, dark and high-contrast themes.
CHIP_STYLE = "QLabel { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 9px; }"


class ParticipantWorkspace(QWidget):
    help_topic = "workspace"

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._person: ParticipantView | None = None
        self._details_dialog: QWidget | None = None
        self._details_shown: ParticipantView | None = None

        self.name_label = QLabel()
        name_font = self.name_label.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.7)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pronouns_label = QLabel()
        self.pronouns_label.setAccessibleName(self.tr("Pronouns"))
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        self.edit_button = QPushButton(self.tr("E&dit details…"))
        self.edit_button.clicked.connect(self.edit_details)
        self.print_button = QPushButton(self.tr("Print p&lan…"))
        self.print_button.setToolTip(self.tr("Preview, save or print the recovery plan in the person's language"))
        self.print_button.clicked.connect(self.print_plan)
        self._print_dialog: QDialog | None = None
        from rosc_desktop.ui.screens.transfer import can_transfer

        self.transfer_button = QPushButton(self.tr("Transfer…"))
        self.transfer_button.setToolTip(self.tr("Send this record to another center, under the person's consent"))
        self.transfer_button.clicked.connect(self.transfer)
        self.transfer_button.setVisible(can_transfer(services))

        name_row = QHBoxLayout()
        name_row.setSpacing(12)
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.pronouns_label, 0, Qt.AlignmentFlag.AlignBaseline)
        name_row.addStretch()
        name_row.addWidget(self.transfer_button)
        name_row.addWidget(self.print_button)
        name_row.addWidget(self.edit_button)
        chip_row = QHBoxLayout()
        chip_row.addLayout(self.chips)
        chip_row.addStretch()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(services, participant_id)
        # The goals tab refreshes itself on "goals" and "goals:<this person>" change notices.
        self.goals = GoalsTab(services, participant_id)
        self.intake = IntakeTab(services, participant_id)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.goals, self.tr("&Goals"))
        self.tabs.addTab(self.intake, self.tr("&Intake"))
        # After the intake, as in the first sessions: the conversation, then the map drawn together.
        self.network = NetworkTab(services, participant_id)
        self.tabs.addTab(self.network, self.tr("&Network"))
        self.intake.dirty_changed.connect(self._dirty_changed)
        # After the map: the supports the person has, then the ones they are being connected with.
        self.referrals = ReferralsTab(services, participant_id)
        self.tabs.addTab(self.referrals, self.tr("&Referrals"))
        # Beside referrals: sharing with an agency outside the center needs the person's written consent.
        self.consents = ConsentsTab(services, participant_id)
        self.tabs.addTab(self.consents, self.tr("Cons&ents"))
        self.checkins = CheckInsTab(services, participant_id)
        self.setback = SetbackTab(services, participant_id)
        self.tabs.addTab(self.checkins, self.tr("&Check-ins"))
        self.tabs.addTab(self.setback, self.tr("Setbac&k plan"))
        self.setback.dirty_changed.connect(self._setback_dirty_changed)

        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(6)
        layout.addLayout(name_row)
        layout.addLayout(chip_row)
        layout.addWidget(self.missing_label)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)

        change_bus.changed.connect(self._on_changed)
        self.reload_participant()

    # -- the contract with the main window -------------------------------------------------------------------

    def participant_id(self) -> str:
        return self._participant_id

    def title(self) -> str:
        return self._person.preferred_name if self._person else self.tr("Participant")

    def has_unsaved_changes(self) -> bool:
        # A save under way counts: until it is answered, the typing it carries is not known to be kept.
        return (self.intake.is_saving() or self.intake.has_unsaved_changes()
                or self.setback.is_saving() or self.setback.has_unsaved_changes()
                or self.network.has_unsaved_work() or self.referrals.has_unsaved_work()
                or self.consents.has_unsaved_work())

    def maybe_close(self) -> bool:
        """True when the workspace may close: nothing unsaved, saved now, or the person chose to discard."""
        if not self.intake.wait_for_save():
            self._still_saving()
            return False
        if not self.has_unsaved_changes():
            return True
        if not self._maybe_close_setback():
            return False
        if not self._maybe_close_network():
            return False
        if not self._maybe_close_referrals():
            return False
        if not self._maybe_close_consents():
            return False
        if not (self.intake.is_saving() or self.intake.has_unsaved_changes()):
            return True
        self.tabs.setCurrentWidget(self.intake)
        choice = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            fill(self.tr("The intake for %1 has changes that are not saved yet. Save them?"), self.title()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if choice == QMessageBox.StandardButton.Save:
            return self.intake.save_now()
        return choice == QMessageBox.StandardButton.Discard

    def _still_saving(self) -> None:
        self.tabs.setCurrentWidget(self.intake)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Still saving"),
                          self.tr("The intake is still being saved. Please try again in a moment."),
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- the header ------------------------------------------------------------------------------------------

    def reload_participant(self) -> None:
        # run_now: one participant row by key and its audit row
        person: ParticipantView | None = run_now(lambda: self._services.participants.open(self._participant_id),
                                                 self)
        if person is None:
            self.missing_label.setText(self.tr("This participant record could not be opened."))
            self.missing_label.show()
            self.edit_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        self._person = person
        self.missing_label.hide()
        self.edit_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.name_label.setText(person.preferred_name)
        self.pronouns_label.setText(person.pronouns)
        self.pronouns_label.setVisible(bool(person.pronouns))
        self._show_chips(pathway_labels(person))
        self.overview.show_participant(person)
        self.network.set_centre_label(person.preferred_name)
        self.setWindowTitle(self.title())

    def _show_chips(self, labels: list[str]) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for text in labels:
            chip = QLabel(text)
            chip.setStyleSheet(CHIP_STYLE)
            chip.setAccessibleName(fill(self.tr("Recovery pathway: %1"), text))
            self.chips.addWidget(chip)

    def edit_details(self) -> None:
        if self._person is None:
            return
        # Imported here: the form is its own screen, and opening it should not be a cost of every workspace.
        from rosc_desktop.ui.screens.participant_form import ParticipantDialog

        if self._details_dialog is not None:  # one form per person at a time
            return
        self._details_shown = self._person
        dialog = ParticipantDialog(self._services, existing=self._person, parent=self)
        # Opened, not exec'd: a lock hides open dialogs, and hiding would end a nested event loop as a cancel.
        dialog.finished.connect(self._details_edited)
        self._details_dialog = dialog
        dialog.open()

    def print_plan(self) -> None:
        """The recovery plan's preview, with Save as PDF… and Print…; one at a time per person."""
        if self._person is None:
            return
        if self._print_dialog is not None:
            self._print_dialog.activateWindow()
            return
        from rosc_desktop.ui.screens.print_plan import PrintPlanDialog

        dialog = PrintPlanDialog(self._services, self._participant_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._print_closed)
        self._print_dialog = dialog
        dialog.open()

    def transfer(self) -> None:
        """Queue the record for another center; the dialog explains the consent it needs."""
        if self._person is None:
            return
        from rosc_desktop.ui.screens.transfer import TransferDialog

        dialog = TransferDialog(self._services, self._participant_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _print_closed(self, _result: int) -> None:
        self._print_dialog = None

    def _details_edited(self, result: int) -> None:
        dialog, self._details_dialog = self._details_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # The change notice may already have refreshed the header; re-open only if it did not.
        if result == QDialog.DialogCode.Accepted and self._person is self._details_shown:
            self.reload_participant()
        self._details_shown = None

    def _on_changed(self, changes: Changes) -> None:
        if not changes.concerns(Kind.PARTICIPANT, self._participant_id) or self._person is None:
            return
        # Re-opening is audited as a viewing, so only do it when this person's record actually changed
        # (a change notice may be about someone else).
        # run_now: one participant row by key
        rows = run_now(lambda: self._services.participants.rows([self._participant_id]), self)
        if rows is None:
            return
        if not rows:
            self.reload_participant()  # voided elsewhere: say so instead of showing stale details
            return
        row, shown = rows[0], self._person
        if (row.preferred_name, row.pronouns, row.date_of_birth, row.phone) != (
                shown.preferred_name, shown.pronouns, shown.date_of_birth, shown.phone):
            self.reload_participant()

    def _dirty_changed(self, dirty: bool) -> None:
        index = self.tabs.indexOf(self.intake)
        self.tabs.setTabText(index, self.tr("&Intake •") if dirty else self.tr("&Intake"))

    def _maybe_close_setback(self) -> bool:
        """Ask about unsaved typing in the setback plan; True when closing may go on."""
        if not self.setback.wait_for_save():
            self.tabs.setCurrentWidget(self.setback)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Still saving"),
                              self.tr("The setback plan is still being saved. Please try again in a moment."),
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        if not self.setback.has_unsaved_changes():
            return True
        self.tabs.setCurrentWidget(self.setback)
        choice = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            fill(self.tr("The setback plan for %1 has changes that are not saved yet. Save them?"), self.title()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if choice == QMessageBox.StandardButton.Save:
            return self.setback.save_now()
        return choice == QMessageBox.StandardButton.Discard

    def _maybe_close_network(self) -> bool:
        """Ask about typing in an open network dialog (a new member, say); True when closing may go on."""
        if not self.network.has_unsaved_work():
            return True
        self.tabs.setCurrentWidget(self.network)
        choice = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            fill(self.tr("A form on the Network tab for %1 has typing that is not saved yet. Discard it?"),
                 self.title()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if choice != QMessageBox.StandardButton.Discard:
            return False  # the form stays open, in front of the tab, with its typing
        self.network.discard_dialog()
        return True

    def _maybe_close_referrals(self) -> bool:
        """Ask about typing in an open referral dialog; True when closing may go on."""
        if not self.referrals.has_unsaved_work():
            return True
        self.tabs.setCurrentWidget(self.referrals)
        choice = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            fill(self.tr("A form on the Referrals tab for %1 has typing that is not saved yet. Discard it?"),
                 self.title()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if choice != QMessageBox.StandardButton.Discard:
            return False  # the form stays open, in front of the tab, with its typing
        self.referrals.discard_dialog()
        return True

    def _maybe_close_consents(self) -> bool:
        """Ask about typing in an open consent dialog; True when closing may go on."""
        if not self.consents.has_unsaved_work():
            return True
        self.tabs.setCurrentWidget(self.consents)
        choice = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            fill(self.tr("A form on the Consents tab for %1 has typing that is not saved yet. Discard it?"),
                 self.title()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if choice != QMessageBox.StandardButton.Discard:
            return False  # the form stays open, in front of the tab, with its typing
        self.consents.discard_dialog()
        return True

    def _setback_dirty_changed(self, dirty: bool) -> None:
        index = self.tabs.indexOf(self.setback)
        self.tabs.setTabText(index, self.tr("Setbac&k plan •") if dirty else self.tr("Setbac&k plan"))
