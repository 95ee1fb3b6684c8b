"""Staff administration (admins): add an account, change a role, reset a password, switch an account off.

A new account and a reset one get a temporary password, changed at the first sign-in before anything else.
Switching an account off changes the database key: the file is backed up, the new key is sealed for every
remaining account and the recovery key (see store/keyring.py), the file and the backups are re-encrypted, and
only then is the account marked off. So the switched-off password opens nothing, not even a copy of the old
keyring beside the new files. The last active admin can be neither switched off nor demoted, nobody switches
themselves off, and every change is an audited event.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import col, select

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import AuditEvent, CaseloadAssignment, Role, Staff
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.session import validate_account, validate_password
from rosc_desktop.store.keyring import KdfParams, normalise_username
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# Refused as temporary passwords, whatever their length: the first ones anybody would guess.
_GUESSABLE = frozenset({"password", "password1", "12345678", "123456789", "1234567890", "qwertyui", "qwerty123",
                        "iloveyou", "letmein1", "welcome1", "changeme", "recovery", "temporary", "abcdefgh",
                        "11111111", "00000000", "passw0rd", "p@ssw0rd", "contraseña", "bienvenido"})

Progress = Callable[[str], None]  # the step under way: "backup", "rekey", "backups", "done"


@dataclass(frozen=True)
class StaffMember:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    last_sign_in_at: datetime | None
    can_sign_in: bool  # has a keyring entry (false for an account whose entry a key change had to drop)


@dataclass(frozen=True)
class Deactivation:
    username: str
    backup: Path | None
    rekeyed_backups: int
    need_new_password: tuple[str, ...]  # accounts whose old-format entry could not be resealed
    new_recovery_key: str | None  # shown once when the old recovery entry could not be resealed


def check_temporary_password(username: str, password: str) -> None:
    """A temporary password is read out or written down for someone: refuse the ones anybody would guess."""
    validate_password(password)
    folded = password.casefold()
    if folded == normalise_username(username) or normalise_username(username) in folded:
        raise ValidationError("password_is_username", field="password")
    if folded in _GUESSABLE or len(set(folded)) <= 2:
        raise ValidationError("password_too_common", field="password")


class StaffService:
    def __init__(self, services: Services) -> None:
        self._s = services

    # -- reading ------------------------------------------------------------------------------------------

    def members(self) -> list[StaffMember]:
        self._s.require(Action.MANAGE_STAFF)
        with self._s.store.read() as session:
            rows = session.exec(select(Staff).where(col(Staff.deleted_at).is_(None))
                                .order_by(col(Staff.active).desc(), Staff.display_name)).all()
            # From the audit trail, which records every sign-in already: a column on the staff row would be a
            # synchronised change at every sign-in.
            last = dict(session.exec(select(AuditEvent.actor, func.max(AuditEvent.at))
                                     .where(AuditEvent.action == "sign_in").group_by(AuditEvent.actor)).all())
        ring = self._s.keyring
        return [self._member(r, ring.has_account(r.username), last.get(r.username)) for r in rows]

    # -- changing -----------------------------------------------------------------------------------------

    def add(self, username: str, display_name: str, role: Role | str, temporary_password: str,
            *, kdf: KdfParams | None = None, temporary: bool = True) -> StaffMember:
        """A new account. With `temporary` (the default) its password must be changed at the first sign-in."""
        self._s.require(Action.MANAGE_STAFF)
        name = validate_account(username, display_name)
        role = _role(role)
        if temporary:
            check_temporary_password(name, temporary_password)
        else:
            validate_password(temporary_password)
        ring = self._s.keyring
        saved = False
        try:
            with self._s.store.write() as session:
                if ring.has_account(name) or session.exec(select(Staff).where(Staff.username == name)).first():
                    raise ValidationError("username_taken", field="username")
                staff = Staff(username=name, display_name=display_name.strip(), role=role,
                              must_change_password=temporary)
                session.add(staff)
                session.flush()
                self._s.audit(session, "staff_created", "staff", staff.id, {"role": role.value})
                record_change(Kind.STAFF)
                # The keyring is saved inside the transaction: if saving fails, the account is not created.
                self._seal_for(name, temporary_password, kdf)
                saved = True
                member = self._member(staff, True)
        except BaseException:
            # The commit failed after the keyring was saved: take the entry back out, or the name would be
            # "taken" for good by an account that does not exist.
            if saved:
                ring.remove_account(name)
                ring.save()
            raise
        return member

    def set_role(self, username: str, role: Role | str) -> StaffMember:
        self._s.require(Action.MANAGE_STAFF)
        role = _role(role)
        with self._s.store.write() as session:
            staff = self._staff(session, username)
            if staff.role == Role.ADMIN and role != Role.ADMIN and staff.active:
                self._keep_an_admin(session, staff)
            before = staff.role
            staff.role = role
            session.add(staff)
            self._s.audit(session, "staff_role_changed", "staff", staff.id, {"from": str(before), "to": role.value})
            record_change(Kind.STAFF)
            return self._member(staff, self._s.keyring.has_account(staff.username))

    def reset_password(self, username: str, temporary_password: str, *, kdf: KdfParams | None = None
                       ) -> StaffMember:
        """A new temporary password for someone who forgot theirs (or lost their entry in a key change)."""
        self._s.require(Action.MANAGE_STAFF)
        with self._s.store.write() as session:
            staff = self._staff(session, username)
            if not staff.active:
                raise RoscError("account_inactive")
            check_temporary_password(staff.username, temporary_password)
            staff.must_change_password = True
            session.add(staff)
            self._s.audit(session, "staff_password_reset", "staff", staff.id)
            record_change(Kind.STAFF)
            self._s.keyring.clear_throttle(staff.username)
            self._seal_for(staff.username, temporary_password, kdf)
            return self._member(staff, True)

    def deactivate(self, username: str, progress: Progress | None = None) -> Deactivation:
        """Switch an account off for good: see the module's docstring. Runs for seconds on a large store."""
        from rosc_desktop.store import backup as backups
        from rosc_desktop.store.database import rekey_file

        self._s.require(Action.MANAGE_STAFF)
        say = progress or (lambda _step: None)
        name = normalise_username(username)
        if name == self._s.actor.username:
            raise ValidationError("deactivate_self", field="username")
        with self._s.store.read() as session:
            staff = self._staff(session, name)
            if not staff.active:
                raise RoscError("account_inactive")
            if staff.role == Role.ADMIN:
                self._keep_an_admin(session, staff)
        store, ring = self._s.store, self._s.keyring
        backup = None
        rekeyed = 0
        lost: list[str] = []
        recovery = None
        if store.is_postgres:
            # A hub's server has no file key to change: the entry goes, and with it the way in.
            ring.remove_account(name)
            ring.save()
        else:
            say("backup")
            backup = backups.backup(store, self._s.paths.backups, reason="before-rekey")
            old_key, new_key = store.key, secrets.token_bytes(32)
            ring.refresh()
            lost, recovery_lost = ring.begin_rekey(new_key, dropping=name)
            if recovery_lost:
                recovery = ring.set_recovery_key(old_key, next_key=new_key)
            ring.save()
            say("rekey")
            try:
                store.rekey(new_key)
            except BaseException:
                ring.abandon_rekey()
                ring.save()
                raise
            # The backups too: under the old key only the switched-off password (in an old keyring) would open
            # them, and this keyring could not restore them.
            say("backups")
            for copy in backups.list_backups(self._s.paths.backups):
                if copy.suffix == ".db":
                    try:
                        rekey_file(copy, old_key, new_key)
                        rekeyed += 1
                    except (RoscError, OSError):
                        pass  # a damaged backup stays as it was; `check` reports it
            ring.finish_rekey()
            ring.save()
        with self._s.store.write() as session:
            staff = self._staff(session, name)
            staff.active = False
            session.add(staff)
            # Their people stay visible to everyone, without a primary peer specialist until someone takes them.
            for held in session.exec(select(CaseloadAssignment).where(
                    CaseloadAssignment.staff_id == staff.id, col(CaseloadAssignment.ended_at).is_(None))):
                held.ended_at = utc_now()
                session.add(held)
            for other in lost:
                row = session.exec(select(Staff).where(Staff.username == other)).first()
                if row is not None:
                    row.must_change_password = True
                    session.add(row)
            self._s.audit(session, "staff_deactivated", "staff", staff.id,
                          {"rekeyed": not store.is_postgres, "entries_dropped": len(lost),
                           "new_recovery_key": recovery is not None})
            record_change(Kind.STAFF, Kind.CASELOAD)
        say("done")
        return Deactivation(name, backup, rekeyed, tuple(lost), recovery)

    # -- internals ----------------------------------------------------------------------------------------

    def _seal_for(self, name: str, password: str, kdf: KdfParams | None) -> None:
        ring = self._s.keyring
        before = ring.entries.get(name)
        ring.add_account(name, password, self._s.store.key, kdf)
        try:
            ring.save()
        except OSError:
            if before is None:
                ring.remove_account(name)
            else:
                ring.entries[name] = before
            raise

    def _staff(self, session, username: str) -> Staff:
        staff = session.exec(select(Staff).where(Staff.username == normalise_username(username),
                                                 col(Staff.deleted_at).is_(None))).first()
        if staff is None:
            raise RoscError("staff_not_found")
        return staff

    def _keep_an_admin(self, session, staff: Staff) -> None:
        admins = session.exec(select(Staff.id).where(Staff.role == Role.ADMIN, col(Staff.active).is_(True),
                                                     col(Staff.deleted_at).is_(None))).all()
        if len(admins) <= 1 and staff.id in admins:
            raise ValidationError("last_admin", field="role")

    @staticmethod
    def _member(row: Staff, has_entry: bool, last_sign_in_at: datetime | None = None) -> StaffMember:
        return StaffMember(row.id, row.username, row.display_name, Role(row.role), row.active,
                           row.must_change_password, last_sign_in_at, has_entry)


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError("role_unknown", field="role") from None


__all__ = ["Deactivation", "StaffMember", "StaffService", "check_temporary_password"]
