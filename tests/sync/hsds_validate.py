"""Validators for HSDS exports, shared by the HSDS tests: JSON against the official HSDS 3.0 schemas vendored in
tests/data/hsds-schema-3.0 (jsonschema), the tabular package with the Frictionless validator."""

from __future__ import annotations

import json
from pathlib import Path

import frictionless
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

DATA = Path(__file__).parent.parent / "data"
SCHEMA = json.loads((DATA / "hsds-schema-3.0" / "tabular.json").read_text(encoding="utf-8"))["properties"]


def _validator(kind: str) -> Draft202012Validator:
    registry: Registry = Registry().with_resources(
        (f"{name}.json", Resource(contents=entry["items"], specification=DRAFT202012))
        for name, entry in SCHEMA.items())
    return Draft202012Validator({"$ref": f"{kind}.json"}, registry=registry, format_checker=FormatChecker())


def json_errors(path: Path) -> list[str]:
    """Every way the exported JSON breaks the HSDS 3.0 schemas. The organisation schema does not describe the
    services it nests (that is the API's compiled view), so services, their service_at_locations and the
    locations embedded there are checked against their own schemas."""
    validators = {kind: _validator(kind) for kind in ("organization", "service", "service_at_location", "location")}
    errors: list[str] = []

    def check(kind: str, obj: dict) -> None:  # type: ignore[type-arg]
        errors.extend(f"{kind} {obj.get('id')}: {e.message}" for e in validators[kind].iter_errors(obj))

    for org in json.loads(path.read_text(encoding="utf-8")):
        check("organization", org)
        for service in org.get("services", []):
            check("service", service)
            for sal in service.get("service_at_locations", []):
                check("service_at_location", sal)
                check("location", sal["location"])
    return errors


def package_errors(path: Path) -> list[str]:
    """Every error the Frictionless validator finds in a package (a folder or a .zip): types, primary and
    foreign keys, required values."""
    report = frictionless.validate(str(path / "datapackage.json") if path.is_dir() else str(path))
    return [f"{e.type}: {e.message}" for task in report.tasks for e in task.errors] + \
        [f"{e.type}: {e.message}" for e in report.errors]
