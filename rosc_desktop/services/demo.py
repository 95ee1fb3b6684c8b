"""Synthetic demo data: a center full of made-up people for demos and benchmarks. Never real data.

Names come from Faker's per-locale name lists (accented Latin, Cyrillic, Greek, Vietnamese, Chinese, and the
right-to-left Arabic and Hebrew), mixed by a seeded random generator so the same seed gives the same center.
Rows are written through the raw connection in one transaction, outbox entries included, because the ORM
path is some forty times slower for 100,000 people (PLATFORM-NOTES.md); the row shapes are the models'. They are
made and written a chunk at a time (services.demo_rows), so memory stays flat whatever the number of people.
The center also gets two years of activities (weekly groups and meetings, weekday drop-in hours, a monthly
event) with attendance drawn from its people, so every screen and report has something to show.
"""

from __future__ import annotations

import bisect
import importlib.util
import random
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from rosc_desktop.clock import center_today, local_date
from rosc_desktop.enums import ActivityKind
from rosc_desktop.errors import RoscError
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.changes import Kind, record_change
from rosc_desktop.services.demo_rows import BulkRows, NamePool
from rosc_desktop.services.demo_rows import people as _people  # bench/sync_center.py draws the same people
from rosc_desktop.services.session import (
    DEMO_PASSWORD,
    DEMO_USERNAME,
    begin_first_run,
    create_center,
    database_exists,
    end_first_run,
    is_demo,
    recover_interrupted_first_run,
)
from rosc_desktop.store.keyring import KeyRing
from rosc_desktop.store.search import search_names, search_phone, sort_key

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services
    from rosc_desktop.store.database import Store

# Loads the sample directory into a new demo: rosc_desktop.sync.sample_directory.load_sample_directory, handed in
# by the caller because the HSDS reader it uses sits in sync, a layer above this one.
DirectoryLoader = Callable[["Services"], object]

DEMO_SITE = "DEMO-01"
DEMO_CENTER = "Riverside Recovery Community Center (demo)"
DEMO_HUB = "Three Rivers Regional Hub (demo)"
DEFAULT_DEMO_PARTICIPANTS = 300
DEMO_PLANS = 40  # people who also get goals, reviews, check-ins, a setback plan and a network (services)

STRENGTHS = {
    "en": ["Good with my hands, I fix bikes", "I cook for my whole family on Sundays", "Patient with kids",
           "I can talk to anyone", "I play guitar", "Strong faith", "I keep going when things get hard",
           "Organised: I keep lists for everything", "I love to draw", "I walk every morning",
           "Good at listening", "I know the bus routes by heart", "Gardening", "I make people laugh"],
    "es": ["Sé arreglar cosas con las manos", "Cocino para toda mi familia los domingos",
           "Tengo paciencia con los niños", "Puedo hablar con cualquiera", "Toco la guitarra", "Mi fe",
           "Sigo adelante cuando las cosas se ponen difíciles", "Me encanta dibujar",
           "Camino todas las mañanas", "Sé escuchar", "La jardinería", "Hago reír a la gente"],
}
MATTERS = {
    "en": ["My kids", "Getting my own place", "My health", "Being someone my mom can count on",
           "Keeping my job", "My dog", "Staying connected to my church", "Finishing my GED"],
    "es": ["Mis hijos", "Tener mi propio lugar", "Mi salud", "Que mi mamá pueda contar conmigo",
           "Mantener mi trabajo", "Mi perro", "Seguir conectado con mi iglesia", "Terminar mis estudios"],
}
HOPES = {
    "en": ["In a year I want to be working and living on my own.", "I want my daughter to be proud of me.",
           "Go back to school and become a peer coach myself.", "Feel calm most days.",
           "Get my license back and drive my kids to school."],
    "es": ["En un año quiero estar trabajando y viviendo por mi cuenta.", "Quiero que mi hija esté orgullosa.",
           "Volver a estudiar y ser coach de pares.", "Sentirme en paz la mayoría de los días."],
}
TIES = {
    "en": ["My sister Rosa", "Tuesday night meeting at St. Mark's", "My sponsor", "Neighbour who checks on me",
           "Coach from the soccer league", "Cousin in Fresno", "The library's job club"],
    "es": ["Mi hermana Rosa", "La reunión del martes en San Marcos", "Mi padrino", "Una vecina que me cuida",
           "El entrenador de la liga de fútbol", "Mi primo en Fresno"],
}
HELPED = {
    "en": ["Having a routine", "Meetings every day at first", "Talking to someone who had been there",
           "Medication and a counsellor", "Getting out of the old neighbourhood", "Exercise"],
    "es": ["Tener una rutina", "Ir a reuniones todos los días al principio",
           "Hablar con alguien que ya pasó por eso", "Medicamento y un consejero", "Hacer ejercicio"],
}


