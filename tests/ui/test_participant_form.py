"""The register / edit dialog: saving, inline errors, the duplicate warning, edit clashes, unsaved typing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from rosc_desktop.model.participant import Pathway
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.operations import pending_operations
from rosc_desktop.ui.screens.participant_form import DuplicateWarning, ParticipantDialog
from rosc_desktop.ui.screens.participant_list import ParticipantListScreen


@pytest.fixture
def dialog(qtbot, services):  # type: ignore[no-untyped-def]
    widget = ParticipantDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    qtbot.waitUntil(lambda: pending_operations() == 0)


def all_names(services) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.preferred_name for r in services.participants.rows(services.participants.search("").ids)]


def fill_basics(dialog: ParticipantDialog, name: str, born: date | None = None) -> None:
    dialog.name_edit.setText(name)
    if born is not None:
        dialog.birth_known_check.setChecked(True)
        dialog.birth_edit.setDate(QDate(born.year, born.month, born.day))


def save_and_wait(qtbot, dialog: ParticipantDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def wait_for_child(qtbot, parent, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(w.isVisible() for w in parent.findChildren(kind)))
    return next(w for w in parent.findChildren(kind) if w.isVisible())


def test_register_saves_pathways_and_language_and_the_list_shows_them(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    screen = ParticipantListScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)  # shortcuts only reach the active window
    screen.setFocus()  # as the main window does when it shows the list
    qtbot.waitUntil(screen.search_edit.hasFocus)
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_child(qtbot, screen, ParticipantDialog)

    qtbot.keyClicks(dialog.name_edit, "Dana Whitfield")
    dialog.pronouns_combo.setCurrentText("they/them")
    dialog.phone_edit.setText("(555) 222-0101")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    dialog.pathway_checks[Pathway.SMART_RECOVERY].setChecked(True)
    dialog.pathway_checks[Pathway.OTHER].setChecked(True)
    assert dialog.other_edit.isEnabled()
    dialog.other_edit.setText("running club")
    with qtbot.waitSignal(screen.open_requested) as opened:
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter saves

    saved = services.participants.open(opened.args[0])
    assert saved.preferred_name == "Dana Whitfield"
    assert saved.pronouns == "they/them"
    assert saved.preferred_language == "es"
    assert set(saved.pathways) == {"smart_recovery", "other"}
    assert saved.pathway_other == "running club"
    model = screen.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, model.COL_NAME).data() == "Dana Whitfield"
    assert model.index(0, 0).data(model.ID_ROLE) == saved.id


def test_empty_preferred_name_is_pointed_at_and_nothing_saved(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    dialog.name_edit.setText("   ")
    dialog.phone_edit.setText("555 0100")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("preferred_name") != "")
    assert dialog.field_error("preferred_name") == "This field is required."
    assert dialog.name_edit.hasFocus()
    assert dialog.name_edit.accessibleDescription() == "This field is required."
    assert dialog.phone_edit.text() == "555 0100"  # the rest of the typing is kept
    assert dialog.isVisible() and dialog.result_id() is None
    assert services.participants.count() == 0

    qtbot.keyClicks(dialog.name_edit, "Kim")  # typing clears the message
    assert dialog.field_error("preferred_name") == ""


def test_a_bad_phone_is_shown_beside_the_phone(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    fill_basics(dialog, "Lee Park")
    dialog.phone_edit.setText("call me")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("phone") != "")
    assert dialog.phone_edit.hasFocus()
    assert dialog.field_error("preferred_name") == ""
    assert services.participants.count() == 0


def test_a_future_birth_date_is_refused_in_words_not_changed_quietly(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.birth_edit.isEnabled()
    assert dialog.birth_edit.text() == "not known"  # never a made-up date that looks recorded
    assert dialog.current_input().date_of_birth is None
    qtbot.keyClick(dialog.birth_known_check, Qt.Key.Key_Space)
    assert dialog.birth_edit.isEnabled()
    assert dialog.birth_edit.calendarPopup()
    tomorrow = date.today() + timedelta(days=1)
    dialog.name_edit.setText("Ada Moss")
    dialog.birth_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert dialog.current_input().date_of_birth == tomorrow  # what was typed, not today's date
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("date_of_birth") != "")
    assert "future" in dialog.field_error("date_of_birth")
    assert services.participants.count() == 0
    qtbot.keyClick(dialog.birth_known_check, Qt.Key.Key_Space)
    assert dialog.current_input().date_of_birth is None


def test_duplicate_warning_register_anyway_creates_a_second_record(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    first = services.participants.register(ParticipantInput("Rosa Díaz", date_of_birth=date(1990, 5, 17)))
    fill_basics(dialog, "Rosa Diaz", date(1990, 5, 17))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    warning = wait_for_child(qtbot, dialog, DuplicateWarning)
    shown = warning.matches.item(0).text()
    assert "Rosa Díaz" in shown and "1990" in shown
    assert warning.matches.count() == 1 and warning.chosen_id() == first.id
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(warning.register_button, Qt.MouseButton.LeftButton)
    assert services.participants.count() == 2
    assert dialog.result_id() not in (None, first.id)


def test_duplicate_warning_go_back_creates_nothing_and_keeps_the_typing(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    services.participants.register(ParticipantInput("Rosa Díaz", date_of_birth=date(1990, 5, 17)))
    fill_basics(dialog, "Rosa Díaz", date(1990, 5, 17))
    dialog.email_edit.setText("rosa@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    warning = wait_for_child(qtbot, dialog, DuplicateWarning)
    qtbot.keyClick(warning, Qt.Key.Key_Escape)  # Escape is "Go back"
    qtbot.waitUntil(lambda: not warning.isVisible())
    assert dialog.isVisible()
    assert dialog.email_edit.text() == "rosa@example.org"
    assert services.participants.count() == 1
    assert dialog.result_id() is None


def test_duplicate_warning_open_existing_gives_that_id(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    first = services.participants.register(ParticipantInput("Rosa Díaz", date_of_birth=date(1990, 5, 17)))
    screen = ParticipantListScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.register_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_child(qtbot, screen, ParticipantDialog)
    fill_basics(dialog, "Rosa Díaz", date(1990, 5, 17))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    warning = wait_for_child(qtbot, dialog, DuplicateWarning)
    with qtbot.waitSignal(screen.open_requested) as opened:
        qtbot.mouseClick(warning.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [first.id]
    assert services.participants.count() == 1


def test_edit_with_a_stale_version_shows_the_clash_and_keeps_the_text(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Jordan Lee", phone="555 0101"))
    dialog = ParticipantDialog(services, existing=person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_edit.text() == "Jordan Lee" and dialog.save_button.text() == "&Save changes"
    services.participants.update(person.id, replace(person.as_input(), phone="555 0202"), person.version)

    dialog.name_edit.setText("Jordan A. Lee")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = wait_for_child(qtbot, dialog, QMessageBox)
    assert "Someone saved this record while you were editing" in box.text()
    assert dialog.isVisible() and dialog.name_edit.text() == "Jordan A. Lee"
    assert services.participants.open(person.id).preferred_name == "Jordan Lee"
    box.close()
    qtbot.waitUntil(lambda: pending_operations() == 0)


def test_edit_saves_against_the_current_version(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Jordan Lee", date_of_birth=date(1970, 2, 3),
                                                             pathways=("faith_based",)))
    dialog = ParticipantDialog(services, existing=person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.birth_known_check.isChecked() and dialog.pathway_checks[Pathway.FAITH_BASED].isChecked()
    dialog.pronouns_combo.setCurrentText("he/him")
    save_and_wait(qtbot, dialog)
    saved = services.participants.open(person.id)
    assert saved.pronouns == "he/him" and saved.date_of_birth == date(1970, 2, 3)
    assert dialog.result_id() == person.id


@pytest.mark.parametrize("name", ["نور الهدى", "Sam 🌱 Rivera", "👩🏽‍🦱 Aisha", "דנה כהן"])
def test_right_to_left_and_emoji_names_round_trip(qtbot, dialog, services, name) -> None:  # type: ignore[no-untyped-def]
    dialog.name_edit.setText(name)
    dialog.legal_name_edit.setText(name)
    save_and_wait(qtbot, dialog)
    saved = services.participants.open(dialog.result_id())
    assert saved.preferred_name == name and saved.legal_name == name
    again = ParticipantDialog(services, existing=saved)
    qtbot.addWidget(again)
    assert again.name_edit.text() == name
    assert again.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the app's direction, text keeps its own


def test_closing_with_typing_asks_first(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    dialog.name_edit.setText("Half typed")
    dialog.reject()
    box = wait_for_child(qtbot, dialog, QMessageBox)
    assert box.windowTitle() == "Discard what you typed?"
    keep = next(b for b in box.buttons() if b.text() == "&Keep editing")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.name_edit.text() == "Half typed"

    dialog.reject()
    box = wait_for_child(qtbot, dialog, QMessageBox)
    discard = next(b for b in box.buttons() if b.text() == "&Discard")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services.participants.count() == 0


def test_closing_untouched_closes_at_once(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)


def test_every_input_has_a_buddy_and_an_accessible_name(dialog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for widget in (dialog.name_edit, dialog.pronouns_combo, dialog.legal_name_edit, dialog.birth_edit,
                   dialog.phone_edit, dialog.email_edit, dialog.language_combo, dialog.other_edit):
        assert widget in buddies
        assert widget.accessibleName()
    labels = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert "Español (Spanish)" in labels and "العربية (Arabic)" in labels and "English" in labels
