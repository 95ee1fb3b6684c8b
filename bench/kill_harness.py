"""Kill harness: `kill -9` at random moments in five operations, then open the store and check it (issue 13).

    .venv/bin/python bench/kill_harness.py [--kills 1000] [--seed 13] [--ops demo,save,directory,export,import]
                                           [--data-dir DIR] [--keep DIR]

Each trial forks a child that runs one operation on a fresh copy of a template data folder:
  demo       services.demo.build_demo_database (a first build; every other trial `--force` over a demo);
  save       sign in, register people (name, phone), set and edit a goal of each one's plan, close;
  directory  sign in, hsds.preview_file + directory_import.apply of the shipped sample directory, close;
  export     sign in at a center, exchange.export_bundle for its hub (people consented to the hub), close;
  import     sign in at the hub, exchange.import_bundle of a bundle from that center, close.
The child writes a line per committed record to a pipe as soon as the call that committed it returns (os.write:
once it returns, the line outlives the child). The parent sleeps a delay drawn uniformly from the operation's
duration (median of three whole runs, measured first), SIGKILLs and reaps the child, then does what a person
restarting the app would: recover_interrupted_first_run, sign_in, health.check(), sweep_work_folders. Columns:
  restart      a first run / demo build cleared to start over (expected for a killed demo build);
  unreadable   sign-in fails, or the store is gone, other than a demo build that was started over;
  lost         a record the child reported committed is missing (or older) in a store that opens;
  check        health.check() is not ok (or cannot run);
  plain@kill   files holding a known synthetic name or phone, raw or in any gzip stream (cut ones too), right
               after the kill: every file of the trial (backups, sync-work, the USB folder) and of TMPDIR;
  plain left   the same after sign-in, check and sweep; swept: work folders the sweep removed;
  done         trials whose operation finished before the signal (calibration runs too): checked, not kills.
The run goes on until each operation has its share of kills. Exit 1 on any finding or child error.

Speed: a warm parent that has imported everything forks a child per trial (a new interpreter costs about a
second) and templates are built once and copied; key derivation is the tests' cheap one (keyring.DEFAULT_KDF =
KdfParams(iterations=1, lanes=1, memory_kib=8), as tests/conftest.py does): the real Argon2id cost changes how
long an unlock takes, not what a kill leaves. Everything lives in one temporary folder (HOME, XDG folders,
ROSC_DATA_DIR and TMPDIR point into it), removed at the end; no real data folder is touched.
"""

from __future__ import annotations

import argparse
import os
import random
import select as io_select
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Imported once here, in the warm parent, so that no child pays for them.
import faker  # noqa: E402, F401 - the demo build's name pools
from sqlalchemy import func, select  # noqa: E402

from rosc_desktop.clock import center_today  # noqa: E402
from rosc_desktop.model import (DirectoryLocation, DirectoryOrganization, DirectoryService,  # noqa: E402
                                DirectoryServiceLocation, Participant, SyncedRow)
from rosc_desktop.paths import AppPaths  # noqa: E402
from rosc_desktop.services.consents import ConsentInput  # noqa: E402
from rosc_desktop.services.demo import build_demo_database  # noqa: E402
from rosc_desktop.sync.sample_directory import load_sample_directory  # noqa: E402
from rosc_desktop.services.participants import ParticipantInput  # noqa: E402
from rosc_desktop.services.plans import GoalInput  # noqa: E402
from rosc_desktop.services.session import (DEMO_PASSWORD, DEMO_USERNAME, create_center,  # noqa: E402
                                           database_exists, recover_interrupted_first_run, sign_in)
from rosc_desktop.store import keyring  # noqa: E402
from rosc_desktop.store.keyring import KdfParams  # noqa: E402
from rosc_desktop.sync import exchange, hsds, keys  # noqa: E402
from rosc_desktop.sync import hub as hub_mode  # noqa: E402

OPS = ("demo", "save", "directory", "export", "import")
LABELS = {"demo": "demo build", "save": "save", "directory": "directory import", "export": "bundle export",
          "import": "bundle import"}
