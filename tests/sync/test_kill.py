"""A power cut during import or export: a real process is killed (os._exit) at a chosen step.

Each case runs the engine in a subprocess on the test's own data folders, with one function patched to end the
process abruptly at that step; no cleanup code, `finally` or `atexit` runs. The test then checks what a person
restarting the app would find, and (killed with SIGKILL) what anyone reading the disk would find: no participant's
name or phone in any file, plain or gzip, until the sweep removes the sealed work files.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Participant
from rosc_desktop.sync import exchange
from tests.conftest import ADMIN_PASSWORD
from tests.sync import kit
from tests.sync.sites import HUB, add_person, consent_to_hub, open_pair

REPO = Path(__file__).resolve().parents[2]
KILLED = 71  # the exit status our patched step uses, so a run that never reached it is told apart

PRELUDE = """
import os, sys
from pathlib import Path
sys.path.insert(0, {repo!r})
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from rosc_desktop.store import keyring
from tests.conftest import CHEAP_KDF
keyring.DEFAULT_KDF = CHEAP_KDF
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.session import sign_in
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import exchange as ex
from rosc_desktop.sync import apply as ex_apply, export as ex_export, importing as ex_importing
svc = sign_in(AppPaths(Path({site!r})), "admin", {password!r}, make_backup=False)

def die(*args, **kwargs):
    os._exit({killed})
