"""Names that arrive by bundle passed no form here: control and text-direction characters are dropped on the
way in, as a form would have dropped them, so a hostile or careless sender cannot reorder a name on screen or
paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from rosc_desktop.model import Participant
from tests.sync.kit import row
from tests.sync.sites import add_person, carry, consent_to_hub, open_pair


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    yield from open_pair(tmp_path)


def test_a_name_with_a_direction_override_arrives_without_it(pair) -> None:  # type: ignore[no-untyped-def]
    hub, center, usb = pair
    person = add_person(center, "Dana Example")
    consent_to_hub(center, person.id)
    # Written past the form (as a modified or older app could): a right-to-left override and a bell.
    with center.store.write() as session:
        stored = session.get(Participant, person.id)
        stored.preferred_name = "Dana \u202eelpmaxE\u0007"
        session.add(stored)
    carry(center, hub, usb)
    at_hub = row(hub, Participant, person.id)
    assert at_hub is not None
    assert at_hub.preferred_name == "Dana elpmaxE"
