"""`rosc-desktop`: start the app, or run a command over the same services (scripts, hubs, tests).

    rosc-desktop [--data-dir DIR] [--demo] [--lang LANG]        start the app
    rosc-desktop demo --participants N --seed S                 build a demo database
    rosc-desktop check --user NAME                              verify the database and the audit chain
    rosc-desktop directory import FILE --user NAME [--format F] [--source hub|local] [--dry-run] [--skip-unreadable]
    rosc-desktop directory export OUT --user NAME [--format hsds-json|hsds-package]
    rosc-desktop print plan (--participant ID | --all) --out PATH --user NAME [--lang LANG] [--large-print]
    rosc-desktop bundle export --to SITE --out DIR [--user NAME]
    rosc-desktop bundle import FILE [--dry-run] [--force-gap] [--user NAME]
    rosc-desktop bundle inspect FILE [--json] [--user NAME]
    rosc-desktop bundle status [--json] [--user NAME]
    rosc-desktop bundle conflicts [--json] [--user NAME]
    rosc-desktop bundle resolve ID (--keep-local | --take-remote) [--user NAME]
    rosc-desktop sync card [--pdf PATH] [--user NAME]
    rosc-desktop sync enrol CARD_TEXT_OR_FILE --fingerprint "XXXX XXXX ..." --role hub|center [--replace] [--user NAME]
    rosc-desktop sync identity --out FILE [--user NAME]         the secret key, for `age -d -i FILE` (admin)
    rosc-desktop report (--month YYYY-MM | --from DATE --to DATE) --user NAME [--csv [FILE]] [--pdf FILE] …
                                                                    (see cli_report.py)
    rosc-desktop hub report --month YYYY-MM [--csv] [--user NAME]   (see cli_report.py)
    rosc-desktop hub enable [--user NAME]
    rosc-desktop transfer list|request|cancel|accept|decline …   (see cli_transfer.py)
    rosc-desktop staff list|add|set-role|reset-password|deactivate …   (see cli_staff.py)
    rosc-desktop center show|set …                                  (see cli_staff.py)
    rosc-desktop backup --to DIR --user NAME                         (see cli_backup.py)
    rosc-desktop restore FILE (--user NAME | --recovery-key)         (see cli_backup.py)
    rosc-desktop --version

Commands that open the encrypted store read the password from ROSC_PASSWORD or ask for it. The sync commands
(bundle, sync, hub, transfer, report) take the user from --user, else ROSC_USER, else ask.

Exit codes: 0 done; 1 `check` found damage, or `directory import` left unreadable rows; 2 bad input (a damaged
or hostile file, a wrong password, no answer at hand); 3 a bundle held for missing changes; 130 Ctrl+C.

Past 600 lines: the parser, the dispatch and the bundle and sync commands' printing stay together because they
share the exit codes, the password and user prompts and the Ctrl+C handling above; the self-contained command
groups (report, transfer, staff, backup) have modules of their own, and the bundle commands are the next to move.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rosc_desktop import APP_NAME, __version__
from rosc_desktop.errors import RoscError, usage_error
from rosc_desktop.paths import AppPaths, resolve

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

PASSWORD_ENV = "ROSC_PASSWORD"
USER_ENV = "ROSC_USER"
# A shell reports a program stopped by Ctrl+C as 128 + SIGINT; scripts test for it.
EXIT_CANCELLED = 130
EXIT_HELD = 3

# Plain English for the terminal; the GUI shows the translated sentences of ui.messages.
CLI_MESSAGES = {
    "signin_failed": "The user name or password is not right.",
    "signin_wait": "Too many attempts: wait {seconds} s and try again.",
    "database_unreadable": "The database cannot be opened: damaged, not a ROSC Desktop database, or another key.",
    "database_missing": "There is no database in {root}. To bring one back: rosc-desktop restore FILE --user NAME.",
    "database_missing_demo_beside": "There is no database in {root}, but there is a demo database beside it: add "
                                    "--demo to use it (its account is admin, password demo).",
    "database_damaged": "The database in {root} is damaged (a disk fault?): nothing was written to it. "
                        "The newest good backup is {backup}. To put it back (the damaged file is kept aside):\n"
                        "  rosc-desktop restore {backup} --user NAME",
    "database_damaged_none": "The database in {root} is damaged (a disk fault?) and no backup passes its check: "
                             "nothing was written. Keep the folder as it is and ask for help.",
    "backup_file_invalid": "This is not a ROSC Desktop backup, or it is damaged or incomplete: nothing was changed.",
    "backup_folder_missing": "That folder does not exist (is the USB stick plugged in?).",
    "database_exists": "A database already exists in {root}; use --force to replace a demo database.",
    "keyring_missing": "keyring.json is missing beside the database in {root}: restore it from a copy.",
    "keyring_unreadable": "The sign-in file keyring.json is damaged or not ours.",
    "database_too_new": "This database was written by a newer ROSC Desktop: please update.",
    "account_inactive": "This account is switched off.",
    "permission_denied": "Your role ({role}) does not allow this ({action}).",
    "disk_full": "The disk is full: nothing was written.",
    "demo_unavailable": "This build of ROSC Desktop is for real centers and has no demo data generator. To try the "
                        "app with made-up people, run it from a source checkout (./rosc run, see the README).",
    "not_a_demo": "{root} holds a real center's database; demo data is only written to an empty or demo folder.",
    "unsupported_format": "This file format is not supported ({format}).",
    "participant_not_found": "There is no participant with that id.",
    "password_change_required": "This account still has its temporary password: sign in to the app once and "
                                "choose your own first.",
    # Sync by bundle file: only where the terminal says something else (a flag, a command); every other code
    # prints the GUI's sentence (ui.messages), so the two never drift apart.
    "peer_key_changed": "{site_code} is already enrolled with a different key. Check with them by phone, then "
                        "enrol again with --replace.",
    "peer_role_mismatch": "This card is for a {card} where a {expected} was expected.",
    "peer_unknown": "{site_code} is not enrolled here yet. Enrol its trust card first (sync enrol).",
    "hub_mode_required": "Cross-center reports are for a site set up as a hub (hub enable).",
    "sync_peer_not_hub": "A center sends bundles to its hub only, and {site_code} is not the hub.",
    "conflict_not_open": "That item is not waiting for review (already resolved, or no such number).",
    "identity_file_exists": "That file already exists: nothing was written (an identity file is never "
                            "overwritten; choose a new name).",
    "identity_folder_missing": "That folder does not exist (is the USB stick plugged in?): nothing was written.",
    "identity_write_failed": "The identity file could not be written ({reason}): nothing was written.",
    # A hub's store on PostgreSQL (store/postgres.py, store/backup.py)
    "database_server_unreachable": "The hub's database server ({server}) cannot be reached: is it running, and "
                                   "can this computer reach it?",
    "database_login_failed": "The hub's database server ({server}) did not accept the user name or password.",
}


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="folder for the database, keys and backups (or set ROSC_DATA_DIR)")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo database (in its own folder), creating it when missing")
    parser.add_argument("--lang", default="", help="interface language (en, es); default: the system's")
    parser.add_argument("--quit-after", type=float, default=0, metavar="SECONDS", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", default="",
                        help="a hub's PostgreSQL database, postgresql://user@host/db (or set ROSC_DATABASE_URL); "
                             "keep its password in ~/.pgpass or PGPASSWORD")


def _window_start(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments of a plain start of the app (options, no command), read without building every command's
    parser, which with the modules it loads was a fifth of the time before the first window. None when there is
    more on the line: a command, --help or a mistake, which the whole parser reads and explains."""
    options = argparse.ArgumentParser(prog="rosc-desktop", add_help=False, exit_on_error=False)
    _add_global_options(options)
    try:
        args, rest = options.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rosc-desktop", description=f"{APP_NAME} {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="build a database of synthetic participants")
    demo.add_argument("--participants", type=int, default=300,
                      help="how many synthetic people (300, as the demo the app makes at its first start)")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true", help="replace an existing demo database")
    demo.add_argument("--if-missing", action="store_true", help="do nothing when a database exists")
    demo.add_argument("--site-code", help="the demo site's code (default DEMO-01, or HUB with --hub), so two demos "
                                          "can be paired to try sync by bundle file")
    demo.add_argument("--hub", action="store_true", help="make a demo regional hub instead of a center")

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
                      help="print in this language instead of each participant's own: en, es, ar, fr, ht, ko, pt, "
                           "ru, so, tl, vi, zh-hans, zh-hant (zh: this computer's default script)")
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
    _add_sync_commands(sub)
    return parser


