"""Consent scoping of what leaves a center: the bundle is decrypted with the hub's key and every section searched.

Each person carries distinctive strings in every identifying field; a string may appear in a bundle only for a
person whose current consent names the hub and covers that kind of information.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlmodel import select

from rosc_desktop import clock
from rosc_desktop.model import AuditEvent, Participant, SyncBundle
from rosc_desktop.model.types import utc_now
from rosc_desktop.services import audit
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.consents import ConsentInput
from rosc_desktop.services.directory import PartnerInput
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.services.network import MemberInput, TieInput
from rosc_desktop.services.plans import GoalInput
from rosc_desktop.services.setback import SetbackPlanText
from rosc_desktop.sync import exchange
from tests.sync import kit
from tests.sync.sites import CENTER, HUB, add_person, consent_to_hub, link, make_site, open_pair



def today() -> date:
    return clock.center_today()


@pytest.fixture
def sites(tmp_path):
    yield from open_pair(tmp_path)


def secrets_of(tag: str, n: int) -> dict[str, str]:
    """Strings that occur nowhere else: one per identifying field, by kind of information."""
    return {"name": f"Qx{tag}Preferred", "legal": f"Qx{tag}Legal", "phone": f"555 01{n:02d}",
            "email": f"qx{tag.lower()}@example.org", "dob": f"19{40 + n}-0{1 + n % 9}-1{n % 10}",
            "intake": f"Qx{tag}Strengths", "goal": f"Qx{tag}Goal", "member": f"Qx{tag}Member",
            "checkin": f"Qx{tag}CheckinNote", "pronouns": f"qx{tag.lower()}/pro", "step": f"Qx{tag}Step",
            "relationship": f"Qx{tag}Cousin", "member_phone": f"555 02{n:02d}", "place": f"Qx{tag}Cafe",
            "follow_up": f"Qx{tag}FollowUp", "setback": f"Qx{tag}WarningSign"}


KIND_OF = {"name": "contact", "legal": "contact", "phone": "contact", "email": "contact", "dob": "contact",
           "pronouns": "contact", "intake": "intake", "goal": "goals", "step": "goals", "member": "network",
           "relationship": "network", "member_phone": "network", "checkin": "checkins", "place": "checkins",
           "follow_up": "checkins", "setback": "checkins"}


def full_record(center, tag: str, n: int):  # type: ignore[no-untyped-def]
    s = secrets_of(tag, n)
    p = add_person(center, s["name"], legal_name=s["legal"], phone=s["phone"], email=s["email"],
                   date_of_birth=date.fromisoformat(s["dob"]), pronouns=s["pronouns"])
    center.intake.save(p.id, IntakeText(strengths=s["intake"]), 0)
    goal = center.goals.add(p.id, GoalInput(statement=s["goal"]))
    center.goals.add_step(goal.id, s["step"])
    center.network.add_member(p.id, MemberInput(name=s["member"], relationship=s["relationship"],
                                                phone=s["member_phone"]), TieInput())
    center.checkins.record(p.id, CheckInInput(occurred_at=utc_now(), notes=s["checkin"], place=s["place"]))
    center.checkins.add_follow_up(p.id, today() + timedelta(days=7), reason=s["follow_up"])
    center.setback.save(p.id, SetbackPlanText(warning_signs=s["setback"]), 0)
    return p, s


def hub_consent(center, pid: str, **changes):  # type: ignore[no-untyped-def]
    fields = dict(recipient_kind="hub", recipient_name="Region Hub", purpose_code="care_coordination",
                  purpose="Care coordination", information_kinds=["all"], effective_on=today(),
                  expires_on=None, expiry_event="end of services", signed_how="paper", signed_on=today(),
                  notice_given=True)
    fields.update(changes)
    return center.consents.add(pid, ConsentInput(**fields))


def bundle_text(path, hub) -> str:  # type: ignore[no-untyped-def]
    """Every section of the bundle, gunzipped where gzipped, as one text."""
    import gzip

    _, sections = kit.open_bundle(path, hub)
    parts = []
    for name, data in sections.items():
        parts.append((gzip.decompress(data) if name.endswith(".gz") else data).decode("utf-8"))
    return "\n".join(parts)


def test_only_a_current_consent_naming_the_hub_lets_each_kind_travel(sites, local_zone):
    hub, center, usb = sites
    people = {}
    people["none"] = full_record(center, "None", 1)
    people["expired"] = full_record(center, "Expired", 2)
    hub_consent(center, people["expired"][0].id, effective_on=today() - timedelta(days=400),
                signed_on=today() - timedelta(days=400), expires_on=today() - timedelta(days=35), expiry_event="")
    people["revoked"] = full_record(center, "Revoked", 3)
    revoked = hub_consent(center, people["revoked"][0].id, effective_on=today() - timedelta(days=30),
                          signed_on=today() - timedelta(days=30))
    center.consents.revoke(revoked.id, on=today() - timedelta(days=1))
    people["partner"] = full_record(center, "Partner", 4)
    partner = center.directory.save_partner(PartnerInput(name="Harbor Housing"))
    hub_consent(center, people["partner"][0].id, recipient_kind="partner", recipient_partner_id=partner.id,
                recipient_name="")
    people["goals_only"] = full_record(center, "GoalsOnly", 5)
    hub_consent(center, people["goals_only"][0].id, information_kinds=["goals"])
    people["current"] = full_record(center, "Current", 6)
    hub_consent(center, people["current"][0].id)

    out = exchange.export_bundle(center, HUB, usb)
    text = bundle_text(out.path, hub)

    allowed = {"current": set(KIND_OF.values()), "goals_only": {"goals"}}
    for who, (_p, strings) in people.items():
        for field, value in strings.items():
            travels = KIND_OF[field] in allowed.get(who, set())
            assert (value in text) == travels, (who, field)
    assert re.fullmatch(r"rosc-\d{8}-\d{6}-[0-9a-f]{12}\.age", out.path.name)
    assert out.identified_people == 2

    exchange.import_bundle(hub, out.path)
    with hub.store.read() as session:
        names = {p.id: p.preferred_name for p in session.exec(select(Participant)).all()}
    assert names[people["current"][0].id] == "QxCurrentPreferred"
    assert names[people["revoked"][0].id] == "" and names[people["goals_only"][0].id] == ""


def test_consent_given_later_refreshes_and_consent_withdrawn_redacts_at_the_hub(sites, local_zone):
    hub, center, usb = sites
    dana, s = full_record(center, "Later", 7)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(center, exchange.export_bundle(hub, CENTER, usb).path)  # acks
    assert kit.row(hub, Participant, dana.id).preferred_name == ""

    consent = hub_consent(center, dana.id)
    given = exchange.export_bundle(center, HUB, usb)
    assert given.refreshed > 0 and s["intake"] in bundle_text(given.path, hub)
    exchange.import_bundle(hub, given.path)
    assert kit.row(hub, Participant, dana.id).preferred_name == s["name"]

    center.consents.revoke(consent.id, on=today())
    withdrawn = exchange.export_bundle(center, HUB, usb)
    assert withdrawn.redacted == 1
    text = bundle_text(withdrawn.path, hub)
    assert all(v not in text for v in s.values())
    report = exchange.import_bundle(hub, withdrawn.path)
    assert report.redacted == 1
    at_hub = kit.row(hub, Participant, dana.id)
    assert (at_hub.preferred_name, at_hub.phone, at_hub.legal_name) == ("", "", "")


def test_a_late_older_bundle_does_not_undo_a_redaction(sites):
    """Consent given (a bundle with the full rows), then withdrawn (a bundle that redacts): the stick with the
    older bundle arrives last. The hub must not take the person's details back."""
    hub, center, usb = sites
    dana, s = full_record(center, "Stale", 8)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(center, exchange.export_bundle(hub, CENTER, usb).path)
    consent = hub_consent(center, dana.id)
    with_details = exchange.export_bundle(center, HUB, usb)
    center.consents.revoke(consent.id, on=today())
    redacting = exchange.export_bundle(center, HUB, usb)

    exchange.import_bundle(hub, redacting.path)
    exchange.import_bundle(hub, with_details.path)

    at_hub = kit.row(hub, Participant, dana.id)
    assert (at_hub.preferred_name, at_hub.phone) == ("", "")


