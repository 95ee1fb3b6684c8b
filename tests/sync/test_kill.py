"""A power cut during import or export: a real process is killed (os._exit) at a chosen step.

Each case runs the engine in a subprocess on the test's own data folders, with one function patched to end the
process abruptly at that step; no cleanup code, `finally` or `atexit` runs. The test then checks what a person
restarting the app would find.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
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
    # Plaintext of the first section is on disk in sync-work when the process dies.
    "mid_decrypt": """
        original = bundle_file._InnerParser._member_done
        def member_done(self):
            original(self)
            if self.sections:
                die()
        bundle_file._InnerParser._member_done = member_done
    """,
    "during_backup": """
        ex._backup = die
    """,
    "during_write_rows": """
        original = ex._write_rows
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
        ex._write_rows = write_rows
    """,
    "before_commit": """
        original = ex._apply_redactions
        def redactions(session, redact, *rest):
            original(session, redact, *rest)
            session.flush()
            die()
        ex._apply_redactions = redactions
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
        assert kit.work_leftovers(hub), "the kill should have left plaintext for the sweep to find"
    report = exchange.import_bundle(hub, out.path)
    assert report.status == "applied" and report.new == out.changes
    assert all(kit.row(hub, Participant, p.id).preferred_name == p.preferred_name for p in people)
    assert kit.work_leftovers(hub) == []


def test_killed_after_commit_the_next_import_is_a_replay(sites):
    hub, center, usb, people = sites
    out = exchange.export_bundle(center, HUB, usb)

    run_killed(hub, "ex._after_apply = die", f"ex.import_bundle(svc, {str(out.path)!r})")

    assert all(kit.row(hub, Participant, p.id) is not None for p in people)
    counts = kit.counts(hub)
    assert exchange.import_bundle(hub, out.path).status == "replay"
    assert kit.counts(hub) == counts


def test_sweep_removes_plaintext_a_killed_import_left(sites):
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

    run_killed(center, "ex.ExportResult = die", f"ex.export_bundle(svc, {HUB!r}, Path({str(usb)!r}))")

    [orphan] = list(usb.glob("*.age"))
    assert [e for e in exchange.bundle_log(center) if e.direction == "out"] == []
    assert exchange.import_bundle(hub, orphan).status == "applied"
    again = exchange.export_bundle(center, HUB, usb)
    assert again.seq_from == 1  # never logged as exported, never acknowledged: sent again
    report = exchange.import_bundle(hub, again.path)
    assert report.new == 0 and report.conflicts == 0
