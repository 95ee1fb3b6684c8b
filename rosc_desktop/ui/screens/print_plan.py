"""Printing the personal recovery plan: preview, save as PDF, print (one person), and a batch of PDFs.

The PDF is made off the GUI thread (gathering the plan reads the database; drawing it takes a moment), in
the participant's preferred language whatever the app's. The plan is gathered once per dialog (gathering is
audited) and drawn again when the language or large print changes. The preview and the printer both draw the
pages through QtPdf, so what is printed is what was previewed.

File names never carry the person's name: `recovery-plan-<date>.pdf` for one, `recovery-plan-<id>.pdf` in a
batch, where several people's plans go into one folder.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.clock import center_today
from rosc_desktop.i18n import DOCUMENT_LANGUAGES, document_language
from rosc_desktop.settings import MachineSettings
from rosc_desktop.placeholders import fill
from rosc_desktop.ui.languages import language_label, language_name
from rosc_desktop.ui.operations import ProgressDialog, run_operation, run_with_progress, show_error
from rosc_desktop.ui.save_pdf import ask_pdf_path
from rosc_desktop.ui.fitting import resize_within_screen
from rosc_desktop.util_files import write_atomic

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# The languages the plan is written in; a person preferring another gets English (the plan says so itself).
PLAN_LANGUAGES = tuple(DOCUMENT_LANGUAGES)
# Pages are drawn for the printer at this resolution at most: sharper than any office printer needs, and a
# page image stays a few tens of megabytes.
PRINT_DPI_LIMIT = 300
REVIEW_DAYS = 7


def plan_file_name(day: date) -> str:
    return f"recovery-plan-{day.isoformat()}.pdf"


def batch_file_name(participant_id: str) -> str:
    return f"recovery-plan-{participant_id}.pdf"


def gather(services: Services, participant_id: str) -> Any:
    """The plan's content (audited by the service as the plan being printed)."""
    # Imported when used: the documents are only needed when someone prints.
    from rosc_desktop.services.plan_document import gather_plan

    return gather_plan(services, participant_id)


def render(content: Any, language: str, large_print: bool) -> bytes:
    from rosc_desktop.documents.recovery_plan import render_recovery_plan

    return render_recovery_plan(content, language, large_print=large_print)


def plan_language(preferred: str, chinese_script: str = "zh-hans") -> str:
    """The language a person's plan prints in: theirs when we have its words (Chinese in the script
    `chinese_script` unless they chose one), else English."""
    return document_language(preferred, chinese_script)


def chinese_script(services: Any) -> str:
    """This computer's choice of script for a person whose language is Chinese (Settings)."""
    return MachineSettings.load(services.paths.settings).chinese_script


def reviewed_recently(services: Services, today: date | None = None, days: int = REVIEW_DAYS) -> list[str]:
    """Ids of the people with a goal reviewed (GAS) in the last `days` days, in the list's order (by name).

    Reads every person's goals: a service for "reviews since" would be one query, but this runs in the
    background and only when someone asks for the batch.
    """
    since = (today or center_today()) - timedelta(days=days)
    found = []
    for pid in services.participants.search("").ids:
        if any(r.reviewed_on >= since for goal in services.goals.for_person(pid) for r in goal.reviews):
            found.append(pid)
    return found