def test_a_late_older_redaction_does_not_hide_a_consent_given_since(sites):
    hub, center, usb = sites
    dana, s = full_record(center, "Again", 9)
    first = hub_consent(center, dana.id)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(center, exchange.export_bundle(hub, CENTER, usb).path)
    center.consents.revoke(first.id, on=today())
    redacting = exchange.export_bundle(center, HUB, usb)
    hub_consent(center, dana.id)
    refreshing = exchange.export_bundle(center, HUB, usb)

    exchange.import_bundle(hub, refreshing.path)
    exchange.import_bundle(hub, redacting.path)

    assert kit.row(hub, Participant, dana.id).preferred_name == s["name"]


def test_sync_keeps_participant_data_out_of_logs_and_the_audit_chain_whole(sites, tmp_path):
    hub, center, usb = sites
    dana, s = full_record(center, "Audit", 1)
    consent_to_hub(center, dana.id)
    out = exchange.export_bundle(center, HUB, usb)
    exchange.import_bundle(hub, out.path)
    exchange.import_bundle(hub, out.path)  # a replay is logged too
    broken = tmp_path / f"{s['name']}.age"  # a careless file name must not reach the log either
    broken.write_bytes(out.path.read_bytes()[:1000])
    with pytest.raises(Exception):
        exchange.import_bundle(hub, broken)

    with hub.store.read() as session:
        assert audit.verify(session).ok
        events = session.exec(select(AuditEvent)).all()
        logged = " ".join(f"{e.action} {e.entity_type} {e.entity_id} {e.details}" for e in events)
        bundles = " ".join(f"{b.reason} {b.counts} {b.held_file}" for b in session.exec(select(SyncBundle)).all())
    for value in s.values():
        assert value not in logged and value not in bundles

    # Editing an event the import wrote is found at that event.
    with hub.store.write() as session:
        applied = session.exec(select(AuditEvent).where(AuditEvent.action == "bundle_applied")).one()
        applied.details = {**applied.details, "seq_to": 999}
        session.add(applied)
        seq = applied.seq
    with hub.store.read() as session:
        assert audit.verify(session).first_broken_seq == seq