CENTER, HUB, PASSWORD = "HL-01", "HUB-1", "correct horse battery"
DEMO_PEOPLE, DEMO_SEED = 8, 7  # 8 people (and their plans) build in about 1.5 s
SAVE_PEOPLE = 12
DIRECTORY_FILE = ROOT / "rosc_desktop" / "resources" / "sample_directory.json"
# Synthetic people: distinctive surnames and a 555-01 phone prefix, so a plain search for these few strings finds
# any of them in the clear (8+ bytes each: a chance match in encrypted bytes is out of reach).
GIVEN = ("Marisol", "Teodor", "Akosua", "Bartholomew", "Ingrid", "Desmond", "Yolanda", "Casimir", "Ottilie")
SURNAMES = ("Quillfeather", "Vantrescova", "Okonkwo-Lindqvist", "Brightwater-Oduya")
PHONE_PREFIX = "(555) 01"


def person(i: int) -> tuple[str, str]:
    return f"{GIVEN[i % len(GIVEN)]} {SURNAMES[i % len(SURNAMES)]}", f"{PHONE_PREFIX}9-{1000 + i:04d}"


# A Counter per operation, keyed by these column names (so the total is a sum); FINDINGS must all stay 0.
COLUMNS = ("kills", "done", "restart", "unreadable", "lost", "check", "plain@kill", "plain left", "swept", "errors")
FINDINGS = ("unreadable", "lost", "check", "plain@kill", "plain left", "errors")
MAX_ERRORS = 20  # an operation that keeps failing on its own (a broken build of the app) stops being tried



def isolate(base: Path) -> None:
    """Point every folder the app could find (and TMPDIR, so temp files are searched too) into `base`."""
    for name, sub in (("HOME", "home"), ("XDG_DATA_HOME", "home/share"), ("XDG_CONFIG_HOME", "home/config"),
                      ("ROSC_DATA_DIR", "unused-data"), ("TMPDIR", "tmp")):
        (base / sub).mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(base / sub)
    os.environ.pop("ROSC_DATABASE_URL", None)  # never a PostgreSQL hub from the environment
    tempfile.tempdir = str(base / "tmp")
    keyring.DEFAULT_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8)  # see the docstring


def make_templates(base: Path) -> dict:
    """A center with consented people, its enrolled hub, a bundle center -> hub, and a built demo."""

    def site(code: str, name: str):  # type: ignore[no-untyped-def]
        svc, _ = create_center(AppPaths(base / code).ensure(), center_name=name, site_code=code,
                               admin_username="admin", admin_display_name="Admin Person", password=PASSWORD)
        return svc

    center, hub = site(CENTER, "Harbor Light"), site(HUB, "County Hub")
    hub_mode.set_hub_mode(hub, True)
    hub_card, center_card = keys.trust_card(hub), keys.trust_card(center)
    keys.enrol(center, hub_card.card_text, hub_card.fingerprint, "hub")
    keys.enrol(hub, center_card.card_text, center_card.fingerprint, "center")
    people = []
    for i in range(12):
        name, phone = person(100 + i)
        p = center.participants.register(ParticipantInput(preferred_name=name, phone=phone))
        center.consents.add(p.id, ConsentInput(
            recipient_kind="hub", recipient_name="Region Hub", purpose_code="care_coordination",
            purpose="Care coordination across the region", information_kinds=["all"], effective_on=center_today(),
            expires_on=None, expiry_event="end of services", signed_how="paper", signed_on=center_today(),
            notice_given=True))
        people.append(p.id)
    center.close()
    hub.close()
    # The bundle comes from a copy, so the center template has never exported (an export trial sends it all).
    shutil.copytree(base / CENTER, base / "center-sent")
    sender = sign_in(AppPaths(base / "center-sent"), "admin", PASSWORD)
    (base / "bundle").mkdir()
    bundle = exchange.export_bundle(sender, HUB, base / "bundle").path
    sender.close()
    shutil.rmtree(base / "center-sent")

    build_demo_database(AppPaths(base / "demo").ensure(), participants=DEMO_PEOPLE, seed=DEMO_SEED,
                        load_directory=load_sample_directory)
    demo = sign_in(AppPaths(base / "demo"), DEMO_USERNAME, DEMO_PASSWORD, make_backup=False)
    with demo.store.read() as session:  # the same seed gives the same people: their names are needles too
        rows = session.execute(select(Participant.preferred_name, Participant.legal_name, Participant.phone)).all()
    demo.close()
    needles = {*SURNAMES, PHONE_PREFIX} | {t for r in rows for t in r if len(t.encode()) >= 10}
    return {"people": people, "bundle": bundle, "needles": [n.encode() for n in sorted(needles)]}



