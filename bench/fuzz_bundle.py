"""Fuzz the bundle reader and the bundle import: every input must end as a result or a RoscError, with nothing
written by a refused bundle.

    .venv/bin/python bench/fuzz_bundle.py [--inputs 100000] [--seed 1] [--save-failures DIR] [--quiet]

Sets up, in a temporary folder, a hub and a center that trust each other (with a cheap password hash: sign-in is
not what is measured), a few people at the center (some identified under consent, some de-identified) and a
partner at the hub, and exports one real bundle each way. Those are the seeds. Each input is then one of:

  outer    the real bundle file with bits flipped, bytes set, inserted, deleted or repeated, cut short, or spliced
           with the other bundle: what a damaged USB stick or a careless copy produces;
  inner    the decrypted payload (magic, tar headers, manifest, signature, sections) mutated the same way, or its
           manifest replaced by hostile JSON, then encrypted to the recipient again (anyone holding its public key
           can: this is what the reader sees before any signature is checked);
  signed   a bundle re-made and signed with the sender's real key, so every check of the file passes and only
           the content is hostile: rows with values replaced by depth bombs, lone surrogates, numbers past 64
           bits, NaN, wrong types, missing or extra keys, other tables, other sites, broken stamps and dates;
           lines that are not UTF-8 or not objects; gzip bombs, bad CRCs, cut or concatenated gzip; hostile
           acks, keys, center details, redactions, refreshes, transfers and lists of centers; odd manifests.

and goes through bundle.read_bundle, bundle.inspect_bundle or exchange.import_bundle (dry run or real; real
imports run with backup=False, the one thing skipped: a backup per input would be most of the time), at the hub
or, for the hub's bundle, at the center. Counted:

  tracebacks     any exception that is not a RoscError (each kind is printed once with where it came from);
  partial writes a refused import, a dry run or a replay that changed the database (every table but the bundle
                 log, whose "refused" and "replay" rows are the point, and the audit trail's "bundle_refused"
                 events), or held a copy of the bundle;
  work files     a work folder not empty after the call returned.

It prints: inputs run, tracebacks, partial writes, seconds (and per kind, and the refusal codes seen). The inputs
are made in fuzz_bundle_inputs.py; tests/sync/test_fuzz_bundle.py runs a few hundred of them in the test suite.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pyrage  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from rosc_desktop.errors import RoscError  # noqa: E402
from rosc_desktop.paths import AppPaths  # noqa: E402
from rosc_desktop.sync import bundle as bundle_file  # noqa: E402
from rosc_desktop.sync import exchange, keys  # noqa: E402

from bench.fuzz_bundle_inputs import (  # noqa: E402
    CENTER,
    HUB,
    Seed,
    hostile_inner,
    hostile_signed,
    mutate_bytes,
)

PASSWORD = "correct horse battery"
RESET_EVERY = 2000  # inputs between two resets of both sites (Fuzzer.reset)

# ---------------------------------------------------------------------------------------------------------------
# Sites and seeds


@dataclass
class Figures:
    inputs: int = 0
    tracebacks: int = 0
    partial_writes: int = 0
    work_files_left: int = 0
    seconds: float = 0.0
    by_kind: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)  # one description per distinct problem


def _make_site(root: Path, code: str, *, is_hub: bool) -> Any:
    from rosc_desktop.services.session import create_center
    from rosc_desktop.sync import hub as hub_mode

    svc, _ = create_center(AppPaths(root / code).ensure(), center_name=f"Site {code}", site_code=code,
                           admin_username="admin", admin_display_name="Admin Person", password=PASSWORD)
    if is_hub:
        hub_mode.set_hub_mode(svc, True)
    return svc


def build_sites(root: Path) -> tuple[Any, Any]:
    from datetime import date

    from rosc_desktop.services.consents import ConsentInput
    from rosc_desktop.services.directory import PartnerInput
    from rosc_desktop.services.participants import ParticipantInput
    from rosc_desktop.store import keyring
    from rosc_desktop.store.keyring import KdfParams

    keyring.DEFAULT_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8)
    hub = _make_site(root, HUB, is_hub=True)
    center = _make_site(root, CENTER, is_hub=False)
    hub_card, center_card = keys.trust_card(hub), keys.trust_card(center)
    keys.enrol(center, hub_card.card_text, hub_card.fingerprint, "hub")
    keys.enrol(hub, center_card.card_text, center_card.fingerprint, "center")
    names = ["Dana Example", "Zoë Ångström", "李小龍", "محمد علي", "Eli O'Brien", "Ana María Núñez"]
    for i, name in enumerate(names):
        person = center.participants.register(ParticipantInput(preferred_name=name, phone=f"555 01{i:02d}"))
        if i % 2 == 0:
            today = date.today()
            center.consents.add(person.id, ConsentInput(
                recipient_kind="hub", recipient_name="Region Hub", purpose_code="care_coordination",
                purpose="Care coordination across the region", information_kinds=["all"], effective_on=today,
                expires_on=None, expiry_event="end of services", signed_how="paper", signed_on=today,
                notice_given=True))
    hub.directory.save_partner(PartnerInput(name="Harbor Housing"))
    return hub, center


def _open(path: Path, importer: Any) -> tuple[bundle_file.Manifest, dict[str, bytes]]:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-open-"))
    try:
        opened = bundle_file.read_bundle(path, keys.age_identities(importer), exchange._local_site(importer).code,
                                         exchange._verifiers(importer, {}), folder)
        return opened.manifest, {name: s.read_bytes() for name, s in opened.sections.items()}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def make_seed(sender: Any, importer: Any, usb: Path) -> Seed:
    local = exchange._local_site(importer).code
    out = exchange.export_bundle(sender, local, usb)
    manifest, sections = _open(out.path, importer)
    identities = keys.age_identities(importer)
    inner_sink = _Sink()
    with open(out.path, "rb") as f:
        pyrage.decrypt_io(f, inner_sink, identities)
    rows = {name: [json.loads(x) for x in gzip.decompress(data).splitlines() if x.strip()]
            for name, data in sections.items() if name.endswith(".jsonl.gz")}
    peer = keys.peer(sender, local)
    # Taken out once: keys.sign and keys.peer each cost a transaction, more than the imports they would feed.
    with sender.store.read() as session:
        row = keys._identity(session, "current")
        signing_key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(keys._unseal(sender.store,
                                                                                     row.ed25519_private)))
    verifier = exchange._PeerVerifier(keys.peer(importer, manifest.origin))
    return Seed(sender, importer, out.path, out.path.read_bytes(), bytes(inner_sink.data), manifest, sections, rows,
                keys.recipients_for(peer), identities, local, signing_key,
                lambda origin: verifier if origin == manifest.origin else None)


class _Sink:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, chunk: bytes) -> int:
        self.data += chunk
        return len(chunk)

    def flush(self) -> None:
        pass


# ---------------------------------------------------------------------------------------------------------------
# Running


class Fuzzer:
    def __init__(self, root: Path, seed: int, save: Path | None = None, report: Callable[[str], None] = print):
        self.root = root
        self.rng = random.Random(seed)
        self.save = save
        self.report = report
        self.figures = Figures()
        usb = root / "usb"
        usb.mkdir(parents=True)
        self.sites = root / "sites"
        self.hub, self.center = build_sites(self.sites)
        to_hub = make_seed(self.center, self.hub, usb)
        to_center = make_seed(self.hub, self.center, usb)
        self.seeds = [to_hub, to_center]
        self.snapshots: dict[str, tuple[Any, ...]] = {}
        for svc in (self.hub, self.center):
            svc.store.checkpoint()
        self.pristine = root / "pristine"
        shutil.copytree(self.sites, self.pristine)
        self.inputs = root / "inputs"
        self.inputs.mkdir()
        self.work = root / "work"
        self.work.mkdir(mode=0o700)
        self._seen: set[str] = set()

    def close(self) -> None:
        self.hub.close()
        self.center.close()

    def reset(self) -> None:
        """Both sites back to their state after seeding. Applied bundles pile up rows (conflicts, log, audit) that
        every later import and check reads again: without this, the run slowed down as it went."""
        from rosc_desktop.services.session import sign_in

        self.close()
        shutil.rmtree(self.sites)
        shutil.copytree(self.pristine, self.sites)
        self.hub = sign_in(AppPaths(self.sites / HUB), "admin", PASSWORD, make_backup=False)
        self.center = sign_in(AppPaths(self.sites / CENTER), "admin", PASSWORD, make_backup=False)
        to_hub, to_center = self.seeds
        to_hub.sender, to_hub.importer = self.center, self.hub
        to_center.sender, to_center.importer = self.hub, self.center
        self.snapshots.clear()

    # -- the database as a refused bundle must leave it

    def snapshot(self, svc: Any) -> tuple[Any, ...]:
        digest = hashlib.sha256()
        with svc.store.read() as session:
            # The driver's own cursor: through the ORM, this check cost more than the imports it checks.
            cursor = session.connection().connection.driver_connection.cursor()
            tables = [r[0] for r in cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT IN ('sync_bundle', 'audit_event', 'alembic_version') ORDER BY name")]
            for table in tables:  # sorted here: search-index tables have no rowid to order by
                for row in sorted(repr(r) for r in cursor.execute(f'SELECT * FROM "{table}"')):
                    digest.update(row.encode())
            digest.update(repr(cursor.execute(
                "SELECT action, entity_id FROM audit_event WHERE action != 'bundle_refused' ORDER BY seq"
            ).fetchall()).encode())
            digest.update(repr(cursor.execute(
                "SELECT id, status FROM sync_bundle WHERE status NOT IN ('refused', 'quarantined', 'replay') "
                "ORDER BY id").fetchall()).encode())
        folders = tuple(sorted(p.name for name in ("sync-held",) for p in (svc.paths.root / name).glob("*")))
        return digest.hexdigest(), folders

    def baseline(self, svc: Any) -> tuple[Any, ...]:
        key = str(svc.paths.root)
        if key not in self.snapshots:
            self.snapshots[key] = self.snapshot(svc)
        return self.snapshots[key]

    # -- one input

    def one(self) -> None:
        if self.figures.inputs and self.figures.inputs % RESET_EVERY == 0:
            self.reset()
        rng = self.rng
        seed = self.seeds[0] if rng.random() < 0.7 else self.seeds[1]
        other = self.seeds[1] if seed is self.seeds[0] else self.seeds[0]
        roll = rng.random()
        if roll < 0.45:
            kind, blob = "outer", mutate_bytes(rng, seed.data, other.data)
            target = rng.choices(["read", "inspect", "dry", "real"], [50, 30, 10, 10])[0]
        elif roll < 0.6:
            kind, blob = "inner", hostile_inner(rng, seed, other)
            target = rng.choices(["read", "inspect", "dry", "real"], [40, 20, 20, 20])[0]
        else:
            kind, blob = "signed", hostile_signed(rng, seed)
            target = rng.choices(["read", "inspect", "dry", "real"], [10, 5, 40, 45])[0]
        self.figures.inputs += 1
        self.figures.by_kind[f"{kind}/{target}"] += 1
        path = self.inputs / f"in-{self.figures.inputs}.age"
        path.write_bytes(blob)
        try:
            self.run(seed, path, kind, target)
        finally:
            path.unlink(missing_ok=True)

    def run(self, seed: Seed, path: Path, kind: str, target: str) -> None:
        svc = seed.importer
        outcome = "ok"
        try:
            if target == "read":
                try:
                    opened = bundle_file.read_bundle(path, seed.identities, seed.local_code, seed.verify_key_for,
                                                     self.work)
                except RoscError:
                    left = list(self.work.iterdir())
                    if left:  # the reader removes what it wrote when it refuses
                        self.problem("work files left", kind, target, path)
                        self.figures.work_files_left += 1
                        for leftover in left:
                            leftover.unlink()
                    raise
                for section in opened.sections.values():
                    for _ in section.chunks():
                        pass
                for leftover in self.work.iterdir():
                    leftover.unlink()
                outcome = "read"
            elif target == "inspect":
                bundle_file.inspect_bundle(path, seed.identities, seed.verify_key_for, seed.local_code)
                outcome = "inspected"
            else:
                before = self.baseline(svc)
                try:
                    report = exchange.import_bundle(svc, path, dry_run=target == "dry", backup=False)
                    outcome = report.status
                except RoscError as exc:
                    self.check_unchanged(svc, before, kind, f"{target}, refused {exc}", path)
                    raise
                if target == "dry" or report.status == "replay":
                    self.check_unchanged(svc, before, kind, target, path)
                else:
                    self.snapshots[str(svc.paths.root)] = self.snapshot(svc)
                work = svc.paths.root / "sync-work"
                if work.exists() and any(work.iterdir()):
                    self.problem("work files left", kind, target, path)
                    self.figures.work_files_left += 1
        except RoscError as exc:
            outcome = exc.code
            if target in ("dry", "real"):
                work = svc.paths.root / "sync-work"
                if work.exists() and any(work.iterdir()):
                    self.problem("work files left", kind, target, path)
                    self.figures.work_files_left += 1
                shutil.rmtree(svc.paths.root / "sync-quarantine", ignore_errors=True)  # kept aside on purpose
        except Exception as exc:  # noqa: BLE001 - the very thing being counted
            self.figures.tracebacks += 1
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            where = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno} ({frame.name})"
            self.problem(f"traceback: {where}", kind, target, path, traceback.format_exc(limit=-6))
            outcome = "TRACEBACK"
            self.snapshots.pop(str(svc.paths.root), None)
        self.figures.outcomes[outcome] += 1

    def check_unchanged(self, svc: Any, before: tuple[Any, ...], kind: str, target: str, path: Path) -> None:
        after = self.snapshot(svc)
        if after != before:
            self.figures.partial_writes += 1
            self.problem("partial write", kind, target, path)
            self.snapshots[str(svc.paths.root)] = after

    def problem(self, what: str, kind: str, target: str, path: Path, details: str = "") -> None:
        signature = f"{what} [{kind}/{target}]"
        if self.save is not None:
            self.save.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, self.save / f"{len(self.figures.failures) + 1}-{kind}-{target}.age")
        if signature not in self._seen:
            self._seen.add(signature)
            self.figures.failures.append(signature)
            self.report(f"  {signature}\n{details}".rstrip())


def run(inputs: int, seed: int = 1, *, save: Path | None = None, report: Callable[[str], None] = print,
        progress: Callable[[int, float], None] | None = None) -> Figures:
    root = Path(tempfile.mkdtemp(prefix="rosc-fuzz-"))
    fuzzer: Fuzzer | None = None
    try:
        fuzzer = Fuzzer(root, seed, save, report)
        started = time.perf_counter()
        for n in range(inputs):
            fuzzer.one()
            if progress is not None and (n + 1) % 1000 == 0:
                progress(n + 1, time.perf_counter() - started)
        fuzzer.figures.seconds = time.perf_counter() - started
        return fuzzer.figures
    finally:
        if fuzzer is not None:
            fuzzer.close()
        shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save-failures", type=Path, default=None, help="copy each failing input here")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args()

    def progress(done: int, seconds: float) -> None:
        if not args.quiet and done % 10_000 == 0:
            print(f"  {done:>7} inputs  {seconds:7.1f} s  {done / seconds:6.1f}/s", flush=True)

    figures = run(args.inputs, args.seed, save=args.save_failures, progress=progress)
    print(f"\ninputs run:      {figures.inputs}")
    print(f"tracebacks:      {figures.tracebacks}")
    print(f"partial writes:  {figures.partial_writes}")
    print(f"work files left: {figures.work_files_left}")
    print(f"seconds:         {figures.seconds:.1f}  ({figures.inputs / max(figures.seconds, 1e-9):.1f} inputs/s)")
    print("by kind/target:  " + ", ".join(f"{k} {v}" for k, v in sorted(figures.by_kind.items())))
    print("outcomes:        " + ", ".join(f"{k} {v}" for k, v in figures.outcomes.most_common()))
    return 1 if figures.tracebacks or figures.partial_writes or figures.work_files_left else 0


if __name__ == "__main__":
    sys.exit(main())