def _add_sync_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    def with_user(command: argparse.ArgumentParser) -> argparse.ArgumentParser:
        command.add_argument("--user", help=f"the account to sign in as (default: {USER_ENV}, else asked)")
        return command

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

    hub = sub.add_parser("hub", help="hub mode and the cross-center report")
    hsub = hub.add_subparsers(dest="hub_command", required=True)
    from rosc_desktop import cli_backup, cli_report, cli_staff, cli_transfer

    cli_report.add_hub_report(hsub, with_user)
    with_user(hsub.add_parser("enable", help="make this site a hub (only before any site is enrolled)"))
    cli_transfer.add_commands(sub, with_user)
    cli_staff.add_commands(sub)
    cli_backup.add_commands(sub, with_user)
    cli_report.add_commands(sub, with_user)


def main(argv: Sequence[str] | None = None) -> int:
    args = _window_start(argv) or build_parser().parse_args(argv)
    paths = resolve(args.data_dir, demo=args.demo)
    if args.database_url and not args.demo:
        from rosc_desktop.services.session import DATABASE_URL_ENV

        # Every sign-in below reads it from there; the GUI's too.
        os.environ[DATABASE_URL_ENV] = args.database_url
    try:
        code = _run(paths, args)
        sys.stdout.flush()  # inside the try: a reader that went away is noticed here, not at exit
        return code
    except RoscError as error:
        print(f"rosc-desktop: {_say(error, paths)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nrosc-desktop: stopped (Ctrl+C). What was already saved stays saved.", file=sys.stderr)
        return EXIT_CANCELLED
    except BrokenPipeError:
        # The reader went away (`| head -1`): what it wanted was printed. Quietly, with stdout pointed at
        # nothing, so the interpreter's last flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(paths: AppPaths, args: argparse.Namespace) -> int:
    from rosc_desktop.services.session import recover_interrupted_first_run

    if args.command not in ("demo", None) and recover_interrupted_first_run(paths):
        print(f"rosc-desktop: the first set-up in {paths.root} was interrupted before it finished, so it was "
              "cleared to start over (nothing had been recorded yet).", file=sys.stderr)
    if args.command == "demo":
        # Demo data always lives in a "demo" folder of its own, never beside a real center's data.
        return _demo(resolve(args.data_dir, demo=True), args)
    if args.command == "check":
        return _check(paths, args.user)
    if args.command == "directory":
        return _directory(paths, args)
    if args.command == "print":
        return _print_plan(paths, args)
    if args.command == "report":
        from rosc_desktop import cli_report

        cli_report.period_of(args)  # a wrong date is said before anyone is asked for a password
    if args.command in ("bundle", "sync", "hub", "transfer", "staff", "center", "backup", "report"):
        return _sync_command(paths, args)
    if args.command == "restore":
        from rosc_desktop import cli_backup

        return cli_backup.run_restore(paths, args, _password, _ask)
    prepare = None
    if args.demo:
        from rosc_desktop.services.session import needs_demo_database

        if needs_demo_database(paths):  # says at once, in the terminal, when this build has no demo generator
            prepare = _demo_builder(paths)
    from rosc_desktop.ui.app import run_gui

    return run_gui(paths, language=args.lang, quit_after=args.quit_after, prepare=prepare)


