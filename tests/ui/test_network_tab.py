"""The Network tab and its dialogs, driven as a peer specialist would: typing, choosing, Save, dragging,
moving the history slider, exporting the map."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from rosc_desktop.enums import ConnectionRating, NetworkDomain, TieNature, TieStrength
from rosc_desktop.model import NetworkMember
from rosc_desktop.services.network import MemberInput, TieInput
from rosc_desktop.ui.operations import wait_for_operations
from rosc_desktop.ui.screens.network import NetworkTab
from rosc_desktop.ui.screens.network_member import LinkDialog, MemberDialog, RateDialog, RemoveDialog
from tests.ui.test_accessibility import _unnamed_controls

from tests.conftest import register_long_ago
from tests.ui.error_boxes import collect_error_boxes

TODAY = date.today()
DAY = timedelta(days=1)


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    """Registered 100 days ago, so the history has room (tests may use the store; widgets may not)."""
    return register_long_ago(services)


@pytest.fixture(autouse=True)
def no_error_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """Errors that would open a message box are collected instead (a box left open would outlive the test);
    one the test did not `expect()` fails it."""
    yield from collect_error_boxes(monkeypatch, "screens.network", "form_dialog")


def add(services, person, name, on=None, **tie):  # type: ignore[no-untyped-def]
    domain = tie.pop("domain", NetworkDomain.FRIENDS)
    return services.network.add_member(person.id, MemberInput(name, domain=domain), TieInput(**tie), on=on)


def make_tab(qtbot, services, person) -> NetworkTab:  # type: ignore[no-untyped-def]
    tab = NetworkTab(services, person.id)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    settle(qtbot)
    return tab


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let background saves (positions first drawn, say) finish and deliver their answers."""
    assert wait_for_operations(5000)
    qtbot.wait(1)


def open_dialog(qtbot, tab: NetworkTab, button):  # type: ignore[no-untyped-def]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    return tab.dialog


def list_names(tab: NetworkTab) -> list[str]:
    return [tab.member_list.topLevelItem(i).text(0) for i in range(tab.member_list.topLevelItemCount())]


def row_of(tab: NetworkTab, name: str) -> list[str]:
    for i in range(tab.member_list.topLevelItemCount()):
        item = tab.member_list.topLevelItem(i)
        if item.text(0) == name:
            return [item.text(c) for c in range(tab.member_list.columnCount())]
    raise AssertionError(f"{name} not listed")


def save(qtbot, tab: NetworkTab, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is None)
    settle(qtbot)


# -- adding ---------------------------------------------------------------------------------------------------

def test_a_member_added_through_the_dialog_is_in_the_list_and_on_the_map(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    assert tab.map_stack.currentIndex() == 1  # the friendly empty prompt, with its own Add button
    assert "No one on the map yet" in tab.empty_label.text() and tab.empty_add_button.isVisible()
    dialog = open_dialog(qtbot, tab, tab.add_button)
    assert isinstance(dialog, MemberDialog)
    qtbot.keyClicks(dialog.name_edit, "Maria")
    dialog.domain_combo.setCurrentIndex(dialog.domain_combo.findText("Family"))
    qtbot.keyClicks(dialog.relationship_edit, "my sister")
    qtbot.keyClicks(dialog.phone_edit, "555 010 2000")
    dialog.strength_combo.setCurrentIndex(dialog.strength_combo.findText("Strong"))
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findText("We support each other"))
    dialog.frequency_combo.setCurrentIndex(dialog.frequency_combo.findText("Every week"))
    assert dialog.has_unsaved_work() and tab.has_unsaved_work()
    save(qtbot, tab, dialog)

    (saved,) = services.network.current_members(person.id)
    assert (saved.name, saved.domain, saved.relationship, saved.phone) == ("Maria", "family", "my sister",
                                                                           "555 010 2000")
    assert (saved.tie.strength, saved.tie.direction, saved.tie.frequency) == ("strong", "both", "weekly")
    assert row_of(tab, "Maria")[:7] == ["Maria", "my sister", "Family", "Strong", "Supportive",
                                        "We support each other", "Every week"]
    assert tab.map_stack.currentIndex() == 0
    assert tab.map_view.node_item(saved.id) is not None  # on the map
    assert tab.map_view.current_member() == saved.id  # and selected in both views
    # The automatic place it was first drawn at is kept, so the map stays as the person saw it.
    assert services.network.member(saved.id).position is not None
    assert not tab.has_unsaved_work()


