"""Private keys are encrypted at rest on both stores: SQLCipher encrypts a center's whole file; on a PostgreSQL hub
(whose server keeps rows in the clear) each secret is sealed under the account-wrapped store key."""

from __future__ import annotations

import psycopg
import pytest

from rosc_desktop.errors import RoscError
from rosc_desktop.sync import exchange, keys
from tests.sync.sites import add_person, link


def _stored_secrets(hub) -> list[str]:  # type: ignore[no-untyped-def]
    # Read straight from the server, as anyone with database access (or a dump) would.
    url = hub.store.engine.url.set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        return [v for row in conn.execute("SELECT age_identity, ed25519_private FROM site_identity") for v in row]


def test_postgres_hub_keeps_its_private_keys_sealed(hub_services_factory, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hub = hub_services_factory("HUB-1", is_hub=True, backend="postgresql")
    center = hub_services_factory("AAA-1", is_hub=False)
    link(center, hub)
    stored = _stored_secrets(hub)
    assert stored and all(v.startswith("sealed1:") for v in stored)
    assert not any("AGE-SECRET-KEY" in v for v in stored)
    # Sealed keys still open bundles and sign them.
    add_person(center, "Person One")
    usb = tmp_path / "usb"
    usb.mkdir()
    report = exchange.import_bundle(hub, exchange.export_bundle(center, "HUB-1", usb).path, backup=False)
    assert report.status == "applied" and report.new >= 1
    back = exchange.export_bundle(hub, "AAA-1", usb)
    assert exchange.import_bundle(center, back.path, backup=False).status == "applied"
    assert str(keys.age_identities(hub)[0]).startswith("AGE-SECRET-KEY-1")


def test_sealed_key_under_another_store_key_is_refused(hub_services_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hub = hub_services_factory("HUB-1", is_hub=True, backend="postgresql")
    keys.ensure_identity(hub)
    monkeypatch.setattr(type(hub.store), "key", property(lambda self: b"\x01" * 32))
    with pytest.raises(RoscError) as e:
        keys.age_identities(hub)
    assert e.value.code == "site_keys_unreadable"


def test_center_file_keeps_keys_inside_the_encrypted_database(hub_services_factory) -> None:  # type: ignore[no-untyped-def]
    center = hub_services_factory("AAA-1", is_hub=False)
    keys.ensure_identity(center)
    raw = center.store.path.read_bytes()
    secret = str(keys.age_identities(center)[0])
    assert secret.encode() not in raw and b"AGE-SECRET-KEY" not in raw
