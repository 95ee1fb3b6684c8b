"""The participant list: the lazy table model, search as you type, keyboard opening, refresh on change."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.models.participant_table import ParticipantTableModel
from rosc_desktop.ui.operations import change_bus
from rosc_desktop.ui.screens.participant_list import ParticipantListScreen

PEOPLE = [
    ParticipantInput("Zoë Krüger", pronouns="she/her", date_of_birth=date(1988, 4, 2), phone="(555) 123-4567"),
    ParticipantInput("Marcus Bell", pronouns="he/him", phone="555 987 6543"),
    ParticipantInput("Zoe Adams", date_of_birth=date(1975, 11, 30)),
    ParticipantInput("نور الهدى", pronouns="she/her", phone="+1 617 555 0199"),
    ParticipantInput("Sam 🌱 Rivera", pronouns="they/them"),
]


@pytest.fixture
def people(services):  # type: ignore[no-untyped-def]
    return {p.preferred_name: services.participants.register(p).id for p in PEOPLE}


@pytest.fixture
def screen(qtbot, services, people):  # type: ignore[no-untyped-def]
    widget = ParticipantListScreen(services)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_names(screen: ParticipantListScreen) -> list[str]:
    model = screen.model
    return [model.index(r, model.COL_NAME).data() for r in range(model.rowCount())]


def type_search(qtbot, screen: ParticipantListScreen, text: str) -> None:  # type: ignore[no-untyped-def]
    screen.search_edit.clear()
    if text.isascii():
        qtbot.keyClicks(screen.search_edit, text)
    else:  # QTest can only type Latin-1 keys; an input method delivers other scripts as text, like this
        screen.search_edit.insert(text)


def test_model_passes_the_model_tester(qtmodeltester, services, people) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel(services)
    model.set_query("")
    assert model.rowCount() == len(PEOPLE)
    qtmodeltester.check(model)
    model.set_query("zoe")
    qtmodeltester.check(model)


def test_model_fetches_the_next_page_only_when_asked(qtbot, qtmodeltester, services) -> None:  # type: ignore[no-untyped-def]
    many = ParticipantTableModel.PAGE_SIZE + 20
    for n in range(many):
        services.participants.register(ParticipantInput(f"Lee {n:04d}"))
    model = ParticipantTableModel(services)
    model.set_query("lee")
    assert model.rowCount() == ParticipantTableModel.PAGE_SIZE and model.total() == many
    assert model.canFetchMore()
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore()
    assert model.rowCount() == many and not model.canFetchMore()
    assert [model.index(r, model.COL_NAME).data() for r in range(many)] == [f"Lee {n:04d}" for n in range(many)]
    qtmodeltester.check(model)
    model.set_query("lee 0001")  # a new search starts again from its first page
    assert model.rowCount() == 1 and model.total() == 1 and not model.canFetchMore()


def test_model_shows_rows_in_service_order_with_ids_and_accessible_text(services, people) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel(services)
    model.set_query("")
    names = [model.index(r, model.COL_NAME).data() for r in range(model.rowCount())]
    assert names[:4] == ["Marcus Bell", "Sam 🌱 Rivera", "Zoe Adams", "Zoë Krüger"]
    row = names.index("Zoë Krüger")
    assert model.index(row, 0).data(model.ID_ROLE) == people["Zoë Krüger"]
    assert "1988" in model.index(row, model.COL_BIRTH).data()  # four-digit year, never "88"
    assert model.index(row, model.COL_PHONE).data(Qt.ItemDataRole.ToolTipRole) == "(555) 123-4567"
    marcus = names.index("Marcus Bell")
    assert model.index(marcus, model.COL_BIRTH).data() == ""
    assert model.index(marcus, model.COL_BIRTH).data(Qt.ItemDataRole.AccessibleTextRole) == "Date of birth not recorded"
    assert model.headerData(model.COL_NAME, Qt.Orientation.Horizontal) == "Name"


def test_typing_filters_the_list(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    assert len(shown_names(screen)) == len(PEOPLE)
    type_search(qtbot, screen, "zoe kr")
    qtbot.waitUntil(lambda: shown_names(screen) == ["Zoë Krüger"])
    assert screen.count_label.text() == "1 person"

    type_search(qtbot, screen, "zoe")
    qtbot.waitUntil(lambda: sorted(shown_names(screen)) == ["Zoe Adams", "Zoë Krüger"])
    assert screen.count_label.text() == "2 people"

    type_search(qtbot, screen, "555-98")
    qtbot.waitUntil(lambda: shown_names(screen) == ["Marcus Bell"])

    type_search(qtbot, screen, "نور")
    qtbot.waitUntil(lambda: shown_names(screen) == ["نور الهدى"])


def test_no_match_shows_a_kind_empty_state_with_the_query_escaped(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, screen, "xyz<b>")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    assert screen.count_label.text() == "No one matches “xyz<b>”."
    assert screen.empty_label.isVisible() and not screen.table.isVisible()
    text = screen.empty_label.text()
    assert "No one matches “xyz&lt;b&gt;”." in text  # shown as typed, never taken as markup
    assert "Register someone new?" in text
    type_search(qtbot, screen, "zoe")
    qtbot.waitUntil(lambda: screen.table.isVisible())
    assert not screen.empty_label.isVisible()


def test_the_empty_state_link_opens_the_register_dialog(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.screens.participant_form import ParticipantDialog

    type_search(qtbot, screen, "nobody")
    qtbot.waitUntil(lambda: screen.empty_label.isVisible())
    screen.empty_label.linkActivated.emit("register")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in screen.findChildren(ParticipantDialog)))


def test_the_count_is_of_every_match_though_only_the_first_page_is_fetched(qtbot, screen, services) -> None:  # type: ignore[no-untyped-def]
    many = ParticipantTableModel.PAGE_SIZE * 2 + 30
    for n in range(many):
        services.participants.register(ParticipantInput(f"Sam Person{n:04d}"))
    type_search(qtbot, screen, "person")
    qtbot.waitUntil(lambda: screen.count_label.text() == f"{QLocale().toString(many)} people")
    assert screen.model.rowCount() == ParticipantTableModel.PAGE_SIZE
    assert screen.model.canFetchMore()


def test_search_is_debounced_not_run_per_keystroke(qtbot, screen, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    queries: list[str] = []
    real = services.participants.search_page
    monkeypatch.setattr(services.participants, "search_page",
                        lambda q, *a, **k: (queries.append(q), real(q, *a, **k))[1])
    type_search(qtbot, screen, "marcus")
    qtbot.waitUntil(lambda: shown_names(screen) == ["Marcus Bell"])
    assert queries == ["marcus"]


def test_enter_on_a_row_opens_that_person(qtbot, screen, people) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, screen, "zoe")
    qtbot.waitUntil(lambda: len(shown_names(screen)) == 2)
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Down)
    assert screen.table.hasFocus() or screen.table.currentIndex().row() == 0
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    second = screen.model.participant_id(1)
    with qtbot.waitSignal(screen.open_requested) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [second]
    assert second in (people["Zoe Adams"], people["Zoë Krüger"])


def test_enter_in_the_search_opens_a_single_match(qtbot, screen, people) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(screen.open_requested) as opened:
        type_search(qtbot, screen, "marc")
        qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    assert opened.args == [people["Marcus Bell"]]


def test_double_click_opens(qtbot, screen, people) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, screen, "sam")
    qtbot.waitUntil(lambda: shown_names(screen) == ["Sam 🌱 Rivera"])
    rect = screen.table.visualRect(screen.model.index(0, 0))
    # QTest's double click is only seen as one by item views after a first click, as with a real mouse.
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(screen.open_requested) as opened:
        qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [people["Sam 🌱 Rivera"]]


def test_refreshes_when_participants_change(qtbot, screen, services) -> None:  # type: ignore[no-untyped-def]
    services.participants.register(ParticipantInput("Élodie Martin"))
    assert "Élodie Martin" not in shown_names(screen)
    change_bus.changed.emit(Changes.of(Kind.INTAKE))
    assert "Élodie Martin" not in shown_names(screen)
    change_bus.changed.emit(Changes.of(Kind.PARTICIPANT))
    qtbot.waitUntil(lambda: "Élodie Martin" in shown_names(screen))
    assert screen.count_label.text() == "6 people"


def test_ctrl_f_on_the_list_in_the_window_focuses_the_search(qtbot, services, paths, people) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.main_window import MainWindow

    window = MainWindow(paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._enter(services)
    screen = window.participant_list
    window.tabs.setCurrentWidget(screen)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(screen.table.isVisible)  # once the first search has filled it
    screen.table.setFocus()
    qtbot.waitUntil(lambda: screen.table.hasFocus())
    # One owner of the key: with two, Qt calls it ambiguous and nothing happens.
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.search_edit.hasFocus())
    from rosc_desktop.ui.operations import wait_for_operations

    wait_for_operations(10_000)  # the real screens' first loads, before their store closes
    assert window.sign_out()


def test_rows_are_fetched_lazily_a_page_at_a_time(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    total = 2_000
    for n in range(total):
        services.participants.register(ParticipantInput(f"Person {n:05d}", phone=f"555 {n:07d}"))
    requested: list[str] = []
    real_rows = services.participants.rows

    def counting_rows(ids):  # type: ignore[no-untyped-def]
        requested.extend(ids)
        return real_rows(ids)

    services.participants.rows = counting_rows  # the service instance belongs to this test alone
    screen = ParticipantListScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.model.rowCount() == ParticipantTableModel.PAGE_SIZE  # one page of ids, not 2,000
    assert screen.count_label.text() == f"{QLocale().toString(total)} people"
    qtbot.waitUntil(lambda: len(requested) > 0)
    assert len(requested) <= ParticipantTableModel.PAGE_SIZE  # the rows of that page, not the whole list

    screen.table.scrollToBottom()  # the view asks the model for the next page of ids as it reaches the end
    qtbot.waitUntil(lambda: screen.model.rowCount() > ParticipantTableModel.PAGE_SIZE)
    while screen.model.rowCount() < total:
        before = screen.model.rowCount()
        screen.table.scrollToBottom()
        qtbot.waitUntil(lambda: screen.model.rowCount() > before)
    assert not screen.model.canFetchMore()
    last = screen.model.index(total - 1, ParticipantTableModel.COL_NAME)
    screen.table.scrollTo(last)
    qtbot.waitUntil(lambda: last.data() == "Person 01999")
    assert len(requested) < total // 2  # the pages looked at, not the ones scrolled past
    names = [screen.model.index(r, 0).data(ParticipantTableModel.ID_ROLE) for r in range(total)]
    assert len(set(names)) == total  # the pages follow on with no repeats or gaps
