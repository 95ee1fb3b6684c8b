"""Screens that fit the laptops centers own (1366×768, often less with a taskbar), in every language.

Spanish labels run about a quarter longer than English, so a row that just fits in one language falls off the edge
in the other. Three tools keep a window within the screen:
- FlowLayout: a row of buttons that wraps onto a second line instead of pushing the window wider. Qt ships no flow
  layout (its documentation has one as an example), so this is the small one we need: widgets in order, a gap where
  the row had one, and height-for-width so what is below moves down when it wraps.
- VerticalScrollArea: a long form scrolls up and down but is as wide as its widest field, so nothing is cut at the
  side.
- resize_within_screen: a window opens at the size it reads best at, but never larger than the screen: a dialog
  asking for 860 px puts its Save button below the edge of a 768 px screen, out of reach.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QLayoutItem, QScrollArea, QSizePolicy, QSpacerItem, QWidget

STRETCH_GAP = 16


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- building ------------------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)
        self.invalidate()

    def addSpacing(self, width: int) -> None:  # noqa: N802 (as QBoxLayout, so a row can change layouts)
        """Extra room between groups of buttons; a gap that would start a line is left out."""
        self.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addStretch(self) -> None:  # noqa: N802 (as QBoxLayout)
        """A wider gap between groups: a flowing row has no spare room to stretch into."""
        self.addSpacing(STRETCH_GAP)

    # -- QLayout's contract --------------------------------------------------------------------------------

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """One line: what the row would like when there is room."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self.spacing() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """The widest single button: anything wider wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing -------------------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty() or isinstance(item, QSpacerItem)]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        gap = self.spacing()
        pending_spacer = 0
        for item in self._items:
            if isinstance(item, QSpacerItem):
                pending_spacer += item.sizeHint().width()
                continue
            if item.isEmpty():  # a hidden widget takes no room
                continue
            size = item.sizeHint().expandedTo(item.minimumSize())
            size.setWidth(min(size.width(), area.width()))
            start = x if x == area.x() else x + gap + pending_spacer
            if start + size.width() > area.right() + 1 and x > area.x():
                x, y = area.x(), y + line_height + gap
                start, line_height = x, 0
            if place:
                item.setGeometry(QRect(QPoint(start, y), size))
            x = start + size.width()
            line_height = max(line_height, size.height())
            pending_spacer = 0
        return y + line_height - rect.y() + margins.bottom()


class VerticalScrollArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = (content.minimumSizeHint().expandedTo(content.minimumSize()).width()
                 + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())


# What a window manager's title bar and frame take, which availableGeometry() does not count.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all: nothing to fit
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    window.resize(max(1, min(width, room.width() - FRAME_WIDTH)), max(1, min(height, room.height() - FRAME_HEIGHT)))
