"""Staff accounts, the lock screen and center settings."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlmodel import select

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import Role, Site, Staff
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.center_details import CENTER_DETAILS
from rosc_desktop.services.session import validate_center_name, validate_password
from rosc_desktop.store.keyring import KdfParams
from rosc_desktop.services.changes import Kind, record_change

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
    address: str = ""
    phone: str = ""
    hours: str = ""
    email: str = ""
    website: str = ""


class AccountService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    def center(self) -> CenterView:
        with self._s.store.read() as session:
            site = self._local_site(session)
            return CenterView(site.code, site.name, site.is_demo, site.idle_lock_minutes, site.address, site.phone,
                              site.hours, site.email, site.website)

    def set_center_details(self, **details: str) -> CenterView:
        """The center's name and how to reach it (admins): printed on the plan, the referral slip, the consent form
        and the trust card. Only the fields given change."""
        from rosc_desktop.services.validation import check_email, check_phone, clean_text

        self._s.require(Action.CHANGE_SETTINGS)
        unknown = set(details) - set(CENTER_DETAILS) - {"name"}
        if unknown:
            raise ValidationError("field_unknown", field=sorted(unknown)[0])
        clean: dict[str, str] = {}
        if "name" in details:
            clean["name"] = validate_center_name(details["name"], field="name")
        for field_name, (longest, multiline) in CENTER_DETAILS.items():
            if field_name in details:
                clean[field_name] = clean_text(details[field_name], field_name, longest, multiline=multiline)
        if clean.get("phone"):
            clean["phone"] = check_phone(clean["phone"])
        if clean.get("email"):
            clean["email"] = check_email(clean["email"])
        with self._s.store.write() as session:
            site = self._local_site(session)
            for field_name, value in clean.items():
                setattr(site, field_name, value)
            session.add(site)
            self._s.audit(session, "center_details_changed", "site", site.code, {"fields": sorted(clean)})
            record_change(Kind.SETTINGS)
        return self.center()

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
            record_change(Kind.SETTINGS)

    def list_staff(self) -> list[StaffView]:
        with self._s.store.read() as session:
            rows = session.exec(select(Staff).order_by(Staff.display_name)).all()
            return [StaffView(r.id, r.username, r.display_name, Role(r.role), r.active) for r in rows]

    def create_staff(self, username: str, display_name: str, role: Role | str, password: str,
                     *, kdf: KdfParams | None = None) -> StaffView:
        """An account whose password is its own from the start (scripts, tests); staff.add gives a temporary one."""
        member = self._s.staff.add(username, display_name, role, password, kdf=kdf, temporary=False)
        return StaffView(member.id, member.username, member.display_name, member.role, member.active)

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
        if new_password == old_password:
            raise ValidationError("password_unchanged", field="password")
        self._set_own_password(new_password, kdf)

    def replace_temporary_password(self, new_password: str, confirm: str, *, kdf: KdfParams | None = None) -> None:
        """At the first sign-in with a temporary password: the person chooses their own. They proved the temporary
        one moments ago at sign-in, so it is not asked again."""
        if not self._s.actor.must_change_password:
            raise RoscError("password_not_temporary")
        validate_password(new_password, confirm)
        self._set_own_password(new_password, kdf)

    def _set_own_password(self, new_password: str, kdf: KdfParams | None) -> None:
        """Seal the database key for the new password, and the password is no longer a temporary one."""
        was_temporary = self._s.actor.must_change_password
        self._s.keyring.add_account(self._s.actor.username, new_password, self._s.store.key, kdf)
        self._s.keyring.save()
        with self._s.store.write() as session:
            staff = session.get(Staff, self._s.actor.staff_id)
            if staff is not None and staff.must_change_password:
                staff.must_change_password = False
                session.add(staff)
            self._s.audit(session, "password_changed", "staff", self._s.actor.staff_id,
                          {"was_temporary": True} if was_temporary else None)
        if was_temporary:
            self._s.actor = replace(self._s.actor, must_change_password=False)

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

    def _local_site(self, session) -> Site:
        site = session.exec(select(Site).where(Site.is_local == True)).first()  # noqa: E712
        if site is None:
            raise RoscError("site_not_set_up")
        return site
