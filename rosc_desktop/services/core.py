"""`Services`: everything one signed-in staff member can do, grouped by use case.

The GUI and the CLI both hold one of these; neither touches the store directly.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from sqlalchemy.exc import SQLAlchemyError

from rosc_desktop.errors import RoscError
from rosc_desktop.paths import AppPaths
from rosc_desktop.services import audit
from rosc_desktop.services.permissions import Action, require
from rosc_desktop.services.session import Actor
from rosc_desktop.store.database import Store
from rosc_desktop.store.keyring import KeyRing


class Services:
    def __init__(self, paths: AppPaths, store: Store, keyring: KeyRing, actor: Actor) -> None:
        from rosc_desktop.services.accounts import AccountService
        from rosc_desktop.services.activities import ActivityService
        from rosc_desktop.services.health import HealthService
        from rosc_desktop.services.intake import IntakeService
        from rosc_desktop.services.network import NetworkService
        from rosc_desktop.services.participants import ParticipantService
        from rosc_desktop.services.checkins import CheckInService
        from rosc_desktop.services.consents import ConsentService
        from rosc_desktop.services.directory import DirectoryService
        from rosc_desktop.services.directory_import import DirectoryImportService
        from rosc_desktop.services.plans import GoalService
        from rosc_desktop.services.referrals import ReferralService
        from rosc_desktop.services.reports import ReportService
        from rosc_desktop.services.setback import SetbackService
        from rosc_desktop.services.staff import StaffService
        from rosc_desktop.services.caseload import CaseloadService

        self.paths = paths
        self.store = store
        self.keyring = keyring
        self.actor = actor
        self._closed = False
        self.accounts = AccountService(self)
        self.participants = ParticipantService(self)
        self.intake = IntakeService(self)
        self.goals = GoalService(self)
        self.checkins = CheckInService(self)
        self.activities = ActivityService(self)
        self.setback = SetbackService(self)
        self.network = NetworkService(self)
        self.referrals = ReferralService(self)
        self.reports = ReportService(self)
        self.health = HealthService(self)
        self.directory = DirectoryService(self)
        self.directory_import = DirectoryImportService(self)
        self.consents = ConsentService(self)
        self.staff = StaffService(self)
        self.caseload = CaseloadService(self)

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
