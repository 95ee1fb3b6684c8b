"""`rosc-desktop bundle|sync|hub`: a center and a hub in their own data folders, driven through the real
command line in subprocesses, the way an admin runs the monthly routine (and a script checks exit codes).

Each subprocess pays for importing the database stack (seconds on a busy machine), so the cases beyond the
round trip and Ctrl+C call the same `main()` in this process.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.cli import main
from rosc_desktop.model import Participant, SyncConflict
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.session import sign_in
from rosc_desktop.sync import exchange
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import add_person, consent_to_hub, link, make_site

# A past month, so the check-in below is never "in the future" and the report's month is fixed.
VISIT = datetime(2026, 10, 15, 15, 0, tzinfo=timezone.utc)

CTRL_C_AT_START = """
import signal, sys
from rosc_desktop.sync import exchange
real = exchange.export_bundle
def export_after_ctrl_c(*args, **kwargs):
    signal.raise_signal(signal.SIGINT)  # the admin presses Ctrl+C as the export starts
    return real(*args, **kwargs)
exchange.export_bundle = export_after_ctrl_c
from rosc_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def rosc(root: Path, *args: str, user: str | None = "admin", script: str | None = None,
         ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ROSC_PASSWORD": ADMIN_PASSWORD}
    env.pop("ROSC_USER", None)
    program = ["-c", script] if script else ["-m", "rosc_desktop"]
    command = [sys.executable, *program, "--data-dir", str(root), *args]
    if user is None:
        env["ROSC_USER"] = "admin"
    else:
        command += ["--user", user]
    # The timeout only stops a hung child from hanging the suite; nothing is asserted about speed.
    return subprocess.run(command, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=300, cwd=Path(__file__).resolve().parents[1])


@pytest.fixture
def run(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """`main()` in this process: (exit code, standard output, standard error)."""
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)

    def call(root: Path, *args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(root), *args, "--user", "admin"])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def card_of(output: str) -> tuple[str, str]:
    lines = output.splitlines()
    card = next(line for line in lines if line.startswith("ROSC1:"))
    fingerprint = next(line for line in lines if line.startswith("Fingerprint: ")).removeprefix("Fingerprint: ")
    return card, fingerprint


def participants_at(root: Path) -> int:
    services = sign_in(AppPaths(root), "admin", ADMIN_PASSWORD, make_backup=False)
    try:
        with services.store.read() as session:
            return len(session.exec(select(Participant)).all())
    finally:
        services.close()


def new_center(tmp_path: Path, code: str = "HL-01"):  # type: ignore[no-untyped-def]
    from rosc_desktop.services.checkins import CheckInInput

    center = make_site(tmp_path, code, name="Harbor Light")
    dana = add_person(center, "Dana Secretname", phone="555 0100")
    add_person(center, "Eli Othername")
    consent_to_hub(center, dana.id)
    center.checkins.record(dana.id, CheckInInput(occurred_at=VISIT))
    return center