"""


def run_killed(site, patch: str, action: str) -> None:  # type: ignore[no-untyped-def]
    script = PRELUDE.format(repo=str(REPO), site=str(site.paths.root), password=ADMIN_PASSWORD, killed=KILLED)
    script += textwrap.dedent(patch) + "\n" + action + "\nos._exit(0)\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == KILLED, done.stderr[-2000:]


@pytest.fixture
def sites(tmp_path):
    for hub, center, usb in open_pair(tmp_path):
        people = []
        for i in range(3):
            p = add_person(center, f"Person {i}")
            consent_to_hub(center, p.id)
            people.append(p)
        yield hub, center, usb, people


IMPORT_KILLS = {
    # The first section is on disk (sealed) in sync-work when the process dies.
    "mid_decrypt": """
        original = bundle_file._InnerParser._member_done
        def member_done(self):
            original(self)
            if self.sections:
                die()
        bundle_file._InnerParser._member_done = member_done
    """,
    "during_backup": """
        ex_importing._backup = die
    """,
    "during_write_rows": """
        original = ex_apply._write_rows
        def write_rows(session, plan):
            calls = []
            execute = session.execute
            def counted(*a, **k):
                calls.append(1)
                if len(calls) == 2:
                    die()
                return execute(*a, **k)
            session.execute = counted
            original(session, plan)
        ex_apply._write_rows = write_rows
    """,
    "before_commit": """
        original = ex_importing.apply_redactions
        def redactions(session, redact, *rest):
            original(session, redact, *rest)
            session.flush()
            die()
        ex_importing.apply_redactions = redactions
    """,
}


@pytest.mark.parametrize("step", sorted(IMPORT_KILLS))
def test_a_killed_import_writes_nothing_and_the_next_import_works(sites, step):
    hub, center, usb, people = sites
    out = exchange.export_bundle(center, HUB, usb)
    before, states = kit.counts(hub), kit.state(hub)

    run_killed(hub, IMPORT_KILLS[step], f"ex.import_bundle(svc, {str(out.path)!r})")

    assert kit.counts(hub) == before and kit.state(hub) == states
    if step == "mid_decrypt":
        assert kit.work_leftovers(hub), "the kill should have left work files for the sweep to find"
    report = exchange.import_bundle(hub, out.path)
    assert report.status == "applied" and report.new == out.changes
    assert all(kit.row(hub, Participant, p.id).preferred_name == p.preferred_name for p in people)
    assert kit.work_leftovers(hub) == []


def test_killed_after_commit_the_next_import_is_a_replay(sites):
    hub, center, usb, people = sites
    out = exchange.export_bundle(center, HUB, usb)

    run_killed(hub, "ex_importing._after_apply = die", f"ex.import_bundle(svc, {str(out.path)!r})")

    assert all(kit.row(hub, Participant, p.id) is not None for p in people)
    counts = kit.counts(hub)
    assert exchange.import_bundle(hub, out.path).status == "replay"
    assert kit.counts(hub) == counts


def test_sweep_removes_the_work_files_a_killed_import_left(sites):
    hub, center, usb, _ = sites
    out = exchange.export_bundle(center, HUB, usb)
    run_killed(hub, IMPORT_KILLS["mid_decrypt"], f"ex.import_bundle(svc, {str(out.path)!r})")
    assert kit.work_leftovers(hub)

    assert exchange.sweep_work_folders(hub) >= 1
    assert kit.work_leftovers(hub) == []


EXPORT_KILLS = {
    "mid_encryption": """
        original = bundle_file._inner_payload
        def payload(*a, **k):
            for n, piece in enumerate(original(*a, **k)):
                if n == 4:
                    die()
                yield piece
        bundle_file._inner_payload = payload
    """,
    "before_rename": """
        bundle_file.os.replace = die
    """,
}


@pytest.mark.parametrize("step", sorted(EXPORT_KILLS))
def test_a_killed_export_leaves_no_valid_looking_partial_bundle(sites, step):
    hub, center, usb, people = sites
    center_before = kit.counts(center)

    run_killed(center, EXPORT_KILLS[step], f"ex.export_bundle(svc, {HUB!r}, Path({str(usb)!r}))")

    assert list(usb.glob("*.age")) == []
    leftovers = list(usb.iterdir())
    assert all(p.name.endswith(".age.part") for p in leftovers)
    assert kit.counts(center) == center_before
    assert [e for e in exchange.bundle_log(center) if e.direction == "out"] == []
    if step == "mid_encryption":
        assert leftovers
        with pytest.raises(RoscError):
            exchange.import_bundle(hub, leftovers[0])  # picked by mistake: refused, not half-applied
        assert kit.counts(hub)["participant"] == 0

    out = exchange.export_bundle(center, HUB, usb)
    assert [p.name for p in usb.glob("*.age")] == [out.path.name]
    assert exchange.import_bundle(hub, out.path).new == out.changes
    assert all(kit.row(hub, Participant, p.id) is not None for p in people)


def test_killed_after_the_file_is_written_the_bundle_is_whole_and_the_next_one_covers_it(sites):
    hub, center, usb, people = sites

    run_killed(center, "ex_export.ExportResult = die", f"ex.export_bundle(svc, {HUB!r}, Path({str(usb)!r}))")

    [orphan] = list(usb.glob("*.age"))
    assert [e for e in exchange.bundle_log(center) if e.direction == "out"] == []
    assert exchange.import_bundle(hub, orphan).status == "applied"
    again = exchange.export_bundle(center, HUB, usb)
    assert again.seq_from == 1  # never logged as exported, never acknowledged: sent again
    report = exchange.import_bundle(hub, again.path)
    assert report.new == 0 and report.conflicts == 0


# ------------------------------------------------------------------------------------------------ no plaintext

NAME, PHONE = "Quillon Marchbanks", "555 0142 7781"  # in no template, message or fixture: only in this person's rows

SIGKILL_KILLS = {
    # After the first section is kept, while the next ones are still being decrypted.
    "after_first_section": """
        original = bundle_file._InnerParser._member_done
        def member_done(self):
            original(self)
            if self.sections:
                die()
        bundle_file._InnerParser._member_done = member_done
    """,
    # In the middle of a section (pieces made small so the changes span many): part sealed, part in memory.
    "mid_section": """
        from rosc_desktop.sync import bundle_work
        bundle_work.CHUNK = 200
        original = bundle_work.SealedWriter._seal
        sealed = []
        def seal(self, plain):
            original(self, plain)
            sealed.append(1)
            if len(sealed) == 3:
                die()
        bundle_work.SealedWriter._seal = seal
    """,
    # Every section kept and verified, the import about to plan.
    "all_sections_kept": """
        ex_importing._import_opened = die
    """,
}


def _inflated(data: bytes) -> list[bytes]:
    """Whatever gzip streams start anywhere in `data`, inflated (as far as they go)."""
    out = []
    start = data.find(b"\x1f\x8b\x08")
    while start >= 0:
        inflater = zlib.decompressobj(31)
        try:
            out.append(inflater.decompress(data[start:], 64 << 20))
        except zlib.error:
            pass
        start = data.find(b"\x1f\x8b\x08", start + 1)
    return out


def _files_showing(root: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for text in [data, *_inflated(data)]:
            if any(n in text for n in needles):
                found.append(str(path.relative_to(root)))
                break
    return found


@pytest.mark.parametrize("step", sorted(SIGKILL_KILLS))
def test_kill_9_during_import_leaves_no_participant_data_readable_on_disk(tmp_path, step):
    for hub, center, usb in open_pair(tmp_path):
        person = add_person(center, NAME, phone=PHONE)
        consent_to_hub(center, person.id)
        for i in range(40):  # enough rows that the changes take several sealed pieces in "mid_section"
            add_person(center, f"Filler Person {i}")
        out = exchange.export_bundle(center, HUB, usb)
        needles = [NAME.encode(), PHONE.encode()]
        # The bundle does carry them: a search that could never find anything would prove nothing.
        _, sections = kit.open_bundle(out.path, hub)
        assert any(n in text for text in _inflated(sections[exchange.CHANGES]) for n in needles)
        before = kit.counts(hub)

        die = "os.kill(os.getpid(), signal.SIGKILL)"
        script = PRELUDE.format(repo=str(REPO), site=str(hub.paths.root), password=ADMIN_PASSWORD, killed=KILLED)
        script = script.replace(f"os._exit({KILLED})", f"import signal; {die}")
        script += textwrap.dedent(SIGKILL_KILLS[step]) + f"\nex.import_bundle(svc, {str(out.path)!r})\nos._exit(0)\n"
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
        assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]

        assert kit.work_leftovers(hub), "the kill should have left work files behind"
        assert _files_showing(hub.paths.root, needles) == []
        assert kit.counts(hub) == before
        assert exchange.import_bundle(hub, out.path).status == "applied"
        assert kit.row(hub, Participant, person.id).phone == PHONE
        assert kit.work_leftovers(hub) == []