def test_a_blank_name_is_shown_beside_the_field_and_nothing_is_saved(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.add_button)
    qtbot.keyClicks(dialog.relationship_edit, "my neighbour")
    qtbot.keyClicks(dialog.name_edit, "   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("name") != "")
    assert dialog.field_error("name") == "This field is required."
    assert dialog.isVisible() and dialog.relationship_edit.text() == "my neighbour"  # typing kept
    assert services.network.current_members(person.id) == []
    dialog.done(0)


def test_a_second_member_with_the_same_name_is_asked_about_then_added(qtbot, services, person) -> None:
    add(services, person, "Maria")
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.add_button)
    qtbot.keyClicks(dialog.name_edit, "maria ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._same_name_box is not None and dialog._same_name_box.isVisible())
    box = dialog._same_name_box
    assert "There is already a member called maria" in box.text()
    assert len(services.network.current_members(person.id)) == 1  # nothing added before the answer
    qtbot.mouseClick(dialog.same_name_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is None)
    settle(qtbot)
    assert [m.name for m in services.network.current_members(person.id)] == ["Maria", "maria"]
    assert sorted(list_names(tab)) == ["Maria", "maria"]


def test_a_date_before_the_person_was_registered_is_refused_in_words(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.add_button)
    qtbot.keyClicks(dialog.name_edit, "Tom")
    dialog.as_of_edit.setDate(QDate.currentDate().addDays(-400))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("on") != "")
    assert "cannot go back before" in dialog.field_error("on")
    assert dialog.name_edit.text() == "Tom" and services.network.current_members(person.id) == []
    dialog.done(0)


# -- editing and history --------------------------------------------------------------------------------------

def test_editing_a_tie_shows_in_the_list_and_adds_a_dated_state(qtbot, services, person) -> None:
    maria = add(services, person, "Maria", on=TODAY - 30 * DAY, strength=TieStrength.WEAK)
    tab = make_tab(qtbot, services, person)
    assert row_of(tab, "Maria")[3] == "Weak"
    tab.select_member(maria.id)
    tab.member_list.setFocus()
    qtbot.keyClick(tab.member_list, Qt.Key.Key_Return)  # Enter edits
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    assert isinstance(dialog, MemberDialog) and dialog.name_edit.text() == "Maria"
    dialog.strength_combo.setCurrentIndex(dialog.strength_combo.findText("Strong"))
    qtbot.keyClicks(dialog.note_edit, "Calls every Sunday now")
    save(qtbot, tab, dialog)

    assert row_of(tab, "Maria")[3] == "Strong"
    assert services.network.history_dates(person.id) == [TODAY - 30 * DAY, TODAY]
    assert services.network.snapshot(person.id, TODAY - DAY).members[0].tie.strength == "weak"
    assert tab.slider.maximum() == 1  # two stops: the day she was added, and today


def test_a_past_day_on_the_slider_shows_that_day_and_switches_editing_off(qtbot, services, person) -> None:
    add(services, person, "Maria", on=TODAY - 60 * DAY)
    tom = add(services, person, "Tom", on=TODAY - 20 * DAY)
    services.network.change_tie(tom.id, TieInput(nature=TieNature.STRESSFUL), on=TODAY - 5 * DAY)
    tab = make_tab(qtbot, services, person)
    assert sorted(list_names(tab)) == ["Maria", "Tom"] and tab.add_button.isEnabled()
    assert not tab.past_banner.isVisible()

    tab.slider.setFocus()
    qtbot.keyClick(tab.slider, Qt.Key.Key_Home)
    assert tab.shown_day() == TODAY - 60 * DAY
    assert list_names(tab) == ["Maria"]
    assert not tab.add_button.isEnabled() and not tab.edit_button.isEnabled()
    assert tab.past_banner.isVisible() and "nothing can be changed" in tab.past_banner.text()
    assert tab.today_button.isEnabled()

    qtbot.keyClick(tab.slider, Qt.Key.Key_Right)
    assert tab.shown_day() == TODAY - 20 * DAY and row_of(tab, "Tom")[4] == "Supportive"
    qtbot.keyClick(tab.slider, Qt.Key.Key_Right)
    assert row_of(tab, "Tom")[4] == "Stressful"

    qtbot.mouseClick(tab.today_button, Qt.MouseButton.LeftButton)
    assert tab.is_today() and tab.add_button.isEnabled() and not tab.past_banner.isVisible()


def test_a_past_day_never_saves_positions(qtbot, services, person) -> None:
    maria = add(services, person, "Maria", on=TODAY - 60 * DAY)
    tab = make_tab(qtbot, services, person)
    kept = services.network.member(maria.id).position
    tab.show_day(TODAY - 60 * DAY)
    tab.map_view.memberMoved.emit(maria.id, 200.0, 100.0)
    settle(qtbot)
    assert services.network.member(maria.id).position == kept


