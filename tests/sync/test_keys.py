"""Site identity and trust: keys made once, fingerprints read aloud, cards enrolled only after a matching
read-back, signatures, age encryption to current + next keys, rotation announced under the old key, and no
private key ever in the audit trail or the outbox."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage
import pytest
from sqlmodel import select

from rosc_desktop.errors import PermissionDenied, RoscError
from rosc_desktop.model import AuditEvent, OutboxEntry, SiteIdentity, TrustedPeer
from rosc_desktop.paths import AppPaths
from rosc_desktop.sync import keys
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    from rosc_desktop.services.session import create_center

    svc, _ = create_center(AppPaths(tmp_path / "hub").ensure(), center_name="County Hub", site_code="HUB-1",
                           admin_username="hana", admin_display_name="Hana Ito", password=ADMIN_PASSWORD)
    yield svc
    svc.close()


def _enrol_each_other(services, hub):  # type: ignore[no-untyped-def]
    hub_card = keys.trust_card(hub)
    center_card = keys.trust_card(services)
    peer_hub = keys.enrol(services, hub_card.card_text, hub_card.fingerprint.lower(), hub_card.role)
    peer_center = keys.enrol(hub, center_card.card_text, center_card.fingerprint, "center")
    return peer_hub, peer_center


def _secrets(services) -> list[str]:  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        rows = session.exec(select(SiteIdentity)).all()
        return [s for r in rows for s in (r.age_identity, r.ed25519_private,
                                          r.age_identity.lower(), r.age_identity[len("AGE-SECRET-KEY-1"):])]


def test_identity_is_created_once_and_stays(services):  # type: ignore[no-untyped-def]
    first = keys.ensure_identity(services)
    again = keys.ensure_identity(services)
    assert first == again
    assert first.age_recipient.startswith("age1") and first.status == "current"
    with services.store.read() as session:
        rows = session.exec(select(SiteIdentity)).all()
    assert len(rows) == 1 and rows[0].age_identity.startswith("AGE-SECRET-KEY-1")


def test_fingerprint_is_stable_and_readable(services):  # type: ignore[no-untyped-def]
    ident = keys.ensure_identity(services)
    ed = keys._unb64(ident.ed25519_public_b64)
    fp = keys.fingerprint(ed, ident.age_recipient)
    assert fp == keys.fingerprint(ed.hex(), ident.age_recipient) == ident.fingerprint
    groups = fp.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups) and len(fp.replace(" ", "")) == 32
    other = keys.fingerprint(bytes(32), ident.age_recipient)
    assert other != fp


def test_card_round_trip(services):  # type: ignore[no-untyped-def]
    card = keys.trust_card(services)
    assert card.site_code == "HL-01" and card.site_name == "Harbor Light" and card.role == "center"
    assert card.card_text.startswith("ROSC1:HL-01:center:age1")
    data = keys.parse_card(card.card_text)
    assert data.site_code == "HL-01" and data.name == "Harbor Light" and data.role == "center"
    assert data.age_recipients == card.age_recipients
    assert data.fingerprint == card.fingerprint
    assert keys._b64(data.ed25519_public) == card.ed25519_public_b64


@pytest.mark.parametrize("text", [
    "", "hello", "ROSC2:HL-01:center:age1x:AAAA", "ROSC1:HL-01:center",
    "ROSC1:HL 01:center:{age}:{ed}", "ROSC1:HL-01:boss:{age}:{ed}", "ROSC1:HL-01:center:age1nope:{ed}",
    "ROSC1:HL-01:center:{age}:!!!", "ROSC1:HL-01:center:{age}:AAAA", "ROSC1:HL-01:center:{badage}:{ed}",
])
def test_malformed_card_is_refused(services, text):  # type: ignore[no-untyped-def]
    card = keys.trust_card(services)
    age = card.age_recipients[0]
    bad_checksum = age[:-1] + ("q" if age[-1] != "q" else "p")
    with pytest.raises(RoscError) as err:
        keys.parse_card(text.format(age=age, ed=card.ed25519_public_b64, badage=bad_checksum))
    assert err.value.code == "card_malformed"


def test_wrong_read_back_enrols_nothing(services, hub):  # type: ignore[no-untyped-def]
    card = keys.trust_card(hub)
    wrong = keys.fingerprint(bytes(32), card.age_recipients[0])
    with pytest.raises(RoscError) as err:
        keys.enrol(services, card.card_text, wrong, "center")
    assert err.value.code == "fingerprint_mismatch"
    with services.store.read() as session:
        assert session.exec(select(TrustedPeer)).all() == []


def test_read_back_ignores_spaces_and_case(services, hub):  # type: ignore[no-untyped-def]
    card = keys.trust_card(hub)
    peer = keys.enrol(services, card.card_text, "  " + card.fingerprint.lower().replace(" ", "") + " ", "center")
    assert peer.site_code == "HUB-1" and peer.verified_by == "ana" and peer.verified_how == "read back by phone"
    assert keys.peers(services)[0].fingerprint == card.fingerprint


def test_key_change_for_known_site_is_refused(services, hub, tmp_path):  # type: ignore[no-untyped-def]
    from rosc_desktop.services.session import create_center

    card = keys.trust_card(hub)
    keys.enrol(services, card.card_text, card.fingerprint, "center")
    impostor, _ = create_center(AppPaths(tmp_path / "imp").ensure(), center_name="County Hub", site_code="HUB-1",
                                admin_username="eve", admin_display_name="Eve", password=ADMIN_PASSWORD)
    try:
        fake = keys.trust_card(impostor)
    finally:
        impostor.close()
    with pytest.raises(RoscError) as err:
        keys.enrol(services, fake.card_text, fake.fingerprint, "center")
    assert err.value.code == "peer_key_changed"
    assert keys.peer(services, "HUB-1").fingerprint == card.fingerprint
    replaced = keys.enrol(services, fake.card_text, fake.fingerprint, "center", replace=True)
    assert replaced.fingerprint == fake.fingerprint


def test_role_on_card_must_match(services, hub):  # type: ignore[no-untyped-def]
    card = keys.trust_card(hub)
    with pytest.raises(RoscError) as err:
        keys.enrol(services, card.card_text, card.fingerprint, "hub")
    assert err.value.code == "peer_role_mismatch"


def test_signature_verifies_and_a_flipped_byte_fails(services, hub):  # type: ignore[no-untyped-def]
    _, center_at_hub = _enrol_each_other(services, hub)
    data = b"manifest bytes"
    sig = keys.sign(services, data)
    assert keys.verify(center_at_hub, data, sig)
    flipped = bytearray(sig)
    flipped[5] ^= 0x01
    assert not keys.verify(center_at_hub, data, bytes(flipped))
    assert not keys.verify(center_at_hub, data + b"!", sig)


def test_age_encryption_to_peer_opens_with_its_identity(services, hub):  # type: ignore[no-untyped-def]
    hub_at_center, _ = _enrol_each_other(services, hub)
    ciphertext = pyrage.encrypt(b"bundle", keys.recipients_for(hub_at_center))
    assert pyrage.decrypt(ciphertext, keys.age_identities(hub)) == b"bundle"
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(ciphertext, keys.age_identities(services))


def test_rotation_accepted_only_with_old_key_signature(services, hub):  # type: ignore[no-untyped-def]
    hub_at_center, center_at_hub = _enrol_each_other(services, hub)
    new = keys.rotate(services)
    assert keys.rotate(services) == new  # one next identity at a time
    announcement = keys.announce_rotation(services)
    assert "AGE-SECRET" not in json.dumps(announcement)

    forged = dict(announcement, new_age_recipient=keys.ensure_identity(hub).age_recipient)
    with pytest.raises(RoscError) as err:
        keys.accept_rotation(hub, "HL-01", forged)
    assert err.value.code == "rotation_bad_signature"
    # An announcement signed by a key the hub does not trust (here: the new key itself) is refused too.
    with pytest.raises(RoscError) as err:
        keys.accept_rotation(hub, "HL-01", dict(announcement, old_ed25519_public=announcement["new_ed25519_public"]))
    assert err.value.code == "rotation_invalid"
    with pytest.raises(RoscError) as err:
        keys.accept_rotation(hub, "HL-01", {"kind": "rosc-key-rotation"})
    assert err.value.code == "rotation_invalid"
    assert keys.peer(hub, "HL-01").age_recipients == center_at_hub.age_recipients

    peer = keys.accept_rotation(hub, "HL-01", announcement)
    assert peer.age_recipients == [center_at_hub.age_recipients[0], new.age_recipient]
    # During the overlap: encrypted to both, either identity opens it; the new key's signature verifies.
    ciphertext = pyrage.encrypt(b"overlap", keys.recipients_for(peer))
    for identity in keys.age_identities(services):
        assert pyrage.decrypt(ciphertext, [identity]) == b"overlap"
    keys.finish_rotation(services)
    assert keys.verify(peer, b"x", keys.sign(services, b"x"))
    done = keys.promote_peer_rotation(hub, "HL-01")
    assert done.age_recipients == [new.age_recipient] and done.fingerprint == new.fingerprint


def test_private_keys_never_reach_audit_or_outbox(services, hub):  # type: ignore[no-untyped-def]
    _enrol_each_other(services, hub)
    keys.rotate(services)
    keys.accept_rotation(hub, "HL-01", keys.announce_rotation(services))
    keys.finish_rotation(services)
    for svc in (services, hub):
        secrets = _secrets(svc)
        assert secrets
        with svc.store.read() as session:
            audit = json.dumps([e.model_dump(mode="json") for e in session.exec(select(AuditEvent)).all()])
            outbox = json.dumps([e.model_dump(mode="json") for e in session.exec(select(OutboxEntry)).all()])
        assert "site_identity_created" in audit
        for secret in secrets:
            assert secret not in audit
            assert secret not in outbox
        assert "site_identity" not in outbox and "trusted_peer" not in outbox


def test_only_admins_manage_keys(services, staff_services):  # type: ignore[no-untyped-def]
    coordinator = staff_services("coordinator")
    for call in (lambda: keys.ensure_identity(coordinator), lambda: keys.trust_card(coordinator),
                 lambda: keys.sign(coordinator, b"x"), lambda: keys.rotate(coordinator),
                 lambda: keys.enrol(coordinator, keys.trust_card(services).card_text, "x", "center")):
        with pytest.raises(PermissionDenied):
            call()
