"""What the command line tells a person to do, and where it refuses to write: kept below every command module, so
each can advise the same way (`rosc-desktop restore` and `rosc-desktop check` name the folder they were run on).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rosc_desktop.paths import AppPaths, default_root, resolve

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# Refused, not created: a mistyped path or an unplugged USB stick would otherwise leave the file in a new folder on
# this computer's own disk, where nobody looks for it (a backup refuses it the same way).
OUTPUT_FOLDER_MISSING = "the folder {folder} does not exist (is the USB stick plugged in?): nothing was written."


def command_line(paths: AppPaths, *words: str) -> str:
    """A command to tell a person to run, ready to paste: `rosc-desktop`, the data folder when it is not the one a
    bare command would use (else the advice would act on another folder: the default one), then `words`, each
    quoted for this system's shell where it needs it (a space in a folder name)."""
    bare, bare_demo = resolve(None), resolve(None, demo=True)
    default = resolve(default_root())
    if paths.root == bare.root == default.root:
        folder: tuple[str, ...] = ()
    elif paths.root == bare_demo.root == resolve(default_root(), demo=True).root:
        folder = ("--demo",)
    else:
        folder = ("--data-dir", str(paths.root))
    return " ".join(["rosc-desktop", *(shell_word(word) for word in (*folder, *words))])


def next_command(services: "Services", *words: str) -> str:
    """A command to run next, for the signed-in person's data folder and account."""
    return command_line(services.paths, *words, "--user", services.actor.username)


def shell_word(word: str, *, windows: bool = os.name == "nt") -> str:
    """`word` as typed into this system's shell: POSIX quoting (shlex) here; on Windows, double quotes around any
    word with a character cmd.exe or PowerShell would read ("R&D", a space, parentheses), which a Windows path
    cannot itself hold."""
    if windows:
        return word if _WINDOWS_PLAIN.fullmatch(word) else f'"{word}"'
    import shlex

    return shlex.quote(word)


_WINDOWS_PLAIN = re.compile(r"[A-Za-z0-9_.:\\/=+-]+")


def folder_missing(target: str, *, file_or_folder: bool = False) -> bool:
    """Whether the folder `target` would be written into is missing, said on the terminal: it is refused, never
    created (OUTPUT_FOLDER_MISSING). `target` itself may be a new file, or a new folder for several files. Where
    it may name a file or a folder to put the file in (`file_or_folder`), a trailing slash says it is a folder,
    which must be there too (else a file would be written under that name)."""
    if file_or_folder and target.endswith(("/", os.sep)):
        return missing_said(Path(target))
    return missing_said(Path(target).absolute().parent)


def missing_said(folder: Path) -> bool:
    if folder.is_dir():
        return False
    print(f"rosc-desktop: {OUTPUT_FOLDER_MISSING.format(folder=folder.absolute())}", file=sys.stderr)
    return True


# What each permission lets a person do (services/permissions.py), for "A coordinator may not ...".
ACTION_WORDS = {
    "view_participant": "see participants' records", "register_participant": "register participants",
    "edit_participant": "change participants' records", "record_intake": "record an intake",
    "edit_plan": "change a recovery plan", "void_participant": "take a participant's record out of use",
    "manage_staff": "manage staff accounts", "change_settings": "change the center's settings",
    "view_audit": "read the audit log", "check_database": "check the database",
    "view_reports": "see the center's reports", "refer": "make referrals",
    "edit_directory": "change the resource directory", "manage_partners": "manage partner sites",
    "manage_consents": "record consents", "manage_sync": "exchange bundles or manage sync keys",
    "back_up": "make or restore backups", "run_activities": "run activities",
}


def input_file_missing(args: argparse.Namespace) -> bool:
    """A file to read that is not there, said in those words before a password is asked: a bundle to import or
    inspect, a backup to restore, a directory file to import (a backup that is there but not one is said later)."""
    reads = ((args.command == "bundle" and args.bundle_command in ("import", "inspect"))
             or args.command == "restore" or (args.command == "directory" and args.directory_command == "import"))
    if not reads or Path(args.file).is_file():
        return False
    what = "folder" if Path(args.file).is_dir() else "file"
    if what == "folder" and args.command == "directory":
        return False  # an HSDS package may be given as its folder
    print(f"rosc-desktop: {args.file} is a folder, not a file" if what == "folder"
          else f"rosc-desktop: there is no file {args.file}", file=sys.stderr)
    return True


def output_folder_missing(args: argparse.Namespace) -> bool:
    """The folders the other commands write files into, refused the same way before a password is asked: a report's
    --csv FILE and --pdf FILE, a trust card's --pdf (a file, or a folder to put it in), a bundle's --out folder.
    (`sync identity` and `backup` refuse a missing folder themselves, after signing in.)"""
    if args.command == "report":
        return any(folder_missing(name) for name in (args.csv, args.pdf) if name and name != "-")
    if args.command == "sync" and args.sync_command == "card" and args.pdf:
        return not Path(args.pdf).is_dir() and folder_missing(args.pdf, file_or_folder=True)
    if args.command == "bundle" and args.bundle_command == "export":
        return missing_said(Path(args.out))
    return False