def run_op(op: str, trial: int, data: Path, usb: Path, tpl: dict, report) -> None:  # type: ignore[no-untyped-def]
    """One operation, reporting each committed record as `table id version` (runs in the forked child)."""
    paths = AppPaths(data)
    if op == "demo":
        build_demo_database(paths.ensure(), participants=DEMO_PEOPLE, seed=DEMO_SEED, force=trial % 2 == 1,
                            load_directory=load_sample_directory)
        report(f"demo - {DEMO_PEOPLE}")
        return
    svc = sign_in(paths, "admin", PASSWORD)  # with its daily backup when one is due, as the app does
    if op == "save":
        for i in range(SAVE_PEOPLE):
            name, phone = person(i)
            p = svc.participants.register(ParticipantInput(preferred_name=name, phone=phone))
            report(f"participant {p.id} {p.version}")
            goal = svc.goals.add(p.id, GoalInput(f"Find steady work ({name})"))
            report(f"goal {goal.id} {goal.version}")
            goal = svc.goals.update(goal.id, GoalInput(f"Find steady work near home ({name})"), goal.version)
            report(f"goal {goal.id} {goal.version}")
    elif op == "directory":
        plan = hsds.preview_file(svc, DIRECTORY_FILE, "hsds-json")
        svc.directory_import.apply(plan)
        for kind, model in (("organization", DirectoryOrganization), ("service", DirectoryService),
                            ("location", DirectoryLocation), ("service_at_location", DirectoryServiceLocation)):
            for record in plan.parsed.records(kind):
                report(f"{model.__tablename__} {record['id']} 0")
    elif op == "export":
        report(f"bundle_out {exchange.export_bundle(svc, HUB, usb).path.name} 0")
    else:
        result = exchange.import_bundle(svc, usb / tpl["bundle"].name)
        if result.status != "applied":
            raise RuntimeError(f"import status {result.status}")
        for pid in tpl["people"]:
            report(f"participant {pid} 0")
    svc.close()


def child_main(op: str, trial: int, data: Path, usb: Path, tpl: dict, fd: int) -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C stops the parent, which kills its child itself

    def report(line: str) -> None:
        os.write(fd, f"R {line}\n".encode())  # a syscall: in the pipe before the next statement runs

    try:
        run_op(op, trial, data, usb, tpl, report)
        os.write(fd, b"D\n")
    except BaseException as exc:  # noqa: BLE001 - any failure is reported to the parent, which counts it
        os.write(fd, f"E {type(exc).__name__}: {exc}".replace("\n", " ")[:300].encode() + b"\n")
    os._exit(0)  # no atexit, no finalisers: the parent owns the folders



def run_child(op: str, trial: int, data: Path, usb: Path, tpl: dict, delay: float | None) -> tuple[list[str], float]:
    """Fork the child; SIGKILL it after `delay` seconds (None: once it says it is done). Returns its lines."""
    assert threading.active_count() == 1, "fork needs a single-threaded parent"
    read_fd, write_fd = os.pipe()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        child_main(op, trial, data, usb, tpl, write_fd)
    os.close(write_fd)
    buf = b""
    deadline = started + (delay if delay is not None else 300.0)
    try:
        while (left := deadline - time.perf_counter()) > 0:
            if not io_select.select([read_fd], [], [], left)[0]:
                break
            chunk = os.read(read_fd, 65536)
            buf += chunk
            if not chunk or (delay is None and (b"D\n" in buf or b"\nE " in b"\n" + buf)):
                break
    finally:
        os.kill(pid, signal.SIGKILL)  # a no-op on a child that already exited (not yet reaped)
        os.waitpid(pid, 0)
    elapsed = time.perf_counter() - started
    while chunk := os.read(read_fd, 65536):  # what the child wrote before it died
        buf += chunk
    os.close(read_fd)
    return buf.decode(errors="replace").splitlines(), elapsed


def plaintext_files(folders: list[Path], needles: list[bytes]) -> list[Path]:
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(n in data for n in needles) or any(n in text for text in gzip_streams(data) for n in needles):
                    found.append(path)
    return found


