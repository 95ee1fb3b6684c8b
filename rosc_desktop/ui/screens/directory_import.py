"""Import and export of the directory from the app: choose a file, see what would change, then import.

An import is shown before anything changes: how many organisations, services and locations are new, updated
or unchanged, which fields of the file we do not keep, and every problem with its file and line. A problem
with the file as a whole (not JSON, duplicate ids) keeps Import disabled; rows that could not be read can be
left out, and the button then says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.ui.messages import message_for
from rosc_desktop.ui.operations import run_operation, show_error

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

HSDS_JSON, HSDS_PACKAGE, MEETING_GUIDE = "hsds-json", "hsds-package", "meeting-guide"
KIND_ORDER = ("organization", "service", "location", "service_at_location")


def _files() -> Any:
    """The sync layer's file functions (preview_file, import_file, export_file)."""
    from rosc_desktop.sync import hsds

    return hsds


def format_choices() -> list[tuple[str, str, str]]:
    """(format, words, file-dialog filter) for the formats the directory reads."""
    from PySide6.QtCore import QCoreApplication

    return [(HSDS_JSON, QCoreApplication.translate("DirectoryImport", "Open Referral HSDS 3.0, one JSON file"), QCoreApplication.translate("DirectoryImport", "HSDS JSON (*.json)")),
            (HSDS_PACKAGE, QCoreApplication.translate("DirectoryImport", "Open Referral HSDS 3.0, tabular package (CSV files with datapackage.json)"),
             QCoreApplication.translate("DirectoryImport", "HSDS package (*.zip datapackage.json)")),
            (MEETING_GUIDE, QCoreApplication.translate("DirectoryImport", "Meeting Guide meeting list (JSON)"), QCoreApplication.translate("DirectoryImport", "Meeting Guide JSON (*.json)"))]


def _kind_words(kind: str) -> str:
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

    words = {"organization": QT_TRANSLATE_NOOP("DirectoryImport", "Organisations"),
             "service": QT_TRANSLATE_NOOP("DirectoryImport", "Services"),
             "location": QT_TRANSLATE_NOOP("DirectoryImport", "Locations"),
             "service_at_location": QT_TRANSLATE_NOOP("DirectoryImport", "Services at locations")}
    return QCoreApplication.translate("DirectoryImport", words[kind]) if kind in words else kind