def test_taking_a_member_off_keeps_them_on_the_earlier_stop(qtbot, services, person) -> None:
    maria = add(services, person, "Maria", on=TODAY - 30 * DAY)
    add(services, person, "Tom", on=TODAY - 30 * DAY)
    tab = make_tab(qtbot, services, person)
    tab.select_member(maria.id)
    dialog = open_dialog(qtbot, tab, tab.remove_button)
    assert isinstance(dialog, RemoveDialog)
    assert any("Nothing is deleted" in label.text() for label in dialog.findChildren(type(tab.details)))
    qtbot.keyClicks(dialog.reason_edit, "Moved away")
    save(qtbot, tab, dialog)

    assert list_names(tab) == ["Tom"]
    assert tab.map_view.node_item(maria.id) is None
    tab.show_day(TODAY - 30 * DAY)
    assert sorted(list_names(tab)) == ["Maria", "Tom"]


# -- the map ------------------------------------------------------------------------------------------------

def test_a_dragged_member_keeps_their_place(qtbot, services, person) -> None:
    maria = add(services, person, "Maria")
    tab = make_tab(qtbot, services, person)
    tab.map_view.node_item(maria.id).setPos(250.0, -120.0)  # where a drag leaves it
    tab.map_view.memberMoved.emit(maria.id, 250.0, -120.0)
    settle(qtbot)
    assert services.network.member(maria.id).position == (250.0, -120.0)


def test_the_first_drawing_is_saved_once_so_the_map_stays_as_drawn(qtbot, services, person) -> None:
    ids = [add(services, person, name).id for name in ("Maria", "Tom", "Keisha")]
    assert all(services.network.member(i).position is None for i in ids)
    tab = make_tab(qtbot, services, person)
    shown = tab.map_view.positions()
    for member_id in ids:
        assert services.network.member(member_id).position == pytest.approx(shown[member_id])


def test_selection_follows_between_map_and_list(qtbot, services, person) -> None:
    maria, tom = add(services, person, "Maria"), add(services, person, "Tom")
    tab = make_tab(qtbot, services, person)
    tab.map_view.select_member(tom.id)
    assert tab.selected_member().id == tom.id
    tab.select_member(maria.id)
    assert tab.map_view.current_member() == maria.id
    assert "Maria" in tab.details.text()


def test_a_far_off_stored_position_is_brought_back_with_a_note(qtbot, services, person) -> None:
    maria = add(services, person, "Maria")
    with services.store.write() as session:  # a damaged import, say
        row = session.get(NetworkMember, maria.id)
        row.pos_x, row.pos_y = 1e9, -5e8
        session.add(row)
    tab = make_tab(qtbot, services, person)
    assert tab.edge_note.isVisible()
    assert tab.edge_note.text().startswith("1 member")
    assert "1 member was placed outside the map" in tab.edge_note.text()  # one member: said in the singular
    assert "drag it where it belongs" in tab.edge_note.text()
    x, y = tab.map_view.positions()[maria.id]
    assert abs(x) < 700 and abs(y) < 700  # drawn at the map's edge, not lost off-screen


def test_links_and_ratings_through_their_dialogs(qtbot, services, person) -> None:
    maria, tom = add(services, person, "Maria"), add(services, person, "Tom")
    tab = make_tab(qtbot, services, person)
    tab.select_member(maria.id)
    dialog = open_dialog(qtbot, tab, tab.link_button)
    assert isinstance(dialog, LinkDialog) and dialog.other_combo.currentText() == "Tom"
    qtbot.keyClicks(dialog.note_edit, "Neighbours")
    save(qtbot, tab, dialog)
    (link,) = services.network.snapshot(person.id).links
    assert {link.member_a_id, link.member_b_id} == {maria.id, tom.id}

    # Choosing someone already linked offers to take the line back (a mistaken link is not forever).
    dialog = open_dialog(qtbot, tab, tab.link_button)
    assert "linked already" in dialog.other_combo.currentText()
    assert dialog.save_button.text() == "&Remove link" and not dialog.note_edit.isEnabled()
    save(qtbot, tab, dialog)
    assert services.network.snapshot(person.id).links == ()
    assert "linked already" not in open_dialog(qtbot, tab, tab.link_button).other_combo.currentText()
    tab.dialog.done(0)
    qtbot.waitUntil(lambda: tab.dialog is None)

    dialog = open_dialog(qtbot, tab, tab.rate_button)
    assert isinstance(dialog, RateDialog) and not dialog.save_button.isEnabled()  # an answer is needed
    assert dialog.earlier_label.text() == "No earlier answers."
    dialog.radios[ConnectionRating.MIXED].click()
    qtbot.keyClicks(dialog.note_edit, "Some arguments lately")
    save(qtbot, tab, dialog)
    (rating,) = services.network.ratings(maria.id)
    assert (rating.rating, rating.note) == ("mixed", "Some arguments lately")
    assert row_of(tab, "Maria")[8].startswith("Some good, some not")


