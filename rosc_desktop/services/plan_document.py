"""Everything the printed personal recovery plan says, gathered in plain values (documents/recovery_plan.py
draws it). The person keeps the plan, so it holds their own words and the phone numbers of their people.

Gathering is audited as "plan_printed" with the participant's id and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import col, select

from rosc_desktop.clock import center_today
from rosc_desktop.enums import GoalStatus, StepHelper
from rosc_desktop.errors import RoscError
from rosc_desktop.model import Site
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.referrals import CONNECTED_STATUSES, SlipHours

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

__all__ = ["PlanContent", "PlanGoal", "PlanMapLink", "PlanMapNode", "PlanMember", "PlanService", "PlanStep",
           "gather_plan"]

# Goals the plan shows: the ones being worked on or resting, not those achieved or let go.
SHOWN_GOAL_STATUSES = frozenset({GoalStatus.ACTIVE, GoalStatus.PAUSED})


@dataclass(frozen=True)
class PlanStep:
    what: str
    helper_kind: str  # StepHelper: "participant" prints as "Me"
    helper_name: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class PlanGoal:
    statement: str
    why_it_matters: str
    target_date: date | None
    steps: tuple[PlanStep, ...] = ()


@dataclass(frozen=True)
class PlanMember:
    name: str
    relationship: str
    phone: str
    kind: str
    domain: str
    id: str = ""  # the member's id: the map's key lists a member once, with their phone


@dataclass(frozen=True)
class PlanMapNode:
    """An eco-map member in plain values (documents turn it into ecomap.MapNode); x/y are the saved
    position on the map, None to place it automatically."""

    id: str
    label: str
    sublabel: str
    kind: str
    domain: str
    strength: str
    nature: str
    direction: str
    x: float | None = None
    y: float | None = None


@dataclass(frozen=True)
class PlanMapLink:
    a_id: str
    b_id: str


@dataclass(frozen=True)
class PlanService:
    name: str
    organization_name: str
    address_lines: tuple[str, ...]
    phone: str
    hours: tuple[SlipHours, ...]


@dataclass(frozen=True)
class PlanContent:
    participant_id: str
    preferred_name: str
    language: str  # the participant's preferred language ("en" when none is recorded)
    made_on: date
    strengths: str = ""
    what_matters: str = ""
    hopes: str = ""
    goals: tuple[PlanGoal, ...] = ()
    members: tuple[PlanMember, ...] = ()
    map_nodes: tuple[PlanMapNode, ...] = ()
    map_links: tuple[PlanMapLink, ...] = ()
    warning_signs: str = ""
    what_helps: str = ""
    what_does_not_help: str = ""
    people_to_call: tuple[str, ...] = ()
    safe_places: str = ""
    services: tuple[PlanService, ...] = ()
    center_name: str = ""
    center_phone: str = ""
    center_address: str = ""
    center_hours: str = ""
    center_email: str = ""
    center_website: str = ""


def gather_plan(services: Services, participant_id: str, on: date | None = None) -> PlanContent:
    """The plan's content for one participant, from intake, goals, network, setback plan and referrals."""
    services.require(Action.VIEW_PARTICIPANT)
    with services.store.write() as session:
        person = live_participant(session, participant_id)
        name, language = person.preferred_name, services.document_language(person.preferred_language)
        site = session.exec(select(Site).where(col(Site.is_local).is_(True))).first()
        center_name = site.name if site is not None else ""
        reach = {"center_phone": site.phone, "center_address": site.address, "center_hours": site.hours,
                 "center_email": site.email, "center_website": site.website} if site is not None else {}
        services.audit(session, "plan_printed", "participant", participant_id)

    intake = services.intake.get(participant_id).text
    goals = tuple(
        PlanGoal(g.statement, g.why_it_matters, g.target_date,
                 tuple(PlanStep(s.what, s.helper_kind, s.helper_name, s.due_on, s.done_on) for s in g.steps))
        for g in services.goals.for_person(participant_id) if g.status in SHOWN_GOAL_STATUSES)

    snapshot = services.network.snapshot(participant_id)
    members = tuple(PlanMember(m.name, m.relationship, m.phone, m.kind, m.domain, m.id) for m in snapshot.members)
    nodes = tuple(
        PlanMapNode(m.id, m.name, m.relationship, m.kind, m.domain, m.tie.strength, m.tie.nature,
                    m.tie.direction, *(m.position if m.position is not None else (None, None)))
        for m in snapshot.members if m.tie is not None)
    ids = {n.id for n in nodes}
    links = tuple(PlanMapLink(lk.member_a_id, lk.member_b_id) for lk in snapshot.links
                  if lk.member_a_id in ids and lk.member_b_id in ids)

    setback = services.setback.get(participant_id).text
    connected = []
    for referral in services.referrals.for_person(participant_id):
        if referral.status not in CONNECTED_STATUSES:
            continue
        try:
            detail = services.directory.get(referral.service_id)
        except RoscError:  # the entry left the directory: the name the referral kept is still worth printing
            connected.append(PlanService(referral.service_name, referral.organization_name, (), "", ()))
            continue
        address = detail.locations[0].address_lines if detail.locations else ()
        hours = tuple(SlipHours(h.byday, h.opens_at.strftime("%H:%M") if h.opens_at else "",
                                h.closes_at.strftime("%H:%M") if h.closes_at else "", h.description)
                      for h in detail.hours)
        connected.append(PlanService(detail.name, detail.organization_name, tuple(address),
                                     detail.phone or (detail.phones[0] if detail.phones else ""), hours))

    return PlanContent(
        participant_id=participant_id, preferred_name=name, language=language, made_on=on or center_today(),
        strengths=intake.strengths, what_matters=intake.what_matters, hopes=intake.hopes,
        goals=goals, members=members, map_nodes=nodes, map_links=links,
        warning_signs=setback.warning_signs, what_helps=setback.what_helps,
        what_does_not_help=setback.what_does_not_help, people_to_call=tuple(setback.supports()),
        safe_places=setback.safe_places, services=tuple(connected), center_name=center_name, **reach)


# A step's helper kind the plan words as "Me"; the others print the helper's name.
SELF_HELPER = StepHelper.PARTICIPANT