class PrintPlanDialog(QDialog):
    """Options, a preview of the pages, Save as PDF… and Print…."""

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._content: Any = None
        self._pdf: bytes = b""
        self._generation = 0  # answers for options changed since are dropped
        self._preferred = ""  # the person's preferred language, once the record has been read
        self._chinese_script = "zh-hans"
        self._busy = False
        self.setWindowTitle(self.tr("Print the recovery plan"))
        resize_within_screen(self, 760, 860)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the plan"))
        for code in PLAN_LANGUAGES:
            self.language.addItem(language_label(code), code)
        language_caption = QLabel(self.tr("&Language:"))
        language_caption.setBuddy(self.language)
        self.large_print = QCheckBox(self.tr("La&rge print"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known length: moving to show work under way
        self.busy.setMaximumWidth(140)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Making the plan"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.note = QLabel()  # about the plan itself (its language), apart from the work under way
        self.note.setWordWrap(True)
        self.note.hide()

        options = QHBoxLayout()
        options.addWidget(language_caption)
        options.addWidget(self.language)
        options.addSpacing(12)
        options.addWidget(self.large_print)
        options.addStretch()
        options.addWidget(self.status)
        options.addWidget(self.busy)

        self.document = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.document.pageCountChanged.connect(self._show_page_count)
        self.view.setAccessibleName(self.tr("Preview of the plan"))

        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_plan)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self._set_busy(True)
        self.language.currentIndexChanged.connect(self._update_note)
        self.language.currentIndexChanged.connect(self.generate)
        self.large_print.toggled.connect(self.generate)
        self._start()

    # -- reading state (tests and callers) -------------------------------------------------------------

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def pdf_bytes(self) -> bytes:
        return self._pdf

    def is_busy(self) -> bool:
        return self._busy

    # -- making the PDF ----------------------------------------------------------------------------------

    def _start(self) -> None:
        services, pid = self._services, self._participant_id

        def work() -> tuple[str, Any]:
            # Opening the record is audited as a viewing, like the workspace's; it tells the preferred language.
            person = services.participants.open(pid)
            return person.preferred_language, gather(services, pid), chinese_script(services)

        self._generation += 1
        run_operation(self, work, on_done=self._gathered, on_error=self._failed)

    def _gathered(self, result: tuple[str, Any, str]) -> None:
        preferred, self._content, script = result
        self._preferred = preferred or ""
        self._chinese_script = script
        index = self.language.findData(plan_language(preferred, script))
        self.language.blockSignals(True)  # one drawing for the first preview, not one per option set
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        self._update_note()
        self.generate()

    def _update_note(self) -> None:
        """Say in which language this plan is when it is not the person's own; said again at every change of
        the language chosen, so the note never describes a plan that is no longer shown."""
        preferred, chosen = self._preferred, self.chosen_language()
        own = plan_language(preferred, self._chinese_script) if preferred else chosen
        if own == "en" and preferred not in ("", "en"):  # a language we do not print (from a newer version)
            text = fill(self.tr("The plan is not written in this person's language (%1) yet; this one is in %2."),
                        language_name(preferred), language_name(chosen))
        elif own == chosen:
            text = ""
        else:
            text = fill(self.tr("This person prefers %1; this plan is in %2."),
                        language_name(own), language_name(chosen))
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def generate(self) -> None:
        """Draw the plan again with the options chosen (after the content has been gathered)."""
        if self._content is None:
            return
        self._generation += 1
        generation, content = self._generation, self._content
        language, large = self.chosen_language(), self.large_print.isChecked()
        self._set_busy(True)
        run_operation(self, lambda: render(content, language, large),
                      on_done=lambda pdf: self._rendered(generation, pdf), on_error=self._failed)

    def _rendered(self, generation: int, pdf: bytes) -> None:
        if generation != self._generation:
            return  # the options changed while this one was drawn; the newer one is on its way
        self._pdf = pdf
        self.document.close()
        # The document reads from the buffer for as long as it is open, so both live on the dialog. The
        # plan never goes to a temporary file: it is someone's health information.
        self._bytes = QByteArray(pdf)
        buffer = QBuffer(self._bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        self.document.load(buffer)
        if old is not None:
            old.deleteLater()
        self._set_busy(False)
        self._show_page_count(self.document.pageCount())  # loading may have counted them already

    def _show_page_count(self, count: int) -> None:
        if count and not self._busy:
            self.status.setText(self.tr("%n page(s)", "", count))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.save_button.setEnabled(bool(self._pdf))
        self.print_button.setEnabled(bool(self._pdf))
        self.status.setText(self.tr("The plan could not be made."))
        show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        if busy:
            self.status.setText(self.tr("Making the plan…"))
        elif self.status.text() == self.tr("Making the plan…"):
            self.status.clear()
        for widget in (self.save_button, self.print_button):
            widget.setEnabled(not busy and bool(self._pdf))

    # -- saving and printing -----------------------------------------------------------------------------

    def save_pdf(self) -> None:
        if not self._pdf:
            return
        target = ask_pdf_path(self, self.tr("Save the recovery plan"), plan_file_name(center_today()))
        if target is None:
            return
        pdf = self._pdf
        run_operation(self, lambda: write_atomic(target, pdf, mode=0o600), on_done=lambda _r: self.status.setText(
            fill(self.tr("Saved as %1 in %2."), target.name, str(target.parent))))

    def print_plan(self) -> None:
        if not self._pdf:
            return
        if not QPrinterInfo.availablePrinters():
            self._no_printer()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Recovery plan"))  # print queues show this, so never the person's name
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        # Opened, not exec'd: a lock hides open dialogs, and hiding would end a nested event loop as a cancel.
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.finished.connect(dialog.deleteLater)
        self._print_dialog = dialog
        dialog.open()

    def _no_printer(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("No printer"),
                          self.tr("No printer is set up on this computer. Use Save as PDF… to keep the plan, "
                                  "then print the file where a printer is available."),
                          QMessageBox.StandardButton.Ok, self)
        box.setAccessibleName(self.tr("No printer"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._message = box
        box.open()

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages onto `printer`, each scaled to fit its page; the number of pages painted."""
        count = self.document.pageCount()
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), count) if printer.toPage() else count
        painter = QPainter()
        if not painter.begin(printer):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Could not print"),
                              self.tr("The printer could not be used. Check that it is on, or use Save as PDF…."),
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return 0
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        painted = 0
        try:
            for page in range(first - 1, last):
                if painted:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(round(points.width() * dpi / 72),
                                                         round(points.height() * dpi / 72)))
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
                painter.setWindow(0, 0, target.width(), target.height())
                painted += 1
        finally:
            painter.end()
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", painted))
        return painted


class BatchPrint(QObject):
    """One PDF per person into `folder`, written off the GUI thread in one operation with the shared progress
    dialog (`dialog`). "Stop after this one" ends it once the file being written is finished, as signing out
    does (operations.wait_for_operations asks every operation with steps to stop)."""

    def __init__(self, services: Services, participant_ids: list[str], folder: Path,
                 parent: QWidget | None = None, on_finished: Callable[[int], None] | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ids = list(participant_ids)
        self._folder = folder
        self._parent = parent
        self._on_finished = on_finished
        self.written: list[Path] = []
        self.dialog: ProgressDialog | None = None

    def start(self) -> None:
        services, ids, folder, written = self._services, self._ids, self._folder, self.written

        def work(step: Callable[[int, int], bool]) -> int:
            script = chinese_script(services)
            for index, pid in enumerate(ids):
                language = plan_language(services.participants.open(pid).preferred_language, script)
                target = folder / batch_file_name(pid)
                write_atomic(target, render(gather(services, pid), language, False), mode=0o600)
                written.append(target)
                if not step(index + 1, len(ids)):
                    break
            return len(written)

        self.dialog = run_with_progress(
            self._parent, work, title=self.tr("Printing plans"),
            label=fill(self.tr("Writing plan %1 of %2…"), 1, len(ids)),
            cancel_text=self.tr("Stop after this one"), stopping_text=self.tr("Stopping after this plan…"),
            step_text=lambda done, total: fill(self.tr("Writing plan %1 of %2…"), min(done + 1, total), total),
            on_done=self._finish, on_error=self._failed)

    def _session_ended(self) -> bool:
        """Whether the window that started the batch has signed out (or signed in someone else) meanwhile."""
        owner = self._parent
        return owner is not None and getattr(owner, "services", self._services) is not self._services

    def _finish(self, count: int) -> None:
        # Told on the next turn of the event loop: a sign-out delivers this answer just before it drops the
        # session, and someone who has left is not told that their plans were saved.
        QTimer.singleShot(0, self, lambda: self._tell(count))

    def _tell(self, count: int) -> None:
        self.deleteLater()
        if self._on_finished is not None and not self._session_ended():
            self._on_finished(count)

    def _failed(self, error: BaseException) -> None:
        self.deleteLater()
        if not self._session_ended():
            show_error(self._parent, error)


def print_reviewed_this_week(services: Services, parent: QWidget, today: date | None = None) -> None:
    """The File menu's batch: find who had a goal reviewed in the last week, ask for a folder, write their plans."""

    def found(ids: list[str]) -> None:
        if not ids:
            box = QMessageBox(QMessageBox.Icon.Information,
                              QCoreApplication.translate("BatchPrint", "Nothing to print"),
                              QCoreApplication.translate("BatchPrint", "No goal was reviewed in the last 7 days."),
                              QMessageBox.StandardButton.Ok, parent)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        folder = QFileDialog.getExistingDirectory(
            parent, BatchPrint.tr("Folder for %n plan(s): people with a goal reviewed in the last 7 days", None, len(ids)),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        if not folder:
            return

        def done(count: int) -> None:
            # BatchPrint.tr on a line of its own: lupdate would prefix the context with the QCoreApplication before
            saved = fill(BatchPrint.tr("%n plan(s) saved in %1.", None, count), folder)
            box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("BatchPrint", "Plans saved"),
                              saved, QMessageBox.StandardButton.Ok, parent)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        batch = BatchPrint(services, ids, Path(folder), parent, on_finished=done)
        batch.start()

    run_operation(parent, lambda: reviewed_recently(services, today), on_done=found)
