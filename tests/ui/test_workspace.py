"""The participant workspace: header, Overview with the BARC-10 over time, closing with unsaved typing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

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
    assert [workspace.tabs.tabText(i).replace("&", "") for i in range(2)] == ["Overview", "Intake"]
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
    run_operation(None, lambda: services.intake.record_barc10(person.id, date.today(), [5] * 10),
                  changes={"barc10"})
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


def test_edit_details_opens_the_form_and_refreshes_the_header(qtbot, services, person, monkeypatch) -> None:
    import types

    from rosc_desktop.services.participants import ParticipantInput as Input

    opened = []

    class FakeDialog:
        def __init__(self, svc, existing=None, parent=None):  # type: ignore[no-untyped-def]
            opened.append(existing)

        def exec(self) -> int:
            data = Input(**{**opened[0].as_input().__dict__, "preferred_name": "Mari"})
            services.participants.update(opened[0].id, data, opened[0].version)
            return 1

    module = types.ModuleType("rosc_desktop.ui.screens.participant_form")
    module.ParticipantDialog = FakeDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(__import__("sys").modules, "rosc_desktop.ui.screens.participant_form", module)
    workspace = make(qtbot, services, person)
    workspace.edit_button.click()
    assert opened[0].id == person.id
    assert workspace.title() == "Mari"
    assert workspace.name_label.text() == "Mari"


def test_header_follows_a_change_made_elsewhere(qtbot, services, person) -> None:
    from rosc_desktop.services.participants import ParticipantInput as Input
    from rosc_desktop.ui.operations import change_bus

    workspace = make(qtbot, services, person)
    view = services.participants.open(person.id)
    services.participants.update(person.id, Input(**{**view.as_input().__dict__, "pronouns": "she/they"}),
                                 view.version)
    change_bus.changed.emit(frozenset({"participant"}))
    assert workspace.pronouns_label.text() == "she/they"
