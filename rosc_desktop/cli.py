"""`rosc-desktop`: start the app, or run a command over the same services (scripts, hubs, tests).

    rosc-desktop [--data-dir DIR] [--demo] [--lang LANG]        start the app
    rosc-desktop demo --participants N --seed S                 build a demo database
    rosc-desktop check --user NAME                              verify the database and the audit chain
    rosc-desktop directory import FILE --user NAME [--format F] [--source hub|local] [--dry-run] [--skip-unreadable]
    rosc-desktop directory export OUT --user NAME [--format hsds-json|hsds-package]
    rosc-desktop print plan (--participant ID | --all) --out PATH --user NAME [--lang LANG] [--large-print]
    rosc-desktop bundle export|import|inspect|status|conflicts|resolve …   (see cli_sync.py)
    rosc-desktop sync card|enrol|identity …                           (see cli_sync.py)
    rosc-desktop report (--month YYYY-MM | --from DATE --to DATE) --user NAME [--csv [FILE]] [--pdf FILE] …
                                                                    (see cli_report.py)
    rosc-desktop hub report --month YYYY-MM [--csv] [--user NAME]   (see cli_report.py)
    rosc-desktop hub enable [--user NAME]                             (see cli_sync.py)
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

The parser, the dispatch, the password and user prompts and the messages stay here; each group of commands has
a module of its own (cli_sync, cli_report, cli_transfer, cli_staff, cli_backup), imported only once a command
is given: a plain start reads its options without them (`_window_start`).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rosc_desktop import APP_NAME, __version__
from rosc_desktop.errors import EXIT_CANCELLED, RoscError, usage_error
from rosc_desktop.cli_advice import ACTION_WORDS, command_line, folder_missing, input_file_missing, output_folder_missing
from rosc_desktop.paths import AppPaths, resolve

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# The interface's languages (i18n.SUPPORTED, which loads Qt: not imported for a command that needs none).
INTERFACE_LANGUAGES = ("en", "es")
PASSWORD_ENV = "ROSC_PASSWORD"
USER_ENV = "ROSC_USER"

# Plain English for the terminal; the GUI shows the translated sentences of ui.messages.
CLI_MESSAGES = {
    "signin_failed": "The user name or password is not right.",
    "signin_wait": "Too many attempts: wait {seconds} s and try again.",
    "database_unreadable": "The database cannot be opened: damaged, not a ROSC Desktop database, or another key.",
    "database_missing": "There is no database in {root}. To bring one back from a backup file:\n  {restore}",
    "database_missing_demo_beside": "There is no database in {root}, but there is a demo database beside it: add "
                                    "--demo to use it (its account is admin, password demo).",
    "database_damaged": "The database in {root} is damaged (a disk fault?): nothing was written to it. "
                        "The newest good backup is {backup}. To put it back (the damaged file is kept aside):\n"
                        "  {restore}",
    "database_damaged_none": "The database in {root} is damaged (a disk fault?) and no backup passes its check: "
                             "nothing was written. Keep the folder as it is and ask for help.",
    "backup_file_invalid": "This is not a ROSC Desktop backup, or it is damaged or incomplete: nothing was changed.",
    "backup_folder_missing": "That folder does not exist (is the USB stick plugged in?).",
    "backup_damaged": "The backup copy did not pass its check, so it was not kept: the database itself may be "
                      "damaged. Older backups are untouched. Check the database:\n  {check}",
    "restore_backup_damaged": "This backup is damaged, or it does not open with these keys: nothing was changed. "
                              "Try an older backup.",
    "database_exists": "A database already exists in {root}; use --force to replace a demo database.",
    "keyring_missing": "keyring.json is missing beside the database in {root}: restore it from a copy.",
    "keyring_unreadable": "The sign-in file keyring.json is damaged or not ours.",
    "database_too_new": "This database was written by a newer ROSC Desktop: please update.",
    "account_inactive": "This account is switched off.",
    "permission_denied": "A {role} may not {action}: ask an admin.",
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
    parser.add_argument("--lang", default="", choices=INTERFACE_LANGUAGES,
                        help="interface language (en, es); default: the system's")
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

    from rosc_desktop import cli_backup, cli_report, cli_staff, cli_sync, cli_transfer

    cli_sync.add_commands(sub, with_user)
    hub = sub.add_parser("hub", help="hub mode and the cross-center report")
    hub_commands = hub.add_subparsers(dest="hub_command", required=True)
    cli_report.add_hub_report(hub_commands, with_user)
    cli_sync.add_hub_enable(hub_commands, with_user)
    cli_transfer.add_commands(sub, with_user)
    cli_staff.add_commands(sub)
    cli_backup.add_commands(sub, with_user)
    cli_report.add_commands(sub, with_user)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False) and os.environ.get("ROSC_CHANGE_READER"):
        # The packaged app started as an import's change reader (sync/change_reader.py): there is no `-m` there.
        from rosc_desktop.sync.change_reader import serve_here

        return serve_here()
    _never_fail_to_print()
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
        print(f"rosc-desktop: {_say(error, paths, user=_known_user(args))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nrosc-desktop: stopped (Ctrl+C). What was already saved stays saved.", file=sys.stderr)
        return EXIT_CANCELLED
    except BrokenPipeError:
        # The reader went away (`| head -1`): what it wanted was printed. Quietly, with stdout pointed at
        # nothing, so the interpreter's last flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _never_fail_to_print() -> None:
    """Output redirected to a file on Windows is written in the code page (cp1252), which has no "−" (a negative
    change), "Δ" or most scripts' letters: a character it cannot hold comes out as "?" rather than a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure) and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            reconfigure(errors="replace")


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
    if input_file_missing(args):
        return 2
    if args.command == "directory":
        return _directory(paths, args)
    if args.command == "print":
        return _print_plan(paths, args)
    if args.command == "report":
        from rosc_desktop import cli_report

        cli_report.period_of(args)  # a wrong date is said before anyone is asked for a password
    if args.command in ("bundle", "sync", "hub", "transfer", "staff", "center", "backup", "report"):
        if output_folder_missing(args):
            return 2
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


