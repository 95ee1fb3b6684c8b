"""Checks on what people type, shared by the services. Each failure names the field and a message code."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any, overload

from rosc_desktop.clock import center_today
from rosc_desktop.errors import ValidationError

EARLIEST_DATE = date(1900, 1, 1)
LONG_TEXT_LIMIT = 10_000
_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}
_KEEP_FORMAT = {"\u200d", "\u200c", "\u200e", "\u200f"}  # joiners for emoji and scripts; direction marks
_TAG_BASE = "\U0001F3F4"  # waving black flag: the only base of RGI emoji tag sequences


def _is_tag(ch: str) -> bool:
    return "\U000E0020" <= ch <= "\U000E007F"


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-. /]*$")


def neutral_text(value: str, *, multiline: bool = False) -> str:
    """`value` without control, format and surrogate characters: C0/C1 controls, bidirectional embeddings,
    overrides and isolates (U+202A-U+202E, U+2066-U+2069), invisible format characters, lone surrogates,
    private-use and unassigned code points. Joiners, LRM/RLM and emoji tag sequences stay; tabs and line
    breaks stay only when `multiline`. Not normalised, not trimmed, never raises.

    Such characters can reorder or hide what a name shows on screen and on paper (a name that reads
    backwards, a line that seems to end elsewhere), and a lone surrogate cannot even be stored."""
    # Almost every value has none of them: str.isprintable is false for all of them (and for spaces other
    # than U+0020), so it decides most values at C speed.
    if value.isprintable():
        return value
    allowed_breaks = {"\n", "\t"} if multiline else set()
    kept: list[str] = []
    for ch in value:
        if ch in allowed_breaks or ch in _KEEP_FORMAT or unicodedata.category(ch) not in _CONTROL:
            kept.append(ch)
        elif _is_tag(ch) and kept and (kept[-1] == _TAG_BASE or _is_tag(kept[-1])):
            kept.append(ch)  # an emoji tag sequence (the flags of England, Scotland, Wales); elsewhere, hidden text
    return "".join(kept)


def has_lone_surrogate(value: str) -> bool:
    """True when `value` holds half of a UTF-16 surrogate pair (JSON's "\\ud800" decodes to one): such a
    string cannot be encoded as UTF-8, so SQLite, a PDF or the screen would fail on it."""
    if value.isascii():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_visible_name(value: str, field: str) -> str:
    """Raises "name_hidden_characters" when a name holds a character `neutral_text` would drop: for the
    names whose callers keep the text they were given (the center's name, a staff member's name)."""
    if neutral_text(value) != value:
        raise ValidationError("name_hidden_characters", field=field)
    return value


# Text columns that are names or one-line labels: a line break in them would let a name pose as two lines on
# paper. Every other text column (notes, descriptions, addresses) keeps its tabs and line breaks.
SINGLE_LINE_FIELDS = frozenset({
    "name", "display_name", "preferred_name", "legal_name", "pronouns", "alternate_name", "organization_name",
    "recipient_name", "signed_by_name", "helper_name", "relationship", "title", "city", "state_province",
    "postal_code", "country", "email", "website", "url", "phone", "contact_name", "contact_phone",
    "contact_email", "username", "site_code", "code",
})


def neutral_values(values: dict[str, Any], single_line: frozenset[str] = SINGLE_LINE_FIELDS) -> dict[str, Any]:
    """A row's values with every string (also inside JSON lists and objects) passed through `neutral_text`:
    for rows that arrive from another site or a file, where no form has cleaned them. Fields named in
    `single_line` lose their line breaks too. A new dict; `values` itself is left alone.

    Meant to run on a row after it passed its model's validation and before it is written, e.g. in
    sync/plan.py's `validated_values` and on a bundle's center details."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, str):
            out[key] = neutral_text(value, multiline=key not in single_line)
        elif isinstance(value, (list, dict)):
            out[key] = _neutral_nested(value, single_line)
        else:
            out[key] = value
    return out


def _neutral_nested(value: Any, single_line: frozenset[str]) -> Any:
    # Iterative, so a deeply nested value cannot exhaust Python's recursion limit.
    def convert(item: Any, key: str | None) -> Any:
        if isinstance(item, str):
            return neutral_text(item, multiline=key not in single_line)
        if isinstance(item, dict):
            new: dict[Any, Any] = {}
            work.append((item, new))
            return new
        if isinstance(item, list):
            new_list: list[Any] = []
            work.append((item, new_list))
            return new_list
        return item

    work: list[tuple[Any, Any]] = []
    root = convert(value, None)
    while work:
        source, target = work.pop()
        if isinstance(source, dict):
            for k, v in source.items():
                target[neutral_text(k) if isinstance(k, str) else k] = convert(v, k if isinstance(k, str) else None)
        else:
            target.extend(convert(v, None) for v in source)
    return root


def clean_text(value: str | None, field: str, limit: int, *, multiline: bool = False,
               required: bool = False) -> str:
    """NFC-normalised, control characters removed, trimmed; raises for empty (if required) or too long."""
    text = neutral_text(unicodedata.normalize("NFC", value or ""), multiline=multiline).strip()
    # Joiners and direction marks are kept inside text, but on their own they are an invisible, empty value.
    if required and not "".join(ch for ch in text if ch not in _KEEP_FORMAT).strip():
        raise ValidationError("required", field=field)
    if len(text) > limit:
        raise ValidationError("too_long", field=field, limit=limit)
    return text


@overload
def check_date(value: date, field: str, *, not_before: date = ..., today: date | None = None) -> date: ...


@overload
def check_date(value: date | None, field: str, *, not_before: date = ..., today: date | None = None) -> date | None: ...


def check_date(value: date | None, field: str, *, not_before: date = EARLIEST_DATE,
               today: date | None = None) -> date | None:
    if value is None:
        return None
    today = today or center_today()
    if value > today:
        raise ValidationError("date_in_future", field=field)
    if value < not_before:
        raise ValidationError("date_too_early", field=field, earliest=not_before.isoformat())
    return value


def check_phone(value: str) -> str:
    phone = clean_text(value, "phone", 40)
    if phone and (not _PHONE.match(phone) or sum(ch.isdigit() for ch in phone) < 3):
        raise ValidationError("phone_invalid", field="phone")
    return phone


def check_email(value: str) -> str:
    email = clean_text(value, "email", 200)
    if email and not _EMAIL.match(email):
        raise ValidationError("email_invalid", field="email")
    return email
