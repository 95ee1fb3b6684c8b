"""Help without internet: F1 shows a short guide to the screen in front of the user, in the interface's language.

The guides are HTML pages shipped in the package (resources/help/<language>/<topic>.html), written for a peer
specialist, not a developer. A screen names its guide with a class attribute, `help_topic = "goals"`; F1 walks
from the widget with the keyboard focus up through its parents (a dialog's parent is the screen that opened it)
to the first screen that names one. With the focus on a tab bar, or on nothing that names a guide, the innermost
visible screen is meant: the current tab, and inside a person's workspace its current tab.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop import i18n
from rosc_desktop.placeholders import fill

INDEX = "index"
# Every guide there is, in the order the index page lists them; each exists in every language (a test checks).
TOPICS = ("today", "participants", "activities", "directory", "sync", "workspace", "overview", "goals", "intake", "network",
          "referrals", "consents", "checkins", "setback", "sign_in",
          "reports")


def help_dir() -> Path:
    return Path(str(resources.files("rosc_desktop") / "resources" / "help"))


def page_path(topic: str, language: str | None = None) -> Path:
    """The guide to `topic` in `language` (the interface's by default), else in English, else the index."""
    language = language or i18n.current_language()
    for name in (topic, INDEX):
        for lang in dict.fromkeys((language, "en")):
            path = help_dir() / lang / f"{name}.html"
            if path.is_file():
                return path
    raise FileNotFoundError(help_dir() / "en" / f"{INDEX}.html")


def _declared(widget: QWidget) -> str:
    topic = getattr(widget, "help_topic", "")
    return topic if isinstance(topic, str) else ""


def _innermost(root: QWidget) -> QWidget | None:
    """The deepest visible widget in `root`'s window, at or below `root`, that names a guide.

    Only the current page of a tab or stacked widget is visible, so this is the page in front of the user.
    """
    window = root.window()
    best, best_depth = (root, 0) if _declared(root) else (None, -1)
    for child in root.findChildren(QWidget):
        if not _declared(child) or not child.isVisible() or child.window() is not window:
            continue
        depth, parent = 0, child.parentWidget()
        while parent is not None and parent is not root:
            depth, parent = depth + 1, parent.parentWidget()
        if depth + 1 > best_depth:
            best, best_depth = child, depth + 1
    return best


def screen_for(widget: QWidget | None) -> QWidget | None:
    """The screen whose guide F1 shows when `widget` has the focus (None: the index)."""
    parent = widget.parentWidget() if widget is not None else None
    if isinstance(widget, QTabBar) and isinstance(parent, QTabWidget) and parent.currentWidget() is not None:
        # A tab's title has the focus: the page it shows is meant, and inside a workspace, that page's tab.
        page = _innermost(parent.currentWidget())
        if page is not None:
            return page
    top = None
    current = widget
    while current is not None:
        if _declared(current):
            return current
        top = current
        current = current.parentWidget()
    return _innermost(top) if top is not None else None


class HelpWindow(QDialog):
    """A guide beside the screen it explains: not modal, so the user can read and work at once.

    Links between guides work (the index lists them all); Esc closes. Its parent is the screen it explains, or
    the modal dialog open over that screen (which blocks every other window): so the lock hides it with the
    screen, and the lock screen's own guide stays up.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = INDEX
        self.language = "en"
        self.setAccessibleName(self.tr("Help"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(False)
        # Only ever wraps: a guide read at 1280×720 must never need a sideways scroll.
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.browser.document().setDocumentMargin(14)
        self.browser.sourceChanged.connect(self._source_changed)

        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.index_button = QPushButton(self.tr("&All guides"), self)
        self.index_button.clicked.connect(lambda: self.show_topic(INDEX))
        # Qt's own Close: worded by Qt's catalogue in every language, and placed where the system puts it.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        self.close_button = box.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setToolTip(self.tr("Close the guide (Esc)"))
        for button in (self.back_button, self.index_button, self.close_button):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.index_button)
        buttons.addStretch()
        buttons.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 8)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self._size_for_small_screens()

    def _size_for_small_screens(self) -> None:
        # About 70 characters a line, and never taller than a 720-pixel-high screen leaves room for.
        char = self.fontMetrics().averageCharWidth()
        self.resize(max(560, char * 84), 600)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 40), min(self.height(), room.height() - 80))

    def show_topic(self, topic: str, language: str | None = None) -> None:
        self.language = language or i18n.current_language()
        path = page_path(topic, self.language)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def _source_changed(self, url: QUrl) -> None:
        self.topic = Path(url.path()).stem
        title = self.browser.documentTitle() or self.browser.document().metaInformation(
            QTextDocument.MetaInformation.DocumentTitle)
        self.setWindowTitle(fill(self.tr("Help — %1"), title) if title else self.tr("Help"))
        self.index_button.setEnabled(self.topic != INDEX)

    def place_beside(self, anchor: QWidget) -> None:
        """At the right of the window it explains, where it hides the least of the screen being explained."""
        frame = anchor.window().frameGeometry()
        screen = anchor.screen()
        room = screen.availableGeometry() if screen is not None else frame
        x = min(frame.right() - self.width() - 16, room.right() - self.width() - 8)
        y = max(room.top() + 8, min(frame.top() + 60, room.bottom() - self.height() - 40))
        self.move(max(room.left(), x), y)


def show_help(source: QWidget | None = None, topic: str | None = None,
              reuse: HelpWindow | None = None) -> HelpWindow:
    """Show the guide to the screen `source` (by default the focused widget) belongs to, in `reuse` if given."""
    for candidate in (source, QApplication.focusWidget(), QApplication.activeModalWidget(),
                      QApplication.activeWindow()):
        if candidate is not None:
            source = candidate
            break
    screen = screen_for(source)
    topic = topic or (_declared(screen) if screen is not None else INDEX)
    # A modal dialog blocks every window but its own children: the guide must be one of them to be read. Else it
    # belongs to the screen it explains, so the lock screen's guide is not hidden by the lock like the others.
    anchor = QApplication.activeModalWidget()
    if anchor is None:
        anchor = screen if screen is not None else (source.window() if source is not None else None)
    window = reuse if reuse is not None and shiboken6.isValid(reuse) else None
    if window is None:
        window = HelpWindow(anchor)
        if anchor is not None:
            window.place_beside(anchor)
    elif anchor is not None and window.parentWidget() is not anchor:
        geometry = window.geometry()
        window.setParent(anchor, window.windowFlags())
        window.setGeometry(geometry)
    window.show_topic(topic)
    if window.isVisible():
        window.raise_()  # F1 again while it hides behind the window it explains
    window.show()
    window.activateWindow()
    window.browser.setFocus(Qt.FocusReason.OtherFocusReason)
    return window


class HelpKey(QObject):
    """F1 from anywhere: the Help menu's action, answering before sign-in and inside modal dialogs too.

    The menu bar is hidden before sign-in and while locked, and a shortcut of a hidden menu never fires, so the
    action also belongs to the main window. A modal dialog blocks the main window's shortcuts: the action is
    added to each modal window that takes the focus, so F1 inside it reaches the action too.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.action = QAction(self.tr("&Guide to this screen"), window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(lambda _checked=False: self.show())
        self._window: HelpWindow | None = None
        window.addAction(self.action)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def show(self, source: QWidget | None = None) -> HelpWindow:
        """One guide window, reused: F1 on another screen turns its page rather than opening another."""
        self._window = show_help(source, reuse=self._window)
        return self._window

    def help_window(self) -> HelpWindow | None:
        """The guide shown last, if it still exists."""
        return self._window if self._window is not None and shiboken6.isValid(self._window) else None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not shiboken6.isValid(self.action):
            return
        window = new.window()
        if window.isModal() and self.action not in window.actions():
            window.addAction(self.action)