@dataclass(frozen=True)
class DemoReport:
    participants: int
    seconds: float


def ensure_demo_database(paths: AppPaths, *, load_directory: DirectoryLoader) -> None:
    """Create the demo database if this folder has none yet (the README's start command relies on it)."""
    recover_interrupted_first_run(paths)
    if not database_exists(paths):
        build_demo_database(paths, participants=DEFAULT_DEMO_PARTICIPANTS, seed=1, load_directory=load_directory)


def build_demo_database(paths: AppPaths, *, participants: int, seed: int, force: bool = False,
                        site_code: str = DEMO_SITE, hub: bool = False,
                        load_directory: DirectoryLoader) -> DemoReport:
    """A demo center (or, with `hub`, a demo regional hub) of synthetic people. Two demos with different site
    codes, one of them a hub, can be paired to try sync by bundle file. The hub demo's site code defaults to the
    one the sample directory names as its owner (HUB_SITE), so the directory it sends updates the centers' copy
    instead of clashing with it. `load_directory` puts the sample directory in, inside the same first run."""
    if participants < 0 or participants > 1_000_000:
        raise RoscError("demo_size", maximum=1_000_000)
    if importlib.util.find_spec("faker") is None:
        # The standalone app leaves the made-up name pools out: a real center does not need them.
        raise RoscError("demo_unavailable")
    started = time.perf_counter()
    recover_interrupted_first_run(paths)  # a build killed half-way: start it over
    if database_exists(paths):
        if not is_demo(paths):
            raise RoscError("not_a_demo")
        if not force:
            raise RoscError("database_exists")
        _prove_demo(paths)
        begin_first_run(paths)  # before anything goes: a build killed while removing the old one starts over too
        _remove_database(paths)
    services, _recovery = create_center(
        paths, center_name=DEMO_HUB if hub else DEMO_CENTER, site_code=site_code, admin_username=DEMO_USERNAME,
        admin_display_name="Demo Admin", password=DEMO_PASSWORD, demo=True, stay_marked=True, is_hub=hub,
    )
    try:
        pools: list[NamePool] = []
        _insert_people(services, participants, seed, pools)
        registered = _registration_order(services.store)
        with _unsynced(services.store):
            _add_plans(services, seed, min(participants, DEMO_PLANS), registered, pools)
        _insert_activities(services, seed, registered)
        load_directory(services)
        services.store.checkpoint()
    finally:
        services.close()
    end_first_run(paths)  # only a whole demo counts as made; a killed build is started over next time
    return DemoReport(participants, time.perf_counter() - started)


@contextmanager
def _unsynced(store: Store) -> Iterator[None]:
    """The plans go through the services, a thousand small commits, each waiting for the disk by default. A
    demo killed half-way is built again from the start (begin_first_run), so until it is whole no commit
    needs to survive a power cut: skip the wait, then drop those connections so the final checkpoint, on a
    fresh one, writes everything to disk as usual."""
    from sqlalchemy import event

    def no_wait(dbapi_connection: Any, _record: object, _proxy: object) -> None:
        dbapi_connection.execute("PRAGMA synchronous = OFF")

    event.listen(store.engine, "checkout", no_wait)
    try:
        yield
    finally:
        event.remove(store.engine, "checkout", no_wait)
        store.engine.dispose()


