"""The hub witnesses each center's audit chain: a chain rewritten whole after a sync (every hash recomputed, so
it verifies on its own, and the keyring's witness moved along) is noticed at the next sync, on both sides."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from rosc_desktop.model import AuditEvent
from rosc_desktop.services import audit
from tests.sync.sites import add_person, carry, open_pair


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    yield from open_pair(tmp_path)


def _rewrite_whole_chain(svc) -> None:  # type: ignore[no-untyped-def]
    """What someone holding the key could do: change an early event and recompute every hash after it."""
    with svc.store.write() as session:
        events = list(session.exec(select(AuditEvent).order_by(AuditEvent.seq)))
        events[1].actor = "somebody-else"
        previous = audit.GENESIS
        for event in events:
            event.prev_hash = previous
            event.hash = audit.event_hash(event)
            previous = event.hash
            session.add(event)
    svc.keyring.audit_head = audit.head(svc.store)  # the witness on this computer moved along too
    with svc.store.read() as session:
        assert audit.verify(session, svc.keyring.audit_head).ok  # the chain alone cannot tell: it is consistent


def _problems(svc) -> list[str]:  # type: ignore[no-untyped-def]
    return [problem for problem, _details in svc.health.check().problems]


def test_a_rewrite_after_a_sync_is_noticed_at_the_next_one(pair) -> None:  # type: ignore[no-untyped-def]
    hub, center, usb = pair
    add_person(center)
    assert "audit_chain_rewritten" not in carry(center, hub, usb).notices  # the hub records the head
    assert "audit_chain_rewritten" not in carry(hub, center, usb).notices  # and echoes it back
    assert _problems(center) == []

    _rewrite_whole_chain(center)

    # The center's check compares with the hub's echo, held since the last sync.
    assert "audit_witness" in _problems(center)
    # The center's next bundle shows the hub the rewrite.
    at_hub = carry(center, hub, usb)
    assert "audit_chain_rewritten" in at_hub.notices
    with hub.store.read() as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "audit_chain_rewritten")).first()


def test_no_notice_when_nothing_was_rewritten(pair) -> None:  # type: ignore[no-untyped-def]
    hub, center, usb = pair
    for round_ in range(3):
        add_person(center, f"Person {round_}")
        assert "audit_chain_rewritten" not in carry(center, hub, usb).notices
        assert "audit_chain_rewritten" not in carry(hub, center, usb).notices
    assert _problems(center) == [] and _problems(hub) == []


def test_the_hub_learns_only_numbers_and_hashes(pair) -> None:  # type: ignore[no-untyped-def]
    hub, center, usb = pair
    add_person(center)
    carry(center, hub, usb)
    with hub.store.read() as session:
        details = session.exec(text("SELECT details FROM sync_peer_state WHERE site_code = :c"),
                               params={"c": center.store.site_code}).one()[0]
    assert "audit" in details and "ana" not in details and "Dana" not in details
