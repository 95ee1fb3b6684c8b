"""The demo's made-up people, and the bulk writer that puts rows in a chunk at a time (services.demo).

Rows go through the raw connection, because the ORM path is some forty times slower for 100,000 people
(PLATFORM-NOTES.md). The writer holds at most a chunk of rows before it hands them to `executemany`, inside the
caller's one transaction, so a 100,000-person build needs no more memory than a 2,000-person one: what stays
is the few figures per person the activities are drawn from.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, TypedDict

import uuid6

from rosc_desktop.clock import center_today
from rosc_desktop.model import Pathway
from rosc_desktop.model.types import utc_now

if TYPE_CHECKING:
    from rosc_desktop.store.database import Store

# Rows held before they are written: big enough that executemany's per-call cost vanishes, small enough
# that memory stays flat: about 2,000 people (with their intakes and assessments), or a few weeks of activities.
CHUNK_ROWS = 8_000

# (Faker locale, weight, preferred language)
LOCALES = [
    ("en_US", 30, "en"), ("es_MX", 20, "es"), ("es_ES", 4, "es"), ("vi_VN", 5, "vi"), ("zh_CN", 4, "zh"),
    ("ar_AA", 4, "ar"), ("he_IL", 2, "en"), ("ru_RU", 4, "ru"), ("el_GR", 2, "en"), ("fr_FR", 3, "fr"),
    ("de_DE", 3, "en"), ("pl_PL", 3, "en"), ("pt_BR", 4, "pt"), ("ko_KR", 3, "ko"), ("tl_PH", 2, "tl"),
]
PRONOUNS = ["she/her"] * 4 + ["he/him"] * 4 + ["they/them", ""]

NamePool = tuple[list[str], list[str], str, int]  # first names, last names, preferred language, weight


def name_pools(rng: random.Random) -> list[NamePool]:
    from faker import Faker

    pools = []
    for locale, weight, language in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(rng.randrange(2**31))
        firsts = list(dict.fromkeys(fake.first_name() for _ in range(120)))
        lasts = list(dict.fromkeys(fake.last_name() for _ in range(120)))
        pools.append((firsts, lasts, language, weight))
    return pools


class Person(TypedDict):
    preferred_name: str
    legal_name: str
    pronouns: str
    date_of_birth: date | None
    phone: str
    email: str
    preferred_language: str
    pathways: list[str]
    registered: date
    text_language: str
    rng_state: float


def people(count: int, seed: int, keep_pools: list[NamePool] | None = None) -> Iterator[Person]:
    """One person at a time, drawn from the seed alone: how the rows are written does not change who is made."""
    rng = random.Random(seed)
    pools = name_pools(rng)
    if keep_pools is not None:  # the network's people are named from the same pools, built once
        keep_pools.extend(pools)
    weights = [p[3] for p in pools]
    today = center_today()
    pathways = [p.value for p in Pathway]
    for index in range(count):
        firsts, lasts, language, _ = rng.choices(pools, weights)[0]
        first, last = rng.choice(firsts), rng.choice(lasts)
        preferred = first if rng.random() < 0.15 else f"{first} {last}"
        if rng.random() < 0.01:
            preferred += rng.choice([" 🌻", " ✨", " 🙏"])
        birth = today - timedelta(days=rng.randrange(18 * 365, 75 * 365))
        chosen = rng.sample(pathways[:-1], k=rng.choice([1, 1, 1, 2, 2, 3]))
        phone = f"(555) 01{rng.randrange(10)}-{rng.randrange(10000):04d}" if rng.random() < 0.85 else ""
        yield {
            "preferred_name": preferred,
            "legal_name": f"{first} {last}" if rng.random() < 0.7 else "",
            "pronouns": rng.choice(PRONOUNS),
            "date_of_birth": birth if rng.random() < 0.9 else None,
            "phone": phone,
            "email": f"person{index}@example.org" if rng.random() < 0.4 else "",
            "preferred_language": language,
            "pathways": chosen,
            "registered": today - timedelta(days=rng.randrange(1, 3 * 365)),
            "text_language": "es" if language == "es" else "en",
            "rng_state": rng.random(),
        }


def _payload_value(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# One encoder for every payload: json.dumps(default=...) would build a new one per row, and turning dates into
# text in `default` spares a converted copy of each row.
_encode_payload = json.JSONEncoder(default=_payload_value).encode


class BulkRows:
    """Synchronised rows for one raw transaction, each stamped as change capture stamps it (owner_site, version
    1, hlc) with its outbox entry, so the demo's rows sync like any a person entered. Written a chunk at a time:
    the caller calls `flush_if_full` where a chunk may end and `flush` at the end."""

    def __init__(self, store: Store, conn: Any) -> None:  # conn: sqlcipher3's DB-API connection (untyped)
        self._store = store
        self._conn = conn
        self.site = store.site_code
        self._seq = conn.execute("SELECT coalesce(max(seq), 0) FROM outbox WHERE origin = ?",
                                 (self.site,)).fetchone()[0]
        # Tables keep the order they first appeared in (parents before the rows that refer to them), chunk
        # after chunk, so a chunk never writes a child before its parent.
        self._columns: dict[str, tuple[str, ...]] = {}
        self._rows: dict[str, list[tuple[object, ...]]] = {}
        self._outbox: list[tuple[object, ...]] = []
        self.chunks = 0  # how many times rows were written (tests read it)
        self.largest_chunk = 0  # the most rows held at once (tests read it)

    def add(self, table: str, created: datetime, **values: object) -> dict[str, object]:
        row: dict[str, object] = {"id": str(uuid6.uuid7()), "hlc": self._store.clock.now(), "owner_site": self.site,
                                  "version": 1, "created_at": created, "updated_at": created, "deleted_at": None,
                                  **values}
        columns = self._columns.get(table)
        if columns is None:
            columns = self._columns[table] = tuple(row)
            self._rows[table] = []
        # By name, not position: callers may pass the same columns in another order.
        self._rows[table].append(tuple([v if type(v) in _AS_IS else sql_value(v) for v in map(row.__getitem__, columns)]))
        self._seq += 1
        self._outbox.append((self.site, self._seq, table, row["id"], 1, row["hlc"], "insert", _encode_payload(row)))
        return row

    def flush_if_full(self) -> None:
        if len(self._outbox) >= CHUNK_ROWS:
            self.flush()

    def flush(self) -> None:
        """Write what is held, table by table in first-seen order, then the outbox, and let it go."""
        if not self._outbox:
            return
        self.largest_chunk = max(self.largest_chunk, len(self._outbox))
        for table, rows in self._rows.items():
            if rows:
                columns = self._columns[table]
                self._conn.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
                rows.clear()
        recorded = utc_now().isoformat(timespec="microseconds")
        self._conn.executemany(
            "INSERT INTO outbox (origin, seq, table_name, row_id, version, hlc, op, payload, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ((*entry, recorded) for entry in self._outbox))
        self._outbox.clear()
        self.chunks += 1


_AS_IS = frozenset({str, int, float, bool, type(None)})  # most values: no conversion to look for


def sql_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value)
    return value
