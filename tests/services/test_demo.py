"""Demo data: the people who get plans also get a support network that grew over time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rosc_desktop.paths import resolve
from rosc_desktop.services.demo import DEMO_PLANS, build_demo_database
from rosc_desktop.services.session import sign_in


def test_demo_people_with_plans_have_a_network_with_history(tmp_path: Path) -> None:
    paths = resolve(tmp_path, demo=True)
    paths.ensure()
    build_demo_database(paths, participants=DEMO_PLANS + 5, seed=3)
    services = sign_in(paths, "admin", "demo")
    try:
        ids = services.participants.search("").ids
        with_plans, without = ids[:DEMO_PLANS], ids[DEMO_PLANS:]
        kinds: set[str] = set()
        domains: set[str] = set()
        removed = rated = linked = grown = 0
        for pid in with_plans:
            snapshot = services.network.snapshot(pid)
            assert 4 <= len(snapshot.members) <= 20  # 5–20 drawn, one of them may have left
            kinds |= {m.kind for m in snapshot.members}
            domains |= {m.domain for m in snapshot.members}
            linked += bool(snapshot.links)
            history = services.network.history_dates(pid)
            assert history[-1] <= date.today()
            every = [services.network.member(m.id) for m in snapshot.members]
            rated += sum(m.last_rating is not None and m.last_rating.check_in_id is not None for m in every)
            removed += len(services.network.metrics_over_time(pid)) > 0 and any(
                m.removed_on for m in _all_members(services, pid))
            change = services.network.change_since_intake(pid)
            assert change is not None
            grown += change.now.members > change.baseline.members
        assert kinds == {"person", "group", "organisation"}
        assert len(domains) >= 8
        assert removed >= DEMO_PLANS // 2 and linked >= DEMO_PLANS // 2
        assert rated >= 10 and grown >= DEMO_PLANS // 2
        assert all(services.network.change_since_intake(pid) is None for pid in without)
    finally:
        services.close()


def _all_members(services, pid):  # type: ignore[no-untyped-def]
    # Members who left are not on today's map; the member read still finds them.
    from rosc_desktop.model import NetworkMember

    with services.store.read() as session:
        from sqlmodel import select

        ids = session.exec(select(NetworkMember.id).where(NetworkMember.participant_id == pid)).all()
    return [services.network.member(i) for i in ids]