def _demo_builder(paths: AppPaths) -> Callable[[], None]:
    """Builds the demo database behind the app's first window: the generator loads the database stack, which the
    window does not wait for."""
    def build() -> None:
        from rosc_desktop.services.demo import ensure_demo_database
        from rosc_desktop.sync.sample_directory import load_sample_directory

        ensure_demo_database(paths, load_directory=load_sample_directory)

    return build


def _say(error: RoscError, paths: AppPaths) -> str:
    code = error.code
    if code == "database_damaged" and not error.params.get("backup"):
        code = "database_damaged_none"
    if code == "database_missing" and _demo_beside(paths):
        code = "database_missing_demo_beside"
    template = CLI_MESSAGES.get(code)
    if template is None:
        # The GUI's sentence, untranslated: QCoreApplication.translate needs no application object.
        from rosc_desktop.ui.messages import message_for

        return message_for(error.code, dict(error.params))
    return template.format(root=paths.root, **error.params)


def _demo_beside(paths: AppPaths) -> bool:
    """Whether the folder holds no database but its demo folder does: someone who built a demo and left out --demo."""
    from rosc_desktop.paths import resolve
    from rosc_desktop.services.session import database_exists

    demo = resolve(paths.root, demo=True)
    return demo.root != paths.root and database_exists(demo)


def _password(user: str) -> str:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise SystemExit(usage_error(f"rosc-desktop: set {PASSWORD_ENV} or run in a terminal to type the password"))
    return _ask(f"Password for {user}: ", secret=True)


def _ask(prompt: str, *, secret: bool = False) -> str:
    """One line from the person at the terminal. Ctrl+D (end of input) stops with exit 2, Ctrl+C with 130: a
    sentence either way, never a traceback."""
    try:
        return getpass.getpass(prompt) if secret else input(prompt)
    except EOFError:
        print(file=sys.stderr)
        raise SystemExit(2) from None
    except KeyboardInterrupt:
        print("\nrosc-desktop: stopped; nothing was changed.", file=sys.stderr)
        raise SystemExit(EXIT_CANCELLED) from None


