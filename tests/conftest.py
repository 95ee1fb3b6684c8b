"""Every test gets its own data folder; Qt runs offscreen; key derivation is made cheap for speed.

The real Argon2id cost (64 MiB, 3 passes) is exercised by tests that say so; the rest use a tiny cost so the
suite stays quick. Nothing here touches a person's real data folder.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from rosc_desktop.paths import AppPaths  # noqa: E402
from rosc_desktop.store import keyring as keyring_module  # noqa: E402
from rosc_desktop.store.keyring import KdfParams  # noqa: E402

CHEAP_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8)
ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROSC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setattr(keyring_module, "DEFAULT_KDF", CHEAP_KDF)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data").ensure()


@pytest.fixture
def services(paths: AppPaths):  # type: ignore[no-untyped-def]
    """A fresh center 'Harbor Light' (site HL-01) with admin 'ana', signed in."""
    from rosc_desktop.services.session import create_center

    svc, _recovery = create_center(
        paths,
        center_name="Harbor Light",
        site_code="HL-01",
        admin_username="ana",
        admin_display_name="Ana Ruiz",
        password=ADMIN_PASSWORD,
    )
    yield svc
    svc.close()


@pytest.fixture
def staff_services(services, paths):  # type: ignore[no-untyped-def]
    """Sign in as a given role: `staff_services("peer_specialist")` returns that person's Services."""
    from rosc_desktop.services.session import sign_in

    opened = []

    def make(role: str):  # type: ignore[no-untyped-def]
        username = f"{role.replace('_', '-')}"
        services.accounts.create_staff(username, f"Test {role}", role, "password-" + role)
        svc = sign_in(paths, username, "password-" + role)
        opened.append(svc)
        return svc

    yield make
    for svc in opened:
        svc.close()