def _prove_demo(paths: AppPaths) -> None:
    """The "demo" flag in keyring.json is plain text; before deleting anything, the demo sign-in itself must
    open the database, which no real center's sign-in does."""
    try:
        KeyRing.load(paths.keyring).unlock(DEMO_USERNAME, DEMO_PASSWORD)
    except RoscError as error:
        raise RoscError("not_a_demo") from error


def _remove_database(paths: AppPaths) -> None:
    for name in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm"), paths.keyring):
        name.unlink(missing_ok=True)
    shutil.rmtree(paths.backups, ignore_errors=True)
    paths.ensure()


def _insert_people(services: Services, count: int, seed: int, keep_pools: list[NamePool] | None = None) -> None:
    """Write the people, a chunk at a time; each one's intake is on the day they registered."""
    store = services.store
    staff_id = services.actor.staff_id
    rng = random.Random(seed + 1)
    today = center_today()
    conn = store.raw_connection()
    try:
        conn.execute("BEGIN IMMEDIATE")
        bulk = BulkRows(store, conn)
        for person in _people(count, seed, keep_pools):
            created = _midday(person["registered"])
            row = bulk.add(
                "participant", created,
                preferred_name=person["preferred_name"], sort_name=sort_key(str(person["preferred_name"])),
                search_names=search_names(str(person["preferred_name"]), str(person["legal_name"])),
                search_phone=search_phone(str(person["phone"])),
                pronouns=person["pronouns"], legal_name=person["legal_name"],
                date_of_birth=person["date_of_birth"], phone=person["phone"], email=person["email"],
                preferred_language=person["preferred_language"], pathways=person["pathways"], pathway_other="")
            pid = str(row["id"])
            lang = str(person["text_language"])
            bulk.add("intake", created, participant_id=pid, strengths="; ".join(rng.sample(STRENGTHS[lang], 2)),
                     what_matters=rng.choice(MATTERS[lang]), hopes=rng.choice(HOPES[lang]),
                     community_ties="; ".join(rng.sample(TIES[lang], 2)), what_helped=rng.choice(HELPED[lang]),
                     recorded_by=staff_id)
            base = rng.randrange(18, 45)
            for visit in range(rng.choice([1, 1, 2, 3])):
                answers = [max(1, min(6, round(base / 10 + rng.uniform(-1, 1) + visit * 0.4))) for _ in range(10)]
                assessed = min(today, person["registered"] + timedelta(days=90 * visit))
                bulk.add("recovery_capital_assessment", created, participant_id=pid, assessed_on=assessed,
                         answers=answers, total=sum(answers), recorded_by=staff_id)
            bulk.flush_if_full()  # between people: one transaction still, written a chunk at a time
        bulk.flush()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    with store.write() as session:
        services.audit(session, "demo_data_created", details={"participants": count, "seed": seed})
        record_change(*Kind)


# Everyone's id and registration day, oldest first and in the seed's order within a day (rowid: the order
# written). Read back rather than kept while writing: the small objects a 100,000-person build would keep
# between chunks pin far more memory than they take.
Registered = tuple[list[str], list[date]]


def _midday(day: date) -> datetime:
    """Noon of `day` on the center's calendar, in UTC: midnight UTC is still the day before west of UTC, where a
    demo person would show as registered a day early."""
    return datetime.combine(day, datetime.min.time().replace(hour=12)).astimezone(timezone.utc)


def _registration_order(store: Store) -> Registered:
    conn = store.raw_connection()
    try:
        ids: list[str] = []
        days: list[date] = []
        day_of: dict[str, date] = {}
        # The center's day of each registration (the UTC text's own date can be the day before or after).
        for pid, created in conn.execute("SELECT id, created_at FROM participant ORDER BY created_at, rowid"):
            ids.append(pid)
            days.append(day_of.get(created) or day_of.setdefault(created, local_date(datetime.fromisoformat(created))))
        return ids, days
    finally:
        conn.close()


