"""The folded text directory search matches against, computed the same way by every writer (local edits,
HSDS and Meeting Guide imports) and by the search itself."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    """Lower case, accents removed, runs of space made one: "Café  Ñandú" -> "cafe nandu"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def search_text_for(parts: Iterable[str]) -> str:
    """A service's search column: its names, its organisation's, description, categories and city, folded."""
    return fold(" ".join(p for p in parts if p))[:4000]