def gzip_streams(data: bytes):  # type: ignore[no-untyped-def]
    """The text of every gzip stream in `data`, at any offset, as far as it inflates (a cut stream too)."""
    start = data.find(b"\x1f\x8b\x08")
    while start != -1:
        inflater, out = zlib.decompressobj(31), []
        try:
            for pos in range(start, len(data), 1 << 16):
                out.append(inflater.decompress(data[pos:pos + (1 << 16)], 64 << 20))
                if inflater.eof or inflater.unconsumed_tail:
                    break
        except zlib.error:
            pass
        if out:
            yield b"".join(out)
        start = data.find(b"\x1f\x8b\x08", start + 1)


def check_store(op: str, data: Path, usb: Path, lines: list[str], t: Counter, models: dict) -> str:
    """Reopen as a person would and count what is wrong; gives a short note of the worst finding ("" if none)."""
    records = [line.split()[1:4] for line in lines if line.startswith("R ")]
    paths = AppPaths(data)
    if data.exists() and recover_interrupted_first_run(paths):
        t["restart"] += 1
    if not data.exists() or not database_exists(paths):
        if op == "demo" and not records:
            return ""  # a demo killed before it was whole is started over: nothing to open, as designed
        t["unreadable"] += 1
        return "no database left" + (f" ({len(records)} records reported)" if records else "")
    user, password = (DEMO_USERNAME, DEMO_PASSWORD) if op == "demo" else ("admin", PASSWORD)
    try:
        svc = sign_in(paths, user, password)
    except Exception as exc:  # noqa: BLE001 - every failure to open is the finding
        t["unreadable"] += 1
        return f"sign-in: {type(exc).__name__} {getattr(exc, 'code', exc)}"
    note = ""
    try:
        try:
            problems = svc.health.check().problems
        except Exception as exc:  # noqa: BLE001 - a check that cannot run has failed
            problems = [(type(exc).__name__, {"code": getattr(exc, "code", str(exc))})]
        if problems:
            t["check"] += 1
            note = f"check: {problems}"
        t["swept"] += exchange.sweep_work_folders(svc)
        sent = {e.file_name for e in exchange.bundle_log(svc) if e.direction == "out"}
        missing = []
        with svc.store.read() as session:
            for table, rid, version in records:
                if table == "demo":
                    ok = session.execute(select(func.count()).select_from(Participant)).scalar_one() >= int(version)
                elif table == "bundle_out":
                    ok = rid in sent and (usb / rid).is_file()
                else:
                    row = session.get(models[table], rid)
                    ok = row is not None and row.version >= int(version)
                if not ok:
                    missing.append(f"{table} {rid}")
        if missing:
            t["lost"] += len(missing)
            note = note or f"lost: {', '.join(missing[:3])}"
    finally:
        svc.close()
    return note


def prepare(op: str, n: int, base: Path, tpl: dict) -> tuple[Path, Path, Path]:
    """Trial n's folder: its data folder (a copy of the operation's template) and a 'USB stick' beside it."""
    folder = base / "trials" / f"{n:05d}-{op}"
    data, usb = folder / "data", folder / "usb"
    usb.mkdir(parents=True)
    template = {"demo": "demo" if n % 2 else None, "import": HUB}.get(op, CENTER)  # a first build: no folder
    if template is not None:
        shutil.copytree(base / "tpl" / template, data)
    if op == "import":
        shutil.copy2(tpl["bundle"], usb)
    return folder, data, usb


def trial(op: str, n: int, base: Path, tpl: dict, delay: float | None, t: Counter, notes: Counter,
          models: dict, keep: Path | None) -> float:
    started = time.perf_counter()
    folder, data, usb = prepare(op, n, base, tpl)
    lines, elapsed = run_child(op, n, data, usb, tpl, delay)
    errors = [line for line in lines if line.startswith("E ")]
    t["trials"] += 1
    t["done"] += "D" in lines
    t["kills"] += "D" not in lines and not errors
    if errors:
        t["errors"] += 1
        notes[errors[0][:160]] += 1
    if keep is not None:
        shutil.copytree(folder, keep / folder.name, symlinks=True)  # as the kill left it, before any repair
    tmp = Path(tempfile.gettempdir())
    before = plaintext_files([folder, tmp], tpl["needles"])
    t["plain@kill"] += len(before)
    note = check_store(op, data, usb, lines, t, models)
    left = plaintext_files([folder, tmp], tpl["needles"])
    t["plain left"] += len(left)
    note = note or (f"plaintext left: {', '.join(str(p.relative_to(base)) for p in left[:2])}" if left else "")
    if before and not note:
        notes[f"plaintext at kill (swept later): {before[0].relative_to(base)}"] += 1
    if note:
        notes[f"trial {n} after {elapsed:.2f} s: {note}"[:220]] += 1
    elif keep is not None:
        shutil.rmtree(keep / folder.name)  # nothing to reproduce
    shutil.rmtree(folder, ignore_errors=True)
    for leftover in tmp.iterdir():  # temp files belong to this trial only
        shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    t["seconds"] += time.perf_counter() - started
    return elapsed


