"""The words for the support network's vocabularies, shared by the screens, the exported map and (later) the
printed plan, so a domain or a tie is called the same thing everywhere.

Marked with QT_TRANSLATE_NOOP in the "Network" context and translated when asked for, through i18n (the one
place below ui/ that touches Qt's translator).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rosc_desktop.enums import (
    ConnectionRating,
    ContactFrequency,
    MemberKind,
    NetworkDomain,
    SupportDirection,
    TieNature,
    TieStrength,
)
from rosc_desktop.documents.ecomap import Labels
from rosc_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Network"

DOMAINS: Mapping[str, str] = {
    NetworkDomain.FAMILY: QT_TRANSLATE_NOOP("Network", "Family"),
    NetworkDomain.FRIENDS: QT_TRANSLATE_NOOP("Network", "Friends"),
    NetworkDomain.PEER_RECOVERY: QT_TRANSLATE_NOOP("Network", "Peers and sponsor"),
    NetworkDomain.MUTUAL_AID: QT_TRANSLATE_NOOP("Network", "Mutual-aid groups"),
    NetworkDomain.FAITH: QT_TRANSLATE_NOOP("Network", "Faith and spiritual"),
    NetworkDomain.COMMUNITY: QT_TRANSLATE_NOOP("Network", "Community and clubs"),
    NetworkDomain.CLINICAL: QT_TRANSLATE_NOOP("Network", "Clinical care"),
    NetworkDomain.HOUSING: QT_TRANSLATE_NOOP("Network", "Housing"),
    NetworkDomain.WORK_EDUCATION: QT_TRANSLATE_NOOP("Network", "Work and education"),
    NetworkDomain.LEGAL_BENEFITS: QT_TRANSLATE_NOOP("Network", "Legal and benefits"),
}

KINDS: Mapping[str, str] = {
    MemberKind.PERSON: QT_TRANSLATE_NOOP("Network", "Person"),
    MemberKind.GROUP: QT_TRANSLATE_NOOP("Network", "Group"),
    MemberKind.ORGANISATION: QT_TRANSLATE_NOOP("Network", "Organisation or service"),
}

STRENGTHS: Mapping[str, str] = {
    TieStrength.STRONG: QT_TRANSLATE_NOOP("Network", "Strong"),
    TieStrength.MODERATE: QT_TRANSLATE_NOOP("Network", "Moderate"),
    TieStrength.WEAK: QT_TRANSLATE_NOOP("Network", "Weak"),
}

NATURES: Mapping[str, str] = {
    TieNature.SUPPORTIVE: QT_TRANSLATE_NOOP("Network", "Supportive"),
    TieNature.STRESSFUL: QT_TRANSLATE_NOOP("Network", "Stressful"),
    TieNature.MIXED: QT_TRANSLATE_NOOP("Network", "Mixed"),
}

DIRECTIONS: Mapping[str, str] = {
    SupportDirection.RECEIVES: QT_TRANSLATE_NOOP("Network", "They support me"),
    SupportDirection.GIVES: QT_TRANSLATE_NOOP("Network", "I support them"),
    SupportDirection.BOTH: QT_TRANSLATE_NOOP("Network", "We support each other"),
}

FREQUENCIES: Mapping[str, str] = {
    ContactFrequency.DAILY: QT_TRANSLATE_NOOP("Network", "Every day"),
    ContactFrequency.WEEKLY: QT_TRANSLATE_NOOP("Network", "Every week"),
    ContactFrequency.MONTHLY: QT_TRANSLATE_NOOP("Network", "Every month"),
    ContactFrequency.FEW_TIMES_A_YEAR: QT_TRANSLATE_NOOP("Network", "A few times a year"),
    ContactFrequency.RARELY: QT_TRANSLATE_NOOP("Network", "Rarely"),
}

RATINGS: Mapping[str, str] = {
    ConnectionRating.WORKING_WELL: QT_TRANSLATE_NOOP("Network", "Working well"),
    ConnectionRating.MIXED: QT_TRANSLATE_NOOP("Network", "Some good, some not"),
    ConnectionRating.NOT_WORKING: QT_TRANSLATE_NOOP("Network", "Not working"),
}

for _table, _enum in ((DOMAINS, NetworkDomain), (KINDS, MemberKind), (STRENGTHS, TieStrength),
                      (NATURES, TieNature), (DIRECTIONS, SupportDirection), (FREQUENCIES, ContactFrequency),
                      (RATINGS, ConnectionRating)):
    assert list(_table) == list(_enum), _enum


def word(table: Mapping[str, str], value: str) -> str:
    """The translated word for `value` from one of the tables above; an unknown value (from a newer version
    of the app, through sync) is shown as it is rather than hidden."""
    source = table.get(value)
    return translate(CONTEXT, source) if source is not None else value


# Short marks printed inside each member's shape, so the domain reads without colour (grey print).
DOMAIN_ABBREVIATIONS: Mapping[str, str] = {
    NetworkDomain.FAMILY: QT_TRANSLATE_NOOP("Network", "FAM"),
    NetworkDomain.FRIENDS: QT_TRANSLATE_NOOP("Network", "FR"),
    NetworkDomain.PEER_RECOVERY: QT_TRANSLATE_NOOP("Network", "PR"),
    NetworkDomain.MUTUAL_AID: QT_TRANSLATE_NOOP("Network", "MA"),
    NetworkDomain.FAITH: QT_TRANSLATE_NOOP("Network", "FTH"),
    NetworkDomain.COMMUNITY: QT_TRANSLATE_NOOP("Network", "COM"),
    NetworkDomain.CLINICAL: QT_TRANSLATE_NOOP("Network", "CLN"),
    NetworkDomain.HOUSING: QT_TRANSLATE_NOOP("Network", "HSG"),
    NetworkDomain.WORK_EDUCATION: QT_TRANSLATE_NOOP("Network", "W/E"),
    NetworkDomain.LEGAL_BENEFITS: QT_TRANSLATE_NOOP("Network", "L/B"),
}
assert list(DOMAIN_ABBREVIATIONS) == list(NetworkDomain)

# The legend explains lines and arrows in full sentences, where the forms use the short words above.
_LEGEND_STRENGTHS: Mapping[str, str] = {
    TieStrength.STRONG: QT_TRANSLATE_NOOP("Network", "Strong"),
    TieStrength.MODERATE: QT_TRANSLATE_NOOP("Network", "Moderate"),
    TieStrength.WEAK: QT_TRANSLATE_NOOP("Network", "Weak / tenuous"),
}
_LEGEND_NATURES: Mapping[str, str] = {
    TieNature.SUPPORTIVE: QT_TRANSLATE_NOOP("Network", "Supportive"),
    TieNature.STRESSFUL: QT_TRANSLATE_NOOP("Network", "Stressful"),
    TieNature.MIXED: QT_TRANSLATE_NOOP("Network", "Mixed: supportive and stressful"),
}
_LEGEND_DIRECTIONS: Mapping[str, str] = {
    SupportDirection.RECEIVES: QT_TRANSLATE_NOOP("Network", "They support the person"),
    SupportDirection.GIVES: QT_TRANSLATE_NOOP("Network", "The person supports them"),
    SupportDirection.BOTH: QT_TRANSLATE_NOOP("Network", "Support both ways"),
}


def map_labels() -> Labels:
    """Every word the eco-map drawing shows, in the current interface language (English when none)."""
    return map_labels_in(translate)


def map_labels_in(translate: Callable[[str, str], str]) -> Labels:
    """Every word the eco-map drawing shows, through `translate` (context, source) -> text: for a document
    in the participant's language, pass i18n.translator_for(language)."""
    def table(source: Mapping[str, str]) -> dict[str, str]:
        return {key: translate(CONTEXT, text) for key, text in source.items()}

    return Labels(
        domains=table(DOMAINS),
        domain_abbreviations=table(DOMAIN_ABBREVIATIONS),
        strengths=table(_LEGEND_STRENGTHS),
        natures=table(_LEGEND_NATURES),
        directions=table(_LEGEND_DIRECTIONS),
        kinds=table(KINDS),
        legend_title=translate(CONTEXT, QT_TRANSLATE_NOOP("Network", "Key")),
        sectors_heading=translate(CONTEXT, QT_TRANSLATE_NOOP("Network", "Areas of life")),
        ties_heading=translate(CONTEXT, QT_TRANSLATE_NOOP("Network", "Ties")),
        directions_heading=translate(CONTEXT, QT_TRANSLATE_NOOP("Network", "Which way support flows")),
        kinds_heading=translate(CONTEXT, QT_TRANSLATE_NOOP("Network", "Shapes")),
        link=translate(CONTEXT, QT_TRANSLATE_NOOP("Network", "Members who know each other")),
        participant=translate(CONTEXT, QT_TRANSLATE_NOOP("Network", "The person")),
        member=translate(CONTEXT, QT_TRANSLATE_NOOP("Network", "Member")),
    )
