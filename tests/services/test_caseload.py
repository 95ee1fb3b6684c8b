"""Caseloads: a primary peer specialist per person, changed with history kept; "My people"; sizes per staff."""

from __future__ import annotations

from datetime import timedelta

import pytest

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.session import sign_in

TEMP = "Ocean-Lantern-42"


def test_assigning_keeps_history_and_my_people_lists_the_least_recently_seen_first(services, paths) -> None:  # type: ignore[no-untyped-def]
    lee = services.staff.add("lee", "Lee Park", "peer_specialist", TEMP, temporary=False)
    kim = services.staff.add("kim", "Kim Ode", "peer_specialist", TEMP, temporary=False)
    seen = services.participants.register(ParticipantInput("Seen Recently"))
    unseen = services.participants.register(ParticipantInput("Never Seen"))
    moved = services.participants.register(ParticipantInput("Moved Over"))
    services.checkins.record(seen.id, CheckInInput(occurred_at=utc_now() - timedelta(days=2)))
    for person in (seen, unseen, moved):
        services.caseload.assign(person.id, lee.id)
    services.caseload.assign(moved.id, kim.id)

    assert services.caseload.primary(moved.id).display_name == "Kim Ode"
    history = services.caseload.history(moved.id)
    assert [(name, end is None) for name, _start, end in history] == [("Kim Ode", True), ("Lee Park", False)]

    as_lee = sign_in(paths, "lee", TEMP)
    try:
        mine = as_lee.caseload.mine()
        assert [r.preferred_name for r in mine] == ["Never Seen", "Seen Recently"]
        assert mine[0].last_contact is None and mine[1].last_contact is not None
        assert as_lee.caseload.caseload_ids() == {seen.id, unseen.id}
        with pytest.raises(RoscError):
            as_lee.caseload.sizes()  # peer specialists do not see others' caseloads
    finally:
        as_lee.close()
    sizes = {s.display_name: s.people for s in services.caseload.sizes()}
    assert sizes == {"Ana Ruiz": 0, "Kim Ode": 1, "Lee Park": 2}

    services.caseload.assign(seen.id, None)
    assert services.caseload.primary(seen.id) is None
    # Someone who leaves leaves no caseload behind them, and takes on nobody new.
    services.staff.deactivate("kim")
    assert services.caseload.primary(moved.id) is None
    with pytest.raises(ValidationError):
        services.caseload.assign(seen.id, kim.id)