def _known_user(args: argparse.Namespace) -> str:
    """The account the command was given (--user, else ROSC_USER), for the commands a message advises; "" when
    none was (the prompt's answer is not kept)."""
    return str(getattr(args, "user", None) or os.environ.get(USER_ENV) or "")


def _say(error: RoscError, paths: AppPaths, *, user: str = "") -> str:
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
    user = user or "NAME"
    advice = {}
    if "{restore}" in template:
        advice["restore"] = command_line(paths, "restore", str(error.params.get("backup") or "FILE"), "--user", user)
    if "{check}" in template:
        advice["check"] = command_line(paths, "check", "--user", user)
    words = {}
    if code == "permission_denied":
        role, action = str(error.params.get("role", "")), str(error.params.get("action", ""))
        words = {"role": role.replace("_", " ") or "user", "action": ACTION_WORDS.get(action, "do this")}
    return template.format(root=paths.root, **{**advice, **error.params, **words})


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
            print(f"rosc-desktop: {_say(error, paths, user=user)}", file=sys.stderr)
            return 1
        raise
    from rosc_desktop.sync.work_folders import sweep_work_folders

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
              f"  {command_line(paths, 'restore', str(good), '--user', user)}")
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
    out = Path(args.out)
    if not (args.participant and out.is_dir()) and folder_missing(args.out, file_or_folder=bool(args.participant)):
        return 2  # before the password is asked, and nothing written
    services = sign_in(paths, args.user, _password(args.user))
    try:
        if args.all:
            ids = services.participants.search("").ids
            out.mkdir(exist_ok=True)  # OUT itself may be new; the folder it goes in was there (folder_missing)
            targets = [(pid, out / plan_file_name(pid)) for pid in ids]
        else:
            if out.is_dir():
                out = out / plan_file_name(args.participant)
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

    if args.directory_command == "export" and folder_missing(args.out):
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
        if plan.blocked:  # the file itself: no plan to show, only why, in words
            from rosc_desktop.ui.messages import message_for

            for problem in plan.problems:
                if problem.blocking:
                    print(f"{problem.where()}: {message_for(problem.code, {})}"
                          + (f" ({problem.detail})" if problem.detail else ""))
            print("Nothing imported: the file cannot be imported as it is.")
            return 2  # bad input, as a damaged file is everywhere; 1 is for rows --skip-unreadable can leave out
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
        from rosc_desktop.sync.work_folders import sweep_work_folders

        sweep_work_folders(services)  # plaintext a killed import left behind goes at once, not next month
        from rosc_desktop import cli_sync

        if args.command in ("bundle", "sync"):
            return cli_sync.run(services, args)
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
        if args.hub_command == "report":
            return cli_report.run_hub_report(services, args)
        return cli_sync.run(services, args)
    finally:
        services.close()


if __name__ == "__main__":
    raise SystemExit(main())
