"""A large synthetic center for bench/sync_bundle.py: people with full records, written in bulk with outbox entries.

The ORM path is some forty times slower than executemany (PLATFORM-NOTES.md), so rows are built as model objects
(their `model_dump(mode="json")` is the outbox payload, as change capture writes it) and inserted through the raw
connection in one transaction, in batches, with a gap-free `seq` and a fresh hybrid-clock stamp per change. About
one person in five has had a second edit (a new phone number), so the outbox also carries updates (version 2).
Half the people have a consent naming the hub ("all" kinds); the other half leave de-identified.
Never real data: names come from the demo's Faker pools.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlmodel import SQLModel

from rosc_desktop.model import SyncedRow
from rosc_desktop.model.consent import Consent
from rosc_desktop.model.network import MemberLink, NetworkMember, NetworkTie, TieRating
from rosc_desktop.model.participant import Intake, Participant, RecoveryCapitalAssessment
from rosc_desktop.model.plan import CheckIn, FollowUp, GasReview, Goal, GoalStep, SetbackEvent, SetbackPlan
from rosc_desktop.model.types import utc_now
from rosc_desktop.services import demo
from rosc_desktop.store.search import search_names, search_phone, sort_key

_BATCH = 20_000  # rows buffered before an executemany round: bounded memory whatever the center's size
_DOMAINS = ["housing", "work_education", "physical_health", "family", "social", "finances"]
_STEPS = ["Call the housing office", "Ask my sister to come along", "Write my CV at the library",
          "Go to the Tuesday meeting", "Walk to the park after lunch", "Fill in the benefits form"]
_NOTES = ["", "", "Talked about the new job; feeling hopeful", "Hard week, but came in anyway",
          "Brought the kids; planned the weekend", "Missed the appointment; rescheduled"]


def _sql(value: Any) -> Any:
    """A model attribute as the store keeps it (UTCDateTime text, ISO dates, JSON lists)."""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return value


class _Writer:
    """Buffers rows and their outbox entries; flushes tables parents-first so foreign keys hold."""

    def __init__(self, conn: Any, site: str, clock: Any, seq: int) -> None:
        self.conn, self.site, self.clock, self.seq = conn, site, clock, seq
        self.order = [t.name for t in SQLModel.metadata.sorted_tables]
        self.columns: dict[str, list[str]] = {}
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.outbox: list[tuple[Any, ...]] = []
        self.counts: Counter[str] = Counter()
        self.buffered = 0

    def add(self, obj: SyncedRow, *, edits: list[dict[str, Any]] = ()) -> SyncedRow:  # type: ignore[assignment]
        """Insert `obj` (version 1), then apply each edit as a further version; the table keeps the last."""
        table = obj.__tablename__  # type: ignore[attr-defined]
        for number, changes in enumerate([{}, *edits], 1):
            for key, value in changes.items():
                setattr(obj, key, value)
            obj.version = number
            obj.hlc = self.clock.now()
            self.seq += 1
            self.outbox.append((self.site, self.seq, table, obj.id, number, obj.hlc,
                                "insert" if number == 1 else "update", json.dumps(obj.model_dump(mode="json")),
                                utc_now().isoformat(timespec="microseconds")))
        columns = self.columns.get(table)
        if columns is None:
            columns = self.columns[table] = [c.key for c in obj.__table__.columns]  # type: ignore[attr-defined]
        self.rows.setdefault(table, []).append(tuple(_sql(getattr(obj, c)) for c in columns))
        self.counts[table] += 1
        self.buffered += 1
        if self.buffered >= _BATCH:
            self.flush()
        return obj

    def flush(self) -> None:
        for table in sorted(self.rows, key=self.order.index):
            columns = self.columns[table]
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                self.rows[table])
        self.conn.executemany(
            "INSERT INTO outbox (origin, seq, table_name, row_id, version, hlc, op, payload, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.outbox)
        self.rows, self.outbox, self.buffered = {}, [], 0


def build_center(services: Any, participants: int, seed: int) -> Counter[str]:
    """Write `participants` people with their records into `services`' store; gives the rows per table."""
    store = services.store
    conn = store.raw_connection()
    try:
        conn.execute("BEGIN IMMEDIATE")
        seq = conn.execute("SELECT coalesce(max(seq), 0) FROM outbox WHERE origin = ?",
                           (store.site_code,)).fetchone()[0]
        center_name = conn.execute("SELECT name FROM site WHERE is_local = 1").fetchone()[0]
        writer = _Writer(conn, store.site_code, store.clock, seq)
        pools: list[Any] = []
        rng = random.Random(seed + 1)
        for index, person in enumerate(demo._people(participants, seed, pools)):
            _person(writer, rng, pools, person, index, services.actor.staff_id, center_name)
        writer.flush()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    store.checkpoint()
    return writer.counts


