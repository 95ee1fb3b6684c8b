"""A walk through what a person can open, in the real main window at a laptop's size: the start screens, every
main tab, every tab of a person's workspace (the person with the largest network in a demo center, and one with a
very long name) and the dialogs those screens open.

The fit test and the mnemonic test walk the same tour, so a screen added here is checked by both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from rosc_desktop import i18n
from rosc_desktop.clock import center_today
from rosc_desktop.paths import AppPaths
from rosc_desktop.services import demo, session
from rosc_desktop.services.consents import ConsentInput
from rosc_desktop.services.directory import PartnerInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.sync.sample_directory import load_sample_directory
from rosc_desktop.store import keyring as keyring_module
from tests.conftest import CHEAP_KDF

SCREEN = (1280, 720)
LONG_NAME = "María de los Ángeles Guadalupe Hernández-Villaseñor de la Cruz"


@dataclass(frozen=True)
class DemoCenter:
    paths: AppPaths
    rich_id: str  # the largest network, with goals, a referral and a consent
    long_name_id: str
    referral_id: str
    consent_id: str


@dataclass(frozen=True)
class Stop:
    name: str
    window: QWidget


def build_demo_center(root: Path) -> DemoCenter:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyring_module, "DEFAULT_KDF", CHEAP_KDF)
        paths = AppPaths(root).ensure()
        demo.build_demo_database(paths, participants=demo.DEMO_PLANS + 5, seed=1,
                                 load_directory=load_sample_directory)
        services = session.sign_in(paths, demo.DEMO_USERNAME, demo.DEMO_PASSWORD, make_backup=False)
        try:
            ids = services.participants.search("").ids
            rich = max(ids, key=lambda pid: len(services.network.current_members(pid)))
            long_name = services.participants.register(ParticipantInput(LONG_NAME, pronouns="she/her/ella")).id
            referral = services.referrals.refer(rich, services.directory.search("")[0].id, "housing")
            today = center_today()
            partner = services.directory.save_partner(PartnerInput("Harbor Housing Coalition of the Tri-County Area"))
            consent = services.consents.add(rich, ConsentInput(
                recipient_kind="partner", recipient_partner_id=partner.id, purpose_code="care_coordination",
                purpose="To coordinate housing support", information_kinds=["contact", "goals"],
                effective_on=today - timedelta(days=10), expires_on=today + timedelta(days=90),
                signed_on=today - timedelta(days=10))).id
            _activities_for_the_tour(services, ids[:3], long_name)
        finally:
            services.close()
    return DemoCenter(paths, rich, long_name, referral.id, consent)


def _activities_for_the_tour(services: Any, people: list[str], long_name: str) -> None:
    """A weekly group with long words, and today's drop-in sheet with names on it, so the Activities pages show
    what they look like in use."""
    from datetime import time

    from rosc_desktop.services.activities import SeriesInput

    today = center_today()
    monday = today - timedelta(days=today.weekday())
    series = services.activities.create_series(SeriesInput(
        "All Recovery Meeting and Family Support Circle", "meeting", 1, time(18, 0), monday - timedelta(weeks=4),
        duration_minutes=90, place="Community room, second floor", facilitator="Rosa Delgado (volunteer)"))
    meeting = services.activities.record_occurrence(series.id, monday + timedelta(days=1))
    sheet = services.activities.drop_in(today)
    for person in [*people, long_name]:
        services.activities.mark(meeting.id, person)
        services.activities.mark(sheet.id, person)
    services.activities.set_anonymous_count(sheet.id, 3)


def _visible_dialogs() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}


def _settle(qtbot: Any) -> None:
    from rosc_desktop.ui.operations import pending_operations

    qtbot.wait(0)  # let queued layout and show events run; what is checked is then waited for by signal
    # A home tab is built when first shown and reads its rows in the background: the screen is measured once
    # they have arrived and the layout they asked for has run.
    qtbot.waitUntil(lambda: pending_operations() == 0, timeout=10_000)
    QApplication.processEvents()
    QApplication.processEvents()


def _opened(qtbot: Any, name: str, opener: Callable[[], Any]) -> Iterator[Stop]:
    """Run what a button runs, wait for the dialog it opens, visit it, then cancel it (nothing is saved)."""
    before = _visible_dialogs()
    result = opener()
    dialog = result if isinstance(result, QDialog) else None
    if dialog is None:
        qtbot.waitUntil(lambda: bool(_visible_dialogs() - before), timeout=5000)
        dialog = next(iter(_visible_dialogs() - before))
    elif not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    yield Stop(name, dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def start_screens(qtbot: Any, empty_root: Path, center: DemoCenter) -> Iterator[Stop]:
    from rosc_desktop.ui.main_window import MainWindow

    first_run = MainWindow(AppPaths(empty_root).ensure())
    qtbot.addWidget(first_run)
    first_run.resize(*SCREEN)
    first_run.show()
    qtbot.waitExposed(first_run)
    _settle(qtbot)
    yield Stop("first run", first_run)
    yield from _opened(qtbot, "restore a backup", first_run.start_screen.open_restore)
    first_run.close()

    sign_in = MainWindow(center.paths)
    qtbot.addWidget(sign_in)
    sign_in.resize(*SCREEN)
    sign_in.show()
    qtbot.waitExposed(sign_in)
    _settle(qtbot)
    yield Stop("sign-in", sign_in)
    screen = sign_in.start_screen
    yield from _opened(qtbot, "recovery key reset", lambda: _exec_free(screen, "RecoveryResetDialog"))
    sign_in.close()


def _exec_free(screen: Any, name: str) -> QDialog:
    from rosc_desktop.ui.screens import sign_in

    return getattr(sign_in, name)(screen._paths, "admin", screen)


def signed_in(qtbot: Any, center: DemoCenter) -> Any:
    from rosc_desktop.ui.main_window import MainWindow

    window = MainWindow(center.paths)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window._enter(session.sign_in(center.paths, demo.DEMO_USERNAME, demo.DEMO_PASSWORD, make_backup=False))
    _settle(qtbot)
    return window


def main_screens(qtbot: Any, window: Any) -> Iterator[Stop]:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle(qtbot)
        yield Stop(f"main tab {window.tabs.tabText(index).replace('&', '')}", window)
    window.tabs.setCurrentWidget(window.participant_list)
    yield from _opened(qtbot, "register a participant", window.participant_list.register_new)
    yield from activities_screens(qtbot, window)
    window.tabs.setCurrentWidget(window.directory_screen)
    directory = window.directory_screen
    yield from _opened(qtbot, "directory entry", directory.add_entry)
    directory.results.setCurrentItem(directory.results.topLevelItem(0))
    qtbot.waitUntil(lambda: directory._detail is not None, timeout=5000)
    yield from _opened(qtbot, "directory entry: suggest a correction", directory.suggest_correction)
    yield from _opened(qtbot, "directory import", directory.import_file)
    yield from _opened(qtbot, "directory export", directory.export_file)
    for stop in _opened(qtbot, "partners", directory.open_partners):
        yield stop
        yield from _opened(qtbot, "partners: add", stop.window.add_partner)
    yield from _opened(qtbot, "settings", window.open_settings)
    from rosc_desktop.ui.screens.staff import NewAccountDialog, NewPasswordDialog, StaffDialog

    for name, make in (("staff", StaffDialog), ("new account", NewAccountDialog),
                       ("new password", NewPasswordDialog)):
        yield from _opened(qtbot, name, lambda make=make: make(window.services, window))
    if window.sync_screen is not None:
        window.tabs.setCurrentWidget(window.sync_screen)
        yield from _opened(qtbot, "hub report", window.sync_screen.open_report)
        keys = window.sync_screen.keys_panel
        if keys is not None:
            window.sync_screen.pages.setCurrentWidget(keys)
            yield Stop("sync: keys and trusted sites", window)
            yield from _opened(qtbot, "sync: enrol a site", keys.open_enrol_dialog)
    yield from reports_screens(qtbot, window)


def reports_screens(qtbot: Any, window: Any) -> Iterator[Stop]:
    """Reports with last month's figures and charts counted, and the list of the people behind one figure."""
    screen = window.reports_screen
    if screen is None:
        return
    window.tabs.setCurrentWidget(screen)
    qtbot.waitUntil(lambda: screen.charts_data is not None and not screen.is_busy(), timeout=20_000)
    _settle(qtbot)
    yield Stop("reports: figures and charts", window)
    yield from _opened(qtbot, "reports: who is counted", lambda: screen.open_behind("people_served"))


