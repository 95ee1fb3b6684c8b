"""Reports across centers (a hub only): one month's figures per enrolled center and in total, copyable as CSV.

The figures are the reports service's monthly counts (hub.center_report), so a center's own report and the
hub's line for it agree by construction.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.clock import center_today
from rosc_desktop.sync import hub
from rosc_desktop.ui.operations import run_operation
from rosc_desktop.ui.days import today_qdate
from rosc_desktop.ui.fitting import resize_within_screen

COL_CENTER = 0
FIGURES = ("participants_seen", "check_ins", "goals_set", "goals_achieved", "average_gas_change",
           "average_barc10_change")


def last_month(today: date | None = None) -> date:
    first_this = (today or center_today()).replace(day=1)
    return (first_this - timedelta(days=1)).replace(day=1)


def month_end(first: date) -> date:
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def figure_text(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:+.1f}"
    return str(value)


class HubReportDialog(QDialog):
    def __init__(self, services: Any, parent: QWidget | None = None, month: date | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.report: hub.HubReport | None = None
        self.setWindowTitle(self.tr("Reports across centers"))
        self.setAccessibleName(self.tr("Reports across centers"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 140)
        self.resize(self.minimumWidth(), self.fontMetrics().lineSpacing() * 24)

        self.month_edit = QDateEdit(self)
        self.month_edit.setDisplayFormat("MMMM yyyy")
        self.month_edit.setCalendarPopup(False)
        self.month_edit.setAccessibleName(self.tr("Month"))
        # Wide enough for the longest month name (September, septiembre) with the year.
        self.month_edit.setMinimumWidth(self.month_edit.fontMetrics().horizontalAdvance("septiembre 0000") + 48)
        start = month or last_month()
        self.month_edit.setDate(QDate(start.year, start.month, 1))
        self.month_edit.setMaximumDate(today_qdate())
        self.month_edit.dateChanged.connect(lambda _d: self.load())
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month_edit)

        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Figures per center"))
        self.table.setHeaderLabels(self.headers())
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        self.note = QLabel(self.tr(
        "Figures come from the records each center has sent, identified or not. Average changes are over the "
        "people with at least two goal reviews (GAS, T-score points) or two BARC-10 assessments (points)."), self)
        self.note.setWordWrap(True)
        self.status = QLabel(self)

        self.copy_button = QPushButton(self.tr("&Copy as CSV"), self)
        self.copy_button.clicked.connect(lambda: self.copy_csv())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month_edit)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(bottom)
        self.copy_button.setEnabled(False)
        self._fit_columns()
        self.load()

    def headers(self) -> list[str]:
        return [self.tr("Center"), self.tr("Participants seen"), self.tr("Check-ins"), self.tr("Goals set"),
                self.tr("Goals achieved"), self.tr("Average GAS change"), self.tr("Average BARC-10 change")]

    def month(self) -> date:
        chosen = self.month_edit.date()
        return date(chosen.year(), chosen.month(), 1)

    def load(self) -> None:
        start = self.month()
        services = self._services
        self.copy_button.setEnabled(False)
        run_operation(self, lambda: hub.center_report(services, start, month_end(start)), on_done=self._show)

    def _show(self, report: hub.HubReport) -> None:
        if report.start != self.month():
            return  # an answer for a month chosen before; the newer one is on its way
        self.report = report
        self.table.clear()
        for center in report.centers:
            self.table.addTopLevelItem(self._row(f"{center.name} ({center.site_code})", center.counts))
        total = self._row(self.tr("Total"), report.total)
        for column in range(len(FIGURES) + 1):
            font = total.font(column)
            font.setBold(True)
            total.setFont(column, font)
        self.table.addTopLevelItem(total)
        self.status.setText(self.tr("%n center(s).", "", len(report.centers)))
        self._fit_columns()
        self.copy_button.setEnabled(True)

    def _fit_columns(self) -> None:
        """Wide enough to show every column without scrolling sideways, as far as the screen allows."""
        wanted = self.table.header().length() + 2 * self.table.frameWidth() + 40
        if wanted > self.width():
            resize_within_screen(self, wanted, self.height())

    def _row(self, label: str, counts: Any) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label] + [figure_text(getattr(counts, name)) for name in FIGURES])
        for column in range(1, len(FIGURES) + 1):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def row_texts(self) -> list[list[str]]:
        return [[self.table.topLevelItem(i).text(c) for c in range(len(FIGURES) + 1)]
                for i in range(self.table.topLevelItemCount())]

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([self.tr("Month")] + self.headers())
        month = self.month().strftime("%Y-%m")
        if self.report is not None:
            rows = [(f"{c.name} ({c.site_code})", c.counts) for c in self.report.centers]
            rows.append((self.tr("Total"), self.report.total))
            for label, counts in rows:
                values = [getattr(counts, name) for name in FIGURES]
                writer.writerow([month, label] + ["" if v is None else (round(v, 2) if isinstance(v, float) else v)
                                                  for v in values])
        return out.getvalue()

    def copy_csv(self) -> None:
        QGuiApplication.clipboard().setText(self.csv_text())
        self.status.setText(self.tr("Copied; paste it into a spreadsheet."))
