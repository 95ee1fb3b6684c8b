"""Reports (coordinators and admins): what the center did over a month or any range of days.

The figures are services.reports.center — the measures defined once in services/measures.py, whose definitions
are the rows' tooltips — with their breakdowns as child rows. Enter or a double-click on a figure lists the people
(or activities) behind it, for staff on screen only; a person opens in their workspace through `open_requested`.
Charts sit beside the table; CSV and PDF exports carry no names. Every count runs off the GUI thread: at 100,000
people a month's figures and a year's trend take a moment, and the window stays usable meanwhile.

The list behind a figure is reports_behind.py; the charts, reports_charts.py (colours and series order shared
with the printed report through documents/report_style.py).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.clock import center_today
from rosc_desktop.documents import report_style as style
from rosc_desktop.documents.report_style import figure_value
from rosc_desktop.i18n import Context, current_language
from rosc_desktop.services.measures import BARC_BINS, BY_CODE, MEASURES
from rosc_desktop.ui.days import day_pattern, format_day, pydate, qdate, today_qdate
from rosc_desktop.ui.fitting import FlowLayout
from rosc_desktop.ui.languages import language_label
from rosc_desktop.ui.operations import change_bus, run_operation
from rosc_desktop.ui.save_pdf import ask_pdf_path
from rosc_desktop.ui.screens.reports_behind import (
    ACTIVITY_LISTS,
    PEOPLE_LISTS,
    BehindDialog,
    measure_words,
    people_text,
)
from rosc_desktop.ui.screens.reports_charts import (
    ReportChartView,
    attendance_chart,
    barc_chart,
    kind_label,
    trend_chart,
)
from rosc_desktop.util_files import write_atomic

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services
    from rosc_desktop.services.measures import Figure, Measure
    from rosc_desktop.services.reports import CenterReport, TrendPoint

Reports = Context("Reports")
COL_MEASURE, COL_VALUE, COL_RESTS_ON = range(3)
CODE_ROLE = Qt.ItemDataRole.UserRole
CSV_COLUMNS = ("measure", "title", "breakdown", "first", "last", "value", "rests_on")
PDF_LANGUAGES = ("en", "es")
# A date typed digit by digit changes the edit at every key: the figures are counted once typing pauses.
RELOAD_DELAY_MS = 300
# Data whose change alters a figure: an open report counts again when any of it changes.
REFRESH_KINDS = (Kind.PARTICIPANT, Kind.CHECKINS, Kind.ACTIVITIES, Kind.ATTENDANCE, Kind.REFERRALS, Kind.INTAKE,
                 Kind.GOALS, Kind.NETWORK, Kind.SETBACK, Kind.CONSENTS, Kind.SYNC)


def last_full_month(today: date | None = None) -> date:
    return ((today or center_today()).replace(day=1) - timedelta(days=1)).replace(day=1)


def month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def value_text(measure: "Measure", figure: "Figure") -> str:
    """The figure as the board's PDF and the terminal show it (documents.report_style.figure_value), in this
    computer's way of writing numbers."""
    return figure_value(figure, measure.unit, QLocale())


def rests_on_text(measure: "Measure", count: int) -> str:
    """What an average rests on: referrals for the days to connection (a median of referrals), else people."""
    if measure.unit != "days":
        return people_text(count)
    if count == 1:
        return Reports.tr("1 referral")
    return Reports.tr("%Ln referrals", None, count)