def problem_words(problem: Any) -> str:
    """A problem in words: the message for its code, and the file's own detail when there is one."""
    text = message_for(problem.code, {})
    detail = (problem.detail or "").strip()
    return f"{text} ({detail})" if detail else text


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class ImportDialog(QDialog):
    """Choose a file and where it comes from, preview what would change, then import it."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.plan: Any = None
        self.result_view: Any = None
        self._waiting = 0  # which preview is awaited; a cancelled one's answer is dropped
        self._importing = False
        self.setWindowTitle(self.tr("Import into the directory"))
        self.setModal(True)

        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("File format"))
        for value, words, _filter in format_choices():
            self.format_combo.addItem(words, value)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("Choose a file…"))
        self.browse_button = QPushButton(self.tr("&Choose file…"), self)
        self.browse_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)

        self.source_box = QGroupBox(self.tr("These entries come from"), self)
        self.hub_radio = QRadioButton(self.tr("The &hub's directory (read-only at this center)"), self.source_box)
        self.local_radio = QRadioButton(self.tr("&Our own entries (this center can edit them)"), self.source_box)
        self.local_radio.setChecked(True)
        self.source_group = QButtonGroup(self)
        self.source_group.addButton(self.hub_radio)
        self.source_group.addButton(self.local_radio)
        source_column = QVBoxLayout(self.source_box)
        source_column.addWidget(self.hub_radio)
        source_column.addWidget(self.local_radio)
        self.meeting_note = QLabel(self.tr("Meeting lists are always this center's own entries."), self)
        self.meeting_note.setWordWrap(True)
        source_column.addWidget(self.meeting_note)

        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.clicked.connect(self.preview)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        format_label = QLabel(self.tr("&Format:"), self)
        format_label.setBuddy(self.format_combo)
        file_label = QLabel(self.tr("Fil&e:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(format_label, self.format_combo)
        form.addRow(file_label, file_row)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # reading takes as long as the file: no fake percentages
        self.progress.setAccessibleName(self.tr("Reading the file"))
        self.progress.setTextVisible(False)
        self.cancel_wait_button = QPushButton(self.tr("S&top waiting"), self)
        self.cancel_wait_button.clicked.connect(self.cancel_preview)
        waiting = QWidget(self)
        waiting_row = QHBoxLayout(waiting)
        waiting_row.setContentsMargins(0, 0, 0, 0)
        waiting_row.addWidget(QLabel(self.tr("Reading the file…"), waiting))
        waiting_row.addWidget(self.progress, 1)
        waiting_row.addWidget(self.cancel_wait_button)
        self.waiting = waiting
        waiting.hide()

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QTreeWidget(self)
        self.counts.setAccessibleName(self.tr("What would change"))
        self.counts.setRootIsDecorated(False)
        self.counts.setHeaderLabels([self.tr("Kind"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged")])
        self.counts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.unknown_label = QLabel(self)
        self.unknown_label.setWordWrap(True)
        self.unknown_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QTreeWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setRootIsDecorated(False)
        self.problems.setWordWrap(True)
        self.problems.setHeaderLabels([self.tr("File"), self.tr("Line"), self.tr("Problem")])
        self.problems.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.header().setStretchLastSection(True)
        self.problem_detail = QLabel(self)
        self.problem_detail.setWordWrap(True)
        self.problem_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.currentItemChanged.connect(lambda item, _old: self.problem_detail.setText(
            self._problem_line(item) if item is not None else ""))
        self.result_box = QWidget(self)
        result_column = QVBoxLayout(self.result_box)
        result_column.setContentsMargins(0, 0, 0, 0)
        result_column.addWidget(self.summary_label)
        result_column.addWidget(self.counts)
        result_column.addWidget(self.unknown_label)
        self.problems_label = QLabel(self.tr("Problems:"), self)
        result_column.addWidget(self.problems_label)
        result_column.addWidget(self.problems, 1)
        result_column.addWidget(self.problem_detail)
        self.result_box.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.source_box)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(waiting)
        layout.addWidget(self.result_box, 1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 120, 560)
        self.format_combo.currentIndexChanged.connect(lambda *_: self._format_changed())
        self.path_edit.textChanged.connect(lambda *_: self._forget_plan())
        self.source_group.buttonToggled.connect(lambda *_: self._forget_plan())
        self._format_changed()
        self.path_edit.setFocus()

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def source(self) -> str:
        if self.fmt() == MEETING_GUIDE:
            return "meeting_guide"
        return "hub" if self.hub_radio.isChecked() else "local"

    def _format_changed(self) -> None:
        meeting = self.fmt() == MEETING_GUIDE
        self.hub_radio.setEnabled(not meeting)
        self.local_radio.setEnabled(not meeting)
        self.meeting_note.setVisible(meeting)
        self._forget_plan()

    def _forget_plan(self) -> None:
        """A different file or choice: the preview shown is no longer what Import would do."""
        self.plan = None
        self.result_box.hide()
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("&Import"))
        self.preview_button.setDefault(True)

    def choose_file(self) -> None:
        filters = ";;".join(f for value, _w, f in format_choices() if value == self.fmt())
        start = self.path_edit.text() or _documents()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), start, filters)
        if path:
            self.path_edit.setText(path)
            self.preview()

    # -- preview ------------------------------------------------------------------------------------------

    def preview(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.path_edit.setFocus()
            return
        self._forget_plan()
        self._waiting += 1
        ticket = self._waiting
        services, fmt, source = self._services, self.fmt(), self.source()
        self._set_waiting(True)
        run_operation(self, lambda: _files().preview_file(services, Path(path), fmt, source=source),
                      on_done=lambda plan: self._previewed(ticket, plan),
                      on_error=lambda error: self._preview_failed(ticket, error))

    def cancel_preview(self) -> None:
        """Stop waiting for the file to be read; its answer, when it comes, is dropped (nothing was changed)."""
        self._waiting += 1
        self._set_waiting(False)
        self.path_edit.setFocus()

    def _set_waiting(self, waiting: bool) -> None:
        self.waiting.setVisible(waiting)
        self.preview_button.setEnabled(not waiting)
        if waiting:
            self.cancel_wait_button.setFocus()

    def _preview_failed(self, ticket: int, error: BaseException) -> None:
        if ticket != self._waiting:
            return
        self._set_waiting(False)
        show_error(self, error)

    def _previewed(self, ticket: int, plan: Any) -> None:
        if ticket != self._waiting:
            return
        self._set_waiting(False)
        self.show_plan(plan)

    def show_plan(self, plan: Any) -> None:
        self.plan = plan
        self.counts.clear()
        for kind in [k for k in KIND_ORDER if k in plan.counts] + [k for k in plan.counts if k not in KIND_ORDER]:
            if kind == "service_at_location":
                continue  # the links between services and places: counted, but not what a person checks
            c = plan.counts[kind]
            QTreeWidgetItem(self.counts, [_kind_words(kind), str(c.get("new", 0)), str(c.get("updated", 0)),
                                          str(c.get("unchanged", 0))])
        if plan.unknown_fields:
            self.unknown_label.setText(fill(self.tr("Fields in the file this directory does not keep (left out): %1"),
                                            ", ".join(sorted(plan.unknown_fields))))
            self.unknown_label.show()
        else:
            self.unknown_label.hide()
        self.problems.clear()
        for problem in plan.problems:
            item = QTreeWidgetItem(self.problems, [problem.file, str(problem.line) if problem.line else "",
                                                   problem_words(problem)])
            item.setToolTip(2, problem_words(problem))
        if plan.problems:
            self.problems.setCurrentItem(self.problems.topLevelItem(0))
        else:
            self.problem_detail.clear()
        self.problem_detail.setVisible(bool(plan.problems))
        self.problems_label.setVisible(bool(plan.problems))
        self.problems.setVisible(bool(plan.problems))
        if plan.blocked:
            summary = self.tr("This file cannot be imported: see the problem below. Nothing was changed.")
            self.import_button.setEnabled(False)
        elif plan.refusals:
            summary = self.tr("Some rows could not be read (listed below with their line). The rest can be "
                              "imported; nothing has changed yet.")
            self.import_button.setText(self.tr("&Import the readable rows"))
            self.import_button.setEnabled(True)
        elif not plan.total("new") and not plan.total("updated"):
            summary = self.tr("The directory already has everything in this file. Nothing would change.")
            self.import_button.setEnabled(False)
        elif plan.warnings:
            # Warnings keep their rows (a link to something missing is left out): the whole file imports.
            summary = self.tr("This is what the import would change; the notes below say what was left out of "
                              "some rows. Nothing has changed yet.")
            self.import_button.setEnabled(True)
        else:
            summary = self.tr("This is what the import would change. Nothing has changed yet.")
            self.import_button.setEnabled(True)
        self.summary_label.setText(summary)
        self.summary_label.setAccessibleName(summary)
        self.result_box.show()
        self.preview_button.setDefault(False)
        if self.import_button.isEnabled():
            self.import_button.setDefault(True)
            self.import_button.setFocus()
        else:
            self.problems.setFocus() if plan.problems else self.path_edit.setFocus()

    def _problem_line(self, item: QTreeWidgetItem) -> str:
        """The chosen problem in full, under the list (the column cuts long ones short)."""
        where = item.text(0) + (fill(self.tr(", line %1"), item.text(1)) if item.text(1) else "")
        return f"{where}: {item.text(2)}"

    # -- import -------------------------------------------------------------------------------------------

    def apply(self) -> None:
        plan = self.plan
        if plan is None or self._importing or not self.import_button.isEnabled():
            return
        skip = bool(plan.problems)
        self._importing = True
        self.buttons.setEnabled(False)
        directory_import = self._services.directory_import
        run_operation(self, lambda: directory_import.apply(plan, skip_unreadable=skip),
                      on_done=self._imported, on_error=self._import_failed)

    def _imported(self, result: Any) -> None:
        self._importing = False
        self.buttons.setEnabled(True)
        self.result_view = result
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self._importing = False
        self.buttons.setEnabled(True)
        show_error(self, error)

    def accept(self) -> None:
        if self.result_view is None:
            self.apply()  # Enter on the dialog imports (when the plan allows), never closes without it
            return
        super().accept()

    def reject(self) -> None:
        if self._importing:
            return  # the import under way decides; closing now would hide whether it happened
        self._waiting += 1
        super().reject()


class ExportDialog(QDialog):
    """Write the whole directory to a file, in a format other directories read."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._busy = False
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export the directory"))
        self.setModal(True)
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("File format"))
        for value, words, _filter in format_choices():
            if value != MEETING_GUIDE:  # meeting lists are read, not written
                self.format_combo.addItem(words, value)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.browse_button = QPushButton(self.tr("&Choose where…"), self)
        self.browse_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        format_label = QLabel(self.tr("&Format:"), self)
        format_label.setBuddy(self.format_combo)
        path_label = QLabel(self.tr("Save &to:"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(format_label, self.format_combo)
        form.addRow(path_label, path_row)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(self.tr("Export"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Exports every entry, from the hub and this center's own, in Open Referral HSDS 3.0 "
                              "so other directories can read it. Nothing about participants is included."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.format_combo.currentIndexChanged.connect(lambda *_: self._suggest_path())
        self._suggest_path()
        self.format_combo.setFocus()

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def _suggest_path(self) -> None:
        name = "directory-hsds.json" if self.fmt() == HSDS_JSON else "directory-hsds.zip"
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else Path(_documents())
        self.path_edit.setText(str(folder / name))

    def choose_path(self) -> None:
        filters = self.tr("HSDS JSON (*.json)") if self.fmt() == HSDS_JSON else self.tr("HSDS package (*.zip)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the directory"), self.path_edit.text(), filters)
        if path:
            self.path_edit.setText(path)

    def export(self) -> None:
        if self._busy:
            return
        path = Path(self.path_edit.text().strip())
        if not self.path_edit.text().strip():
            self.path_edit.setFocus()
            return
        services, fmt = self._services, self.fmt()
        self._busy = True
        self.buttons.setEnabled(False)
        self.status_label.setText(self.tr("Writing…"))
        run_operation(self, lambda: _files().export_file(services, path, fmt),
                      on_done=lambda _result: self._exported(path), on_error=self._failed)

    def _exported(self, path: Path) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self.written = path
        self.status_label.setText(fill(self.tr("Directory exported to %1"), str(path)))
        self.export_button.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self.status_label.setText(self.tr("Not exported."))
        show_error(self, error)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