def test_monthly_round_trip_between_a_center_and_a_hub(tmp_path: Path) -> None:
    new_center(tmp_path).close()
    make_site(tmp_path, "HUB-1", name="Region Hub").close()
    center, hub, usb = tmp_path / "HL-01", tmp_path / "HUB-1", tmp_path / "usb"
    usb.mkdir()

    # Set-up, once: the hub switches to hub mode, then both sides enrol each other's card.
    enabled = rosc(hub, "hub", "enable")
    assert enabled.returncode == 0, enabled.stderr
    hub_card, hub_fingerprint = card_of(rosc(hub, "sync", "card").stdout)
    assert len(hub_fingerprint.split()) == 8 and ":hub:" in hub_card
    enrolled = rosc(center, "sync", "enrol", hub_card, "--fingerprint", hub_fingerprint, "--role", "hub")
    assert enrolled.returncode == 0 and "Enrolled HUB-1 (hub)" in enrolled.stdout
    center_card, center_fingerprint = card_of(rosc(center, "sync", "card").stdout)
    card_file = tmp_path / "card.txt"
    card_file.write_text(center_card + "\n")
    # Read back over the phone: typed in lower case without spaces, it still matches.
    enrolled = rosc(hub, "sync", "enrol", str(card_file), "--fingerprint",
                    center_fingerprint.replace(" ", "").lower(), "--role", "center")
    assert enrolled.returncode == 0, enrolled.stderr

    exported = rosc(center, "bundle", "export", "--to", "HUB-1", "--out", str(usb))
    assert exported.returncode == 0, exported.stderr
    bundle = Path(exported.stdout.splitlines()[0])
    assert bundle.parent == usb and bundle.is_file()
    assert "1 person identified under consent, 1 person de-identified" in exported.stdout
    assert "%" not in exported.stderr  # progress only on a terminal
    assert "Secretname" not in exported.stdout + exported.stderr

    inspected = rosc(hub, "bundle", "inspect", str(bundle))
    assert inspected.returncode == 0, inspected.stderr
    assert "Origin:         HL-01" in inspected.stdout and "Recipient:      HUB-1" in inspected.stdout
    assert "changes.jsonl.gz" in inspected.stdout
    manifest = json.loads(rosc(hub, "bundle", "inspect", str(bundle), "--json").stdout)
    assert (manifest["origin"], manifest["recipient"], manifest["seq_from"]) == ("HL-01", "HUB-1", 1)
    assert "changes-v1" in manifest["requires"]

    planned = rosc(hub, "bundle", "import", str(bundle), "--dry-run")
    assert planned.returncode == 0, planned.stderr
    assert "participant: 2 new, 0 updated, 0 unchanged, 0 conflicts" in planned.stdout
    assert "Dry run: nothing was changed." in planned.stdout
    assert participants_at(hub) == 0

    applied = rosc(hub, "bundle", "import", str(bundle))
    assert applied.returncode == 0, applied.stderr
    assert "participant: 2 new" in applied.stdout and "Applied." in applied.stdout
    assert participants_at(hub) == 2

    again = rosc(hub, "bundle", "import", str(bundle))
    assert again.returncode == 0
    assert "Already imported on" in again.stdout and "nothing changed" in again.stdout
    assert participants_at(hub) == 2

    status = json.loads(rosc(hub, "bundle", "status", "--json", user=None).stdout)
    peer = next(p for p in status["peers"] if p["site_code"] == "HL-01")
    assert peer["applied_seq"] == manifest["seq_to"]
    assert [entry["status"] for entry in status["log"]][:2] == ["replay", "applied"]

    # The hub's answer is for HL-01: another center that receives it by mistake refuses it, saying why.
    reply = rosc(hub, "bundle", "export", "--to", "HL-01", "--out", str(usb))
    assert reply.returncode == 0, reply.stderr
    reply_bundle = Path(reply.stdout.splitlines()[0])
    other = make_site(tmp_path, "HL-02")
    other_hub = sign_in(AppPaths(hub), "admin", ADMIN_PASSWORD, make_backup=False)
    try:
        link(other, other_hub)
    finally:
        other.close()
        other_hub.close()
    refused = rosc(tmp_path / "HL-02", "bundle", "import", str(reply_bundle))
    assert refused.returncode == 2
    assert "This bundle was not encrypted for this site." in refused.stderr
    assert participants_at(tmp_path / "HL-02") == 0
    back = rosc(center, "bundle", "import", str(reply_bundle))
    assert back.returncode == 0 and "Applied." in back.stdout, back.stderr

    report = rosc(hub, "hub", "report", "--month", "2026-10", "--csv")
    assert report.returncode == 0, report.stderr
    rows = list(csv.DictReader(io.StringIO(report.stdout)))
    assert [row["site_code"] for row in rows] == ["HL-01", "HL-02", "Total"]
    by_site = {row["site_code"]: row for row in rows}
    assert by_site["HL-01"]["contacts"] == "1" and by_site["HL-02"]["contacts"] == "0"
    assert by_site["Total"]["people_served"] == "1" and by_site["Total"]["people_served_enrolled"] == "1"


