"""The Directory tab: search as you type, filters, details in words, local entries, hub entries read-only with a
correction instead, import with a preview, export, and names for screen readers."""

from __future__ import annotations

import json
import uuid
from datetime import date, time
import shutil
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt, QTime

from rosc_desktop.services.directory import OpeningHours, ServiceInput
from rosc_desktop.sync.hsds import import_file
from rosc_desktop.ui.screens.directory import DAYS, DirectoryScreen
from rosc_desktop.ui.screens.directory_entry import CorrectionDialog, EntryDialog
from rosc_desktop.ui.screens.directory_import import ExportDialog, ImportDialog
from tests.ui.test_accessibility import _unnamed_controls

TODAY = DAYS[date.today().weekday()]
OTHER_DAYS = tuple(d for d in DAYS if d != TODAY)


def _closed(dialog) -> bool:  # type: ignore[no-untyped-def]
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed dialogs delete themselves


def _local(services, name: str, **fields) -> str:  # type: ignore[no-untyped-def]
    fields.setdefault("organization_name", "Harbor Org")
    return services.directory.add_local(ServiceInput(name=name, **fields)).id


@pytest.fixture
def entries(services):  # type: ignore[no-untyped-def]
    """Three local entries that differ in every filter."""
    return {
        "pantry": _local(services, "Food Pantry", categories=("Food",), languages=("en", "vi"), is_free=True,
                         walk_in=True, city="Millbrook",
                         hours=(OpeningHours((TODAY,), time(0, 0), time(23, 59)),)),
        "clinic": _local(services, "Outpatient Clinic", categories=("Clinical care",), languages=("en",),
                         fees_description="Sliding scale",
                         hours=(OpeningHours(OTHER_DAYS, time(9, 0), time(17, 0)),)),
        "housing": _local(services, "Housing Navigation", categories=("Housing",), languages=("es",),
                          is_free=True,
                          hours=(OpeningHours(("MO", "TU", "WE", "TH", "FR"), time(9, 0), time(17, 0)),)),
    }


def _screen(qtbot, services) -> DirectoryScreen:  # type: ignore[no-untyped-def]
    screen = DirectoryScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    return screen


def _hsds(path: Path, services: list[dict] | None = None, org_name: str = "Riverside Hub Org") -> Path:
    org_id = str(uuid.uuid4())
    document = [{"id": org_id, "name": org_name, "description": "From the hub.",
                 "services": services if services is not None else [
                     {"id": str(uuid.uuid4()), "name": "Hub Shelter", "status": "active",
                      "description": "Beds every night.",
                      "schedules": [{"id": str(uuid.uuid4()), "freq": "WEEKLY", "byday": "MO,TU",
                                     "opens_at": "19:00", "closes_at": "22:00"}]}]}]
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def test_typing_in_search_filters_the_results(qtbot, services, entries) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, services)
    assert sorted(screen.result_names()) == ["Food Pantry", "Housing Navigation", "Outpatient Clinic"]
    qtbot.keyClicks(screen.search_edit, "pantr")
    qtbot.waitUntil(lambda: screen.result_names() == ["Food Pantry"], timeout=2_000)
    # Down moves from the search into the results, on the first one, so Enter acts on it.
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Down)
    assert screen.results.hasFocus() or screen.results.currentItem() is not None
    assert screen.current_id() == entries["pantry"]
    screen.search_edit.setText("no such thing")
    qtbot.waitUntil(lambda: screen.result_names() == [], timeout=2_000)
    assert "Nothing matches" in screen.count_label.text()


def test_each_filter_narrows_the_results(qtbot, services, entries) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, services)
    everything = sorted(screen.result_names())

    screen.category_combo.setCurrentIndex(screen.category_combo.findData("Food"))
    assert screen.result_names() == ["Food Pantry"]
    screen.category_combo.setCurrentIndex(0)
    assert sorted(screen.result_names()) == everything

    # Languages are offered by name, not by code.
    index = screen.language_combo.findData("es")
    assert screen.language_combo.itemText(index) == "Spanish"
    screen.language_combo.setCurrentIndex(index)
    assert screen.result_names() == ["Housing Navigation"]
    screen.language_combo.setCurrentIndex(0)

    screen.free_check.setChecked(True)
    assert sorted(screen.result_names()) == ["Food Pantry", "Housing Navigation"]
    screen.walk_in_check.setChecked(True)
    assert screen.result_names() == ["Food Pantry"]
    screen.free_check.setChecked(False)
    screen.walk_in_check.setChecked(False)

    screen.open_now_check.setChecked(True)
    assert "Food Pantry" in screen.result_names() and "Outpatient Clinic" not in screen.result_names()


