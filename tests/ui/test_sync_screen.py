"""The Sync screen: a center exports through it, a hub imports through it, the review queue settles a fork."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rosc_desktop.paths import AppPaths
from rosc_desktop.services.session import sign_in
from rosc_desktop.sync import exchange
from rosc_desktop.ui.main_window import MainWindow
from rosc_desktop.ui.screens.hub_report import HubReportDialog, last_month
from rosc_desktop.ui.screens.sign_in import SignInScreen
from rosc_desktop.ui.screens.sync import COL_HEALTH, COL_OURS, COL_THEIRS, SyncScreen
from rosc_desktop.ui.screens.sync_conflicts import ReviewQueue
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import add_person, consent_to_hub, link, make_site


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A center HL-01 with two people (one consenting to the hub) and its hub HUB-1, trusting each other."""
    hub = make_site(tmp_path, "HUB-1", is_hub=True, name="Region Hub")
    center = make_site(tmp_path, "HL-01", name="Harbor Light")
    link(center, hub)
    dana = add_person(center, "Dana Example", phone="555 0100")
    add_person(center, "Eli Example")
    consent_to_hub(center, dana.id)
    opened = {"hub": hub, "center": center, "dana": dana, "root": tmp_path}
    yield opened
    for key in ("hub", "center", "fork"):
        if key in opened:
            opened[key].close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _screen(qtbot, services) -> SyncScreen:  # type: ignore[no-untyped-def]
    screen = SyncScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    return screen


