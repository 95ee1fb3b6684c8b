"""The sample directory shipped with the app, loaded through the real HSDS importer (the demo's stand-in hub).

The file is read by the same HSDS JSON reader and written by the same plan/apply as any hub file, so there is
one mapping of HSDS to the database. It lives here, not in services, because the reader is in sync; the demo
build (a service) receives `load_sample_directory` from its caller instead of importing it.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from rosc_desktop.enums import EntrySource
from rosc_desktop.services.directory import SAMPLE_RESOURCE
from rosc_desktop.services.directory_import import ImportResult
from rosc_desktop.sync.hsds import parse_json_text

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


def load_sample_directory(services: "Services") -> ImportResult:
    """Put the shipped sample into the database as hub entries (owned by HUB_SITE, read-only here).

    At the hub itself the rows are its own changes, captured so its bundles carry them to centers. Anywhere
    else they are a copy this site did not make: written without outbox entries (the center must not send the
    hub's rows back as its own) and at version 0, so the hub's real rows, when its first bundle comes, replace
    the copy instead of being queued as a conflict with it.
    """
    text = (resources.files("rosc_desktop") / "resources" / SAMPLE_RESOURCE).read_text(encoding="utf-8")
    importer = services.directory_import
    plan = importer.plan(parse_json_text(text, SAMPLE_RESOURCE), EntrySource.HUB)
    return importer.apply(plan, stand_in=True)  # refused whole (RoscError) if any row could not be read


__all__ = ["load_sample_directory"]