GOALS = {
    "housing": ("A place of my own", ("Still at the shelter", "On a waiting list", "In a shared room",
                                      "In my own room", "My own apartment")),
    "work_education": ("Get back to work", ("No applications yet", "Wrote my CV", "Two applications a week",
                                            "A part-time job", "A full-time job")),
    "family": ("See my kids every week", ("No visits", "One visit a month", "Visits every other week",
                                          "Visits every week", "They stay over some weekends")),
    "physical_health": ("Walk every day", ("Not walking", "Once a week", "Three times a week",
                                           "Every day", "Every day and a weekend hike")),
}


# Network members: (domain, kind, relationships, weight). Groups and organisations get made-up names below.
NETWORK_DOMAINS = [
    ("family", "person", ["sister", "brother", "mother", "father", "cousin", "aunt", "son", "daughter"], 5),
    ("friends", "person", ["friend", "old friend", "neighbour", "roommate", "friend from work"], 4),
    ("peer_recovery", "person", ["sponsor", "peer mentor", "recovery coach", "friend from meetings"], 4),
    ("mutual_aid", "group", [""], 3),
    ("faith", "group", ["", "pastor"], 2),
    ("community", "group", [""], 2),
    ("clinical", "organisation", ["counsellor", "GP", "nurse", "psychiatrist", ""], 3),
    ("housing", "organisation", ["case worker", ""], 1),
    ("work_education", "organisation", ["job coach", "teacher", ""], 1),
    ("legal_benefits", "organisation", ["benefits adviser", "probation officer", ""], 1),
]
GROUP_NAMES = {
    "mutual_aid": ["Tuesday night NA meeting", "SMART Recovery group", "Women's AA group", "Morning AA meeting",
                   "Recovery Dharma circle", "Family support group"],
    "faith": ["St. Mark's parish", "Grace Community Church", "Friday prayer group", "Temple choir"],
    "community": ["Running club", "Community garden", "Library book club", "Soccer league", "Art class"],
}
ORGANISATION_NAMES = {
    "clinical": ["Riverside Health Clinic", "Eastside Counselling Center", "County Mental Health", "MAT clinic"],
    "housing": ["County Housing Office", "Hope House shelter", "Tenants' union"],
    "work_education": ["Job Center", "Adult Education College", "Goodwill training program"],
    "legal_benefits": ["Legal Aid Society", "Benefits office", "Probation office"],
}
RATING_NOTES = ["", "", "Sees them every week now", "Some arguments lately", "Has not called back", ""]


