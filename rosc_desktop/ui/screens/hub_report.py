"""Reports across centers (a hub only): one month's measures per enrolled center and in total, copyable as CSV.

The columns are services.measures' measures, titled and explained (a header's tooltip) in the same words as the
center's own Reports screen; the figures are the reports service's (hub.center_report), so a center's own report
and the hub's line for it agree by construction.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
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

from rosc_desktop.documents.report_style import figure_value
from rosc_desktop.clock import center_today
from rosc_desktop.placeholders import fill
from rosc_desktop.services.measures import MEASURES, Figure
from rosc_desktop.sync import hub
from rosc_desktop.ui.operations import run_operation
from rosc_desktop.ui.days import today_qdate
from rosc_desktop.ui.fitting import resize_within_screen

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

COL_CENTER = 0
# Figures that rest on a number of people: the CSV gives that number in a column of its own.
RESTING = ("days_to_connection", "barc10_change", "gas_change", "network_members_added")


def last_month(today: date | None = None) -> date:
    first_this = (today or center_today()).replace(day=1)
    return (first_this - timedelta(days=1)).replace(day=1)


def month_end(first: date) -> date:
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def measure_word(source: str) -> str:
    return QCoreApplication.translate("Measures", source)


def figure_text(figure: Figure, unit: str) -> str:
    """The figure as the center's own Reports screen, its PDF and the terminal write it (one rounding for all)."""
    return figure_value(figure, unit, QLocale())


def wrapped(title: str, metrics: Any, width: int) -> str:
    """`title` broken into lines no wider than `width` pixels, for a narrow column's header: between words, and
    a word too long for a line with a hyphen."""
    lines: list[str] = []
    for word in title.split():
        if lines and metrics.horizontalAdvance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
            continue
        while metrics.horizontalAdvance(word) > width and len(word) > 4:
            fits = [n for n in range(3, len(word) - 1) if metrics.horizontalAdvance(word[:n] + "-") <= width]
            cut = fits[-1] if fits else 3
            lines.append(word[:cut] + "-")
            word = word[cut:]
        lines.append(word)
    return "\n".join(lines)


def csv_value(value: float | None) -> object:
    if value is None:
        return ""
    return round(value, 2) if isinstance(value, float) and not value.is_integer() else int(value)


class HubReportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, month: date | None = None) -> None:
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
        # Fourteen measures side by side at 1280 pixels: each column as wide as its title's longest word within
        # 8 to 11 average characters, the title broken onto lines to fit (a longer word, as Spanish has, with a
        # hyphen), and the center's name column takes what is left.
        metrics = self.table.header().fontMetrics()
        narrowest, widest = metrics.averageCharWidth() * 8, metrics.averageCharWidth() * 11
        self._widths = [min(widest, max([narrowest] + [metrics.horizontalAdvance(w) for w in title.split()])) + 16
                        for title in self.headers()[1:]]
        self.table.setHeaderLabels([self.headers()[0]] + [
            wrapped(title, metrics, width - 12) for title, width in zip(self.headers()[1:], self._widths)])
        header_item = self.table.headerItem()
        for column, measure in enumerate(MEASURES, start=1):
            header_item.setToolTip(column, measure_word(measure.title) + "\n\n" + measure_word(measure.definition))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CENTER, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.averageCharWidth() * 6)
        for column, width in enumerate(self._widths, start=1):
            header.resizeSection(column, width)
        self.note = QLabel(self.tr(
        "Figures come from the records each center has sent, identified or not, counted as each center counts "
        "them. Point at a column's title to read what it counts."), self)
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
        return [self.tr("Center")] + [measure_word(m.title) for m in MEASURES]

    def month(self) -> date:
        chosen = self.month_edit.date()
        return date(chosen.year(), chosen.month(), 1)

    def load(self) -> None:
        start = self.month()
        services = self._services
        self.copy_button.setEnabled(False)
        run_operation(self, lambda: hub.center_report(services, start, month_end(start)), on_done=self._show)

    def _show(self, report: hub.HubReport) -> None:
        if report.first != self.month():
            return  # an answer for a month chosen before; the newer one is on its way
        self.report = report
        self.table.clear()
        for center in report.centers:
            self.table.addTopLevelItem(self._row(f"{center.name} ({center.site_code})", center.report.figures))
        total = self._row(self.tr("Total"), report.total.figures)
        for column in range(len(MEASURES) + 1):
            font = total.font(column)
            font.setBold(True)
            total.setFont(column, font)
        self.table.addTopLevelItem(total)
        self.status.setText(self.tr("%n center(s).", "", len(report.centers)))
        self._fit_columns()
        self.copy_button.setEnabled(True)

    def _fit_columns(self) -> None:
        """Wide enough to show every column without scrolling sideways, as far as the screen allows."""
        names = [self.table.topLevelItem(i).text(COL_CENTER) for i in range(self.table.topLevelItemCount())]
        metrics = self.table.fontMetrics()
        center = max([metrics.averageCharWidth() * 24] + [metrics.horizontalAdvance(n) + 24 for n in names])
        wanted = center + sum(self._widths) + 2 * self.table.frameWidth() + 40
        if wanted > self.width():
            resize_within_screen(self, wanted, self.height())

    def _row(self, label: str, figures: dict[str, Figure]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label] + [figure_text(figures[m.code], m.unit) for m in MEASURES])
        for column, measure in enumerate(MEASURES, start=1):
            rests = figures[measure.code].rests_on
            if rests is not None:
                item.setToolTip(column, self.tr("Rests on %n person(s).", "", rests))
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def row_texts(self) -> list[list[str]]:
        return [[self.table.topLevelItem(i).text(c) for c in range(len(MEASURES) + 1)]
                for i in range(self.table.topLevelItemCount())]

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        heads = [self.tr("Month"), self.tr("Center")]
        for measure in MEASURES:
            heads.append(measure_word(measure.title))
            if measure.code in RESTING:
                heads.append(fill(self.tr("%1: people it rests on"), measure_word(measure.title)))
        writer.writerow(heads)
        month = self.month().strftime("%Y-%m")
        if self.report is not None:
            rows = [(f"{c.name} ({c.site_code})", c.report.figures) for c in self.report.centers]
            rows.append((self.tr("Total"), self.report.total.figures))
            for label, figures in rows:
                values: list[object] = [month, label]
                for measure in MEASURES:
                    figure = figures[measure.code]
                    values.append(csv_value(figure.value))
                    if measure.code in RESTING:
                        values.append("" if figure.rests_on is None else figure.rests_on)
                writer.writerow(values)
        return out.getvalue()

    def copy_csv(self) -> None:
        QGuiApplication.clipboard().setText(self.csv_text())
        self.status.setText(self.tr("Copied; paste it into a spreadsheet."))
