"""Full-text search over participants: an FTS5 index kept by triggers, queried by prefix as the user types.
On PostgreSQL (a hub) the same rule is a regular-expression filter over the same columns (`postgres_filter`).

The tokenizer folds case and accents (`remove_diacritics 2`), so "zoe kr" finds "Zoë Krüger"; phone numbers
are indexed as their digits only, so "555-12" and "55512" both find "(555) 123-4567", and by their last 10, 7
and 4 digits, so "4567" and "123 4567" find it too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import text as sql_text

SEARCH_TABLE_PREFIX = "participant_fts"

_TOKEN = re.compile(r"\w+", re.UNICODE)
# Scripts written without spaces between words (Han, Kana, Hangul syllables are often run together in names):
# each character is indexed as a token of its own, so "小明" finds "王小明".
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_PHONE_LIKE = re.compile(r"^[\d\s\-().+/]+$")


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH expression: every word typed must start some word of the name or the phone.

    Returns None when nothing searchable was typed. Words are quoted, so FTS5 operators in user input
    (AND, NEAR, quotes, colons) are taken literally, never as syntax.
    """
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        return None
    if _PHONE_LIKE.match(text) and any(ch.isdigit() for ch in text):
        digits = "".join(ch for ch in text if ch.isdigit())
        return f'phone : "{digits}"*'
    words = _TOKEN.findall(text)
    if not words:
        return None
    terms = []
    for word in words:
        spaced = _space_out(word).split()
        # A run of unspaced characters must stand together, in order: an FTS5 phrase, its last one a prefix.
        terms.append(f'"{" ".join(spaced)}"*')
    return " AND ".join(terms)


# Accents as PostgreSQL strips them: decompose (NFD), then drop the combining marks of Latin, Greek and Cyrillic
# letters. Ten times quicker over 100,000 names than translate() with a letter map, and needs no extension.
_MARKS = "[\u0300-\u036f]"
_MARKS_RE = re.compile(_MARKS)


def _fold(text: str) -> str:
    """What the database side does to the names, so both sides agree (Hangul stays decomposed on both)."""
    return _MARKS_RE.sub("", unicodedata.normalize("NFD", text.lower()))


# A word starts at the beginning or after a space or punctuation; classes are ASCII-only in a C locale, so
# no letter of another script is mistaken for a separator.
_WORD_START = "(^|[[:space:][:punct:]])"


def postgres_filter(text: str) -> tuple[str, dict[str, str]] | None:
    """The search as an SQL condition on `participant` for PostgreSQL, with its bound values: every word typed
    must start some word of the names (case and accents folded), or the digits start a phone token.

    Returns None when nothing searchable was typed. Typed words are \\w+ runs, so they hold nothing a regular
    expression would read as syntax; they are still only ever bound, never pasted into the SQL."""
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        return None
    if _PHONE_LIKE.match(text) and any(ch.isdigit() for ch in text):
        digits = "".join(ch for ch in text if ch.isdigit())
        return "(' ' || participant.search_phone) LIKE :phone", {"phone": f"% {digits}%"}
    words = _TOKEN.findall(text)
    if not words:
        return None
    folded = "regexp_replace(normalize(lower(participant.search_names), NFD), :marks, '', 'g')"
    conditions, params = [], {"marks": _MARKS}
    for i, word in enumerate(words):
        # A run of unspaced characters (Han, Kana, Hangul) must stand together, in order, as in FTS5.
        pattern = "[[:space:][:punct:]]+".join(_fold(_space_out(word)).split())
        conditions.append(f"{folded} ~ :word{i}")
        params[f"word{i}"] = _WORD_START + pattern
    return " AND ".join(conditions), params


def _space_out(text: str) -> str:
    return _UNSPACED.sub(lambda m: f" {m.group(0)} ", text)


PHONE_TAILS = (10, 7, 4)


def search_phone(phone: str) -> str:
    """The phone's digits as the index holds them: the whole number and its last 10, 7 and 4 digits, so a
    number is found from its start, without its country code, or by the last digits people remember."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if not digits:
        return ""
    tokens = [digits] + [digits[-n:] for n in PHONE_TAILS if len(digits) > n]
    return " ".join(dict.fromkeys(tokens))


def search_names(preferred_name: str, legal_name: str = "") -> str:
    """The text the search index holds for a person's names (the FTS5 triggers read this column)."""
    return " ".join(_space_out(name) for name in (preferred_name, legal_name) if name).strip()[:700]


