"""`rosc-desktop`: start the app, or run a command over the same services (scripts, hubs, tests).

    rosc-desktop [--data-dir DIR] [--demo] [--lang LANG]        start the app
    rosc-desktop demo --participants N --seed S                 build a demo database
    rosc-desktop check --user NAME                              verify the database and the audit chain
    rosc-desktop directory import FILE --user NAME [--format F] [--source hub|local] [--dry-run] [--skip-unreadable]
    rosc-desktop directory export OUT --user NAME [--format hsds-json|hsds-package]
    rosc-desktop print plan (--participant ID | --all) --out PATH --user NAME [--lang LANG] [--large-print]
    rosc-desktop --version

Commands that open the encrypted store read the password from ROSC_PASSWORD or ask for it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from rosc_desktop import APP_NAME, __version__
from rosc_desktop.errors import RoscError
from rosc_desktop.paths import AppPaths, resolve

PASSWORD_ENV = "ROSC_PASSWORD"

# Plain English for the terminal; the GUI shows the translated sentences of ui.messages.
CLI_MESSAGES = {
    "signin_failed": "The user name or password is not right.",
    "signin_wait": "Too many attempts: wait {seconds} s and try again.",
    "database_unreadable": "The database cannot be opened: damaged, not a ROSC Desktop database, or another key.",
    "database_missing": "There is no database in {root}.",
    "database_exists": "A database already exists in {root}; use --force to replace a demo database.",
    "keyring_missing": "keyring.json is missing beside the database in {root}: restore it from a copy.",
    "keyring_unreadable": "The sign-in file keyring.json is damaged or not ours.",
    "database_too_new": "This database was written by a newer ROSC Desktop: please update.",
    "account_inactive": "This account is switched off.",
    "permission_denied": "Your role ({role}) does not allow this ({action}).",
    "disk_full": "The disk is full: nothing was written.",
    "not_a_demo": "{root} holds a real center's database; demo data is only written to an empty or demo folder.",
    "unsupported_format": "This file format is not supported ({format}).",
    "participant_not_found": "There is no participant with that id.",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rosc-desktop", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="folder for the database, keys and backups (or set ROSC_DATA_DIR)")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo database (in its own folder), creating it when missing")
    parser.add_argument("--lang", default="", help="interface language (en, es); default: the system's")
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="build a database of synthetic participants")
    demo.add_argument("--participants", type=int, default=500)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true", help="replace an existing demo database")
    demo.add_argument("--if-missing", action="store_true", help="do nothing when a database exists")

    check = sub.add_parser("check", help="verify the database file, search index, outbox and audit chain")
    check.add_argument("--user", required=True)

    printing = sub.add_parser("print", help="print documents for participants as PDF")
    psub = printing.add_subparsers(dest="document", required=True)
    plan = psub.add_parser("plan", help="the personal recovery plan, in each participant's language")
    who = plan.add_mutually_exclusive_group(required=True)
    who.add_argument("--participant", help="the participant's id")
    who.add_argument("--all", action="store_true", help="every participant, one PDF each")
    plan.add_argument("--out", required=True,
                      help="the PDF file (one participant) or a folder (--all); files are named by id, never name")
    plan.add_argument("--lang", dest="plan_lang", default="",
                      help="print in this language (en, es) instead of each participant's own")
    plan.add_argument("--large-print", action="store_true", help="type 1.5 times the usual size")
    plan.add_argument("--user", required=True)

    directory = sub.add_parser("directory", help="import or export the resource directory (HSDS 3.0, Meeting Guide)")
    dsub = directory.add_subparsers(dest="directory_command", required=True)
    dimport = dsub.add_parser("import", help="show what a file would change, then import it")
    dimport.add_argument("file")
    dimport.add_argument("--user", required=True)
    dimport.add_argument("--format", choices=("hsds-json", "hsds-package", "meeting-guide"),
                         help="default: from the file name (.zip or a folder: hsds-package; else hsds-json)")
    dimport.add_argument("--source", choices=("hub", "local"),
                         help="hub: entries from the hub, read-only here; default local (meeting lists: meeting_guide)")
    dimport.add_argument("--feed", help="Meeting Guide feed name for stable ids (default: the file name)")
    dimport.add_argument("--dry-run", action="store_true", help="show the plan, change nothing")
    dimport.add_argument("--skip-unreadable", action="store_true",
                         help="import the rows that could be read and leave out the others")
    dexport = dsub.add_parser("export", help="write the directory as HSDS 3.0")
    dexport.add_argument("out")
    dexport.add_argument("--user", required=True)
    dexport.add_argument("--format", choices=("hsds-json", "hsds-package"),
                         help="default: hsds-package when OUT ends in .zip or is a folder, else hsds-json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve(args.data_dir, demo=args.demo)
    try:
        if args.command == "demo":
            # Demo data always lives in a "demo" folder of its own, never beside a real center's data.
            return _demo(resolve(args.data_dir, demo=True), args)
        if args.command == "check":
            return _check(paths, args.user)
        if args.command == "directory":
            return _directory(paths, args)
        if args.command == "print":
            return _print_plan(paths, args)
        if args.demo:
            from rosc_desktop.services.demo import ensure_demo_database

            ensure_demo_database(paths)
        from rosc_desktop.ui.app import run_gui

        return run_gui(paths, language=args.lang)
    except RoscError as error:
        print(f"rosc-desktop: {_say(error, paths)}", file=sys.stderr)
        return 2


def _say(error: RoscError, paths: AppPaths) -> str:
    template = CLI_MESSAGES.get(error.code)
    if template is None:
        return str(error)
    return template.format(root=paths.root, **error.params)


def _password(user: str) -> str:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise SystemExit(f"rosc-desktop: set {PASSWORD_ENV} or run in a terminal to type the password")
    return getpass.getpass(f"Password for {user}: ")


def _demo(paths: AppPaths, args: argparse.Namespace) -> int:
    from rosc_desktop.services.demo import build_demo_database
    from rosc_desktop.services.session import database_exists

    if args.if_missing and database_exists(paths):
        print(f"A database already exists in {paths.root}; nothing to do.")
        return 0
    report = build_demo_database(paths, participants=args.participants, seed=args.seed, force=args.force)
    print(f"Demo database with {report.participants} participants in {paths.root} "
          f"({report.seconds:.1f} s). Sign in as admin / demo.")
    return 0


def _check(paths: AppPaths, user: str) -> int:
    from rosc_desktop.services.session import sign_in

    from rosc_desktop.store.backup import list_backups

    try:
        # No daily backup here: copying a damaged file over a good backup would help nobody.
        services = sign_in(paths, user, _password(user), make_backup=False)
    except RoscError as error:
        if error.code == "database_unreadable":
            newest = list_backups(paths.backups)[-1:] if paths.backups.is_dir() else []
            print(f"rosc-desktop: {_say(error, paths)}", file=sys.stderr)
            if newest:
                print(f"The newest backup is {newest[0]} (it opens with the same sign-in).", file=sys.stderr)
            return 1
        raise
    try:
        report = services.health.check()
    finally:
        services.close()
    print(f"Checked {report.participants} participants, {report.outbox_entries} outbox entries, "
          f"{report.audit_events} audit events.")
    if report.ok:
        print("All is well.")
        return 0
    for problem, details in report.problems:
        if problem == "audit_chain":
            print(f"Audit chain broken at event {details['seq']} ({details['reason']}).")
        else:
            print(f"Problem: {problem} {details or ''}".rstrip())
    return 1


def _print_plan(paths: AppPaths, args: argparse.Namespace) -> int:
    from pathlib import Path

    from rosc_desktop.documents.recovery_plan import plan_file_name, render_recovery_plan
    from rosc_desktop.services.plan_document import gather_plan
    from rosc_desktop.services.session import sign_in
    from rosc_desktop.util_files import write_atomic

    services = sign_in(paths, args.user, _password(args.user))
    try:
        out = Path(args.out)
        if args.all:
            ids = services.participants.search("").ids
            out.mkdir(parents=True, exist_ok=True)
            targets = [(pid, out / plan_file_name(pid)) for pid in ids]
        else:
            if out.is_dir():
                out = out / plan_file_name(args.participant)
            out.parent.mkdir(parents=True, exist_ok=True)
            targets = [(args.participant, out)]
        for done, (pid, target) in enumerate(targets, start=1):
            content = gather_plan(services, pid)
            pdf = render_recovery_plan(content, args.plan_lang or content.language, large_print=args.large_print)
            write_atomic(target, pdf)
            # Ids only on the terminal: a scrolled-back terminal or a CI log must not list names.
            print(f"[{done}/{len(targets)}] {target}")
    finally:
        services.close()
    print(f"Printed {len(targets)} recovery plan(s).")
    return 0


def _guess_format(path: str) -> str:
    from pathlib import Path

    target = Path(path)
    if target.suffix.lower() == ".zip" or target.is_dir() or target.name == "datapackage.json" or not target.suffix:
        return "hsds-package"
    return "hsds-json"


def _directory(paths: AppPaths, args: argparse.Namespace) -> int:
    from rosc_desktop.services.session import sign_in
    from rosc_desktop.sync import hsds

    services = sign_in(paths, args.user, _password(args.user), make_backup=False)
    try:
        if args.directory_command == "export":
            fmt = args.format or _guess_format(args.out)
            hsds.export_file(services, args.out, fmt)
            print(f"Directory written to {args.out} ({fmt}).")
            return 0
        fmt = args.format or _guess_format(args.file)
        source = args.source or hsds.default_source(fmt)
        plan = hsds.preview_file(services, args.file, fmt, source, feed=args.feed)
        for kind, counts in plan.counts.items():
            print(f"{kind}: {counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged")
        for field in sorted(plan.unknown_fields):
            print(f"Ignored field: {field}")
        for problem in plan.problems:
            print(f"{problem.where()}: {problem.code}" + (f" ({problem.detail})" if problem.detail else ""))
        if plan.blocked:
            print("Nothing imported: the file cannot be imported as it is.")
            return 1
        if plan.problems and not args.skip_unreadable:
            print(f"Nothing imported: {len(plan.problems)} rows could not be read "
                  "(use --skip-unreadable to import the others).")
            return 1
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return 0
        result = services.directory_import.apply(plan, skip_unreadable=args.skip_unreadable)
        print(f"Imported: {result.total('new')} new, {result.total('updated')} updated"
              + (f", {result.skipped} rows left out." if result.skipped else "."))
        return 0
    finally:
        services.close()


if __name__ == "__main__":
    raise SystemExit(main())