def test_details_give_hours_in_words_with_weekday_names(qtbot, services, entries) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, services)
    assert screen.select(entries["housing"])
    text = screen.details.toPlainText()
    locale = QLocale()
    monday = locale.dayName(1, QLocale.FormatType.LongFormat)
    friday = locale.dayName(5, QLocale.FormatType.LongFormat)
    nine = locale.toString(QTime(9, 0), QLocale.FormatType.ShortFormat)
    assert f"{monday} to {friday}: {nine}" in text
    assert "Spanish" in text and "Free of charge" in text
    assert "read-only" not in text  # this center's own entry
    assert screen.edit_button.isEnabled() and not screen.suggest_button.isEnabled()


def test_add_a_local_entry_through_the_dialog_and_find_it(qtbot, services, entries) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, services)
    dialog = screen.add_entry()
    assert isinstance(dialog, EntryDialog)
    dialog.save_button.click()  # nothing typed: the problem is shown beside the name, nothing saved
    assert dialog.field_error("name") and dialog.isVisible()

    dialog.name_edit.setText("Tuesday Soup Kitchen")
    dialog.organization_edit.setText("St. Anne's")
    dialog.other_categories_edit.setText("Food, Meals")
    for i in range(dialog.languages_list.count()):
        item = dialog.languages_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "ht":
            item.setCheckState(Qt.CheckState.Checked)
    row = dialog.hours_editor.add_row()
    row.days["TU"].setChecked(True)
    row.opens.setTime(QTime(11, 0))
    row.closes.setTime(QTime(13, 30))
    dialog.free_check.setChecked(True)
    dialog.application_edit.setPlainText("Nothing needed")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5_000)
    added = screen.current_id()  # the saved entry is chosen in the list

    screen.search_edit.setText("soup")
    qtbot.waitUntil(lambda: screen.result_names() == ["Tuesday Soup Kitchen"], timeout=2_000)
    assert screen.current_id() == added
    text = screen.details.toPlainText()
    assert "Haitian Creole" in text and "Nothing needed" in text
    assert QLocale().dayName(2, QLocale.FormatType.LongFormat) in text
    saved = services.directory.get(added)
    assert saved.categories == ("Food", "Meals") and saved.is_free and saved.editable


def test_editing_a_local_entry_keeps_what_it_had(qtbot, services, entries) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, services)
    screen.select(entries["clinic"])
    dialog = screen.edit_entry()
    assert dialog is not None and dialog.name_edit.text() == "Outpatient Clinic"
    assert len(dialog.hours_editor.rows) == 1 and not dialog.has_unsaved_work()
    dialog.fees_edit.setText("Free for the first visit")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5_000)
    saved = services.directory.get(entries["clinic"])
    assert saved.fees_description == "Free for the first visit"
    assert saved.hours == services.directory.get(entries["clinic"]).hours and len(saved.hours) == 1
    qtbot.waitUntil(lambda: "Free for the first visit" in screen.details.toPlainText(), timeout=2_000)


