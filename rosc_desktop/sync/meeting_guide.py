"""Mutual-aid meeting lists in the Meeting Guide JSON format (code4recovery/spec): a plain array of meetings.

Each meeting becomes one directory service (category "Mutual-aid meetings", `meeting_types` = its type
codes), with one weekly schedule item for its day(s) and time (end = end_time, or one hour after the start,
as the spec says). Meetings sit under one organisation per `group`, or one for the whole feed when they name
no group.

Where a meeting happens: a physical location for a meeting people attend in person, a virtual one (HSDS
`location_type` "virtual", its `url` the conference link) for an online meeting; a hybrid meeting has both.
The conference phone is one of the service's phones. An online meeting's address is only the area it serves
("Chicago, IL, USA", often flagged `approximate`): it is kept as words in the virtual location's description,
never as a physical address. `attendance_option` (in_person, hybrid, online, inactive) decides when the feed
gives it; otherwise a meeting with a conference link and no street address is online only.

Addresses: the feed's separate fields (address, city, state, postal_code, country) when it has them; else
`formatted_address` is split only when it has the spec's own shape ("street, city, ST 12345, country", with a
two-letter state), and otherwise kept whole as the first address line rather than guessed at. No address
library: the probabilistic parsers (usaddress) guess at exactly the lines this leaves whole.

Real feeds are messier than the spec, and are read as their publishers meant: `types` as a string ("C,M",
"[open]", type names as well as codes), `postal_code` as a number (a US ZIP given as 2134 is 02134), times
such as "11:00 AM", days as English names ("Sunday", "tue") as well as 0-6. The same slug twice keeps the first meeting, leaves the other out and says so (a warning,
not a refusal, so one repeat does not stop a feed of hundreds). Problems carry the line where the offending
meeting starts.

Text as WordPress feeds (the 12 Step Meeting List plugin) write it: notes and other free text may be HTML
("<p>Side door.<br>Coffee &amp; cookies</p>"), names may carry entities ("Fish &amp; Loaves"). They are kept as
plain text: paragraphs and line breaks as new lines, tags dropped, entities read, runs of space made one, and
whatever a <script> or <style> holds dropped unread. Text without tags keeps its line breaks and any "<" it
has ("meets < 1 hr"); only its entities are read. Ids are still derived from the names as the feed wrote them.

A meeting with a day but no time keeps its day: a weekly schedule with no opening hours ("Wednesday: times not
given" in the Directory); a time is never made up. A time without a day cannot be placed and is left out.

Walk-in: only meetings typed O (open) that meet in person are marked walk-in. A closed meeting (C) is for people
who want to stop drinking or using, and an unmarked one may be either, so we do not promise a stranger is
welcome; an online-only meeting is open but has no door to walk in at.

Stable ids: every id is a uuid5 of a fixed namespace, the feed's name (the file's stem unless given) and
the meeting's slug, so importing the same feed again updates the same rows instead of adding new ones.
Meetings at the same address share one location.

Only `name` and `slug` are required; the rest is read leniently (the spec's US-only address patterns are not
enforced). The IANA timezone and contact_N_* fields are not kept: HSDS schedules carry a numeric offset only,
and contact names are personal details we do not need.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from rosc_desktop.errors import RoscError
from rosc_desktop.services import directory_import as di
from rosc_desktop.services.directory_import import ImportProblem, ParsedDirectory
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
from rosc_desktop.sync.html_text import plain_text
from rosc_desktop.sync.meeting_types import TYPE_NAMES

CATEGORY = "Mutual-aid meetings"  # the same category name as the shipped sample directory
_DAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")  # Meeting Guide: 0 = Sunday
_DAY_WORDS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
# Clock times as feeds write them: 24-hour with or without seconds, or 12-hour with AM/PM ("11:00 AM", "7pm").
_TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I:%M:%S %p", "%I %p", "%I%p")

# A type as feeds write it: the code in any case ("o", "12X12"), or its name ("Open", "open").
_TYPE_BY_CODE = {code.upper(): code for code in TYPE_NAMES}
_TYPE_BY_NAME = {fold(name): code for code, name in TYPE_NAMES.items()}
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

# formatted_address, split only in the spec's own shape; anything else is kept whole.
_COUNTRIES = {"USA": "US", "US": "US", "UNITED STATES": "US", "UNITED STATES OF AMERICA": "US", "CANADA": "CA"}
_POSTAL = r"\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d"  # a US ZIP (+4) or a Canadian postal code
_STATE_POSTAL = re.compile(rf"^(?P<state>[A-Z]{{2}})(?:\s+(?P<postal>{_POSTAL}))?$")
_CITY_STATE_POSTAL = re.compile(rf"^(?P<city>[^\d,]+?)\s+(?P<state>[A-Z]{{2}})\s+(?P<postal>{_POSTAL})$")
_ATTENDANCE = ("in_person", "hybrid", "online", "inactive")


# What a browser or a file manager adds to a second copy of a download: "meetings (1)", "meetings - Copy",
# "meetings copy 2". The feed is the same, and its meetings must keep their ids (they are derived from its name).
_COPY_SUFFIX = re.compile(r"(?:\s*\(\d+\)|\s+-\s+copy(?:\s*\(\d+\))?|\s+copy(?:\s+\d+)?)+$", re.IGNORECASE)


def feed_name(path: Path) -> str:
    """The feed a file holds, by its name without what a second download or copy added to it."""
    return _COPY_SUFFIX.sub("", path.stem).strip() or path.stem


def read_meeting_guide(path: Path, *, feed: str | None = None) -> ParsedDirectory:
    path = Path(path)
    data = read_bytes(path)
    return data if isinstance(data, ParsedDirectory) else parse_meeting_guide(data, path.name, feed or feed_name(path))


def parse_meeting_guide(data: bytes | str, file: str, feed: str) -> ParsedDirectory:
    try:
        meetings, text = bounded.load_json(data, file)
    except RoscError as error:
        return refused(error, file)
    if not isinstance(meetings, list):
        return di.blocked("not_a_directory_file", file, "expected an array of meetings", line=1)
    feed_key = fold(feed)
    lines = _item_lines(text, len(meetings))
    collect = _Collector(file, {})
    first_of_slug: dict[str, tuple[int, int | None]] = {}  # slug -> (index, line) of the meeting kept
    for index, meeting in enumerate(meetings):
        where = f"[{index}]"
        line = lines[index]
        if not isinstance(meeting, dict):
            collect.problem(line, "not_a_directory_file", f"{where}: not an object")
            continue
        slug = meeting.get("slug")
        slug = str(slug).strip() if isinstance(slug, (str, int)) and not isinstance(slug, bool) else ""
        collect.unknown |= {f"meeting.{k}" for k in meeting if k not in _KNOWN}
        name = meeting.get("name")
        if not slug or not isinstance(name, str) or not plain_text(name, one_line=True):
            collect.problem(line, "missing_field", f"{where}: meeting {'name' if slug else 'slug'}")
            continue
        if slug in first_of_slug:
            kept, kept_line = first_of_slug[slug]
            if meeting != meetings[kept]:  # the same meeting written twice is no news
                collect.problems.append(ImportProblem(
                    line, file, "duplicate_id", f"{where}: slug {slug[:60]!r} again, this meeting left out (the "
                    f"first, at {_at(file, kept_line)}, is kept)", warning=True))
            continue
        first_of_slug[slug] = (index, line)
        try:
            _read_meeting(collect, meeting, feed, feed_key, slug, line, where)
        except ValueError as error:
            collect.problem(line, "bad_value", f"{where}: {error}")
    parsed = collect.parsed()
    for record in parsed.services:
        derive_filters(record)
    return parsed


def _at(file: str, line: int | None) -> str:
    return f"{file}:{line}" if line else file


def _item_lines(text: str, count: int) -> list[int | None]:
    """The line on which each meeting of the top-level array starts, so a problem points at the meeting itself
    (not at the first place its slug appears). The text was already read whole by bounded.load_json, which
    checked its depth and size; this walks it again item by item with the json module's own decoder."""
    decoder = json.JSONDecoder()
    between = re.compile(r"[\s,]*")
    lines: list[int | None] = []
    try:
        pos = text.index("[") + 1
        line = 1 + text.count("\n", 0, pos)
        while len(lines) < count:
            gap = between.match(text, pos)
            assert gap is not None
            line += text.count("\n", pos, gap.end())
            lines.append(line)
            _, end = decoder.raw_decode(text, gap.end())
            line += text.count("\n", gap.end(), end)
            pos = end
    except (ValueError, AssertionError):  # not expected after a good load: lines are a help, not a need
        pass
    return lines + [None] * (count - len(lines))