def _export(qtbot, monkeypatch, screen: SyncScreen, usb: Path) -> Path:  # type: ignore[no-untyped-def]
    before = set(usb.glob("*.age"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    dialog = screen.export_bundle()
    assert dialog is not None
    dialog.browse()
    assert dialog.folder() == str(usb)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "saved as" in screen.result.text(), timeout=20_000)
    made = set(usb.glob("*.age")) - before
    assert len(made) == 1
    return made.pop()


def _dry_run(qtbot, monkeypatch, screen: SyncScreen, path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    flow = screen.import_bundle()
    qtbot.waitUntil(lambda: flow.summary is not None, timeout=20_000)
    return flow


def _apply(qtbot, screen: SyncScreen, flow) -> None:  # type: ignore[no-untyped-def]
    screen.result.clear()
    assert flow.summary.apply_button is not None
    flow.summary.apply_button.click()
    qtbot.waitUntil(lambda: screen.result.text() != "", timeout=20_000)


def test_center_exports_and_hub_imports_through_the_screen(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    center = _screen(qtbot, sites["center"])
    assert center.site_rows()[0][COL_HEALTH].endswith("not yet acknowledged")
    path = _export(qtbot, monkeypatch, center, usb)
    assert "1 person identified under consent, 1 de-identified" in center.result.text()
    assert str(path) in center.result.text()
    assert center.log_rows()[0][1:3] == ["Sent", "Region Hub (HUB-1)"]
    assert center.log_rows()[0][-1] == "Exported"

    hub = _screen(qtbot, sites["hub"])
    assert hub.report_button.isVisibleTo(hub)
    assert sites["hub"].participants.count() == 0
    flow = _dry_run(qtbot, monkeypatch, hub, path)
    summary = flow.summary
    assert "From Harbor Light (HL-01)" in summary.heading.text()
    assert "Applying adds 3 new" in summary.outcome.text()
    assert ["Participants", "2", "0", "0", "0"] in summary.row_texts()
    assert ["Consents", "1", "0", "0", "0"] in summary.row_texts()
    assert sites["hub"].participants.count() == 0  # a dry run writes nothing

    _apply(qtbot, hub, flow)
    assert sites["hub"].participants.count() == 2
    assert hub.result.text().startswith("Applied the bundle from Harbor Light (HL-01): 3 new")
    qtbot.waitUntil(lambda: hub.log_rows() and hub.log_rows()[0][-1] == "Applied", timeout=5_000)
    last = center.log_entries[0].seq_to
    assert hub.site_rows()[0][COL_THEIRS] == f"up to {last}"

    again = _dry_run(qtbot, monkeypatch, hub, path)
    assert again.summary.outcome.text().startswith("Already imported on ")
    assert again.summary.outcome.text().endswith("; nothing changed.")
    assert again.summary.apply_button is None
    assert sites["hub"].participants.count() == 2


def test_the_hubs_bundle_acknowledges_the_centers_changes(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    exchange.import_bundle(sites["hub"], exchange.export_bundle(sites["center"], "HUB-1", usb).path)
    hub = _screen(qtbot, sites["hub"])
    back = _export(qtbot, monkeypatch, hub, usb)
    center = _screen(qtbot, sites["center"])
    _apply(qtbot, center, _dry_run(qtbot, monkeypatch, center, back))
    made = exchange.peer_statuses(sites["center"])[0].local_seq
    qtbot.waitUntil(lambda: center.site_rows()[0][COL_OURS] == f"up to {made} of {made}", timeout=5_000)
    assert center.site_rows()[0][COL_HEALTH] == "up to date"
    assert "Acknowledged by the other side" in [row[-1] for row in center.log_rows()]


def test_a_bundle_for_another_site_is_refused_in_words(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    other_hub = make_site(sites["root"], "HUB-2", is_hub=True, name="Other Hub")
    try:
        link(sites["center"], other_hub)
        path = exchange.export_bundle(sites["center"], "HUB-2", usb).path
    finally:
        other_hub.close()
    hub = _screen(qtbot, sites["hub"])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    flow = hub.import_bundle()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown == ["This bundle was not encrypted for this site. Ask the sender which site it is for."]
    assert flow.summary is None
    qtbot.waitUntil(lambda: bool(hub.log_rows()), timeout=5_000)
    assert hub.log_rows()[0][-1].startswith("Refused: This bundle was not encrypted for this site.")
    assert sites["hub"].participants.count() == 0


def _rename(services, participant_id: str, name: str) -> None:  # type: ignore[no-untyped-def]
    view = services.participants.open(participant_id)
    services.participants.update(participant_id, dataclasses.replace(view.as_input(), preferred_name=name),
                                 view.version)


def _forked_conflict(sites, usb: Path) -> None:  # type: ignore[no-untyped-def]
    """A copy of the center's data folder made after its first bundle; each copy renames Dana differently."""
    root, hub, dana = sites["root"], sites["hub"], sites["dana"]
    exchange.import_bundle(hub, exchange.export_bundle(sites["center"], "HUB-1", usb).path)
    sites.pop("center").close()
    shutil.copytree(root / "HL-01", root / "copy" / "HL-01")
    sites["center"] = sign_in(AppPaths(root / "HL-01"), "admin", ADMIN_PASSWORD, make_backup=False)
    sites["fork"] = sign_in(AppPaths(root / "copy" / "HL-01"), "admin", ADMIN_PASSWORD, make_backup=False)
    _rename(sites["center"], dana.id, "Dana Here")
    add_person(sites["fork"], "Fay Example")  # the copy numbers its next changes past the original's
    _rename(sites["fork"], dana.id, "Dana There")
    exchange.import_bundle(hub, exchange.export_bundle(sites["center"], "HUB-1", usb).path)
    exchange.import_bundle(hub, exchange.export_bundle(sites["fork"], "HUB-1", usb).path)


def test_review_queue_shows_both_versions_and_keeping_ours_closes_it(qtbot, sites, usb) -> None:  # type: ignore[no-untyped-def]
    _forked_conflict(sites, usb)
    screen = _screen(qtbot, sites["hub"])
    assert screen.site_rows()[0][COL_HEALTH] == "needs review"
    assert screen.pages.tabText(1) == "Re&view queue (1)"
    queue: ReviewQueue = screen.review
    assert queue.count() == 1
    assert "Two copies of Harbor Light (HL-01)'s database changed this record differently" in queue.explanation.text()
    rows = queue.version_rows()
    assert ("Preferred name", "Dana Here", "Dana There", True) in rows
    assert not any(differs for field, _here, _there, differs in rows if field == "Phone")
    assert rows[0][3]  # the differing fields come first

    queue.keep_button.click()
    qtbot.waitUntil(lambda: queue.count() == 0, timeout=10_000)
    assert queue.status.text() == "Kept this site's version."
    assert queue.empty_note.isVisibleTo(queue)
    assert exchange.conflicts(sites["hub"]) == []
    assert sites["hub"].participants.open(sites["dana"].id).preferred_name == "Dana Here"
    qtbot.waitUntil(lambda: screen.pages.tabText(1) == "Re&view queue", timeout=5_000)


def test_hub_report_has_a_row_per_center_and_a_total(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    exchange.import_bundle(sites["hub"], exchange.export_bundle(sites["center"], "HUB-1", usb).path)
    screen = _screen(qtbot, sites["hub"])
    screen.report_button.click()
    dialog = screen.report_dialog
    assert isinstance(dialog, HubReportDialog)
    assert dialog.month() == last_month() and last_month() < date.today().replace(day=1)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    rows = dialog.row_texts()
    assert [row[0] for row in rows] == ["Harbor Light (HL-01)", "Total"]
    assert rows[0][1:] == rows[1][1:]  # one center: its line is the total

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].startswith("Month,Center,People served,New participants,Contacts,")
    assert copied[-1].split(",")[1] == "Total"


def test_center_does_not_offer_reports_across_centers(qtbot, sites) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, sites["center"])
    assert not screen.report_button.isVisibleTo(screen)
    assert screen.where.text().startswith("Harbor Light (HL-01) is a center")


def test_inspect_shows_the_manifest_without_applying(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    made = exchange.export_bundle(sites["center"], "HUB-1", usb)
    path = made.path
    screen = _screen(qtbot, sites["hub"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    screen.inspect_button.click()
    qtbot.waitUntil(lambda: screen.manifest_dialog is not None, timeout=20_000)
    facts = screen.manifest_dialog.fact_texts()
    assert facts["From"] == "Harbor Light (HL-01)"
    assert facts["For"] == "HUB-1"
    assert facts["Changes"] == f"changes 1–{made.seq_to}"
    assert sites["hub"].participants.count() == 0


def test_cancelling_an_export_leaves_no_file(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtWidgets import QPushButton

    from rosc_desktop.ui.screens import bundle_export

    # The engine is held at its first progress check until Cancel has been pressed, so the press always lands
    # while the export is under way (a small export could otherwise finish before the press).
    under_way, pressed = threading.Event(), threading.Event()
    where = bundle_export if hasattr(bundle_export, "export_bundle") else bundle_export.exchange
    real_export = where.export_bundle

    def held_export(services, peer, folder, *, progress, **kwargs):  # type: ignore[no-untyped-def]
        def check(done: int, total: int) -> bool:
            if not under_way.is_set():
                under_way.set()
                assert pressed.wait(10)
            return progress(done, total)

        return real_export(services, peer, folder, progress=check, **kwargs)

    monkeypatch.setattr(where, "export_bundle", held_export)
    screen = _screen(qtbot, sites["center"])
    progress = screen.start_export("HUB-1", str(usb))
    assert under_way.wait(10)
    cancel = next(b for b in progress.dialog.findChildren(QPushButton) if b.isVisible())
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert progress.cancel_requested
    pressed.set()
    qtbot.waitUntil(lambda: "cancelled" in screen.result.text(), timeout=20_000)
    assert screen.result.text() == "Export cancelled. Nothing was written."
    assert list(usb.iterdir()) == []


def test_a_held_bundle_waits_and_can_be_applied_anyway(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    root = sites["root"]
    sites.pop("hub").close()
    shutil.copytree(root / "HUB-1", root / "behind" / "HUB-1")  # a copy of the hub that never got bundle 1
    sites["hub"] = sign_in(AppPaths(root / "HUB-1"), "admin", ADMIN_PASSWORD, make_backup=False)
    behind = sites["fork"] = sign_in(AppPaths(root / "behind" / "HUB-1"), "admin", ADMIN_PASSWORD,
                                     make_backup=False)
    first = exchange.export_bundle(sites["center"], "HUB-1", usb)
    exchange.import_bundle(sites["hub"], first.path)
    exchange.import_bundle(sites["center"], exchange.export_bundle(sites["hub"], "HL-01", usb).path)
    add_person(sites["center"], "Gus Example")
    later = exchange.export_bundle(sites["center"], "HUB-1", usb)
    assert later.seq_from == first.seq_to + 1
    gap = f"1–{first.seq_to}"

    screen = _screen(qtbot, behind)
    flow = _dry_run(qtbot, monkeypatch, screen, later.path)
    assert flow.summary.outcome.text().startswith(f"Changes {gap} from this site have not arrived yet.")
    _apply(qtbot, screen, flow)
    assert screen.result.text() == (
        f"The bundle from Harbor Light (HL-01) is waiting: changes {gap} have not arrived yet.")
    qtbot.waitUntil(lambda: screen.log_rows()[0][-1] == f"Held: changes {gap} missing", timeout=5_000)
    assert screen.site_rows()[0][COL_HEALTH] == "waiting: bundle held"
    assert behind.participants.count() == 0

    assert not screen.apply_held_button.isEnabled()
    screen.log.setCurrentItem(screen.log.topLevelItem(0))
    assert screen.apply_held_button.isEnabled()
    screen.apply_held_button.click()
    question = screen.question
    assert "goes to the review queue" in question.text()
    yes = next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    yes.click()
    qtbot.waitUntil(lambda: screen.result.text().startswith("Applied the bundle"), timeout=20_000)
    assert behind.participants.count() == 1
    qtbot.waitUntil(lambda: "Released (applied after waiting)" in [r[-1] for r in screen.log_rows()],
                    timeout=5_000)


def test_non_admins_do_not_get_the_sync_tab(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    services.accounts.create_staff("coord", "Casey Coordinator", "coordinator", "password-coord")
    for username, password, expected in (("coord", "password-coord", False), ("ana", ADMIN_PASSWORD, True)):
        window = MainWindow(paths, idle_timeout_ms=600_000)
        qtbot.addWidget(window)
        screen = window.start_screen
        assert isinstance(screen, SignInScreen)
        screen.username.setText(username)
        qtbot.keyClicks(screen.password, password)
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert ("Sync &bundles" in titles) is expected, (username, titles)
        assert (window.sync_screen is not None) is expected
        window.close()


def _unnamed(root) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
                                   QTabBar, QWidget)

    inputs = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, inputs) or isinstance(widget, QTabBar):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName().strip() or text.replace("&", "").strip()):
            missing.append(type(widget).__name__)
    return missing


def test_every_control_on_the_sync_screen_and_its_dialogs_is_named(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    _forked_conflict(sites, usb)
    screen = _screen(qtbot, sites["hub"])
    screen.show()
    for page in range(screen.pages.count()):
        screen.pages.setCurrentIndex(page)
        assert _unnamed(screen) == [], screen.pages.tabText(page)
    export = screen.export_bundle()
    assert _unnamed(export) == []
    export.reject()
    report = screen.open_report()
    qtbot.waitUntil(lambda: report.report is not None, timeout=10_000)
    assert _unnamed(report) == []
    path = exchange.export_bundle(sites["center"], "HUB-1", usb).path
    flow = _dry_run(qtbot, monkeypatch, screen, path)
    assert _unnamed(flow.summary) == []


def test_cancel_on_the_summary_applies_nothing(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    path = exchange.export_bundle(sites["center"], "HUB-1", usb).path
    screen = _screen(qtbot, sites["hub"])
    flow = _dry_run(qtbot, monkeypatch, screen, path)
    flow.summary.cancel_button.click()
    qtbot.waitUntil(lambda: flow.summary is None, timeout=5_000)
    from rosc_desktop.ui.operations import wait_for_operations

    assert wait_for_operations(5_000)
    assert sites["hub"].participants.count() == 0
    assert [entry.status for entry in exchange.bundle_log(sites["hub"])] == []
    assert screen.result.text() == ""


def test_the_export_folder_is_remembered(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, sites["center"])
    _export(qtbot, monkeypatch, screen, usb)
    again = screen.export_bundle()
    assert again is not None
    assert again.folder() == str(usb)
    assert again.peer_code() == "HUB-1"
    again.reject()


def test_a_large_bundle_is_read_by_the_change_reader_behind_the_screen(qtbot, monkeypatch, sites, usb) -> None:  # type: ignore[no-untyped-def]
    # The screen's dry run and import run on a worker thread; a bundle past the reader's size (here: any) starts
    # the app's second process from there, twice, and each ends with its import.
    from rosc_desktop.sync import apply, change_reader

    started: list[change_reader.ChangeReader] = []
    real_start = change_reader.ChangeReader.start
    read_here: list[object] = []
    real_changes_of = apply.changes_of

    def start() -> change_reader.ChangeReader | None:
        reader = real_start()
        assert reader is not None
        started.append(reader)
        return reader

    def counted(section, limits):  # type: ignore[no-untyped-def]
        for change in real_changes_of(section, limits):
            read_here.append(change)
            yield change

    monkeypatch.setattr(change_reader, "READER_FROM_BYTES", 0)
    monkeypatch.setattr(change_reader.ChangeReader, "start", staticmethod(start))
    monkeypatch.setattr(change_reader, "changes_of", counted)
    path = exchange.export_bundle(sites["center"], "HUB-1", usb).path
    hub = _screen(qtbot, sites["hub"])

    flow = _dry_run(qtbot, monkeypatch, hub, path)
    assert "Applying adds 3 new" in flow.summary.outcome.text()
    _apply(qtbot, hub, flow)

    assert hub.result.text().startswith("Applied the bundle from Harbor Light (HL-01): 3 new")
    assert sites["hub"].participants.count() == 2
    assert len(started) == 2 and read_here == []  # the dry run's and the import's: every change from the child
    assert all(reader._process.poll() is not None for reader in started)


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_site_s_health_shows_whole_beside_its_name_at_1280_by_720(qtbot, sites, language,  # type: ignore[no-untyped-def]
                                                                    language_back_to_english) -> None:
    """Ten columns do not fit a 1280-pixel window: the health came last and was cut off ("… not yet ackn…"), and
    in Spanish it was out of sight. It comes second now, whole."""
    from rosc_desktop import i18n

    assert i18n.install(language) == language
    screen = SyncScreen(sites["center"])
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    item = screen.sites.topLevelItem(0)
    cell = screen.sites.visualRect(screen.sites.indexFromItem(item, COL_HEALTH))
    assert cell.isValid() and screen.sites.viewport().rect().contains(cell)
    text = item.text(COL_HEALTH)
    assert screen.sites.fontMetrics().horizontalAdvance(text) <= cell.width()  # not elided
