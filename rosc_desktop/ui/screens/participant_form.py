"""The register / edit details dialog for a participant, with the possible-duplicate warning before registering.

What the person typed is never lost: a field error is shown beside the field and the rest stays as typed, a
clash with someone else's save keeps the form open, and closing with typing asks first.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import ValidationError
from rosc_desktop.enums import Pathway
from rosc_desktop.placeholders import fill
from rosc_desktop.ui.languages import language_label
from rosc_desktop.services.participants import LANGUAGES, ParticipantInput, ParticipantRow, ParticipantView, validate
from rosc_desktop.ui.messages import message_for
from rosc_desktop.ui.operations import run_operation, show_error
from rosc_desktop.ui.prompts import DiscardQuestion
from rosc_desktop.ui.form_dialog import FieldErrors
from rosc_desktop.ui.days import day_pattern, format_day, today_qdate

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

EARLIEST_BIRTH = QDate(1900, 1, 1)
# A greyed-out real date reads as if the birth date were known, so "not known" is shown on this sentinel instead.
_NOT_KNOWN = EARLIEST_BIRTH.addDays(-1)
_FIRST_GUESS = QDate(1980, 1, 1)  # a start for the calendar near most birth dates, replaced by what is typed


class DuplicateWarning(QDialog):
    """"This person may already be registered": only staff can tell, so they choose what happens next."""

    OPEN_EXISTING, REGISTER_ANYWAY, GO_BACK = range(3)

    def __init__(self, matches: list[ParticipantRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = self.GO_BACK
        self.setWindowTitle(self.tr("Already registered?"))
        intro = QLabel(self.tr("Someone with the same or a similar name is already registered. "
                               "Is this the same person?"), self)
        intro.setWordWrap(True)
        self.matches = QListWidget(self)
        self.matches.setAccessibleName(self.tr("Possible matches"))
        # Name and birth date only: enough to recognise someone, without showing more of their record.
        for row in matches:
            born = (fill(self.tr("born %1"), format_day(row.date_of_birth)) if row.date_of_birth
                    else self.tr("birth date not recorded"))
            item = QListWidgetItem(f"{row.preferred_name} — {born}", self.matches)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.matches.setCurrentRow(0)
        # Tall enough for the matches (usually one or two), not an empty box that suggests something is missing.
        shown = min(max(len(matches), 2), 8)
        self.matches.setFixedHeight(self.matches.sizeHintForRow(0) * shown + 2 * self.matches.frameWidth() + 4)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        label = QLabel(self.tr("&Matches:"), self)
        label.setBuddy(self.matches)

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("&Open existing record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button = buttons.addButton(self.tr("&Register anyway"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button = buttons.addButton(self.tr("&Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)  # the safe choice: a second record of one person splits their history
        self.open_button.clicked.connect(lambda: self._choose(self.OPEN_EXISTING))
        self.register_button.clicked.connect(lambda: self._choose(self.REGISTER_ANYWAY))
        self.back_button.clicked.connect(self.reject)
        self.matches.itemActivated.connect(lambda _item: self._choose(self.OPEN_EXISTING))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.matches)
        layout.addWidget(buttons)

    def chosen_id(self) -> str | None:
        item = self.matches.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


class ParticipantDialog(QDialog, FieldErrors):
    """Register someone new (`existing` None) or edit an existing person's details."""

    def __init__(self, services: "Services", existing: ParticipantView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._existing = existing
        self._result_id: str | None = None
        self._saving = False
        self._discard = DiscardQuestion(self)
        self._last_birth_date = _FIRST_GUESS
        self.setWindowTitle(self.tr("Register someone new") if existing is None else self.tr("Edit details"))
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

        self.name_edit = QLineEdit(self)
        self.pronouns_combo = QComboBox(self)
        self.pronouns_combo.setEditable(True)
        self.pronouns_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pronouns_combo.addItems(["", self.tr("she/her"), self.tr("he/him"), self.tr("they/them")])
        self.legal_name_edit = QLineEdit(self)
        self.birth_known_check = QCheckBox(self.tr("Date of birth &known"), self)
        self.birth_edit = QDateEdit(self)
        self.birth_edit.setCalendarPopup(True)
        # Open-ended on purpose: a maximum of today made Qt quietly turn a mistyped future date into today's;
        # the service refuses a future date and the message shows beside the field instead.
        self.birth_edit.setDateRange(_NOT_KNOWN, today_qdate().addYears(100))
        self.birth_edit.setDisplayFormat(day_pattern())
        self.birth_edit.setSpecialValueText(self.tr("not known"))
        self.birth_edit.setDate(_NOT_KNOWN)
        self.birth_edit.setEnabled(False)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email_edit = QLineEdit(self)
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.language_combo = QComboBox(self)
        for code in LANGUAGES:
            self.language_combo.addItem(language_label(code), code)
        self.pathway_checks = self._pathway_checks()
        self.other_edit = QLineEdit(self)
        self.other_edit.setEnabled(False)

        self.banner = QLabel(self)  # errors that belong to no one field
        self.banner.setWordWrap(True)
        self.banner.hide()

        self._errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {
            "preferred_name": self.name_edit,
            "pronouns": self.pronouns_combo,
            "legal_name": self.legal_name_edit,
            "date_of_birth": self.birth_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
            "preferred_language": self.language_combo,
            "pathways": self.pathway_checks[Pathway.TWELVE_STEP],
            "pathway_other": self.other_edit,
        }
        self._build_layout()
        self._name_accessibly()

        self.birth_known_check.toggled.connect(self._birth_known_toggled)
        self.pathway_checks[Pathway.OTHER].toggled.connect(self.other_edit.setEnabled)
        for field, edit in (("preferred_name", self.name_edit), ("legal_name", self.legal_name_edit),
                            ("phone", self.phone_edit), ("email", self.email_edit),
                            ("pathway_other", self.other_edit)):
            edit.textEdited.connect(lambda _text, f=field: self._clear_error(f))

        if existing is not None:
            self._fill(existing.as_input())
        self._initial = self.current_input()
        self.name_edit.setFocus()

    # -- public ---------------------------------------------------------------------------------------

    def result_id(self) -> str | None:
        """The id saved, or the existing record the person chose to open instead; None if nothing was."""
        return self._result_id

    def current_input(self) -> ParticipantInput:
        pathways = tuple(p.value for p, check in self.pathway_checks.items() if check.isChecked())
        born = None
        if self.birth_known_check.isChecked():
            d = self.birth_edit.date()
            born = date(d.year(), d.month(), d.day())
        return ParticipantInput(
            preferred_name=self.name_edit.text(),
            pronouns=self.pronouns_combo.currentText(),
            legal_name=self.legal_name_edit.text(),
            date_of_birth=born,
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            preferred_language=self.language_combo.currentData() or "en",
            pathways=pathways,
            pathway_other=self.other_edit.text() if Pathway.OTHER.value in pathways else "",
        )

    def has_unsaved_work(self) -> bool:
        """Typing not saved yet (or being saved): the main window asks before dropping it."""
        return self._saving or self.current_input() != self._initial

    def accept(self) -> None:
        """Enter and the Save button both come here: save first, close when the save has succeeded."""
        if self._saving:
            return
        self._clear_errors()
        data = self.current_input()
        if self._existing is not None:
            existing = self._existing
            self._run(lambda: self._services.participants.update(existing.id, data, existing.version),
                      self._saved)
            return

        def check() -> list[ParticipantRow]:
            validate(data)  # a typing mistake is pointed at before anyone is asked about duplicates
            return self._services.participants.possible_duplicates(data)

        self._run(check, lambda matches: self._checked_duplicates(data, matches))

    def reject(self) -> None:
        if self._saving:
            return  # the save in flight decides; closing now would drop its answer
        if self.current_input() == self._initial:
            super().reject()
            return
        self._discard.ask(self.tr("Discard what you typed?"), self.tr("What you typed here has not been saved."),
                          super().reject, discard_label=self.tr("&Discard"), keep_label=self.tr("&Keep editing"))

    # -- saving ---------------------------------------------------------------------------------------

    def _run(self, work: Any, on_done: Any) -> None:
        self._set_saving(True)

        def done(result: Any) -> None:
            self._set_saving(False)
            on_done(result)

        run_operation(self, work, on_done=done, on_error=self._failed)

    def _checked_duplicates(self, data: ParticipantInput, matches: list[ParticipantRow]) -> None:
        if not matches:
            self._register(data)
            return
        warning = DuplicateWarning(matches, self)
        warning.finished.connect(lambda _r: self._duplicate_answered(warning, data))
        warning.open()

    def _duplicate_answered(self, warning: DuplicateWarning, data: ParticipantInput) -> None:
        choice, chosen = warning.choice, warning.chosen_id()
        warning.deleteLater()
        if choice == DuplicateWarning.REGISTER_ANYWAY:
            self._register(data)
        elif choice == DuplicateWarning.OPEN_EXISTING and chosen:
            self._result_id = chosen
            super().accept()
        else:
            self.name_edit.setFocus()

    def _register(self, data: ParticipantInput) -> None:
        self._run(lambda: self._services.participants.register(data), self._saved)

    def _saved(self, view: ParticipantView) -> None:
        self._result_id = view.id
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, ValidationError) and error.field in self._field_widgets:
            self._show_error(error.field, message_for(error.code, error.params))
            return
        show_error(self, error)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.setEnabled(not saving)

    # -- errors beside fields --------------------------------------------------------------------------

    def _show_error(self, field: str, text: str) -> None:
        super()._show_error(field, text)
        widget = self._field_widgets[field]
        if isinstance(widget, QLineEdit):
            widget.selectAll()  # a name typed wrongly is retyped whole

    # -- building -------------------------------------------------------------------------------------

    def _pathway_checks(self) -> dict[Pathway, QCheckBox]:
        labels = {
            Pathway.TWELVE_STEP: self.tr("Mutual-aid &12-step"),
            Pathway.SMART_RECOVERY: self.tr("S&MART Recovery"),
            Pathway.MEDICATION_ASSISTED: self.tr("Me&dication-assisted"),
            Pathway.FAITH_BASED: self.tr("&Faith-based"),
            Pathway.HARM_REDUCTION: self.tr("Harm red&uction"),
            Pathway.NATURAL_RECOVERY: self.tr("Na&tural recovery"),
            Pathway.OTHER: self.tr("&Other"),
        }
        return {pathway: QCheckBox(text, self) for pathway, text in labels.items()}

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        # The field's focus widget is set in __init__ (the pathways' error sits under a placeholder).
        return self._error_box(field, widget)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, field: str, widget: QWidget) -> None:
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, self._with_error(field, widget))

        row(self.tr("&Preferred name (required):"), "preferred_name", self.name_edit)
        row(self.tr("Pro&nouns:"), "pronouns", self.pronouns_combo)
        row(self.tr("&Legal name:"), "legal_name", self.legal_name_edit)
        form.addRow("", self.birth_known_check)
        row(self.tr("Date of &birth:"), "date_of_birth", self.birth_edit)
        row(self.tr("P&hone:"), "phone", self.phone_edit)
        row(self.tr("&Email:"), "email", self.email_edit)
        row(self.tr("Preferred lan&guage:"), "preferred_language", self.language_combo)

        group = QGroupBox(self.tr("Recovery pathways (tick all that apply)"), self)
        grid = QGridLayout(group)
        for n, check in enumerate(self.pathway_checks.values()):
            grid.addWidget(check, n // 2, n % 2)
        other_label = QLabel(self.tr("Other pathway, in their own &words:"), group)
        other_label.setBuddy(self.other_edit)
        grid.addWidget(other_label, 4, 0)
        grid.addWidget(self._with_error("pathway_other", self.other_edit), 4, 1)
        grid.addWidget(self._with_error("pathways", QWidget(group)), 5, 0, 1, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        save_text = self.tr("&Register") if self._existing is None else self.tr("&Save changes")
        self.save_button: QPushButton = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _name_accessibly(self) -> None:
        for widget, name in (
            (self.name_edit, self.tr("Preferred name, required")),
            (self.pronouns_combo, self.tr("Pronouns")),
            (self.legal_name_edit, self.tr("Legal name")),
            (self.birth_known_check, self.tr("Date of birth known")),
            (self.birth_edit, self.tr("Date of birth")),
            (self.phone_edit, self.tr("Phone")),
            (self.email_edit, self.tr("Email")),
            (self.language_combo, self.tr("Preferred language")),
            (self.other_edit, self.tr("Other pathway, in their own words")),
        ):
            widget.setAccessibleName(name)
        for check in self.pathway_checks.values():
            check.setAccessibleName(check.text().replace("&", ""))

    def _birth_known_toggled(self, known: bool) -> None:
        self.birth_edit.setEnabled(known)
        self._clear_error("date_of_birth")
        if known:
            if self.birth_edit.date() == _NOT_KNOWN:
                self.birth_edit.setDate(self._last_birth_date)
            self.birth_edit.setFocus()
        else:
            self._last_birth_date = self.birth_edit.date()  # re-ticking brings back what was typed
            self.birth_edit.setDate(_NOT_KNOWN)

    def _fill(self, data: ParticipantInput) -> None:
        self.name_edit.setText(data.preferred_name)
        self.pronouns_combo.setCurrentText(data.pronouns)
        self.legal_name_edit.setText(data.legal_name)
        if data.date_of_birth is not None:
            self.birth_known_check.setChecked(True)
            d = data.date_of_birth
            self.birth_edit.setDate(QDate(d.year, d.month, d.day))
        self.phone_edit.setText(data.phone)
        self.email_edit.setText(data.email)
        index = self.language_combo.findData(data.preferred_language)
        self.language_combo.setCurrentIndex(max(index, 0))
        for pathway, check in self.pathway_checks.items():
            check.setChecked(pathway.value in data.pathways)
        self.other_edit.setText(data.pathway_other)
