"""The directory's dialogs for one entry: add or edit a local entry, and suggest a correction to a hub entry.

A local entry is typed the way staff know a service (a name, who runs it, when it is open, what to bring);
the service layer turns it into HSDS objects. Hub entries are never edited here: the suggestion is kept and
carried back to the hub, which owns them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import ValidationError
from rosc_desktop.placeholders import fill
from rosc_desktop.ui.form_dialog import FormDialog, plain_editor
from rosc_desktop.ui.operations import run_now, run_operation
from rosc_desktop.ui.screens.directory import DAYS, category_word, language_word
from rosc_desktop.ui.fitting import resize_within_screen

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

COMMON_LANGUAGES = ("en", "es", "fr", "ht", "zh", "vi", "ar", "ru", "ko", "tl", "pt")
CODE_ROLE = Qt.ItemDataRole.UserRole


def _line(parent: QWidget, text: str, name: str) -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setAccessibleName(name)
    return edit


def _check_list(parent: QWidget, items: Sequence[tuple[str, str]], checked: Sequence[str], name: str) -> QListWidget:
    box = QListWidget(parent)
    box.setAccessibleName(name)
    for value, words in items:
        item = QListWidgetItem(words, box)
        item.setData(CODE_ROLE, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 5 + 12)
    return box


def _checked(box: QListWidget) -> list[str]:
    return [box.item(i).data(CODE_ROLE) for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked]


def _qtime(value: time | None, fallback: QTime) -> QTime:
    return QTime(value.hour, value.minute) if value is not None else fallback


class HoursRow(QWidget):
    """One line of opening hours: the days it applies to, and from when until when."""

    def __init__(self, hours: Any, remove: Callable[["HoursRow"], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        line = QHBoxLayout()
        column.addLayout(line)
        locale = QLocale()
        self.days: dict[str, QCheckBox] = {}
        for number, code in enumerate(DAYS, start=1):
            box = QCheckBox(locale.dayName(number, QLocale.FormatType.ShortFormat), self)
            box.setAccessibleName(locale.dayName(number, QLocale.FormatType.LongFormat))
            box.setChecked(hours is not None and code in hours.byday)
            self.days[code] = box
            line.addWidget(box)
        self.opens = QTimeEdit(_qtime(hours.opens_at if hours else None, QTime(9, 0)), self)
        self.closes = QTimeEdit(_qtime(hours.closes_at if hours else None, QTime(17, 0)), self)
        self.opens.setAccessibleName(self.tr("Opens at"))
        self.closes.setAccessibleName(self.tr("Closes at"))
        line.addStretch(1)
        line = QHBoxLayout()
        column.addLayout(line)
        line.addWidget(QLabel(self.tr("from"), self))
        line.addWidget(self.opens)
        line.addWidget(QLabel(self.tr("to"), self))
        line.addWidget(self.closes)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove these hours"))
        self.remove_button.clicked.connect(lambda: remove(self))
        line.addWidget(self.remove_button)
        line.addStretch(1)

    def value(self) -> Any:
        from rosc_desktop.services.directory import OpeningHours

        return OpeningHours(tuple(code for code, box in self.days.items() if box.isChecked()),
                            self.opens.time().toPython(), self.closes.time().toPython())  # type: ignore[arg-type]


class HoursEditor(QWidget):
    """Several lines of opening hours ("Mon–Fri 9 to 5", "Sat 10 to 2"), added and removed by button."""

    def __init__(self, hours: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HoursRow] = []
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add opening &hours"), self)
        self.add_button.clicked.connect(lambda: self.add_row(None, focus=True))
        self._column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        for row in hours:
            self.add_row(row)

    def add_row(self, hours: Any = None, focus: bool = False) -> HoursRow:
        row = HoursRow(hours, self.remove_row, self)
        self.rows.append(row)
        self._column.insertWidget(self._column.count() - 1, row)
        if focus:
            next(iter(row.days.values())).setFocus()
        return row

    def remove_row(self, row: HoursRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.add_button.setFocus()

    def value(self) -> tuple[Any, ...]:
        return tuple(row.value() for row in self.rows)


def _input_from_detail(detail: Any) -> Any:
    """What the edit dialog starts from: the service's own `as_input()` when it offers one."""
    from rosc_desktop.services.directory import ServiceInput

    as_input = getattr(detail, "as_input", None)
    if callable(as_input):
        return as_input()
    return ServiceInput(detail.name, detail.organization_name, description=detail.description,
                        categories=tuple(detail.categories), languages=tuple(detail.languages),
                        phone=detail.phones[0] if detail.phones else "", email=detail.email, url=detail.url,
                        city=detail.city or "", hours=tuple(detail.hours), is_free=detail.is_free,
                        fees_description=detail.fees_description, walk_in=detail.walk_in,
                        eligibility_description=detail.eligibility_description,
                        application_process=detail.application_process, accessibility=detail.accessibility)


