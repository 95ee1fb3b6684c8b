"""`rosc-desktop print plan`: one PDF per participant, named by id and never by name."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from rosc_desktop.cli import main
from rosc_desktop.services.participants import ParticipantInput
from tests.conftest import ADMIN_PASSWORD


def test_print_all_writes_one_pdf_per_participant_named_by_id(services, paths, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    people = [services.participants.register(ParticipantInput(name, preferred_language=lang))
              for name, lang in (("Zoë Nguyễn", "en"), ("李小龍", "es"), ("Ольга", "en"))]
    services.close()
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    out = tmp_path / "plans"
    assert main(["--data-dir", str(paths.root), "print", "plan", "--all", "--out", str(out), "--user", "ana"]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"recovery-plan-{p.id}.pdf" for p in people)
    printed = capsys.readouterr().out
    for name in ("Zoë", "李小龍", "Ольга"):
        assert name not in printed and not any(name in f for f in written)
    text = PdfReader(out / f"recovery-plan-{people[1].id}.pdf").pages[0].extract_text()
    assert "李小龍" in text


def test_print_one_plan_to_a_file_in_another_language(services, paths, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Ana", preferred_language="en"))
    services.close()
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    target = tmp_path / "one.pdf"
    assert main(["--data-dir", str(paths.root), "print", "plan", "--participant", person.id, "--lang", "es",
                 "--large-print", "--out", str(target), "--user", "ana"]) == 0
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    # The date line comes from QLocale: Spanish month names show that --lang overrode the participant's "en".
    months = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")
    assert any(m in reader.pages[0].extract_text() for m in months)


def test_an_unknown_participant_is_a_clear_error(services, paths, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    services.close()
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    code = main(["--data-dir", str(paths.root), "print", "plan", "--participant", "nope", "--out",
                 str(tmp_path / "x.pdf"), "--user", "ana"])
    assert code == 2
    err = capsys.readouterr().err
    assert "no participant with that id" in err and "Traceback" not in err
    assert not Path(tmp_path / "x.pdf").exists()