def _add_network(services: Services, rng: random.Random, pid: str, registered: date,
                 pools: list[NamePool]) -> list[tuple[str, date]]:
    """A support network that grew over the past months: some members already there at the first map,
    more added later, a few ties that changed, one member who left, a link or two. Gives the current
    members with the day each joined, for the check-ins to rate."""
    from rosc_desktop.services.network import MemberInput, TieInput

    today = center_today()
    first_map = max(registered, today - timedelta(days=rng.randrange(90, 240)))
    span = (today - first_map).days
    weights = [d[3] for d in NETWORK_DOMAINS]
    people_weights = [p[3] for p in pools]
    used: set[str] = set()
    added: list[tuple[str, date, str]] = []  # (member id, added on, kind)
    for number in range(rng.randint(5, 20)):
        domain, kind, relationships, _ = rng.choices(NETWORK_DOMAINS, weights)[0]
        if kind == "person" or (domain == "clinical" and rng.random() < 0.3):
            firsts, lasts, _lang, _ = rng.choices(pools, people_weights)[0]
            name = rng.choice(firsts) if rng.random() < 0.4 else f"{rng.choice(firsts)} {rng.choice(lasts)}"
            kind = "person"
        else:
            name = rng.choice(GROUP_NAMES.get(domain) or ORGANISATION_NAMES[domain])
        if name in used:
            continue
        used.add(name)
        # About a third were there at the first map; the rest joined since.
        on = first_map if number < 3 or rng.random() < 0.2 else first_map + timedelta(days=rng.randrange(span + 1))
        phone = f"(555) 02{rng.randrange(10)}-{rng.randrange(10000):04d}" if rng.random() < 0.6 else ""
        nature = rng.choices(["supportive", "mixed", "stressful"], [7, 2, 1])[0]
        member = services.network.add_member(
            pid, MemberInput(name, kind, domain, rng.choice(relationships), phone),
            TieInput(strength=rng.choice(["strong", "moderate", "moderate", "weak"]), nature=nature,
                     direction=rng.choice(["receives", "receives", "both", "gives"]),
                     frequency=rng.choice(["daily", "weekly", "weekly", "monthly", "few_times_a_year", "rarely"])),
            on=on)
        added.append((member.id, on, kind))
        if on < today - timedelta(days=20) and rng.random() < 0.3:  # the tie grew (or soured) since
            services.network.change_tie(member.id, TieInput(
                strength=rng.choice(["strong", "moderate"]), nature=rng.choices(["supportive", "mixed"], [4, 1])[0],
                direction="both", frequency=rng.choice(["daily", "weekly"])),
                on=on + timedelta(days=rng.randrange(10, (today - on).days + 1)))
    if len(added) > 5:
        gone_id, gone_on, _ = added.pop(rng.randrange(len(added)))
        services.network.remove_member(gone_id, "Moved away",
                                       on=gone_on + timedelta(days=rng.randrange((today - gone_on).days + 1)))
    people = [m for m in added if m[2] == "person"]
    for _ in range(min(rng.choice([1, 2]), len(people) // 2)):
        a, b = rng.sample(people, 2)
        try:
            services.network.link_members(a[0], b[0])
        except RoscError:  # the same pair drawn twice
            pass
    return [(member_id, on) for member_id, on, _kind in added]


def _add_plans(services: Services, seed: int, count: int, registered: Registered,
               pools: list[NamePool]) -> None:
    """Goals with GAS levels and reviews, check-ins, a setback plan and a support network for the first
    people, so Today, the Goals tab and the map have something to show. Written through the services: it is a
    small number of people."""
    from rosc_desktop.services.checkins import CheckInInput, TieRatingInput
    from rosc_desktop.services.plans import GoalInput
    from rosc_desktop.services.setback import SetbackPlanText

    rng = random.Random(seed + 2)
    network_rng = random.Random(seed + 3)  # its own stream, so the plans stay as they were for a seed
    today = center_today()
    now = datetime.now(timezone.utc)
    with services.store.read() as session:  # the first people as the list shows them, without all 100,000 ids
        chosen = [pid for (pid,) in session.connection().exec_driver_sql(
            "SELECT id FROM participant WHERE deleted_at IS NULL ORDER BY sort_name, id LIMIT ?", (count,))]
    wanted = set(chosen)
    day_of = {pid: day for pid, day in zip(*registered) if pid in wanted}
    for index, pid in enumerate(chosen):
        members = _add_network(services, network_rng, pid, day_of[pid], pools)
        start = today - timedelta(days=rng.randrange(60, 200))
        for domain in rng.sample(sorted(GOALS), k=rng.choice([1, 2, 3])):
            statement, levels = GOALS[domain]
            goal = services.goals.add(pid, GoalInput(statement, domain, levels=levels), set_on=start)
            for months in range(rng.choice([0, 1, 2, 3])):
                services.goals.review(goal.id, min(today, start + timedelta(days=30 * (months + 1))),
                                      max(-2, min(2, months - 1 + rng.choice([-1, 0, 0, 1]))))
        for days_ago in sorted(rng.sample(range(1, 120), k=rng.choice([1, 2, 4])), reverse=True):
            mode = rng.choice(["in_person", "in_person", "phone", "text", "outreach"])
            occurred = now - timedelta(days=days_ago)
            # "How is this connection working?" asked about a few ties already on the map that day.
            there = [m for m, on in members if on <= occurred.astimezone().date()]
            ratings = tuple(TieRatingInput(m, network_rng.choice(["working_well", "working_well", "mixed",
                                                                  "not_working"]),
                                           network_rng.choice(RATING_NOTES))
                            for m in network_rng.sample(there, k=min(len(there), network_rng.choice([0, 1, 2, 3]))))
            services.checkins.record(pid, CheckInInput(occurred, mode, rng.choice([10, 20, 30, 45]), notes="",
                                                       tie_ratings=ratings))
        if index % 4 == 0:
            services.checkins.add_follow_up(pid, today, "Check in after the housing appointment")
        if index % 3 == 0:
            services.setback.save(pid, SetbackPlanText(
                warning_signs="Staying in bed; not answering the phone",
                what_helps="A walk and a coffee with my sponsor",
                what_does_not_help="Being lectured",
                people_to_call="Sponsor (555) 010-4477\nMy sister\nThe Tuesday group",
                safe_places="The center; my sister's kitchen"), 0)


# -- activities ----------------------------------------------------------------------------------------------

ACTIVITY_YEARS = 2
# (name, kind, weekday, start, minutes, place, facilitator, every_weeks, starts weeks ago (None: from the first
# day), ends weeks ago (None: still running), core group size at a busy center)
DEMO_SERIES = [
    ("All Recovery Meeting", ActivityKind.MEETING, 1, "18:00", 60, "Main room", "Marcus T.", 1, None, None, 18),
    ("SMART Recovery", ActivityKind.MEETING, 3, "17:30", 90, "Group room B", "Alicia M.", 1, None, None, 12),
    ("Women's peer support", ActivityKind.GROUP, 0, "11:00", 60, "Group room B", "Rosa G.", 1, None, None, 10),
    ("Men's peer support", ActivityKind.GROUP, 2, "18:00", 60, "Group room B", "Dwayne K.", 1, None, None, 10),
    ("Grupo de apoyo en español", ActivityKind.GROUP, 3, "11:00", 60, "Main room", "Rosa G.", 1, 60, None, 9),
    ("Recovery yoga", ActivityKind.CLASS, 4, "10:00", 45, "Main room", "Jen W.", 1, None, None, 8),
    ("Family support group", ActivityKind.GROUP, 5, "10:00", 90, "Main room", "Alicia M.", 2, None, None, 8),
    ("Job readiness class", ActivityKind.CLASS, 2, "14:00", 120, "Computer room", "Sam O.", 1, 70, 12, 7),
]
MONTHLY_EVENTS = ["Community potluck", "Family game night", "Recovery movie night", "Volunteer day in the park",
                  "Open mic night", "Community cookout"]
SEPTEMBER_EVENT = "Recovery Month picnic"  # September is National Recovery Month in the US


class _Crowd:
    """Who comes: a few regulars come most days, some people now and then, most enrolled people rarely or never
    (OUTCOMES.md: a busy center sees some 100 visits a day, whatever its number of enrolled people). People are
    drawn by weight among those registered by the day, without repeats."""

    def __init__(self, rng: random.Random, registered: Registered) -> None:
        self.ids, self.days = registered  # by day, the seed's order within a day
        count = len(self.ids)
        regulars = set(rng.sample(range(count), min(count, max(5, min(150, count // 20)))))
        occasional = set(rng.sample(range(count), min(count, max(10, min(1500, count // 5))))) - regulars
        self.regulars, self.occasional = sorted(regulars), sorted(occasional)
        # Fixed shares of the visits, whatever the center's size: regulars half, occasional visitors a third.
        weights = (0.5 / max(1, len(regulars)), 0.35 / max(1, len(occasional)), 0.15 / max(1, count))
        self.cumulative: list[float] = []
        total = 0.0
        for index in range(count):
            total += weights[0] if index in regulars else weights[1] if index in occasional else weights[2]
            self.cumulative.append(total)
        # Drop-in crowds shrink with a small center; groups less so (a handful still makes a group).
        self.scale = min(1.0, max(0.15, count / 1500))
        self.group_scale = min(1.0, max(0.5, count / 600))

    def eligible(self, day: date) -> int:
        return bisect.bisect_right(self.days, day)

    def draw(self, rng: random.Random, day: date, k: int, chosen: set[int] | None = None) -> set[int]:
        chosen = set() if chosen is None else chosen
        end = self.eligible(day)
        k = min(k, end)
        tries = 0
        while len(chosen) < k and tries < 20 * k:
            tries += 1
            chosen.add(bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[end - 1], 0, end))
        return chosen


def _insert_activities(services: Services, seed: int, registered: Registered) -> None:
    """Two years of what the center ran and who came: weekly series, drop-in hours every weekday, a monthly
    community event, each with named attendance and a count of unnamed visitors. Today and later are left as
    the calendar shows them, for staff to record."""
    if not registered[0]:
        return
    from rosc_desktop.services.activities import occurrence_days

    rng = random.Random(seed + 4)  # its own stream: the people and plans stay as they were for a seed
    crowd = _Crowd(rng, registered)
    today = center_today()
    first, last = today - timedelta(days=365 * ACTIVITY_YEARS), today - timedelta(days=1)
    closed = ((12, 25), (1, 1), (7, 4))
    conn = services.store.raw_connection()
    try:
        conn.execute("BEGIN IMMEDIATE")
        bulk = BulkRows(services.store, conn)

        def held(day: date, at: str, people: set[int], **values: object) -> None:
            starts = datetime.fromisoformat(f"{day.isoformat()}T{at}").astimezone().astimezone(timezone.utc)
            row = bulk.add("activity", starts, starts_at=starts, held_on=day, notes="", **values)
            for index in sorted(people):
                bulk.add("attendance", starts, activity_id=row["id"], participant_id=crowd.ids[index],
                         attended_on=day)
            bulk.flush_if_full()

        for (name, kind, weekday, at, minutes, place, facilitator, every, since, until, size) in DEMO_SERIES:
            starts_on = first if since is None else today - timedelta(weeks=since)
            ends_on = None if until is None else today - timedelta(weeks=until)
            series = bulk.add("activity_series", _midday(starts_on),
                              name=name, kind=kind.value, place=place, facilitator=facilitator, weekday=weekday,
                              start_time=at, duration_minutes=minutes, every_weeks=every, starts_on=starts_on,
                              ends_on=ends_on)
            pool = crowd.regulars + crowd.occasional
            core = rng.sample(pool, min(len(pool), max(3, round(size * crowd.group_scale * 0.6))))
            same = {"name": name, "kind": kind.value, "place": place, "facilitator": facilitator,
                    "duration_minutes": minutes, "series_id": series["id"]}
            for day in occurrence_days(SimpleNamespace(**series), first, last):  # type: ignore[arg-type]
                if rng.random() < 0.03 or (day.month, day.day) in closed:
                    held(day, at, set(), anonymous_count=0, cancelled=True, **same)
                    continue
                people = {i for i in core if i < crowd.eligible(day) and rng.random() < 0.7}
                crowd.draw(rng, day, len(people) + round(rng.randint(1, size // 2) * crowd.group_scale), people)
                held(day, at, people, anonymous_count=rng.choice([0, 0, 0, 1, 1, 2, 3]), cancelled=False, **same)

        day = first
        while day <= last:
            if day.weekday() < 5 and (day.month, day.day) not in closed:
                # Shaped as services.activities.drop_in makes it: one unnamed activity a day, at midnight.
                people = crowd.draw(rng, day, round(rng.triangular(20, 75, 45) * crowd.scale))
                held(day, "00:00", people, name="", kind=ActivityKind.DROP_IN.value, place="", facilitator="",
                     duration_minutes=None, series_id=None, anonymous_count=round(rng.randint(0, 15) * crowd.scale),
                     cancelled=False)
            if day.weekday() == 5 and 8 <= day.day <= 14:  # the second Saturday of the month
                name = SEPTEMBER_EVENT if day.month == 9 else MONTHLY_EVENTS[day.month % len(MONTHLY_EVENTS)]
                people = crowd.draw(rng, day, round(rng.randint(25, 60) * crowd.scale))
                held(day, "12:00", people, name=name, kind=ActivityKind.EVENT.value,
                     place="Riverside Park pavilion" if day.month in (5, 6, 7, 8, 9) else "Main room",
                     facilitator="", duration_minutes=180, series_id=None,
                     anonymous_count=round(rng.randint(10, 60) * crowd.scale) + 1, cancelled=False)
            day += timedelta(days=1)
        bulk.flush()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()

