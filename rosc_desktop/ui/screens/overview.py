"""The Overview tab: who the person is, a line in their own words, and side by side their BARC-10 totals and
their goal progress over time.

The BARC-10 chart draws the validation study's total of 47 as a labelled reference line, the goal progress
chart the 50 that means goals met as expected; nothing on this tab turns a figure into a verdict.
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from datetime import timedelta

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.clock import center_today, local_date
from rosc_desktop.ui.languages import language_name
from rosc_desktop.services.intake import BARC10_REFERENCE_TOTAL, Barc10View
from rosc_desktop.services.network import NetworkChange
from rosc_desktop.services.participants import ParticipantView
from rosc_desktop.services.permissions import Action, allowed
from rosc_desktop.services.plans import GasPoint
from rosc_desktop.ui.operations import change_bus, run_now, run_operation
from rosc_desktop.ui.screens.barc10 import MAX_TOTAL
from rosc_desktop.ui.screens.intake import format_day
from rosc_desktop.ui.screens.network import not_counted
from rosc_desktop.ui.screens.overview_charts import (
    GAS_COLOUR,
    TOTAL_COLOUR,
    TimeChartView,
    assemble,
    centred_scale,
    coarser_steps,
    date_axis,
    padded_span,
    points_series,
    reference_series,
    value_axis,
)

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

PATHWAYS = {
    "twelve_step": QT_TRANSLATE_NOOP("Pathways", "12-step"),
    "smart_recovery": QT_TRANSLATE_NOOP("Pathways", "SMART Recovery"),
    "medication_assisted": QT_TRANSLATE_NOOP("Pathways", "Medication-assisted"),
    "faith_based": QT_TRANSLATE_NOOP("Pathways", "Faith-based"),
    "harm_reduction": QT_TRANSLATE_NOOP("Pathways", "Harm reduction"),
    "natural_recovery": QT_TRANSLATE_NOOP("Pathways", "Natural recovery"),
    "other": QT_TRANSLATE_NOOP("Pathways", "Other"),
}
MIN_TOTAL = 10
ACTIVITY_DAYS = 30
# T-scores centre on 50 and stay within about 13–87 (ρ = 0.3): 20–80 in tens holds nearly every person's.
GAS_EXPECTED = 50
GAS_HALF_RANGE = 30


def pathway_labels(person: ParticipantView) -> list[str]:
    """The chosen pathways in words; "Other" shows what the person called it when they said."""
    labels = []
    for code in person.pathways:
        if code == "other" and person.pathway_other:
            labels.append(person.pathway_other)
        else:
            labels.append(QCoreApplication.translate("Pathways", PATHWAYS.get(code, code)))
    return labels


def change_since_first(history: list[Barc10View]) -> str:
    """ "+6 since 12 Mar 2026" — how the latest total differs from the first (history oldest first)."""
    first, latest = history[0], history[-1]
    delta = latest.total - first.total
    sign = "+" if delta > 0 else ("−" if delta < 0 else "±")
    return fill(QCoreApplication.translate("OverviewTab", "%1 since %2"),
                f"{sign}{abs(delta)}", format_day(first.assessed_on))


def network_figures(change: NetworkChange) -> list[str]:
    """The support network then and now, one phrase per figure ("Supports: 3 → 7 (+4)")."""
    translate = QCoreApplication.translate

    def share(value: float | None) -> str:
        return fill(translate("OverviewTab", "%1%"), str(round(value * 100))) if value is not None else "—"

    def then_now(text: str, then: str, now: str) -> str:
        return fill(text, then, now)

    before, now = change.baseline, change.now
    delta = now.supports - before.supports
    supports = then_now(translate("OverviewTab", "Supports: %1 → %2"), str(before.supports), str(now.supports))
    if delta:
        supports += " " + fill(translate("OverviewTab", "(%1)"), f"+{delta}" if delta > 0 else f"−{-delta}")
    if now.members > now.supports:
        # The network tab lists every member: say why some of them are not in this count.
        supports += fill(translate("OverviewTab", "; not counted now: %1"), not_counted(now.members - now.supports))
    return [
        supports,
        then_now(translate("OverviewTab", "Areas of life: %1 → %2"), str(before.domains_covered),
                 str(now.domains_covered)),
        then_now(translate("OverviewTab", "Supportive ties: %1 → %2"), share(before.supportive_share),
                 share(now.supportive_share)),
        then_now(translate("OverviewTab", "Community and peer to clinical: %1 → %2"),
                 f"{before.community_and_peer} : {before.clinical}", f"{now.community_and_peer} : {now.clinical}"),
    ]


class OverviewTab(QWidget):
    help_topic = "overview"

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id

        about = QGroupBox(self.tr("About"))
        form = QFormLayout(about)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (("contact", self.tr("Contact")), ("language", self.tr("Language")),
                             ("pathways", self.tr("Recovery pathways")), ("registered", self.tr("Registered on"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label = QLabel(caption + ":")
            label.setBuddy(value)
            value.setAccessibleName(caption)
            form.addRow(label, value)
            self.fields[key] = value
        # The id the command line asks for (print plan --participant ID), to read off or copy; it says nothing
        # about the person.
        self.id_label = QLabel(participant_id)
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.id_label.setAccessibleName(self.tr("Participant ID"))
        self.copy_id_button = QPushButton(self.tr("Copy"))
        self.copy_id_button.setAccessibleName(self.tr("Copy the participant ID"))
        self.copy_id_button.setAutoDefault(False)
        self.copy_id_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(participant_id))
        id_row = QHBoxLayout()
        id_row.addWidget(self.id_label, 1)
        id_row.addWidget(self.copy_id_button)
        id_caption = QLabel(self.tr("ID (for the command line)") + ":")
        id_caption.setBuddy(self.copy_id_button)
        form.addRow(id_caption, id_row)
        # The person's primary peer specialist: shown to all, changed by whoever may edit the person.
        self.primary_label = QLabel()
        self.primary_label.setWordWrap(True)
        self.primary_label.setAccessibleName(self.tr("Primary peer specialist"))
        self.primary_button = QPushButton(self.tr("Change…"))
        self.primary_button.setAccessibleName(self.tr("Change the primary peer specialist"))
        self.primary_button.setAutoDefault(False)
        self.primary_button.clicked.connect(self.choose_primary)
        primary_row = QHBoxLayout()
        primary_row.addWidget(self.primary_label, 1)
        primary_row.addWidget(self.primary_button)
        primary_caption = QLabel(self.tr("Primary peer specialist") + ":")
        primary_caption.setBuddy(self.primary_button)
        form.addRow(primary_caption, primary_row)
        # Groups, meetings and drop-in visits: how present the person is at the center, at a glance.
        self.activities_label = QLabel()
        self.activities_label.setWordWrap(True)
        self.activities_label.setAccessibleName(self.tr("Activities attended"))
        activities_caption = QLabel(self.tr("Activities") + ":")
        activities_caption.setBuddy(self.activities_label)
        form.addRow(activities_caption, self.activities_label)

        words = QGroupBox(self.tr("In their words"))
        words_layout = QVBoxLayout(words)
        self.in_their_words = QLabel()
        self.in_their_words.setWordWrap(True)
        self.in_their_words.setAccessibleName(self.tr("In their words"))
        quote_font = self.in_their_words.font()
        quote_font.setItalic(True)
        quote_font.setPointSizeF(quote_font.pointSizeF() * 1.15)
        self.in_their_words.setFont(quote_font)
        words_layout.addWidget(self.in_their_words)
        words_layout.addStretch()

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(about, 1)
        top.addWidget(words, 1)

        goals_box = QGroupBox(self.tr("Goals"))
        goals_layout = QVBoxLayout(goals_box)
        self.gas_label = QLabel()
        self.gas_label.setWordWrap(True)
        self.gas_label.setAccessibleName(self.tr("Goal progress"))
        self.gas_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the tooltip explains the formula
        gas_explained = self.tr(
            "Goal progress is a Goal Attainment Scaling (GAS) T-score. It sums the level reached on each goal (−2 … +2), weighted by its importance: "
            "T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), with ρ = 0.3 and weights 1 unless set. "
            "50 means the goals were met as expected; above 50, better than expected.")
        self.gas_label.setToolTip(gas_explained)
        goals_layout.addWidget(self.gas_label)
        goals_layout.addStretch()  # beside a taller network box, the text stays at the top, not floating

        network_box = QGroupBox(self.tr("Support network"))
        network_layout = QVBoxLayout(network_box)
        self.network_since = QLabel()
        since_font = self.network_since.font()
        since_font.setBold(True)
        self.network_since.setFont(since_font)
        self.network_since.setAccessibleName(self.tr("Support network: since when"))
        self.network_figures = QLabel()
        self.network_figures.setWordWrap(True)
        self.network_figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.network_figures.setAccessibleName(self.tr("Support network, then and now"))
        self.network_figures.setToolTip(self.tr(
            "Supports: members whose tie is supportive or mixed. Areas of life: the different areas those "
            "supports come from. Supportive ties: the share of all ties that are supportive. Community and "
            "peer to clinical: supports from family, friends, peers, mutual aid, faith and community, "
            "against supports from clinical care."))
        network_layout.addWidget(self.network_since)
        network_layout.addWidget(self.network_figures)
        network_layout.addStretch()

        barc = QGroupBox(self.tr("Recovery capital (BARC-10)"))
        barc_layout = QVBoxLayout(barc)
        self.latest_label = QLabel()
        latest_font = self.latest_label.font()
        latest_font.setBold(True)
        latest_font.setPointSizeF(latest_font.pointSizeF() * 1.2)
        self.latest_label.setFont(latest_font)
        self.latest_label.setAccessibleName(self.tr("Latest BARC-10"))
        self.change_label = QLabel()
        change_font = self.change_label.font()
        change_font.setPointSizeF(change_font.pointSizeF() * 1.1)
        self.change_label.setFont(change_font)
        self.change_label.setAccessibleName(self.tr("Change since the first BARC-10"))
        self.empty_label = QLabel(self.tr("No BARC-10 yet — record one from the Intake tab"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(90)
        figures = QHBoxLayout()
        figures.addWidget(self.latest_label)
        figures.addSpacing(16)
        figures.addWidget(self.change_label)
        figures.addStretch()
        self.chart_view = TimeChartView(self.tr("BARC-10 totals over time"))
        barc_layout.addLayout(figures)
        barc_layout.addWidget(self.chart_view, 1)
        barc_layout.addWidget(self.empty_label)

        progress = QGroupBox(self.tr("Goal progress over time"))
        progress_layout = QVBoxLayout(progress)
        self.gas_latest_label = QLabel()
        self.gas_latest_label.setFont(latest_font)
        self.gas_latest_label.setAccessibleName(self.tr("Latest goal progress"))
        self.gas_latest_label.setToolTip(gas_explained)
        self.gas_chart_view = TimeChartView(self.tr("Goal progress over time"))
        self.gas_chart_view.setToolTip(gas_explained)
        self.gas_empty_label = QLabel(self.tr("No goal reviews yet — review a goal on the Goals tab"))
        self.gas_empty_label.setWordWrap(True)
        self.gas_empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gas_empty_label.setMinimumHeight(90)
        progress_layout.addWidget(self.gas_latest_label)
        progress_layout.addWidget(self.gas_chart_view, 1)
        progress_layout.addWidget(self.gas_empty_label)

        # Side by side, so the goals and the network, then the two charts, fit a 720-pixel-high screen.
        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(goals_box, 1)
        middle.addWidget(network_box, 1)
        self._charts = charts = QHBoxLayout()
        charts.setSpacing(12)
        charts.addWidget(barc, 1)
        charts.addWidget(progress, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addLayout(charts, 1)
        layout.addStretch(0)  # takes the spare room instead of empty chart boxes
        self._content_layout = layout
        # A short screen scrolls the tab up and down rather than forcing the window taller; never sideways.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        change_bus.changed.connect(self._on_changed)
        self.reload_primary()
        self.reload_intake()
        self.reload_barc10()
        self.reload_goals()
        self.reload_network()
        self.reload_activities()

    # -- filling in ------------------------------------------------------------------------------------------

    def show_participant(self, person: ParticipantView) -> None:
        contact = [v for v in (person.phone, person.email) if v]
        self.fields["contact"].setText("\n".join(contact) if contact else self.tr("None given"))
        self.fields["language"].setText(language_name(person.preferred_language))
        paths = pathway_labels(person)
        self.fields["pathways"].setText(", ".join(paths) if paths else self.tr("Not chosen yet"))
        self.fields["registered"].setText(format_day(local_date(person.created_at)))

    def reload_primary(self) -> None:
        # run_now: one person's open caseload row by index
        primary = run_now(lambda: self._services.caseload.primary(self._participant_id), self)
        self.primary_label.setText(primary.display_name if primary is not None else self.tr("Nobody yet"))
        may_edit = allowed(self._services.actor.role, Action.EDIT_PARTICIPANT)
        self.primary_button.setVisible(may_edit)

    def choose_primary(self) -> None:
        """Pick from the active staff (with how many people each carries, for those who may see it)."""
        caseload = self._services.caseload
        # run_now: the active staff: tens of rows
        people = run_now(caseload.candidates, self) or []
        sizes: dict[str, int] = {}
        if allowed(self._services.actor.role, Action.VIEW_REPORTS):
            # run_now: one count per staff member over open assignments (0.4 ms at 100,000 people)
            sizes = {s.staff_id: s.people for s in (run_now(caseload.sizes, self) or [])}
        def carries(name: str, count: int) -> str:
            # No English catalogue turns "%n people" into "1 person": said apart, as the participant list does.
            if count == 1:
                return fill(self.tr("%1 (1 person)"), name)
            return fill(self.tr("%1 (%n people)", None, count), name)

        labels = [self.tr("Nobody")] + [carries(name, sizes[sid]) if sid in sizes else name for sid, name in people]
        # run_now: one person's open caseload row by index
        current = run_now(lambda: caseload.primary(self._participant_id), self)
        index = next((i + 1 for i, (sid, _n) in enumerate(people) if current and sid == current.staff_id), 0)
        choice, ok = QInputDialog.getItem(self, self.tr("Primary peer specialist"),
                                          self.tr("Who is this person's primary peer specialist?"), labels, index,
                                          False)
        if not ok:
            return
        chosen = labels.index(choice)
        staff_id = people[chosen - 1][0] if chosen > 0 else None
        pid = self._participant_id
        run_operation(self, lambda: caseload.assign(pid, staff_id))

    def reload_intake(self) -> None:
        # run_now: one person's intake row by index, and its audit row
        view = run_now(lambda: self._services.intake.get(self._participant_id), self)
        if view is None:
            return
        first_line = next((ln.strip() for ln in view.text.strengths.splitlines() if ln.strip()), "")
        if first_line:
            self.in_their_words.setText(fill(self.tr("“%1”"), first_line))
        else:
            self.in_their_words.setText(self.tr(
                "Nothing written yet. The Intake tab starts the conversation with strengths."))

    def reload_barc10(self) -> None:
        # run_now: one person's BARC-10s by index
        history: list[Barc10View] | None = run_now(
            lambda: self._services.intake.barc10_history(self._participant_id), self)
        if history is None:
            return
        has_any = bool(history)
        self.latest_label.setVisible(has_any)
        self.change_label.setVisible(len(history) > 1)
        self.chart_view.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        self._stretch_charts()
        if not has_any:
            self.latest_label.clear()
            self.change_label.clear()
            self.chart_view.clear_chart()
            return
        latest = history[-1]
        self.latest_label.setText(fill(self.tr("Latest: %1 of %2 on %3"),
                                       str(latest.total), str(MAX_TOTAL), format_day(latest.assessed_on)))
        self.change_label.setText(change_since_first(history) if len(history) > 1 else "")
        self._draw(history)

    def reload_goals(self) -> None:
        # run_now: one person's goals and reviews by index
        summary = run_now(lambda: self._services.goals.gas_summary(self._participant_id), self)
        if summary is None:
            return
        self.reload_gas_history()
        if summary.t_score is None:
            self.gas_label.setText(self.tr("No goal reviews yet — set goals with the person on the Goals tab."))
            return
        text = fill(self.tr("Goal progress %1 (50 = goals met as expected), from %2 of %3 goals reviewed."),
                    f"{summary.t_score:.0f}", str(summary.reviewed_goals), str(summary.goals))
        if summary.first_t_score is not None and round(summary.first_t_score) != round(summary.t_score):
            text += " " + fill(self.tr("At the first reviews it was %1."), f"{summary.first_t_score:.0f}")
        # run_now: one person's goals by index
        goals = run_now(lambda: self._services.goals.for_person(self._participant_id), self) or []
        # Each reviewed goal's latest level, in the person's words: "+1 In my own room — A place of my own".
        lines = [f"{g.latest_level:+d}  {g.levels[g.latest_level + 2] or ''} — {g.statement}".replace("  — ", " — ")
                 for g in goals if g.latest_level is not None and g.status != "let_go"]
        self.gas_label.setText("\n".join([text, *lines]))

    def reload_gas_history(self) -> None:
        # run_now: one person's goals and reviews by index
        history: list[GasPoint] | None = run_now(
            lambda: self._services.goals.gas_history(self._participant_id), self)
        if history is None:
            return
        has_any = bool(history)
        self.gas_latest_label.setVisible(has_any)
        self.gas_chart_view.setVisible(has_any)
        self.gas_empty_label.setVisible(not has_any)
        self._stretch_charts()
        if not has_any:
            self.gas_latest_label.clear()
            self.gas_chart_view.clear_chart()
            return
        latest = history[-1]
        self.gas_latest_label.setText(fill(self.tr("Latest: %1 on %2"), f"{latest.t_score:.0f}", format_day(latest.on)))
        self._draw_gas(history)

    def reload_network(self) -> None:
        # Wrapped, so a failed read (None from run_now) is not mistaken for "no map yet" (None from the service).
        # run_now: one person's network rows by index
        answer = run_now(lambda: (self._services.network.change_since_intake(self._participant_id),), self)
        if answer is None:
            return
        change: NetworkChange | None = answer[0]
        if change is None:
            self.network_since.setText(self.tr("No support network drawn yet."))
            self.network_figures.setVisible(False)
            self.network_figures.clear()
            return
        heading = fill(self.tr("Since intake on %1") if change.baseline_is_intake
                       else self.tr("Since the first map on %1"), format_day(change.baseline_on))
        self.network_since.setText(heading)
        figures = network_figures(change)
        self.network_figures.setText("\n".join(figures))  # one figure a line: read at a glance, not parsed
        # Read out as sentences, not as symbols run together.
        self.network_figures.setAccessibleDescription(heading + ". " + ". ".join(figures) + ".")
        self.network_figures.setVisible(True)

    def reload_activities(self) -> None:
        from rosc_desktop.ui.screens.attendance import activity_title

        # run_now: one person's latest 200 attendances by index
        came = run_now(lambda: self._services.activities.for_person(self._participant_id), self)
        if came is None:
            return
        if not came:
            self.activities_label.setText(self.tr("None recorded yet"))
            return
        since = center_today() - timedelta(days=ACTIVITY_DAYS)
        recent = sum(1 for a in came if a.held_on > since)
        text = self.tr("Came %n time(s) in the last 30 days", "", recent)
        last = came[0]
        self.activities_label.setText(text + " — " + fill(self.tr("last: %1, %2"),
                                                          activity_title(last.name, last.kind),
                                                          format_day(last.held_on)))

    def _on_changed(self, changes: Changes) -> None:
        # Only this person's changes: reading an intake is audited as a viewing of that person.
        if changes.concerns(Kind.CASELOAD, self._participant_id):
            self.reload_primary()
        if changes.concerns(Kind.INTAKE, self._participant_id):
            self.reload_intake()
        if changes.concerns(Kind.BARC10, self._participant_id):
            self.reload_barc10()
        if changes.concerns(Kind.GOALS, self._participant_id):
            self.reload_goals()
        if changes.concerns(Kind.NETWORK, self._participant_id):
            self.reload_network()
        if changes.concerns(Kind.ATTENDANCE, self._participant_id):
            self.reload_activities()

    # -- the charts ------------------------------------------------------------------------------------------

    def _stretch_charts(self) -> None:
        # The charts take the spare height when either has something to draw; otherwise an empty stretch does.
        drawn = self.chart_view.isVisibleTo(self) or self.gas_chart_view.isVisibleTo(self)
        layout = self._content_layout
        layout.setStretch(layout.indexOf(self._charts), 1 if drawn else 0)
        layout.setStretch(layout.count() - 1, 0 if drawn else 1)

    def _draw(self, history: list[Barc10View]) -> None:
        start, end = padded_span(history[0].assessed_on, history[-1].assessed_on)
        totals = points_series(self.tr("BARC-10 total"), TOTAL_COLOUR,
                               [(view.assessed_on, view.total) for view in history])
        reference = reference_series(
            fill(self.tr("Reference: %1 (validation study)"), str(BARC10_REFERENCE_TOTAL)),
            BARC10_REFERENCE_TOTAL, start, end)
        # 10, 20 … 60 at most: with a tick every 5 the labels had less room than their height, and Qt showed "…".
        y_axis = value_axis(MIN_TOTAL, MAX_TOTAL, 10, self.tr("Total"))
        self.chart_view.show_chart(assemble(self.palette(), [reference, totals], date_axis(start, end), y_axis),
                                   y_axis, coarser_steps(MIN_TOTAL, MAX_TOTAL, 10))
        points = "; ".join(
            fill(self.tr("%1: %2"), format_day(v.assessed_on), str(v.total)) for v in history)
        self.chart_view.setAccessibleDescription(points)

    def _draw_gas(self, history: list[GasPoint]) -> None:
        start, end = padded_span(history[0].on, history[-1].on)
        scores = points_series(self.tr("Goal progress"), GAS_COLOUR, [(p.on, p.t_score) for p in history])
        expected = reference_series(self.tr("50 = goals met as expected"), GAS_EXPECTED, start, end)
        low, high, step = centred_scale([p.t_score for p in history], GAS_EXPECTED, GAS_HALF_RANGE, 10)
        y_axis = value_axis(low, high, step, "")  # the legend names the line; a title would take width
        self.gas_chart_view.show_chart(assemble(self.palette(), [expected, scores], date_axis(start, end), y_axis),
                                       y_axis, coarser_steps(low, high, step, GAS_EXPECTED))
        points = "; ".join(fill(self.tr("%1: %2"), format_day(p.on), f"{p.t_score:.0f}")
                           for p in history)
        self.gas_chart_view.setAccessibleDescription(
            fill(self.tr("Goal progress after each review (50 = goals met as expected): %1"), points))
