"""Plain-language words for the error codes services raise. Codes and parameters in, translated text out.

Messages never repeat participant data; they say what happened and what the person can do next.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from rosc_desktop.errors import PermissionDenied, RoscError, ValidationError
from rosc_desktop.i18n import Context
from rosc_desktop.placeholders import fill

log = logging.getLogger(__name__)
Messages = Context("Messages")  # for plurals: lupdate reads QCoreApplication.translate(..., None, n) as no plural


def message_for(code: str, params: dict[str, object]) -> str:
    """The sentence for one error code (unknown codes get a general sentence, never a crash)."""
    p = params
    # Plurals go through Messages.tr(text, None, count) so that lupdate extracts them as plural messages.
    limit = int(str(p.get("limit", 0)))
    seconds = int(str(p.get("seconds", 1)))
    texts = {
        "required": lambda: QCoreApplication.translate("Messages", "This field is required."),
        "too_long": lambda: Messages.tr("This is too long: at most %n characters.", None, limit),
        "date_in_future": lambda: QCoreApplication.translate("Messages", "This date is in the future."),
        "date_too_early": lambda: fill(QCoreApplication.translate("Messages", "This date is too early (earliest %1)."), str(p.get("earliest", ""))),
        "phone_invalid": lambda: QCoreApplication.translate("Messages", "Use digits, spaces and + ( ) - . / only, with at least 3 digits."),
        "email_invalid": lambda: QCoreApplication.translate("Messages", "This does not look like an email address."),
        "pathway_unknown": lambda: QCoreApplication.translate("Messages", "Unknown recovery pathway."),
        "language_unknown": lambda: QCoreApplication.translate("Messages", "Choose a language from the list."),
        "barc10_incomplete": lambda: QCoreApplication.translate("Messages", "Please answer all 10 statements."),
        "barc10_answer_range": lambda: QCoreApplication.translate("Messages", "Each answer is from 1 (strongly disagree) to 6 (strongly agree)."),
        "password_too_short": lambda: Messages.tr("The password needs at least %n characters.", None, int(str(p.get("minimum", 8)))),
        "passwords_differ": lambda: QCoreApplication.translate("Messages", "The two passwords are not the same."),
        "username_invalid": lambda: QCoreApplication.translate("Messages", "User names use lower-case letters, digits, dots, dashes or underscores (2 to 64)."),
        "username_taken": lambda: QCoreApplication.translate("Messages", "This user name is already taken."),
        # staff administration (services/staff.py)
        "password_is_username": lambda: QCoreApplication.translate("Messages", "The password must not contain the user name: anyone could guess it."),
        "password_too_common": lambda: QCoreApplication.translate("Messages", "This password is among the first ones anybody would try. Choose another."),
        "password_unchanged": lambda: QCoreApplication.translate("Messages", "The new password must differ from the old one."),
        "password_not_temporary": lambda: QCoreApplication.translate("Messages", "Your password is your own already: change it in Settings."),
        "role_unknown": lambda: QCoreApplication.translate("Messages", "Choose a role from the list: peer specialist, coordinator or admin."),
        "last_admin": lambda: QCoreApplication.translate("Messages", "This is the center's last active admin. Make someone else an admin first."),
        "deactivate_self": lambda: QCoreApplication.translate("Messages", "You cannot switch off your own account. Ask another admin."),
        "staff_not_found": lambda: QCoreApplication.translate("Messages", "There is no account with that user name."),
        "field_unknown": lambda: QCoreApplication.translate("Messages", "That is not one of the center's details."),
        "nothing_to_change": lambda: QCoreApplication.translate("Messages", "Say what to change (for example --phone)."),
        "display_name_invalid": lambda: QCoreApplication.translate("Messages", "Please enter the person's name (at most 120 characters)."),
        "center_name_invalid": lambda: QCoreApplication.translate("Messages", "Please enter the center's name (at most 120 characters)."),
        "site_code_invalid": lambda: QCoreApplication.translate("Messages", "Site codes are 2 to 16 capital letters, digits or dashes, like RCC-01."),
        "idle_minutes_range": lambda: fill(QCoreApplication.translate("Messages", "Choose between %1 and %2 minutes."), str(p.get("minimum")), str(p.get("maximum"))),
        "signin_failed": lambda: QCoreApplication.translate("Messages", "The user name or password is not right. Please try again."),
        "signin_wait": lambda: Messages.tr("Too many attempts. Please wait %n second(s) and try again.", None, seconds),
        "recovery_key_wrong": lambda: QCoreApplication.translate("Messages", "That recovery key does not open this database."),
        "account_inactive": lambda: QCoreApplication.translate("Messages", "This account is switched off. Ask an admin."),
        "old_password_wrong": lambda: QCoreApplication.translate("Messages", "That is not your current password."),
        "keyring_missing": lambda: QCoreApplication.translate("Messages", "The sign-in file (keyring.json) is missing beside the database. Restore it from a copy: without it the database cannot be opened."),
        "keyring_unreadable": lambda: QCoreApplication.translate("Messages", "The sign-in file (keyring.json) is damaged or not ours. Restore it from a backup."),
        "keyring_unsupported": lambda: QCoreApplication.translate("Messages", "The sign-in file was made by a newer version. Please update ROSC Desktop."),
        "database_unreadable": lambda: QCoreApplication.translate("Messages", "The database file cannot be opened: it is damaged, or it is not a ROSC Desktop database, or it belongs to another key. Nothing was changed."),
        "database_missing": lambda: QCoreApplication.translate("Messages", "The database file is missing. Restore it from the backups folder."),
        "database_too_new": lambda: QCoreApplication.translate("Messages", "This database was written by a newer version of ROSC Desktop. Please update the app."),
        "database_exists": lambda: QCoreApplication.translate("Messages", "A database already exists in this folder."),
        # PostgreSQL hub store (store/postgres.py, store/backup.py)
        "database_server_unreachable": lambda: fill(QCoreApplication.translate("Messages", "The hub's database server (%1) cannot be reached. Check that it is running and that this computer can reach it, then try again."), str(p.get("server", ""))),
        "database_login_failed": lambda: fill(QCoreApplication.translate("Messages", "The hub's database server (%1) did not accept the database user name or password. Check the database settings with whoever runs the server."), str(p.get("server", ""))),
        "database_not_found": lambda: fill(QCoreApplication.translate("Messages", "The hub's database server (%1) has no database of that name. Check the database address in the settings."), str(p.get("server", ""))),
        "database_url_invalid": lambda: QCoreApplication.translate("Messages", "The database address is not a PostgreSQL address (postgresql://user@host/database)."),
        "backup_tool_missing": lambda: fill(QCoreApplication.translate("Messages", "The hub's database cannot be backed up here: the PostgreSQL tool %1 is not installed. Install the PostgreSQL client tools, or back the server up there."), str(p.get("tool", "pg_dump"))),
        "backup_dump_failed": lambda: fill(QCoreApplication.translate("Messages", "pg_dump could not back up the hub's database (exit status %1). Nothing was changed; ask whoever runs the server."), str(p.get("status", ""))),
        "not_on_postgresql": lambda: QCoreApplication.translate("Messages", "This cannot be done on a hub whose database is on a PostgreSQL server."),
        "disk_full": lambda: QCoreApplication.translate("Messages", "The disk is full, so nothing was saved. Your typing is still here: free some space and save again."),
        "disk_error": lambda: QCoreApplication.translate("Messages", "The disk could not be written, so nothing was saved. Your typing is still here."),
        "signed_out": lambda: QCoreApplication.translate("Messages", "You are signed out, so this was not done. Sign in and try again."),
        "goal_not_found": lambda: QCoreApplication.translate("Messages", "This goal is not there any more."),
        "domain_unknown": lambda: QCoreApplication.translate("Messages", "Choose a life area from the list."),
        "weight_range": lambda: QCoreApplication.translate("Messages", "Importance is a number above 0, at most 10."),
        "target_before_set": lambda: QCoreApplication.translate("Messages", "The target date cannot be before the day the goal was set."),
        "gas_levels_incomplete": lambda: QCoreApplication.translate("Messages", "Write all five levels with the person."),
        "gas_level_range": lambda: QCoreApplication.translate("Messages", "Choose one of the five levels, from −2 to +2."),
        "status_unknown": lambda: QCoreApplication.translate("Messages", "Choose a status from the list."),
        "helper_unknown": lambda: QCoreApplication.translate("Messages", "Choose who helps with this step."),
        "helper_gone": lambda: QCoreApplication.translate("Messages", "That helper is no longer active here or no longer in the network. Choose someone else."),
        "date_before_goal": lambda: QCoreApplication.translate("Messages", "This date is before the goal was set."),
        "mode_unknown": lambda: QCoreApplication.translate("Messages", "Choose how you were in touch."),
        "duration_range": lambda: QCoreApplication.translate("Messages", "The length is in minutes, from 1 to 1440."),
        "follow_up_in_past": lambda: QCoreApplication.translate("Messages", "A follow-up is for today or later."),
        "goal_unknown": lambda: QCoreApplication.translate("Messages", "One of the goals is not this person's any more. Reload and try again."),
        "no_supports_listed": lambda: QCoreApplication.translate("Messages", "No one is listed under “People to call” yet. Add the person's supports to the setback plan first."),
        "outreach_days_range": lambda: QCoreApplication.translate("Messages", "Choose between 1 and 3650 days."),
        "period_reversed": lambda: QCoreApplication.translate("Messages", "The end of the period is before its start."),
        "date_invalid": lambda: QCoreApplication.translate("Messages", "This date and time is not valid."),
        "edited_elsewhere": lambda: QCoreApplication.translate("Messages", "Someone saved this record while you were editing. Your changes are still here: copy what you need, reload, and save again."),
        "member_not_found": lambda: QCoreApplication.translate("Messages", "This member of the network is not there any more."),
        "member_removed": lambda: QCoreApplication.translate("Messages", "This member has been taken off the map. Their history is kept; add them again to record something new."),
        "member_same_name": lambda: QCoreApplication.translate("Messages", "Someone with this name is already in the network. Add them anyway only if this is another person."),
        "choice_unknown": lambda: QCoreApplication.translate("Messages", "Choose one of the options in the list."),
        "link_to_self": lambda: QCoreApplication.translate("Messages", "Choose two different members to link."),
        "link_other_network": lambda: QCoreApplication.translate("Messages", "Both members must be in this person's network."),
        "link_exists": lambda: QCoreApplication.translate("Messages", "These two members are already linked."),
        "link_not_found": lambda: QCoreApplication.translate("Messages", "This link is not there any more."),
        "participant_not_found": lambda: QCoreApplication.translate("Messages", "This participant record is not there any more."),
        "not_owner": lambda: QCoreApplication.translate("Messages", "This record belongs to another site and cannot be edited here."),
        "site_not_set_up": lambda: QCoreApplication.translate("Messages", "This database has no center set up yet."),
        # sync: site keys, trust cards and bundle files
        "card_malformed": lambda: QCoreApplication.translate("Messages", "This is not a ROSC trust card, or part of it is missing. Copy or scan the whole card again."),
        "fingerprint_mismatch": lambda: QCoreApplication.translate("Messages", "The fingerprint read back does not match this card. Nothing was enrolled: call the other site again and compare every group."),
        "peer_key_changed": lambda: QCoreApplication.translate("Messages", "This site is already enrolled with a different key. Check with them by phone before replacing it."),
        "peer_role_mismatch": lambda: QCoreApplication.translate("Messages", "This card is for a hub where a center was expected, or the other way round."),
        "peer_role_invalid": lambda: QCoreApplication.translate("Messages", "Choose whether the other site is the hub or a center."),
        "peer_is_self": lambda: QCoreApplication.translate("Messages", "This is this site's own trust card."),
        "peer_unknown": lambda: QCoreApplication.translate("Messages", "That site is not enrolled here yet. Enrol its trust card first."),
        "rotation_invalid": lambda: QCoreApplication.translate("Messages", "This key change announcement is damaged or is not for a site enrolled here."),
        "rotation_bad_signature": lambda: QCoreApplication.translate("Messages", "This key change announcement is not signed by the key enrolled for that site. It was not accepted."),
        "rotation_not_started": lambda: QCoreApplication.translate("Messages", "No key change has been started."),
        "bundle_wrong_key": lambda: QCoreApplication.translate("Messages", "This bundle was not encrypted for this site. Ask the sender which site it is for."),
        "bundle_unreadable": lambda: QCoreApplication.translate("Messages", "This bundle file is damaged or incomplete. Ask the sender for a new copy; nothing was changed."),
        "bundle_format_unsupported": lambda: (fill(QCoreApplication.translate("Messages", "This bundle was made by ROSC Desktop %1, which writes a newer bundle format. Update this app to %1 or later, then import it again. Nothing was changed."), str(p["app_version"])) if p.get("app_version") else QCoreApplication.translate("Messages", "This bundle was made by a newer version of ROSC Desktop. Update the app, then import it again.")),
        "bundle_unknown_sender": lambda: QCoreApplication.translate("Messages", "This bundle comes from a site that is not enrolled here. Enrol its trust card first."),
        "bundle_signature_invalid": lambda: QCoreApplication.translate("Messages", "This bundle's signature does not match its sender's enrolled key. It may have been altered; nothing was changed."),
        "bundle_not_for_us": lambda: QCoreApplication.translate("Messages", "This bundle is addressed to another site. Nothing was changed."),
        "bundle_damaged": lambda: QCoreApplication.translate("Messages", "Part of this bundle does not match its signed contents. Ask the sender for a new copy; nothing was changed."),
        "bundle_workdir_unsafe": lambda: QCoreApplication.translate("Messages", "The private work folder for opening bundles is not safe to use. Nothing was opened."),
        "bundle_workdir_write_failed": lambda: QCoreApplication.translate("Messages", "This computer's disk could not be written while opening the bundle (is it full?). The bundle itself may be fine."),
        # sync: export and import (sync/exchange.py)
        "bundle_rows_invalid": lambda: fill(QCoreApplication.translate("Messages", "This bundle is signed by its sender but its records cannot be read (section %1). Nothing was changed; ask the sender to update the app and export again."), str(p.get("section", ""))),
        "bundle_too_large": lambda: fill(QCoreApplication.translate("Messages", "Part of this bundle (section %1) unpacks to far more data than a bundle can hold, so it was not opened. Nothing was changed; ask the sender to export again."), str(p.get("section", ""))),
        "bundle_schema_newer": lambda: fill(QCoreApplication.translate("Messages", "This bundle was made by ROSC Desktop %3 (data format %1; this app reads up to %2). Update this app to %3 or later, then import it again. Nothing was changed."), str(p.get("version", "")), str(p.get("ours", "")), str(p.get("app_version", "?"))),
        "bundle_needs_capability": lambda: fill(QCoreApplication.translate("Messages", "This bundle needs a feature this version of ROSC Desktop does not have (%1). Update the app, then import it again. Nothing was changed."), str(p.get("capability", ""))),
        "bundle_profile_unexpected": lambda: QCoreApplication.translate("Messages", "This bundle is not the kind this site takes from its sender (a center sends to its hub, a hub to its centers). Nothing was changed."),
        "bundle_import_raced": lambda: QCoreApplication.translate("Messages", "Another import applied part of this bundle at the same moment. Nothing of this import was written: import it again."),
        "bundle_not_held": lambda: QCoreApplication.translate("Messages", "That bundle is no longer waiting: it was applied or released already."),
        "bundle_write_failed": lambda: QCoreApplication.translate("Messages", "The bundle could not be written to that folder. Check that the USB stick is in and not full, then try again."),
        "backup_damaged": lambda: QCoreApplication.translate("Messages", "The backup copy did not pass its check, so it was not kept: the database itself may be damaged. Older backups are untouched. Run the database check (rosc-desktop check)."),
        "database_damaged": lambda: (fill(QCoreApplication.translate("Messages", "The database file is damaged (a disk fault or a crash), so nothing more is written to it. The newest good backup was made %1: restore it with Restore from a backup… (the damaged file is then kept aside)."), str(p.get("made", ""))) if p.get("backup") else QCoreApplication.translate("Messages", "The database file is damaged (a disk fault or a crash), so nothing more is written to it, and no backup here passes its check. Keep the data folder as it is and ask for help; a backup on a USB stick can be restored with Restore from a backup…")),
        "database_upgrade_failed": lambda: QCoreApplication.translate("Messages", "The database could not be upgraded for this version of ROSC Desktop, so nothing was changed: the previous version still opens it, and a backup made just before is in the backups folder. Please report this."),
        "backup_file_invalid": lambda: QCoreApplication.translate("Messages", "This is not a ROSC Desktop backup, or it is damaged or incomplete. Nothing was changed."),
        "backup_folder_missing": lambda: QCoreApplication.translate("Messages", "That folder does not exist. Is the USB stick plugged in?"),
        "backup_write_failed": lambda: QCoreApplication.translate("Messages", "The backup could not be written there (the stick may be full, read-only or removed). Nothing was left behind; try another folder."),
        "backup_file_postgres": lambda: QCoreApplication.translate("Messages", "A hub on a database server is backed up on the server (pg_dump), not to a file from here."),
        "backup_failed": lambda: QCoreApplication.translate("Messages", "The database could not be backed up before applying the bundle, so nothing was applied. Free some disk space and try again."),
        "hub_mode_after_enrolment": lambda: QCoreApplication.translate("Messages", "This site already trusts other sites' cards, which name its role. Set up hub mode before enrolling any site."),
        "hub_mode_required": lambda: QCoreApplication.translate("Messages", "Cross-center reports are for a site set up as a hub."),
        # sync: transfers between centers (sync/transfer.py)
        "transfer_from_hub": lambda: QCoreApplication.translate("Messages", "A hub does not keep participants' records, so it has none to transfer."),
        "transfer_site_invalid": lambda: QCoreApplication.translate("Messages", "Choose the center the person is moving to from the hub's list (not this one). Import the hub's latest bundle if it is missing."),
        "transfer_needs_consent": lambda: QCoreApplication.translate("Messages", "The record can move only under a current written consent that names the receiving center, for care coordination, and covers at least contact details. Record that consent first."),
        "transfer_already_pending": lambda: QCoreApplication.translate("Messages", "A transfer of this record was already asked for. If it is held back (its consent no longer holds), cancel it on the Transfers page, then ask again."),
        "transfer_not_found": lambda: QCoreApplication.translate("Messages", "There is no transfer with that id."),
        "transfer_not_cancellable": lambda: QCoreApplication.translate("Messages", "Only a transfer that is still on its way can be cancelled."),
        "transfer_decline_reason": lambda: QCoreApplication.translate("Messages", "Choose why the record is declined from the list."),
        # Why a transfer is held back, refused, declined or cancelled (TransferView.reason)
        "transfer_consent_revoked": lambda: QCoreApplication.translate("Messages", "Held back: the consent was revoked. Cancel this transfer; if the person still wants to move, record a new consent and ask again."),
        "transfer_consent_expired": lambda: QCoreApplication.translate("Messages", "Held back: the consent has expired. Cancel this transfer; if the person still wants to move, record a new consent and ask again."),
        "transfer_consent_not_yet_effective": lambda: QCoreApplication.translate("Messages", "Held back: the consent has not started yet. It goes with the first bundle once it has."),
        "transfer_person_voided": lambda: QCoreApplication.translate("Messages", "Held back: this person's record was voided here. Cancel this transfer."),
        "transfer_package_failed": lambda: QCoreApplication.translate("Messages", "Held back: this person's record could not be packed, so it stayed here; the rest of the bundle went. Tell your support contact."),
        "transfer_cancelled": lambda: QCoreApplication.translate("Messages", "Cancelled at this center."),
        "transfer_cancelled_by_sender": lambda: QCoreApplication.translate("Messages", "The sending center took this transfer back."),
        "transfer_refused": lambda: fill(QCoreApplication.translate("Messages", "Refused at the receiving center: %1"), str(p.get("why", ""))),
        "transfer_refused_unverified": lambda: QCoreApplication.translate("Messages", "it could not check who sealed the package, or open it. Make sure both centers have the hub's latest bundle, then ask again."),
        "transfer_refused_incomplete": lambda: QCoreApplication.translate("Messages", "the package held no readable record. Ask again."),
        "transfer_declined_other": lambda: QCoreApplication.translate("Messages", "Declined at the receiving center."),
        "transfer_declined_person_not_here": lambda: QCoreApplication.translate("Messages", "Declined: the person has not come to the receiving center."),
        "transfer_declined_already_registered": lambda: QCoreApplication.translate("Messages", "Declined: the person is already registered at the receiving center."),
        "transfer_declined_wrong_center": lambda: QCoreApplication.translate("Messages", "Declined: the receiving center says it is the wrong center."),
        "transfer_not_waiting": lambda: QCoreApplication.translate("Messages", "This transfer was already accepted or declined."),
        "transfer_unverified": lambda: QCoreApplication.translate("Messages", "This transfer cannot be opened: it was not sealed for this center, or its sender's keys are not the ones the hub vouched for. Import the hub's latest bundle, then try again; if it still fails, decline it."),
        "transfer_incomplete": lambda: QCoreApplication.translate("Messages", "This transfer does not hold a readable record. Ask the sending center to send it again."),
        "site_keys_unreadable": lambda: QCoreApplication.translate("Messages", "This site's sync keys cannot be unlocked with this database's key. Restore the hub database from a backup, or set up new keys and enrol them again."),
        "cancelled": lambda: QCoreApplication.translate("Messages", "Cancelled. Nothing was written."),
        "sync_peer_not_hub": lambda: QCoreApplication.translate("Messages", "A center sends bundles to its hub only. Choose the hub's site."),
        "conflict_not_open": lambda: QCoreApplication.translate("Messages", "This item was already resolved."),
        "conflict_cannot_take_remote": lambda: QCoreApplication.translate("Messages", "The other version cannot simply replace this record. Keep this site's version, and settle the difference with the other site."),
        "conflict_still_blocked": lambda: QCoreApplication.translate("Messages", "The other version still points at a record this site does not have. Import the sender's next bundle first."),
        "hard_delete_refused": lambda: QCoreApplication.translate("Messages", "Records are never deleted outright; they can only be voided."),
        # referrals
        "choose_service": lambda: QCoreApplication.translate("Messages", "Choose a service from the list (type to find it)."),
        "service_not_active": lambda: QCoreApplication.translate("Messages", "This service is no longer running. Choose another one."),
        "status_backwards": lambda: QCoreApplication.translate("Messages", "A referral moves forward only. Choose one of the next steps."),
        "referral_closed": lambda: QCoreApplication.translate("Messages", "This referral is closed. Make a new referral instead."),
        "referral_not_found": lambda: QCoreApplication.translate("Messages", "This referral is not there any more."),
        "referral_not_connected": lambda: QCoreApplication.translate("Messages", "Only a connected referral can join the support network."),
        "already_in_network": lambda: QCoreApplication.translate("Messages", "This service is already on the person's support network."),
        # directory: entries, partners, and problems an import finds in a file
        "service_not_found": lambda: QCoreApplication.translate("Messages", "This directory entry is not there any more."),
        "directory_entry_not_found": lambda: QCoreApplication.translate("Messages", "This directory entry is not there any more."),
        "entry_from_hub": lambda: QCoreApplication.translate("Messages", "This entry comes from the hub and cannot be changed here. Suggest a correction instead."),
        "entry_is_local": lambda: QCoreApplication.translate("Messages", "This entry belongs to this center: edit it instead of suggesting a correction."),
        "partner_not_found": lambda: QCoreApplication.translate("Messages", "This partner agency is not there any more."),
        "import_blocked": lambda: QCoreApplication.translate("Messages", "This file cannot be imported. Nothing was changed."),
        "import_has_problems": lambda: QCoreApplication.translate("Messages", "The file changed or has problems since the preview. Preview it again. Nothing was changed."),
        "unsupported_format": lambda: QCoreApplication.translate("Messages", "This file format cannot be read here."),
        "hours_invalid": lambda: QCoreApplication.translate("Messages", "Check the opening hours: choose at least one day, and a closing time after the opening time."),
        "language_code_invalid": lambda: QCoreApplication.translate("Messages", "Choose languages from the list."),
        "url_invalid": lambda: QCoreApplication.translate("Messages", "Type a web address like www.example.org."),
        "country_invalid": lambda: QCoreApplication.translate("Messages", "Use the two-letter country code, like US."),
        "malformed_file": lambda: QCoreApplication.translate("Messages", "The file is damaged or not in the chosen format."),
        "duplicate_id": lambda: QCoreApplication.translate("Messages", "Two different records in the file have the same id."),
        "file_too_large": lambda: QCoreApplication.translate("Messages", "The file is too large to import."),
        "file_unreadable": lambda: QCoreApplication.translate("Messages", "The file could not be opened."),
        "not_a_directory_file": lambda: QCoreApplication.translate("Messages", "This is not a directory file."),
        "missing_field": lambda: QCoreApplication.translate("Messages", "A required field is empty; this row was not read."),
        "bad_id": lambda: QCoreApplication.translate("Messages", "This row's id is not a valid UUID; the row was not read."),
        "bad_value": lambda: QCoreApplication.translate("Messages", "A value in this row could not be read."),
        "broken_link": lambda: QCoreApplication.translate("Messages", "This row points to a record that is not in the file or the directory."),
        # directory interchange (sync engineer)
        "hub_file_over_local": lambda: QCoreApplication.translate("Messages", "This entry is your center's own; a hub file does not replace it. The row was not read."),
        # bounded input: directory files (sync/bounded.py, services/directory_import.py) and names
        "nesting_too_deep": lambda: QCoreApplication.translate("Messages", "The file nests its contents far deeper than a directory file does. It is damaged or not a directory file. Nothing was changed."),
        "text_not_unicode": lambda: QCoreApplication.translate("Messages", "The file holds a broken character (half of a pair that should come together) at this line. Ask whoever made the file for a corrected copy. Nothing was changed."),
        "archive_unreadable": lambda: QCoreApplication.translate("Messages", "The zip file is damaged or incomplete, locked with a password, or packed in a way this app does not read. Make or download it again as a plain zip. Nothing was changed."),
        "archive_too_large": lambda: QCoreApplication.translate("Messages", "Unpacked, this zip file would be larger than an import can take (50 MB, in at most 500 files). Nothing was changed."),
        "name_hidden_characters": lambda: QCoreApplication.translate("Messages", "This name holds invisible control or text-direction characters, often brought along by copy and paste. Type the name again."),
        "card_not_text": lambda: QCoreApplication.translate("Messages", "This file is not a trust card's text: it looks like a PDF, a picture or another kind of file. Give the text that starts with ROSC1:, copied from the card or from the text file sent with it."),
        # consents (42 CFR Part 2)
        "expiry_before_effective": lambda: QCoreApplication.translate("Messages", "The consent cannot end before it starts. Check the dates."),
        "information_kind_unknown": lambda: QCoreApplication.translate("Messages", "Choose the kinds of information from the list."),
        "consent_already_revoked": lambda: QCoreApplication.translate("Messages", "This consent is already revoked."),
        "revoked_before_signed": lambda: QCoreApplication.translate("Messages", "A consent cannot be revoked before the day it was signed."),
        "consent_not_found": lambda: QCoreApplication.translate("Messages", "This consent is not there any more."),
    }
    make = texts.get(code)
    if make is None:
        return fill(QCoreApplication.translate("Messages", "Something went wrong (%1). Nothing was changed."), code)
    return make()


def transfer_reason(status: str, reason: str) -> str:
    """Why a transfer stands as it does, in a sentence ("" when nothing needs saying)."""
    if status == "refused":
        why = message_for("transfer_refused_incomplete" if reason == "transfer_incomplete"
                          else "transfer_refused_unverified", {})
        return message_for("transfer_refused", {"why": why})
    if status == "declined":
        return message_for(f"transfer_declined_{reason or 'other'}", {})
    if not reason:
        return ""
    if reason.startswith("transfer_consent_") and reason not in (
            "transfer_consent_revoked", "transfer_consent_expired", "transfer_consent_not_yet_effective"):
        return message_for("transfer_needs_consent", {})
    return message_for(reason, {})


def describe_error(error: BaseException) -> tuple[str, str]:
    """A (title, sentence) pair for any error a screen may meet."""
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate("Messages", "Not allowed"), QCoreApplication.translate("Messages", "Your role does not allow this. Ask a coordinator or an admin.")
    if isinstance(error, ValidationError):
        return QCoreApplication.translate("Messages", "Please check"), message_for(error.code, error.params)
    if isinstance(error, RoscError):
        return QCoreApplication.translate("Messages", "Could not finish"), message_for(error.code, error.params)
    if isinstance(error, OSError):
        return QCoreApplication.translate("Messages", "Could not save"), fill(QCoreApplication.translate("Messages", "The file could not be written (%1). Nothing was changed."),
                                                                              os_reason(error))
    log.error("unexpected error: %s", type(error).__name__)
    return QCoreApplication.translate("Messages", "Something went wrong"), QCoreApplication.translate("Messages", "Something unexpected went wrong. Nothing was changed; please try again.")


def os_reason(error: OSError) -> str:
    """Why the system refused, in the interface's words: its own text (strerror) is English whatever the interface
    speaks, and a class name means nothing to anyone."""
    import errno

    reasons = {
        errno.ENOENT: lambda: QCoreApplication.translate("Messages", "the folder is not there: is the USB stick plugged in?"),
        errno.EACCES: lambda: QCoreApplication.translate("Messages", "this computer does not allow writing there"),
        errno.EPERM: lambda: QCoreApplication.translate("Messages", "this computer does not allow writing there"),
        errno.ENOSPC: lambda: QCoreApplication.translate("Messages", "the disk is full"),
        errno.EROFS: lambda: QCoreApplication.translate("Messages", "the disk cannot be written to"),
    }
    reason = reasons.get(error.errno or 0)
    return reason() if reason is not None else QCoreApplication.translate("Messages", "the disk or the folder refused it")
