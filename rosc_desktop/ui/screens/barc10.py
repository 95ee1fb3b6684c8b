"""The BARC-10 dialog: ten statements rated 1–6 with the person, dated, recorded as one assessment.

The wording is the published instrument's (INSTRUMENTS.md); a translation made for this app says so on
screen. The total is shown beside a reference point from the validation study, never as a pass mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop import i18n
from rosc_desktop.errors import ValidationError
from rosc_desktop.placeholders import fill
from rosc_desktop.services.intake import BARC10_MAX_ANSWER, BARC10_REFERENCE_TOTAL, Barc10View
from rosc_desktop.ui.messages import describe_error
from rosc_desktop.ui.operations import run_operation, show_error
from rosc_desktop.ui.prompts import DiscardQuestion
from rosc_desktop.ui.days import today_qdate
from rosc_desktop.ui.fitting import resize_within_screen
from rosc_desktop.ui.days import day_pattern

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# Verbatim from the instrument; translated in the dialog's context so a Spanish catalogue can carry them.
STATEMENTS = (
    QT_TRANSLATE_NOOP("Barc10Dialog", "There are more important things to me in life than using substances."),
    QT_TRANSLATE_NOOP("Barc10Dialog", "In general I am happy with my life."),
    QT_TRANSLATE_NOOP("Barc10Dialog", "I have enough energy to complete the tasks I set myself."),
    QT_TRANSLATE_NOOP("Barc10Dialog", "I am proud of the community I live in and feel part of it."),
    QT_TRANSLATE_NOOP("Barc10Dialog", "I get lots of support from friends."),
    QT_TRANSLATE_NOOP("Barc10Dialog",
                      "I regard my life as challenging and fulfilling without the need for using drugs or alcohol."),
    QT_TRANSLATE_NOOP("Barc10Dialog", "My living space has helped to drive my recovery journey."),
    QT_TRANSLATE_NOOP("Barc10Dialog", "I take full responsibility for my actions."),
    QT_TRANSLATE_NOOP("Barc10Dialog", "I am happy dealing with a range of professional people."),
    QT_TRANSLATE_NOOP("Barc10Dialog", "I am making good progress on my recovery journey."),
)
SCALE = (
    QT_TRANSLATE_NOOP("Barc10Dialog", "Strongly disagree"),
    QT_TRANSLATE_NOOP("Barc10Dialog", "Disagree"),
    QT_TRANSLATE_NOOP("Barc10Dialog", "Somewhat disagree"),
    QT_TRANSLATE_NOOP("Barc10Dialog", "Somewhat agree"),
    QT_TRANSLATE_NOOP("Barc10Dialog", "Agree"),
    QT_TRANSLATE_NOOP("Barc10Dialog", "Strongly agree"),
)
MAX_TOTAL = len(STATEMENTS) * BARC10_MAX_ANSWER


class _RowKeys(QObject):
    """Left/Right (and Home/End) move the choice within one statement's row.

    Done by hand rather than left to QAbstractButton, because only one radio per row is in the Tab chain
    (so Tab goes statement to statement) and Qt's own arrow handling skips buttons outside that chain.
    """

    def __init__(self, group: QButtonGroup, parent: QObject) -> None:
        super().__init__(parent)
        self._group = group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        buttons = self._group.buttons()
        if watched not in buttons:
            return False
        index = buttons.index(watched)  # type: ignore[arg-type]
        step = {Qt.Key.Key_Left: index - 1, Qt.Key.Key_Right: index + 1,
                Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(buttons) - 1}
        target = step.get(Qt.Key(event.key()))
        if target is None:
            return False
        target = max(0, min(len(buttons) - 1, target))
        buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)
        buttons[target].setChecked(True)
        return True


class Barc10Dialog(QDialog):
    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None,
                 *, translated: bool | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._saving = False
        self._discard = DiscardQuestion(self)
        self.result_view: Barc10View | None = None
        self.setWindowTitle(self.tr("Record a BARC-10"))
        self.setModal(True)

        intro = QLabel(self.tr(
            "Read each statement with the person and choose how much they agree, from 1 (strongly disagree) "
            "to 6 (strongly agree). There are no right answers."))
        intro.setWordWrap(True)

        if translated is None:
            translated = i18n.current_language() != "en"
        self.translation_note = QLabel(self.tr(
            "This translation was made for ROSC Desktop and is not an officially validated version of the "
            "BARC-10"))
        self.translation_note.setWordWrap(True)
        self.translation_note.setVisible(translated)
        font = self.translation_note.font()
        font.setItalic(True)
        self.translation_note.setFont(font)

        self.groups: list[QButtonGroup] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(0, 1)
        for value, word in enumerate(SCALE, start=1):
            header = QLabel(f"{value}\n{self.tr(word)}")
            header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            header.setWordWrap(True)
            header.setMinimumWidth(72)
            grid.addWidget(header, 0, value)
        for number, statement in enumerate(STATEMENTS, start=1):
            label = QLabel(fill(self.tr("%1. %2"), str(number), self.tr(statement)))
            label.setWordWrap(True)
            grid.addWidget(label, number, 0)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for value, word in enumerate(SCALE, start=1):
                radio = QRadioButton()
                radio.setAccessibleName(
                    fill(self.tr("Statement %1: %2, %3"), str(number), str(value), self.tr(word)))
                radio.setAccessibleDescription(self.tr(statement))
                radio.setToolTip(f"{value} — {self.tr(word)}")
                group.addButton(radio, value)
                grid.addWidget(radio, number, value, Qt.AlignmentFlag.AlignCenter)
            label.setBuddy(group.button(1))
            keys = _RowKeys(group, self)
            for radio in group.buttons():
                radio.installEventFilter(keys)
            group.idToggled.connect(self._answers_changed)
            self.groups.append(group)
        answers = QWidget()
        answers.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(answers)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.date_edit = QDateEdit(today_qdate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(today_qdate())
        self.date_edit.setDisplayFormat(day_pattern())
        date_label = QLabel(self.tr("&Date of this assessment:"))
        date_label.setBuddy(self.date_edit)
        self.date_edit.setAccessibleName(self.tr("Date of this assessment"))
        self.date_error = QLabel()
        self.date_error.setWordWrap(True)
        self.date_error.hide()
        date_row = QHBoxLayout()
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_error, 1)
        date_row.addStretch()

        self.total_label = QLabel()
        total_font = self.total_label.font()
        total_font.setBold(True)
        total_font.setPointSizeF(total_font.pointSizeF() * 1.15)
        self.total_label.setFont(total_font)
        self.reference_note = QLabel(fill(self.tr(
            "For reference: in the validation study, totals of %1 or more went with sustained remission. "
            "It is a point of comparison, not a pass mark."), str(BARC10_REFERENCE_TOTAL)))
        self.reference_note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.translation_note)
        layout.addWidget(scroll, 1)
        layout.addLayout(date_row)
        layout.addWidget(self.total_label)
        layout.addWidget(self.reference_note)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 900, 720)
        self._update_tab_chain()
        self._answers_changed()

    # -- state -------------------------------------------------------------------------------------------

    def answers(self) -> list[int | None]:
        return [g.checkedId() if g.checkedId() > 0 else None for g in self.groups]

    def answered_count(self) -> int:
        return sum(1 for a in self.answers() if a is not None)

    def has_unsaved_work(self) -> bool:
        """Answers given and not recorded yet (or being recorded): the main window asks before dropping them."""
        return self._saving or self.answered_count() > 0

    def total(self) -> int:
        return sum(a for a in self.answers() if a is not None)

    def _answers_changed(self, *_args: object) -> None:
        count = self.answered_count()
        text = fill(self.tr("Total: %1 of %2"), str(self.total()), str(MAX_TOTAL))
        if count < len(self.groups):
            text += " " + self.tr("(%n of 10 statements answered)", "", count)
        self.total_label.setText(text)
        self.save_button.setEnabled(count == len(self.groups) and not self._saving)
        self._update_tab_chain()

    def _update_tab_chain(self) -> None:
        """One stop per statement: the chosen answer, or the first radio while unanswered."""
        for group in self.groups:
            current = group.checkedButton() or group.button(1)
            for radio in group.buttons():
                radio.setFocusPolicy(Qt.FocusPolicy.StrongFocus if radio is current
                                     else Qt.FocusPolicy.ClickFocus)

    # -- saving and leaving ---------------------------------------------------------------------------------

    def _save(self) -> None:
        answers = self.answers()
        if None in answers or self._saving:
            return
        chosen = [int(a) for a in answers if a is not None]
        assessed_on: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        self._saving = True
        self.save_button.setEnabled(False)
        self.date_error.hide()
        services, pid = self._services, self._participant_id
        run_operation(self, lambda: services.intake.record_barc10(pid, assessed_on, chosen),
                      on_done=self._saved, on_error=self._failed)

    def _saved(self, view: Barc10View) -> None:
        self._saving = False
        self.result_view = view
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self._answers_changed()
        if isinstance(error, ValidationError) and error.field == "assessed_on":
            self.date_error.setText(describe_error(error)[1])
            self.date_error.show()
            self.date_edit.setFocus()
        else:
            show_error(self, error)

    def reject(self) -> None:
        if self._saving:
            return
        if not self.answered_count():
            super().reject()
            return
        self._discard.ask(self.tr("Discard answers?"),
                          self.tr("The answers given so far will not be recorded. Discard them?"),
                          super().reject)

    @property
    def _discard_box(self) -> QMessageBox | None:
        return self._discard.box

    def radio(self, statement: int, value: int) -> QAbstractButton:
        """The radio for `value` (1–6) of statement `statement` (1–10); for tests and focus handling."""
        return self.groups[statement - 1].button(value)
