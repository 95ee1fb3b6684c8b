"""Enrol another site: its trust card pasted or loaded from a file, its fingerprint typed as they read it aloud.

The dialog shows what the card says (site code, name, role) so the admin knows whom to call, but never the
fingerprint computed from the pasted card: shown here, it could be copied into the read-back field and the
phone call skipped, and the call is the only thing that tells a genuine card from a swapped one. Whether the
read-back matches is decided by sync.keys.enrol, which refuses with `fingerprint_mismatch`; the refusal is
shown inside the dialog so the admin can correct one group and try again without pasting the card anew.

A site already enrolled is replaced only after a question: a key that changed without a phone call is
exactly what an attacker's card looks like.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import RoscError
from rosc_desktop.placeholders import fill
from rosc_desktop.sync import keys
from rosc_desktop.ui.form_dialog import error_colour
from rosc_desktop.ui.messages import describe_error, message_for
from rosc_desktop.ui.operations import run_operation

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


def role_word(role: str) -> str:
    words = {"hub": QCoreApplication.translate("SyncKeys", "Hub"),
             "center": QCoreApplication.translate("SyncKeys", "Center")}
    return words.get(role, role)


def ask(parent: QWidget, title: str, text: str, yes_label: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A question opened without blocking (a lock may hide the window meanwhile); `on_yes` runs only on yes.
    Cancel is the default, so Enter alone never confirms something that changes keys."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setAccessibleName(title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _r: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box


class EnrolSiteDialog(QDialog):
    """`result_view` holds the enrolled PeerView once the dialog is accepted."""

    def __init__(self, services: Services, enrolled: dict[str, Any], own_role: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._enrolled = enrolled  # site code -> PeerView, to ask before replacing one
        self._busy = False
        self.result_view: Any = None
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Enrol a site"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)

        intro = QLabel(self.tr(
            "Ask the other site for its trust card and paste its card text here, or load it from a file. Then "
            "call them: they read their fingerprint aloud, group by group, and you type it below."), self)
        intro.setWordWrap(True)
        self.card_edit = QPlainTextEdit(self)
        self.card_edit.setTabChangesFocus(True)
        self.card_edit.setAccessibleName(self.tr("Card text of the other site"))
        self.card_edit.setPlaceholderText("ROSC1:…")
        self.card_edit.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)  # one long token, no spaces
        self.card_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.card_edit.textChanged.connect(self._card_changed)
        self.load_button = QPushButton(self.tr("&Load from a file…"), self)
        self.load_button.clicked.connect(lambda: self.load_file())
        card_row = QWidget(self)
        card_layout = QHBoxLayout(card_row)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card_edit, 1)
        card_layout.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignTop)

        self.card_summary = QLabel(self)
        self.card_summary.setWordWrap(True)
        self.card_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for two lines kept from the start, so the dialog does not jump when a card is pasted.
        self.card_summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        self.card_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("The other site is"))
        for role in keys.ROLES:
            self.role_combo.addItem(role_word(role), role)
        # A center enrols its hub, a hub its centers: the likely answer first, still the admin's to change.
        self.role_combo.setCurrentIndex(self.role_combo.findData("center" if own_role == "hub" else "hub"))

        self.fingerprint_edit = QLineEdit(self)
        self.fingerprint_edit.setAccessibleName(self.tr("Fingerprint, as the other site reads it aloud"))
        self.fingerprint_edit.setPlaceholderText(self.tr("8 groups of 4 letters and digits"))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(max(fixed.pointSizeF(), 10.0) * 1.3)
        self.fingerprint_edit.setFont(fixed)
        self.fingerprint_edit.textChanged.connect(lambda _t: self._hide_error())

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {error_colour(self.palette())}")
        self.error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        card_label = QLabel(self.tr("&Card text:"), self)
        card_label.setBuddy(self.card_edit)
        form.addRow(card_label, card_row)
        form.addRow("", self.card_summary)
        role_label = QLabel(self.tr("&The other site is a:"), self)
        role_label.setBuddy(self.role_combo)
        form.addRow(role_label, self.role_combo)
        fp_label = QLabel(self.tr("&Fingerprint read aloud:"), self)
        fp_label.setBuddy(self.fingerprint_edit)
        form.addRow(fp_label, self.fingerprint_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.enrol_button = self.buttons.addButton(self.tr("&Enrol"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.enrol_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._card_changed()
        self.card_edit.setFocus()

    # -- the card ------------------------------------------------------------------------------------

    def card(self) -> keys.CardData | None:
        try:
            return keys.parse_card(self.card_edit.toPlainText())
        except RoscError:
            return None

    def _card_changed(self) -> None:
        self._hide_error()
        text = self.card_edit.toPlainText().strip()
        data = self.card()
        if data is None:
            self.card_summary.setText(message_for("card_malformed", {}) if text else "")
        else:
            summary = fill(self.tr("Site code: %1 · Name: %2 · Card for a %3."),
                           data.site_code, data.name or self.tr("(none given)"), role_word(data.role).lower())
            known = self._enrolled.get(data.site_code)
            if known is not None:
                summary += " " + self.tr("This site is already enrolled.")
            self.card_summary.setText(summary)
        self.enrol_button.setEnabled(data is not None and not self._busy)

    def load_file(self, path: str | None = None) -> None:
        """Take the card from a text file (the one line that starts with ROSC1:, if there is one)."""
        if path is None:
            path, _chosen = QFileDialog.getOpenFileName(self, self.tr("Load a trust card"), "",
                                                        self.tr("Text files (*.txt);;All files (*)"))
            if not path:
                return
        try:
            line = keys.read_card_file(Path(path))
        except (OSError, RoscError) as error:
            self._show_error(describe_error(error)[1])
            return
        self.card_edit.setPlainText(line)
        self.fingerprint_edit.setFocus()

    # -- enrolling -----------------------------------------------------------------------------------

    def accept(self) -> None:
        data = self.card()
        if self._busy or data is None:
            return
        known = self._enrolled.get(data.site_code)
        if known is None:
            self._enrol(replace=False)
            return
        self._ask_replace(data.site_code)

    def _ask_replace(self, site_code: str) -> None:
        self.question = ask(
            self, self.tr("Replace an enrolled site?"),
            fill(self.tr("%1 is already enrolled here. Enrol this card in its place only if they told you by phone "
                         "that their keys changed (a new computer, say). Bundles signed with the old key will no "
                         "longer be accepted."), site_code),
            self.tr("&Replace"), lambda: self._enrol(replace=True))

    def _enrol(self, *, replace: bool) -> None:
        services, card = self._services, self.card_edit.toPlainText()
        read_back, role = self.fingerprint_edit.text(), self.role_combo.currentData()
        self._set_busy(True)
        run_operation(self, lambda: keys.enrol(services, card, read_back, role, replace=replace),
                      on_done=self._enrolled_ok, on_error=self._failed)

    def _enrolled_ok(self, view: Any) -> None:
        self._set_busy(False)
        self.result_view = view
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, RoscError) and error.code == "peer_key_changed":
            self._ask_replace(str(error.params.get("site_code", "")))
            return
        self._show_error(describe_error(error)[1])
        if isinstance(error, RoscError) and error.code == "fingerprint_mismatch":
            self.fingerprint_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.fingerprint_edit.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.enrol_button.setEnabled(not busy and self.card() is not None)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.fingerprint_edit.setAccessibleDescription(text)  # read out when focus lands on the field

    def _hide_error(self) -> None:
        if not self.error_label.isHidden():
            self.error_label.hide()
            self.fingerprint_edit.setAccessibleDescription("")

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def reject(self) -> None:
        if not self._busy:  # an enrolment in flight decides; closing now would drop its answer
            super().reject()
