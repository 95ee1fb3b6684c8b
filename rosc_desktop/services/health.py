"""`rosc-desktop check`: is the file sound, is the search index whole, is the audit chain unbroken?"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import text

from rosc_desktop.errors import RoscError
from rosc_desktop.services import audit
from rosc_desktop.services.permissions import Action

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


@dataclass
class CheckReport:
    problems: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    audit_events: int = 0
    participants: int = 0
    outbox_entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


class HealthService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    def check(self) -> CheckReport:
        self._s.require(Action.CHECK_DATABASE)
        report = CheckReport()
        # The integrity check looks every index entry up in its table: a larger cache for its run.
        with self._s.store.read(whole_file=True) as session:
            # PostgreSQL checks its own pages and always enforces foreign keys; its search has no index of ours.
            if not self._s.store.is_postgres:
                self._check_sqlite(session, report)
            seqs = session.connection().execute(
                text("SELECT origin, min(seq), max(seq), count(*) FROM outbox GROUP BY origin")).all()
            for origin, low, high, count in seqs:
                report.outbox_entries += count
                if low != 1 or high != count:
                    report.problems.append(("outbox_gap", {"origin": origin}))
            report.participants = session.connection().execute(text("SELECT count(*) FROM participant")).one()[0]
            chain = audit.verify(session, self._s.keyring.audit_head)
            report.audit_events = chain.checked
            if not chain.ok:
                report.problems.append(("audit_chain", {"seq": chain.first_broken_seq, "reason": chain.reason}))
            for disagreeing in audit.hub_witness_problems(session):
                report.problems.append(("audit_witness", disagreeing))
        with self._s.store.write() as session:
            self._s.audit(session, "database_checked", details={"ok": report.ok})
        return report

    def _check_sqlite(self, session, report: CheckReport) -> None:
        """The file's own checks and the FTS5 search index's."""
        integrity = [r[0] for r in session.connection().execute(text("PRAGMA integrity_check")).all()]
        if integrity != ["ok"]:
            report.problems.append(("integrity", {"count": len(integrity)}))
            from rosc_desktop.services.session import DAMAGED_MARKER
            from rosc_desktop.util_files import write_atomic

            try:
                write_atomic(self._s.paths.root / DAMAGED_MARKER, b"")
            except OSError:
                pass  # `check` still says so and exits 1
        if session.connection().execute(text("PRAGMA foreign_key_check")).first() is not None:
            report.problems.append(("foreign_keys", {}))
        try:
            # FTS5's integrity check is spelled as an INSERT: run it under the write lock, so a busy
            # database is waited for instead of being reported as a damaged index.
            with self._s.store.write() as checker:
                checker.connection().execute(
                    text("INSERT INTO participant_fts(participant_fts, rank) VALUES ('integrity-check', 1)"))
        except RoscError:
            raise
        except Exception:  # FTS5 reports a damaged index as an SQL error
            report.problems.append(("search_index", {}))
        else:
            # integrity-check only looks inside the index: also check that it holds exactly the people
            # who should be findable, or someone missing from it could not be found (and be registered twice).
            missing = session.connection().execute(text(
                "SELECT count(*) FROM participant p WHERE p.deleted_at IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM participant_fts f WHERE f.rowid = p.rowid)")).one()[0]
            stray = session.connection().execute(text(
                "SELECT count(*) FROM participant_fts f WHERE NOT EXISTS "
                "(SELECT 1 FROM participant p WHERE p.rowid = f.rowid AND p.deleted_at IS NULL)")).one()[0]
            if missing or stray:
                report.problems.append(("search_index", {"missing": missing, "stray": stray}))
