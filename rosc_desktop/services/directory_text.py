"""What every writer of a directory service (local edits, the shipped sample, HSDS and Meeting Guide imports)
derives the same way: the folded text search matches against, and the filter columns read from HSDS
attributes and cost options. One rule, so a file imported twice by two routes lands identical."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

CATEGORY_TAXONOMY = "ROSC Desktop categories"
MEETING_TYPES_TAXONOMY = "Meeting Guide types"
WALK_IN_NAMES = frozenset({"walk-in", "walk in", "walkin", "drop-in", "drop in"})
FREE_WORDS = ("free", "no cost", "gratis", "gratuito", "sin costo")


def fold(text: str) -> str:
    """Lower case, accents removed, runs of space made one: "Café  Ñandú" -> "cafe nandu"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def search_text_for(parts: Iterable[str]) -> str:
    """A service's search column: its names, its organisation's, description, categories and city, folded."""
    return fold(" ".join(p for p in parts if p))[:4000]


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def filters_from_attributes(attributes: Iterable[Any] | None) -> tuple[list[str], bool, list[str]]:
    """(categories, walk_in, meeting types) from a service's HSDS attributes: categories are term names, a
    term named walk-in (or drop-in) marks walk-in, terms of the Meeting Guide taxonomy give type codes."""
    categories: list[str] = []
    meeting_types: list[str] = []
    walk_in = False
    for attribute in attributes or []:
        term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
        if not isinstance(term, dict):
            continue
        name = _text(term.get("name")).strip()
        if term.get("taxonomy") == MEETING_TYPES_TAXONOMY:
            code = _text(term.get("code") or name)
            if code and code not in meeting_types:
                meeting_types.append(code)
        elif fold(name) in WALK_IN_NAMES:
            walk_in = True
        elif name and name not in categories:
            categories.append(name)
    return categories, walk_in, meeting_types


def costs_are_free(cost_options: list[dict[str, Any]], fees_description: str) -> bool:
    """Free when no cost option asks for money and either an option says 0 or the words say free."""
    amounts = [a for o in cost_options if isinstance(a := o.get("amount"), (int, float))]
    if any(a > 0 for a in amounts):
        return False
    words = " ".join([fold(fees_description), *(fold(_text(o.get("option"))) + " " +
                                                 fold(_text(o.get("amount_description"))) for o in cost_options)])
    return bool(cost_options and amounts) or any(w in words for w in FREE_WORDS)