def _str(meeting: dict[str, Any], key: str) -> str:
    value = meeting.get(key)
    return value.strip() if isinstance(value, str) else ""


def _text(meeting: dict[str, Any], key: str, *, one_line: bool = False) -> str:
    """A free-text field as plain text (see plain_text)."""
    value = meeting.get(key)
    return plain_text(value, one_line=one_line) if isinstance(value, str) else ""


# A day as some feeds write it instead of the specification's 0-6: its English name, whole or shortened as
# US feeds do ("Tue", "Tues", "Thurs", "Weds"): any start of two letters or more that names one day only.
_WEEKDAYS = ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
_DAY_NAMES = {day[:n]: index for index, day in enumerate(_WEEKDAYS) for n in range(2, len(day) + 1)
              if sum(other.startswith(day[:n]) for other in _WEEKDAYS) == 1} | {"weds": 3, "thur": 4, "thurs": 4}


def _days(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    values = value if isinstance(value, list) else [value]
    days = []
    for v in values:
        text = str(v).strip().rstrip(".").lower() if isinstance(v, str) else ""
        if text in _DAY_NAMES:
            index = _DAY_NAMES[text]
        elif isinstance(v, bool) or not isinstance(v, (int, str)) or not str(v).strip().isdigit() \
                or not 0 <= int(v) <= 6:
            raise ValueError(f"day {str(v)[:10]!r}")
        else:
            index = int(v)
        if _DAYS[index] not in days:
            days.append(_DAYS[index])
    return sorted(days, key=_DAYS.index)


def _time(value: Any, what: str) -> str:
    if isinstance(value, str):
        # "11:00 a.m." and "11:00 am" are "11:00 AM" to strptime
        text = " ".join(value.replace(".", "").upper().split())
        for pattern in _TIME_FORMATS:
            try:
                return datetime.strptime(text, pattern).strftime("%H:%M")
            except ValueError:
                continue
    raise ValueError(f"{what} {str(value)[:12]!r}")


def _types(value: Any) -> list[str]:
    """Type codes, whether the feed gives a list or one string ("C,M", "[open]", '["O","D"]')."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        tokens = re.split(r"[,;|]", value)
    elif isinstance(value, list):
        tokens = [str(t) for t in value if isinstance(t, (str, int)) and not isinstance(t, bool)]
    else:
        raise ValueError("types is neither a list nor text")
    codes: list[str] = []
    for token in tokens:
        token = token.strip().strip("[]\"' ").strip()
        if not token:
            continue
        code = token if token in TYPE_NAMES else _TYPE_BY_CODE.get(token.upper()) or _TYPE_BY_NAME.get(fold(token))
        code = code or token[:40]  # a code of this feed's own: kept as given
        if code not in codes:
            codes.append(code)
    return codes


def _postal_code(value: Any, country: str) -> str:
    if isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        # A spreadsheet's number: a US ZIP such as 02134 lost its leading zero on the way.
        text = str(value)
        return text.zfill(5) if country in ("", "US") and 3 <= len(text) < 5 else text[:20]
    return value.strip()[:20] if isinstance(value, str) else ""


def _split_formatted(text: str) -> dict[str, str] | None:
    """The parts of a formatted_address in the spec's shape ("street, city, ST 12345, country"), or None when it
    does not have that shape. An area alone ("Chicago, IL, USA") has no street."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    country = ""
    if parts and parts[-1].upper() in _COUNTRIES:
        country = _COUNTRIES[parts.pop().upper()]
    if not parts:
        return None
    region = _STATE_POSTAL.match(parts[-1])
    if region and len(parts) >= 2 and not any(ch.isdigit() for ch in parts[-2]):
        city, street = parts[-2], parts[:-2]
    else:
        region = _CITY_STATE_POSTAL.match(parts[-1])  # "Dana Point CA 92629", the comma left out
        if region is None:
            return None
        city, street = region.group("city").strip(), parts[:-1]
    return {"address_1": ", ".join(street), "city": city, "state_province": region.group("state"),
            "postal_code": region.group("postal") or "", "country": country}


def _address(meeting: dict[str, Any]) -> tuple[dict[str, str], bool]:
    """The meeting's address parts (our column names) and whether they name a street, i.e. a place to go."""
    formatted = _str(meeting, "formatted_address")
    split = _split_formatted(formatted) if formatted else None
    country = _country(_str(meeting, "country")) or (split or {}).get("country", "")
    given = {"address_1": _str(meeting, "address"), "city": _str(meeting, "city"),
             "state_province": _str(meeting, "state"), "postal_code": _postal_code(meeting.get("postal_code"), country),
             "country": country}
    if split is not None:
        parts = {key: given[key] or split[key] for key in given}
        has_street = bool(parts["address_1"])
    else:
        parts = dict(given)
        has_street = bool(parts["address_1"])
        if formatted and not parts["address_1"]:
            # A line not in the spec's shape is kept whole: no guessing which word is the town. Without a house
            # number it may be only a town ("Philadelphia"), so it alone does not make an online meeting hybrid.
            parts["address_1"] = formatted[:300]
            has_street = any(ch.isdigit() for ch in formatted)
    if _str(meeting, "approximate").lower() == "yes" and not given["address_1"]:
        parts["address_1"] = ""  # an approximate address is the area only, whatever the line looked like
        has_street = False
    return parts, has_street


def _area(parts: dict[str, str], meeting: dict[str, Any]) -> str:
    """An online meeting's address in words ("Chicago, IL, US"): the area it serves, not a place to go."""
    region = " ".join(p for p in (parts["state_province"], parts["postal_code"]) if p)
    words = ", ".join(p for p in (parts["city"], region, parts["country"]) if p)
    return words or _str(meeting, "formatted_address")[:300]


def _read_meeting(collect: _Collector, meeting: dict[str, Any], feed: str, feed_key: str, slug: str,
                  line: int | None, where: str) -> None:
    service_id = derived_id("meeting-guide", feed_key, "meeting", slug)
    types = _types(meeting.get("types"))
    days = _days(meeting.get("day"))
    schedules: list[dict[str, Any]] = []
    if days and meeting.get("time") not in (None, ""):
        opens = _time(meeting["time"], "time")
        if meeting.get("end_time") not in (None, ""):
            closes = _time(meeting["end_time"], "end_time")
        else:
            start = datetime.strptime(opens, "%H:%M")
            closes = min(start + timedelta(hours=1), start.replace(hour=23, minute=59)).strftime("%H:%M")
        schedules.append({"id": derived_id(service_id, "schedule"), "freq": "WEEKLY", "byday": ",".join(days),
                          "opens_at": opens, "closes_at": closes})
    elif days:
        # The day without a time (an end_time alone is no opening time): the day is still worth knowing, and
        # HSDS schedules, like the Directory's own hours, may name days without times. No time is made up.
        schedules.append({"id": derived_id(service_id, "schedule"), "freq": "WEEKLY", "byday": ",".join(days)})
    group = _str(meeting, "group")  # as written, for the id: an import of the same feed finds the same rows
    org_name = (group and _text(meeting, "group", one_line=True)) or _text(meeting, "entity", one_line=True) or feed
    org_id = derived_id("meeting-guide", feed_key, "group", fold(group) if group else "")
    if org_id not in collect.records["organization"]:  # the first meeting of a group describes it
        collect.add("organization", {"id": org_id, "name": org_name, "alternate_name": "",
                                     "description": _text(meeting, "group_notes") if group else "",
                                     "email": "", "website": "", "last_modified": None, "phones": []}, line, where)
    conference_url = _str(meeting, "conference_url")
    conference_phone = _str(meeting, "conference_phone")
    attendance = _str(meeting, "attendance_option").lower()
    if attendance and attendance not in _ATTENDANCE:
        collect.unknown.add(f"meeting.attendance_option {attendance[:20]!r}")
        attendance = ""
    parts, has_street = _address(meeting)
    online = attendance in ("online", "hybrid") or bool(conference_url or conference_phone)
    if attendance == "online" or (attendance in ("", "inactive") and online and (not has_street or "TC" in types)):
        in_person = False
    else:
        in_person = any(parts[k] for k in ("address_1", "city"))
    locations: list[dict[str, Any]] = []
    if in_person:
        place = _str(meeting, "location")  # as written, for the id
        location_id = derived_id("meeting-guide", feed_key, "location", fold(place), fold(parts["address_1"]),
                                 fold(parts["city"]))
        locations.append({
            "id": location_id,
            "organization_id": None, "name": _text(meeting, "location", one_line=True),
            "description": _text(meeting, "location_notes"),
            "location_type": "physical", "url": "", "transportation": "",
            "latitude": _coordinate(meeting.get("latitude")), "longitude": _coordinate(meeting.get("longitude")),
            **parts, "address_2": "",
            "accessibility": [{"id": derived_id(location_id, "accessibility"), "description": "Wheelchair access"}]
            if "X" in types else [],
            "languages": [], "schedules": [], "phones": []})
    if conference_url or conference_phone:
        notes = _text(meeting, "conference_url_notes") if conference_url else _text(meeting, "conference_phone_notes")
        area = "" if in_person else _area(parts, meeting)
        locations.append({
            "id": derived_id(service_id, "online"), "organization_id": None,
            "name": "Online" if conference_url else "By phone",
            "description": "\n".join(p for p in (notes, f"Area: {area}" if area else "") if p),
            "location_type": "virtual", "url": conference_url, "transportation": "", "latitude": None,
            "longitude": None,
            **{k: "" for k in ("address_1", "address_2", "city", "state_province", "postal_code", "country")},
            "accessibility": [], "languages": [], "schedules": [], "phones": []})
    phones = []
    if conference_phone:
        phones.append({"id": derived_id(service_id, "conference_phone"), "number": conference_phone,
                       "type": "voice", **({"description": _text(meeting, "conference_phone_notes")}
                                           if _text(meeting, "conference_phone_notes") else {})})
    attributes = [_attribute(service_id, CATEGORY, CATEGORY_TAXONOMY)]
    if "O" in types and (in_person or not online):  # open to anyone, but nobody walks in to an online-only one
        attributes.append(_attribute(service_id, "Walk-in", CATEGORY_TAXONOMY))
    attributes += [_attribute(service_id, TYPE_NAMES.get(code, code), MEETING_TYPES_TAXONOMY, code) for code in types]
    languages = [{"id": derived_id(service_id, "language", code), "name": name, "code": code}
                 for t in types if t in _LANGUAGE_TYPES for code, name in [_LANGUAGE_TYPES[t]]]
    closed = attendance == "inactive" or ("TC" in types and not conference_url and not conference_phone)
    record = {
        "id": service_id, "organization_id": org_id, "name": _text(meeting, "name", one_line=True)[:300],
        "alternate_name": "", "description": _text(meeting, "notes"), "url": _str(meeting, "url"), "email": "",
        "status": "temporarily closed" if closed else "active", "interpretation_services": "",
        "application_process": "", "fees_description": "Free (voluntary contributions)",
        "eligibility_description": "", "minimum_age": None, "maximum_age": None, "accreditations": "",
        "assured_date": None, "last_modified": _updated(meeting.get("updated")),
        "phones": phones, "schedules": schedules, "languages": languages, "cost_options": [],
        "attributes": attributes, "contacts": [], "_slug": slug,
    }
    if not collect.add("service", record, line, where):
        return
    for location in locations:
        # Meetings at one address share its location; the first meeting there describes it.
        if location["id"] in collect.records["location"] or collect.add("location", location, line, where):
            collect.add("service_at_location", {"id": derived_id(service_id, "at", location["id"]),
                                                "service_id": service_id, "location_id": location["id"],
                                                "description": ""}, line, where)


def describe(parsed: ParsedDirectory) -> list[str]:
    """One line per meeting read, in the feed's order: what it became (when, where, how to join, its types), for
    a dry run to show before anything is written."""
    locations = {loc["id"]: loc for loc in parsed.locations}
    where_of: dict[str, list[dict[str, Any]]] = {}
    for sal in parsed.service_at_locations:
        if sal["location_id"] in locations:
            where_of.setdefault(sal["service_id"], []).append(locations[sal["location_id"]])
    out = []
    for service in sorted(parsed.services, key=lambda s: (s.get("_line") or 0)):
        when = "; ".join(f"{'/'.join(_DAY_WORDS[_DAYS.index(d)] for d in s['byday'].split(','))} "
                         + (f"{s['opens_at']}-{s['closes_at']}" if s.get("opens_at") else "(time not given)")
                         for s in service["schedules"]) or "no day or time"
        bits = [when]
        for loc in where_of.get(service["id"], []):
            if loc["location_type"] == "virtual":
                bits.append(f"{loc['name'].lower()}" + (f" {loc['url']}" if loc["url"] else ""))
            else:
                region = " ".join(p for p in (loc["state_province"], loc["postal_code"]) if p)
                address = ", ".join(p for p in (loc["name"], loc["address_1"], loc["city"], region, loc["country"])
                                    if p)
                bits.append(f"in person at {address}")
        if not where_of.get(service["id"]):
            bits.append("no place or link")
        bits += [f"phone {p['number']}" for p in service["phones"]]
        if service.get("meeting_types"):
            bits.append("types " + " ".join(service["meeting_types"]))
        if service["status"] != "active":
            bits.append(service["status"])
        out.append(f"{_at(service.get('_file') or parsed.file, service.get('_line'))} {service.get('_slug', '')} "
                   f"{service['name']!r}: " + "; ".join(bits))
    return out


def _coordinate(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _country(value: str) -> str:
    value = value.strip()
    if value.upper() in _COUNTRIES:
        return _COUNTRIES[value.upper()]
    return value.upper() if len(value) == 2 else ""


def _updated(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace(" ", "T"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
