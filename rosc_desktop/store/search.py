"""Full-text search over participants: an FTS5 index kept by triggers, queried by prefix as the user types.

The tokenizer folds case and accents (`remove_diacritics 2`), so "zoe kr" finds "Zoë Krüger"; phone numbers
are indexed as their digits only, so "555-12" and "55512" both find "(555) 123-4567".
"""

from __future__ import annotations

import re
import unicodedata

SEARCH_TABLE_PREFIX = "participant_fts"

_TOKEN = re.compile(r"\w+", re.UNICODE)
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
    return " AND ".join(f'"{word}"*' for word in words)


def sort_key(name: str) -> str:
    """Case- and accent-folded, for ordering lists the way people expect (Élodie among the E's)."""
    decomposed = unicodedata.normalize("NFKD", name.strip())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()[:100]
