"""The keys panel of the Sync screen: this site's trust card, the sites it trusts, enrolment and key changes.

Admins only (Action.MANAGE_SYNC): anyone else sees one sentence saying so, and the panel never asks sync.keys
for anything on their behalf (the service would refuse anyway).

A key change overlaps old and new: "Rotate keys…" makes the next identity; every bundle sent from then on
announces it, signed with the current key, and the receiving sites start encrypting to both. Once every site
has acknowledged the new key, "Finish key change…" retires the old one (kept to open bundles still on their
way). The panel says which stage the site is in, so an admin never wonders whether a change is half done.

Everything is read through sync.keys and written through run_operation, with "site_keys" announced on the
change bus so another open copy of the panel (or the Sync screen's status) refreshes itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.documents.trust_card import QR_BORDER, qr_matrix, save_trust_card, trust_card_file_name
from rosc_desktop.services.permissions import Action, allowed
from rosc_desktop.sync import keys
from rosc_desktop.ui.operations import change_bus, run_now, run_operation
from rosc_desktop.ui.screens.enrol_site import EnrolSiteDialog, ask, role_word
from rosc_desktop.ui.screens.intake import format_day
from rosc_desktop.ui.save_pdf import ask_pdf_path

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

COL_CODE, COL_NAME, COL_ROLE, COL_FINGERPRINT, COL_ENROLLED, COL_VERIFIED, COL_ROTATION = range(7)


def qr_image(text: str, module_px: int = 4) -> QImage:
    """The QR symbol of `text` with its quiet zone, `module_px` pixels per module, black on white whatever
    the theme (scanners need dark on light)."""
    matrix = qr_matrix(text)
    side = (len(matrix) + 2 * QR_BORDER) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + QR_BORDER) * module_px, (y + QR_BORDER) * module_px, module_px, module_px,
                                 QColor("black"))
    painter.end()
    return image


def fingerprint_lines(fingerprint: str) -> str:
    """Two lines of four groups, the way the printed card shows them."""
    groups = fingerprint.split()
    return " ".join(groups[:4]) + "\n" + " ".join(groups[4:])


def _verified_words(peer: Any) -> str:
    how = (QCoreApplication.translate("SyncKeys", "read back by phone") if peer.verified_how == keys.VERIFIED_BY_PHONE
           else peer.verified_how)
    return f"{peer.verified_by}, {how}" if how else peer.verified_by


class SyncKeysPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.can_manage = allowed(services.actor.role, Action.MANAGE_SYNC)
        self.card: keys.TrustCard | None = None
        self.next_identity: keys.IdentityView | None = None
        self._peers: dict[str, keys.PeerView] = {}
        self.dialog: EnrolSiteDialog | None = None
        self.question: QMessageBox | None = None
        layout = QVBoxLayout(self)

        self.not_allowed_note = QLabel(self.tr(
            "Only an admin can see this site's keys and enrol other sites."), self)
        self.not_allowed_note.setWordWrap(True)
        layout.addWidget(self.not_allowed_note)

        # -- this site --------------------------------------------------------------------------------
        self.site_box = QGroupBox(self.tr("This site"), self)
        self.name_label = QLabel(self.site_box)
        bold = self.name_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        self.name_label.setFont(bold)
        self.name_label.setWordWrap(True)
        self.code_label = QLabel(self.site_box)
        fingerprint_intro = QLabel(self.tr(
            "Fingerprint: read it aloud, group by group, to a site enrolling this one."), self.site_box)
        fingerprint_intro.setWordWrap(True)
        self.fingerprint_label = QLabel(self.site_box)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                       | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fingerprint_label.setAccessibleName(self.tr("This site's fingerprint"))
        fingerprint_intro.setBuddy(self.fingerprint_label)
        self.rotation_label = QLabel(self.site_box)
        self.rotation_label.setWordWrap(True)
        self.rotation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr_label = QLabel(self.site_box)
        self.qr_label.setAccessibleName(self.tr("QR code of this site's trust card"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)

        self.copy_button = QPushButton(self.tr("&Copy card text"), self.site_box)
        self.copy_button.clicked.connect(self.copy_card_text)
        self.save_button = QPushButton(self.tr("Save trust card as &PDF…"), self.site_box)
        self.save_button.clicked.connect(lambda: self.save_card())
        self.rotate_button = QPushButton(self.tr("Rotate &keys…"), self.site_box)
        self.rotate_button.setToolTip(self.tr("Make a new key pair and announce it to every site"))
        self.rotate_button.clicked.connect(self.rotate_keys)
        self.finish_button = QPushButton(self.tr("Fi&nish key change…"), self.site_box)
        self.finish_button.clicked.connect(self.finish_rotation)
        self.status = QLabel(self.site_box)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.rotate_button, self.finish_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        details = QVBoxLayout()
        details.addWidget(self.name_label)
        details.addWidget(self.code_label)
        details.addSpacing(6)
        details.addWidget(fingerprint_intro)
        details.addWidget(self.fingerprint_label)
        details.addWidget(self.rotation_label)
        details.addStretch(1)
        details.addLayout(buttons)
        details.addWidget(self.status)
        site_layout = QHBoxLayout(self.site_box)
        site_layout.addLayout(details, 1)
        site_layout.addWidget(self.qr_label)
        layout.addWidget(self.site_box)

        # -- trusted sites ----------------------------------------------------------------------------
        self.peers_box = QGroupBox(self.tr("Trusted sites"), self)
        self.peers_list = QTreeWidget(self.peers_box)
        self.peers_list.setAccessibleName(self.tr("Trusted sites"))
        self.peers_list.setRootIsDecorated(False)
        self.peers_list.setAlternatingRowColors(True)
        self.peers_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peers_list.setHeaderLabels([self.tr("Site code"), self.tr("Name"), self.tr("Role"),
                                         self.tr("Fingerprint"), self.tr("Enrolled on"), self.tr("Verified by"),
                                         self.tr("Key change")])
        header = self.peers_list.header()
        for column in range(self.peers_list.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.peers_empty = QLabel(self.tr(
            "No sites enrolled yet. Ask the other site for its trust card, then call them to check it."),
            self.peers_box)
        self.peers_empty.setWordWrap(True)
        self.peers_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.enrol_button = QPushButton(self.tr("&Enrol a site…"), self.peers_box)
        self.enrol_button.clicked.connect(self.open_enrol_dialog)
        peers_buttons = QHBoxLayout()
        peers_buttons.addWidget(self.enrol_button)
        peers_buttons.addStretch(1)
        peers_layout = QVBoxLayout(self.peers_box)
        peers_layout.addWidget(self.peers_list, 1)
        peers_layout.addWidget(self.peers_empty)
        peers_layout.addLayout(peers_buttons)
        layout.addWidget(self.peers_box, 1)

        if not self.can_manage:
            layout.addStretch(1)  # the one sentence at the top, where the panel's content would start
        self.not_allowed_note.setVisible(not self.can_manage)
        self.site_box.setVisible(self.can_manage)
        self.peers_box.setVisible(self.can_manage)
        if self.can_manage:
            change_bus.changed.connect(self._on_changed)
            self.refresh()

    # -- reading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.can_manage:
            return
        services = self._services

        def load() -> tuple[keys.TrustCard, list[keys.IdentityView], list[keys.PeerView]]:
            return keys.trust_card(services), keys.identities(services), keys.peers(services)

        # run_now: a few key and peer rows (the site's keys are made once, on first use)
        loaded = run_now(load, self)
        if loaded is None:
            return
        self.card, identities, peers = loaded
        self.next_identity = next((i for i in identities if i.status == "next"), None)
        self._show_card()
        self._show_peers(peers)

    def _show_card(self) -> None:
        card = self.card
        assert card is not None
        self.name_label.setText(card.site_name or card.site_code)
        self.code_label.setText(fill(self.tr("Site code: %1 · Role: %2"), card.site_code, role_word(card.role)))
        self.fingerprint_label.setText(fingerprint_lines(card.fingerprint))
        self.fingerprint_label.setAccessibleDescription(card.fingerprint)
        self.qr_label.setPixmap(QPixmap.fromImage(qr_image(card.card_text)))
        rotating = self.next_identity is not None
        if rotating:
            assert self.next_identity is not None
            self.rotation_label.setText(fill(self.tr(
                "Key change under way. The next key's fingerprint is %1. Every bundle sent from now on "
                "announces it, signed with the current key, and both keys work meanwhile. Once every trusted "
                "site has acknowledged it, finish the key change."), self.next_identity.fingerprint))
        else:
            self.rotation_label.setText("")
        self.rotation_label.setVisible(rotating)
        self.finish_button.setVisible(rotating)
        self.rotate_button.setEnabled(not rotating)

    def _show_peers(self, peers: list[keys.PeerView]) -> None:
        chosen = self.current_peer_code()
        self._peers = {p.site_code: p for p in peers}
        self.peers_list.clear()
        for peer in peers:
            rotation = self.tr("New key announced") if peer.next_ed25519_public else ""
            item = QTreeWidgetItem(self.peers_list, [
                peer.site_code, peer.name, role_word(peer.role), peer.fingerprint,
                format_day(peer.enrolled_at.astimezone().date()), _verified_words(peer), rotation])
            item.setData(COL_CODE, Qt.ItemDataRole.UserRole, peer.site_code)
            if peer.site_code == chosen:
                self.peers_list.setCurrentItem(item)
        self.peers_empty.setVisible(not peers)
        self.peers_list.setVisible(bool(peers))

    def current_peer_code(self) -> str | None:
        item = self.peers_list.currentItem()
        return item.data(COL_CODE, Qt.ItemDataRole.UserRole) if item is not None else None

    def row_texts(self) -> list[list[str]]:
        return [[self.peers_list.topLevelItem(i).text(c) for c in range(self.peers_list.columnCount())]
                for i in range(self.peers_list.topLevelItemCount())]

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.SITE_KEYS):
            self.refresh()

    # -- this site's card ---------------------------------------------------------------------------

    def copy_card_text(self) -> None:
        if self.card is None:
            return
        QGuiApplication.clipboard().setText(self.card.card_text)
        self._note(self.tr("The card text is on the clipboard. It holds public keys only: paste it into an "
                           "email or a file for the other site, then call them to read the fingerprint."))

    def save_card(self, path: str | None = None) -> None:
        card = self.card
        if card is None:
            return
        if path is None:
            chosen = ask_pdf_path(self, self.tr("Save the trust card"), trust_card_file_name(card.site_code))
            if chosen is None:
                return
            path = str(chosen)
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        target = Path(path)
        run_operation(self, lambda: save_trust_card(card, target), on_done=lambda _r: self._note(
            fill(self.tr("The trust card was saved as %1 in %2."), target.name, str(target.parent))))

    def _note(self, text: str) -> None:
        self.status.setText(text)

    # -- key change ---------------------------------------------------------------------------------

    def rotate_keys(self) -> QMessageBox | None:
        if not self.can_manage or self.next_identity is not None:
            return None
        self.question = ask(
            self, self.tr("Change this site's keys?"),
            self.tr("A new key pair is made now, and the current one keeps working alongside it. Every bundle "
                    "you send from now on announces the new key, signed with the current one, so the sites "
                    "that trust you can check it came from you. When every trusted site has acknowledged it, "
                    "come back here and finish the key change.\n\nPrint or save the new trust card for sites "
                    "that enrol this one later."),
            self.tr("&Start key change"), self._start_rotation)
        return self.question

    def _start_rotation(self) -> None:
        services = self._services
        run_operation(self, lambda: keys.rotate(services), on_done=lambda _r: self.refresh())

    def finish_rotation(self) -> QMessageBox | None:
        if not self.can_manage or self.next_identity is None:
            return None
        self.question = ask(
            self, self.tr("Finish the key change?"),
            self.tr("Finish only once every trusted site has acknowledged the new key: a site that has not "
                    "will refuse the bundles you send after this. The old key is kept, so bundles already on "
                    "their way to you can still be opened."),
            self.tr("&Finish key change"), self._finish_rotation)
        return self.question

    def _finish_rotation(self) -> None:
        services = self._services
        run_operation(self, lambda: keys.finish_rotation(services), on_done=lambda _r: self.refresh())

    # -- enrolment ----------------------------------------------------------------------------------

    def open_enrol_dialog(self) -> EnrolSiteDialog | None:
        if not self.can_manage or self.card is None:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = EnrolSiteDialog(self._services, dict(self._peers), self.card.role, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result and dialog.result_view is not None:
                self.refresh()
                self._select(dialog.result_view.site_code)
                self.peers_list.setFocus()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _select(self, site_code: str) -> None:
        for i in range(self.peers_list.topLevelItemCount()):
            item = self.peers_list.topLevelItem(i)
            if item.data(COL_CODE, Qt.ItemDataRole.UserRole) == site_code:
                self.peers_list.setCurrentItem(item)
                return