def test_export_writes_png_and_svg_without_the_persons_name_in_the_file_name(qtbot, services, person, tmp_path,
                                                                              monkeypatch) -> None:
    add(services, person, "Maria")
    tab = make_tab(qtbot, services, person)
    tab.set_centre_label("Dee Walker")
    offered: list[str] = []

    def choose(name: str):  # type: ignore[no-untyped-def]
        def dialog(_parent, _title, suggested, filters):  # type: ignore[no-untyped-def]
            offered.append(suggested)
            return str(tmp_path / name), filters.split(";;")[0]
        return dialog

    monkeypatch.setattr("rosc_desktop.ui.screens.network.QFileDialog.getSaveFileName", choose("map.png"))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    monkeypatch.setattr("rosc_desktop.ui.screens.network.QFileDialog.getSaveFileName", choose("map.svg"))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    assert (tmp_path / "map.png").read_bytes().startswith(b"\x89PNG")
    assert tab.export_note.isVisible() and "map.svg" in tab.export_note.text()
    svg = (tmp_path / "map.svg").read_text("utf-8")
    assert svg.lstrip().startswith(("<svg", "<?xml")) and "Maria" in svg
    for suggested in offered:
        assert suggested.endswith(f"support-network-{TODAY.isoformat()}.png")
        assert "Dee" not in suggested and "Walker" not in suggested


# -- figures ----------------------------------------------------------------------------------------------------

def test_figures_for_the_shown_day_and_since_the_first_map(qtbot, services, person) -> None:
    add(services, person, "Maria", on=TODAY - 30 * DAY, domain=NetworkDomain.FAMILY)
    add(services, person, "Dr. Patel", on=TODAY - 10 * DAY, domain=NetworkDomain.CLINICAL)
    add(services, person, "Sam", on=TODAY - 10 * DAY, nature=TieNature.STRESSFUL)
    tab = make_tab(qtbot, services, person)
    figures = tab.figures_label.text()
    assert "Supports: 2 of 3 on the map (not counted: 1 with a stressful tie)\nLife areas covered: 2\n" in figures
    assert "67% of ties supportive" in figures
    assert "Community and peer supports: 1 · Clinical: 1" in figures
    assert tab.change_label.text().startswith("Since the first map on")
    assert "supports 1 → 2" in tab.change_label.text()
    assert tab.trend.isVisible() and "supports" in tab.trend.accessibleDescription()
    tab.show_day(TODAY - 30 * DAY)
    assert tab.figures_label.text().startswith("Supports: 1 of 1 on the map\nLife areas covered: 1\n")


def test_supports_beside_a_longer_list_says_who_is_not_counted(qtbot, services, person) -> None:
    """13 on the list, "Supports: 11": the two with a stressful tie are named as the difference."""
    for n in range(13):
        add(services, person, f"Member {n:02}", on=TODAY - 20 * DAY,
            nature=TieNature.STRESSFUL if n in (3, 7) else (TieNature.MIXED if n == 5 else TieNature.SUPPORTIVE))
    tab = make_tab(qtbot, services, person)
    assert tab.member_list.topLevelItemCount() == 13
    figures = tab.figures_label.text()
    # A mixed tie is still a support; only the stressful ones are left out.
    assert figures.startswith("Supports: 11 of 13 on the map (not counted: 2 with a stressful tie)\n"), figures
    assert tab.members()[7].name == "Member 07"
    services.network.change_tie(tab.members()[7].id, TieInput(nature=TieNature.SUPPORTIVE))
    tab.reload()
    assert tab.figures_label.text().startswith(
        "Supports: 12 of 13 on the map (not counted: 1 with a stressful tie)\n"), tab.figures_label.text()


