"""Full-text search over participants: an FTS5 index kept by triggers, queried by prefix as the user types.
On PostgreSQL (a hub) the same rule is a regular-expression filter over the same columns (`postgres_filter`).

The tokenizer folds case and accents (`remove_diacritics 2`), so "zoe kr" finds "Zoë Krüger"; phone numbers
are indexed as their digits only, so "555-12" and "55512" both find "(555) 123-4567", and by their last 10, 7
and 4 digits, so "4567" and "123 4567" find it too.
"""

from __future__ import annotations

import re
import unicodedata

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
