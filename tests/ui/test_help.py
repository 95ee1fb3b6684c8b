"""F1 opens the offline guide to the screen in front of the user, in the interface's language."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from rosc_desktop import i18n
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui import help as guide
from rosc_desktop.ui import screens
from rosc_desktop.ui.main_window import MainWindow
from rosc_desktop.ui.screens.workspace import ParticipantWorkspace
from tests.conftest import ADMIN_PASSWORD
from tests.ui.stand_ins import StandInList

# F1 again brings the open guide to the front; the offscreen platform has no front to bring it to.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "es")
# The guides name arrow keys as a reader knows them; the rest of a shortcut is written as Qt writes it.
KEY_WORDS = {"es": {"Up": "Flecha arriba", "Down": "Flecha abajo"}}


@pytest.fixture
def spanish():  # type: ignore[no-untyped-def]
    before = QLocale()
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def signed_in(qtbot, paths, **factories) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(paths, idle_timeout_ms=600_000, **factories)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_screen.username.setText("ana")
    window.start_screen.password.setText(ADMIN_PASSWORD)
    window.start_screen.submit()
    qtbot.waitUntil(lambda: window.services is not None and window.tabs is not None, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press_f1(qtbot, main: MainWindow, widget: QWidget) -> guide.HelpWindow:  # type: ignore[no-untyped-def]
    before = main.help_key.help_window()
    if before is not None:
        before.hide()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: main.help_key.help_window() is not None and main.help_key.help_window().isVisible())
    return main.help_key.help_window()


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def screen_classes() -> list[type]:
    found = set()
    for info in pkgutil.iter_modules(screens.__path__):
        module = importlib.import_module(f"{screens.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, QWidget) and getattr(value, "help_topic", ""):
                found.add(value)
    return sorted(found, key=lambda cls: cls.__name__)


# -- F1 in the running app --------------------------------------------------------------------------------


def test_f1_on_the_directory_tab_opens_the_directory_guide(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = signed_in(qtbot, paths, list_factory=StandInList)
    assert window.help_key.action.shortcut().toString() == "F1"
    assert window.help_key.action in window.menuBar().actions()[-1].menu().actions()
    window.tabs.setCurrentWidget(window.directory_screen)

    shown = press_f1(qtbot, window, window.directory_screen.search_edit)
    assert (shown.topic, shown.language) == ("directory", "en")
    assert shown.windowTitle() == "Help — Directory"
    assert "Suggest a correction…" in shown.browser.toPlainText()
    assert shown.accessibleName() == "Help"

    # Focus on the tab bar, which belongs to no screen: the current tab is the one meant.
    window.tabs.setCurrentWidget(window.today_screen)
    assert press_f1(qtbot, window, window.tabs.tabBar()).topic == "today"
    assert window.help_key.help_window() is shown  # one guide, reused

    # F1 again while the guide is open turns its page where it stands.
    window.tabs.setCurrentWidget(window.directory_screen)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.directory_screen.search_edit.setFocus()
    qtbot.keyClick(window.directory_screen.search_edit, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: shown.topic == "directory")
    assert shown.isVisible() and window.help_key.help_window() is shown

    qtbot.keyClick(shown.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isVisible())


def test_f1_on_the_goals_tab_opens_the_spanish_goals_guide(qtbot, services, paths, spanish) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Marisol"))
    window = signed_in(qtbot, paths, list_factory=StandInList)
    window.open_participant(person.id)
    workspace = window.tabs.currentWidget()
    assert isinstance(workspace, ParticipantWorkspace)
    workspace.tabs.setCurrentWidget(workspace.goals)

    shown = press_f1(qtbot, window, workspace.goals.new_button)
    assert (shown.topic, shown.language) == ("goals", "es")
    assert shown.windowTitle().endswith(" — Metas")  # the page's own title; the frame is the catalogue's
    assert "Nueva meta…" in shown.browser.toPlainText()

    # On a tab's title, the page it shows; on the main window's tab of a person, the tab open inside it.
    workspace.tabs.setCurrentWidget(workspace.network)
    assert press_f1(qtbot, window, workspace.tabs.tabBar()).topic == "network"
    assert press_f1(qtbot, window, window.tabs.tabBar()).topic == "network"
    # The header's buttons (Print plan…, Edit details…) are the workspace's own.
    assert press_f1(qtbot, window, workspace.print_button).topic == "workspace"


def test_f1_before_sign_in_and_inside_a_modal_dialog(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not window.menuBar().isVisible()  # hidden before sign-in, and F1 answers all the same
    assert press_f1(qtbot, window, window.start_screen.username).topic == "sign_in"
    window.help_key.help_window().close()

    # A modal dialog opened by a screen shows that screen's guide, in a window the dialog does not block.
    person = services.participants.register(ParticipantInput("Dee"))
    workspace = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(workspace)
    workspace.show()
    dialog = QDialog(workspace.checkins)
    field = QLineEdit(dialog)
    dialog.setModal(True)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    shown = press_f1(qtbot, window, field)
    assert shown.topic == "checkins"
    assert shown.parentWidget() is dialog
    dialog.reject()


# -- the guides themselves --------------------------------------------------------------------------------


def test_every_topic_has_a_guide_in_every_language_and_the_links_hold() -> None:
    for language in LANGUAGES:
        folder = guide.help_dir() / language
        assert {path.stem for path in folder.glob("*.html")} == {guide.INDEX, *guide.TOPICS}, language
        for topic in (guide.INDEX, *guide.TOPICS):
            html = (folder / f"{topic}.html").read_text(encoding="utf-8")
            assert re.search(r"<title>[^<]+</title>", html), (language, topic)
            assert "http" not in html, (language, topic)  # offline: nothing to follow outside the app
            for link in re.findall(r'href="([^"]+)"', html):
                assert (folder / link).is_file(), (language, topic, link)
        index = (folder / "index.html").read_text(encoding="utf-8")
        assert all(f'href="{topic}.html"' in index for topic in guide.TOPICS), language


def test_every_screen_that_names_a_guide_has_one() -> None:
    classes = screen_classes()
    assert {cls.__name__ for cls in classes} >= {
        "TodayScreen", "ParticipantListScreen", "DirectoryScreen", "SyncScreen", "ParticipantWorkspace",
        "OverviewTab", "GoalsTab", "IntakeTab", "NetworkTab", "ReferralsTab", "ConsentsTab", "CheckInsTab",
        "SetbackTab", "SignInScreen", "LockScreen"}
    for cls in classes:
        assert cls.help_topic in guide.TOPICS, cls.__name__
        for language in LANGUAGES:
            assert guide.page_path(cls.help_topic, language) == guide.help_dir() / language / f"{cls.help_topic}.html"


def test_each_guide_names_the_shortcuts_its_screen_registers(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Marisol"))
    workspace = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(workspace)
    from rosc_desktop.ui.screens.participant_list import ParticipantListScreen
    from rosc_desktop.ui.screens.today import TodayScreen

    roots: list[QWidget] = [workspace, TodayScreen(services), ParticipantListScreen(services)]
    for root in roots[1:]:
        qtbot.addWidget(root)
    checked = set()
    for root in roots:
        for shortcut in root.findChildren(QShortcut):
            owner = shortcut.parent()
            while owner is not None and not getattr(owner, "help_topic", ""):
                owner = owner.parent()
            for language in LANGUAGES:
                keys = shortcut.key().toString()
                for english, word in KEY_WORDS.get(language, {}).items():
                    keys = keys.replace(english, word)
                text = plain(guide.page_path(owner.help_topic, language).read_text(encoding="utf-8"))
                assert keys in text, (owner.help_topic, language, keys)
            checked.add((owner.help_topic, shortcut.key().toString()))
    assert {("goals", "Ctrl+G"), ("network", "Ctrl+M"), ("checkins", "Ctrl+K"), ("intake", "Ctrl+S"),
            ("today", "Ctrl+D"), ("participants", "Ctrl+N")} <= checked


def test_a_missing_spanish_guide_falls_back_to_english(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for language, topics in (("en", ("index", "goals")), ("es", ("index",))):
        (tmp_path / language).mkdir()
        for topic in topics:
            (tmp_path / language / f"{topic}.html").write_text("<title>x</title>", encoding="utf-8")
    monkeypatch.setattr(guide, "help_dir", lambda: tmp_path)
    assert guide.page_path("goals", "es") == tmp_path / "en" / "goals.html"
    assert guide.page_path("nowhere", "es") == tmp_path / "es" / "index.html"


def test_the_guides_ship_in_the_wheel_and_the_bundle() -> None:
    assert '"resources/**/*"' in (ROOT / "pyproject.toml").read_text()
    assert '"resources" / "help"' in (ROOT / "packaging" / "rosc-desktop.spec").read_text()


def test_the_guide_fits_a_small_screen_and_wraps(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    anchor = QWidget()
    qtbot.addWidget(anchor)
    anchor.resize(1280, 720)
    anchor.show()
    shown = guide.show_help(anchor, topic="network")
    qtbot.waitExposed(shown)
    assert shown.width() <= 1280 and shown.height() <= 720 - 80
    assert shown.browser.horizontalScrollBar().maximum() == 0
    assert shown.browser.verticalScrollBar().maximum() > 0  # a long guide scrolls down, never sideways


def test_f1_on_the_lock_screen_shows_a_guide_the_lock_does_not_hide(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = signed_in(qtbot, paths, list_factory=StandInList)
    window.tabs.setCurrentWidget(window.directory_screen)
    before = press_f1(qtbot, window, window.directory_screen.search_edit)
    window.lock()
    qtbot.waitUntil(lambda: not before.isVisible())  # hidden with every other window while locked

    shown = press_f1(qtbot, window, window.lock_screen.password)
    assert shown.topic == "sign_in"
    QApplication.processEvents()  # the lock hides a new window on the next turn of the event loop
    assert shown.isVisible() and shown.parentWidget() is window.lock_screen


def test_links_between_guides_and_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    anchor = QWidget()
    qtbot.addWidget(anchor)
    anchor.show()
    shown = guide.show_help(anchor, topic="goals")
    shown.index_button.click()
    assert (shown.topic, shown.index_button.isEnabled()) == ("index", False)
    shown.browser.setSource(QUrl("setback.html"))  # as a click on the index's link does
    assert shown.windowTitle() == "Help — Setback plan"
    shown.back_button.click()
    assert shown.topic == "index" and shown.back_button.isEnabled()
