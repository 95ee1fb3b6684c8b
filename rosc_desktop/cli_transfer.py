"""`rosc-desktop transfer …`: a person's record moving between centers, from the terminal (admins).

    rosc-desktop transfer list [--json] [--user NAME]
    rosc-desktop transfer request PARTICIPANT_ID --to SITE [--user NAME]
    rosc-desktop transfer cancel ID [--user NAME]
    rosc-desktop transfer accept ID [--yes] [--user NAME]
    rosc-desktop transfer decline ID --reason person-not-here|already-registered|wrong-center|other [--user NAME]

A transfer id may be shortened to its first 8 or more characters, as long as it is unique. `accept` prints the
§2.32 notice first and asks for "yes" (or takes --yes, for a script whose operator has read it). The terminal
says the same sentences as the Transfers page (ui.messages), so the two never drift apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from rosc_desktop.enums import TRANSFER_DECLINE_REASONS
from rosc_desktop.errors import RoscError

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services
    from rosc_desktop.sync.transfer import TransferView

EXIT_NOT_ACCEPTED = 1
EXIT_REFUSED = 2
EXIT_CANCELLED = 130
_MIN_PREFIX = 8

_STATUS = {"pending": "waiting for the next bundle", "sent": "sent to the hub", "delivered": "delivered",
           "waiting": "waiting for you to accept", "accepted": "accepted", "declined": "declined",
           "refused": "refused", "cancelled": "cancelled"}
_DIRECTION = {"out": "to", "in": "from", "relay": "through"}


def add_commands(sub: argparse._SubParsersAction, with_user: Any) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("transfer", help="a person's record moving to or from another center (admins)")
    tsub = parser.add_subparsers(dest="transfer_command", required=True)
    listing = with_user(tsub.add_parser("list", help="every transfer, with why one is held back or refused"))
    listing.add_argument("--json", action="store_true")
    request = with_user(tsub.add_parser("request", help="send a person's record to another center, under the "
                                                        "consent that names it; it leaves with the next bundle"))
    request.add_argument("participant", metavar="PARTICIPANT_ID")
    request.add_argument("--to", required=True, metavar="SITE", help="the receiving center's site code")
    cancel = with_user(tsub.add_parser("cancel", help="take back a transfer that is still on its way"))
    cancel.add_argument("id")
    accept = with_user(tsub.add_parser("accept", help="read the notice, then make the record this center's"))
    accept.add_argument("id")
    accept.add_argument("--yes", action="store_true", help="accept without asking (the notice is still printed)")
    decline = with_user(tsub.add_parser("decline", help="decline a waiting record; the sender is told why"))
    decline.add_argument("id")
    decline.add_argument("--reason", required=True, choices=[r.replace("_", "-") for r in TRANSFER_DECLINE_REASONS])


def run(services: Services, args: argparse.Namespace) -> int:
    command = args.transfer_command
    if command == "list":
        return _list(services, args.json)
    if command == "request":
        return _request(services, args.participant, args.to)
    if command == "cancel":
        return _cancel(services, args.id)
    if command == "accept":
        return _accept(services, args.id, args.yes)
    return _decline(services, args.id, args.reason.replace("-", "_"))


def _why(view: TransferView) -> str:
    from rosc_desktop.ui.messages import transfer_reason

    return transfer_reason(view.status, view.reason)


def _status(view: TransferView) -> str:
    if view.status == "pending" and view.reason:
        return "held back"
    return _STATUS.get(view.status, view.status)


def _list(services: Services, as_json: bool) -> int:
    from rosc_desktop.sync import transfer

    views = transfer.transfers(services)
    if as_json:
        print(json.dumps([{"id": v.id, "direction": v.direction, "from_site": v.from_site, "to_site": v.to_site,
                           "status": v.status, "reason": v.reason, "why": _why(v), "participant_id": v.participant_id,
                           "new_participant_id": v.new_participant_id, "updated_at": v.updated_at.isoformat()}
                          for v in views], indent=2, ensure_ascii=False))
        return 0
    if not views:
        print("No transfers.")
        return 0
    for v in views:
        center = v.to_site if v.direction == "out" else v.from_site
        if v.direction == "relay":
            center = f"{v.from_site} → {v.to_site}"
        # Ids only, never names: a scrolled-back terminal or a script's log must not list people.
        who = f" participant {v.participant_id}" if v.direction == "out" else ""
        print(f"{v.id}  {_DIRECTION[v.direction]} {center}{who}: {_status(v)} "
              f"({v.updated_at.astimezone().date().isoformat()})")
        why = _why(v)
        if why:
            print(f"    {why}")
    return 0


def _find(services: Services, given: str, direction: str) -> TransferView:
    from rosc_desktop.sync import transfer

    given = given.strip().lower()
    views = [v for v in transfer.transfers(services, direction)]
    exact = [v for v in views if v.id == given]
    if exact:
        return exact[0]
    matches = [v for v in views if len(given) >= _MIN_PREFIX and v.id.startswith(given)]
    if len(matches) != 1:
        raise RoscError("transfer_not_found")
    return matches[0]


def _request(services: Services, participant_id: str, to_site: str) -> int:
    from rosc_desktop.sync import transfer

    view = transfer.request_transfer(services, participant_id.strip(), to_site.strip().upper())
    print(f"Transfer {view.id} to {view.to_site}: it leaves with the next bundle to the hub "
          "(rosc-desktop bundle export).")
    return 0


def _cancel(services: Services, given: str) -> int:
    from rosc_desktop.sync import transfer

    view = _find(services, given, "out")
    was = view.status
    transfer.cancel_transfer(services, view.id)
    if was == "pending":
        print(f"Cancelled: transfer {view.id} will not leave this center.")
    else:
        print(f"Cancelled: the next bundle tells the hub to stop passing transfer {view.id} on. If {view.to_site} "
              "has accepted it meanwhile, it stays there and the list will say delivered.")
    return 0


def _accept(services: Services, given: str, yes: bool) -> int:
    from rosc_desktop.sync import transfer

    view = _find(services, given, "in")
    if view.status != "waiting":
        raise RoscError("transfer_not_waiting")
    parts = "1 part" if view.rows == 1 else f"{view.rows} parts"
    print(f"{view.from_site} sends a person's record ({parts}) under the person's written consent.")
    print()
    print("Notice to the recipient (42 CFR § 2.32):")
    print(view.notice)
    print()
    if not yes:
        if not sys.stdin.isatty():
            print("rosc-desktop: after reading the notice, accept with --yes (no terminal to ask on).",
                  file=sys.stderr)
            return EXIT_REFUSED
        try:
            answer = input('Accept this record as this center\'s? Type "yes" to accept: ')
        except (EOFError, KeyboardInterrupt):
            print("\nNot accepted: nothing was changed.")
            return EXIT_CANCELLED
        if answer.strip().lower() != "yes":
            print("Not accepted: nothing was changed.")
            return EXIT_NOT_ACCEPTED
    new_id = transfer.accept_transfer(services, view.id)
    print(f"Accepted: the record is this center's now, as participant {new_id}.")
    return 0


def _decline(services: Services, given: str, reason: str) -> int:
    from rosc_desktop.sync import transfer

    view = _find(services, given, "in")
    transfer.decline_transfer(services, view.id, reason)
    print(f"Declined: the package is dropped, and {view.from_site} is told why with this center's next bundle.")
    return 0


__all__ = ["EXIT_CANCELLED", "EXIT_NOT_ACCEPTED", "EXIT_REFUSED", "add_commands", "run"]
