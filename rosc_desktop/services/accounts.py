"""Staff accounts, the lock screen and center settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import select

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import Role, Site, Staff
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.session import validate_account, validate_password
from rosc_desktop.store.keyring import KdfParams

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


@dataclass(frozen=True)
class StaffView:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool


@dataclass(frozen=True)
class CenterView:
    code: str
    name: str
    is_demo: bool
    idle_lock_minutes: int


class AccountService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    def center(self) -> CenterView:
        with self._s.store.read() as session:
            site = self._local_site(session)
            return CenterView(site.code, site.name, site.is_demo, site.idle_lock_minutes)

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self._s.require(Action.CHANGE_SETTINGS)
        if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
            raise ValidationError("idle_minutes_range", field="idle_lock_minutes",
                                  minimum=MIN_IDLE_MINUTES, maximum=MAX_IDLE_MINUTES)
        with self._s.store.write() as session:
            site = self._local_site(session)
            site.idle_lock_minutes = minutes
            session.add(site)
            self._s.audit(session, "settings_changed", "site", site.code, {"idle_lock_minutes": minutes})

    def list_staff(self) -> list[StaffView]:
        with self._s.store.read() as session:
            rows = session.exec(select(Staff).order_by(Staff.display_name)).all()
            return [StaffView(r.id, r.username, r.display_name, Role(r.role), r.active) for r in rows]

    def create_staff(self, username: str, display_name: str, role: Role | str, password: str,
                     *, kdf: KdfParams | None = None) -> StaffView:
        self._s.require(Action.MANAGE_STAFF)
        name = validate_account(username, display_name)
        validate_password(password)
        role = Role(role)
        ring = self._s.keyring
        saved = False
        try:
            with self._s.store.write() as session:
                if ring.has_account(name) or session.exec(select(Staff).where(Staff.username == name)).first():
                    raise ValidationError("username_taken", field="username")
                staff = Staff(username=name, display_name=display_name.strip(), role=role)
                session.add(staff)
                session.flush()
                self._s.audit(session, "staff_created", "staff", staff.id, {"role": role.value})
                # The keyring is saved inside the transaction: if saving fails, the account is not created.
                ring.add_account(name, password, self._s.store.key, kdf)
                try:
                    ring.save()
                except OSError:
                    ring.remove_account(name)
                    raise
                saved = True
        except BaseException:
            # The commit failed after the keyring was saved: take the key back out, or the name would be
            # "taken" for good by an account that does not exist.
            if saved:
                ring.remove_account(name)
                ring.save()
            raise
        return StaffView(staff.id, staff.username, staff.display_name, role, staff.active)

    def change_own_password(self, old_password: str, new_password: str, confirm: str,
                            *, kdf: KdfParams | None = None) -> None:
        validate_password(new_password, confirm)
        ring = self._s.keyring
        try:
            ring.unlock(self._s.actor.username, old_password)
        except RoscError as error:
            if error.code == "signin_failed":
                raise ValidationError("old_password_wrong", field="old_password") from error
            raise
        ring.add_account(self._s.actor.username, new_password, self._s.store.key, kdf)
        ring.save()
        with self._s.store.write() as session:
            self._s.audit(session, "password_changed", "staff", self._s.actor.staff_id)

    def unlock(self, password: str) -> None:
        """The lock screen: the signed-in person proves it is still them. Throttled like sign-in."""
        self._s.keyring.unlock(self._s.actor.username, password)
        with self._s.store.write() as session:
            self._s.audit(session, "unlocked")

    def record_lock(self) -> None:
        with self._s.store.write() as session:
            self._s.audit(session, "locked")

    def sign_out(self) -> None:
        with self._s.store.write() as session:
            self._s.audit(session, "sign_out")
        self._s.close()

    def _local_site(self, session) -> Site:  # type: ignore[no-untyped-def]
        site = session.exec(select(Site).where(Site.is_local == True)).first()  # noqa: E712
        if site is None:
            raise RoscError("site_not_set_up")
        return site