def test_a_lost_redacting_bundle_is_healed_by_the_next(sites):
    """Like changes, a withdrawal must travel until the hub acknowledges it: the stick that carried it may be lost."""
    hub, center, usb = sites
    dana, s = full_record(center, "Lost", 2)
    consent = hub_consent(center, dana.id)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(center, exchange.export_bundle(hub, CENTER, usb).path)
    assert kit.row(hub, Participant, dana.id).preferred_name == s["name"]

    center.consents.revoke(consent.id, on=today())
    lost = exchange.export_bundle(center, HUB, usb)
    assert lost.redacted == 1
    lost.path.unlink()
    next_one = exchange.export_bundle(center, HUB, usb)
    exchange.import_bundle(hub, next_one.path)

    at_hub = kit.row(hub, Participant, dana.id)
    assert (at_hub.preferred_name, at_hub.phone) == ("", "")


def test_a_redaction_only_touches_the_senders_own_records(sites, tmp_path):
    """A withdrawal names participant ids; a peer may only blank copies of records it owns. Otherwise one
    center could wipe another's people at the hub, or a hub's bundle wipe a center's own records."""
    import json

    hub, center, usb = sites
    dana, s = full_record(center, "Owned", 3)
    hub_consent(center, dana.id)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    redact = json.dumps({"participants": {dana.id: ["contact", "intake"]}}).encode()

    other = make_site(tmp_path / "sites", "HL-02")
    try:
        link(other, hub)
        manifest, sections = kit.open_bundle(exchange.export_bundle(other, HUB, usb).path, hub)
        rogue = kit.reseal(other, HUB, tmp_path / "rogue.age", manifest, {**sections, "redact.json": redact})
        exchange.import_bundle(hub, rogue)
    finally:
        other.close()
    assert kit.row(hub, Participant, dana.id).preferred_name == s["name"]

    manifest, sections = kit.open_bundle(exchange.export_bundle(hub, CENTER, usb).path, center)
    from_hub = kit.reseal(hub, CENTER, tmp_path / "from-hub.age", manifest, {**sections, "redact.json": redact})
    exchange.import_bundle(center, from_hub)
    mine = kit.row(center, Participant, dana.id)
    assert (mine.preferred_name, mine.phone) == (s["name"], s["phone"])
    assert center.intake.get(dana.id).text.strengths == s["intake"]


