"""The Setback plan tab and reconvening the network, driven as a peer specialist would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.setback import SetbackPlanText
from rosc_desktop.ui.screens.setback import ReconveneDialog, SetbackTab
from rosc_desktop.ui.screens.workspace import ParticipantWorkspace
from tests.ui.test_accessibility import _unnamed_controls

SUPPORTS = ["Rosa (sister) 555-0101", "Mike, sponsor: text 555-0102", "Pastor Lee at St. Mark's 555-0103"]


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Luis", pronouns="he/him"))


def make_tab(qtbot, services, person) -> SetbackTab:  # type: ignore[no-untyped-def]
    tab = SetbackTab(services, person.id)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def make_workspace(qtbot, services, person) -> ParticipantWorkspace:  # type: ignore[no-untyped-def]
    workspace = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(workspace)
    workspace.show()
    return workspace


def test_sections_in_order_with_generic_names(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    assert list(tab.editors) == ["warning_signs", "what_helps", "what_does_not_help", "people_to_call",
                                 "safe_places"]
    assert tab.editors["warning_signs"].accessibleName() == "Early warning signs"
    assert "WRAP" not in " ".join(e.accessibleDescription() for e in tab.editors.values())
    assert not tab.save_button.isEnabled()
    assert tab.status_label.text() == "Nothing saved yet"


def test_plan_typed_and_saved_survives_a_new_workspace(qtbot, services, person) -> None:
    workspace = make_workspace(qtbot, services, person)
    tab = workspace.setback
    workspace.tabs.setCurrentWidget(tab)
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    tab.editors["warning_signs"].setFocus()
    qtbot.keyClicks(tab.editors["warning_signs"], "Skipping meals, not answering the phone")
    assert tab.status_label.text() == "Unsaved changes"
    assert workspace.has_unsaved_changes()
    assert workspace.tabs.tabText(workspace.tabs.indexOf(tab)).endswith("•")
    qtbot.keyClicks(tab.editors["people_to_call"], SUPPORTS[0])
    qtbot.keyClick(tab.editors["people_to_call"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.status_label.text().startswith("Saved "))
    assert not workspace.has_unsaved_changes()
    assert not tab.save_button.isEnabled()

    again = make_workspace(qtbot, services, person)
    assert again.setback.editors["warning_signs"].toPlainText() == "Skipping meals, not answering the phone"
    assert again.setback.editors["people_to_call"].toPlainText() == SUPPORTS[0]
    assert services.setback.get(person.id).version == 1


def test_version_clash_keeps_the_text(qtbot, services, person, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("rosc_desktop.ui.screens.setback.show_error", lambda parent, error: shown.append(error))
    tab = make_tab(qtbot, services, person)
    qtbot.keyClicks(tab.editors["what_helps"], "A walk with my dog")
    services.setback.save(person.id, SetbackPlanText(what_helps="Music"), expected_version=0)
    tab.save_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].code == "edited_elsewhere"
    assert tab.editors["what_helps"].toPlainText() == "A walk with my dog"
    assert tab.has_unsaved_changes()
    assert tab.status_label.text() == "Unsaved changes"
    assert tab.reload_button.isVisible()
    assert services.setback.get(person.id).text.what_helps == "Music"


def test_reconvene_with_three_supports(qtbot, services, person) -> None:
    services.setback.save(person.id, SetbackPlanText(people_to_call="\n".join(SUPPORTS) + "\n\n"), 0)
    tab = make_tab(qtbot, services, person)
    assert tab.history_empty.isVisible()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.reconvene_button.click()
    dialog = tab.reconvene_dialog
    assert isinstance(dialog, ReconveneDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.supports_view.toPlainText().splitlines() == SUPPORTS
    assert not dialog.no_supports_label.isVisible()
    assert dialog.date_edit.date().toPython() == date.today()
    assert dialog.follow_up_edit.date().toPython() == date.today() + timedelta(days=1)
    assert _unnamed_controls(dialog) == []
    qtbot.keyClicks(dialog.note_edit, "Relapsed over the weekend; wants people around")
    dialog.confirm_button.click()
    qtbot.waitUntil(dialog.showing_call_list)

    assert dialog.call_list.toPlainText().splitlines() == SUPPORTS
    assert dialog.call_list.isReadOnly()
    assert _unnamed_controls(dialog) == []
    dialog.copy_button.click()
    assert QApplication.clipboard().text().splitlines() == SUPPORTS

    tomorrow = date.today() + timedelta(days=1)
    due = services.checkins.due_follow_ups(tomorrow)
    assert sorted(f.reason for f in due) == sorted(SUPPORTS)
    assert {f.source for f in due} == {"setback"}
    assert services.checkins.due_follow_ups(date.today()) == []
    history = services.setback.history(person.id)
    assert len(history) == 1

    qtbot.waitUntil(lambda: tab.history.topLevelItemCount() == 1)
    row = tab.history.topLevelItem(0)
    assert row.text(1) == "3"
    assert row.text(2) == "Relapsed over the weekend; wants people around"
    assert not dialog.has_unsaved_work()
    dialog.reject()  # Close: nothing left to ask about
    qtbot.waitUntil(lambda: tab.reconvene_dialog is None)


def test_reconvene_with_no_supports_says_so(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    tab.reconvene_button.click()
    dialog = tab.reconvene_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.no_supports_label.isVisible()
    assert "People to call" in dialog.no_supports_label.text()
    assert not dialog.confirm_button.isEnabled()
    assert not dialog.supports_view.isVisible()
    # Even if asked anyway (the plan was emptied elsewhere), the service's answer is shown, not a crash.
    dialog._supports = ["stale"]
    dialog.confirm_button.setEnabled(True)
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not dialog.confirm_button.isEnabled())
    assert dialog.no_supports_label.isVisible()
    assert not dialog.showing_call_list()
    assert services.setback.history(person.id) == []
    assert services.checkins.due_follow_ups(date.today() + timedelta(days=1)) == []


def test_reconvene_with_unsaved_typing_asks_to_save_first(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    qtbot.keyClicks(tab.editors["people_to_call"], SUPPORTS[1])
    tab.reconvene_button.click()
    box = tab._save_first_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert tab.reconvene_dialog is None
    box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: tab.reconvene_dialog is not None)
    assert services.setback.get(person.id).text.people_to_call == SUPPORTS[1]
    assert tab.reconvene_dialog.supports_view.toPlainText() == SUPPORTS[1]


def test_workspace_asks_before_closing_with_unsaved_plan(qtbot, services, person, monkeypatch) -> None:
    asked = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    workspace = make_workspace(qtbot, services, person)
    assert workspace.maybe_close()
    assert asked == []
    qtbot.keyClicks(workspace.setback.editors["safe_places"], "The library")
    assert not workspace.maybe_close()
    assert len(asked) == 1 and "setback plan" in asked[0]
    assert workspace.tabs.currentWidget() is workspace.setback

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert workspace.maybe_close()
    assert services.setback.get(person.id).text.safe_places == "The library"


def test_workspace_tabs_and_accessible_names(qtbot, services, person) -> None:
    workspace = make_workspace(qtbot, services, person)
    texts = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert texts[-2:] == ["&Check-ins", "Setbac&k plan"]
    mnemonics = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(mnemonics) == len(set(mnemonics))
    for tab in (workspace.checkins, workspace.setback):
        workspace.tabs.setCurrentWidget(tab)
        assert _unnamed_controls(workspace) == []


def test_add_from_the_network_appends_lines_without_duplicates(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.network import MemberInput, TieInput

    rosa = services.network.add_member(person.id, MemberInput("Rosa", domain="family", relationship="sister",
                                                              phone="555-0101"), TieInput())
    services.network.add_member(person.id, MemberInput("Mike", domain="peer_recovery", relationship="sponsor"),
                                TieInput())
    services.network.add_member(person.id, MemberInput("Food bank", kind="organisation", domain="community"),
                                TieInput())
    tab = make_tab(qtbot, services, person)
    editor = tab.editors["people_to_call"]
    editor.setPlainText("Rosa (sister) 555-0101")
    tab.reload(force=False)  # typing stays
    assert "&A" in tab.add_from_network_button.text()

    tab.add_from_network_button.click()
    picker = tab.network_picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    assert _unnamed_controls(picker) == []
    items = [picker.list.item(i) for i in range(picker.list.count())]
    texts = [i.text() for i in items]
    assert texts[0] == "Food bank — Community and clubs"
    assert texts[1] == "Mike (sponsor) — Peers and sponsor"
    assert texts[2].startswith("Rosa (sister) 555-0101") and "already listed" in texts[2]
    assert not picker.add_button.isEnabled()
    for item in items[:2]:
        item.setCheckState(Qt.CheckState.Checked)
    picker.add_button.click()
    qtbot.waitUntil(lambda: tab.network_picker is None)
    assert editor.toPlainText().splitlines() == ["Rosa (sister) 555-0101", "Food bank", "Mike (sponsor)"]
    assert tab.has_unsaved_changes() and tab.save_button.isEnabled()
    assert tab.status_label.text() == "Unsaved changes"

    # Adding the same people again changes nothing; the line already typed counts too.
    assert tab.append_people(["Mike (sponsor)", " rosa (SISTER)  555-0101"]) == 0
    assert editor.toPlainText().splitlines() == ["Rosa (sister) 555-0101", "Food bank", "Mike (sponsor)"]
    tab.save_now()
    assert services.setback.get(person.id).text.people_to_call.splitlines()[1:] == ["Food bank", "Mike (sponsor)"]
    assert rosa.id


def test_add_from_an_empty_network_says_so(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, person)
    tab.add_from_network_button.click()
    picker = tab.network_picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    assert picker.empty_label.isVisible() and not picker.list.isVisible()
    assert not picker.add_button.isEnabled()
    picker.reject()
    qtbot.waitUntil(lambda: tab.network_picker is None)
    assert tab.editors["people_to_call"].toPlainText() == ""
