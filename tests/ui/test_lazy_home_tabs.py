"""Signing in builds only Today; every other home tab is built, in place, the first time it is shown or asked for."""

from __future__ import annotations

from PySide6.QtWidgets import QTabBar, QWidget

from rosc_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD
from tests.ui.stand_ins import StandInList

TITLES = ["&Today", "Participants", "Activities", "Director&y", "Sync &bundles", "Reports"]


def _signed_in(qtbot, paths, built: list[str]) -> MainWindow:  # type: ignore[no-untyped-def]
    def stand_in(name: str):  # type: ignore[no-untyped-def]
        def make(services):  # type: ignore[no-untyped-def]
            built.append(name)
            return StandInList(services) if name == "list" else QWidget()
        return make

    opened: list[str] = []
    window = MainWindow(paths, list_factory=stand_in("list"), directory_factory=stand_in("directory"),
                        sync_factory=stand_in("sync"),
                        workspace_factory=lambda services, pid: opened.append(pid) or _Workspace(pid))
    window.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.start_screen.username.setText("ana")
    window.start_screen.password.setText(ADMIN_PASSWORD)
    window.start_screen.submit()
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    return window


class _Workspace(QWidget):
    def __init__(self, pid: str) -> None:
        super().__init__()
        self.pid = pid

    def title(self) -> str:
        return self.pid

    def maybe_close(self) -> bool:
        return True


def test_sign_in_builds_today_and_leaves_the_other_home_tabs_for_later(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    built: list[str] = []
    window = _signed_in(qtbot, paths, built)
    assert built == []
    assert window._homes is not None and window._homes.pending() == ["list", "activities", "directory", "sync",
                                                                      "reports"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == TITLES
    assert window.tabs.currentWidget() is window.today_screen


def test_a_home_tab_is_built_where_it_is_the_first_time_it_is_shown(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    built: list[str] = []
    window = _signed_in(qtbot, paths, built)
    shown: list[QWidget] = []
    window.tabs.currentChanged.connect(lambda i: shown.append(window.tabs.widget(i)))
    window.tabs.setCurrentIndex(3)
    assert built == ["directory"]
    screen = window.tabs.currentWidget()
    assert screen is window.directory_screen and window.tabs.indexOf(screen) == 3
    assert shown[-1] is screen  # whoever listens sees the screen, not the placeholder it replaced
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == TITLES
    for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
        assert window.tabs.tabBar().tabButton(3, side) is None  # still a home tab: no close button
    window._close_tab(3)
    assert window.tabs.indexOf(screen) == 3
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(3)
    assert built == ["directory"]  # built once


def test_asking_for_the_list_builds_it_in_place_and_it_opens_people(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    built: list[str] = []
    window = _signed_in(qtbot, paths, built)
    window._close_tab(1)  # a placeholder is a home tab too
    assert window.tabs.count() == len(TITLES) and built == []
    window.focus_search()  # Ctrl+F
    assert built == ["list"]
    assert window.tabs.currentWidget() is window.participant_list and window.tabs.indexOf(window.participant_list) == 1
    window.participant_list.open_requested.emit("p-7")
    assert window.opened == ["p-7"]  # type: ignore[attr-defined]
    assert window.tabs.tabText(window.tabs.currentIndex()) == "p-7"


def test_signing_out_forgets_the_home_tabs_built_or_not(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    built: list[str] = []
    window = _signed_in(qtbot, paths, built)
    assert window.sync_screen is not None and built == ["sync"]
    assert window.sign_out()
    assert window.tabs is None and window.participant_list is None and window.sync_screen is None
    assert built == ["sync"]