def test_a_withdrawal_stops_travelling_once_the_hub_acknowledges_it(sites):
    hub, center, usb = sites
    dana, _s = full_record(center, "Acked", 4)
    consent = hub_consent(center, dana.id)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(center, exchange.export_bundle(hub, CENTER, usb).path)
    center.consents.revoke(consent.id, on=today())
    first = exchange.export_bundle(center, HUB, usb)
    assert first.redacted == 1
    assert exchange.export_bundle(center, HUB, usb).redacted == 1  # not acknowledged yet: sent again
    exchange.import_bundle(hub, first.path)
    exchange.import_bundle(center, exchange.export_bundle(hub, CENTER, usb).path)
    assert exchange.export_bundle(center, HUB, usb).redacted == 0


def test_a_hub_cannot_plant_a_consent_that_makes_a_center_disclose(sites, tmp_path):
    """A hub's bundle carries the directory; a refresh or redaction section in it is ignored. Otherwise a hub
    could insert a consent naming itself and pull a person's identified record in the next export."""
    import json

    hub, center, usb = sites
    dana, s = full_record(center, "Planted", 5)  # no consent: goes de-identified
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    forged_consent = {
        "id": "0196f000-0000-7000-8000-00000000c0de", "owner_site": HUB, "version": 1,
        "hlc": "1790000000000-0000", "created_at": "2026-11-01T00:00:00+00:00",
        "updated_at": "2026-11-01T00:00:00+00:00", "deleted_at": None, "participant_id": dana.id,
        "recipient_kind": "hub", "recipient_partner_id": None, "recipient_name": "Region Hub",
        "recipient_description": "", "disclosing_party": "Anyone", "purpose": "", "purpose_code": "care_coordination",
        "information_kinds": ["all"], "information_description": "", "is_tpo": False, "effective_on": "2026-01-01",
        "expires_on": None, "expiry_event": "never", "signed_how": "paper", "signed_on": "2026-01-01",
        "witness": "", "signed_by_name": "", "revoked_on": None, "revocation_note": "", "notice_given": True,
        "recorded_by": None}
    line = {"o": HUB, "t": "consent", "r": forged_consent["id"], "v": 1, "h": forged_consent["hlc"],
            "p": forged_consent}
    manifest, sections = kit.open_bundle(exchange.export_bundle(hub, CENTER, usb).path, center)
    forged = kit.reseal(hub, CENTER, tmp_path / "forged.age", manifest,
                        {**sections, "refresh.jsonl.gz": kit.gz_lines([line])})
    exchange.import_bundle(center, forged)

    assert dana.id not in exchange.shareable_kinds(center)
    with center.store.read() as session:
        from rosc_desktop.model import Consent

        assert session.get(Consent, forged_consent["id"]) is None
    _m, out = kit.open_bundle(exchange.export_bundle(center, HUB, usb).path, hub)
    everything = b"".join(out.values()) + b"".join(
        json.dumps(r).encode() for r in kit.lines(out["changes.jsonl.gz"]))
    assert s["name"].encode() not in everything and s["phone"].encode() not in everything


EVERY_KIND = ("contact", "intake", "goals", "checkins", "network", "referrals")


@pytest.mark.parametrize("covered", [(k,) for k in EVERY_KIND] + [("checkins", "network"), ("checkins", "referrals")],
                         ids=lambda kinds: "+".join(kinds))