def sort_key(name: str) -> str:
    """Case- and accent-folded, for ordering lists the way people expect (Élodie among the E's)."""
    decomposed = unicodedata.normalize("NFKD", name.strip())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()[:100]


# -- one page at a time ------------------------------------------------------------------------------------
# The list shows what fits a screen and fetches more as it scrolls, so a search reads one page, never every match.
# Order: people whose preferred name starts with what was typed (an exact name first, as it sorts first), then
# every other match; ties by folded name, then id. On SQLite the first group is a range of the (sort_name, id)
# index, so a page of it costs one index range whatever the number of matches. Its test is the folded name, not
# the FTS tokens: in rare foldings ("Straße" for "strass") a person found by the start of their name is listed
# though the word index alone would have missed them.

TIER_NAME_START, TIER_OTHER = 0, 1
# Below this many matches, sorting them all is cheaper than walking the name index until a page is found.
SORT_ALL_BELOW = 300
_TOP = "\U0010ffff"  # above every character, so prefix + _TOP bounds every name that starts with prefix


@dataclass(frozen=True)
class PageMark:
    """Where a page stopped; the next page starts just after it. Phone searches page by index order (rowid)."""

    tier: int
    sort_name: str
    id: str
    rowid: int = 0


FIRST = PageMark(TIER_NAME_START, "", "")


def name_prefix(text: str) -> str | None:
    """What a folded name must start with to be ranked first for `text`, or None for a phone or nothing."""
    text = unicodedata.normalize("NFC", text).strip()
    if not text or (_PHONE_LIKE.match(text) and any(ch.isdigit() for ch in text)):
        return None
    return sort_key(" ".join(text.split())) or None


def page_ids(conn: Connection, text: str, after: PageMark | None, limit: int, *, postgres: bool = False,
             caseload_of: str | None = None) -> tuple[list[str], PageMark | None]:
    """One page of the matching ids in list order, and the mark to pass for the next page (None at the end)."""
    after = after or FIRST
    if postgres:
        rows = _postgres_page(conn, text, after, limit + 1, caseload_of)
    else:
        rows = _sqlite_page(conn, text, after, limit + 1, caseload_of)
    more = len(rows) > limit
    rows = rows[:limit]
    return [r[2] for r in rows], (PageMark(*rows[-1]) if more else None)


def count_matches(conn: Connection, text: str, *, postgres: bool = False, caseload_of: str | None = None) -> int:
    """How many people match: cheap (an FTS5 count, never a join) unless limited to a caseload."""
    mine = " AND participant.id IN (" + _CASELOAD + ")" if caseload_of else ""
    params: dict[str, Any] = {"staff": caseload_of}
    if postgres:
        found = postgres_filter(text)
        condition = ""
        if found is not None:
            condition = f" AND {found[0]}"
            params.update(found[1])
        return int(conn.execute(sql_text(
            f"SELECT count(*) FROM participant WHERE participant.deleted_at IS NULL{condition}{mine}"), params).one()[0])
    expression = match_expression(text)
    if expression is None:
        sql = f"SELECT count(*) FROM participant WHERE participant.deleted_at IS NULL{mine}"
    elif caseload_of:
        sql = ("SELECT count(*) FROM participant WHERE participant.deleted_at IS NULL AND participant.rowid IN "
               f"(SELECT rowid FROM participant_fts WHERE participant_fts MATCH :match){mine}")
    else:
        sql = "SELECT count(*) FROM participant_fts WHERE participant_fts MATCH :match"
    params["match"] = expression
    return int(conn.exec_driver_sql(sql, params).one()[0])


_CASELOAD = "SELECT participant_id FROM caseload_assignment WHERE staff_id = :staff AND ended_at IS NULL"
_KEYSET = "(participant.sort_name, participant.id) > (:sort_name, :id)"


# A page's rows as (tier, sort_name, id, rowid), the fields of a PageMark: only the last becomes one.
_Row = tuple[int, str, str, int]


