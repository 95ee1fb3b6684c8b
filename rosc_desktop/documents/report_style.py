"""How the center's report looks, on screen (ui/screens/reports.py) and on paper (documents/center_report.py):
the charts' colours, their series in order, their titles, the words for a figure's breakdown and how a figure is
written (also for the terminal and the hub's table), kept in one place without Qt so they cannot drift apart.

Colours are Okabe–Ito (told apart with any colour vision), as hex strings both QColor and reportlab read. Words
are English, marked for Qt Linguist in the "Measures" context beside the measures' own titles; the screen
translates them with QCoreApplication.translate("Measures", …), a document with i18n.translator_for(language).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rosc_desktop.services.measures import Figure, shown_value

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale


def QT_TRANSLATE_NOOP(_context: str, source: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a word for Qt Linguist without importing Qt; it is translated where it is shown."""
    return source


# The eight Okabe–Ito colours, in the order series take them when nothing below names one.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, VERMILLION, YELLOW, BLACK = OKABE_ITO

# Monthly trend: one line per series, drawn in this order (the legend reads the same way).
TREND_TITLE = QT_TRANSLATE_NOOP("Measures", "People served and contacts, month by month")
TREND_SERIES: tuple[tuple[str, str, str], ...] = (  # (TrendPoint field, name, colour)
    ("people_served", QT_TRANSLATE_NOOP("Measures", "People served"), BLUE),
    ("contacts", QT_TRANSLATE_NOOP("Measures", "Contacts"), ORANGE),
)
TREND_MONTHS = 12

# Attendance by kind: one bar per kind, in this order, all in one colour (the axis names the kind).
ATTENDANCE_TITLE = QT_TRANSLATE_NOOP("Measures", "Attendance by kind of activity")
ATTENDANCE_KINDS = ("group", "meeting", "class", "event", "drop_in")  # enums.ActivityKind values
ATTENDANCE_COLOUR = BLUISH_GREEN

# BARC-10 distribution: two bars per band (measures.BARC_BINS), first assessment then latest.
BARC_TITLE = QT_TRANSLATE_NOOP("Measures", "BARC-10 totals at first and latest assessment")
BARC_SERIES: tuple[tuple[str, str, str], ...] = (  # (which, name, colour)
    ("first", QT_TRANSLATE_NOOP("Measures", "First assessment"), SKY_BLUE),
    ("latest", QT_TRANSLATE_NOOP("Measures", "Latest assessment"), VERMILLION),
)
BARC_AXIS = QT_TRANSLATE_NOOP("Measures", "BARC-10 total")
PEOPLE_AXIS = QT_TRANSLATE_NOOP("Measures", "People")

# The keys of measures.Figure.breakdown, in words.
BREAKDOWN_WORDS = {
    "enrolled": QT_TRANSLATE_NOOP("Measures", "Enrolled people"),
    "anonymous_visits": QT_TRANSLATE_NOOP("Measures", "Visits by people not enrolled or not named"),
    "in_person": QT_TRANSLATE_NOOP("Measures", "In person"),
    "phone": QT_TRANSLATE_NOOP("Measures", "Phone"),
    "text": QT_TRANSLATE_NOOP("Measures", "Text message"),
    "video": QT_TRANSLATE_NOOP("Measures", "Video"),
    "outreach": QT_TRANSLATE_NOOP("Measures", "Outreach in the community"),
    "group": QT_TRANSLATE_NOOP("Measures", "Groups"),
    "meeting": QT_TRANSLATE_NOOP("Measures", "Meetings"),
    "class": QT_TRANSLATE_NOOP("Measures", "Classes"),
    "event": QT_TRANSLATE_NOOP("Measures", "Events"),
    "drop_in": QT_TRANSLATE_NOOP("Measures", "Drop-in"),
}


def band_label(low: int, high: int) -> str:
    """A BARC-10 band as both the axis and the printed table write it."""
    return f"{low}–{high}"


# No figure to show (nothing to average yet): the same dash on the screen, on paper and in the terminal.
NO_FIGURE = "–"


def figure_value(figure: Figure, unit: str, locale: "QLocale | None" = None) -> str:
    """A figure as people read it, the same on the screen, on paper and in the terminal: whole numbers for counts,
    one decimal otherwise (rounded once, `measures.shown_value`), a change signed ("+5.3", "−1.0", "0.0"), "–" for
    none. `locale` writes the digits the reader's way ("5,3"); without one, as the terminal and the CSV do."""
    if figure.value is None:
        return NO_FIGURE
    shown = shown_value(figure.value, unit)
    if unit not in ("points", "days"):
        return locale.toString(int(shown)) if locale else str(int(shown))
    text = locale.toString(float(abs(shown)), "f", 1) if locale else f"{abs(shown):.1f}"
    if unit == "points" and shown > 0:
        return "+" + text
    return ("−" + text) if shown < 0 else text
