"""`rosc-desktop sync identity --out FILE`: an admin writes the site's secret age identity so the standard `age`
tool opens a bundle sent here (DESIGN.md §4), with a warning, owner-only, and never over an existing file.
Without the `age` tool these tests fail, never skip: `./rosc test` installs it."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.cli import main
from rosc_desktop.model.audit import AuditEvent
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.session import sign_in
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import exchange, keys
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import HUB, add_person, consent_to_hub, open_pair


def age_tool() -> str:
    path = shutil.which("age")
    if path is None:
        pytest.fail("the `age` command-line tool is missing: run ./rosc test (it installs Debian's `age`)",
                    pytrace=False)
    return path


@pytest.fixture
def run(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    def call(root: Path, *args: str, user: str = "admin", password: str = ADMIN_PASSWORD) -> tuple[int, str, str]:
        monkeypatch.setenv("ROSC_PASSWORD", password)
        code = main(["--data-dir", str(root), *args, "--user", user])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_the_written_identity_opens_a_bundle_with_the_age_tool(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    tool = age_tool()
    pair = open_pair(tmp_path)
    hub, center, usb = next(pair)
    dana = add_person(center, "Dana Example")
    consent_to_hub(center, dana.id)
    bundle = exchange.export_bundle(center, HUB, usb).path
    hub_root = hub.paths.root
    pair.close()  # both sites signed out: the command signs in on its own
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    target = private / "hub-identity.txt"

    code, out, err = run(hub_root, "sync", "identity", "--out", str(target))

    assert code == 0, err
    assert "opens every bundle sent to this site" in err and "WARNING" in err
    assert f"age -d -i {target}" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in private.iterdir()] == ["hub-identity.txt"]  # no temporary file left beside it
    opened = subprocess.run([tool, "-d", "-i", str(target), str(bundle)], capture_output=True)
    assert opened.returncode == 0, opened.stderr.decode()
    assert opened.stdout.startswith(bundle_file.MAGIC)

    # The same file again, or a folder that is not there: refused in words, the file as it was.
    written = target.read_bytes()
    code, _, err = run(hub_root, "sync", "identity", "--out", str(target))
    assert code == 2 and "already exists: nothing was written" in err and "Traceback" not in err
    assert target.read_bytes() == written
    code, _, err = run(hub_root, "sync", "identity", "--out", str(tmp_path / "no-stick" / "id.txt"))
    assert code == 2 and "does not exist" in err and not (tmp_path / "no-stick").exists()

    services = sign_in(AppPaths(hub_root), "admin", ADMIN_PASSWORD, make_backup=False)
    try:
        with services.store.read() as session:
            events = session.exec(select(AuditEvent).where(AuditEvent.action == "site_identity_exported")).all()
        assert len(events) == 1  # the export, not the refusals
        assert str(keys.age_identities(services)[0]) not in str(events[0].model_dump())
    finally:
        services.close()


def test_only_an_admin_may_write_the_identity(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    pair = open_pair(tmp_path)
    _hub, center, _usb = next(pair)
    center.accounts.create_staff("casey", "Casey Coordinator", "coordinator", "password-coord")
    root = center.paths.root
    pair.close()
    target = tmp_path / "center-identity.txt"

    code, _, err = run(root, "sync", "identity", "--out", str(target), user="casey", password="password-coord")

    assert code == 2 and "A coordinator may not exchange bundles or manage sync keys: ask an admin." in err
    assert "manage_sync" not in err and not target.exists()  # the permission in words, not its code