def activities_screens(qtbot: Any, window: Any) -> Iterator[Stop]:
    """The Activities tab's second page with a group chosen (its attendance panel open), and its two forms."""
    screen = window.activities_screen
    window.tabs.setCurrentWidget(screen)
    week = screen.week
    screen.pages.setCurrentWidget(week)
    qtbot.waitUntil(lambda: week.tree.topLevelItemCount() > 0, timeout=5000)
    week.select(lambda view: view.id is not None and view.kind == "meeting")
    qtbot.waitUntil(lambda: week.panel.attendees.count() > 0, timeout=5000)
    _settle(qtbot)
    yield Stop("activities: groups and events", window)
    yield from _opened(qtbot, "activities: new activity", week.new_activity)
    yield from _opened(qtbot, "activities: new weekly activity", week.new_series)
    screen.pages.setCurrentWidget(screen.front_desk)


def workspace(qtbot: Any, window: Any, center: DemoCenter, participant_id: str, *, dialogs: bool) -> Iterator[Stop]:
    window.open_participant(participant_id)
    person = window.tabs.currentWidget()
    _settle(qtbot)
    label = "long name" if not dialogs else "person"
    for index in range(person.tabs.count()):
        person.tabs.setCurrentIndex(index)
        _settle(qtbot)
        yield Stop(f"{label}: {person.tabs.tabText(index).replace('&', '')}", window)
    if not dialogs:
        return
    yield from _opened(qtbot, "edit details", person.edit_details)
    yield from _opened(qtbot, "print plan", person.print_plan)
    yield from _opened(qtbot, "transfer", person.transfer)
    tabs = {type(person.tabs.widget(i)).__name__: person.tabs.widget(i) for i in range(person.tabs.count())}
    goals = tabs["GoalsTab"]
    person.tabs.setCurrentWidget(goals)
    for opener in (goals.new_goal, goals.edit_goal, goals.review_goal, goals.add_step):
        yield from _opened(qtbot, f"goals: {opener.__name__}", opener)
    network = tabs["NetworkTab"]
    person.tabs.setCurrentWidget(network)
    network.member_list.setCurrentItem(network.member_list.topLevelItem(0))
    for opener in (network.add_member, network.edit_member, network.link_member, network.rate_member,
                   network.remove_member):
        yield from _opened(qtbot, f"network: {opener.__name__}", opener)
    intake = tabs["IntakeTab"]
    person.tabs.setCurrentWidget(intake)
    yield from _opened(qtbot, "BARC-10", intake.record_barc10)
    referrals = tabs["ReferralsTab"]
    person.tabs.setCurrentWidget(referrals)
    yield from _opened(qtbot, "new referral", referrals.new_referral)
    referrals.select(center.referral_id)
    yield from _opened(qtbot, "referral status", referrals.update_status)
    consents = tabs["ConsentsTab"]
    person.tabs.setCurrentWidget(consents)
    yield from _opened(qtbot, "new consent", consents.add_consent)
    consents.select(center.consent_id)
    yield from _opened(qtbot, "revoke consent", consents.revoke)
    checkins = tabs["CheckInsTab"]
    person.tabs.setCurrentWidget(checkins)
    yield from _opened(qtbot, "check-in", checkins.log_check_in)
    setback = tabs["SetbackTab"]
    person.tabs.setCurrentWidget(setback)
    yield from _opened(qtbot, "setback: add from network", setback.add_from_network)


def tour(qtbot: Any, tmp_path: Path, center: DemoCenter, language: str) -> Iterator[Stop]:
    """Every stop in `language`; English is put back afterwards by the caller's fixture."""
    assert i18n.install(language) == language
    yield from start_screens(qtbot, tmp_path / "fresh", center)
    window = signed_in(qtbot, center)
    yield from main_screens(qtbot, window)
    yield from workspace(qtbot, window, center, center.rich_id, dialogs=True)
    yield from workspace(qtbot, window, center, center.long_name_id, dialogs=False)
    window.lock()
    qtbot.waitUntil(window.is_locked, timeout=5000)
    _settle(qtbot)
    yield Stop("locked", window)
    window.services.close()
