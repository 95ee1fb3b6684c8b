"""Export a bundle: choose the site and the folder (a USB stick, usually), write it off the GUI thread.

The export runs through run_with_progress: a progress dialog whose Cancel is heard by the engine between
batches of changes; a cancelled export leaves no file (the engine writes `.part` and renames). The folder
chosen last is remembered in the person's settings file, since the same stick goes in every month.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.settings import UserSettings
from rosc_desktop.errors import RoscError
from rosc_desktop.i18n import Context
from rosc_desktop.sync import exchange
from rosc_desktop.sync.profiles import PROFILE_CENTER
from rosc_desktop.ui.operations import ProgressDialog, run_with_progress, show_error
from rosc_desktop.ui.screens.enrol_site import role_word

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

LAST_FOLDER_KEY = "sync/last_bundle_folder"
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


class ExportProgress(QObject):
    """The export under way, in the shared progress dialog (`dialog`). Cancel is a request the engine hears
    at its next progress call; a cancelled export leaves no file."""

    def __init__(self, services: Services, peer_code: str, folder: Path, parent: QWidget | None = None,
                 on_done: Callable[[exchange.ExportResult], None] | None = None,
                 on_cancelled: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._peer_code = peer_code
        self._folder = folder
        self._parent = parent
        self._on_done = on_done
        self._on_cancelled = on_cancelled
        self.dialog: ProgressDialog | None = None

    @property
    def cancel_requested(self) -> bool:
        return self.dialog is not None and self.dialog.cancel_requested

    def start(self) -> None:
        services, peer, folder = self._services, self._peer_code, self._folder
        self.dialog = run_with_progress(
            self._parent, lambda step: exchange.export_bundle(services, peer, folder, progress=step),
            title=self.tr("Exporting a bundle"), label=fill(self.tr("Gathering the changes for %1…"), peer),
            stopping_text=self.tr("Stopping; nothing will be written…"),
            step_text=lambda done, total: fill(self.tr("Change %1 of %2…"), done, total),
            on_done=self._finished, on_error=self._failed)

    def _finished(self, result: exchange.ExportResult) -> None:
        self.deleteLater()
        if self._on_done is not None:
            self._on_done(result)

    def _failed(self, error: BaseException) -> None:
        self.deleteLater()
        if isinstance(error, RoscError) and error.code == "cancelled":
            if self._on_cancelled is not None:
                self._on_cancelled()
            return
        show_error(self._parent, error)


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
