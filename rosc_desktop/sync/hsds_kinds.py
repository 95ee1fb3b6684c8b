"""What an object of an HSDS JSON file is, told by its fields, so each file is read as what it holds.

HSDS 3.0 publishes the same objects in several shapes (the organization view, the service view, the official
service_at_location view, plain lists of locations, taxonomies or terms), and publishers rarely say which.
`kind_of` answers from the structure first, then from the fields only one kind has, then from what the schema
requires; an object that is none of them is described in a few words (what it looks like) for the refusal.
"""

from __future__ import annotations

from typing import Any

# The fields of a service_at_location object (HSDS 3.0 and 3.1): one holding only these and both ids is one.
_LINK_FIELDS = frozenset({"id", "service_id", "location_id", "description", "contacts", "phones", "schedules",
                          "attributes", "metadata", "service_areas", "location", "service"})

# Fields only one HSDS 3.0/3.1 directory object has: they tell an object's kind when its structure does not.
_ONLY_IN = {
    "organization": {"website", "tax_status", "tax_id", "year_incorporated", "legal_status", "logo",
                     "parent_organization_id", "funding", "programs", "organization_identifiers",
                     "additional_websites"},
    "service": {"program_id", "interpretation_services", "application_process", "fees_description",
                "eligibility_description", "minimum_age", "maximum_age", "accreditations", "assured_date",
                "assurer_email", "wait_time", "fees", "licenses", "alert", "service_areas", "cost_options",
                "required_documents", "capacities", "additional_urls"},
    "location": {"latitude", "longitude", "transportation", "external_identifier", "external_identifier_type",
                 "accessibility"},
    "taxonomy_term": {"code", "parent_id", "taxonomy", "taxonomy_id", "term_uri", "language",
                      "taxonomy_detail"},
    "taxonomy": {"version"},
}
_NEEDS = {"taxonomy": {"id", "name"}, "taxonomy_term": {"id", "name"}, "location": {"id"}}
# What other files look like, to say what was found instead of a directory: (name, fields it always has).
_LOOKALIKES = (
    ("a Meeting Guide meeting (import it as a Meeting Guide feed)", {"slug"}),
    ("a tabular package descriptor, datapackage.json (import the folder or .zip as an HSDS package)",
     {"resources"}),
    ("an HSDS phone", {"number"}),
    ("an HSDS address", {"address_1"}),
    ("an HSDS schedule", {"freq"}),
    ("an HSDS schedule", {"opens_at"}),
    ("an HSDS schedule", {"byday"}),
)


def kind_of(obj: Any) -> str:
    """What an object of a JSON file is: organization, service, location, service_at_location, taxonomy or
    taxonomy_term, else a few words saying what it looks like.

    The structure decides first (nested lists and objects only one kind has), then the fields only one kind
    has, then what the schema requires: an object with an id and a name but nothing else is an organization
    (HSDS 3.0 requires id, name, description of it), as files of organisations have always been read."""
    if not isinstance(obj, dict):
        return "not an object"
    keys = {k for k, v in obj.items() if v not in (None, "", [], {})}
    if isinstance(obj.get("service"), dict) or isinstance(obj.get("location"), dict) and "service_id" in obj \
            or {"service_id", "location_id"} <= keys <= _LINK_FIELDS:
        return "service_at_location"
    if "organization" in obj or "status" in obj or "service_at_locations" in obj:
        return "service"
    if "services" in obj or "locations" in obj:
        return "organization"
    if "location_type" in obj or "addresses" in obj:
        return "location"
    for words, needs in _LOOKALIKES[:2]:  # fields no HSDS object has: whatever else the object holds
        if needs <= keys:
            return words
    # Fields only one kind has, among the kinds whose required fields the object holds: a package.json with a
    # "version" is no taxonomy. (An organisation or service without its id is still one, with a bad id.)
    scores = {kind: len(keys & only) for kind, only in _ONLY_IN.items() if _NEEDS.get(kind, set()) <= keys}
    best = max(scores, key=lambda k: scores[k], default="")
    if best and scores[best]:
        return best
    for words, needs in _LOOKALIKES[2:]:
        if needs <= keys:
            return words
    if "name" in keys and ("id" in keys or "description" in keys):
        return "organization"
    shown = ", ".join(sorted(keys)[:6]) or "none"
    return f"an object that is no HSDS directory record (fields: {shown})"