def linked_sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A center (two people, one consenting) and a hub that trust each other, set up without the CLI."""
    center = new_center(tmp_path)
    hub = make_site(tmp_path, "HUB-1", is_hub=True, name="Region Hub")
    link(center, hub)
    return center, hub


def test_a_bundle_with_a_gap_is_held_with_exit_3_and_the_missing_range(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    center, hub = linked_sites(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    first = exchange.export_bundle(center, "HUB-1", usb)
    hub.close()
    # A copy of the hub from before the first bundle arrived (a hub restored from an old backup, say).
    behind = tmp_path / "HUB-1-restored"
    shutil.copytree(tmp_path / "HUB-1", behind)
    hub = sign_in(AppPaths(tmp_path / "HUB-1"), "admin", ADMIN_PASSWORD, make_backup=False)
    exchange.import_bundle(hub, first.path)
    exchange.import_bundle(center, exchange.export_bundle(hub, "HL-01", usb).path)  # carries the ack
    add_person(center, "Fay Thirdname")
    second = exchange.export_bundle(center, "HUB-1", usb)
    center.close()
    hub.close()
    assert second.seq_from == first.seq_to + 1

    code, out, _ = run(behind, "bundle", "import", str(second.path), "--dry-run")
    assert code == 3 and f"Changes 1–{first.seq_to} from HL-01 have not arrived yet." in out
    code, out, _ = run(behind, "bundle", "import", str(second.path))
    assert code == 3 and "Held" in out
    assert participants_at(behind) == 0
    code, out, err = run(behind, "bundle", "import", str(second.path), "--force-gap")
    assert code == 0, err
    assert "Notice: Applied although earlier changes never arrived" in out
    assert participants_at(behind) == 1  # the newest person only: the others travelled in the missing range


def test_ctrl_c_during_export_leaves_no_file_and_exits_130(tmp_path: Path) -> None:
    center, hub = linked_sites(tmp_path)
    center.close()
    hub.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    stopped = rosc(tmp_path / "HL-01", "bundle", "export", "--to", "HUB-1", "--out", str(usb),
                   script=CTRL_C_AT_START)
    assert stopped.returncode == 130
    assert "Cancelled: no bundle was written." in stopped.stderr
    assert list(usb.iterdir()) == []
    log = json.loads(rosc(tmp_path / "HL-01", "bundle", "status", "--json").stdout)["log"]
    assert [entry for entry in log if entry["direction"] == "out"] == []


def test_review_queue_lists_field_names_only_and_resolves_once(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    center, hub = linked_sites(tmp_path)
    center.close()
    with hub.store.write() as session:
        session.add(SyncConflict(kind="fork", table_name="participant", row_id="a" * 36, origin="HL-01", seq=7,
                                 local={"preferred_name": "Dana Secretname"},
                                 remote={"preferred_name": "Dana Othersecret"}, fields=["preferred_name"]))
    hub.close()
    root = tmp_path / "HUB-1"

    code, out, _ = run(root, "bundle", "conflicts")
    assert code == 0
    assert "#1 fork: participant" in out and "fields: preferred_name" in out
    code, as_json, _ = run(root, "bundle", "conflicts", "--json")
    assert [(i["id"], i["fields"]) for i in json.loads(as_json)] == [(1, ["preferred_name"])]
    assert "Secretname" not in out + as_json and "Othersecret" not in out + as_json

    code, out, _ = run(root, "bundle", "resolve", "1", "--keep-local")
    assert code == 0 and "kept this site's version" in out
    assert "Nothing waits for review." in run(root, "bundle", "conflicts")[1]
    code, _, err = run(root, "bundle", "resolve", "1", "--take-remote")
    assert code == 2 and "not waiting for review" in err


def test_enrolment_needs_the_fingerprint_read_back_and_the_card_prints(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    make_site(tmp_path, "HUB-1", is_hub=True).close()
    make_site(tmp_path, "HL-01").close()
    hub, center = tmp_path / "HUB-1", tmp_path / "HL-01"
    code, out, _ = run(hub, "sync", "card", "--pdf", str(tmp_path))
    assert code == 0
    assert (tmp_path / "trust-card-HUB-1.pdf").read_bytes().startswith(b"%PDF")
    hub_card, hub_fingerprint = card_of(out)
    wrong = "ZZZZ " + hub_fingerprint[5:]
    code, _, err = run(center, "sync", "enrol", hub_card, "--fingerprint", wrong, "--role", "hub")
    assert code == 2 and "does not match this card" in err
    code, _, err = run(center, "bundle", "export", "--to", "HUB-1", "--out", str(tmp_path))
    assert code == 2 and "HUB-1 is not enrolled here yet" in err
    code, _, err = run(center, "hub", "report", "--month", "2026-10")
    assert code == 2 and "for a site set up as a hub" in err
    code, out, _ = run(center, "sync", "enrol", hub_card, "--fingerprint", hub_fingerprint, "--role", "hub")
    assert code == 0 and "Enrolled HUB-1 (hub)" in out
    code, _, err = run(hub, "hub", "enable")  # too late: a center already trusts the card that names its role
    assert code == 0
    code, _, err = run(center, "hub", "enable")
    assert code == 2 and "Set up hub mode before enrolling any site" in err


def test_every_sync_refusal_has_words_on_the_terminal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A new engine code must print as a sentence (the CLI's own, or the GUI's), never as a bare code."""
    import re

    from rosc_desktop.cli import _say
    from rosc_desktop.errors import RoscError
    from rosc_desktop.paths import AppPaths

    sources = Path(__file__).resolve().parents[1] / "rosc_desktop" / "sync"
    raised = set()
    # exchange.py is the public face of export.py, importing.py, plan.py, apply.py and status.py.
    for name in ("bundle.py", "bundle_manifest.py", "bundle_limits.py", "bundle_work.py", "exchange.py", "export.py",
                 "importing.py", "plan.py", "apply.py", "status.py", "sections.py", "tables.py", "keys.py", "hub.py",
                 "transfer.py", "transfer_sections.py"):
        raised |= set(re.findall(r'RoscError\(\s*"([a-z_]+)"', (sources / name).read_text()))
    assert {"bundle_wrong_key", "cancelled", "peer_unknown", "transfer_needs_consent", "bundle_too_large"} <= raised
    params = {"site_code": "HUB-1", "card": "hub", "expected": "center", "section": "changes.jsonl.gz",
              "version": 12, "ours": 9, "capability": "x", "kind": "fork", "reason": "no_consent"}
    unsaid = [code for code in sorted(raised)
              if code in _say(RoscError(code, **params), AppPaths(tmp_path)) or "went wrong" in
              _say(RoscError(code, **params), AppPaths(tmp_path))]
    assert unsaid == []


