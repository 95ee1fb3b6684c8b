"""`rosc-desktop staff …` and `center …`: a center's admin runs the accounts and the center's details from a terminal."""

from __future__ import annotations

import json

import pytest

from rosc_desktop.cli import main
from rosc_desktop.services.session import sign_in
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def run(services, paths, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """`main()` for the fixture's center (admin 'ana'): (exit code, standard output, standard error)."""
    services.close()  # the terminal works on the same folder; the fixture's window is not needed
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)

    def call(*args: str, new_password: str | None = None) -> tuple[int, str, str]:
        if new_password is not None:
            monkeypatch.setenv("ROSC_NEW_PASSWORD", new_password)
        code = main(["--data-dir", str(paths.root), *args, "--user", "ana"])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_staff_from_the_terminal(run, paths) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("staff", "add", "lee", "--name", "Lee Park", "--role", "peer", new_password="Lantern-Blue-7")
    assert code == 0 and "first sign-in" in out
    code, _, err = run("staff", "add", "LEE", "--name", "Lee Again", "--role", "peer", new_password="Lantern-Blue-7")
    assert code == 2 and "already taken" in err and "Traceback" not in err
    code, _, err = run("staff", "add", "kim", "--name", "Kim", "--role", "admin", new_password="password1")
    assert code == 2 and "anybody would try" in err

    code, out, _ = run("staff", "list")
    assert "lee" in out and "temporary password" in out and "never" in out
    code, out, _ = run("staff", "set-role", "lee", "coordinator")
    assert code == 0 and "lee is now coordinator" in out
    code, _, err = run("staff", "set-role", "ana", "peer")
    assert code == 2 and "last active admin" in err
    code, out, _ = run("staff", "reset-password", "lee", new_password="Harbor-Night-9")
    assert code == 0
    sign_in(paths, "lee", "Harbor-Night-9").close()

    code, out, err = run("staff", "deactivate", "lee")
    assert code == 0 and "switched off" in out and "Changing the database key" in err
    code, out, _ = run("staff", "list", "--json")
    assert {m["username"]: m["active"] for m in json.loads(out)} == {"ana": True, "lee": False}
    code, _, err = run("staff", "deactivate", "ana")
    assert code == 2 and "your own account" in err


def test_the_centers_details_from_the_terminal(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("center", "set", "--address", "12 Pier Road, Portland ME", "--phone", "207 555 0100",
                       "--hours", "Mon–Fri 9–5", "--website", "https://harborlight.example.org")
    assert code == 0 and "207 555 0100" in out
    code, out, _ = run("center", "show", "--json")
    shown = json.loads(out)
    assert shown["address"] == "12 Pier Road, Portland ME" and shown["name"] == "Harbor Light"
    code, _, err = run("center", "set", "--phone", "call us")
    assert code == 2 and "digits" in err
    code, _, err = run("center", "set")
    assert code == 2 and "--phone" in err
