"""Monthly sync by bundle file: export what the other side has not acknowledged, import what it sent (issue 7).

This module is the public face the CLI, the screens, the tests and the benches reach the bundle exchange through;
the work is done in modules named by what a reader looks for:

- sync/export.py      one bundle for a peer: changes since its acknowledgement, refreshes, redactions
- sync/importing.py   checking a bundle, the dry run, applying it, holding it over a gap, logging a refusal
- sync/plan.py        one batch of incoming rows sorted into new, updated, unchanged and conflicting
- sync/apply.py       reading the changes, writing each plan, blanking what a withdrawn consent covers
- sync/status.py      the bundle log, how far each peer has got, the review queue and its resolution
- sync/sections.py    the schema version, the section names and how a section is written and read
- sync/tables.py      the synced models, their write order, whose rows are whose, this site's record

Export is cumulative: everything from the last sequence number the recipient acknowledged, so a lost USB stick
is healed by the next bundle. A center's participant records travel identified only under a current consent
naming the hub (see `profiles`); the manifest names the profile used.

Import decrypts into a private work folder, checks the signature, the recipient, the schema version, the sequence
range and the limits every section must keep, then plans: new, updated, unchanged and conflicting rows. `dry_run`
stops there. Otherwise the store is backed up and everything is applied in one transaction. A bundle whose range
leaves a gap is held and the missing range named; the same bundle again is a no-op with a receipt; rows that
cannot be merged without a person go to the review queue with both versions.
"""

from __future__ import annotations

from rosc_desktop.model.types import utc_now
from rosc_desktop.sync.apply import CLOCK_AHEAD
from rosc_desktop.sync.export import ExportResult, Progress, export_bundle, shareable_kinds
from rosc_desktop.sync.importing import (
    ImportReport,
    PeerVerifier,
    apply_held,
    held_bundle_path,
    import_bundle,
    inspect,
    peer_verifiers,
    sweep_work_folders,
)
from rosc_desktop.sync.sections import (
    ACKS,
    CAPABILITY_CHANGES,
    CENTER,
    CHANGES,
    KEYS,
    KNOWN_CAPABILITIES,
    REDACT,
    REFRESH,
    SCHEMA_VERSION,
)
from rosc_desktop.sync.status import (
    BundleLogView,
    ConflictView,
    PeerStatus,
    bundle_log,
    conflicts,
    peer_statuses,
    resolve_conflict,
)
from rosc_desktop.sync.tables import local_site, rows_of_people, synced_models, table_order

# The names these helpers had when they lived here, kept for the tests and benches that reach for them.
_local_site = local_site
_models = synced_models
_rows_of_people = rows_of_people
_table_order = table_order
_PeerVerifier = PeerVerifier
_verifiers = peer_verifiers

# Re-exported for the CLI and the screens, which must not import the bundle module's internals.
__all__ = ["ACKS", "CAPABILITY_CHANGES", "CENTER", "CHANGES", "CLOCK_AHEAD", "KEYS", "KNOWN_CAPABILITIES", "REDACT",
           "REFRESH", "SCHEMA_VERSION", "BundleLogView", "ConflictView", "ExportResult", "ImportReport", "PeerStatus",
           "Progress", "apply_held", "bundle_log", "conflicts", "export_bundle", "held_bundle_path", "import_bundle",
           "inspect", "peer_statuses", "resolve_conflict", "shareable_kinds", "sweep_work_folders", "utc_now"]
