"""`Services`: everything one signed-in staff member can do, grouped by use case.

The GUI and the CLI both hold one of these; neither touches the store directly.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from sqlalchemy.exc import SQLAlchemyError

from rosc_desktop.errors import RoscError
from rosc_desktop.paths import AppPaths
from rosc_desktop.services import audit
from rosc_desktop.services.permissions import Action, require
from rosc_desktop.services.session import Actor
from rosc_desktop.store.database import Store
from rosc_desktop.store.keyring import KeyRing

if TYPE_CHECKING:
    from rosc_desktop.services.accounts import AccountService
    from rosc_desktop.services.activities import ActivityService
    from rosc_desktop.services.caseload import CaseloadService
    from rosc_desktop.services.checkins import CheckInService
    from rosc_desktop.services.consents import ConsentService
    from rosc_desktop.services.directory import DirectoryService
    from rosc_desktop.services.directory_import import DirectoryImportService
    from rosc_desktop.services.health import HealthService
    from rosc_desktop.services.intake import IntakeService
    from rosc_desktop.services.network import NetworkService
    from rosc_desktop.services.participants import ParticipantService
    from rosc_desktop.services.plans import GoalService
    from rosc_desktop.services.referrals import ReferralService
    from rosc_desktop.services.reports import ReportService
    from rosc_desktop.services.setback import SetbackService
    from rosc_desktop.services.staff import StaffService


class Services:
    """Each group of use cases is made, and its module imported, the first time it is asked for: a signed-in
    window that shows only Today never loads the code of the screens not opened (memory, bench/cold_start.py)."""

    def __init__(self, paths: AppPaths, store: Store, keyring: KeyRing, actor: Actor) -> None:
        self.paths = paths
        self.store = store
        self.keyring = keyring
        self.actor = actor
        self._closed = False

    @cached_property
    def accounts(self) -> AccountService:
        from rosc_desktop.services.accounts import AccountService

        return AccountService(self)

    @cached_property
    def participants(self) -> ParticipantService:
        from rosc_desktop.services.participants import ParticipantService

        return ParticipantService(self)

    @cached_property
    def intake(self) -> IntakeService:
        from rosc_desktop.services.intake import IntakeService

        return IntakeService(self)

    @cached_property
    def goals(self) -> GoalService:
        from rosc_desktop.services.plans import GoalService

        return GoalService(self)

    @cached_property
    def checkins(self) -> CheckInService:
        from rosc_desktop.services.checkins import CheckInService

        return CheckInService(self)

    @cached_property
    def activities(self) -> ActivityService:
        from rosc_desktop.services.activities import ActivityService

        return ActivityService(self)

    @cached_property
    def setback(self) -> SetbackService:
        from rosc_desktop.services.setback import SetbackService

        return SetbackService(self)

    @cached_property
    def network(self) -> NetworkService:
        from rosc_desktop.services.network import NetworkService

        return NetworkService(self)

    @cached_property
    def referrals(self) -> ReferralService:
        from rosc_desktop.services.referrals import ReferralService

        return ReferralService(self)

    @cached_property
    def reports(self) -> ReportService:
        from rosc_desktop.services.reports import ReportService

        return ReportService(self)

    @cached_property
    def health(self) -> HealthService:
        from rosc_desktop.services.health import HealthService

        return HealthService(self)

    @cached_property
    def directory(self) -> DirectoryService:
        from rosc_desktop.services.directory import DirectoryService

        return DirectoryService(self)

    @cached_property
    def directory_import(self) -> DirectoryImportService:
        from rosc_desktop.services.directory_import import DirectoryImportService

        return DirectoryImportService(self)

    @cached_property
    def consents(self) -> ConsentService:
        from rosc_desktop.services.consents import ConsentService

        return ConsentService(self)

    @cached_property
    def staff(self) -> StaffService:
        from rosc_desktop.services.staff import StaffService

        return StaffService(self)

    @cached_property
    def caseload(self) -> CaseloadService:
        from rosc_desktop.services.caseload import CaseloadService

        return CaseloadService(self)

    def document_language(self, preferred: str) -> str:
        """The language a person's documents print in: theirs when we have its words (Chinese in this
        computer's default script unless they chose one), else English."""
        from rosc_desktop.document_languages import document_language
        from rosc_desktop.settings import MachineSettings

        return document_language(preferred, MachineSettings.load(self.paths.settings).chinese_script)

    def require(self, action: Action) -> None:
        require(self.actor.role, action)

    def audit(self, session: Session, action: str, entity_type: str = "", entity_id: str = "",
              details: dict[str, Any] | None = None) -> None:
        audit.record(session, site=self.actor.site_code, actor=self.actor.username, action=action,
                     entity_type=entity_type, entity_id=entity_id, details=details)

    def close(self) -> None:
        """Note the audit chain's newest event in the keyring, then release the database."""
        if self._closed:
            return
        self._closed = True
        try:
            self.store.disk_check.stop()  # a sign-in event still to come would land after the head noted here
            head = audit.head(self.store)
            if head is not None and (self.keyring.audit_head is None or head[0] >= self.keyring.audit_head[0]):
                self.keyring.audit_head = head
                self.keyring.save()
        except (OSError, RoscError, SQLAlchemyError):
            pass  # a full disk or a damaged file must not stop a sign-out; `check` will say what it finds
        finally:
            self.store.close()
