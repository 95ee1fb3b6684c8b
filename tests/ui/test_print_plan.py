"""Printing the recovery plan from the app: the preview, Save as PDF, the printer (or its absence) and the batch.

The real plan document draws the pages (services/plan_document.gather_plan, documents/recovery_plan
.render_recovery_plan); the tests only record the options that reach it on the way through.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pypdf import PdfReader

from rosc_desktop.documents import recovery_plan
from rosc_desktop.errors import RoscError
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plans import GoalInput
from rosc_desktop.ui.operations import wait_for_operations
from rosc_desktop.ui.screens import print_plan
from rosc_desktop.ui.screens.print_plan import BatchPrint, PrintPlanDialog, reviewed_recently
from tests.ui.test_accessibility import _unnamed_controls

TODAY = date.today()


@pytest.fixture
def calls(monkeypatch):  # type: ignore[no-untyped-def]
    """The (language, large_print) of every plan drawn."""
    real = recovery_plan.render_recovery_plan
    seen: list[tuple[str, bool]] = []

    def recording(content, language, *, large_print=False):  # type: ignore[no-untyped-def]
        seen.append((language, large_print))
        return real(content, language, large_print=large_print)

    monkeypatch.setattr(recovery_plan, "render_recovery_plan", recording)
    return seen


@pytest.fixture(autouse=True)
def errors(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[BaseException] = []
    monkeypatch.setattr(print_plan, "show_error", lambda parent, error: shown.append(error))
    return shown


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Zoë Krüger", preferred_language="es"))


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert wait_for_operations(10_000)
    qtbot.wait(1)


def open_dialog(qtbot, services, pid: str) -> PrintPlanDialog:  # type: ignore[no-untyped-def]
    dialog = PrintPlanDialog(services, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count() > 0 and not dialog.is_busy(), timeout=10_000)
    return dialog


def test_the_preview_shows_the_plan_in_the_persons_language(qtbot, services, person, calls, errors) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, person.id)
    # Spanish because the person prefers it, though the app runs in English; drawn once, not once per option.
    assert dialog.chosen_language() == "es"
    assert calls == [("es", False)]
    assert dialog.page_count() > 0
    assert dialog.pdf_bytes().startswith(b"%PDF")
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert dialog.status.text().startswith(f"{dialog.page_count()} page")  # how many sheets it will take
    assert errors == []


def test_language_and_large_print_reach_the_document(qtbot, services, person, calls) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, person.id)
    dialog.large_print.setChecked(True)
    qtbot.waitUntil(lambda: calls[-1] == ("es", True) and not dialog.is_busy())
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: calls[-1] == ("en", True) and not dialog.is_busy())
    settle(qtbot)
    assert dialog.page_count() > 0


def test_a_language_the_plan_is_not_written_in_falls_back_to_english_and_says_so(qtbot, services, calls) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.model import Participant

    pid = services.participants.register(ParticipantInput("Hanna Berg")).id
    with services.store.write() as session:  # as a record from a newer version, in a language not printed here
        person = session.get(Participant, pid)
        person.preferred_language = "de"
        session.add(person)
    dialog = open_dialog(qtbot, services, pid)
    assert calls == [("en", False)]
    assert "not written in this person's language" in dialog.note.text() and dialog.note.isVisible()


def test_save_writes_the_pdf_under_a_name_without_the_person(qtbot, services, person, calls, tmp_path,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    dialog = open_dialog(qtbot, services, person.id)
    offered = []

    def choose(parent, title, default, filters):  # type: ignore[no-untyped-def]
        offered.append(default)
        return str(tmp_path / "chosen"), filters

    monkeypatch.setattr(print_plan.QFileDialog, "getSaveFileName", choose)
    dialog.save_button.click()
    settle(qtbot)
    name = Path(offered[0]).name
    assert name == f"recovery-plan-{TODAY.isoformat()}.pdf"
    assert "Zo" not in name and "Kr" not in name
    saved = tmp_path / "chosen.pdf"  # the extension is added when the person leaves it off
    assert saved.read_bytes() == dialog.pdf_bytes()
    assert len(PdfReader(saved).pages) == dialog.page_count()
    assert "chosen.pdf" in dialog.status.text()


def test_no_printer_says_so_and_points_to_save(qtbot, services, person, calls, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, person.id)
    monkeypatch.setattr(print_plan.QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    dialog.print_button.click()
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "No printer" in boxes[0].text() and "Save as PDF" in boxes[0].text()


def test_printing_paints_every_page(qtbot, services, person, calls, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A PDF "printer" stands in for paper: what reaches it is what a printer would get.
    dialog = open_dialog(qtbot, services, person.id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.page_count()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.page_count()


def test_a_service_error_is_shown_not_raised(qtbot, services, person, calls, errors, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(services, pid):  # type: ignore[no-untyped-def]
        raise RoscError("participant_not_found")

    monkeypatch.setattr(print_plan, "gather", refuse)
    dialog = PrintPlanDialog(services, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], RoscError)
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert not dialog.is_busy()


def test_the_dialogs_controls_have_names(qtbot, services, person, calls) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, person.id)
    assert _unnamed_controls(dialog) == []


def _reviewed(services, name: str, on: date) -> str:  # type: ignore[no-untyped-def]
    pid = services.participants.register(ParticipantInput(name)).id
    goal = services.goals.add(pid, GoalInput("Walk every morning"), set_on=on - timedelta(days=30))
    services.goals.review(goal.id, on, 0)
    return pid


def test_reviewed_this_week_finds_only_recent_reviews(services) -> None:  # type: ignore[no-untyped-def]
    recent = _reviewed(services, "Ana Recent", TODAY - timedelta(days=2))
    _reviewed(services, "Bo Old", TODAY - timedelta(days=20))
    services.participants.register(ParticipantInput("Cy NoGoals"))
    assert reviewed_recently(services, TODAY) == [recent]


def test_batch_writes_one_file_per_person(qtbot, services, calls, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = [services.participants.register(ParticipantInput(n)).id for n in ("Ana", "Bo", "Cy")]
    finished = []
    batch = BatchPrint(services, ids, tmp_path, on_finished=finished.append)
    batch.start()
    qtbot.waitUntil(lambda: finished == [3], timeout=10_000)
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(f"recovery-plan-{i}.pdf" for i in ids)


def test_cancel_stops_after_the_current_file(qtbot, services, calls, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = [services.participants.register(ParticipantInput(n)).id for n in ("Ana", "Bo", "Cy")]
    finished = []
    batch = BatchPrint(services, ids, tmp_path, on_finished=finished.append)
    batch.start()
    batch.dialog.canceled.emit()  # while the first file is being written: it is finished, no other is begun
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    settle(qtbot)
    assert finished == [1]
    assert [p.name for p in tmp_path.glob("*.pdf")] == [f"recovery-plan-{ids[0]}.pdf"]


def test_the_workspace_opens_one_print_dialog(qtbot, services, person, calls) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.screens.workspace import ParticipantWorkspace

    workspace = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.print_button.click()
    workspace.print_button.click()  # a second click brings the open one forward, it does not open another
    dialogs = [d for d in workspace.findChildren(PrintPlanDialog) if d.isVisible()]
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: dialogs[0].page_count() > 0 and not dialogs[0].is_busy(), timeout=10_000)
    dialogs[0].reject()
    workspace.print_button.click()
    qtbot.waitUntil(lambda: workspace._print_dialog is not None and workspace._print_dialog.isVisible())
    workspace._print_dialog.reject()
    settle(qtbot)


def test_the_file_menu_prints_the_plans_reviewed_this_week(qtbot, services, paths, calls, tmp_path,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    from tests.ui.test_lock import signed_in_window

    recent = _reviewed(services, "Ana Recent", TODAY - timedelta(days=1))
    _reviewed(services, "Bo Old", TODAY - timedelta(days=30))
    out = tmp_path / "plans"
    out.mkdir()
    asked = []

    def choose(parent, title, folder):  # type: ignore[no-untyped-def]
        asked.append(title)
        return str(out)

    monkeypatch.setattr(print_plan.QFileDialog, "getExistingDirectory", choose)
    window = signed_in_window(qtbot, paths)
    assert window.print_plans_action.isEnabled()
    window.print_plans_action.trigger()
    qtbot.waitUntil(lambda: any(b.isVisible() and "saved" in b.text() for b in window.findChildren(QMessageBox)),
                    timeout=10_000)
    assert "1 plan" in asked[0]  # the folder question says how many will be written
    assert [p.name for p in out.iterdir()] == [f"recovery-plan-{recent}.pdf"]
    for box in window.findChildren(QMessageBox):
        box.close()
    settle(qtbot)


def test_signing_out_stops_the_batch_quietly(qtbot, services, calls, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    ids = [services.participants.register(ParticipantInput(n)).id for n in ("Ana", "Bo", "Cy")]
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.services = services  # type: ignore[attr-defined]  # as the main window holds its session
    finished = []
    batch = BatchPrint(services, ids, tmp_path, owner, on_finished=finished.append)
    batch.start()
    # Signing out while the first file is written, as the main window does it: the operations under way are
    # asked to stop and waited for, then the session is dropped.
    with qtbot.waitSignal(batch.destroyed, timeout=10_000):  # the batch is gone: it cannot write another file
        wait_for_operations(10_000)
        owner.services = None  # type: ignore[attr-defined]
        settle(qtbot)
    assert [p.name for p in tmp_path.glob("*.pdf")] == [f"recovery-plan-{ids[0]}.pdf"]
    assert finished == []  # no "plans saved" box for someone who has left


def test_the_language_note_follows_the_language_chosen(qtbot, services, calls) -> None:  # type: ignore[no-untyped-def]
    pid = services.participants.register(ParticipantInput("Nguyễn Thị Hà", preferred_language="vi")).id
    dialog = open_dialog(qtbot, services, pid)
    assert dialog.chosen_language() == "vi" and calls == [("vi", False)]  # the plan prints in Vietnamese
    assert not dialog.note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.waitUntil(lambda: calls[-1] == ("es", False) and not dialog.is_busy())
    assert dialog.note.text() == "This person prefers Vietnamese; this plan is in Spanish."


def test_chinese_prints_in_the_script_this_computer_chose(qtbot, services, paths, calls) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.settings import MachineSettings

    settings = MachineSettings.load(paths.settings)
    settings.chinese_script = "zh-hant"
    settings.save(paths.settings)
    plain = services.participants.register(ParticipantInput("王秀英", preferred_language="zh")).id
    dialog = open_dialog(qtbot, services, plain)
    assert dialog.chosen_language() == "zh-hant" and not dialog.note.isVisibleTo(dialog)
    chose = services.participants.register(ParticipantInput("李小龍", preferred_language="zh-hans")).id
    assert open_dialog(qtbot, services, chose).chosen_language() == "zh-hans"  # the person's own choice wins


def test_a_plan_in_the_persons_own_language_needs_no_note(qtbot, services, person, calls) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, person.id)  # prefers Spanish, shown in Spanish
    assert not dialog.note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: calls[-1] == ("en", False) and not dialog.is_busy())
    assert dialog.note.isVisible() and dialog.note.text() == "This person prefers Spanish; this plan is in English."
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert not dialog.note.isVisible()
