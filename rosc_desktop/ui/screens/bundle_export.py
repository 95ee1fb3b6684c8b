"""Export a bundle: choose the site and the folder (a USB stick, usually), write it off the GUI thread.

The export runs through run_operation with a progress dialog whose Cancel is heard by the engine between
batches of changes; a cancelled export leaves no file (the engine writes `.part` and renames). The folder
chosen last is remembered in the person's settings file, since the same stick goes in every month.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.settings import UserSettings
from rosc_desktop.errors import RoscError
from rosc_desktop.i18n import Context
from rosc_desktop.sync import exchange
from rosc_desktop.sync.profiles import PROFILE_CENTER
from rosc_desktop.ui.operations import run_operation, show_error
from rosc_desktop.ui.screens.enrol_site import role_word

LAST_FOLDER_KEY = "sync/last_bundle_folder"
CHANGES = "sync"
ExportSummary = Context("ExportSummary")  # plurals outside a QObject: see i18n.Context


def last_folder() -> str:
    saved = str(UserSettings.value(LAST_FOLDER_KEY, "") or "")
    if saved and Path(saved).is_dir():
        return saved
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def remember_folder(folder: str) -> None:
    UserSettings.set_value(LAST_FOLDER_KEY, folder)


class ExportDialog(QDialog):
    """Which site the bundle is for and where it goes. Accepting starts nothing: the caller runs the export."""

    def __init__(self, peers: list[Any], parent: QWidget | None = None, preferred: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a bundle"))
        self.setAccessibleName(self.tr("Export a bundle"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        intro = QLabel(self.tr(
            "The bundle holds every change the other site has not yet acknowledged, encrypted so that only that "
            "site can open it. Take it there on a USB stick or by any other way; it is safe to copy."), self)
        intro.setWordWrap(True)

        self.peer_combo = QComboBox(self)
        self.peer_combo.setAccessibleName(self.tr("Site the bundle is for"))
        for peer in peers:
            self.peer_combo.addItem(f"{peer.name} ({peer.site_code}) · {role_word(peer.role)}", peer.site_code)
        if preferred:
            index = self.peer_combo.findData(preferred)
            if index >= 0:
                self.peer_combo.setCurrentIndex(index)

        self.folder_edit = QLineEdit(last_folder(), self)
        self.folder_edit.setAccessibleName(self.tr("Folder for the bundle"))
        self.folder_edit.textChanged.connect(lambda _t: self._update())
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.browse_button.setAccessibleName(self.tr("Choose the folder"))
        self.browse_button.clicked.connect(lambda: self.browse())
        folder_row = QWidget(self)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        peer_label = QLabel(self.tr("&For:"), self)
        peer_label.setBuddy(self.peer_combo)
        form.addRow(peer_label, self.peer_combo)
        folder_label = QLabel(self.tr("F&older:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update()
        self.peer_combo.setFocus()

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the bundle"), self.folder())
        if chosen:
            self.folder_edit.setText(chosen)

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    def peer_code(self) -> str:
        return str(self.peer_combo.currentData() or "")

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.peer_code()) and Path(self.folder()).is_dir())


class _ProgressRelay(QObject):
    """Carries the engine's progress calls from the worker thread to the dialog (a queued signal)."""

    moved = Signal(int, int)


class ExportProgress(QProgressDialog):
    """The export under way. Cancel is a request the engine hears at its next progress call."""

    def __init__(self, services: Any, peer_code: str, folder: Path, parent: QWidget | None = None,
                 on_done: Callable[[exchange.ExportResult], None] | None = None,
                 on_cancelled: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._peer_code = peer_code
        self._folder = folder
        self._on_done = on_done
        self._on_cancelled = on_cancelled
        self.cancel_requested = False
        self.setWindowTitle(self.tr("Exporting a bundle"))
        self.setAccessibleName(self.tr("Exporting a bundle"))
        self.setLabelText(self.tr("Gathering the changes for %1…").replace("%1", peer_code))
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.canceled.disconnect()  # Qt would hide at once; the engine stops at its next check instead
        self.canceled.connect(self._cancel)
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._moved)

    def start(self) -> None:
        self.show()
        services, peer, folder, relay = self._services, self._peer_code, self._folder, self._relay

        def progress(done: int, total: int) -> bool:
            relay.moved.emit(done, total)
            return not self.cancel_requested

        run_operation(self, lambda: exchange.export_bundle(services, peer, folder, progress=progress),
                      on_done=self._finished, on_error=self._failed, changes={CHANGES})

    def _cancel(self) -> None:
        self.cancel_requested = True
        self.setLabelText(self.tr("Stopping; nothing will be written…"))

    def _moved(self, done: int, total: int) -> None:
        if total > 0 and not self.cancel_requested:
            self.setRange(0, total)
            self.setValue(min(done, total))
            self.setLabelText(self.tr("Change %1 of %2…").replace("%1", str(done)).replace("%2", str(total)))

    def _finished(self, result: exchange.ExportResult) -> None:
        self._close()
        if self._on_done is not None:
            self._on_done(result)

    def _failed(self, error: BaseException) -> None:
        self._close()
        if isinstance(error, RoscError) and error.code == "cancelled":
            if self._on_cancelled is not None:
                self._on_cancelled()
            return
        show_error(self.parentWidget(), error)

    def _close(self) -> None:
        self.hide()
        self.deleteLater()


def export_summary(result: exchange.ExportResult) -> str:
    """What the file holds, in one or two sentences ("42 changes; 12 people identified under consent, …")."""
    text = ExportSummary.tr("%n change(s)", None, result.changes)
    if result.profile == PROFILE_CENTER:
        text += ExportSummary.tr("; %n person(s) identified under consent", None, result.identified_people)
        text += ExportSummary.tr(", %n de-identified", None, result.deidentified_people)
    if result.refreshed:
        text += ExportSummary.tr("; %n record(s) sent again in full after a new consent", None, result.refreshed)
    if result.redacted:
        text += ExportSummary.tr("; %n person(s) whose consent ended are to be de-identified at the other site",
                                 None, result.redacted)
    return text + "."
