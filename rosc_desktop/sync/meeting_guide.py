"""Mutual-aid meeting lists in the Meeting Guide JSON format (code4recovery/spec): a plain array of meetings.

Each meeting becomes one directory service (category "Mutual-aid meetings", `meeting_types` = its type
codes), with one weekly schedule item for its day(s) and time (end = end_time, or one hour after the start,
as the spec says), a physical location for its address and a virtual one for its conference URL. Meetings
sit under one organisation per `group`, or one for the whole feed when they name no group.

Walk-in: only meetings typed O (open) are marked walk-in. A closed meeting (C) is for people who want to
stop drinking or using, and an unmarked one may be either, so we do not promise a stranger is welcome.

Stable ids: every id is a uuid5 of a fixed namespace, the feed's name (the file's stem unless given) and
the meeting's slug, so importing the same feed again updates the same rows instead of adding new ones.
Meetings at the same address share one location.

Only `name` and `slug` are required; the rest is read leniently (the spec's US-only address patterns are not
enforced). The IANA timezone and contact_N_* fields are not kept: HSDS schedules carry a numeric offset only,
and contact names are personal details we do not need.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from rosc_desktop.errors import RoscError
from rosc_desktop.services import directory_import as di
from rosc_desktop.services.directory_import import ParsedDirectory
from rosc_desktop.services.directory_text import fold
from rosc_desktop.sync import bounded
from rosc_desktop.sync.hsds import (
    CATEGORY_TAXONOMY,
    MEETING_TYPES_TAXONOMY,
    _attribute,
    _Collector,
    derive_filters,
    derived_id,
    read_bytes,
    refused,
)

CATEGORY = "Mutual-aid meetings"  # the same category name as the shipped sample directory
_DAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")  # Meeting Guide: 0 = Sunday
_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])(:[0-5][0-9])?$")

TYPE_NAMES = {
    "11": "11th Step Meditation", "12x12": "12 Steps & 12 Traditions", "A": "Secular", "ABSI": "As Bill Sees It",
    "AL": "Concurrent with Alateen", "AL-AN": "Concurrent with Al-Anon", "AM": "Amharic",
    "ASL": "American Sign Language", "B": "Big Book", "BA": "Babysitting Available", "BE": "Newcomer",
    "BI": "Bisexual", "BRK": "Breakfast", "C": "Closed", "CAN": "Candlelight", "CF": "Child-Friendly",
    "D": "Discussion", "DA": "Danish", "DB": "Digital Basket", "DD": "Dual Diagnosis", "DE": "German",
    "DR": "Daily Reflections", "EL": "Greek", "EN": "English", "FA": "Persian", "FF": "Fragrance Free",
    "FR": "French", "G": "Gay", "GR": "Grapevine", "H": "Birthday", "HE": "Hebrew", "HI": "Hindi",
    "HR": "Croatian", "HU": "Hungarian", "ITA": "Italian", "JA": "Japanese", "KOR": "Korean", "L": "Lesbian",
    "LGBTQ": "LGBTQ", "LIT": "Literature", "LS": "Living Sober", "LT": "Lithuanian", "M": "Men",
    "MED": "Meditation", "ML": "Malayalam", "N": "Native American", "NB": "Non-Binary", "NDG": "Indigenous",
    "NO": "Norwegian", "O": "Open", "OUT": "Outdoor", "P": "Professionals", "POA": "Proof of Attendance",
    "POC": "People of Color", "POL": "Polish", "POR": "Portuguese", "PUN": "Punjabi", "RUS": "Russian",
    "S": "Spanish", "SEN": "Seniors", "SK": "Slovak", "SM": "Smoking Permitted", "SP": "Speaker",
    "ST": "Step Study", "SV": "Swedish", "T": "Transgender", "TC": "Location Temporarily Closed", "TH": "Thai",
    "TL": "Tagalog", "TR": "Tradition Study", "UK": "Ukrainian", "W": "Women", "X": "Wheelchair Access",
    "XB": "Wheelchair-Accessible Bathroom", "XT": "Cross Talk Permitted", "Y": "Young People",
    "ONL": "Online Meeting", "HY": "Hybrid", "TUR": "Turkish",
}
# Type codes that name the meeting's language, as ISO 639-1.
_LANGUAGE_TYPES = {"EN": ("en", "English"), "S": ("es", "Spanish"), "FR": ("fr", "French"),
                   "DE": ("de", "German"), "ITA": ("it", "Italian"), "POR": ("pt", "Portuguese"),
                   "POL": ("pl", "Polish"), "RUS": ("ru", "Russian"), "JA": ("ja", "Japanese"),
                   "KOR": ("ko", "Korean"), "FA": ("fa", "Persian"), "HI": ("hi", "Hindi"), "TL": ("tl", "Tagalog"),
                   "UK": ("uk", "Ukrainian"), "HE": ("he", "Hebrew"), "AM": ("am", "Amharic")}
_KNOWN = {"name", "slug", "day", "time", "end_time", "timezone", "formatted_address", "address", "city", "state",
          "postal_code", "country", "region", "sub_region", "regions", "location", "location_notes", "notes",
          "latitude", "longitude", "approximate", "conference_url", "conference_url_notes", "conference_phone",
          "conference_phone_notes", "types", "updated", "url", "edit_url", "feedback_url", "feedback_emails",
          "group", "group_notes", "venmo", "square", "paypal", "entity", "entity_email", "entity_feedback_emails",
          "entity_location", "entity_logo", "entity_phone", "entity_website_url", "entity_url", "district",
          "district_id", "attendance_option", "id",
          *(f"contact_{n}_{f}" for n in (1, 2, 3) for f in ("name", "email", "phone"))}


def _slug_lines(text: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    line, last = 1, 0
    for match in re.finditer(r'"slug"\s*:\s*"?([^",}\s]{1,100})', text):
        line += text.count("\n", last, match.start())
        last = match.start()
        lines.setdefault(match.group(1), line)
    return lines


def read_meeting_guide(path: Path, *, feed: str | None = None) -> ParsedDirectory:
    path = Path(path)
    data = read_bytes(path)
    return data if isinstance(data, ParsedDirectory) else parse_meeting_guide(data, path.name, feed or path.stem)


def parse_meeting_guide(data: bytes | str, file: str, feed: str) -> ParsedDirectory:
    try:
        meetings, text = bounded.load_json(data, file)
    except RoscError as error:
        return refused(error, file)
    if not isinstance(meetings, list):
        return di.blocked("not_a_directory_file", file, "expected an array of meetings", line=1)
    feed_key = fold(feed)
    lines = _slug_lines(text)
    collect = _Collector(file, {})
    for index, meeting in enumerate(meetings):
        where = f"[{index}]"
        if not isinstance(meeting, dict):
            collect.problem(None, "not_a_directory_file", f"{where}: not an object")
            continue
        slug = meeting.get("slug")
        slug = str(slug).strip() if isinstance(slug, (str, int)) and not isinstance(slug, bool) else ""
        line = lines.get(slug)
        collect.unknown |= {f"meeting.{k}" for k in meeting if k not in _KNOWN}
        name = meeting.get("name")
        if not slug or not isinstance(name, str) or not name.strip():
            collect.problem(line, "missing_field", f"{where}: meeting {'name' if slug else 'slug'}")
            continue
        try:
            _read_meeting(collect, meeting, feed, feed_key, slug, line, where)
        except ValueError as error:
            collect.problem(line, "bad_value", f"{where}: {error}")
    parsed = collect.parsed()
    for record in parsed.services:
        derive_filters(record)
    return parsed


def _str(meeting: dict[str, Any], key: str) -> str:
    value = meeting.get(key)
    return value.strip() if isinstance(value, str) else ""


def _days(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    values = value if isinstance(value, list) else [value]
    days = []
    for v in values:
        if isinstance(v, bool) or not isinstance(v, (int, str)) or not str(v).strip().isdigit() \
                or not 0 <= int(v) <= 6:
            raise ValueError(f"day {str(v)[:10]!r}")
        if _DAYS[int(v)] not in days:
            days.append(_DAYS[int(v)])
    return sorted(days, key=_DAYS.index)


def _time(value: Any, what: str) -> str:
    match = _TIME.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"{what} {str(value)[:10]!r}")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _read_meeting(collect: _Collector, meeting: dict[str, Any], feed: str, feed_key: str, slug: str,
                  line: int | None, where: str) -> None:
    service_id = derived_id("meeting-guide", feed_key, "meeting", slug)
    raw_types = meeting.get("types") or []
    if not isinstance(raw_types, list):
        raise ValueError("types is not a list")
    types = [str(t).strip() for t in raw_types if isinstance(t, (str, int)) and str(t).strip()]
    types = list(dict.fromkeys(types))
    days = _days(meeting.get("day"))
    schedules = []
    if days and meeting.get("time") not in (None, ""):
        opens = _time(meeting["time"], "time")
        if meeting.get("end_time") not in (None, ""):
            closes = _time(meeting["end_time"], "end_time")
        else:
            start = datetime.strptime(opens, "%H:%M")
            closes = min(start + timedelta(hours=1), start.replace(hour=23, minute=59)).strftime("%H:%M")
        schedules.append({"id": derived_id(service_id, "schedule"), "freq": "WEEKLY", "byday": ",".join(days),
                          "opens_at": opens, "closes_at": closes})
    group = _str(meeting, "group")
    org_name = group or _str(meeting, "entity") or feed
    org_id = derived_id("meeting-guide", feed_key, "group", fold(group) if group else "")
    if org_id not in collect.records["organization"]:  # the first meeting of a group describes it
        collect.add("organization", {"id": org_id, "name": org_name, "alternate_name": "",
                                     "description": _str(meeting, "group_notes") if group else "",
                                     "email": "", "website": "", "last_modified": None, "phones": []}, line, where)
    conference_url = _str(meeting, "conference_url")
    conference_phone = _str(meeting, "conference_phone")
    locations = []
    address = _str(meeting, "address")
    formatted = _str(meeting, "formatted_address")
    if (address or formatted) and _str(meeting, "approximate") != "yes":
        parts = [p.strip() for p in formatted.split(",")] if formatted and not address else []
        street = address or (parts[0] if parts else "")
        city = _str(meeting, "city") or (parts[1] if len(parts) > 1 else "")
        state_postal = (parts[2] if len(parts) > 2 else "").split()
        place = _str(meeting, "location")
        location_id = derived_id("meeting-guide", feed_key, "location", fold(place), fold(street), fold(city))
        location = {
            "id": location_id,
            "organization_id": None, "name": place, "description": _str(meeting, "location_notes"),
            "location_type": "physical", "url": "", "transportation": "",
            "latitude": _coordinate(meeting.get("latitude")), "longitude": _coordinate(meeting.get("longitude")),
            "address_1": street, "address_2": "", "city": city,
            "state_province": _str(meeting, "state") or (state_postal[0] if state_postal else ""),
            "postal_code": _str(meeting, "postal_code") or (" ".join(state_postal[1:]) if state_postal else ""),
            "country": _country(_str(meeting, "country") or (parts[3] if len(parts) > 3 else "")),
            "accessibility": [{"id": derived_id(location_id, "accessibility"), "description": "Wheelchair access"}]
            if "X" in types else [],
            "languages": [], "schedules": [], "phones": []}
        locations.append(location)
    if conference_url:
        locations.append({
            "id": derived_id(service_id, "online"), "organization_id": None, "name": "Online",
            "description": _str(meeting, "conference_url_notes"), "location_type": "virtual",
            "url": conference_url, "transportation": "", "latitude": None, "longitude": None,
            **{k: "" for k in ("address_1", "address_2", "city", "state_province", "postal_code", "country")},
            "accessibility": [], "languages": [], "schedules": [], "phones": []})
    phones = []
    if conference_phone:
        phones.append({"id": derived_id(service_id, "conference_phone"), "number": conference_phone,
                       "type": "voice", **({"description": _str(meeting, "conference_phone_notes")}
                                           if _str(meeting, "conference_phone_notes") else {})})
    attributes = [_attribute(service_id, CATEGORY, CATEGORY_TAXONOMY)]
    if "O" in types:
        attributes.append(_attribute(service_id, "Walk-in", CATEGORY_TAXONOMY))
    attributes += [_attribute(service_id, TYPE_NAMES.get(code, code), MEETING_TYPES_TAXONOMY, code) for code in types]
    languages = [{"id": derived_id(service_id, "language", code), "name": name, "code": code}
                 for t in types if t in _LANGUAGE_TYPES for code, name in [_LANGUAGE_TYPES[t]]]
    closed = "TC" in types and not conference_url and not conference_phone
    record = {
        "id": service_id, "organization_id": org_id, "name": meeting["name"].strip()[:300], "alternate_name": "",
        "description": _str(meeting, "notes"), "url": _str(meeting, "url"), "email": "",
        "status": "temporarily closed" if closed else "active", "interpretation_services": "",
        "application_process": "", "fees_description": "Free (voluntary contributions)",
        "eligibility_description": "", "minimum_age": None, "maximum_age": None, "accreditations": "",
        "assured_date": None, "last_modified": _updated(meeting.get("updated")),
        "phones": phones, "schedules": schedules, "languages": languages, "cost_options": [],
        "attributes": attributes, "contacts": [],
    }
    if not collect.add("service", record, line, where):
        return
    for location in locations:
        # Meetings at one address share its location; the first meeting there describes it.
        if location["id"] in collect.records["location"] or collect.add("location", location, line, where):
            collect.add("service_at_location", {"id": derived_id(service_id, "at", location["id"]),
                                                "service_id": service_id, "location_id": location["id"],
                                                "description": ""}, line, where)


def _coordinate(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _country(value: str) -> str:
    value = value.strip()
    if value.upper() in ("USA", "US", "UNITED STATES"):
        return "US"
    return value.upper() if len(value) == 2 else ""


def _updated(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace(" ", "T"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