def _sqlite_page(conn: Connection, text: str, after: PageMark, n: int, caseload_of: str | None) -> list[_Row]:
    expression = match_expression(text)
    params: dict[str, Any] = {"sort_name": after.sort_name, "id": after.id, "n": n, "staff": caseload_of,
                              "match": expression, "rowid": after.rowid}
    mine = " AND participant.id IN (" + _CASELOAD + ")" if caseload_of else ""
    live = "participant.deleted_at IS NULL"
    if expression is None:  # everyone, by name: the list index alone
        sql = (f"SELECT participant.id, participant.sort_name FROM participant WHERE {live} AND {_KEYSET}{mine} "
               "ORDER BY participant.sort_name, participant.id LIMIT :n")
        return [(TIER_OTHER, s, i, 0) for i, s in conn.exec_driver_sql(sql, params).all()]
    if expression.startswith("phone"):  # no better order than the index's own
        sql = ("SELECT participant.id, f.rowid FROM participant_fts f JOIN participant ON participant.rowid = f.rowid "
               f"WHERE participant_fts MATCH :match AND f.rowid > :rowid{mine} ORDER BY f.rowid LIMIT :n")
        return [(TIER_OTHER, "", i, r) for i, r in conn.exec_driver_sql(sql, params).all()]
    prefix = name_prefix(text)
    found: list[_Row] = []
    if prefix is not None:
        params.update(low=prefix, high=prefix + _TOP)
    if prefix is not None and after.tier == TIER_NAME_START:
        sql = (f"SELECT participant.id, participant.sort_name FROM participant WHERE {live} "
               f"AND participant.sort_name >= :low AND participant.sort_name < :high AND {_KEYSET}{mine} "
               "ORDER BY participant.sort_name, participant.id LIMIT :n")
        found = [(TIER_NAME_START, s, i, 0) for i, s in conn.exec_driver_sql(sql, params).all()]
        if len(found) >= n:
            return found
        params.update(sort_name="", id="", n=n - len(found))
    not_first = " AND NOT (participant.sort_name >= :low AND participant.sort_name < :high)" if prefix else ""
    matching = "participant.rowid IN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH :match)"
    if caseload_of:  # a caseload is small: let SQLite start from it
        source = "participant"
    elif count_matches(conn, text) < SORT_ALL_BELOW:  # few matches: sort them all
        source = "participant_fts f CROSS JOIN participant ON participant.rowid = f.rowid"
        matching = "participant_fts MATCH :match"
    else:  # many: walk the names in order, keeping the matches, until the page is full
        source = "participant INDEXED BY ix_participant_list"
    sql = (f"SELECT participant.id, participant.sort_name FROM {source} WHERE {live} AND {matching}{not_first} "
           f"AND {_KEYSET}{mine} ORDER BY participant.sort_name, participant.id LIMIT :n")
    return found + [(TIER_OTHER, s, i, 0) for i, s in conn.exec_driver_sql(sql, params).all()]


def _postgres_page(conn: Connection, text: str, after: PageMark, n: int, caseload_of: str | None) -> list[_Row]:
    params: dict[str, Any] = {"tier": after.tier, "sort_name": after.sort_name, "id": after.id, "n": n,
                              "staff": caseload_of}
    found = postgres_filter(text)
    condition = ""
    if found is not None:
        condition = f" AND {found[0]}"
        params.update(found[1])
    prefix = name_prefix(text)
    tier = str(TIER_OTHER)
    if prefix is not None:
        # left() rather than a range: the server's collation may order names differently from code points.
        tier = (f"(CASE WHEN left(participant.sort_name, :prefix_length) = :prefix THEN {TIER_NAME_START} "
                f"ELSE {TIER_OTHER} END)")
        params.update(prefix=prefix, prefix_length=len(prefix))
    mine = " AND participant.id IN (" + _CASELOAD + ")" if caseload_of else ""
    rows = conn.execute(sql_text(
        f"SELECT participant.id, participant.sort_name, {tier} AS tier FROM participant "
        f"WHERE participant.deleted_at IS NULL{condition}{mine} "
        f"AND ({tier}, participant.sort_name, participant.id) > (:tier, :sort_name, :id) "
        "ORDER BY 3, 2, 1 LIMIT :n"), params).all()
    return [(t, s, i, 0) for i, s, t in rows]
