"""`rosc-desktop bundle`, `sync` and `hub enable`: sync by bundle file from the command line (issue 7).

    rosc-desktop bundle export --to SITE --out DIR [--user NAME]
    rosc-desktop bundle import FILE [--dry-run] [--force-gap] [--user NAME]
    rosc-desktop bundle inspect FILE [--json] [--user NAME]
    rosc-desktop bundle status [--json] [--user NAME]
    rosc-desktop bundle conflicts [--json] [--user NAME]
    rosc-desktop bundle resolve ID (--keep-local | --take-remote) [--user NAME]
    rosc-desktop sync card [--pdf PATH] [--user NAME]
    rosc-desktop sync enrol CARD_TEXT_OR_FILE --fingerprint "XXXX XXXX ..." --role hub|center [--replace] [--user NAME]
    rosc-desktop sync identity --out FILE [--user NAME]         the secret key, for `age -d -i FILE` (admin)
    rosc-desktop hub enable [--user NAME]

cli.py signs in (the user from --user, ROSC_USER or asked; the password from ROSC_PASSWORD or asked), sweeps the
work files a killed import left, and hands over to `run`. Nothing here is imported before a command needs it: the
app's start reads its options without this module (cli._window_start).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rosc_desktop.cli_advice import next_command
from rosc_desktop.errors import EXIT_CANCELLED, EXIT_HELD, RoscError

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


def add_commands(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                 with_user: Callable[[argparse.ArgumentParser], argparse.ArgumentParser]) -> None:
    bundle = sub.add_parser("bundle", help="sync by bundle file: export, import, and what waits for review")
    bsub = bundle.add_subparsers(dest="bundle_command", required=True)
    bexport = with_user(bsub.add_parser("export", help="write a bundle for another site into a folder"))
    bexport.add_argument("--to", required=True, metavar="SITE", help="the site code of the hub or center")
    bexport.add_argument("--out", required=True, metavar="DIR", help="the folder to write to (a USB stick)")
    bimport = with_user(bsub.add_parser("import", help="show what a bundle changes, then apply it"))
    bimport.add_argument("file")
    bimport.add_argument("--dry-run", action="store_true", help="show the plan, change nothing")
    bimport.add_argument("--force-gap", action="store_true",
                         help="apply even though earlier changes have not arrived (clashes go to review)")
    binspect = with_user(bsub.add_parser("inspect", help="show a bundle's signed manifest without applying it"))
    binspect.add_argument("file")
    binspect.add_argument("--json", action="store_true")
    bstatus = with_user(bsub.add_parser("status", help="how far each site has got, and the last 20 bundles"))
    bstatus.add_argument("--json", action="store_true")
    bconflicts = with_user(bsub.add_parser("conflicts", help="changes waiting for a person to decide"))
    bconflicts.add_argument("--json", action="store_true")
    bresolve = with_user(bsub.add_parser("resolve", help="settle one item of the review queue"))
    bresolve.add_argument("id", type=int)
    choice = bresolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep-local", dest="choice", action="store_const", const="keep_local")
    choice.add_argument("--take-remote", dest="choice", action="store_const", const="take_remote")

    sync = sub.add_parser("sync", help="trust between sites: this site's card, enrolling another's")
    ssub = sync.add_subparsers(dest="sync_command", required=True)
    card = with_user(ssub.add_parser("card", help="this site's trust card text and fingerprint"))
    card.add_argument("--pdf", metavar="PATH", help="also write the printable card (a file, or a folder)")
    enrol = with_user(ssub.add_parser("enrol", help="trust another site's card after a phone read-back"))
    enrol.add_argument("card", metavar="CARD_TEXT_OR_FILE")
    enrol.add_argument("--fingerprint", required=True, help="the 8 groups the other site read to you by phone")
    enrol.add_argument("--role", required=True, choices=("hub", "center"), help="what the other site is")
    enrol.add_argument("--replace", action="store_true",
                       help="replace the key of a site already enrolled (a new machine, checked by phone)")
    identity = with_user(ssub.add_parser(
        "identity", help="write this site's secret age identity, to open bundles with the standard age tool"))
    identity.add_argument("--out", required=True, metavar="FILE", help="a new file (never overwritten)")


def add_hub_enable(hub_commands: argparse._SubParsersAction,  # type: ignore[type-arg]
                   with_user: Callable[[argparse.ArgumentParser], argparse.ArgumentParser]) -> None:
    """`hub enable`, in the `hub` group that cli.py makes (its `report` is cli_report's)."""
    with_user(hub_commands.add_parser("enable", help="make this site a hub (only before any site is enrolled)"))


def run(services: Services, args: argparse.Namespace) -> int:
    if args.command == "bundle":
        return _BUNDLE[args.bundle_command](services, args)
    if args.command == "sync":
        return _SYNC[args.sync_command](services, args)
    if args.command == "hub" and args.hub_command == "enable":
        return _hub_enable(services)
    raise ValueError(f"not a command of cli_sync: {args.command}")


def _as_json(value: Any) -> str:
    def plain(item: Any) -> Any:
        if isinstance(item, datetime | date):
            return item.isoformat()
        return str(item)

    return json.dumps(value, indent=2, ensure_ascii=False, default=plain)


def _changes(seq_from: int, seq_to: int) -> str:
    # A bundle that only carries acknowledgements has an empty range (from > to).
    return f"changes {seq_from}–{seq_to}" if seq_from <= seq_to else "no changes"


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "never"


def _people(n: int) -> str:
    return f"{n} person" if n == 1 else f"{n} people"


def _bundle_export(services: Services, args: argparse.Namespace) -> int:
    from rosc_desktop.sync import exchange

    stop = _CtrlC()
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> bool:
        if show:
            print(f"\rExporting… {100 * done // total if total else 100}%", end="", file=sys.stderr, flush=True)
        return not stop.pressed

    try:
        with stop:
            result = exchange.export_bundle(services, args.to, Path(args.out), progress=progress)
    except (RoscError, KeyboardInterrupt) as error:
        if show:
            print(file=sys.stderr)  # end the percentage line
        if isinstance(error, RoscError) and error.code != "cancelled":
            raise
        print("Cancelled: no bundle was written.", file=sys.stderr)
        return EXIT_CANCELLED
    if show:
        print(file=sys.stderr)
    print(result.path)
    extras = "".join([f", {result.refreshed} record(s) sent again under a new consent" if result.refreshed else "",
                      f", {_people(result.redacted)} whose consent was withdrawn" if result.redacted else ""])
    print(f"Bundle for {result.peer}, {_changes(result.seq_from, result.seq_to)}: {result.changes} record change(s), "
          f"{_people(result.identified_people)} identified under consent, "
          f"{_people(result.deidentified_people)} de-identified{extras}.")
    if result.transfers_sent:
        print(f"{result.transfers_sent} transfer(s) of a person's record went with it.")
    for transfer_id, reason in result.transfers_held.items():
        from rosc_desktop.ui.messages import transfer_reason

        print(f"Transfer {transfer_id} stayed here. {transfer_reason('pending', reason)}")
    return 0


class _CtrlC:
    """Ctrl+C asks the export to stop at its next progress check, which removes the unfinished file; a second
    Ctrl+C interrupts at once (the bundle writer still removes its .part file)."""

    def __init__(self) -> None:
        self.pressed = False
        self._previous: Any = None

    def _handle(self, signum: int, frame: Any) -> None:
        if self.pressed:
            raise KeyboardInterrupt
        self.pressed = True

    def __enter__(self) -> _CtrlC:
        try:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread (a test calling main()): Ctrl+C cannot reach us anyway
            self._previous = None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


_NOTICES = {
    "clock_ahead": "Some changes carry a time far ahead of this computer's clock: the sender's clock is probably "
                   "wrong. Ask them to check it.",
    "gap_forced": "Applied although earlier changes never arrived: rows that clash are in the review queue "
                  "(bundle conflicts).",
    "peer_rotation_accepted": "The sender announced a key change: its next key is trusted too from now on.",
    "peer_rotation_refused": "The sender announced a key change that does not check out (not signed by its "
                             "current key, or damaged): its key was not changed. Ask them to export again.",
    "peer_rotation_finished": "The sender finished its key change: only its new key is trusted from now on.",
    "withdrawal_backups_replaced": "A withdrawal of consent was applied: a fresh backup was made and the older "
                                   "backups, which still held what was withdrawn, were deleted.",
    "audit_chain_rewritten": "The audit chain of the center does not match what the hub saw at the last sync: events "
                             "already synced were changed or removed since (or a backup was restored there). "
                             "Run rosc-desktop check there and look into it.",
    "withdrawal_backups_pending": "A withdrawal of consent was applied, but a fresh backup could not be made (is "
                                  "the disk full?). The older backups still hold what was withdrawn until the "
                                  "next sign-in or bundle import replaces them.",
}


def _bundle_import(services: Services, args: argparse.Namespace) -> int:
    from rosc_desktop.sync import exchange

    if not Path(args.file).is_file():
        print(f"rosc-desktop: there is no bundle file {args.file}", file=sys.stderr)
        return 2
    report = exchange.import_bundle(services, args.file, dry_run=args.dry_run, force_gap=args.force_gap)
    print(f"From {report.origin}, {_changes(report.seq_from, report.seq_to)}, made {report.made_at} "
          f"({report.profile})")
    if report.status == "replay":
        print(f"Already imported on {_when(report.already_imported_on)}: nothing changed.")
        return 0
    if report.status in ("held", "would_hold"):
        low, high = report.missing or (0, 0)
        print(f"Changes {low}–{high} from {report.origin} have not arrived yet.")
        if report.status == "held":
            print("Held: it applies by itself once the bundle carrying them is imported, or import it again "
                  "with --force-gap.")
        else:
            print("Dry run: it would be held; nothing was changed.")
        return EXIT_HELD
    for table in sorted(report.by_table):
        c = report.by_table[table]
        print(f"  {table}: {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, "
              f"{c['conflicts']} conflicts")
    print(f"Total: {report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
          f"{report.conflicts} conflicts")
    if report.refreshed or report.redacted:
        print(f"{report.refreshed} record(s) sent again under a new consent, {_people(report.redacted)} whose "
              "consent was withdrawn")
    for notice in report.notices:
        print(f"Notice: {_NOTICES.get(notice, notice)}")
    if report.status == "would_apply":
        print("Dry run: nothing was changed.")
        return 0
    if report.transfers:
        print(f"{report.transfers} transfer(s) of a person's record came with it: "
              f"{next_command(services, 'transfer', 'list')}")
    if report.transfers_refused:
        print(f"{report.transfers_refused} of them could not be verified or opened and were refused; the sending "
              "center is told with this site's next bundle.")
    print("Applied." + (f" The database was backed up first to {report.backup}." if report.backup else ""))
    if report.conflicts:
        print(f"{report.conflicts} change(s) wait for review: {next_command(services, 'bundle', 'conflicts')}")
    return 0


def _bundle_inspect(services: Services, args: argparse.Namespace) -> int:
    from rosc_desktop.sync import exchange

    if not Path(args.file).is_file():
        print(f"rosc-desktop: there is no bundle file {args.file}", file=sys.stderr)
        return 2
    manifest = exchange.inspect(services, args.file)
    if args.json:
        print(_as_json(manifest.to_dict()))
        return 0
    print(f"Origin:         {manifest.origin}")
    print(f"Recipient:      {manifest.recipient}")
    print(f"Schema version: {manifest.schema_version} (file format {manifest.format_version})")
    print(f"Range:          {_changes(manifest.seq_from, manifest.seq_to)}")
    print(f"Profile:        {manifest.profile}")
    print(f"Made at:        {manifest.created_at} by ROSC Desktop {manifest.app_version}")
    print(f"Requires:       {', '.join(manifest.requires) or 'nothing special'}")
    print("Sections:")
    for section in manifest.sections:
        print(f"  {section.name:<20} {section.rows:>8} rows {section.bytes:>10} bytes")
    print("Not applied. The sections are checked when the bundle is imported.")
    return 0


def _bundle_status(services: Services, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from rosc_desktop.sync import exchange

    peers = exchange.peer_statuses(services)
    log = exchange.bundle_log(services, limit=20)
    if args.json:
        print(_as_json({"peers": [{**asdict(p), "unacknowledged": p.unacknowledged} for p in peers],
                        "log": [asdict(entry) for entry in log]}))
        return 0
    if not peers:
        print("No site is enrolled yet: exchange trust cards first (sync card, sync enrol).")
    from rosc_desktop.services.center_details import CENTER_DETAILS

    for p in peers:
        print(f"{p.site_code} ({p.role}) {p.name}".rstrip())
        reach = " · ".join(v.replace("\n", ", ") for k in CENTER_DETAILS if (v := p.details.get(k, "")))
        if reach:
            print(f"  {reach}")
        print(f"  theirs applied here up to {p.applied_seq}; ours acknowledged up to {p.acked_by_peer} of "
              f"{p.local_seq} ({p.unacknowledged} not yet), last sent up to {p.exported_seq}")
        print(f"  last import {_when(p.last_import_at)}, last export {_when(p.last_export_at)}; {p.held} held, "
              f"{p.open_conflicts} to review" + (f"; last bundle {p.last_status}" if p.last_status else "")
              + (f" ({p.last_reason})" if p.last_reason else ""))
    if log:
        print("Last bundles:")
    for entry in log:
        arrow = "to  " if entry.direction == "out" else "from"
        reason = f" ({entry.reason})" if entry.reason else ""
        print(f"  #{entry.id} {_when(entry.recorded_at)} {arrow} {entry.peer_site or '?':<8} "
              f"{_changes(entry.seq_from, entry.seq_to):<16} {entry.status}{reason} {entry.file_name}")
    return 0


def _bundle_conflicts(services: Services, args: argparse.Namespace) -> int:
    from rosc_desktop.sync import exchange

    items = exchange.conflicts(services)
    # Field names only: the values are participants' records, and a terminal's scroll-back is no place for them.
    if args.json:
        print(_as_json([{"id": c.id, "kind": c.kind, "table": c.table_name, "row_id": c.row_id, "origin": c.origin,
                         "seq": c.seq, "fields": c.fields, "status": c.status, "detected_at": c.detected_at}
                        for c in items]))
        return 0
    if not items:
        print("Nothing waits for review.")
    for c in items:
        print(f"#{c.id} {c.kind}: {c.table_name} {c.row_id} from {c.origin} (change {c.seq}), "
              f"fields: {', '.join(c.fields) or '-'}; found {_when(c.detected_at)}")
    if items:
        print("Compare both versions on the Sync screen; settle one with: "
              + next_command(services, "bundle", "resolve", "ID", "--keep-local") + " (or --take-remote)")
    return 0


def _bundle_resolve(services: Services, args: argparse.Namespace) -> int:
    from rosc_desktop.sync import exchange

    done = exchange.resolve_conflict(services, args.id, args.choice)
    kept = "kept this site's version" if done.status == "kept_local" else "took the other site's version"
    print(f"#{done.id} ({done.table_name} {done.row_id}): {kept}.")
    return 0


_BUNDLE = {"export": _bundle_export, "import": _bundle_import, "inspect": _bundle_inspect,
           "status": _bundle_status, "conflicts": _bundle_conflicts, "resolve": _bundle_resolve}


def _sync_card(services: Services, args: argparse.Namespace) -> int:
    from rosc_desktop.sync import keys

    card = keys.trust_card(services)
    groups = card.fingerprint.split()
    print(f"Trust card of {card.site_name} ({card.site_code}, {card.role})")
    print(f"Fingerprint: {card.fingerprint}")
    print("  " + "  ".join(f"{n}:{group}" for n, group in enumerate(groups, start=1)))
    print("Card text:")
    print(card.card_text)
    if len(card.age_recipients) > 1:
        print("A key change is under way: the card also carries the next key.")
    print("Read the fingerprint to the other site by phone; they type it back (sync enrol).")
    if args.pdf:
        from rosc_desktop.documents.trust_card import save_trust_card, trust_card_file_name

        target = Path(args.pdf)
        if target.is_dir():
            target = target / trust_card_file_name(card.site_code)
        print(f"Printable card: {save_trust_card(card, target)}")
    return 0


def _sync_enrol(services: Services, args: argparse.Namespace) -> int:
    from rosc_desktop.sync import keys

    text = args.card.strip()
    if not text.startswith(keys.CARD_PREFIX + ":"):
        source = Path(text)
        if not source.is_file():
            print(f"rosc-desktop: this is neither card text (ROSC1:…) nor a file: {text}", file=sys.stderr)
            return 2
        try:
            text = keys.read_card_file(source)
        except OSError as error:
            print(f"rosc-desktop: the card file could not be read ({error.strerror or type(error).__name__}).",
                  file=sys.stderr)
            return 2
    peer = keys.enrol(services, text, args.fingerprint, args.role, replace=args.replace)
    print(f"Enrolled {peer.site_code} ({peer.role}) {peer.name}".rstrip()
          + f", fingerprint {peer.fingerprint}, checked by phone by {peer.verified_by}.")
    return 0


def _sync_identity(services: Services, args: argparse.Namespace) -> int:
    from rosc_desktop.sync import keys

    if services.actor.must_change_password:  # a temporary password is no key to every bundle
        raise RoscError("password_change_required")
    count = keys.export_identity(services, Path(args.out))
    print(f"Wrote {count} age identit{'y' if count == 1 else 'ies'} to {args.out} (readable by you only). "
          f"Open a bundle with: age -d -i {args.out} -o bundle.out BUNDLE.age")
    print("rosc-desktop: WARNING: this file opens every bundle sent to this site, with the participants' records "
          "in them. Keep it offline (an encrypted drive, a locked drawer) and delete it when you are done.",
          file=sys.stderr)
    return 0


_SYNC = {"card": _sync_card, "enrol": _sync_enrol, "identity": _sync_identity}


def _hub_enable(services: Services) -> int:
    from rosc_desktop.sync import hub

    hub.set_hub_mode(services, True)
    print("This site is now a hub: its trust card says so. Give each center the card (sync card) and enrol "
          "theirs (sync enrol --role center).")
    return 0