def csv_value(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def report_csv(report: "CenterReport") -> str:
    """One row per measure and per breakdown item, in English (a spreadsheet's columns, not a reader's page)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    first, last = report.first.isoformat(), report.last.isoformat()
    for measure in MEASURES:
        figure = report.figures.get(measure.code)
        if figure is None:
            continue
        rests_on = "" if figure.rests_on is None else str(figure.rests_on)
        writer.writerow([measure.code, measure.title, "", first, last, csv_value(figure.value), rests_on])
        for key, count in figure.breakdown.items():
            writer.writerow([measure.code, measure.title, key, first, last, str(count), ""])
    return out.getvalue()


@dataclass(frozen=True)
class ChartData:
    first: date
    last: date
    trend: list["TrendPoint"]
    barc_first: list[int]
    barc_latest: list[int]


class ReportsScreen(QWidget):
    """The center's figures for a period, their charts, and their CSV and PDF."""

    help_topic = "reports"
    open_requested = Signal(str)  # a participant id, from the list behind a figure

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.report: CenterReport | None = None
        self.charts_data: ChartData | None = None
        self.behind_dialog: BehindDialog | None = None
        self._stale = False
        self._busy = False
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._reload.timeout.connect(self.load)
        self.setAccessibleName(self.tr("Reports"))

        start = last_full_month()
        self.month_radio = QRadioButton(self.tr("&Month:"), self)
        self.month_radio.setChecked(True)
        self.month_edit = QDateEdit(qdate(start), self)
        self.month_edit.setDisplayFormat("MMMM yyyy")
        self.month_edit.setAccessibleName(self.tr("Month"))
        self.month_edit.setMaximumDate(today_qdate())
        self.month_edit.setMinimumWidth(self.month_edit.fontMetrics().horizontalAdvance("septiembre 0000") + 48)
        self.range_radio = QRadioButton(self.tr("Dates fr&om"), self)
        self.from_edit = QDateEdit(qdate(start), self)
        self.to_edit = QDateEdit(qdate(month_end(start)), self)
        for edit, name in ((self.from_edit, self.tr("First day")), (self.to_edit, self.tr("Last day"))):
            edit.setDisplayFormat(day_pattern())
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setMaximumDate(today_qdate())
            edit.dateChanged.connect(lambda _d: self._period_changed())
        to_label = QLabel(self.tr("to"), self)
        self.month_edit.dateChanged.connect(lambda _d: self._period_changed())
        self.month_radio.toggled.connect(lambda _on: self._period_changed())
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.setWordWrap(True)

        period = QHBoxLayout()
        period.addWidget(self.month_radio)
        period.addWidget(self.month_edit)
        period.addSpacing(16)
        period.addWidget(self.range_radio)
        period.addWidget(self.from_edit)
        period.addWidget(to_label)
        period.addWidget(self.to_edit)
        period.addSpacing(16)
        period.addWidget(self.status, 1)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("The center's figures"))
        self.tree.setHeaderLabels([self.tr("Measure"), self.tr("Figure"), self.tr("Rests on")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_MEASURE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_RESTS_ON, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda item, _col: self.open_behind(item.data(COL_MEASURE, CODE_ROLE)))
        self.tree.currentItemChanged.connect(lambda _now, _before: self._enable())
        figures_label = QLabel(self.tr("Fi&gures"), self)
        figures_label.setBuddy(self.tree)
        self.hint = QLabel(self.tr("Press Enter on a figure to see who or what it counts."), self)
        self.hint.setWordWrap(True)

        self.trend_view = ReportChartView(measure_words(style.TREND_TITLE), self)
        self.attendance_view = ReportChartView(measure_words(style.ATTENDANCE_TITLE), self)
        self.barc_view = ReportChartView(measure_words(style.BARC_TITLE), self)
        self.chart_tabs = QTabWidget(self)
        self.chart_tabs.setAccessibleName(self.tr("Charts"))
        self.chart_tabs.addTab(self.trend_view, self.tr("Tr&end by month"))
        self.chart_tabs.addTab(self.attendance_view, self.tr("Attendance by &kind"))
        self.chart_tabs.addTab(self.barc_view, self.tr("&Recovery capital"))
        self.chart_title = QLabel(self)
        self.chart_title.setWordWrap(True)
        font = self.chart_title.font()
        font.setBold(True)
        self.chart_title.setFont(font)
        self.chart_tabs.currentChanged.connect(lambda _i: self._name_chart())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(figures_label)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.hint)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart_title)
        right_layout.addWidget(self.chart_tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)

        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note for the PDF"))
        self.note.setPlaceholderText(self.tr("A few words for the board or funder: printed on the PDF only."))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        self.language = QComboBox(self)
        for code in PDF_LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.setAccessibleName(self.tr("PDF language"))
        language_label_widget = QLabel(self.tr("PDF &language:"), self)
        language_label_widget.setBuddy(self.language)
        self.behind_button = QPushButton(self.tr("&Who is counted…"), self)
        self.behind_button.clicked.connect(lambda: self.open_behind())
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())

        note_row = QHBoxLayout()
        note_row.addWidget(note_label, 0, Qt.AlignmentFlag.AlignTop)
        note_row.addWidget(self.note, 1)
        buttons = FlowLayout()
        for widget in (self.behind_button, self.csv_button, language_label_widget, self.language, self.pdf_button):
            buttons.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(note_row)
        layout.addLayout(buttons)
        self.setFocusProxy(self.tree)
        self._period_changed()
        self._name_chart()
        change_bus.changed.connect(self._data_changed)

    # -- the period ------------------------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        if self.month_radio.isChecked():
            first = pydate(self.month_edit.date()).replace(day=1)
            return first, month_end(first)
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    def set_month(self, first_of_month: date) -> None:
        self.month_radio.setChecked(True)
        self.month_edit.setDate(qdate(first_of_month))

    def set_range(self, first: date, last: date) -> None:
        self.range_radio.setChecked(True)
        self.from_edit.setDate(qdate(first))
        self.to_edit.setDate(qdate(last))

    def _period_changed(self) -> None:
        by_month = self.month_radio.isChecked()
        self.month_edit.setEnabled(by_month)
        self.from_edit.setEnabled(not by_month)
        self.to_edit.setEnabled(not by_month)
        first, last = self.period()
        if last < first:
            self._reload.stop()
            self.report = None  # the figures shown were another period's: not to be read, or exported, as this one's
            self.tree.clear()
            self.status.setText(self.tr("The last day is before the first."))
            self._enable()
            return
        if not self.isVisible():
            # Counted when first shown: a coordinator signing in to do an intake never waits on a year's trend.
            self._stale = True
            self.status.clear()
            return
        self._set_busy(True)
        self._reload.start()

    def _data_changed(self, changes: Changes) -> None:
        if not changes.touches(*REFRESH_KINDS):
            return
        if self.isVisible():
            self.load()
        else:
            self._stale = True  # counted again when the tab is next shown, not for every save elsewhere

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.load()

    # -- counting --------------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.status.setText(self.tr("Counting…"))
        self._enable()

    def _enable(self) -> None:
        ready = (self.report is not None and not self._busy
                 and (self.report.first, self.report.last) == self.period())
        self.csv_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        current = self.tree.currentItem()
        code = current.data(COL_MEASURE, CODE_ROLE) if current is not None else None
        self.behind_button.setEnabled(ready and code in PEOPLE_LISTS | ACTIVITY_LISTS)

    def load(self) -> None:
        """Count the period's figures, then its charts, each off the GUI thread; a later period's answer wins."""
        self._reload.stop()
        first, last = self.period()
        if last < first:
            return
        self._set_busy(True)
        reports = self._services.reports
        run_operation(self, lambda: reports.center(first, last), on_done=self._show_figures,
                      on_error=self._failed)

    def _load_charts(self, first: date, last: date) -> None:
        # After the figures, not beside them: the trend is twelve months of counting, and the table comes first.
        reports = self._services.reports

        def charts() -> ChartData:
            trend = reports.trend(last.replace(day=1), style.TREND_MONTHS)
            barc_first, barc_latest = reports.barc10_distribution(first, last)
            return ChartData(first, last, trend, barc_first, barc_latest)

        run_operation(self, charts, on_done=self._show_charts, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        from rosc_desktop.ui.messages import describe_error

        self._busy = False
        self.status.setText(describe_error(error)[1])
        self._enable()

    def _show_figures(self, report: "CenterReport") -> None:
        if (report.first, report.last) != self.period():
            return  # counted for a period chosen before; the current one's answer is on its way
        self.report = report
        self._busy = False
        current = self.tree.currentItem()
        keep = current.data(COL_MEASURE, CODE_ROLE) if current is not None else MEASURES[0].code
        self.tree.clear()
        chosen = None
        for measure in MEASURES:
            figure = report.figures.get(measure.code)
            if figure is None:
                continue
            item = self._figure_row(measure, figure)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if measure.code == keep:
                chosen = item
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.status.setText(fill(self.tr("%1 to %2"), format_day(report.first), format_day(report.last)))
        self._enable()
        attendance = report.figures["attendance"].breakdown if "attendance" in report.figures else {}
        self.attendance_view.show_chart(attendance_chart(self.palette(), attendance), ", ".join(
            f"{kind_label(kind)}: {attendance.get(kind, 0)}" for kind in style.ATTENDANCE_KINDS))
        self._load_charts(report.first, report.last)

    def _figure_row(self, measure: "Measure", figure: "Figure") -> QTreeWidgetItem:
        rests_on = "" if figure.rests_on is None else rests_on_text(measure, figure.rests_on)
        item = QTreeWidgetItem([measure_words(measure.title), value_text(measure, figure), rests_on])
        definition = measure_words(measure.definition)
        for column in range(3):
            item.setToolTip(column, definition)
        item.setData(COL_MEASURE, CODE_ROLE, measure.code)
        item.setTextAlignment(COL_VALUE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = item.font(COL_VALUE)
        font.setBold(True)
        item.setFont(COL_VALUE, font)
        for key, count in figure.breakdown.items():
            child = QTreeWidgetItem([measure_words(style.BREAKDOWN_WORDS.get(key, key)), QLocale().toString(count),
                                     ""])
            child.setData(COL_MEASURE, CODE_ROLE, measure.code)
            child.setTextAlignment(COL_VALUE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column in range(3):
                child.setToolTip(column, definition)
            item.addChild(child)
        return item

    def _show_charts(self, data: ChartData) -> None:
        if (data.first, data.last) != self.period():
            return
        self.charts_data = data
        palette = self.palette()
        self.trend_view.show_chart(trend_chart(palette, data.trend), self._trend_words(data))
        self.barc_view.show_chart(barc_chart(palette, BARC_BINS, data.barc_first, data.barc_latest),
                                  fill(self.tr("First assessment: %1. Latest assessment: %2."),
                                       ", ".join(map(str, data.barc_first)), ", ".join(map(str, data.barc_latest))))

    def _trend_words(self, data: ChartData) -> str:
        return "; ".join(f"{p.month.strftime('%Y-%m')}: {p.people_served}, {p.contacts}" for p in data.trend)

    def _name_chart(self) -> None:
        titles = (style.TREND_TITLE, style.ATTENDANCE_TITLE, style.BARC_TITLE)
        self.chart_title.setText(measure_words(titles[max(0, self.chart_tabs.currentIndex())]))

    # -- behind a figure -------------------------------------------------------------------------------------

    def open_behind(self, code: str | None = None) -> "BehindDialog | None":
        if code is None:
            current = self.tree.currentItem()
            code = current.data(COL_MEASURE, CODE_ROLE) if current is not None else None
        if code is None or self.report is None:
            return None
        if code not in PEOPLE_LISTS | ACTIVITY_LISTS:
            self.status.setText(self.tr("This figure has no list behind it."))
            return None
        dialog = BehindDialog(self._services, BY_CODE[code], self.report.first, self.report.last, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_requested)
        self.behind_dialog = dialog
        dialog.open()
        return dialog

    # -- exports ---------------------------------------------------------------------------------------------

    def _file_name(self, suffix: str) -> str:
        assert self.report is not None
        return f"center-report-{self.report.first.isoformat()}-{self.report.last.isoformat()}.{suffix}"

    def export_csv(self, target: Path | None = None) -> None:
        if self.report is None:
            return
        if target is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the figures as CSV"),
                                                          f"{folder}/{self._file_name('csv')}",
                                                          self.tr("CSV file (*.csv)"))
            if not chosen:
                return
            target = Path(chosen if chosen.lower().endswith(".csv") else chosen + ".csv")
        data = report_csv(self.report).encode("utf-8")
        where = target
        run_operation(self, lambda: write_atomic(where, data, mode=0o600), on_done=lambda _r: self._saved(where))

    def save_pdf(self, target: Path | None = None) -> None:
        if self.report is None:
            return
        if target is None:
            target = ask_pdf_path(self, self.tr("Save the center's report"), self._file_name("pdf"))
            if target is None:
                return
        services, first, last = self._services, self.report.first, self.report.last
        note, language, where = self.note.toPlainText().strip(), self.language.currentData(), target
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Writing the PDF…"))

        def work() -> None:
            from rosc_desktop.documents.center_report import center_report_pdf

            write_atomic(where, center_report_pdf(services, first, last, note, language), mode=0o600)

        def failed(error: BaseException) -> None:
            from rosc_desktop.ui.operations import show_error

            self._enable()
            self.status.clear()
            show_error(self, error)

        run_operation(self, work, on_done=lambda _r: self._saved(where), on_error=failed)

    def _saved(self, target: Path) -> None:
        self._enable()
        self.status.setText(fill(self.tr("Saved as %1 in %2."), target.name, str(target.parent)))