def test_a_hub_entry_is_read_only_and_a_correction_can_be_suggested(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import_file(services, _hsds(tmp_path / "hub.json"), "hsds-json", "hub")
    screen = _screen(qtbot, services)
    assert screen.result_names() == ["Hub Shelter"]
    screen.results.setCurrentItem(screen.results.topLevelItem(0))
    assert screen.results.topLevelItem(0).text(6) == "Hub"
    assert "From the hub: read-only here" in screen.details.toPlainText()
    assert not screen.edit_button.isEnabled() and screen.suggest_button.isEnabled()
    assert screen.edit_entry() is None

    dialog = screen.suggest_correction()
    assert isinstance(dialog, CorrectionDialog)
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData("schedules"))
    dialog.suggestion_edit.setPlainText("They now open at 6 pm.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5_000)
    corrections = services.directory.corrections()
    assert [(c.field_name, c.suggestion) for c in corrections] == [("schedules", "They now open at 6 pm.")]


def _preview(qtbot, dialog: ImportDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.path_edit.setText(str(path))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)


def test_import_preview_shows_counts_and_problems_with_lines_then_imports(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = {"id": str(uuid.uuid4()), "name": "Evening Meal", "status": "active"}
    nameless = {"id": str(uuid.uuid4()), "name": "", "status": "active"}
    path = _hsds(tmp_path / "small.json", [good, nameless], org_name="Imported Org")
    screen = _screen(qtbot, services)
    dialog = screen.import_file()
    assert isinstance(dialog, ImportDialog) and not dialog.import_button.isEnabled()
    _preview(qtbot, dialog, path)

    counts = {dialog.counts.topLevelItem(i).text(0): dialog.counts.topLevelItem(i).text(1)
              for i in range(dialog.counts.topLevelItemCount())}
    assert counts["Organisations"] == "1" and counts["Services"] == "1"
    problems = [[dialog.problems.topLevelItem(i).text(c) for c in range(3)]
                for i in range(dialog.problems.topLevelItemCount())]
    assert problems and problems[0][0] == "small.json" and problems[0][1].isdigit()
    assert int(problems[0][1]) > 1  # the nameless service's own line, not the file's first
    assert services.directory.search("evening") == []  # a preview changes nothing
    assert dialog.import_button.isEnabled() and "readable rows" in dialog.import_button.text()

    dialog.import_button.click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: "Evening Meal" in screen.result_names(), timeout=2_000)
    assert screen.results.topLevelItem(0).text(6) == "Local"


def test_a_malformed_file_shows_its_problem_and_import_stays_disabled(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"id": "x",\n  "name": oops}\n]\n', encoding="utf-8")
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    _preview(qtbot, dialog, path)
    assert dialog.plan.blocked
    row = dialog.problems.topLevelItem(0)
    assert (row.text(0), row.text(1)) == ("broken.json", "3")
    assert not dialog.import_button.isEnabled()
    assert "cannot be imported" in dialog.summary_label.text()
    dialog.apply()  # even when asked directly, nothing is written
    assert services.directory.search("") == []


def test_meeting_lists_are_always_local(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.hub_radio.setChecked(True)
    assert dialog.source() == "hub"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("meeting-guide"))
    assert dialog.source() == "meeting_guide" and not dialog.hub_radio.isEnabled()


def test_export_writes_a_file_and_says_so(qtbot, services, entries, tmp_path) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, services)
    dialog = screen.export_file()
    assert isinstance(dialog, ExportDialog)
    target = tmp_path / "out" / "directory.json"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    assert "Food Pantry" in target.read_text(encoding="utf-8")
    assert str(target) in dialog.status_label.text()


@pytest.mark.parametrize("which", ["screen", "entry", "correction", "import", "export"])
def test_every_reachable_control_has_a_name(qtbot, services, entries, tmp_path, which) -> None:  # type: ignore[no-untyped-def]
    import_file(services, _hsds(tmp_path / "hub.json"), "hsds-json", "hub")
    detail = services.directory.get(services.directory.search("hub shelter")[0].id)
    make = {"screen": lambda: DirectoryScreen(services),
            "entry": lambda: EntryDialog(services, services.directory.get(entries["pantry"])),
            "correction": lambda: CorrectionDialog(services, detail),
            "import": lambda: ImportDialog(services),
            "export": lambda: ExportDialog(services)}
    widget = make[which]()
    qtbot.addWidget(widget)
    widget.show()
    if which == "import":
        _preview(qtbot, widget, _hsds(tmp_path / "again.json"))
    assert _unnamed_controls(widget) == []


def test_a_peer_specialist_can_search_but_not_add_or_import(qtbot, staff_services, services, entries) -> None:  # type: ignore[no-untyped-def]
    peer = staff_services("peer_specialist")
    screen = _screen(qtbot, peer)
    assert len(screen.result_names()) == 3
    assert not screen.add_button.isEnabled() and not screen.import_button.isEnabled()
    screen.select(entries["pantry"])
    assert not screen.edit_button.isEnabled()


def test_the_main_window_has_a_directory_tab(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.main_window import MainWindow
    from tests.conftest import ADMIN_PASSWORD
    from tests.ui.stand_ins import StandInList

    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    window.start_screen.username.setText("ana")
    window.start_screen.password.setText(ADMIN_PASSWORD)
    window.start_screen.submit()
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:4] == ["&Today", "Participants", "Activities", "Director&y"]
    assert isinstance(window.directory_screen, DirectoryScreen)
    window._close_tab(3)  # home tabs never close
    assert window.tabs.indexOf(window.directory_screen) == 3