class DirectoryFormDialog(FormDialog):
    """A directory save announces "directory" to every screen (it is about no participant)."""

    def __init__(self, services: Services, parent: QWidget | None) -> None:
        super().__init__(services, "", parent)

    def _send(self, work: Callable[[], Any]) -> None:
        self._set_saving(True)
        run_operation(self, work, on_done=self._saved, on_error=self._failed)


class EntryDialog(DirectoryFormDialog):
    """Add a local entry to the directory, or edit one this center added."""

    def __init__(self, services: Services, existing: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        from rosc_desktop.services.directory import ServiceInput

        self._existing = existing
        self.setWindowTitle(self.tr("Add a local entry") if existing is None else self.tr("Edit local entry"))
        data = _input_from_detail(existing) if existing is not None else ServiceInput("", "")
        directory = services.directory
        # run_now: distinct categories over the directory's services (thousands, not people)
        known_categories = run_now(directory.categories, self) or []
        # run_now: distinct languages over the directory's services and places (thousands, not people)
        known_languages = run_now(directory.languages, self) or []

        self.name_edit = _line(self, data.name, self.tr("Service name, required"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Tuesday food pantry"))
        self.organization_edit = _line(self, data.organization_name, self.tr("Organisation, required"))
        self.organization_edit.setPlaceholderText(self.tr("Who runs it"))
        self.description_edit = plain_editor(self, 3, self.tr("Description"))
        self.description_edit.setPlainText(data.description)
        listed = list(known_categories)
        self.categories_list = _check_list(self, [(c, category_word(c)) for c in listed], data.categories, self.tr("Categories"))
        other = [c for c in data.categories if c not in listed]
        self.other_categories_edit = _line(self, ", ".join(other), self.tr("Other categories, separated by commas"))
        self.other_categories_edit.setPlaceholderText(self.tr("Other categories, separated by commas"))
        categories_box = QWidget(self)
        categories_column = QVBoxLayout(categories_box)
        categories_column.setContentsMargins(0, 0, 0, 0)
        if listed:
            categories_column.addWidget(self.categories_list)
        else:
            self.categories_list.hide()
        categories_column.addWidget(self.other_categories_edit)
        codes = list(COMMON_LANGUAGES) + [c for c in known_languages if c not in COMMON_LANGUAGES]
        codes += [c for c in data.languages if c not in codes]
        self.languages_list = _check_list(self, [(c, language_word(c)) for c in codes], data.languages,
                                          self.tr("Languages spoken"))

        self.phone_edit = _line(self, data.phone, self.tr("Phone"))
        self.email_edit = _line(self, data.email, self.tr("Email"))
        self.url_edit = _line(self, data.url, self.tr("Website"))
        self.address_edit = _line(self, data.address_1, self.tr("Street address"))
        self.city_edit = _line(self, data.city, self.tr("City"))
        self.state_edit = _line(self, data.state_province, self.tr("State"))
        self.postal_edit = _line(self, data.postal_code, self.tr("Postal code"))
        self.hours_editor = HoursEditor(data.hours, self)
        self.free_check = QCheckBox(self.tr("&Free of charge"), self)
        self.free_check.setChecked(data.is_free)
        self.fees_edit = _line(self, data.fees_description, self.tr("Fees"))
        self.fees_edit.setPlaceholderText(self.tr("e.g. sliding scale, Medicaid accepted"))
        self.walk_in_check = QCheckBox(self.tr("Wal&k-ins welcome (no appointment)"), self)
        self.walk_in_check.setChecked(data.walk_in)
        self.eligibility_edit = plain_editor(self, 2, self.tr("Who can use it"))
        self.eligibility_edit.setPlainText(data.eligibility_description)
        self.application_edit = plain_editor(self, 2, self.tr("What to bring and how to apply"))
        self.application_edit.setPlainText(data.application_process)
        self.accessibility_edit = plain_editor(self, 2, self.tr("Accessibility"))
        self.accessibility_edit.setPlainText(data.accessibility)

        what = QGroupBox(self.tr("What it is"), self)
        what_form = QFormLayout(what)
        what_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(what_form, self.tr("&Name (required):"), "name", self.name_edit)
        self._row(what_form, self.tr("&Organisation (required):"), "organization_name", self.organization_edit)
        self._row(what_form, self.tr("&Description:"), "description", self.description_edit)
        self._row(what_form, self.tr("&Categories:"), "categories", self.other_categories_edit, categories_box)
        self._row(what_form, self.tr("&Languages:"), "languages", self.languages_list)
        self._row(what_form, self.tr("Who can &use it:"), "eligibility_description", self.eligibility_edit)

        where = QGroupBox(self.tr("Where and when"), self)
        where_form = QFormLayout(where)
        where_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(where_form, self.tr("&Phone:"), "phone", self.phone_edit)
        self._row(where_form, self.tr("E&mail:"), "email", self.email_edit)
        self._row(where_form, self.tr("&Website:"), "url", self.url_edit)
        self._row(where_form, self.tr("Addr&ess:"), "address_1", self.address_edit)
        self._row(where_form, self.tr("Cit&y:"), "city", self.city_edit)
        self._row(where_form, self.tr("S&tate:"), "state_province", self.state_edit)
        self._row(where_form, self.tr("&ZIP code:"), "postal_code", self.postal_edit)
        hours_label = QLabel(self.tr("Opening hours:"), self)
        where_form.addRow(hours_label, self._with_error("hours", self.hours_editor))

        terms = QGroupBox(self.tr("Cost and access"), self)
        terms_form = QFormLayout(terms)
        terms_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        terms_form.addRow(self.free_check)
        self._row(terms_form, self.tr("Fees, &if any:"), "fees_description", self.fees_edit)
        terms_form.addRow(self.walk_in_check)
        self._row(terms_form, self.tr("What to &bring:"), "application_process", self.application_edit)
        self._row(terms_form, self.tr("&Accessibility:"), "accessibility", self.accessibility_edit)

        self._make_buttons(self.tr("&Save entry") if existing is None else self.tr("&Save"))
        inner = QWidget(self)
        columns = QHBoxLayout(inner)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(what)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(where)
        right.addWidget(terms)
        right.addStretch(1)
        what.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, self.fontMetrics().averageCharWidth() * 180, 640)
        self._initial = self.current()
        self.name_edit.setFocus()

    def entry(self) -> Any:
        from rosc_desktop.services.directory import ServiceInput

        others = [part.strip() for part in self.other_categories_edit.text().split(",") if part.strip()]
        categories = tuple(dict.fromkeys(_checked(self.categories_list) + others))
        return ServiceInput(
            self.name_edit.text(), self.organization_edit.text(), description=self.description_edit.toPlainText(),
            categories=categories, languages=tuple(_checked(self.languages_list)), phone=self.phone_edit.text(),
            email=self.email_edit.text(), url=self.url_edit.text(), address_1=self.address_edit.text(),
            city=self.city_edit.text(), state_province=self.state_edit.text(), postal_code=self.postal_edit.text(),
            hours=self.hours_editor.value(), is_free=self.free_check.isChecked(),
            fees_description=self.fees_edit.text(), walk_in=self.walk_in_check.isChecked(),
            eligibility_description=self.eligibility_edit.toPlainText(),
            application_process=self.application_edit.toPlainText(),
            accessibility=self.accessibility_edit.toPlainText())

    def current(self) -> object:
        return self.entry()

    def _work(self) -> Callable[[], Any]:
        directory, data = self._services.directory, self.entry()
        if not data.name.strip():
            raise ValidationError("required", field="name")
        if not data.organization_name.strip():
            raise ValidationError("required", field="organization_name")
        if self._existing is None:
            return lambda: directory.add_local(data)
        service_id, version = self._existing.id, self._existing.version
        return lambda: directory.update_local(service_id, data, version)


# The parts of an entry a correction may be about: (HSDS field name, words).
def correction_fields() -> list[tuple[str, str]]:
    from PySide6.QtCore import QCoreApplication

    return [("name", QCoreApplication.translate("CorrectionDialog", "Name")), ("description", QCoreApplication.translate("CorrectionDialog", "Description")), ("phones", QCoreApplication.translate("CorrectionDialog", "Phone")),
            ("schedules", QCoreApplication.translate("CorrectionDialog", "Opening hours")), ("address", QCoreApplication.translate("CorrectionDialog", "Address")), ("email", QCoreApplication.translate("CorrectionDialog", "Email")),
            ("url", QCoreApplication.translate("CorrectionDialog", "Website")), ("languages", QCoreApplication.translate("CorrectionDialog", "Languages spoken")),
            ("eligibility_description", QCoreApplication.translate("CorrectionDialog", "Who can use it")), ("fees_description", QCoreApplication.translate("CorrectionDialog", "Cost")),
            ("application_process", QCoreApplication.translate("CorrectionDialog", "What to bring and how to apply")), ("accessibility", QCoreApplication.translate("CorrectionDialog", "Accessibility")),
            ("status", QCoreApplication.translate("CorrectionDialog", "It has closed or moved")), ("", QCoreApplication.translate("CorrectionDialog", "Something else"))]


class CorrectionDialog(DirectoryFormDialog):
    """Suggest a correction to an entry from the hub: kept here and carried back to the hub later."""

    def __init__(self, services: Services, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._detail = detail
        self.setWindowTitle(self.tr("Suggest a correction"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        about = QLabel(fill(self.tr("%1 comes from the hub, so it cannot be changed here. Say what is wrong and the "
                                    "hub will correct it for every center."), detail.name), self)
        about.setWordWrap(True)
        self.field_combo = QComboBox(self)
        self.field_combo.setAccessibleName(self.tr("What is wrong"))
        for value, words in correction_fields():
            self.field_combo.addItem(words, value)
        self.suggestion_edit = plain_editor(self, 4, self.tr("The correction"))
        self.suggestion_edit.setPlaceholderText(self.tr("e.g. They now open at 10 on Saturdays"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&What is wrong:"), "field_name", self.field_combo)
        self._row(form, self.tr("&Correction:"), "suggestion", self.suggestion_edit)
        self.suggestion_edit.textChanged.connect(lambda: self._clear_error("suggestion"))
        self._make_buttons(self.tr("&Send suggestion"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._initial = self.current()
        self.field_combo.setFocus()

    def current(self) -> object:
        return (self.suggestion_edit.toPlainText(),)

    def _work(self) -> Callable[[], Any]:
        directory, service_id = self._services.directory, self._detail.id
        field, text = self.field_combo.currentData() or "", self.suggestion_edit.toPlainText()
        if not text.strip():
            raise ValidationError("required", field="suggestion")
        return lambda: directory.suggest_correction("service", service_id, field, text)
