"""Checks on what people type, shared by the services. Each failure names the field and a message code."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

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


def clean_text(value: str | None, field: str, limit: int, *, multiline: bool = False,
               required: bool = False) -> str:
    """NFC-normalised, control characters removed, trimmed; raises for empty (if required) or too long."""
    text = unicodedata.normalize("NFC", value or "")
    allowed_breaks = {"\n", "\t"} if multiline else set()
    kept: list[str] = []
    for ch in text:
        if ch in allowed_breaks or ch in _KEEP_FORMAT or unicodedata.category(ch) not in _CONTROL:
            kept.append(ch)
        elif _is_tag(ch) and kept and (kept[-1] == _TAG_BASE or _is_tag(kept[-1])):
            kept.append(ch)  # an emoji tag sequence (the flags of England, Scotland, Wales); elsewhere, hidden text
    text = "".join(kept).strip()
    # Joiners and direction marks are kept inside text, but on their own they are an invisible, empty value.
    if required and not "".join(ch for ch in text if ch not in _KEEP_FORMAT).strip():
        raise ValidationError("required", field=field)
    if len(text) > limit:
        raise ValidationError("too_long", field=field, limit=limit)
    return text


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
