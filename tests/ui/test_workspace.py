"""The participant workspace: header, Overview with the BARC-10 over time, closing with unsaved typing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.screens.intake import format_day
from rosc_desktop.ui.screens.workspace import ParticipantWorkspace


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput(
        "Marisol", pronouns="she/her", phone="555-0100", preferred_language="es",
        pathways=("smart_recovery", "faith_based")))


def make(qtbot, services, person) -> ParticipantWorkspace:  # type: ignore[no-untyped-def]
    workspace = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(workspace)
    workspace.show()
    return workspace


def answer_box(monkeypatch, button):  # type: ignore[no-untyped-def]
    asked = []

    def question(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_opens_a_registered_participant(qtbot, services, person) -> None:
    workspace = make(qtbot, services, person)
    assert workspace.title() == "Marisol"
    assert workspace.name_label.text() == "Marisol"
    assert workspace.pronouns_label.text() == "she/her"
    chips = [workspace.chips.itemAt(i).widget().text() for i in range(workspace.chips.count())]
    assert chips == ["SMART Recovery", "Faith-based"]
    assert [workspace.tabs.tabText(i).replace("&", "") for i in range(workspace.tabs.count())] == [
        "Overview", "Goals", "Intake", "Network", "Referrals", "Consents", "Check-ins", "Setback plan"]
    overview = workspace.overview
    assert overview.fields["contact"].text() == "555-0100"
    assert overview.fields["language"].text().startswith("Spanish")
    assert overview.fields["registered"].text() == format_day(date.today())


def test_no_assessment_shows_kind_empty_state(qtbot, services, person) -> None:
    workspace = make(qtbot, services, person)
    overview = workspace.overview
    assert overview.empty_label.isVisible()
    assert overview.empty_label.text() == "No BARC-10 yet — record one from the Intake tab"
    assert not overview.chart_view.isVisible()


def test_overview_shows_latest_total_and_change_since_first(qtbot, services, person) -> None:
    first_day = date.today() - timedelta(days=90)
    services.intake.record_barc10(person.id, first_day, [3] * 10)
    services.intake.record_barc10(person.id, date.today(), [3] * 4 + [4] * 6)
    services.intake.save(person.id, IntakeText(strengths="\nI can fix bikes.\nI sing."), expected_version=0)
    workspace = make(qtbot, services, person)
    overview = workspace.overview
    assert overview.latest_label.text() == f"Latest: 36 of 60 on {format_day(date.today())}"
    assert overview.change_label.text() == f"+6 since {format_day(first_day)}"
    assert overview.in_their_words.text() == "“I can fix bikes.”"
    assert not overview.empty_label.isVisible()
    names = [s.name() for s in overview.chart_view.chart().series()]
    assert "Reference: 47 (validation study)" in names
    totals = next(s for s in overview.chart_view.chart().series() if s.name() == "BARC-10 total")
    assert [p.y() for p in totals.points()] == [30, 36]


def test_overview_follows_a_newly_recorded_assessment(qtbot, services, person) -> None:
    from rosc_desktop.ui.operations import run_operation

    workspace = make(qtbot, services, person)
    run_operation(None, lambda: services.intake.record_barc10(person.id, date.today(), [5] * 10))
    qtbot.waitUntil(lambda: workspace.overview.latest_label.text().startswith("Latest: 50 of 60"))
    assert not workspace.overview.empty_label.isVisible()
    assert workspace.overview.change_label.text() == ""


def test_unsaved_typing_is_reported(qtbot, services, person) -> None:
    workspace = make(qtbot, services, person)
    assert not workspace.has_unsaved_changes()
    qtbot.keyClicks(workspace.intake.editors["strengths"], "Gardening")
    assert workspace.has_unsaved_changes()


def test_maybe_close_cancel_keeps_text(qtbot, services, person, monkeypatch) -> None:
    workspace = make(qtbot, services, person)
    qtbot.keyClicks(workspace.intake.editors["strengths"], "Gardening")
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert workspace.maybe_close() is False
    assert asked
    assert workspace.intake.editors["strengths"].toPlainText() == "Gardening"
    assert services.intake.get(person.id).version == 0


def test_maybe_close_discard_closes_without_saving(qtbot, services, person, monkeypatch) -> None:
    workspace = make(qtbot, services, person)
    qtbot.keyClicks(workspace.intake.editors["strengths"], "Gardening")
    answer_box(monkeypatch, QMessageBox.StandardButton.Discard)
    assert workspace.maybe_close() is True
    assert services.intake.get(person.id).version == 0


def test_maybe_close_save_saves(qtbot, services, person, monkeypatch) -> None:
    workspace = make(qtbot, services, person)
    qtbot.keyClicks(workspace.intake.editors["strengths"], "Gardening")
    answer_box(monkeypatch, QMessageBox.StandardButton.Save)
    assert workspace.maybe_close() is True
    assert services.intake.get(person.id).text.strengths == "Gardening"


def test_maybe_close_save_that_fails_keeps_workspace_open(qtbot, services, person, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("rosc_desktop.ui.screens.intake.show_error", lambda parent, error: shown.append(error))
    workspace = make(qtbot, services, person)
    qtbot.keyClicks(workspace.intake.editors["strengths"], "Gardening")
    services.intake.save(person.id, IntakeText(strengths="Walking"), expected_version=0)
    answer_box(monkeypatch, QMessageBox.StandardButton.Save)
    assert workspace.maybe_close() is False
    assert shown[0].code == "edited_elsewhere"
    assert workspace.intake.editors["strengths"].toPlainText() == "Gardening"


def test_nothing_unsaved_closes_without_asking(qtbot, services, person, monkeypatch) -> None:
    workspace = make(qtbot, services, person)
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert workspace.maybe_close() is True
    assert not asked


def test_saved_intake_is_there_in_a_new_workspace(qtbot, services, person) -> None:
    workspace = make(qtbot, services, person)
    qtbot.keyClicks(workspace.intake.editors["strengths"], "I am a good listener")
    workspace.intake.save_button.click()
    qtbot.waitUntil(lambda: not workspace.has_unsaved_changes())
    qtbot.waitUntil(lambda: workspace.overview.in_their_words.text() == "“I am a good listener”")
    again = make(qtbot, services, person)
    assert again.intake.editors["strengths"].toPlainText() == "I am a good listener"


def test_edit_details_opens_the_form_and_refreshes_the_header(qtbot, services, person) -> None:
    from rosc_desktop.ui.screens.participant_form import ParticipantDialog

    workspace = make(qtbot, services, person)
    workspace.edit_button.click()
    # Opened, not exec'd: the click returns with the form up, so a lock can hide it and bring it back.
    dialog = workspace.findChild(ParticipantDialog)
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    assert dialog.name_edit.text() == "Marisol"
    dialog.name_edit.setText("Mari")
    dialog.accept()
    qtbot.waitUntil(lambda: workspace.title() == "Mari")
    assert workspace.name_label.text() == "Mari"
    qtbot.waitUntil(lambda: not workspace.findChildren(ParticipantDialog))  # closed and deleted


def test_header_follows_a_change_made_elsewhere(qtbot, services, person) -> None:
    from rosc_desktop.services.participants import ParticipantInput as Input
    from rosc_desktop.ui.operations import change_bus

    workspace = make(qtbot, services, person)
    view = services.participants.open(person.id)
    services.participants.update(person.id, Input(**{**view.as_input().__dict__, "pronouns": "she/they"}),
                                 view.version)
    change_bus.changed.emit(Changes.of(Kind.PARTICIPANT))
    assert workspace.pronouns_label.text() == "she/they"


# -- closing while a save is under way ---------------------------------------------------------------------

@pytest.fixture
def slow_save(services, monkeypatch):  # type: ignore[no-untyped-def]
    """Intake saves wait for `gate` (set it to let them through), as a busy store would."""
    import threading

    gate = threading.Event()
    real = services.intake.save

    def save(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(services.intake, "save", save)
    yield gate
    gate.set()


def save_in_flight(qtbot, workspace: ParticipantWorkspace, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(workspace.intake.editors["strengths"], text)
    workspace.intake.save_button.click()
    assert workspace.intake._saving


def test_maybe_close_waits_for_a_save_under_way_then_asks(qtbot, services, person, monkeypatch,
                                                          slow_save) -> None:
    from PySide6.QtCore import QTimer

    workspace = make(qtbot, services, person)
    save_in_flight(qtbot, workspace, "Gardening")
    workspace.intake.editors["strengths"].setPlainText("Gardening, cooking")  # typed while it saves
    saving_when_asked = []

    def question(*args, **kwargs):  # type: ignore[no-untyped-def]
        saving_when_asked.append(workspace.intake._saving)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", question)
    QTimer.singleShot(100, slow_save.set)
    assert workspace.maybe_close() is True
    assert saving_when_asked == [False]
    # Saved from the version the first save made, not sent again from the old one ("edited elsewhere").
    assert services.intake.get(person.id).text.strengths == "Gardening, cooking"


def test_closing_during_a_save_with_nothing_more_typed_leaves_no_late_callback(qtbot, services, person, monkeypatch,
                                                                               slow_save) -> None:
    from PySide6.QtCore import QTimer

    workspace = make(qtbot, services, person)
    save_in_flight(qtbot, workspace, "Gardening")
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.Discard)
    QTimer.singleShot(100, slow_save.set)
    assert workspace.maybe_close() is True
    assert asked == []  # the save finished first, and then nothing was left unsaved
    assert services.intake.get(person.id).text.strengths == "Gardening"
    workspace.deleteLater()  # closed, as the main window does; nothing may touch it afterwards
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(workspace))


def test_maybe_close_refuses_while_a_save_is_stuck(qtbot, services, person, monkeypatch, slow_save) -> None:
    monkeypatch.setattr("rosc_desktop.ui.screens.intake.SAVE_WAIT_MS", 100)
    workspace = make(qtbot, services, person)
    save_in_flight(qtbot, workspace, "Gardening")
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.Discard)
    assert workspace.maybe_close() is False
    assert asked == []
    boxes = [b for b in workspace.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in boxes] == ["The intake is still being saved. Please try again in a moment."]
    slow_save.set()
    qtbot.waitUntil(lambda: not workspace.intake._saving, timeout=5_000)
    assert workspace.maybe_close() is True


# -- change notices reach only the person they are about ----------------------------------------------------

def test_saving_one_intake_does_not_read_another_open_participant(qtbot, services, person, monkeypatch) -> None:
    other = services.participants.register(ParticipantInput("Dev"))
    reads: list[str] = []
    real_get, real_history = services.intake.get, services.intake.barc10_history

    def get(participant_id):  # type: ignore[no-untyped-def]
        reads.append(participant_id)
        return real_get(participant_id)

    def history(participant_id):  # type: ignore[no-untyped-def]
        reads.append(participant_id)
        return real_history(participant_id)

    monkeypatch.setattr(services.intake, "get", get)
    monkeypatch.setattr(services.intake, "barc10_history", history)
    first, second = make(qtbot, services, person), make(qtbot, services, other)
    reads.clear()

    qtbot.keyClicks(first.intake.editors["strengths"], "Gardening")
    first.intake.save_button.click()
    qtbot.waitUntil(lambda: first.overview.in_their_words.text() == "“Gardening”")
    from rosc_desktop.ui.screens.barc10 import Barc10Dialog

    dialog = Barc10Dialog(services, person.id, first)
    for statement in range(1, 11):
        dialog.radio(statement, 5).setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: first.overview.latest_label.text().startswith("Latest: 50"))
    assert other.id not in reads  # reading an intake is audited as viewing that person
    assert person.id in reads
    assert second.overview.empty_label.isVisible()


def test_overview_shows_gas_progress_from_the_goals(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from rosc_desktop.services.participants import ParticipantInput
    from rosc_desktop.services.plans import GoalInput
    from rosc_desktop.ui.operations import change_bus
    from rosc_desktop.ui.screens.overview import OverviewTab

    person = services.participants.register(ParticipantInput("Gus Ortega"))
    tab = OverviewTab(services, person.id)
    qtbot.addWidget(tab)
    assert "No goal reviews yet" in tab.gas_label.text()
    goal = services.goals.add(person.id, GoalInput("Own place", "housing"), set_on=date(2026, 9, 1))
    services.goals.review(goal.id, date(2026, 9, 20), -1)
    services.goals.review(goal.id, date(2026, 10, 20), 1)
    change_bus.changed.emit(Changes.of(Kind.GOALS, participant_id=person.id))
    # One goal at +1: T = 60; at its first review (−1): T = 40.
    assert "Goal progress 60" in tab.gas_label.text() and "40" in tab.gas_label.text()


def test_overview_lists_each_reviewed_goal_with_its_latest_level(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from rosc_desktop.services.participants import ParticipantInput
    from rosc_desktop.services.plans import GoalInput
    from rosc_desktop.ui.screens.overview import OverviewTab

    person = services.participants.register(ParticipantInput("Lena Fischer"))
    levels = ("No room", "Waiting list", "Shared room", "Own room", "Own flat")
    goal = services.goals.add(person.id, GoalInput("A place of my own", "housing", levels=levels),
                              set_on=date(2026, 9, 1))
    services.goals.add(person.id, GoalInput("Not reviewed yet", "social"), set_on=date(2026, 9, 1))
    services.goals.review(goal.id, date(2026, 10, 1), 1)
    tab = OverviewTab(services, person.id)
    qtbot.addWidget(tab)
    assert "+1  Own room — A place of my own" in tab.gas_label.text()
    assert "Not reviewed yet" not in tab.gas_label.text()