def test_the_sample_directory_reads_well_and_its_entries_are_the_hubs(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.sync.sample_directory import load_sample_directory

    load_sample_directory(services)
    screen = _screen(qtbot, services)
    assert len(screen.result_names()) >= 20
    for i in range(screen.results.topLevelItemCount()):
        screen.results.setCurrentItem(screen.results.topLevelItem(i))
        text = screen.details.toPlainText()
        assert "From the hub: read-only here" in text and "Hours" in text
        assert not screen.edit_button.isEnabled()
    # Category codes from the file read as words.
    assert all("_" not in screen.category_combo.itemText(i) for i in range(screen.category_combo.count()))


def test_enter_on_a_local_result_opens_it_for_editing(qtbot, services, entries) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, services)
    screen.search_edit.setText("clinic")
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(screen.results, Qt.Key.Key_Return)
    assert isinstance(screen.dialog, EntryDialog)
    assert screen.dialog.name_edit.text() == "Outpatient Clinic"
    screen.dialog.reject()  # nothing typed: closes without asking


def test_a_link_to_something_missing_is_a_note_and_the_whole_file_imports(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The package's location names an organisation it does not hold (an optional link: a note); its service whose
    # required organisation is missing is taken out here, so nothing is refused.
    package = tmp_path / "package"
    shutil.copytree(Path(__file__).resolve().parents[1] / "data" / "hsds" / "package-broken-link", package)
    services_csv = package / "services.csv"
    services_csv.write_text("".join(line for line in services_csv.read_text(encoding="utf-8").splitlines(True)
                                     if "Orphan service" not in line), encoding="utf-8")
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("hsds-package"))
    _preview(qtbot, dialog, package)
    assert dialog.plan.warnings and not dialog.plan.refusals
    assert "left out of some rows" in dialog.summary_label.text()
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import"
    assert dialog.problems.topLevelItemCount() == len(dialog.plan.warnings)


@pytest.mark.parametrize(("language", "words"), [("en", "Open, Speaker, Spanish, XYZ"),
                                                 ("es", "Abierta, Con orador, Español, XYZ")])
def test_a_meetings_types_are_named_in_words_in_the_interfaces_language(qtbot, services, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                        language, words,
                                                                        language_back_to_english) -> None:
    """Codes from a Meeting Guide feed ("O, SP, S") meant nothing to staff who do not go to meetings."""
    from rosc_desktop import i18n

    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([{"name": "Noon Speaker", "slug": "noon", "day": 1, "time": "12:00",
                                 "types": ["O", "SP", "S", "XYZ"], "address": "1 Main St", "city": "Erie"}]))
    import_file(services, feed, "meeting-guide")
    assert i18n.install(language) == language
    screen = _screen(qtbot, services)
    [meeting] = services.directory.search("Noon Speaker")
    assert screen.select(meeting.id)
    assert words in screen.details.toPlainText()


def test_a_meetings_notes_keep_their_lines_and_its_place_says_how_to_find_it(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The feed's location notes ("Basement, take the stairs on the left") were stored but shown nowhere, and notes
    written on two lines ran into one ("Coffee provided Parking behind church")."""
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([{"name": "Noon Step", "slug": "noon-step", "day": 2, "time": "12:00",
                                 "notes": "<p>Coffee provided<br>Parking behind church</p>",
                                 "location": "St. Anne's", "location_notes": "Basement, take the stairs on the left",
                                 "address": "1 Main St", "city": "Erie"}]))
    import_file(services, feed, "meeting-guide")
    screen = _screen(qtbot, services)
    [meeting] = services.directory.search("Noon Step")
    assert screen.select(meeting.id)
    lines = screen.details.toPlainText().splitlines()
    assert "Coffee provided" in lines and "Parking behind church" in lines
    assert "Basement, take the stairs on the left" in lines


def test_the_language_filter_is_in_the_languages_alphabetical_order(qtbot, services, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    language_back_to_english) -> None:
    """Sorted by code points, Spanish put "Árabe" after "Vietnamita"."""
    from rosc_desktop import i18n

    data = json.loads((Path(__file__).parents[1] / "data" / "hsds_sample.json").read_text())
    data[1]["services"][0]["languages"] = [{"id": str(uuid.uuid4()), "name": n, "code": c}
                                           for n, c in (("Arabic", "ar"), ("Vietnamese", "vi"), ("Spanish", "es"))]
    sample = tmp_path / "languages.json"
    sample.write_text(json.dumps(data))
    import_file(services, sample, "hsds-json", "hub")
    assert i18n.install("es") == "es"
    screen = _screen(qtbot, services)
    names = [screen.language_combo.itemText(i) for i in range(1, screen.language_combo.count())]
    assert names.index("Árabe") < names.index("Español") < names.index("Vietnamita"), names
