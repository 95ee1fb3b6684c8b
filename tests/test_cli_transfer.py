"""`rosc-desktop transfer …`: a record moving A → hub → B driven from the terminal, as an admin (or a script) would.

The sites are made through the services; every step the issue names (request, list, cancel, accept with the
notice, decline with a reason, and what `bundle export|import|inspect` say of transfers) goes through `main()`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from rosc_desktop.cli import main
from rosc_desktop.services.consents import ConsentInput
from rosc_desktop.sync import exchange, transfer
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import add_person, carry, open_region


@pytest.fixture
def region(tmp_path: Path):  # type: ignore[no-untyped-def]
    for hub, a, b, usb in open_region(tmp_path):
        carry(hub, a, usb)  # the hub tells the center which centers exist
        yield hub, a, b, usb


@pytest.fixture
def run(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)

    def call(site, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
        code = main(["--data-dir", str(site.paths.root), *args, "--user", "admin"])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def consent_for_b(a, pid: str):  # type: ignore[no-untyped-def]
    return a.consents.add(pid, ConsentInput(
        recipient_kind="person", recipient_name="Riverside Commons", purpose_code="care_coordination",
        information_kinds=["all"], effective_on=date.today(), expiry_event="end of the move",
        signed_on=date.today(), notice_given=True))


def test_a_transfer_from_request_to_acceptance_on_the_command_line(region, run) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    person = add_person(a, "Tess Terminal")
    consent_for_b(a, person.id)

    code, out, _ = run(a, "transfer", "request", person.id, "--to", "bbb-2")
    assert code == 0 and "leaves with the next bundle" in out
    transfer_id = re.search(r"Transfer (\S+) to BBB-2", out).group(1)
    code, out, _ = run(a, "transfer", "list")
    assert transfer_id in out and "waiting for the next bundle" in out and "Tess" not in out

    code, out, _ = run(a, "bundle", "export", "--to", "HUB-1", "--out", str(usb))
    assert code == 0 and "1 transfer(s) of a person's record went with it" in out
    exchange.import_bundle(hub, Path(out.splitlines()[0]), backup=False)
    to_b = exchange.export_bundle(hub, "BBB-2", usb).path

    code, out, _ = run(b, "bundle", "inspect", str(to_b))
    assert re.search(r"transfers\.jsonl\s+1 rows", out)
    code, out, _ = run(b, "bundle", "import", str(to_b))
    assert code == 0 and "1 transfer(s) of a person's record came with it" in out

    code, out, _ = run(b, "transfer", "list")
    assert f"{transfer_id}  from AAA-1: waiting for you to accept" in out
    code, out, err = run(b, "transfer", "accept", transfer_id[:8])  # no terminal to ask on: --yes is needed
    assert code == 2 and "42 CFR part 2" in out and "--yes" in err
    assert transfer.transfers(b, "in")[0].status == "waiting"
    code, out, _ = run(b, "transfer", "accept", transfer_id[:8], "--yes")
    assert code == 0 and "Accepted" in out
    new_pid = re.search(r"participant (\S+)\.", out).group(1)
    assert b.participants.open(new_pid).preferred_name == "Tess Terminal"


def test_a_held_back_request_says_why_and_is_cancelled_on_the_command_line(region, run) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    person = add_person(a, "Hal Heldback")
    consent = consent_for_b(a, person.id)
    old = transfer.request_transfer(a, person.id, "BBB-2")
    a.consents.revoke(consent.id, date.today())

    code, out, _ = run(a, "bundle", "export", "--to", "HUB-1", "--out", str(usb))
    assert code == 0 and f"Transfer {old.id} stayed here. Held back: the consent was revoked" in out
    code, out, _ = run(a, "transfer", "list")
    assert "held back" in out and "consent was revoked" in out

    consent_for_b(a, person.id)
    code, _, err = run(a, "transfer", "request", person.id, "--to", "BBB-2")
    assert code == 2 and "cancel it" in err and "Traceback" not in err
    code, out, _ = run(a, "transfer", "cancel", old.id[:8])
    assert code == 0 and "will not leave this center" in out
    code, out, _ = run(a, "transfer", "request", person.id, "--to", "BBB-2")
    assert code == 0
    code, _, err = run(a, "transfer", "cancel", "0000000")  # too short to name one
    assert code == 2 and "no transfer with that id" in err


def test_declining_on_the_command_line_tells_the_sender_why(region, run) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    person = add_person(a, "Dot Declined")
    consent_for_b(a, person.id)
    sent = transfer.request_transfer(a, person.id, "BBB-2")
    carry(a, hub, usb)
    carry(hub, b, usb)

    code, out, _ = run(b, "transfer", "decline", sent.id, "--reason", "wrong-center")
    assert code == 0 and "AAA-1 is told why" in out
    carry(b, hub, usb)
    carry(hub, a, usb)
    code, out, _ = run(a, "transfer", "list")
    assert "declined" in out and "wrong center" in out
