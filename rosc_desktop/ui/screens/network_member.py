"""The Network tab's dialogs: add or edit a member and the person's tie to them, link two members, ask "how is
this connection working?", and take a member off the map.

Every dialog keeps its typing on any error, shows field problems beside the field, saves off the GUI thread
and asks before dropping typing. Tie changes are dated ("as of"), because the network's history is the point:
an edit never overwrites how the tie was before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.clock import center_today
from rosc_desktop.documents.network_words import (
    DIRECTIONS,
    DOMAINS,
    FREQUENCIES,
    KINDS,
    NATURES,
    RATINGS,
    STRENGTHS,
    word,
)
from rosc_desktop.errors import ValidationError
from rosc_desktop.placeholders import fill
from rosc_desktop.services.network import LinkView, MemberInput, MemberView, TieInput
from rosc_desktop.ui.form_dialog import FormDialog, plain_editor
from rosc_desktop.ui.messages import message_for
from rosc_desktop.ui.operations import run_now
from rosc_desktop.ui.screens.intake import format_day
from rosc_desktop.ui.days import day_pattern, qdate, today_qdate

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# How many earlier answers the rating dialog shows: enough to see a trend, few enough to read at a glance.
RECENT_RATINGS = 5


def _choice_combo(parent: QWidget, table: Mapping[str, str], current: str, name: str) -> QComboBox:
    combo = QComboBox(parent)
    for value in table:
        combo.addItem(word(table, value), value)
    index = combo.findData(current)
    if index < 0:  # a value from a newer version (through sync): shown as it is, not silently changed
        combo.addItem(current, current)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
    combo.setAccessibleName(name)
    return combo


def _date_edit(parent: QWidget, day: date, name: str, earliest: date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(day_pattern())
    edit.setMaximumDate(today_qdate())  # history is what happened, never what is planned
    if earliest is not None:
        edit.setMinimumDate(qdate(earliest))
    edit.setAccessibleName(name)
    return edit


def network_field_message(error: ValidationError) -> str:
    """Words for a field problem; a date before the history can start names the earliest day plainly."""
    if error.code == "date_too_early" and error.params.get("earliest"):
        try:
            earliest = date.fromisoformat(str(error.params["earliest"]))
        except ValueError:
            return message_for(error.code, error.params)
        return fill(QCoreApplication.translate(
            "NetworkDialogs", "The network's history cannot go back before %1. Choose that day or a later one."
        ), format_day(earliest))
    return message_for(error.code, error.params)


class NetworkFormDialog(FormDialog):
    """The network dialogs: a save announces a network change, and dates get plain words."""

    def _field_message(self, error: ValidationError) -> str:
        return network_field_message(error)


class MemberDialog(NetworkFormDialog):
    """Add someone (or a group, or a service) to the map with the person's tie to them, or edit both.

    Who the member is (name, contact) is corrected in place; how the tie is now is recorded as a new dated
    state, so the slider can still show how it was."""

    def __init__(self, services: Services, participant_id: str, existing: MemberView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, participant_id, parent)
        self._existing = existing
        self._allow_same_name = False
        self._same_name_box: QMessageBox | None = None
        # What has been saved so far: an edit saves the member and then the tie, and a retry after an error in
        # the second part must not save the first again from an old version.
        self._version = existing.version if existing is not None else 0
        self._saved_member = existing.as_input() if existing is not None else None
        self._saved_tie = existing.tie.as_input() if existing is not None and existing.tie is not None else None
        self.setWindowTitle(self.tr("Add to the network") if existing is None else self.tr("Edit member"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 125)
        member = existing.as_input() if existing is not None else MemberInput("")
        tie = self._saved_tie or TieInput()

        self.name_edit = QLineEdit(member.name, self)
        self.name_edit.setAccessibleName(self.tr("Name, required"))
        self.name_edit.setPlaceholderText(self.tr("A person, a group or a service"))
        self.kind_combo = _choice_combo(self, KINDS, member.kind, self.tr("Kind"))
        self.domain_combo = _choice_combo(self, DOMAINS, member.domain, self.tr("Life area"))
        self.relationship_edit = QLineEdit(member.relationship, self)
        self.relationship_edit.setAccessibleName(self.tr("Relationship, in the person's words"))
        self.relationship_edit.setPlaceholderText(self.tr("e.g. my sister, my sponsor"))
        self.phone_edit = QLineEdit(member.phone, self)
        self.phone_edit.setAccessibleName(self.tr("Phone"))
        self.email_edit = QLineEdit(member.email, self)
        self.email_edit.setAccessibleName(self.tr("Email"))
        self.address_edit = plain_editor(self, 2, wrap_only=True)
        self.address_edit.setPlainText(member.address)
        self.address_edit.setAccessibleName(self.tr("Address"))

        who = QGroupBox(self.tr("Who they are"), self)
        who_form = QFormLayout(who)
        who_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(who_form, self.tr("&Name (required):"), "name", self.name_edit)
        self._row(who_form, self.tr("&Kind:"), "kind", self.kind_combo)
        self._row(who_form, self.tr("&Life area:"), "domain", self.domain_combo)
        self._row(who_form, self.tr("&Relationship:"), "relationship", self.relationship_edit)
        self._row(who_form, self.tr("&Phone:"), "phone", self.phone_edit)
        self._row(who_form, self.tr("E&mail:"), "email", self.email_edit)
        self._row(who_form, self.tr("Addr&ess:"), "address", self.address_edit)

        self.strength_combo = _choice_combo(self, STRENGTHS, tie.strength, self.tr("Strength of the tie"))
        self.nature_combo = _choice_combo(self, NATURES, tie.nature, self.tr("Nature of the tie"))
        self.direction_combo = _choice_combo(self, DIRECTIONS, tie.direction, self.tr("Direction of support"))
        self.frequency_combo = _choice_combo(self, FREQUENCIES, tie.frequency, self.tr("How often in touch"))
        self.known_check = QCheckBox(self.tr("Known s&ince:"), self)
        self.known_check.setAccessibleName(self.tr("Known since a date"))
        self.known_edit = _date_edit(self, tie.known_since or center_today(), self.tr("Known since"),
                                     earliest=date(1900, 1, 1))
        self.known_check.setChecked(tie.known_since is not None)
        self.known_edit.setEnabled(tie.known_since is not None)
        self.known_check.toggled.connect(self.known_edit.setEnabled)
        self.known_check.toggled.connect(lambda on: self.known_edit.setFocus() if on else None)
        known_row = QWidget(self)
        known_line = QHBoxLayout(known_row)
        known_line.setContentsMargins(0, 0, 0, 0)
        known_line.addWidget(self.known_check)
        known_line.addWidget(self.known_edit)
        known_line.addStretch()
        self.note_edit = plain_editor(self, 2, wrap_only=True)
        self.note_edit.setPlainText(tie.note)
        self.note_edit.setAccessibleName(self.tr("Note about the tie"))
        earliest = existing.added_on if existing is not None else None
        self.as_of_edit = _date_edit(self, center_today(), self.tr("As of"), earliest)

        tie_box = QGroupBox(self.tr("The person's tie to them"), self)
        tie_form = QFormLayout(tie_box)
        tie_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(tie_form, self.tr("Stren&gth:"), "strength", self.strength_combo)
        self._row(tie_form, self.tr("Nat&ure:"), "nature", self.nature_combo)
        self._row(tie_form, self.tr("&Direction of support:"), "direction", self.direction_combo)
        self._row(tie_form, self.tr("How &often in touch:"), "frequency", self.frequency_combo)
        tie_form.addRow(self._with_error("known_since", self.known_edit, known_row))
        self.known_edit.dateChanged.connect(lambda *_: self._clear_error("known_since"))
        self._row(tie_form, self.tr("No&te:"), "note", self.note_edit)
        as_of_text = self.tr("&As of:") if existing is None else self.tr("Tie change &as of:")
        self._row(tie_form, as_of_text, "on", self.as_of_edit)
        as_of_hint = QLabel(self.tr("The day this was so. Leave it at today unless you are recording something "
                                    "that happened earlier."), self)
        as_of_hint.setWordWrap(True)
        tie_form.addRow(as_of_hint)

        save_text = self.tr("&Save and add to the map") if existing is None else self.tr("&Save")
        self._make_buttons(save_text)
        columns = QHBoxLayout()
        columns.addWidget(who, 1)
        columns.addWidget(tie_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._initial = self.current()
        self.name_edit.setFocus()

    def member_input(self) -> MemberInput:
        directory_ref = self._existing.directory_ref if self._existing is not None else None
        return MemberInput(self.name_edit.text(), self.kind_combo.currentData(), self.domain_combo.currentData(),
                           self.relationship_edit.text(), self.phone_edit.text(), self.email_edit.text(),
                           self.address_edit.toPlainText(), directory_ref)

    def tie_input(self) -> TieInput:
        known = self.known_edit.date().toPython() if self.known_check.isChecked() else None
        return TieInput(self.strength_combo.currentData(), self.nature_combo.currentData(),
                        self.direction_combo.currentData(), self.frequency_combo.currentData(),
                        known, self.note_edit.toPlainText())  # type: ignore[arg-type]

    def as_of(self) -> date:
        return self.as_of_edit.date().toPython()  # type: ignore[return-value]

    def current(self) -> tuple[object, ...]:
        return self.member_input(), self.tie_input(), self.as_of()

    def _work(self) -> Callable[[], Any]:
        network, pid = self._services.network, self._participant_id
        member, tie, on = self.member_input(), self.tie_input(), self.as_of()
        if self._existing is None:
            allow = self._allow_same_name
            return lambda: network.add_member(pid, member, tie, on=on, allow_same_name=allow)
        member_id = self._existing.id

        def save() -> MemberView:
            result = None
            if member != self._saved_member:
                result = network.update_member(member_id, member, self._version)
                self._version, self._saved_member = result.version, member
            if tie != self._saved_tie:
                result = network.change_tie(member_id, tie, on=on)
                self._version, self._saved_tie = result.version, tie
            return result if result is not None else network.member(member_id)

        return save

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.code == "member_same_name":
            self._set_saving(False)
            self._ask_same_name()
            return
        super()._failed(error)

    def _ask_same_name(self) -> None:
        if self._same_name_box is not None:
            return
        name = " ".join(self.name_edit.text().split())
        # Opened, not exec'd: a lock hides open windows and would end a nested loop as a "No".
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Same name"),
                          fill(self.tr("There is already a member called %1. Add another person with the same "
                                       "name?"), name),
                          QMessageBox.StandardButton.NoButton, self)
        self.same_name_yes = box.addButton(self.tr("&Add another person"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAccessibleName(self.tr("Same name"))
        box.finished.connect(self._same_name_answered)
        self._same_name_box = box
        box.open()

    def _same_name_answered(self, _result: int) -> None:
        box, self._same_name_box = self._same_name_box, None
        if box is None:
            return
        yes = box.clickedButton() is self.same_name_yes
        box.deleteLater()
        if yes:
            self._allow_same_name = True
            self.accept()
        else:
            self._show_error("name", message_for("member_same_name", {}))


class LinkDialog(NetworkFormDialog):
    """Note that a member knows another member: drawn as a thin line between them on the map."""

    def __init__(self, services: Services, participant_id: str, member: MemberView, others: list[MemberView],
                 parent: QWidget | None = None, links: Sequence[LinkView] = ()) -> None:
        super().__init__(services, participant_id, parent)
        self._member = member
        # The other member's id -> the link that already joins them, so a mistaken link can be taken back here.
        self._linked = {(lk.member_b_id if lk.member_a_id == member.id else lk.member_a_id): lk.id
                        for lk in links if member.id in (lk.member_a_id, lk.member_b_id)}
        self.setWindowTitle(self.tr("Link to another member"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        intro = QLabel(fill(self.tr("Who else in the network does %1 know? A thin line will join them on the map."),
                            member.name), self)
        intro.setWordWrap(True)
        self.other_combo = QComboBox(self)
        for other in others:
            if other.id == member.id:
                continue
            text = other.name + (f" ({other.relationship})" if other.relationship else "")
            if other.id in self._linked:
                text = fill(self.tr("%1 — linked already; choose to remove the line"), text)
            self.other_combo.addItem(text, other.id)
        self.other_combo.setAccessibleName(self.tr("The other member"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note about the link"))
        self.note_edit.setPlaceholderText(self.tr("How they know each other (optional)"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&Other member:"), "member_b_id", self.other_combo)
        self._row(form, self.tr("No&te:"), "note", self.note_edit)
        self._make_buttons(self.tr("&Link"))
        self.save_button.setEnabled(self.other_combo.count() > 0)
        self.other_combo.currentIndexChanged.connect(self._show_action)
        self._show_action()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._initial = self.current()
        self.other_combo.setFocus()

    def current(self) -> tuple[object, ...]:
        return (self.note_edit.text(),)

    def _show_action(self) -> None:
        unlinking = self.other_combo.currentData() in self._linked
        self.save_button.setText(self.tr("&Remove link") if unlinking else self.tr("&Link"))
        self.note_edit.setEnabled(not unlinking)

    def _work(self) -> Callable[[], Any]:
        network, a, b, note = self._services.network, self._member.id, self.other_combo.currentData(), \
            self.note_edit.text()
        if b in self._linked:
            link_id = self._linked[b]
            return lambda: network.unlink(link_id)
        return lambda: network.link_members(a, b, note)


class RateDialog(NetworkFormDialog):
    """"How is this connection working?": one of three answers and a note, with the last few answers shown."""

    def __init__(self, services: Services, participant_id: str, member: MemberView,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, participant_id, parent)
        self._member = member
        self.setWindowTitle(self.tr("How is this connection working?"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        question = QLabel(fill(self.tr("How is the connection with %1 working for the person?"), member.name), self)
        question.setWordWrap(True)
        choices = QGroupBox(self.tr("Their answer"), self)
        column = QVBoxLayout(choices)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        mnemonics = ("&1 ", "&2 ", "&3 ")
        for index, value in enumerate(RATINGS):
            radio = QRadioButton(mnemonics[index] + word(RATINGS, value), choices)
            self.group.addButton(radio, index)
            column.addWidget(radio)
            self.radios[value] = radio
        self.group.buttonToggled.connect(lambda *_: self._update_save())
        self.note_edit = plain_editor(self, 2, wrap_only=True)
        self.note_edit.setAccessibleName(self.tr("Note about the answer"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._with_error("rating", choices)
        self._row(form, self.tr("No&te:"), "note", self.note_edit)
        self.date_edit = _date_edit(self, center_today(), self.tr("Date of the answer"), member.added_on)
        self._row(form, self.tr("&Date:"), "rated_on", self.date_edit)

        # run_now: one member's tie ratings by index
        earlier = run_now(lambda: services.network.ratings(member.id), self) or []
        self.earlier_label = QLabel(self)
        self.earlier_label.setWordWrap(True)
        self.earlier_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if earlier:
            lines = [self.tr("Earlier answers:")]
            for rating in earlier[:RECENT_RATINGS]:
                line = f"{format_day(rating.rated_on)}: {word(RATINGS, rating.rating)}"
                if rating.note.strip():
                    line += " — " + rating.note.strip().splitlines()[0]
                lines.append(line)
            self.earlier_label.setText("\n".join(lines))
        else:
            self.earlier_label.setText(self.tr("No earlier answers."))

        self._make_buttons(self.tr("&Save answer"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(question)
        layout.addWidget(self._errors["rating"].parentWidget())
        layout.addLayout(form)
        layout.addWidget(self.earlier_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._initial = self.current()
        self._update_save()
        next(iter(self.radios.values())).setFocus()

    def rating(self) -> str | None:
        return next((value for value, radio in self.radios.items() if radio.isChecked()), None)

    def current(self) -> tuple[object, ...]:
        return self.rating(), self.note_edit.toPlainText()

    def _update_save(self) -> None:
        if hasattr(self, "save_button"):
            self.save_button.setEnabled(self.rating() is not None)

    def _set_saving(self, saving: bool) -> None:
        super()._set_saving(saving)
        self._update_save()

    def _work(self) -> Callable[[], Any]:
        network, member_id = self._services.network, self._member.id
        rating, note, on = self.rating(), self.note_edit.toPlainText(), self.date_edit.date().toPython()
        return lambda: network.rate(member_id, rating, note, on=on)


class RemoveDialog(NetworkFormDialog):
    """Take a member off the map from a day on; what came before stays in the history."""

    def __init__(self, services: Services, participant_id: str, member: MemberView,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, participant_id, parent)
        self._member = member
        self.setWindowTitle(self.tr("Take off the map"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        about = QLabel(fill(self.tr("%1 will no longer be on today's map, and their links to other members end the "
                                    "same day. Nothing is deleted: the history slider still shows them on earlier "
                                    "days."), member.name), self)
        about.setWordWrap(True)
        self.reason_edit = plain_editor(self, 2, wrap_only=True)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Why, in a few words (optional)"))
        self.date_edit = _date_edit(self, center_today(), self.tr("Off the map from"), member.added_on)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&Reason:"), "reason", self.reason_edit)
        self._row(form, self.tr("&From:"), "on", self.date_edit)
        self._make_buttons(self.tr("&Take off the map"))
        self.save_button.setDefault(False)  # a removal is never what Enter does by accident
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._initial = self.current()
        self.reason_edit.setFocus()

    def current(self) -> tuple[object, ...]:
        return (self.reason_edit.toPlainText(),)

    def _work(self) -> Callable[[], Any]:
        network, member_id = self._services.network, self._member.id
        reason, on = self.reason_edit.toPlainText(), self.date_edit.date().toPython()
        return lambda: network.remove_member(member_id, reason, on=on)