def _demo(paths: AppPaths, args: argparse.Namespace) -> int:
    from rosc_desktop.services.demo import build_demo_database
    from rosc_desktop.services.session import database_exists, recover_interrupted_first_run

    if recover_interrupted_first_run(paths):
        print(f"rosc-desktop: the demo build in {paths.root} was interrupted before it finished; it starts over.",
              file=sys.stderr)
    if args.if_missing and database_exists(paths):
        print(f"A database already exists in {paths.root}; nothing to do.")
        return 0
    from rosc_desktop.services.demo import DEMO_SITE
    from rosc_desktop.services.directory import HUB_SITE
    from rosc_desktop.sync.sample_directory import load_sample_directory

    site_code = args.site_code or (HUB_SITE if args.hub else DEMO_SITE)
    report = build_demo_database(paths, participants=args.participants, seed=args.seed, force=args.force,
                                 site_code=site_code, hub=args.hub, load_directory=load_sample_directory)
    what = "Demo hub" if args.hub else "Demo database"
    print(f"{what} with {report.participants} participants in {paths.root} "
          f"(site {site_code}, {report.seconds:.1f} s). Sign in as admin / demo.")
    return 0


def _check(paths: AppPaths, user: str) -> int:
    from rosc_desktop.services.session import sign_in

    try:
        # No daily backup here: copying a damaged file over a good backup would help nobody.
        services = sign_in(paths, user, _password(user), make_backup=False)
    except RoscError as error:
        if error.code in ("database_unreadable", "database_damaged"):
            print(f"rosc-desktop: {_say(error, paths)}", file=sys.stderr)
            return 1
        raise
    from rosc_desktop.sync.exchange import sweep_work_folders

    try:
        report = services.health.check()
        swept = sweep_work_folders(services)
        good = _newest_good_backup(services) if not report.ok else None
    finally:
        services.close()
    print(f"Checked {report.participants} participants, {report.outbox_entries} outbox entries, "
          f"{report.audit_events} audit events.")
    if swept:
        print(f"Removed {swept} work folder(s) left by an interrupted bundle import: they held decrypted bundle "
              "content.")
    if report.ok:
        print("All is well.")
        return 0
    for problem, details in report.problems:
        if problem == "audit_chain":
            print(f"Audit chain broken at event {details['seq']} ({details['reason']}).")
        elif problem == "audit_witness":
            print(f"The audit chain differs from what the hub {details['site']} saw at the last sync: events "
                  "already synced were changed or removed since.")
        else:
            template = _CHECK_PROBLEMS.get(problem)
            print(template.format(**details) if template else f"Problem: {problem} {details or ''}".rstrip())
    if good is not None:
        print(f"The newest good backup is {good}. To put it back (this database is kept aside):\n"
              f"  rosc-desktop restore {good} --user {user}")
    return 1


_CHECK_PROBLEMS = {
    "integrity": "The database file is damaged: SQLite's integrity check found {count} problem(s). Nothing more "
                 "will be written to it until a backup is restored.",
    "foreign_keys": "Some records point at records that are not there (a foreign key check failed).",
    "search_index": "The search index does not match the participants: search may miss people. Ask for help.",
    "outbox_gap": "Changes waiting to be sent by {origin} have a gap in their numbering.",
}


def _newest_good_backup(services: Services) -> Path | None:
    from rosc_desktop.store.backup import newest_good

    return None if services.store.is_postgres else newest_good(services.paths.backups, services.store.key)


