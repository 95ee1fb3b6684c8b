"""The two forms for setting up what the center runs: one activity (an event, a class on one day) and a weekly
activity (the All Recovery Meeting, Tuesdays at six), whose meetings then show on every week without more typing."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.services.activities import MAX_DURATION_MINUTES, ActivityInput, SeriesInput
from rosc_desktop.ui.days import day_pattern, moment_pattern, today_qdate
from rosc_desktop.ui.fitting import resize_within_screen
from rosc_desktop.ui.operations import run_operation
from rosc_desktop.ui.screens.attendance import KINDS, kind_label

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


def _kind_combo(accessible: str) -> QComboBox:
    combo = QComboBox()
    for value, _label in KINDS:
        if value != "drop_in":  # the front desk's sheet makes the day's drop-in hours
            combo.addItem(kind_label(value), value)
    combo.setAccessibleName(accessible)
    return combo


def _duration_spin(not_noted: str, suffix: str, accessible: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, MAX_DURATION_MINUTES)
    spin.setSingleStep(15)
    spin.setValue(60)
    spin.setSpecialValueText(not_noted)
    spin.setSuffix(suffix)
    spin.setAccessibleName(accessible)
    return spin


class _ActivityForm(QDialog):
    """What both forms share: the fields, Save and Cancel, and saving off the GUI thread."""

    def __init__(self, services: "Services", parent: QWidget | None) -> None:
        super().__init__(parent)
        self._services = services
        self._saving = False
        self.result_view: Any = None
        self.setModal(True)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("For example: All Recovery Meeting"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.kind_combo = _kind_combo(self.tr("Kind of activity"))
        self.duration_spin = _duration_spin(self.tr("Not noted"), self.tr(" min"), self.tr("Duration in minutes"))
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(200)
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.facilitator_edit = QLineEdit()
        self.facilitator_edit.setMaxLength(200)
        self.facilitator_edit.setPlaceholderText(self.tr("Staff member or volunteer, by name"))
        self.facilitator_edit.setAccessibleName(self.tr("Facilitator"))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: palette(highlight); }")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _row(self, text: str, field: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        self.form.addRow(label, field)

    def _finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 560, 420)

    def _save(self) -> None:
        if self._saving:
            return
        if not self.name_edit.text().strip():
            self._failed_text(self.tr("Give the activity a name."))
            self.name_edit.setFocus()
            return
        work = self._work()
        self._saving = True
        self.save_button.setEnabled(False)
        run_operation(self, work, on_done=self._saved, on_error=self._failed)

    def _work(self) -> Any:
        raise NotImplementedError

    def _saved(self, view: Any) -> None:
        self._saving = False
        self.result_view = view
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from rosc_desktop.ui.messages import describe_error

        self._saving = False
        self.save_button.setEnabled(True)
        self._failed_text(describe_error(error)[1])

    def _failed_text(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def reject(self) -> None:
        if not self._saving:
            super().reject()

    def has_unsaved_work(self) -> bool:
        return self._saving or bool(self.name_edit.text().strip() or self.place_edit.text().strip()
                                    or self.facilitator_edit.text().strip())


class ActivityDialog(_ActivityForm):
    """One activity on one day: an event, a class, an extra group."""

    def __init__(self, services: "Services", day: date, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("New activity"))
        self.save_button.setText(self.tr("&Save activity"))
        self.when_edit = QDateTimeEdit(QDateTime(QDate(day.year, day.month, day.day), QTime(18, 0)))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(moment_pattern())
        self.when_edit.setAccessibleName(self.tr("Date and time"))
        self._row(self.tr("&Name:"), self.name_edit)
        self._row(self.tr("&Kind:"), self.kind_combo)
        self._row(self.tr("&When:"), self.when_edit)
        self._row(self.tr("&Duration:"), self.duration_spin)
        self._row(self.tr("&Place:"), self.place_edit)
        self._row(self.tr("&Facilitator:"), self.facilitator_edit)
        self._finish_layout()
        self.name_edit.setFocus()

    def current_input(self) -> ActivityInput:
        local: datetime = self.when_edit.dateTime().toPython()  # type: ignore[assignment]
        return ActivityInput(name=self.name_edit.text(), kind=str(self.kind_combo.currentData()),
                             starts_at=local.astimezone().astimezone(timezone.utc),
                             duration_minutes=self.duration_spin.value() or None, place=self.place_edit.text(),
                             facilitator=self.facilitator_edit.text())

    def _work(self) -> Any:
        data, acts = self.current_input(), self._services.activities
        return lambda: acts.create(data)


class SeriesDialog(_ActivityForm):
    """A weekly (or every-other-week) activity, from a first day and, if it is known, a last one."""

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("New weekly activity"))
        self.save_button.setText(self.tr("&Save weekly activity"))
        self.weekday_combo = QComboBox()
        locale = self.locale()
        for weekday in range(7):  # 0 = Monday, as the service counts; Qt counts Monday as 1
            self.weekday_combo.addItem(locale.dayName(weekday + 1).capitalize(), weekday)
        self.weekday_combo.setCurrentIndex(today_qdate().dayOfWeek() - 1)
        self.weekday_combo.setAccessibleName(self.tr("Day of the week"))
        self.time_edit = QTimeEdit(QTime(18, 0))
        self.time_edit.setDisplayFormat(locale.timeFormat(locale.FormatType.ShortFormat))
        self.time_edit.setAccessibleName(self.tr("Start time"))
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.weekday_combo)
        at = QLabel(self.tr("at"))
        when_row.addWidget(at)
        when_row.addWidget(self.time_edit)
        when_row.addStretch(1)
        self.every_combo = QComboBox()
        self.every_combo.addItem(self.tr("Every week"), 1)
        self.every_combo.addItem(self.tr("Every other week"), 2)
        self.every_combo.setAccessibleName(self.tr("How often"))
        self.starts_edit = QDateEdit(today_qdate())
        self.starts_edit.setCalendarPopup(True)
        self.starts_edit.setDisplayFormat(day_pattern())
        self.starts_edit.setAccessibleName(self.tr("Starts on"))
        self.ends_check = QCheckBox(self.tr("Ends on"))
        self.ends_check.setAccessibleName(self.tr("Has a last day"))
        self.ends_edit = QDateEdit(today_qdate().addMonths(3))
        self.ends_edit.setCalendarPopup(True)
        self.ends_edit.setDisplayFormat(day_pattern())
        self.ends_edit.setAccessibleName(self.tr("Last day"))
        self.ends_edit.setEnabled(False)
        self.ends_check.toggled.connect(self.ends_edit.setEnabled)
        ends = QWidget()
        ends_row = QHBoxLayout(ends)
        ends_row.setContentsMargins(0, 0, 0, 0)
        ends_row.addWidget(self.ends_check)
        ends_row.addWidget(self.ends_edit)
        ends_row.addStretch(1)
        self._row(self.tr("&Name:"), self.name_edit)
        self._row(self.tr("&Kind:"), self.kind_combo)
        self._row(self.tr("&Meets on:"), when, self.weekday_combo)
        self._row(self.tr("&How often:"), self.every_combo)
        self._row(self.tr("&Duration:"), self.duration_spin)
        self._row(self.tr("&Place:"), self.place_edit)
        self._row(self.tr("&Facilitator:"), self.facilitator_edit)
        self._row(self.tr("Starts &on:"), self.starts_edit)
        self._row(self.tr("&Last day:"), ends, self.ends_check)
        self._finish_layout()
        self.name_edit.setFocus()

    def current_input(self) -> SeriesInput:
        start: time = self.time_edit.time().toPython()  # type: ignore[assignment]
        return SeriesInput(name=self.name_edit.text(), kind=str(self.kind_combo.currentData()),
                           weekday=int(self.weekday_combo.currentData()), start_time=start.replace(second=0),
                           starts_on=self.starts_edit.date().toPython(),  # type: ignore[arg-type]
                           duration_minutes=self.duration_spin.value() or None, place=self.place_edit.text(),
                           facilitator=self.facilitator_edit.text(), every_weeks=int(self.every_combo.currentData()),
                           ends_on=self.ends_edit.date().toPython() if self.ends_check.isChecked() else None)  # type: ignore[arg-type]

    def _work(self) -> Any:
        data, acts = self.current_input(), self._services.activities
        return lambda: acts.create_series(data)