def test_an_empty_map_keeps_the_plain_figure(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    assert tab.figures_label.text().startswith("Supports: 0 · Life areas covered: 0")


# -- roles, accessibility, the workspace ------------------------------------------------------------------------

def test_a_peer_specialist_can_edit(qtbot, services, person, staff_services) -> None:
    peer = staff_services("peer_specialist")
    maria = add(services, person, "Maria")
    tab = make_tab(qtbot, peer, person)
    assert tab.editable() and tab.add_button.isEnabled() and tab.edit_button.isEnabled()
    assert not tab.read_only_note.isVisible()
    tab.map_view.memberMoved.emit(maria.id, 150.0, 150.0)
    settle(qtbot)
    assert services.network.member(maria.id).position == (150.0, 150.0)


def test_a_role_that_may_only_look_gets_a_read_only_map(qtbot, services, person, staff_services,
                                                        monkeypatch, no_error_boxes) -> None:
    from rosc_desktop.enums import Role
    from rosc_desktop.services import permissions

    # No role is view-only today; one made so here stands for a future one (a volunteer, an auditor).
    maria = add(services, person, "Maria")
    looker = staff_services("peer_specialist")
    monkeypatch.setitem(permissions.ALLOWED, Role.PEER_SPECIALIST,
                        permissions.ALLOWED[Role.PEER_SPECIALIST] - {permissions.Action.EDIT_PLAN})
    tab = make_tab(qtbot, looker, person)
    assert list_names(tab) == ["Maria"]
    assert not tab.editable() and tab.read_only_note.isVisible()
    for button in (tab.add_button, tab.edit_button, tab.link_button, tab.rate_button, tab.remove_button,
                   tab.arrange_button):
        assert not button.isEnabled()
    assert tab.export_button.isEnabled()
    tab.map_view.memberMoved.emit(maria.id, 150.0, 150.0)
    settle(qtbot)
    assert services.network.member(maria.id).position is None  # not even the first drawing was saved
    assert no_error_boxes == []


def test_every_control_has_an_accessible_name(qtbot, services, person) -> None:
    add(services, person, "Maria")
    add(services, person, "Tom", on=TODAY - 5 * DAY)
    tab = make_tab(qtbot, services, person)
    tab.legend_button.click()
    assert _unnamed_controls(tab) == []
    item = tab.member_list.topLevelItem(0)
    assert "Maria" in item.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert "Moderate tie, supportive" in item.data(0, Qt.ItemDataRole.AccessibleTextRole)
    for dialog_button in (tab.add_button, tab.edit_button, tab.rate_button, tab.remove_button, tab.link_button):
        dialog = open_dialog(qtbot, tab, dialog_button)
        assert _unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.done(0)
        qtbot.waitUntil(lambda: tab.dialog is None)


def test_cancel_with_typing_asks_before_discarding(qtbot, services, person) -> None:
    tab = make_tab(qtbot, services, person)
    dialog = open_dialog(qtbot, tab, tab.add_button)
    qtbot.keyClicks(dialog.name_edit, "Maria")
    dialog.reject()
    box = dialog._discard_box
    assert isinstance(box, QMessageBox) and dialog.isVisible()
    box.done(0)
    qtbot.waitUntil(lambda: dialog._discard_box is None)
    assert dialog.isVisible() and dialog.name_edit.text() == "Maria"
    dialog.discard()
    qtbot.waitUntil(lambda: tab.dialog is None)


def test_the_workspace_has_the_network_tab_and_asks_about_its_typing(qtbot, services, person,
                                                                     monkeypatch) -> None:
    from rosc_desktop.ui.screens.workspace import ParticipantWorkspace

    workspace = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(workspace)
    workspace.show()
    index = workspace.tabs.indexOf(workspace.network)
    assert workspace.tabs.tabText(index) == "&Network"
    assert workspace.network._centre_label == "Dee Walker"
    workspace.tabs.setCurrentIndex(index)
    dialog = open_dialog(qtbot, workspace.network, workspace.network.add_button)
    qtbot.keyClicks(dialog.name_edit, "Maria")
    assert workspace.has_unsaved_changes()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not workspace.maybe_close()
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert workspace.maybe_close()
    qtbot.waitUntil(lambda: workspace.network.dialog is None)
    assert services.network.current_members(person.id) == []


def test_a_member_named_in_arabic_does_not_turn_the_details_right_to_left(qtbot, services, person) -> None:
    """The selected member's sentence began with their name: in Arabic the whole line took that direction and read
    backwards ("…supportive; They ;عبد الباقي")."""
    from PySide6.QtGui import QTextDocument

    member = add(services, person, "عبد الباقي")
    tab = make_tab(qtbot, services, person)
    tab.select_member(member.id)
    document = QTextDocument()
    document.setPlainText(tab.details.text())
    block = document.firstBlock()
    while block.isValid():
        assert block.textDirection() == Qt.LayoutDirection.LeftToRight, block.text()
        block = block.next()
    assert "عبد الباقي" in tab.details.text()