def test_a_kind_not_consented_never_travels_inside_another_kinds_copied_text(sites, covered):
    """The app copies network members' names and phones into goal steps, the setback plan, the setback record
    and its follow-ups, and a referred service's name into the referral's follow-up. A consent covering some
    kinds must not let another kind ride along in those copies."""
    from tests.services.test_referrals import make_service

    hub, center, usb = sites
    p, s = full_record(center, "Copies", 1)
    member = center.network.current_members(p.id)[0]
    goal = center.goals.add(p.id, GoalInput(statement="QxCopiesSecondGoal"))
    center.goals.add_step(goal.id, "Call about the flat", helper_kind="network", helper_member_id=member.id)
    center.setback.save(p.id, SetbackPlanText(warning_signs=s["setback"],
                                              people_to_call=f"{s['member']} {s['member_phone']}"), 1)
    center.setback.reconvene(p.id, note="")
    service_id = make_service(center, name="QxCopiesService", org_name="QxCopiesOrg")
    center.referrals.refer(p.id, service_id, "QxCopiesReferralReason")
    hub_consent(center, p.id, information_kinds=list(covered))

    out = exchange.export_bundle(center, HUB, usb)
    text = bundle_text(out.path, hub)
    for field, value in s.items():
        assert (value in text) == (KIND_OF[field] in covered), (covered, field)
    assert ("QxCopiesReferralReason" in text) == ("referrals" in covered)
    _m, sections = kit.open_bundle(out.path, hub)
    reasons = {line["p"]["source"]: line["p"]["reason"] for line in kit.lines(sections["changes.jsonl.gz"])
               if line["t"] == "follow_up" and line["p"]["participant_id"] == p.id}
    assert reasons["referral"] == ("QxCopiesService" if {"checkins", "referrals"} <= set(covered) else "")
    assert (s["member"] in reasons["setback"]) == ({"checkins", "network"} <= set(covered))


def test_consent_to_the_network_later_sends_the_copies_it_now_covers(sites):
    """Goals consented first (helper blanked), the network later: the refresh carries the goal step again, now
    with its helper's name, so the hub's copy is whole."""
    hub, center, usb = sites
    p, s = full_record(center, "Widen", 2)
    goal = center.goals.add(p.id, GoalInput(statement="QxWidenSecond"))
    center.goals.add_step(goal.id, "Walk together", helper_kind="network", helper_name=s["member"])
    first = hub_consent(center, p.id, information_kinds=["goals"])
    sent = exchange.export_bundle(center, HUB, usb)
    assert s["member"] not in bundle_text(sent.path, hub)
    exchange.import_bundle(hub, sent.path)
    exchange.import_bundle(center, exchange.export_bundle(hub, CENTER, usb).path)  # the hub acknowledges

    center.consents.revoke(first.id, on=today())
    hub_consent(center, p.id, information_kinds=["goals", "network"])
    widened = exchange.export_bundle(center, HUB, usb)
    exchange.import_bundle(hub, widened.path)
    with hub.store.read() as session:
        from rosc_desktop.model.plan import GoalStep

        helpers = {step.what: step.helper_name for step in session.exec(select(GoalStep)).all()}
    assert helpers["Walk together"] == s["member"]


def names_in_backups(hub) -> list[set[str]]:  # type: ignore[no-untyped-def]
    """Every participant name and phone in each of the hub's backups, opened read-only with its key."""
    import sqlcipher3

    from rosc_desktop.store import backup as backups
    from rosc_desktop.store.database import _key_pragma

    found = []
    for path in backups.list_backups(hub.paths.backups):
        conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute(_key_pragma(hub.store.key))
            found.append({v for row in conn.execute("SELECT preferred_name, phone, legal_name FROM participant")
                          for v in row if v})
        finally:
            conn.close()
    return found


def test_a_withdrawal_reaches_the_hubs_backups(sites):
    """The hub backs up before each import; after the bundle that carries a withdrawal, no backup may still hold
    the person's details, and the hub still has a good backup."""
    from rosc_desktop.store import backup as backups

    hub, center, usb = sites
    dana, s = full_record(center, "Backed", 5)
    consent = hub_consent(center, dana.id)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(center, exchange.export_bundle(hub, CENTER, usb).path)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)  # a second backup, with Dana
    assert any(s["name"] in names for names in names_in_backups(hub))

    center.consents.revoke(consent.id, on=today())
    report = exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)

    assert report.redacted == 1 and "withdrawal_backups_replaced" in report.notices
    left = names_in_backups(hub)
    assert len(left) == 1 and not left[0] & {s["name"], s["phone"], s["legal"]}
    fresh = backups.list_backups(hub.paths.backups)[0]
    assert backups.opens(hub.store, fresh)
    assert not backups.withdrawal_pending(hub.paths.backups)
    # Not even in the file's free space: the backup is decrypted page by page and searched.
    raw = kit.raw_pages(fresh, hub.store.key)
    assert b"CREATE TABLE" in raw  # the pages really were decrypted
    assert all(v.encode() not in raw for v in (s["name"], s["legal"], s["phone"]))

    # The same withdrawal, re-sent until the hub acknowledges it, blanks nothing more: the backups stay.
    add_person(center, "Someone New")  # a change, so the next bundle is not the same file again
    again = exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    assert again.redacted == 1 and "withdrawal_backups_replaced" not in again.notices
    assert len(backups.list_backups(hub.paths.backups)) == 2


