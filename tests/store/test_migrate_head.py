"""Signing in at head asks one query and loads no Alembic; behind head, Alembic loads and upgrades as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from rosc_desktop.services.session import sign_in
from rosc_desktop.store import migrate
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def test_the_revisions_read_from_the_scripts_are_alembics() -> None:
    script = ScriptDirectory.from_config(migrate._config())
    revisions, head = migrate.script_revisions()
    assert revisions == {r.revision for r in script.walk_revisions()}
    assert head == script.get_current_head() == migrate.head_revision()


def _loaded_after_sign_in(paths) -> set[str]:  # type: ignore[no-untyped-def]
    code = ("import sys\nfrom pathlib import Path\nfrom rosc_desktop.paths import AppPaths\n"
            "from rosc_desktop.services.session import sign_in\n"
            f"services = sign_in(AppPaths(Path({str(paths.root)!r})), 'ana', {ADMIN_PASSWORD!r})\n"
            "services.close()\n"
            "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.returncode == 0, out.stderr
    return set(out.stdout.split())


def test_signing_in_to_a_database_at_head_does_not_load_alembic(services, paths) -> None:  # type: ignore[no-untyped-def]
    assert migrate.current_revision(services.store) == migrate.head_revision()
    services.close()
    assert _loaded_after_sign_in(paths) == set()


def test_a_database_behind_head_is_still_upgraded_at_sign_in(services, paths) -> None:  # type: ignore[no-untyped-def]
    revisions = sorted(migrate.script_revisions()[0])
    with services.store.engine.begin() as conn:
        command.downgrade(migrate._config(conn), revisions[-2])
    assert migrate.current_revision(services.store) == revisions[-2]
    assert migrate.needs_upgrade(services.store) and not migrate.is_newer_than_app(services.store)
    services.close()
    assert "alembic" in _loaded_after_sign_in(paths)  # the upgrade is what loads it
    again = sign_in(paths, "ana", ADMIN_PASSWORD)
    try:
        assert migrate.current_revision(again.store) == migrate.head_revision()
    finally:
        again.close()


def test_an_unknown_revision_is_newer_than_the_app_and_an_empty_database_has_none(services) -> None:  # type: ignore[no-untyped-def]
    with services.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    assert migrate.current_revision(services.store) == "9999"
    assert migrate.is_newer_than_app(services.store)
    with services.store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alembic_version")
    assert migrate.current_revision(services.store) is None and not migrate.is_newer_than_app(services.store)
