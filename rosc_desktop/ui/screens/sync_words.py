"""Words the Sync screen and its dialogs share: kinds of records, moments, bundle states and notices."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from rosc_desktop.placeholders import fill
from rosc_desktop.ui.messages import message_for
from rosc_desktop.ui.days import format_moment

CONTEXT = "SyncWords"

TABLES = {
    "participant": QT_TRANSLATE_NOOP("SyncWords", "Participants"),
    "consent": QT_TRANSLATE_NOOP("SyncWords", "Consents"),
    "intake": QT_TRANSLATE_NOOP("SyncWords", "Intakes"),
    "recovery_capital_assessment": QT_TRANSLATE_NOOP("SyncWords", "BARC-10 assessments"),
    "goal": QT_TRANSLATE_NOOP("SyncWords", "Goals"),
    "goal_step": QT_TRANSLATE_NOOP("SyncWords", "Goal steps"),
    "gas_review": QT_TRANSLATE_NOOP("SyncWords", "Goal reviews"),
    "check_in": QT_TRANSLATE_NOOP("SyncWords", "Check-ins"),
    "follow_up": QT_TRANSLATE_NOOP("SyncWords", "Follow-ups"),
    "setback_plan": QT_TRANSLATE_NOOP("SyncWords", "Setback plans"),
    "setback_event": QT_TRANSLATE_NOOP("SyncWords", "Setbacks"),
    "network_member": QT_TRANSLATE_NOOP("SyncWords", "Network members"),
    "network_tie": QT_TRANSLATE_NOOP("SyncWords", "Network ties"),
    "member_link": QT_TRANSLATE_NOOP("SyncWords", "Links between members"),
    "tie_rating": QT_TRANSLATE_NOOP("SyncWords", "Tie ratings"),
    "referral": QT_TRANSLATE_NOOP("SyncWords", "Referrals"),
    "referral_event": QT_TRANSLATE_NOOP("SyncWords", "Referral steps"),
    "directory_organization": QT_TRANSLATE_NOOP("SyncWords", "Directory organizations"),
    "directory_service": QT_TRANSLATE_NOOP("SyncWords", "Directory services"),
    "directory_location": QT_TRANSLATE_NOOP("SyncWords", "Directory locations"),
    "directory_service_at_location": QT_TRANSLATE_NOOP("SyncWords", "Services at locations"),
    "directory_correction": QT_TRANSLATE_NOOP("SyncWords", "Directory corrections"),
    "partner": QT_TRANSLATE_NOOP("SyncWords", "Partner agencies"),
}

NOTICES = {
    "clock_ahead": QT_TRANSLATE_NOOP(
        "SyncWords", "The sending computer's clock is ahead of this one by more than a day. Its changes are "
                     "still taken in order; ask them to check the date and time."),
    "gap_forced": QT_TRANSLATE_NOOP(
        "SyncWords", "Applied although earlier changes had not arrived; records that clash were put in the review "
                     "queue."),
    "peer_rotation_accepted": QT_TRANSLATE_NOOP(
        "SyncWords", "The sending site has started a key change; bundles for it are now encrypted to both keys."),
    "peer_rotation_finished": QT_TRANSLATE_NOOP(
        "SyncWords", "The sending site has finished its key change."),
    "peer_rotation_refused": QT_TRANSLATE_NOOP(
        "SyncWords", "The sending site announced a key change that does not check out (not signed by its current "
                     "key, or damaged), so its key was not changed. Ask them to export again."),
    "withdrawal_backups_replaced": QT_TRANSLATE_NOOP(
        "SyncWords", "A withdrawal of consent was applied: a fresh backup was made and the older backups, which "
                     "still held what was withdrawn, were deleted."),
    "audit_chain_rewritten": QT_TRANSLATE_NOOP(
        "SyncWords", "The center's audit chain does not match what the hub saw at the last sync: events already "
                     "synced were changed or removed since, or a backup was restored there. Look into it with "
                     "the database check."),
    "withdrawal_backups_pending": QT_TRANSLATE_NOOP(
        "SyncWords", "A withdrawal of consent was applied, but a fresh backup could not be made (is the disk "
                     "full?). The older backups still hold what was withdrawn until the next sign-in or bundle "
                     "import replaces them."),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def table_word(table: str) -> str:
    text = TABLES.get(table)
    return _translated(text) if text else table


def notice_word(code: str) -> str:
    text = NOTICES.get(code)
    return _translated(text) if text else code


def when_text(moment: datetime | str | None) -> str:
    """A moment in this computer's time zone, written the local way; "never" for none."""
    if moment is None or moment == "":
        return QCoreApplication.translate("SyncWords", "never")
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
        except ValueError:
            return moment
    return format_moment(moment)  # a naive moment is read as UTC, as the store keeps it


def range_text(seq_from: int, seq_to: int) -> str:
    if seq_to < seq_from:
        return QCoreApplication.translate("SyncWords", "no changes")
    if seq_from == seq_to:
        return fill(QCoreApplication.translate("SyncWords", "change %1"), str(seq_from))
    return fill(QCoreApplication.translate("SyncWords", "changes %1–%2"), str(seq_from), str(seq_to))


def status_word(entry: Any) -> str:
    """A bundle log entry's status in words, with the reason where there is one."""
    status = entry.status
    if status == "exported":
        return QCoreApplication.translate("SyncWords", "Exported")
    if status == "acknowledged":
        return QCoreApplication.translate("SyncWords", "Acknowledged by the other side")
    if status == "applied":
        if entry.reason == "gap_forced":
            return QCoreApplication.translate("SyncWords", "Applied anyway, with earlier changes missing")
        return QCoreApplication.translate("SyncWords", "Applied")
    if status == "held":
        counts = entry.counts or {}
        missing = range_text(int(counts.get("missing_from", 0)), int(counts.get("missing_to", 0)))
        return fill(QCoreApplication.translate("SyncWords", "Held: %1 missing"), missing)
    if status == "released":
        return QCoreApplication.translate("SyncWords", "Released (applied after waiting)")
    if status == "replay":
        return QCoreApplication.translate("SyncWords", "Already imported")
    if status == "refused":
        return fill(QCoreApplication.translate("SyncWords", "Refused: %1"), message_for(entry.reason, {}))
    if status == "quarantined":
        return fill(QCoreApplication.translate("SyncWords", "Quarantined: %1"), message_for(entry.reason, {}))
    return status