def _days(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


def _person(w: _Writer, rng: random.Random, pools: list[Any], person: dict[str, Any], index: int,
            staff_id: str, center_name: str) -> None:
    today = date.today()
    registered: date = person["registered"]
    created = datetime.combine(registered, time(10), timezone.utc)
    base = {"owner_site": w.site, "created_at": created, "updated_at": created}
    lang = person["text_language"]
    name = str(person["preferred_name"])
    edits = []
    if rng.random() < 0.2:  # a second edit: the person changed phone number since registering
        new_phone = f"(555) 03{rng.randrange(10)}-{rng.randrange(10000):04d}"
        edits.append({"phone": new_phone, "search_phone": search_phone(new_phone),
                      "updated_at": created + timedelta(days=rng.randrange(1, 60))})
    p = w.add(Participant(
        **base, preferred_name=name, sort_name=sort_key(name),
        search_names=search_names(name, str(person["legal_name"])), search_phone=search_phone(str(person["phone"])),
        pronouns=person["pronouns"], legal_name=person["legal_name"], date_of_birth=person["date_of_birth"],
        phone=person["phone"], email=person["email"], preferred_language=person["preferred_language"],
        pathways=person["pathways"]), edits=edits)
    pid = p.id
    if index % 2 == 0:
        w.add(Consent(**base, participant_id=pid, recipient_kind="hub", recipient_name="Region Hub",
                      disclosing_party=center_name, purpose="Care coordination across the region",
                      purpose_code="care_coordination", information_kinds=["all"], effective_on=registered,
                      expiry_event="end of services", signed_how="paper", signed_on=registered, notice_given=True,
                      recorded_by=staff_id))
    w.add(Intake(**base, participant_id=pid, strengths="; ".join(rng.sample(demo.STRENGTHS[lang], 2)),
                 what_matters=rng.choice(demo.MATTERS[lang]), hopes=rng.choice(demo.HOPES[lang]),
                 community_ties="; ".join(rng.sample(demo.TIES[lang], 2)), what_helped=rng.choice(demo.HELPED[lang]),
                 recorded_by=staff_id))
    for visit in range(rng.choice([1, 2, 2, 3])):
        answers = [rng.randint(1, 6) for _ in range(10)]
        w.add(RecoveryCapitalAssessment(**base, participant_id=pid, recorded_by=staff_id, answers=answers,
                                        total=sum(answers),
                                        assessed_on=min(today, registered + timedelta(days=90 * visit))))

    members: list[str] = []
    for number in range(rng.randint(5, 11)):
        domain, kind, relationships, _ = rng.choice(demo.NETWORK_DOMAINS)
        firsts, lasts, _lang, _ = rng.choice(pools)
        member_name = f"{rng.choice(firsts)} {rng.choice(lasts)}" if kind == "person" else \
            rng.choice(demo.GROUP_NAMES.get(domain) or demo.ORGANISATION_NAMES[domain])
        added = _days(rng, registered, today)
        m = w.add(NetworkMember(**base, participant_id=pid, kind=kind, name=member_name, domain=domain,
                                relationship=rng.choice(relationships), added_on=added,
                                phone=f"(555) 02{rng.randrange(10)}-{rng.randrange(10000):04d}" if kind == "person"
                                else ""))
        members.append(m.id)
        for change in range(rng.choice([1, 1, 1, 2])):
            w.add(NetworkTie(**base, member_id=m.id, effective_on=added + timedelta(days=30 * change),
                             strength=rng.choice(["strong", "moderate", "weak"]),
                             nature=rng.choice(["supportive", "supportive", "mixed", "stressful"]),
                             frequency=rng.choice(["daily", "weekly", "monthly"]), recorded_by=staff_id,
                             note=rng.choice(demo.RATING_NOTES)))
    if len(members) >= 4:
        for _ in range(rng.choice([1, 2])):
            a, b = rng.sample(members, 2)
            w.add(MemberLink(**base, participant_id=pid, member_a_id=a, member_b_id=b,
                             added_on=_days(rng, registered, today)))

    goals: list[str] = []
    for position, domain in enumerate(rng.sample(_DOMAINS, rng.choice([2, 2, 3]))):
        statement, levels = demo.GOALS.get(domain, ("Feel part of something", ("", "", "", "", "")))
        set_on = _days(rng, registered, today)
        g = w.add(Goal(**base, participant_id=pid, domain=domain, statement=statement, set_on=set_on,
                       position=position, level_minus2=levels[0], level_minus1=levels[1], level_0=levels[2],
                       level_plus1=levels[3], level_plus2=levels[4]))
        goals.append(g.id)
        for step in range(rng.choice([1, 2, 2, 3])):
            helper = rng.choice(members) if rng.random() < 0.3 else None
            w.add(GoalStep(**base, goal_id=g.id, what=rng.choice(_STEPS), position=step,
                           helper_kind="network" if helper else "participant", helper_member_id=helper,
                           helper_staff_id=None, due_on=set_on + timedelta(days=14 * (step + 1))))
        for review in range(rng.choice([1, 2, 2, 3])):
            w.add(GasReview(**base, goal_id=g.id, reviewed_on=set_on + timedelta(days=30 * (review + 1)),
                            level=rng.randint(-2, 2), recorded_by=staff_id))

    for _ in range(rng.randint(4, 8)):
        occurred = datetime.combine(_days(rng, registered, today), time(rng.randrange(9, 18)), timezone.utc)
        c = w.add(CheckIn(**base, participant_id=pid, occurred_at=occurred, staff_id=staff_id,
                          mode=rng.choice(["in_person", "in_person", "phone", "text"]),
                          duration_minutes=rng.choice([10, 20, 30, 45]), notes=rng.choice(_NOTES),
                          goal_ids=rng.sample(goals, 1)))
        if rng.random() < 0.6:
            w.add(TieRating(**base, member_id=rng.choice(members), check_in_id=c.id, rated_on=occurred.date(),
                            rating=rng.choice(["working_well", "working_well", "mixed", "not_working"]),
                            recorded_by=staff_id))
    for _ in range(rng.choice([1, 2, 2])):
        w.add(FollowUp(**base, participant_id=pid, due_on=_days(rng, registered, today + timedelta(days=30)),
                       reason="Check in after the housing appointment"))
    if rng.random() < 0.6:
        w.add(SetbackPlan(**base, participant_id=pid, warning_signs="Staying in bed; not answering the phone",
                          what_helps="A walk and a coffee with my sponsor", what_does_not_help="Being lectured",
                          people_to_call="Sponsor (555) 010-4477\nMy sister", safe_places="The center"))
        if rng.random() < 0.5:
            w.add(SetbackEvent(**base, participant_id=pid, occurred_on=_days(rng, registered, today),
                               note="Reconvened the network at the center", supports=members[:2],
                               recorded_by=staff_id))

