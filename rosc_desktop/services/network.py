"""The support network: members, the participant's dated ties to them, links between members, ratings made
at check-ins, the network as it was on any past day, and the figures that show it growing.

Nothing here is overwritten in a way that loses history: a tie change appends a dated state, a removal
dates the member's leaving. Map positions are the exception: where a card sits on the drawing is layout,
not history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from rosc_desktop.clock import center_today, local_date
from rosc_desktop.enums import (
    CLINICAL_DOMAINS,
    COMMUNITY_AND_PEER_DOMAINS,
    ConnectionRating,
    ContactFrequency,
    MemberKind,
    NetworkDomain,
    SupportDirection,
    TieNature,
    TieStrength,
)
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.map_geometry import MAP_RADIUS, clamp_to_map
from rosc_desktop.model import Intake, MemberLink, NetworkMember, NetworkTie, TieRating
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.validation import check_date, check_email, check_phone, clean_text
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# Positions beyond the map (a mistaken drag, a damaged or hostile import) are brought back to its edge rather
# than lost off-screen; the same rule decides what the drawing shows.


@dataclass(frozen=True)
class MemberInput:
    name: str
    kind: str = MemberKind.PERSON
    domain: str = NetworkDomain.FRIENDS
    relationship: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    directory_ref: str | None = None


@dataclass(frozen=True)
class TieInput:
    strength: str = TieStrength.MODERATE
    nature: str = TieNature.SUPPORTIVE
    direction: str = SupportDirection.RECEIVES
    frequency: str = ContactFrequency.MONTHLY
    known_since: date | None = None
    note: str = ""


@dataclass(frozen=True)
class TieView:
    effective_on: date
    strength: str
    nature: str
    direction: str
    frequency: str
    known_since: date | None
    note: str

    def as_input(self) -> TieInput:
        return TieInput(self.strength, self.nature, self.direction, self.frequency, self.known_since, self.note)


@dataclass(frozen=True)
class RatingView:
    id: str
    member_id: str
    rated_on: date
    rating: str
    note: str
    check_in_id: str | None


@dataclass(frozen=True)
class MemberView:
    id: str
    version: int
    participant_id: str
    name: str
    kind: str
    domain: str
    relationship: str
    phone: str
    email: str
    address: str
    directory_ref: str | None
    position: tuple[float, float] | None  # None: place it automatically
    position_was_outside: bool  # the stored position lay beyond the map and is shown at its edge
    added_on: date
    removed_on: date | None
    tie: TieView | None
    last_rating: RatingView | None

    def as_input(self) -> MemberInput:
        return MemberInput(self.name, self.kind, self.domain, self.relationship, self.phone, self.email,
                           self.address, self.directory_ref)

    @property
    def is_support(self) -> bool:
        """A member counts as a support unless the tie is purely stressful."""
        return self.tie is not None and self.tie.nature != TieNature.STRESSFUL


@dataclass(frozen=True)
class LinkView:
    id: str
    member_a_id: str
    member_b_id: str
    note: str
    added_on: date


@dataclass(frozen=True)
class NetworkMetrics:
    members: int
    supports: int  # members whose tie is supportive or mixed
    domains_covered: int  # distinct domains among the supports
    supportive_share: float | None  # supportive ties / all ties; None for an empty network
    stressful: int
    community_and_peer: int  # supports in family, friends, peer, mutual-aid, faith and community domains
    clinical: int  # supports in the clinical domain
    community_balance: float | None  # community_and_peer / (community_and_peer + clinical)


@dataclass(frozen=True)
class NetworkSnapshot:
    participant_id: str
    on: date
    members: tuple[MemberView, ...]
    links: tuple[LinkView, ...]
    metrics: NetworkMetrics = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "metrics", compute_metrics(self.members))

    @property
    def positions_brought_back(self) -> int:
        return sum(m.position_was_outside for m in self.members)


@dataclass(frozen=True)
class NetworkChange:
    """The figures at a baseline (intake, or the first map when none was drawn at intake) and now."""

    baseline_on: date
    baseline_is_intake: bool
    baseline: NetworkMetrics
    now: NetworkMetrics


def compute_metrics(members: Iterable[MemberView]) -> NetworkMetrics:
    present = [m for m in members if m.tie is not None]
    ties = [m.tie for m in present if m.tie is not None]
    supports = [m for m in present if m.is_support]
    supportive = sum(t.nature == TieNature.SUPPORTIVE for t in ties)
    community = sum(m.domain in COMMUNITY_AND_PEER_DOMAINS for m in supports)
    clinical = sum(m.domain in CLINICAL_DOMAINS for m in supports)
    return NetworkMetrics(
        members=len(present),
        supports=len(supports),
        domains_covered=len({m.domain for m in supports}),
        supportive_share=supportive / len(present) if present else None,
        stressful=sum(t.nature == TieNature.STRESSFUL for t in ties),
        community_and_peer=community,
        clinical=clinical,
        community_balance=community / (community + clinical) if community + clinical else None,
    )


def _choice(value: str, allowed: type[Enum], field_name: str) -> str:
    if value not in allowed.__members__.values():
        raise ValidationError("choice_unknown", field=field_name)
    return value


def _clean_member(data: MemberInput) -> MemberInput:
    return MemberInput(
        name=clean_text(data.name, "name", 200, required=True),
        kind=_choice(data.kind, MemberKind, "kind"),
        domain=_choice(data.domain, NetworkDomain, "domain"),
        relationship=clean_text(data.relationship, "relationship", 100),
        phone=check_phone(data.phone),
        email=check_email(data.email),
        address=clean_text(data.address, "address", 500, multiline=True),
        directory_ref=clean_text(data.directory_ref, "directory_ref", 36) or None,
    )


def _clean_tie(data: TieInput) -> TieInput:
    return TieInput(
        strength=_choice(data.strength, TieStrength, "strength"),
        nature=_choice(data.nature, TieNature, "nature"),
        direction=_choice(data.direction, SupportDirection, "direction"),
        frequency=_choice(data.frequency, ContactFrequency, "frequency"),
        known_since=check_date(data.known_since, "known_since"),
        note=clean_text(data.note, "note", 1000, multiline=True),
    )


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


class NetworkService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    # -- reading ----------------------------------------------------------------------------------------

    def snapshot(self, participant_id: str, on: date | None = None) -> NetworkSnapshot:
        """The network as it stood at the end of day `on` (default today)."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            person = live_participant(session, participant_id)
            on = on or center_today()
            check_date(on, "on", not_before=local_date(person.created_at))
            return self._snapshot(session, participant_id, on)

    def current_members(self, participant_id: str) -> list[MemberView]:
        """Today's members, by name: what goal steps and the setback plan pick from."""
        return sorted(self.snapshot(participant_id).members, key=lambda m: _name_key(m.name))

    def member(self, member_id: str) -> MemberView:
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            row = self._member(session, member_id, must_be_current=False)
            snapshot = self._snapshot(session, row.participant_id, center_today(), include_removed=True)
            return next(m for m in snapshot.members if m.id == member_id)

    def history_dates(self, participant_id: str) -> list[date]:
        """Every day on which the network changed, oldest first: the stops of the timeline slider."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            return _change_days(self._load(session, participant_id))

    def metrics_over_time(self, participant_id: str) -> list[tuple[date, NetworkMetrics]]:
        """The figures on each day the network changed (one load serves the days and the figures)."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            loaded = self._load(session, participant_id)
            return [(day, compute_metrics(self._members_on(loaded, day))) for day in _change_days(loaded)]

    def change_since_intake(self, participant_id: str) -> NetworkChange | None:
        """Figures at intake and today; when the map was still empty at intake, the first map stands in (and
        says so). None when there is no map at all."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            person = live_participant(session, participant_id)
            loaded = self._load(session, participant_id)
            if not loaded[0]:
                return None
            intake = session.exec(select(Intake).where(Intake.participant_id == participant_id)).first()
            intake_on = local_date(intake.created_at if intake else person.created_at)  # the center's day, not UTC's
            baseline_on, is_intake = intake_on, True
            baseline = compute_metrics(self._members_on(loaded, intake_on))
            if baseline.members == 0:
                baseline_on = min(m.added_on for m in loaded[0])
                is_intake = False
                baseline = compute_metrics(self._members_on(loaded, baseline_on))
            now = compute_metrics(self._members_on(loaded, center_today()))
            return NetworkChange(baseline_on, is_intake, baseline, now)

    def ratings(self, member_id: str) -> list[RatingView]:
        """Every "how is this connection working?" answer for a member, newest first."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            self._member(session, member_id, must_be_current=False)
            rows = session.exec(select(TieRating).where(TieRating.member_id == member_id,
                                                        col(TieRating.deleted_at).is_(None))).all()
            return sorted((_rating_view(r) for r in rows), key=lambda r: r.rated_on, reverse=True)

    # -- changing ---------------------------------------------------------------------------------------

    def add_member(self, participant_id: str, member: MemberInput, tie: TieInput, *, on: date | None = None,
                   position: tuple[float, float] | None = None, allow_same_name: bool = False) -> MemberView:
        """A new member and the participant's tie to them, both dated `on` (default today).

        A second member with the same name as a current one is refused with `member_same_name` unless
        `allow_same_name`: two Marias are common, a double entry by mistake more so."""
        self._s.require(Action.EDIT_PLAN)
        member, tie = _clean_member(member), _clean_tie(tie)
        with self._s.store.write() as session:
            person = live_participant(session, participant_id)
            on = check_date(on or center_today(), "on", not_before=local_date(person.created_at))
            if not allow_same_name:
                key = _name_key(member.name)
                if any(_name_key(m.name) == key and m.removed_on is None
                       for m in self._members(session, participant_id)):
                    raise ValidationError("member_same_name", field="name")
            x, y = (position if position is not None else (None, None))
            if x is not None and y is not None:
                x, y, _ = clamp_to_map(x, y)
            row = NetworkMember(participant_id=participant_id, added_on=on, pos_x=x, pos_y=y,
                                **member.__dict__)
            session.add(row)
            session.flush()
            first_tie = NetworkTie(member_id=row.id, effective_on=on, recorded_by=self._s.actor.staff_id,
                                   **tie.__dict__)
            session.add(first_tie)
            self._s.audit(session, "network_member_added", "participant", participant_id, {"member": row.id})
            record_change(Kind.NETWORK, participant_id=participant_id)
            session.flush()
            # Built from the rows just written: a new member has one tie state and no ratings yet.
            return _member_view(row, first_tie, None)

    def update_member(self, member_id: str, member: MemberInput, expected_version: int) -> MemberView:
        """Correct who the member is (name, contact, domain). The tie has its own dated history."""
        self._s.require(Action.EDIT_PLAN)
        member = _clean_member(member)
        with self._s.store.write() as session:
            row = self._member(session, member_id, must_be_current=False)
            if row.version != expected_version:
                raise RoscError("edited_elsewhere", entity="network_member")
            for name, value in member.__dict__.items():
                setattr(row, name, value)
            session.add(row)
            self._s.audit(session, "network_member_edited", "participant", row.participant_id,
                          {"member": row.id})
            record_change(Kind.NETWORK, participant_id=row.participant_id)
        return self.member(member_id)

    def change_tie(self, member_id: str, tie: TieInput, on: date | None = None) -> MemberView:
        """Record how the tie is now, dated `on` (default today); the earlier states stay in the history."""
        self._s.require(Action.EDIT_PLAN)
        tie = _clean_tie(tie)
        with self._s.store.write() as session:
            row = self._member(session, member_id)
            on = check_date(on or center_today(), "on", not_before=row.added_on)
            session.add(NetworkTie(member_id=row.id, effective_on=on, recorded_by=self._s.actor.staff_id,
                                   **tie.__dict__))
            self._s.audit(session, "network_tie_changed", "participant", row.participant_id, {"member": row.id})
            record_change(Kind.NETWORK, participant_id=row.participant_id)
        return self.member(member_id)

    def move_member(self, member_id: str, x: float, y: float) -> tuple[float, float]:
        """Save where the member sits on the map; returns the position kept (inside the map)."""
        return self.save_positions({member_id: (x, y)})[member_id]

    def save_positions(self, positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
        """Save several positions at once (an automatic layout, or a drag) in one transaction."""
        self._s.require(Action.EDIT_PLAN)
        kept: dict[str, tuple[float, float]] = {}
        with self._s.store.write() as session:
            participants: set[str] = set()
            for member_id, (x, y) in positions.items():
                row = self._member(session, member_id, must_be_current=False)
                x, y, _ = clamp_to_map(float(x), float(y))
                if row.pos_x != x or row.pos_y != y:
                    row.pos_x, row.pos_y = x, y
                    session.add(row)
                    participants.add(row.participant_id)
                kept[member_id] = (x, y)
            for participant_id in participants:
                self._s.audit(session, "network_arranged", "participant", participant_id)
                record_change(Kind.NETWORK, participant_id=participant_id)
        return kept

    def remove_member(self, member_id: str, reason: str = "", on: date | None = None) -> None:
        """Take a member off the map from day `on`. The member stays in the history before that day, and
        their links to other members end the same day."""
        self._s.require(Action.EDIT_PLAN)
        reason = clean_text(reason, "reason", 500, multiline=True)
        with self._s.store.write() as session:
            row = self._member(session, member_id)
            on = check_date(on or center_today(), "on", not_before=row.added_on)
            row.removed_on, row.removed_reason = on, reason
            session.add(row)
            for link in self._links(session, row.participant_id):
                if link.removed_on is None and member_id in (link.member_a_id, link.member_b_id):
                    link.removed_on = on
                    session.add(link)
            self._s.audit(session, "network_member_removed", "participant", row.participant_id,
                          {"member": row.id})
            record_change(Kind.NETWORK, participant_id=row.participant_id)

    def link_members(self, member_a_id: str, member_b_id: str, note: str = "") -> LinkView:
        """Note that two members know each other (drawn as a thin line between them)."""
        self._s.require(Action.EDIT_PLAN)
        note = clean_text(note, "note", 500)
        if member_a_id == member_b_id:
            raise ValidationError("link_to_self", field="member_b_id")
        with self._s.store.write() as session:
            a = self._member(session, member_a_id)
            b = self._member(session, member_b_id)
            if a.participant_id != b.participant_id:
                raise ValidationError("link_other_network", field="member_b_id")
            pair = {member_a_id, member_b_id}
            if any({lk.member_a_id, lk.member_b_id} == pair and lk.removed_on is None
                   for lk in self._links(session, a.participant_id)):
                raise ValidationError("link_exists", field="member_b_id")
            link = MemberLink(participant_id=a.participant_id, member_a_id=member_a_id, member_b_id=member_b_id,
                              note=note, added_on=max(center_today(), a.added_on, b.added_on))
            session.add(link)
            session.flush()
            self._s.audit(session, "network_link_added", "participant", a.participant_id, {"link": link.id})
            record_change(Kind.NETWORK, participant_id=a.participant_id)
            return LinkView(link.id, link.member_a_id, link.member_b_id, link.note, link.added_on)

    def unlink(self, link_id: str) -> None:
        self._s.require(Action.EDIT_PLAN)
        with self._s.store.write() as session:
            link = session.get(MemberLink, link_id)
            if link is None or link.deleted_at is not None or link.removed_on is not None:
                raise RoscError("link_not_found")
            live_participant(session, link.participant_id)
            link.removed_on = max(center_today(), link.added_on)
            session.add(link)
            self._s.audit(session, "network_link_removed", "participant", link.participant_id, {"link": link.id})
            record_change(Kind.NETWORK, participant_id=link.participant_id)

    def rate(self, member_id: str, rating: str, note: str = "", *, check_in_id: str | None = None,
             on: date | None = None) -> RatingView:
        """Answer "how is this connection working?" for one tie, usually during a check-in."""
        self._s.require(Action.EDIT_PLAN)
        rating = _choice(rating, ConnectionRating, "rating")
        note = clean_text(note, "note", 1000, multiline=True)
        with self._s.store.write() as session:
            row = self._member(session, member_id)
            on = check_date(on or center_today(), "rated_on", not_before=row.added_on)
            saved = TieRating(member_id=member_id, check_in_id=check_in_id, rated_on=on, rating=rating, note=note,
                              recorded_by=self._s.actor.staff_id)
            session.add(saved)
            session.flush()
            self._s.audit(session, "network_tie_rated", "participant", row.participant_id, {"member": row.id})
            record_change(Kind.NETWORK, participant_id=row.participant_id)
            return _rating_view(saved)

    # -- helpers ----------------------------------------------------------------------------------------

    def _member(self, session: Session, member_id: str, must_be_current: bool = True) -> NetworkMember:
        row = session.get(NetworkMember, member_id)
        if row is None or row.deleted_at is not None:
            raise RoscError("member_not_found")
        live_participant(session, row.participant_id)
        if must_be_current and row.removed_on is not None:
            raise RoscError("member_removed")
        return row

    @staticmethod
    def _members(session: Session, participant_id: str) -> list[NetworkMember]:
        return list(session.exec(select(NetworkMember).where(NetworkMember.participant_id == participant_id,
                                                             col(NetworkMember.deleted_at).is_(None))).all())

    @staticmethod
    def _links(session: Session, participant_id: str) -> list[MemberLink]:
        return list(session.exec(select(MemberLink).where(MemberLink.participant_id == participant_id,
                                                          col(MemberLink.deleted_at).is_(None))).all())

    def _load(self, session: Session, participant_id: str):
        """Everything the history needs, in four queries; days are then computed in memory."""
        members = self._members(session, participant_id)
        ids = [m.id for m in members]
        ties = list(session.exec(select(NetworkTie).where(col(NetworkTie.member_id).in_(ids),
                                                          col(NetworkTie.deleted_at).is_(None)))) if ids else []
        ratings = list(session.exec(select(TieRating).where(col(TieRating.member_id).in_(ids),
                                                            col(TieRating.deleted_at).is_(None)))) if ids else []
        # Same-day states: the one recorded last wins (hlc orders edits, even across sites).
        ties.sort(key=lambda t: (t.effective_on, t.hlc, t.created_at))
        ratings.sort(key=lambda r: (r.rated_on, r.hlc, r.created_at))
        return members, ties, ratings, self._links(session, participant_id)

    def _snapshot(self, session: Session, participant_id: str, on: date,
                  include_removed: bool = False) -> NetworkSnapshot:
        loaded = self._load(session, participant_id)
        members = self._members_on(loaded, on, include_removed)
        present = {m.id for m in members if m.removed_on is None or m.removed_on > on}
        links = tuple(LinkView(lk.id, lk.member_a_id, lk.member_b_id, lk.note, lk.added_on) for lk in loaded[3]
                      if lk.added_on <= on and (lk.removed_on is None or lk.removed_on > on)
                      and lk.member_a_id in present and lk.member_b_id in present)
        return NetworkSnapshot(participant_id, on, tuple(members), links)

    @staticmethod
    def _members_on(loaded, on: date, include_removed: bool = False) -> list[MemberView]:
        members, ties, ratings, _links = loaded
        tie_on: dict[str, NetworkTie] = {}
        for tie in ties:
            if tie.effective_on <= on:
                tie_on[tie.member_id] = tie  # sorted oldest first, so the last one standing is current
        rating_on: dict[str, TieRating] = {}
        for rating in ratings:
            if rating.rated_on <= on:
                rating_on[rating.member_id] = rating
        views = []
        for m in members:
            here = m.added_on <= on and (m.removed_on is None or m.removed_on > on)
            if not (here or (include_removed and m.added_on <= on)):
                continue
            views.append(_member_view(m, tie_on.get(m.id), rating_on.get(m.id)))
        return sorted(views, key=lambda v: (v.added_on, _name_key(v.name), v.id))


def _change_days(loaded) -> list[date]:
    """The days anything in a loaded network changed: members joining or leaving, tie states, links."""
    members, ties, _ratings, links = loaded
    days: set[date] = {t.effective_on for t in ties}
    for row in (*members, *links):
        days.add(row.added_on)
        if row.removed_on:
            days.add(row.removed_on)
    return sorted(d for d in days if d <= center_today())


def _member_view(m: NetworkMember, tie: NetworkTie | None, rating: TieRating | None) -> MemberView:
    position: tuple[float, float] | None = None
    outside = False
    if m.pos_x is not None and m.pos_y is not None:
        x, y, outside = clamp_to_map(m.pos_x, m.pos_y)
        position = (x, y)
    tie_view = None
    if tie is not None:
        tie_view = TieView(tie.effective_on, tie.strength, tie.nature, tie.direction, tie.frequency,
                           tie.known_since, tie.note)
    return MemberView(m.id, m.version, m.participant_id, m.name, m.kind, m.domain, m.relationship, m.phone,
                      m.email, m.address, m.directory_ref, position, outside, m.added_on, m.removed_on, tie_view,
                      _rating_view(rating) if rating else None)


def _rating_view(r: TieRating) -> RatingView:
    return RatingView(r.id, r.member_id, r.rated_on, r.rating, r.note, r.check_in_id)


__all__ = ["MAP_RADIUS", "LinkView", "MemberInput", "MemberView", "NetworkChange", "NetworkMetrics",
           "NetworkService", "NetworkSnapshot", "RatingView", "TieInput", "TieView", "clamp_to_map",
           "compute_metrics"]