def _print_plan(paths: AppPaths, args: argparse.Namespace) -> int:
    from pathlib import Path

    from rosc_desktop.documents.recovery_plan import plan_file_name, render_recovery_plan
    from rosc_desktop.services.plan_document import gather_plan
    from rosc_desktop.services.session import sign_in
    from rosc_desktop.util_files import write_atomic

    from rosc_desktop.document_languages import DOCUMENT_LANGUAGES

    if args.plan_lang and args.plan_lang.strip().lower() not in (*DOCUMENT_LANGUAGES, "zh"):
        print(f"rosc-desktop: plans are not printed in {args.plan_lang!r}; choose one of "
              f"{', '.join(DOCUMENT_LANGUAGES)} (or zh).", file=sys.stderr)
        return 2
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
            language = services.document_language(args.plan_lang) if args.plan_lang else content.language
            pdf = render_recovery_plan(content, language, large_print=args.large_print)
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

    if args.directory_command == "export" and not Path(args.out).absolute().parent.is_dir():
        # Refused, not created: a mistyped path or an unplugged USB stick would otherwise leave the directory in a
        # new folder on this computer's own disk, where nobody looks for it (a backup refuses it the same way).
        print(f"rosc-desktop: the folder {Path(args.out).absolute().parent} does not exist (is the USB stick "
              "plugged in?): nothing was written.", file=sys.stderr)
        return 2
    services = sign_in(paths, args.user, _password(args.user), make_backup=False)
    try:
        if args.directory_command == "export":
            fmt = args.format or _guess_format(args.out)
            try:
                hsds.export_file(services, args.out, fmt)
            except OSError as error:
                print(f"rosc-desktop: the directory could not be written to {args.out} "
                      f"({error.strerror or type(error).__name__}).", file=sys.stderr)
                return 2
            print(f"Directory written to {args.out} ({fmt}).")
            return 0
        fmt = args.format or _guess_format(args.file)
        source = args.source or hsds.default_source(fmt)
        plan = hsds.preview_file(services, args.file, fmt, source, feed=args.feed)
        if fmt == "meeting-guide" and args.dry_run:
            from rosc_desktop.sync.meeting_guide import describe

            for line in describe(plan.parsed):
                print(line)
        for kind, counts in plan.counts.items():
            print(f"{kind}: {counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged")
        for field in sorted(plan.unknown_fields):
            print(f"Ignored field: {field}")
        for problem in plan.problems:
            print(f"{problem.where()}: {'warning: ' if problem.warning else ''}{problem.code}"
                  + (f" ({problem.detail})" if problem.detail else ""))
        if plan.problems:
            from rosc_desktop.ui.messages import message_for

            for code in dict.fromkeys(p.code for p in plan.problems):  # each kind of problem once, in words
                print(f"{code}: {message_for(code, {})}")
        if plan.blocked:
            print("Nothing imported: the file cannot be imported as it is.")
            return 2  # bad input, as a damaged file is everywhere; 1 is for rows --skip-unreadable can leave out
        if plan.refusals and not args.skip_unreadable:  # warnings leave nothing out: they do not stop it
            print(f"Nothing imported: {len(plan.refusals)} rows could not be read "
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


# ------------------------------------------------------------------------------------- sync by bundle file


def _sync_user(args: argparse.Namespace) -> str:
    if args.user:
        return str(args.user)
    if os.environ.get(USER_ENV):
        return os.environ[USER_ENV]
    if not sys.stdin.isatty():
        raise SystemExit(usage_error(f"rosc-desktop: give --user or set {USER_ENV}"))
    return _ask("User name: ").strip()


def _sync_command(paths: AppPaths, args: argparse.Namespace) -> int:
    from rosc_desktop.services.session import sign_in

    user = _sync_user(args)
    # No daily backup on sign-in: an import backs the database up itself, right before it writes.
    services = sign_in(paths, user, _password(user), make_backup=False)
    try:
        from rosc_desktop.sync.exchange import sweep_work_folders

        sweep_work_folders(services)  # plaintext a killed import left behind goes at once, not next month
        if args.command == "bundle":
            return _BUNDLE[args.bundle_command](services, args)
        if args.command == "sync":
            return _SYNC[args.sync_command](services, args)
        if services.actor.must_change_password:
            raise RoscError("password_change_required")
        from rosc_desktop import cli_backup, cli_report, cli_staff, cli_transfer

        if args.command == "transfer":
            return cli_transfer.run(services, args)
        if args.command in ("staff", "center"):
            return cli_staff.run(services, args)
        if args.command == "backup":
            return cli_backup.run_backup(services, args)
        if args.command == "report":
            return cli_report.run(services, args)
        return cli_report.run_hub_report(services, args) if args.hub_command == "report" else _hub_enable(services)
    finally:
        services.close()


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
        print(f"{report.transfers} transfer(s) of a person's record came with it: rosc-desktop transfer list")
    if report.transfers_refused:
        print(f"{report.transfers_refused} of them could not be verified or opened and were refused; the sending "
              "center is told with this site's next bundle.")
    print("Applied." + (f" The database was backed up first to {report.backup}." if report.backup else ""))
    if report.conflicts:
        print(f"{report.conflicts} change(s) wait for review: rosc-desktop bundle conflicts")
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
        print("Compare both versions on the Sync screen; settle one with: rosc-desktop bundle resolve ID "
              "--keep-local|--take-remote")
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


if __name__ == "__main__":
    raise SystemExit(main())