@pytest.mark.parametrize("case", ["surrogate", "gzip_crc", "gzip_bomb", "deep"])
def test_a_hostile_bundle_is_refused_with_exit_2_and_a_sentence_never_a_traceback(tmp_path: Path, run,  # type: ignore[no-untyped-def]
                                                                                  case) -> None:
    import gzip
    import zlib

    from tests.sync import kit

    center, hub = linked_sites(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    out = exchange.export_bundle(center, "HUB-1", usb)
    manifest, sections = kit.open_bundle(out.path, hub)
    changes = sections[exchange.CHANGES]
    if case == "surrogate":  # a person's record on its way to another center: passed the dry run, then the real
        # import crashed writing the lone surrogate
        sections["transfers.jsonl"] = (b'{"id": "t\\ud800", "from": "HL-01", "to": "BBB-2", "sealed": "x", '
                                       b'"signature": "y"}\n')
    elif case == "gzip_crc":
        sections[exchange.CHANGES] = changes[:-8] + bytes([changes[-8] ^ 0xFF]) + changes[-7:]
    elif case == "gzip_bomb":
        z = zlib.compressobj(9, zlib.DEFLATED, 31)
        sections[exchange.CHANGES] = b"".join(z.compress(b"\n" * (1 << 20)) for _ in range(256)) + z.flush()
    else:
        sections[exchange.CHANGES] = gzip.compress(b"[" * 200_000 + b"]" * 200_000 + b"\n")
    bad = kit.reseal(center, "HUB-1", tmp_path / "hostile.age", manifest, sections)
    center.close()
    hub.close()
    expected = {"surrogate": "its records cannot be read (section transfers.jsonl)",
                "gzip_crc": "its records cannot be read (section changes.jsonl.gz)",
                "gzip_bomb": "(section changes.jsonl.gz) unpacks to far more data than a bundle can hold",
                "deep": "its records cannot be read (section changes.jsonl.gz)"}[case]

    for extra in (["--dry-run"], []):
        code, output, err = run(tmp_path / "HUB-1", "bundle", "import", str(bad), *extra)
        assert code == 2 and expected in err and "Nothing was changed" in err, err
        assert "Traceback" not in err + output
    assert participants_at(tmp_path / "HUB-1") == 0


def _bundle_log_and_quarantine(root: Path) -> tuple[list[tuple[str, str, str]], int, list[str]]:
    from sqlalchemy import func

    from rosc_desktop.model.audit import AuditEvent
    from tests.sync import kit

    services = sign_in(AppPaths(root), "admin", ADMIN_PASSWORD, make_backup=False)
    try:
        with services.store.read() as session:
            # Sign-ins are audited too: only the refusal's own event counts here.
            audit_events = session.execute(select(func.count()).select_from(AuditEvent)
                                           .where(AuditEvent.action == "bundle_refused")).scalar_one()
        log = kit.log_statuses(services)
    finally:
        services.close()
    quarantine = root / "sync-quarantine"
    return log, audit_events, sorted(p.name for p in quarantine.iterdir()) if quarantine.exists() else []


@pytest.mark.parametrize("case", ["unknown_sender", "needs_capability"])
def test_the_dry_run_of_a_refused_bundle_changes_nothing(tmp_path: Path, run, case: str) -> None:  # type: ignore[no-untyped-def]
    """A refused bundle is logged (and one from a stranger kept aside in quarantine) when really imported; its dry
    run says the same refusal and writes neither the log line, the audit event nor the quarantine copy. One case
    is refused as the file is opened, the other once its manifest is read."""
    from rosc_desktop.sync import keys
    from tests.sync import kit

    hub = make_site(tmp_path, "HUB-1", is_hub=True, name="Region Hub")
    sender = new_center(tmp_path, "XX-09")
    usb = tmp_path / "usb"
    usb.mkdir()
    if case == "unknown_sender":  # the center trusts the hub, the hub has never enrolled the center
        card = keys.trust_card(hub)
        keys.enrol(sender, card.card_text, card.fingerprint, "hub")
        bundle = exchange.export_bundle(sender, "HUB-1", usb).path
    else:  # a bundle from a newer version, needing what this one cannot do
        link(sender, hub)
        manifest, sections = kit.open_bundle(exchange.export_bundle(sender, "HUB-1", usb).path, hub)
        bundle = kit.reseal(sender, "HUB-1", tmp_path / "newer.age", manifest, sections,
                            requires=[*manifest.requires, "from-the-future-v9"])
    sender.close()
    hub.close()
    root = tmp_path / "HUB-1"
    before = _bundle_log_and_quarantine(root)

    code, output, err = run(root, "bundle", "import", str(bundle), "--dry-run")
    assert code == 2 and err.startswith("rosc-desktop: ") and "Traceback" not in output + err
    assert _bundle_log_and_quarantine(root) == before

    code, _, _ = run(root, "bundle", "import", str(bundle))
    assert code == 2
    log, audit_events, quarantined = _bundle_log_and_quarantine(root)
    expected = {"unknown_sender": ("quarantined", "bundle_unknown_sender"),
                "needs_capability": ("refused", "bundle_needs_capability")}[case]
    assert log[-1] == ("in", *expected)
    assert audit_events > before[1] and len(quarantined) == (1 if case == "unknown_sender" else 0)
