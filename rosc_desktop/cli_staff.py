"""`rosc-desktop staff …` and `rosc-desktop center …`: running the center from the terminal (admins).

    rosc-desktop staff list [--json] --user ADMIN
    rosc-desktop staff add USER --name "Display Name" --role peer|coordinator|admin --user ADMIN
    rosc-desktop staff set-role USER ROLE --user ADMIN
    rosc-desktop staff reset-password USER --user ADMIN
    rosc-desktop staff deactivate USER --user ADMIN
    rosc-desktop center show [--json] --user NAME
    rosc-desktop center set [--name …] [--address …] [--phone …] [--hours …] [--email …] [--website …] --user ADMIN

The admin's password comes from ROSC_PASSWORD (or is asked); a new or reset account's temporary password from
ROSC_NEW_PASSWORD (or is asked twice). The person changes it at their first sign-in.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from rosc_desktop.cli_advice import next_command
from rosc_desktop.errors import RoscError, ValidationError, usage_error

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

NEW_PASSWORD_ENV = "ROSC_NEW_PASSWORD"
ROLES = {"peer": "peer_specialist", "peer-specialist": "peer_specialist", "coordinator": "coordinator",
         "admin": "admin"}
ROLE_WORDS = {"peer_specialist": "peer specialist", "coordinator": "coordinator", "admin": "admin"}


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    staff = sub.add_parser("staff", help="staff accounts: add, change role, reset password, switch off (admins)")
    ssub = staff.add_subparsers(dest="staff_command", required=True)
    listing = ssub.add_parser("list", help="every account, its role, whether it is on, its last sign-in")
    listing.add_argument("--json", action="store_true")
    add = ssub.add_parser("add", help="a new account with a temporary password (ROSC_NEW_PASSWORD, or asked)")
    add.add_argument("username", metavar="USER")
    add.add_argument("--name", required=True, help="the person's name as colleagues know it")
    add.add_argument("--role", required=True, choices=sorted(ROLES))
    role = ssub.add_parser("set-role", help="change an account's role")
    role.add_argument("username", metavar="USER")
    role.add_argument("role", choices=sorted(ROLES))
    reset = ssub.add_parser("reset-password", help="a new temporary password, changed at the next sign-in")
    reset.add_argument("username", metavar="USER")
    off = ssub.add_parser("deactivate", help="switch an account off for good (the database key changes)")
    off.add_argument("username", metavar="USER")
    for command in (listing, add, role, reset, off):
        command.add_argument("--user", required=True, help="an admin's user name")

    from rosc_desktop.services.center_details import CENTER_FIELDS

    center = sub.add_parser("center", help="the center's own details, printed on what people take home")
    csub = center.add_subparsers(dest="center_command", required=True)
    show = csub.add_parser("show", help="the center's name, address, phone, hours, email and website")
    show.add_argument("--json", action="store_true")
    change = csub.add_parser("set", help="change some of the center's details (admins)")
    for name in CENTER_FIELDS:
        change.add_argument(f"--{name}", default=None)
    for command in (show, change):
        command.add_argument("--user", required=True)


def run(services: Services, args: argparse.Namespace) -> int:
    if args.command == "center":
        return _center_show(services, args.json) if args.center_command == "show" else _center_set(services, args)
    command = args.staff_command
    if command == "list":
        return _list(services, args.json)
    if command == "add":
        member = services.staff.add(args.username, args.name, ROLES[args.role], _new_password(args.username))
        print(f"Added {member.username} ({ROLE_WORDS[member.role.value]}). They choose their own password at their "
              "first sign-in.")
        return 0
    if command == "set-role":
        member = services.staff.set_role(args.username, ROLES[args.role])
        print(f"{member.username} is now {ROLE_WORDS[member.role.value]}.")
        return 0
    if command == "reset-password":
        member = services.staff.reset_password(args.username, _new_password(args.username))
        print(f"{member.username} has a temporary password now, to be changed at their next sign-in.")
        return 0
    return _deactivate(services, args.username)


def _list(services: Services, as_json: bool) -> int:
    members = services.staff.members()
    if as_json:
        print(json.dumps([{"username": m.username, "display_name": m.display_name, "role": m.role.value,
                           "active": m.active, "must_change_password": m.must_change_password,
                           "can_sign_in": m.can_sign_in,
                           "last_sign_in_at": m.last_sign_in_at.isoformat() if m.last_sign_in_at else None}
                          for m in members], indent=2, ensure_ascii=False))
        return 0
    for m in members:
        state = "on" if m.active else "switched off"
        if m.active and not m.can_sign_in:
            state = "needs a new password (reset-password)"
        elif m.active and m.must_change_password:
            state = "on, temporary password"
        last = m.last_sign_in_at.astimezone().strftime("%Y-%m-%d %H:%M") if m.last_sign_in_at else "never"
        print(f"{m.username:<20} {m.display_name:<28} {ROLE_WORDS[m.role.value]:<16} {state:<24} last sign-in {last}")
    return 0


def _deactivate(services: Services, username: str) -> int:
    steps = {"backup": "Backing up the database…", "rekey": "Changing the database key…",
             "backups": "Re-encrypting the backups…"}

    def progress(step: str) -> None:
        if step in steps:
            print(steps[step], file=sys.stderr, flush=True)

    done = services.staff.deactivate(username, progress)
    print(f"{done.username} is switched off. The database key has changed: their password opens nothing, even "
          f"with a copy of the old files. {done.rekeyed_backups} backup(s) re-encrypted; the copy made first is "
          f"{done.backup}.")
    for name in done.need_new_password:
        reset = next_command(services, "staff", "reset-password", name)
        print(f"{name} had not signed in since this version was installed: give them a new temporary password "
              f"({reset}).")
    if done.new_recovery_key:
        print("The recovery key has changed. Write the new one down and keep it away from this computer:")
        print(f"    {done.new_recovery_key}")
    return 0


def _new_password(username: str) -> str:
    if os.environ.get(NEW_PASSWORD_ENV):
        return os.environ[NEW_PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise SystemExit(usage_error(f"rosc-desktop: set {NEW_PASSWORD_ENV} or run in a terminal to type the temporary password"))
    try:
        first = getpass.getpass(f"Temporary password for {username}: ")
        again = getpass.getpass("The same again: ")
    except (EOFError, KeyboardInterrupt):
        raise SystemExit("\nrosc-desktop: nothing was changed.") from None
    if first != again:
        raise ValidationError("passwords_differ", field="confirm")
    return first


def _center_show(services: Services, as_json: bool) -> int:
    from rosc_desktop.services.center_details import CENTER_FIELDS

    center = services.accounts.center()
    values: dict[str, Any] = {name: getattr(center, name) for name in CENTER_FIELDS}
    if as_json:
        print(json.dumps({"code": center.code, **values}, indent=2, ensure_ascii=False))
        return 0
    print(f"{center.name} ({center.code})")
    for name in list(CENTER_FIELDS)[1:]:
        print(f"  {name.capitalize():<8} {values[name] or '—'}")
    return 0


def _center_set(services: Services, args: argparse.Namespace) -> int:
    from rosc_desktop.services.center_details import CENTER_FIELDS

    given = {name: getattr(args, name) for name in CENTER_FIELDS if getattr(args, name) is not None}
    if not given:
        raise RoscError("nothing_to_change")
    services.accounts.set_center_details(**given)
    return _center_show(services, False)


__all__ = ["NEW_PASSWORD_ENV", "add_commands", "run"]