def print_table(tallies: dict[str, Counter], notes: dict[str, Counter], seconds: float) -> None:
    print(f"\n{'operation':<17}" + "".join(f"{h:>11}" for h in [*COLUMNS, "seconds"]))
    total: Counter = Counter()
    for t in tallies.values():
        total.update(t)
    for label, t in [*((LABELS[op], t) for op, t in tallies.items()), ("total", total)]:
        print(f"{label:<17}" + "".join(f"{t[c]:>11}" for c in COLUMNS) + f"{t['seconds']:>11.1f}")
    print(f"\nwall clock {seconds:.1f} s for {total['trials']} trials ({total['kills']} kills)")
    for op in tallies:
        for note, count in notes[op].most_common(8):
            print(f"  {LABELS[op]}: {note}" + (f"  (x{count})" if count > 1 else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000, help="kills that land mid-operation, split evenly")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--ops", default=",".join(OPS), help="comma-separated subset of " + ",".join(OPS))
    parser.add_argument("--data-dir", default=None, help="where the temporary folder goes (default: system temp)")
    parser.add_argument("--keep", type=Path, default=None, help="copy each failing trial's folder here, as killed")
    args = parser.parse_args()
    ops = [op for op in args.ops.split(",") if op]
    if not ops or set(ops) - set(OPS):
        parser.error(f"--ops takes names from {', '.join(OPS)}")
    base = Path(tempfile.mkdtemp(prefix="kill-harness-", dir=args.data_dir))
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    try:
        return run(args, ops, base)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def run(args: argparse.Namespace, ops: list[str], base: Path) -> int:
    isolate(base)
    models = {cls.__tablename__: cls for cls in SyncedRow.__subclasses__()}  # type: ignore[attr-defined]
    started = time.perf_counter()
    tpl = make_templates(base / "tpl")
    print(f"templates built in {time.perf_counter() - started:.1f} s under {base}; "
          f"{len(tpl['needles'])} needles; kills at random in each operation's measured time", flush=True)
    rng = random.Random(args.seed)
    tallies: dict[str, Counter] = {op: Counter() for op in ops}
    notes: dict[str, Counter] = {op: Counter() for op in ops}
    for op in ops:  # once in the parent itself: modules the code imports lazily are then loaded for every child
        folder, data, usb = prepare(op, 0, base, tpl)
        run_op(op, 0, data, usb, tpl, lambda line: None)
        shutil.rmtree(folder)
    n = 0
    durations = {}
    for op in ops:  # calibration: whole runs, checked like any trial (they count as "done")
        runs = []
        for _ in range(3):
            n += 1
            runs.append(trial(op, n, base, tpl, None, tallies[op], notes[op], models, args.keep))
        durations[op] = statistics.median(runs)
        print(f"  {LABELS[op]:<17} {durations[op]:.2f} s a run", flush=True)
    share = -(-args.kills // len(ops))
    while todo := [op for op in ops if tallies[op]["kills"] < share and tallies[op]["errors"] < MAX_ERRORS]:
        for op in todo:
            n += 1
            trial(op, n, base, tpl, rng.uniform(0.0, durations[op]), tallies[op], notes[op], models, args.keep)
        if n % 50 < len(ops):
            kills = sum(t["kills"] for t in tallies.values())
            print(f"  {kills} kills, {time.perf_counter() - started:.0f} s", flush=True)
    print_table(tallies, notes, time.perf_counter() - started)
    return 1 if any(t[c] for t in tallies.values() for c in FINDINGS) else 0


if __name__ == "__main__":
    raise SystemExit(main())