def test_a_withdrawal_that_could_not_reach_the_backups_is_caught_up_at_the_next_sign_in(sites, monkeypatch):
    from rosc_desktop.services.session import sign_in
    from rosc_desktop.store import backup as backups
    from tests.conftest import ADMIN_PASSWORD

    hub, center, usb = sites
    dana, s = full_record(center, "Crashed", 6)
    consent = hub_consent(center, dana.id)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    center.consents.revoke(consent.id, on=today())
    withdrawal = exchange.export_bundle(center, HUB, usb)

    def disk_full(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(backups, "replace_older", disk_full)
        report = exchange.import_bundle(hub, withdrawal.path)
    assert "withdrawal_backups_pending" in report.notices
    assert any(s["name"] in names for names in names_in_backups(hub))
    assert backups.withdrawal_pending(hub.paths.backups)

    again = sign_in(hub.paths, "admin", ADMIN_PASSWORD)
    try:
        assert not any(s["name"] in names for names in names_in_backups(hub))
        assert not backups.withdrawal_pending(hub.paths.backups)
    finally:
        again.close()


def test_withdrawing_the_network_blanks_its_copies_in_goals_still_shared(sites):
    hub, center, usb = sites
    p, s = full_record(center, "Narrow", 7)
    goal = center.goals.add(p.id, GoalInput(statement="QxNarrowSecond"))
    center.goals.add_step(goal.id, "Walk together", helper_kind="network", helper_name=s["member"])
    both = hub_consent(center, p.id, information_kinds=["goals", "network"])
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(center, exchange.export_bundle(hub, CENTER, usb).path)
    center.consents.revoke(both.id, on=today())
    hub_consent(center, p.id, information_kinds=["goals"])
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)

    from rosc_desktop.model.plan import Goal, GoalStep

    with hub.store.read() as session:
        steps = {step.what: step.helper_name for step in session.exec(select(GoalStep)).all()}
        goals = {g.statement for g in session.exec(select(Goal)).all()}
    assert steps["Walk together"] == "" and "QxNarrowSecond" in goals


def test_a_redaction_naming_nobody_here_costs_the_hub_no_backups(sites, tmp_path):
    """A faulty or hostile center could otherwise wipe the hub's backup history with made-up ids."""
    import json

    from rosc_desktop.store import backup as backups

    hub, center, usb = sites
    full_record(center, "Kept", 1)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    before = backups.list_backups(hub.paths.backups)
    manifest, sections = kit.open_bundle(exchange.export_bundle(center, HUB, usb).path, hub)
    bogus = json.dumps({"participants": {"0196f000-0000-7000-8000-000000000000": ["contact"]}}).encode()
    report = exchange.import_bundle(hub, kit.reseal(center, HUB, tmp_path / "bogus.age", manifest,
                                                    {**sections, "redact.json": bogus}))
    assert "withdrawal_backups_replaced" not in report.notices
    assert set(before) <= set(backups.list_backups(hub.paths.backups))
    assert not backups.withdrawal_pending(hub.paths.backups)


def test_consent_given_before_the_hub_ever_acknowledged_still_identifies_the_person(sites):
    """Found by the convergence property: the first bundle (de-identified) is applied, nothing is acknowledged
    yet, then consent is given. The next bundle repeats the same changes, which the hub skips as received; only a
    refresh can carry the person's details."""
    hub, center, usb = sites
    dana, s = full_record(center, "Early", 3)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    hub_consent(center, dana.id)
    second = exchange.export_bundle(center, HUB, usb)
    assert second.refreshed > 0
    exchange.import_bundle(hub, second.path)
    assert kit.row(hub, Participant, dana.id).preferred_name == s["name"]
