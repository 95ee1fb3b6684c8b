"""Property: whatever the centers and the hub do, and however the sticks travel (lost, copied twice, out of order),
one round of ordinary exchanges afterwards brings every site to the same picture with no version lost.
"""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from rosc_desktop.model import OutboxEntry, Participant
from rosc_desktop.model.types import utc_now
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.directory import PartnerInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.session import sign_in
from rosc_desktop.sync import exchange
from rosc_desktop.sync.profiles import PROFILE_CENTER, tables_for
from tests.conftest import ADMIN_PASSWORD
from tests.sync import kit
from tests.sync.sites import add_person, consent_to_hub, link, make_site

HUB = "HUB-1"
CENTERS = ("HL-01", "HL-02", "HL-03")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A hub and three centers enrolled with each other, made once; each example works on a fresh copy."""
    from rosc_desktop.store import keyring

    from tests.conftest import CHEAP_KDF

    root = tmp_path_factory.mktemp("convergence") / "template"
    # Module scope runs before the per-test isolation fixture: do its part here (SQLite sites, cheap keys).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyring, "DEFAULT_KDF", CHEAP_KDF)
        patch.delenv("ROSC_DATABASE_URL", raising=False)
        hub = make_site(root, HUB, is_hub=True)
        centers = [make_site(root, code) for code in CENTERS]
        for c in centers:
            link(c, hub)
        for svc in (hub, *centers):
            svc.store.checkpoint()
            svc.close()
    return root


site_index = st.integers(0, len(CENTERS) - 1)
operation = st.one_of(
    st.tuples(st.just("register"), site_index, st.booleans()),
    st.tuples(st.just("phone"), site_index, st.integers(0, 5)),
    st.tuples(st.just("consent"), site_index, st.integers(0, 5)),
    st.tuples(st.just("checkin"), site_index, st.integers(0, 5)),
    st.tuples(st.just("partner"), st.just(0), st.integers(0, 3)),
    st.tuples(st.just("export_center"), site_index, st.just(0)),
    st.tuples(st.just("export_hub"), site_index, st.just(0)),
    st.tuples(st.just("deliver"), st.integers(0, 30), st.booleans()),
)


class World:
    def __init__(self, root, usb, count: int) -> None:  # type: ignore[no-untyped-def]
        self.hub = sign_in(AppPaths(root / HUB), "admin", ADMIN_PASSWORD, make_backup=False)
        self.centers = [sign_in(AppPaths(root / code), "admin", ADMIN_PASSWORD, make_backup=False)
                        for code in CENTERS[:count]]
        self.usb = usb
        self.people: list[list[str]] = [[] for _ in self.centers]
        self.in_flight: list[tuple[object, object]] = []  # (destination services, bundle path)
        self.phone = 100

    def close(self) -> None:
        for svc in (self.hub, *self.centers):
            svc.close()

    def apply(self, op: tuple[str, int, object]) -> None:
        kind, i, arg = op
        if kind == "deliver":
            if not self.in_flight:
                return
            index = i % len(self.in_flight)
            dest, path = self.in_flight[index] if arg else self.in_flight.pop(index)  # arg: keep a copy
            exchange.import_bundle(dest, path, backup=False)
            return
        if kind == "partner":
            partners = self.hub.directory.partners()
            if arg < len(partners):
                p = partners[arg]
                self.hub.directory.save_partner(PartnerInput(name=p.name + " x"), p.id, p.version)
            else:
                self.hub.directory.save_partner(PartnerInput(name=f"Partner {len(partners)}"))
            return
        if i >= len(self.centers):
            return
        center, people = self.centers[i], self.people[i]
        if kind == "register":
            p = add_person(center, f"Person {i}-{len(people)}")
            people.append(p.id)
            if arg:
                consent_to_hub(center, p.id)
        elif kind == "export_center":
            self.in_flight.append((self.hub, exchange.export_bundle(center, HUB, self.usb).path))
        elif kind == "export_hub":
            self.in_flight.append((center, exchange.export_bundle(self.hub, CENTERS[i], self.usb).path))
        elif people:
            pid = people[int(arg) % len(people)]  # type: ignore[call-overload]
            if kind == "phone":
                self.phone += 1
                view = center.participants.open(pid)
                data = ParticipantInput(**(view.as_input().__dict__ | {"phone": f"555 0{self.phone}"}))
                center.participants.update(pid, data, view.version)
            elif kind == "consent":
                consent_to_hub(center, pid, on=date.today())
            elif kind == "checkin":
                center.checkins.record(pid, CheckInInput(occurred_at=utc_now()))

    def heal(self) -> None:
        for center in self.centers:
            exchange.import_bundle(self.hub, exchange.export_bundle(center, HUB, self.usb).path, backup=False)
        for code, center in zip(CENTERS, self.centers):
            exchange.import_bundle(center, exchange.export_bundle(self.hub, code, self.usb).path, backup=False)


def check_converged(world: World) -> None:
    travels = tables_for(PROFILE_CENTER)
    hub_state = kit.state(world.hub)
    assert exchange.conflicts(world.hub) == []
    hub_partners = sorted((p.id, p.name, p.version) for p in world.hub.directory.partners())
    for code, center in zip(CENTERS, world.centers):
        assert exchange.conflicts(center) == []
        for table, rows in kit.state(center).items():
            if table not in travels:
                continue
            for row_id, (version, hlc, gone) in rows.items():
                owner = kit.row(center, kit.synced_models()[table], row_id).owner_site
                if owner == code:
                    assert hub_state[table].get(row_id) == (version, hlc, gone), (code, table)
        shared = exchange.shareable_kinds(center)
        with center.store.read() as session:
            people = session.exec(select(Participant)).all()
            sent = set(session.exec(select(OutboxEntry.seq).where(
                OutboxEntry.origin == code, OutboxEntry.table_name.in_(travels))).all())  # type: ignore[attr-defined]
        for p in people:
            at_hub = kit.row(world.hub, Participant, p.id)
            expected = p.preferred_name if "contact" in shared.get(p.id, ()) else ""
            assert at_hub.preferred_name == expected, (code, p.id)
        assert sent <= kit.received(world.hub, code)
        assert sorted((p.id, p.name, p.version) for p in center.directory.partners()) == hub_partners


# A longer hunt: ROSC_CONVERGENCE_EXAMPLES=500 ./rosc test tests/sync/test_convergence.py
@settings(max_examples=int(os.environ.get("ROSC_CONVERGENCE_EXAMPLES", "25")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(count=st.integers(2, 3), ops=st.lists(operation, max_size=25))
def test_random_edits_and_random_delivery_converge_after_one_round(template, tmp_path_factory, count, ops):
    root = tmp_path_factory.mktemp("example")
    shutil.copytree(template, root / "sites")
    usb = root / "usb"
    usb.mkdir()
    world = World(root / "sites", usb, count)
    try:
        for op in ops:
            world.apply(op)
        world.heal()
        check_converged(world)
    finally:
        world.close()
