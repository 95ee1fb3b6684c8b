"""The Network tab: the person's support network as an eco-map to draw with them across the table, the same
members as a list for screen readers and keyboard work, and a timeline to see the network on any past day.

The map and the list always show one snapshot (today's, or the day the slider is on) and keep one member
selected between them. Only today's map can be changed, and only by a role allowed to edit plans: a past day
is history, and a read-only role gets a map to look at. Where a card sits is layout, not history, so
positions are saved as they are dragged, without a change notice that would redraw the map under the hand.

The module is longer than most (about 850 lines) because the map, the list, the figures and the timeline share
that one snapshot and one selection; splitting them would pass the selection back and forth between modules.
The member dialogs live in network_member.py and the drawing in ecomap_view.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QPointF, QStandardPaths, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.clock import center_today
from rosc_desktop.documents.ecomap import MapLink, MapNode, full_drawing
from rosc_desktop.documents.network_words import (
    DIRECTIONS,
    DOMAINS,
    FREQUENCIES,
    KINDS,
    NATURES,
    RATINGS,
    STRENGTHS,
    map_labels,
    word,
)
from rosc_desktop.errors import PermissionDenied
from rosc_desktop.services.network import MemberView, NetworkChange, NetworkMetrics, NetworkSnapshot
from rosc_desktop.services.permissions import Action, allowed
from rosc_desktop.ui.days import qdate
from rosc_desktop.ui.ecomap_paint import LegendWidget, drawing_png, drawing_svg
from rosc_desktop.ui.ecomap_view import EcoMapView
from rosc_desktop.ui.fitting import FlowLayout
from rosc_desktop.ui.form_dialog import open_one
from rosc_desktop.ui.operations import change_bus, run_now, run_operation, show_error
from rosc_desktop.ui.screens.intake import format_day
from rosc_desktop.ui.screens.network_member import LinkDialog, MemberDialog, NetworkFormDialog, RateDialog, \
    RemoveDialog
from rosc_desktop.util_files import write_atomic

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

MEMBER_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 9  # name, relationship, life area, strength, nature, direction, how often, since, last answer
FIRST_EXTRA_COLUMN = 3  # from strength on, shown when asked for (the header's menu)


def long_day(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def not_counted(stressful: int, untied: int = 0) -> str:
    """Why members on the map are not counted as supports, in words ("2 with a stressful tie"); "" if all are.

    A member counts as a support unless the tie is marked stressful (services.network.MemberView.is_support).
    """
    reasons = []
    if stressful:
        reasons.append(NetworkTab.tr("%n with a stressful tie", "", stressful))
    if untied:
        reasons.append(NetworkTab.tr("%n with no tie recorded", "", untied))
    return ", ".join(reasons)


class TrendChart(QWidget):
    """Supports and life areas covered on each day the network changed: two small lines, today on the right.

    Painted rather than a chart library: it is a thumbnail beside the figures, and its numbers are also given
    as text (accessible description and tooltip) for anyone who cannot see it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[date, NetworkMetrics]] = []
        self._shown: date | None = None
        self.setMinimumHeight(92)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader can read its description

    def set_points(self, points: list[tuple[date, NetworkMetrics]], shown: date | None) -> None:
        self._points, self._shown = points, shown
        lines = [fill(self.tr("%1: %2 supports, %3 life areas"),
                      format_day(day), str(m.supports), str(m.domains_covered)) for day, m in points]
        text = "\n".join(lines) if lines else self.tr("No changes recorded yet.")
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        key_h = metrics.height() + 4
        left, top, right, bottom = 30.0, 6.0, float(self.width() - 10), float(self.height() - key_h - 4)
        grid = QColor(text_colour)
        grid.setAlpha(60)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        painter.drawLine(QPointF(left, top), QPointF(left, bottom))
        series = ((self.tr("Supports"), QColor("#117733"), Qt.PenStyle.SolidLine, lambda m: m.supports),
                  (self.tr("Life areas"), QColor("#332288"), Qt.PenStyle.DashLine, lambda m: m.domains_covered))
        top_value = max([1] + [max(m.supports, m.domains_covered) for _d, m in self._points])
        painter.setPen(text_colour)
        painter.drawText(QPointF(4, top + metrics.ascent()), str(top_value))
        painter.drawText(QPointF(4, bottom), "0")
        n = len(self._points)

        def at(index: int, value: int) -> QPointF:
            x = left + (right - left) * (index / (n - 1) if n > 1 else 0.5)
            return QPointF(x, bottom - (bottom - top) * value / top_value)

        if self._shown is not None:
            index = next((i for i, (d, _m) in enumerate(self._points) if d == self._shown), None)
            if index is not None:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                painter.drawLine(QPointF(at(index, 0).x(), top), QPointF(at(index, 0).x(), bottom))
        key_x = left
        for name, colour, style, value in series:
            if self._points:
                painter.setPen(QPen(colour, 2.2, style))
                points = [at(i, value(m)) for i, (_d, m) in enumerate(self._points)]
                for a, b in zip(points, points[1:]):
                    painter.drawLine(a, b)
                painter.setBrush(colour)
                for p in points:
                    painter.drawEllipse(p, 2.5, 2.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            y = self.height() - key_h / 2
            painter.setPen(QPen(colour, 2.2, style))
            painter.drawLine(QPointF(key_x, y), QPointF(key_x + 22, y))
            painter.setPen(text_colour)
            painter.drawText(QPointF(key_x + 28, y + metrics.ascent() / 2 - 1), name)
            key_x += 28 + metrics.horizontalAdvance(name) + 18
        painter.end()


class NetworkTab(QWidget):
    """The eco-map, its list, the figures, and the timeline for one person."""
    help_topic = "network"

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._centre_label = self.tr("The person")
        self._snapshot: NetworkSnapshot | None = None
        self._members: dict[str, MemberView] = {}
        self._stops: list[date] = [center_today()]
        self._change: NetworkChange | None = None
        self._over_time: list[tuple[date, NetworkMetrics]] = []
        self._syncing = False
        self._select_next: str | None = None  # a member just saved: selected once the list shows them
        self._can_edit = allowed(services.actor.role, Action.EDIT_PLAN)
        self.dialog: QDialog | None = None  # the member, link, rating or removal dialog open now, if any

        self._build_buttons()
        self._build_map()
        self.view_row.addWidget(self.legend_button)
        self._build_list()
        self._build_timeline()

        self.past_banner = QLabel()
        self.past_banner.setWordWrap(True)
        self.past_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.past_banner.setStyleSheet("QLabel { background: palette(alternate-base); padding: 6px; "
                                       "font-weight: bold; }")
        self.past_banner.setAccessibleName(self.tr("Showing a past day"))
        self.past_banner.hide()
        self.edge_note = QLabel()
        self.edge_note.setWordWrap(True)
        self.edge_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.edge_note.setStyleSheet("QLabel { padding: 6px; }")
        self.edge_note.setAccessibleName(self.tr("Members moved to the edge"))
        self.edge_note.hide()
        self.export_note = QLabel()
        self.export_note.setAccessibleName(self.tr("Export"))
        self.export_note.hide()
        self.read_only_note = QLabel(self.tr("Your role can look at this map but not change it."))
        self.read_only_note.setVisible(not self._can_edit)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.map_stack)
        self.splitter.addWidget(self.side_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([780, 470])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(self.button_row)
        layout.addWidget(self.past_banner)
        layout.addWidget(self.edge_note)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.export_note)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self.timeline_row)

        # Only while focus is inside this tab, so several open workspaces do not compete for the keys.
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.map_view.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.map_view.zoom_out),
                           ("Ctrl+0", self.map_view.fit), ("Ctrl+M", self.add_member)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        change_bus.changed.connect(self._on_changed)
        self.reload()

    # -- building ---------------------------------------------------------------------------------------------

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("&Add member…"))
        self.add_button.setToolTip(fill(self.tr("Add a person, group or service to the map (%1)"), _native("Ctrl+M")))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected member and the tie to them (Enter)"))
        self.edit_button.clicked.connect(self.edit_member)
        self.link_button = QPushButton(self.tr("Link to another member…"))
        self.link_button.clicked.connect(self.link_member)
        self.rate_button = QPushButton(self.tr("How is this connection &working?…"))
        self.rate_button.clicked.connect(self.rate_member)
        self.remove_button = QPushButton(self.tr("Take off the map…"))
        self.remove_button.clicked.connect(self.remove_member)
        for button in (self.edit_button, self.link_button, self.rate_button, self.remove_button):
            button.setAccessibleDescription(self.tr("Acts on the selected member"))
        self.arrange_button = QPushButton(self.tr("Arrange a&utomatically"))
        self.arrange_button.setToolTip(self.tr("Place every member in their life area again"))
        self.arrange_button.clicked.connect(self.arrange)
        self.export_button = QPushButton(self.tr("E&xport picture…"))
        self.export_button.setToolTip(self.tr("Save the map shown as a PNG picture or an SVG drawing"))
        self.export_button.clicked.connect(self.export_picture)
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(fill(
            self.tr("Zoom in (%1)"),
            QKeySequence(QKeySequence.StandardKey.ZoomIn).toString(QKeySequence.SequenceFormat.NativeText)))
        self.zoom_out_button = QPushButton("\u2212")
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(fill(
            self.tr("Zoom out (%1)"),
            QKeySequence(QKeySequence.StandardKey.ZoomOut).toString(QKeySequence.SequenceFormat.NativeText)))
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setAccessibleName(self.tr("Fit the map to the window"))
        self.fit_button.setToolTip(fill(self.tr("Show the whole map (%1)"), _native("Ctrl+0")))
        for button in (self.zoom_in_button, self.zoom_out_button):
            button.setFixedWidth(button.sizeHint().height() + 6)
        self.button_row = FlowLayout()  # wraps rather than widen the window past a laptop's screen
        self.button_row.setSpacing(6)
        self.button_row.addWidget(self.add_button)
        self.button_row.addSpacing(8)
        for button in (self.edit_button, self.link_button, self.rate_button, self.remove_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch()
        for button in (self.arrange_button, self.export_button):
            self.button_row.addWidget(button)
        self.button_row.addSpacing(8)
        # The map's view controls wrap as one group: "−" on one line and "+" on the next would read as two things.
        view_controls = QWidget()
        self.view_row = QHBoxLayout(view_controls)
        self.view_row.setContentsMargins(0, 0, 0, 0)
        self.view_row.setSpacing(6)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            self.view_row.addWidget(button)
        self.button_row.addWidget(view_controls)

    def _build_map(self) -> None:
        self.map_view = EcoMapView()
        self.map_view.setAccessibleName(self.tr("Support network map"))
        self.map_view.memberMoved.connect(self._member_moved)
        self.map_view.memberActivated.connect(self._member_activated)
        self.map_view.currentMemberChanged.connect(self._map_selection_changed)
        self.zoom_in_button.clicked.connect(self.map_view.zoom_in)
        self.zoom_out_button.clicked.connect(self.map_view.zoom_out)
        self.fit_button.clicked.connect(self.map_view.fit)
        self.legend = LegendWidget(map_labels())
        self.legend.setAccessibleName(self.tr("Key to the map"))
        self.legend_scroll = QScrollArea()
        self.legend_scroll.setWidget(self.legend)
        self.legend_scroll.setWidgetResizable(False)
        self.legend_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.legend_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legend_scroll.setFixedWidth(self.legend.sizeHint().width() + 18)
        self.legend_scroll.setAccessibleName(self.tr("Key to the map"))
        self.legend_button = QPushButton(self.tr("Show key"))
        self.legend_button.setCheckable(True)
        # Off at first: the map needs the room to be read across the table; the key is one click away.
        self.legend_button.setChecked(False)
        self.legend_scroll.hide()
        self.legend_button.setToolTip(self.tr("Show or hide the key beside the map, for more room"))
        self.legend_button.toggled.connect(self.legend_scroll.setVisible)
        map_page = QWidget()
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.setSpacing(4)
        self.map_label = map_label = QLabel(self.tr("Ma&p (the person is in the middle):"))
        map_label.setBuddy(self.map_view)
        map_layout.addWidget(map_label)
        map_row = QHBoxLayout()
        map_row.setSpacing(6)
        map_row.addWidget(self.map_view, 1)
        map_row.addWidget(self.legend_scroll)
        map_layout.addLayout(map_row, 1)

        empty_page = QFrame()
        empty_page.setFrameShape(QFrame.Shape.StyledPanel)
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch()
        self.empty_label = QLabel(self.tr(
            "No one on the map yet.\n\nStart with who the person turns to: family as they define it, friends, a "
            "sponsor or peer, the groups they go to, and the services that help. Each goes in a life area "
            "around them."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.empty_label.setFont(font)
        # A wrapped label in a centred cell does not get its height for width: give it a fixed measure.
        self.empty_label.setFixedWidth(self.empty_label.fontMetrics().averageCharWidth() * 60)
        self.empty_add_button = QPushButton(self.tr("Add the first member…"))
        self.empty_add_button.clicked.connect(self.add_member)
        empty_layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addSpacing(12)
        empty_layout.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch()

        self.map_stack = QStackedWidget()
        self.map_stack.addWidget(map_page)
        self.map_stack.addWidget(empty_page)

    def _build_list(self) -> None:
        self.member_list = QTreeWidget()
        self.member_list.setColumnCount(COLUMNS)
        self.member_list.setHeaderLabels([
            self.tr("Name"), self.tr("Relationship"), self.tr("Life area"), self.tr("Strength"),
            self.tr("Nature"), self.tr("Direction of support"), self.tr("How often"), self.tr("Since"),
            self.tr("Last answer")])
        self.member_list.setAccessibleName(self.tr("Members of the support network"))
        self.member_list.setAccessibleDescription(self.tr(
            "The same members as the map, one per row. Enter edits the selected member."))
        self.member_list.setRootIsDecorated(False)
        self.member_list.setAlternatingRowColors(True)
        self.member_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_list.setSortingEnabled(False)
        header = self.member_list.header()
        header.setStretchLastSection(False)
        for column, width in enumerate((140, 120, 140, 80, 90, 160, 120, 100, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.member_list.setColumnWidth(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Nine columns never fit beside the map on a laptop: the list shows who and where, the line under it says
        # the rest for the selected member, and a right click on the header brings back any other column.
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in range(1, COLUMNS):
            show = QAction(self.member_list.headerItem().text(column), header)
            show.setCheckable(True)
            show.setChecked(column < FIRST_EXTRA_COLUMN)
            show.toggled.connect(lambda on, column=column: self.member_list.setColumnHidden(column, not on))
            header.addAction(show)
            self.member_list.setColumnHidden(column, column >= FIRST_EXTRA_COLUMN)
        self.member_list.currentItemChanged.connect(lambda *_: self._list_selection_changed())
        self.member_list.itemActivated.connect(lambda *_: self.edit_member())
        list_label = QLabel(self.tr("&Members (the map as a list):"))
        list_label.setBuddy(self.member_list)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("About the selected member"))
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.figures_label = QLabel()
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextFormat(Qt.TextFormat.PlainText)
        self.figures_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures_label.setAccessibleName(self.tr("Figures for the day shown"))
        font = self.figures_label.font()
        font.setBold(True)
        self.figures_label.setFont(font)
        self.change_label = QLabel()
        self.change_label.setWordWrap(True)
        self.change_label.setTextFormat(Qt.TextFormat.PlainText)
        self.change_label.setAccessibleName(self.tr("Change since the start"))
        self.trend = TrendChart()
        self.trend.setAccessibleName(self.tr("Supports and life areas over time"))
        self.trend_label = trend_label = QLabel(self.tr("O&ver time (each day the network changed):"))
        trend_label.setBuddy(self.trend)

        self.side_panel = QWidget()
        side = QVBoxLayout(self.side_panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(4)
        side.addWidget(list_label)
        side.addWidget(self.member_list, 3)
        side.addWidget(self.details)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        side.addWidget(line)
        side.addWidget(self.figures_label)
        side.addWidget(self.change_label)
        side.addWidget(trend_label)
        side.addWidget(self.trend)

    def _build_timeline(self) -> None:
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Day shown"))
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setPageStep(1)
        self.slider.valueChanged.connect(self._slider_moved)
        slider_label = QLabel(self.tr("History:"))
        slider_label.setBuddy(self.slider)
        self.day_label = QLabel()
        self.day_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.day_label.setAccessibleName(self.tr("Day shown"))
        self.today_button = QPushButton(self.tr("Back to today"))
        self.today_button.clicked.connect(self.show_today)
        self.timeline_row = QHBoxLayout()
        self.timeline_row.addWidget(slider_label)
        self.timeline_row.addWidget(self.slider, 1)
        self.timeline_row.addWidget(self.day_label)
        self.timeline_row.addWidget(self.today_button)

    # -- the contract with the workspace ----------------------------------------------------------------------

    def set_centre_label(self, label: str) -> None:
        """The name in the middle of the map (the workspace knows it; this tab never reads the record)."""
        if label and label != self._centre_label:
            self._centre_label = label
            self._show_snapshot()

    def has_unsaved_work(self) -> bool:
        return self.dialog is not None and self.dialog.has_unsaved_work()  # type: ignore[attr-defined]

    def discard_dialog(self) -> None:
        """Close an open dialog without asking (the person chose to discard when closing the workspace)."""
        if isinstance(self.dialog, NetworkFormDialog):
            self.dialog.discard()

    # -- reading ----------------------------------------------------------------------------------------------

    def shown_day(self) -> date:
        return self._stops[self.slider.value()] if self._stops else center_today()

    def is_today(self) -> bool:
        return self.shown_day() == center_today()

    def editable(self) -> bool:
        return self._can_edit and self.is_today()

    def members(self) -> list[MemberView]:
        return list(self._snapshot.members) if self._snapshot is not None else []

    def selected_member(self) -> MemberView | None:
        item = self.member_list.currentItem()
        return self._members.get(item.data(0, MEMBER_ROLE)) if item is not None else None

    def select_member(self, member_id: str) -> None:
        for index in range(self.member_list.topLevelItemCount()):
            item = self.member_list.topLevelItem(index)
            if item.data(0, MEMBER_ROLE) == member_id:
                self.member_list.setCurrentItem(item)
                return

    def reload(self) -> None:
        """Read the timeline's stops and show the day the slider is on (today after a change made today)."""
        pid = self._participant_id
        # run_now: one person's network rows by index
        dates = run_now(lambda: self._services.network.history_dates(pid), self)
        if dates is None:
            return
        shown = self.shown_day() if self._snapshot is not None else center_today()
        today = center_today()
        stops = sorted(set(dates) | {today})
        # run_now: one person's network rows by index
        self._change = run_now(lambda: self._services.network.change_since_intake(pid), self)
        # run_now: one person's network rows by index
        self._over_time = run_now(lambda: self._services.network.metrics_over_time(pid), self) or []
        self._stops = stops
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(stops) - 1)
        self.slider.setValue(stops.index(shown) if shown in stops else len(stops) - 1)
        self.slider.blockSignals(False)
        self.slider.setEnabled(len(stops) > 1)
        self._load_day()

    def _load_day(self) -> None:
        day, pid = self.shown_day(), self._participant_id
        # run_now: one person's network rows by index
        snapshot = run_now(lambda: self._services.network.snapshot(pid, day), self)
        if snapshot is None:
            return
        self._snapshot = snapshot
        self._members = {m.id: m for m in snapshot.members}
        self._show_snapshot()

    def _show_snapshot(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        keep = self.selected_member()
        today = self.is_today()
        self.day_label.setText(long_day(snapshot.on) if not today else
                               fill(self.tr("Today, %1"), long_day(snapshot.on)))
        self.today_button.setEnabled(not today)
        self.past_banner.setText(fill(self.tr(
            "Showing the network as it was on %1. This is history: nothing can be changed here. Use “Back to "
            "today” to make changes."), long_day(snapshot.on)))
        self.past_banner.setVisible(not today)
        brought_back = snapshot.positions_brought_back if today else 0
        self.edge_note.setText(self.tr(
            "%n member(s) were placed outside the map and are shown at its edge; drag them where they belong.",
            "", brought_back))
        self.edge_note.setVisible(brought_back > 0)

        self._fill_list(snapshot)
        self._draw(snapshot)
        self.map_stack.setCurrentIndex(0 if snapshot.members else 1)
        self.empty_label.setText(self.tr(
            "No one on the map yet.\n\nStart with who the person turns to: family as they define it, friends, a "
            "sponsor or peer, the groups they go to, and the services that help. Each goes in a life area "
            "around them.") if today else self.tr("No one was on the map on this day."))
        self.empty_add_button.setVisible(self.editable())
        self.map_label.setText(self.tr("Ma&p (the person is in the middle; drag a member, or use the arrow keys, "
                                       "to arrange):") if self.editable()
                               else self.tr("Ma&p (the person is in the middle):"))
        self.empty_label.setMinimumHeight(self.empty_label.heightForWidth(self.empty_label.width()))
        self._show_figures(snapshot)
        wanted = self._select_next if self._select_next in self._members else (keep.id if keep else None)
        if wanted is not None and wanted in self._members:
            self._select_next = None
            self.select_member(wanted)
        elif self.member_list.topLevelItemCount():
            self.member_list.setCurrentItem(self.member_list.topLevelItem(0))
        self._update_buttons()

    def _fill_list(self, snapshot: NetworkSnapshot) -> None:
        self._syncing = True
        try:
            self.member_list.clear()
            for member in sorted(snapshot.members, key=lambda m: " ".join(m.name.casefold().split())):
                texts = self.row_texts(member)
                item = QTreeWidgetItem(texts)
                item.setData(0, MEMBER_ROLE, member.id)
                sentence = self.row_sentence(member)
                # The first cell speaks the whole row, so a screen reader moving down the list hears each tie.
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, sentence)
                for column in range(COLUMNS):
                    item.setToolTip(column, sentence)
                self.member_list.addTopLevelItem(item)
        finally:
            self._syncing = False

    def row_texts(self, member: MemberView) -> list[str]:
        tie, rating = member.tie, member.last_rating
        since = member.tie.known_since if tie is not None and tie.known_since is not None else None
        return [
            member.name,
            member.relationship,
            word(DOMAINS, member.domain),
            word(STRENGTHS, tie.strength) if tie else "",
            word(NATURES, tie.nature) if tie else "",
            word(DIRECTIONS, tie.direction) if tie else "",
            word(FREQUENCIES, tie.frequency) if tie else "",
            format_day(since) if since is not None else "",
            (word(RATINGS, rating.rating) + ", " + format_day(rating.rated_on)) if rating else "",
        ]

    def row_sentence(self, member: MemberView) -> str:
        tie = member.tie
        parts = ["\u2068" + member.name + "\u2069"]  # first-strong isolate: a name in any script stays in its place
        if member.relationship:
            parts.append(member.relationship)
        parts.append(word(KINDS, member.kind) + ", " + word(DOMAINS, member.domain))
        if tie is not None:
            parts.append(fill(self.tr("%1 tie, %2"), word(STRENGTHS, tie.strength), word(NATURES, tie.nature).lower()))
            parts.append(word(DIRECTIONS, tie.direction))
            parts.append(fill(self.tr("in touch: %1"), word(FREQUENCIES, tie.frequency).lower()))
            if tie.known_since is not None:
                parts.append(fill(self.tr("known since %1"), format_day(tie.known_since)))
        if member.last_rating is not None:
            parts.append(fill(self.tr("last answer: %1 (%2)"),
                              word(RATINGS, member.last_rating.rating), format_day(member.last_rating.rated_on)))
        return "; ".join(parts)

    def _nodes(self, snapshot: NetworkSnapshot) -> tuple[list[MapNode], list[MapLink]]:
        nodes = []
        for m in snapshot.members:
            if m.tie is None:
                continue
            x, y = m.position if m.position is not None else (None, None)
            nodes.append(MapNode(m.id, m.name, m.relationship or word(KINDS, m.kind), m.kind, m.domain,  # type: ignore[arg-type]
                                 m.tie.strength, m.tie.nature, m.tie.direction, x, y))  # type: ignore[arg-type]
        ids = {n.id for n in nodes}
        links = [MapLink(lk.member_a_id, lk.member_b_id) for lk in snapshot.links
                 if lk.member_a_id in ids and lk.member_b_id in ids]
        return nodes, links

    def _draw(self, snapshot: NetworkSnapshot) -> None:
        nodes, links = self._nodes(snapshot)
        editable = self.editable()
        labels = map_labels()
        self.map_view.set_network(self._centre_label, nodes, links, editable=editable, labels=labels)
        # The key lists only the life areas on the map: a shorter key leaves the map more room.
        self.legend.set_labels(labels, [n.domain for n in nodes] or None)
        self.legend.resize(self.legend.sizeHint())
        if editable:
            placed = self.map_view.auto_placed()
            if placed:
                # Saved once, so the map stays as first drawn even when members are added later.
                self._save_positions(dict(placed))

    def _show_figures(self, snapshot: NetworkSnapshot) -> None:
        m = snapshot.metrics
        on_map = len(snapshot.members)
        if on_map:
            # "Supports: 11" beside a list of 13 reads as a mistake unless the two left out are named.
            supports = fill(self.tr("Supports: %1 of %n on the map", "", on_map), str(m.supports))
            stressful = sum(1 for member in snapshot.members if member.tie is not None and not member.is_support)
            reason = not_counted(stressful, sum(1 for member in snapshot.members if member.tie is None))
            if reason:
                supports += " " + fill(self.tr("(not counted: %1)"), reason)
            lines = [supports, fill(self.tr("Life areas covered: %1"), str(m.domains_covered))]
        else:
            lines = [fill(self.tr("Supports: %1 · Life areas covered: %2"), str(m.supports), str(m.domains_covered))]
        if m.supportive_share is not None:
            lines.append(fill(self.tr("%1% of ties supportive"), str(round(m.supportive_share * 100))))
        lines.append(fill(self.tr("Community and peer supports: %1 · Clinical: %2"),
                          str(m.community_and_peer), str(m.clinical)))
        self.figures_label.setText("\n".join(lines))

        change = self._change
        if change is None or snapshot.on < change.baseline_on:
            self.change_label.setText(self.tr("The change over time shows here once the map has members."))
        else:
            base = change.baseline
            where = fill(self.tr("Since intake on %1:") if change.baseline_is_intake
                         else self.tr("Since the first map on %1:"), format_day(change.baseline_on))
            self.change_label.setText(where + " " + fill(self.tr("supports %1 → %2, life areas %3 → %4"),
                                                         str(base.supports), str(m.supports), str(base.domains_covered),
                                                         str(m.domains_covered)))
        points = list(self._over_time)
        if not points or points[-1][0] != center_today():
            if self._snapshot is not None and self.is_today():
                points.append((center_today(), m))
        self.trend.set_points(points, snapshot.on)
        # One point is not a trend: the chart appears once the network has changed on a second day.
        self.trend.setVisible(len(points) > 1)
        self.trend_label.setVisible(len(points) > 1)

    # -- selection, both ways ---------------------------------------------------------------------------------

    def _list_selection_changed(self) -> None:
        member = self.selected_member()
        if not self._syncing and member is not None:
            self._syncing = True
            try:
                self.map_view.select_member(member.id)
            finally:
                self._syncing = False
        self.details.setText(self._details(member) if member is not None else "")
        self._update_buttons()

    def _map_selection_changed(self, member_id: str) -> None:
        if self._syncing or not member_id:
            return
        self._syncing = True
        try:
            self.select_member(member_id)
        finally:
            self._syncing = False
        self._list_selection_changed()

    def _details(self, member: MemberView) -> str:
        lines = [self.row_sentence(member)]
        contact = [part for part in (member.phone, member.email) if part]
        if member.address:
            contact.append(" ".join(member.address.split()))
        if contact:
            lines.append(fill(self.tr("Contact: %1"), " · ".join(contact)))
        if member.tie is not None and member.tie.note:
            lines.append(fill(self.tr("Note: %1"), member.tie.note))
        lines.append(fill(self.tr("On the map since %1"), format_day(member.added_on)))
        # A line that starts with a name in Arabic or Hebrew would take that script's direction and read backwards
        # ("…supportive; They ;عبد الباقي"): each line is set in the window's direction by an invisible mark, and
        # the name is isolated so it does not reorder the words beside it (Unicode's own bidi controls).
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"
        return "\n".join(mark + line for line in lines)

    def _update_buttons(self) -> None:
        editable = self.editable()
        has = self.selected_member() is not None
        self.add_button.setEnabled(editable)
        for button in (self.edit_button, self.link_button, self.rate_button, self.remove_button):
            button.setEnabled(editable and has)
        self.link_button.setEnabled(editable and has and len(self._members) > 1)
        self.arrange_button.setEnabled(editable and bool(self._members))
        self.export_button.setEnabled(bool(self._members))
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.legend_button):
            button.setEnabled(bool(self._members))

    # -- changes from elsewhere -------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.concerns(Kind.NETWORK, self._participant_id):
            self.reload()

    # -- timeline ---------------------------------------------------------------------------------------------

    def _slider_moved(self, _value: int) -> None:
        self._load_day()

    def show_today(self) -> None:
        self.slider.setValue(self.slider.maximum())

    def show_day(self, day: date) -> None:
        """Move the slider to `day` (a stop of the timeline)."""
        if day in self._stops:
            self.slider.setValue(self._stops.index(day))

    # -- acting -----------------------------------------------------------------------------------------------

    def _open(self, dialog: NetworkFormDialog) -> None:
        open_one(self, dialog, self._dialog_closed)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        result = getattr(dialog, "result_view", None)
        if isinstance(result, MemberView):
            self._select_next = result.id
            self.select_member(result.id)
        self.member_list.setFocus()

    def add_member(self) -> None:
        if self.editable():
            self._open(MemberDialog(self._services, self._participant_id, None, self))

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is not None and self.editable():
            self._open(MemberDialog(self._services, self._participant_id, member, self))

    def link_member(self) -> None:
        member = self.selected_member()
        if member is not None and self.editable():
            others = sorted((m for m in self._members.values() if m.id != member.id),
                            key=lambda m: m.name.casefold())
            links = self._snapshot.links if self._snapshot is not None else ()
            self._open(LinkDialog(self._services, self._participant_id, member, others, self, links))

    def rate_member(self) -> None:
        member = self.selected_member()
        if member is not None and self.editable():
            self._open(RateDialog(self._services, self._participant_id, member, self))

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is not None and self.editable():
            self._open(RemoveDialog(self._services, self._participant_id, member, self))

    def _member_activated(self, member_id: str) -> None:
        self.select_member(member_id)
        self.edit_member()

    def _member_moved(self, member_id: str, x: float, y: float) -> None:
        if self.editable() and member_id in self._members:
            self._save_positions({member_id: (x, y)})

    def arrange(self) -> None:
        if not self.editable():
            return
        placed = self.map_view.rearrange()
        if placed:
            self._save_positions(dict(placed))

    def _save_positions(self, positions: dict[str, tuple[float, float]]) -> None:
        network = self._services.network

        def saved(kept: dict[str, tuple[float, float]]) -> None:
            if any(kept[k] != tuple(positions[k]) for k in kept):
                self._load_day()  # a card dropped beyond the rim was kept at the edge: show where it is

        def failed(error: BaseException) -> None:
            if isinstance(error, PermissionDenied):
                # The role cannot edit after all (changed elsewhere): the map becomes one to look at.
                self._can_edit = False
                self.read_only_note.show()
                self._show_snapshot()
                return
            show_error(self, error)

        # No change notice: positions are layout, not history, and redrawing would move the map under the hand.
        run_operation(self, lambda: network.save_positions(positions), on_done=saved, on_error=failed)

    def default_export_name(self, suffix: str = "png") -> str:
        """Never the person's name: file names show up in folders, recent-file lists and backups."""
        return f"support-network-{self.shown_day().isoformat()}.{suffix}"

    def export_picture(self) -> None:
        snapshot = self._snapshot
        if snapshot is None or not snapshot.members:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        png_filter, svg_filter = self.tr("PNG picture (*.png)"), self.tr("SVG drawing (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the map"), f"{folder}/{self.default_export_name()}",
            f"{png_filter};;{svg_filter}")
        if not path:
            return
        lower = path.lower()
        as_svg = lower.endswith(".svg") or (not lower.endswith(".png") and chosen == svg_filter)
        if not lower.endswith((".png", ".svg")):
            path += ".svg" if as_svg else ".png"
        nodes, links = self._nodes(snapshot)
        positions = self.map_view.positions() if self.is_today() else {}
        nodes = [MapNode(n.id, n.label, n.sublabel, n.kind, n.domain, n.strength, n.nature, n.direction,
                         *positions.get(n.id, (n.x, n.y))) for n in nodes]
        drawing = full_drawing(self._centre_label, nodes, links, map_labels())
        data = drawing_svg(drawing) if as_svg else drawing_png(drawing)
        target = Path(path)
        run_operation(self, lambda: write_atomic(target, data, mode=0o600),
                      on_done=lambda _r: self._exported(target))

    def _exported(self, target: Path) -> None:
        self.export_note.setText(fill(self.tr("The map was saved as %1 in %2."), target.name, str(target.parent)))
        self.export_note.show()
