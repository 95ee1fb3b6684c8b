"""Roles: each forbidden action is refused by the service itself, and nothing changes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from rosc_desktop.errors import PermissionDenied
from rosc_desktop.model import Role
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.permissions import ALLOWED, Action, allowed


def _audit_actions(services) -> list[str]:  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return [r[0] for r in session.exec(text("SELECT action FROM audit_event ORDER BY seq")).all()]


def _idle_minutes(services) -> int:  # type: ignore[no-untyped-def]
    return services.accounts.center().idle_lock_minutes


@pytest.mark.parametrize("role", ["peer_specialist", "coordinator"])
def test_cannot_create_staff(services, staff_services, role):  # type: ignore[no-untyped-def]
    svc = staff_services(role)
    staff_before = services.accounts.list_staff()
    audit_before = _audit_actions(services)
    with pytest.raises(PermissionDenied) as caught:
        svc.accounts.create_staff("mallory", "Mallory", "admin", "mallorys password")
    assert (caught.value.code, caught.value.action, caught.value.role) == ("permission_denied", "manage_staff", role)
    assert services.accounts.list_staff() == staff_before
    assert not svc.keyring.has_account("mallory")
    assert _audit_actions(services) == audit_before


@pytest.mark.parametrize("role", ["peer_specialist", "coordinator"])
def test_cannot_change_settings(services, staff_services, role):  # type: ignore[no-untyped-def]
    svc = staff_services(role)
    before = _idle_minutes(services)
    audit_before = _audit_actions(services)
    with pytest.raises(PermissionDenied) as caught:
        svc.accounts.set_idle_lock_minutes(before + 5)
    assert caught.value.action == "change_settings"
    assert _idle_minutes(services) == before
    assert _audit_actions(services) == audit_before


def test_peer_specialist_cannot_void_a_participant(services, staff_services):  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Zoë Krüger"))
    svc = staff_services("peer_specialist")
    audit_before = _audit_actions(services)
    with pytest.raises(PermissionDenied) as caught:
        svc.participants.void(person.id)
    assert caught.value.action == "void_participant"
    assert services.participants.search("zoe").ids == [person.id]
    assert services.participants.open(person.id).version == 1
    assert "participant_voided" not in _audit_actions(services)
    assert _audit_actions(services)[: len(audit_before)] == audit_before


def test_peer_specialist_cannot_run_the_database_check(services, staff_services):  # type: ignore[no-untyped-def]
    svc = staff_services("peer_specialist")
    audit_before = _audit_actions(services)
    with pytest.raises(PermissionDenied) as caught:
        svc.health.check()
    assert caught.value.action == "check_database"
    assert _audit_actions(services) == audit_before


def test_what_each_role_may_do(services, staff_services):  # type: ignore[no-untyped-def]
    coordinator = staff_services("coordinator")
    person = coordinator.participants.register(ParticipantInput("Amani Okafor"))
    coordinator.participants.void(person.id)  # allowed for coordinators
    assert coordinator.health.check().ok
    services.accounts.set_idle_lock_minutes(15)  # admins may
    assert _idle_minutes(services) == 15
    peer = staff_services("peer_specialist")
    other = peer.participants.register(ParticipantInput("Rana Haddad"))
    assert peer.participants.update(other.id, ParticipantInput("Rana H."), other.version).version == 2
    assert set(ALLOWED[Role.ADMIN]) == set(Action)
    assert not allowed(Role.PEER_SPECIALIST, Action.VIEW_AUDIT)


def test_a_failed_commit_does_not_leave_a_half_made_account(services, paths, monkeypatch):  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError
    from sqlmodel import Session

    from rosc_desktop.errors import RoscError
    from rosc_desktop.store.keyring import KeyRing

    def full_disk_commit(self):  # type: ignore[no-untyped-def]
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    with monkeypatch.context() as patch:
        patch.setattr(Session, "commit", full_disk_commit)
        with pytest.raises(RoscError) as caught:
            services.accounts.create_staff("ben", "Ben Ode", "coordinator", "bens password")
    assert caught.value.code == "disk_full"
    assert "ben" not in [s.username for s in services.accounts.list_staff()]
    assert not KeyRing.load(paths.keyring).has_account("ben")
    services.accounts.create_staff("ben", "Ben Ode", "coordinator", "bens password")  # the name is free


def test_a_wrong_current_password_is_a_field_error_not_a_sign_in_failure(services) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        services.accounts.change_own_password("not-my-password", "new-password-9", "new-password-9")
    assert caught.value.field == "old_password"
