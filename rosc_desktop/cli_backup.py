"""`rosc-desktop backup` and `rosc-desktop restore`: a copy to carry away, and putting one back.

    rosc-desktop backup --to DIR --user NAME        an encrypted, verified copy with its keyring, into DIR
    rosc-desktop restore FILE --user NAME           a .roscbackup file, or one of the automatic backups (.db)
    rosc-desktop restore FILE --recovery-key        unlocked with the center's recovery key instead

The password comes from ROSC_PASSWORD (or is asked), the recovery key from ROSC_RECOVERY_KEY (or is asked).
The database that was in place is moved into replaced/<time>/ beside it, never overwritten.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from rosc_desktop.errors import RoscError, usage_error
from rosc_desktop.paths import AppPaths

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

RECOVERY_KEY_ENV = "ROSC_RECOVERY_KEY"


def add_commands(sub: argparse._SubParsersAction, with_user: Callable[..., argparse.ArgumentParser]) -> None:  # type: ignore[type-arg]
    backup = with_user(sub.add_parser(
        "backup", help="write an encrypted, checked copy of the database and its keyring into a folder"))
    backup.add_argument("--to", required=True, metavar="DIR", help="the folder (a USB stick, say)")
    restore = sub.add_parser("restore", help="put a backup in place of this database (which is kept aside)")
    restore.add_argument("file", metavar="FILE", help="a .roscbackup file, or a .db from the backups folder")
    who = restore.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", help="an admin's or coordinator's user name in the backup")
    who.add_argument("--recovery-key", action="store_true",
                     help=f"unlock with the recovery key (from {RECOVERY_KEY_ENV}, or asked)")


def run_backup(services: "Services", args: argparse.Namespace) -> int:
    from rosc_desktop.services.backup_files import write_backup_file

    target = write_backup_file(services, args.to)
    print(f"Backup written and checked: {target}")
    print("It opens with any staff password of today, or the recovery key. Keep it somewhere safe and locked.")
    return 0


def run_restore(paths: AppPaths, args: argparse.Namespace, password_for: Callable[[str], str],
                ask: Callable[..., str]) -> int:
    from rosc_desktop.cli_advice import command_line
    from rosc_desktop.services.backup_files import restore

    try:
        if args.recovery_key:
            key = os.environ.get(RECOVERY_KEY_ENV, "")
            if not key:
                if not sys.stdin.isatty():
                    raise SystemExit(usage_error(f"rosc-desktop: set {RECOVERY_KEY_ENV} or run in a terminal to type "
                                                 "the key"))
                key = ask("Recovery key: ", secret=True)
            report = restore(paths, args.file, recovery_key=key)
        else:
            report = restore(paths, args.file, username=args.user, password=password_for(args.user))
    except RoscError as error:
        if error.code == "backup_damaged":  # the copy being put back, not one being made: said as such
            raise RoscError("restore_backup_damaged") from None
        raise
    made = report.made_at.astimezone().strftime("%Y-%m-%d %H:%M") if report.made_at else "an unknown date"
    print(f"Restored the backup made {made}.")
    if report.kept_aside:
        print(f"The database that was here is kept in {report.kept_aside}.")
    # The same folder as this restore, so the check looks at what was just put back.
    print(f"Run this to confirm, then sign in as usual:\n  {command_line(paths, 'check', '--user', args.user or 'NAME')}")
    return 0
