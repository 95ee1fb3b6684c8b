"""Meeting Guide's meeting types: each code a feed may give ("O", "SP", "12x12") and its name.

The codes and names are the Meeting Guide specification's (github.com/code4recovery/spec). A meeting keeps its
codes (they travel in HSDS exports as the "Meeting Guide types" taxonomy, named in English there); the Directory
shows the names in the interface's language, marked here for Qt Linguist in the "MeetingTypes" context without
importing Qt (the core knows nothing of Qt).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(_context: str, source: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a name for Qt Linguist; it is translated where it is shown (ui/screens/directory.py)."""
    return source


CONTEXT = "MeetingTypes"
TYPE_NAMES = {
    "11": QT_TRANSLATE_NOOP("MeetingTypes", "11th Step Meditation"),
    "12x12": QT_TRANSLATE_NOOP("MeetingTypes", "12 Steps & 12 Traditions"),
    "A": QT_TRANSLATE_NOOP("MeetingTypes", "Secular"),
    "ABSI": QT_TRANSLATE_NOOP("MeetingTypes", "As Bill Sees It"),
    "AL": QT_TRANSLATE_NOOP("MeetingTypes", "Concurrent with Alateen"),
    "AL-AN": QT_TRANSLATE_NOOP("MeetingTypes", "Concurrent with Al-Anon"),
    "AM": QT_TRANSLATE_NOOP("MeetingTypes", "Amharic"),
    "ASL": QT_TRANSLATE_NOOP("MeetingTypes", "American Sign Language"),
    "B": QT_TRANSLATE_NOOP("MeetingTypes", "Big Book"),
    "BA": QT_TRANSLATE_NOOP("MeetingTypes", "Babysitting Available"),
    "BE": QT_TRANSLATE_NOOP("MeetingTypes", "Newcomer"),
    "BI": QT_TRANSLATE_NOOP("MeetingTypes", "Bisexual"),
    "BRK": QT_TRANSLATE_NOOP("MeetingTypes", "Breakfast"),
    "C": QT_TRANSLATE_NOOP("MeetingTypes", "Closed"),
    "CAN": QT_TRANSLATE_NOOP("MeetingTypes", "Candlelight"),
    "CF": QT_TRANSLATE_NOOP("MeetingTypes", "Child-Friendly"),
    "D": QT_TRANSLATE_NOOP("MeetingTypes", "Discussion"),
    "DA": QT_TRANSLATE_NOOP("MeetingTypes", "Danish"),
    "DB": QT_TRANSLATE_NOOP("MeetingTypes", "Digital Basket"),
    "DD": QT_TRANSLATE_NOOP("MeetingTypes", "Dual Diagnosis"),
    "DE": QT_TRANSLATE_NOOP("MeetingTypes", "German"),
    "DR": QT_TRANSLATE_NOOP("MeetingTypes", "Daily Reflections"),
    "EL": QT_TRANSLATE_NOOP("MeetingTypes", "Greek"),
    "EN": QT_TRANSLATE_NOOP("MeetingTypes", "English"),
    "FA": QT_TRANSLATE_NOOP("MeetingTypes", "Persian"),
    "FF": QT_TRANSLATE_NOOP("MeetingTypes", "Fragrance Free"),
    "FR": QT_TRANSLATE_NOOP("MeetingTypes", "French"),
    "G": QT_TRANSLATE_NOOP("MeetingTypes", "Gay"),
    "GR": QT_TRANSLATE_NOOP("MeetingTypes", "Grapevine"),
    "H": QT_TRANSLATE_NOOP("MeetingTypes", "Birthday"),
    "HE": QT_TRANSLATE_NOOP("MeetingTypes", "Hebrew"),
    "HI": QT_TRANSLATE_NOOP("MeetingTypes", "Hindi"),
    "HR": QT_TRANSLATE_NOOP("MeetingTypes", "Croatian"),
    "HU": QT_TRANSLATE_NOOP("MeetingTypes", "Hungarian"),
    "ITA": QT_TRANSLATE_NOOP("MeetingTypes", "Italian"),
    "JA": QT_TRANSLATE_NOOP("MeetingTypes", "Japanese"),
    "KOR": QT_TRANSLATE_NOOP("MeetingTypes", "Korean"),
    "L": QT_TRANSLATE_NOOP("MeetingTypes", "Lesbian"),
    "LGBTQ": QT_TRANSLATE_NOOP("MeetingTypes", "LGBTQ"),
    "LIT": QT_TRANSLATE_NOOP("MeetingTypes", "Literature"),
    "LS": QT_TRANSLATE_NOOP("MeetingTypes", "Living Sober"),
    "LT": QT_TRANSLATE_NOOP("MeetingTypes", "Lithuanian"),
    "M": QT_TRANSLATE_NOOP("MeetingTypes", "Men"),
    "MED": QT_TRANSLATE_NOOP("MeetingTypes", "Meditation"),
    "ML": QT_TRANSLATE_NOOP("MeetingTypes", "Malayalam"),
    "N": QT_TRANSLATE_NOOP("MeetingTypes", "Native American"),
    "NB": QT_TRANSLATE_NOOP("MeetingTypes", "Non-Binary"),
    "NDG": QT_TRANSLATE_NOOP("MeetingTypes", "Indigenous"),
    "NO": QT_TRANSLATE_NOOP("MeetingTypes", "Norwegian"),
    "O": QT_TRANSLATE_NOOP("MeetingTypes", "Open"),
    "OUT": QT_TRANSLATE_NOOP("MeetingTypes", "Outdoor"),
    "P": QT_TRANSLATE_NOOP("MeetingTypes", "Professionals"),
    "POA": QT_TRANSLATE_NOOP("MeetingTypes", "Proof of Attendance"),
    "POC": QT_TRANSLATE_NOOP("MeetingTypes", "People of Color"),
    "POL": QT_TRANSLATE_NOOP("MeetingTypes", "Polish"),
    "POR": QT_TRANSLATE_NOOP("MeetingTypes", "Portuguese"),
    "PUN": QT_TRANSLATE_NOOP("MeetingTypes", "Punjabi"),
    "RUS": QT_TRANSLATE_NOOP("MeetingTypes", "Russian"),
    "S": QT_TRANSLATE_NOOP("MeetingTypes", "Spanish"),
    "SEN": QT_TRANSLATE_NOOP("MeetingTypes", "Seniors"),
    "SK": QT_TRANSLATE_NOOP("MeetingTypes", "Slovak"),
    "SM": QT_TRANSLATE_NOOP("MeetingTypes", "Smoking Permitted"),
    "SP": QT_TRANSLATE_NOOP("MeetingTypes", "Speaker"),
    "ST": QT_TRANSLATE_NOOP("MeetingTypes", "Step Study"),
    "SV": QT_TRANSLATE_NOOP("MeetingTypes", "Swedish"),
    "T": QT_TRANSLATE_NOOP("MeetingTypes", "Transgender"),
    "TC": QT_TRANSLATE_NOOP("MeetingTypes", "Location Temporarily Closed"),
    "TH": QT_TRANSLATE_NOOP("MeetingTypes", "Thai"),
    "TL": QT_TRANSLATE_NOOP("MeetingTypes", "Tagalog"),
    "TR": QT_TRANSLATE_NOOP("MeetingTypes", "Tradition Study"),
    "UK": QT_TRANSLATE_NOOP("MeetingTypes", "Ukrainian"),
    "W": QT_TRANSLATE_NOOP("MeetingTypes", "Women"),
    "X": QT_TRANSLATE_NOOP("MeetingTypes", "Wheelchair Access"),
    "XB": QT_TRANSLATE_NOOP("MeetingTypes", "Wheelchair-Accessible Bathroom"),
    "XT": QT_TRANSLATE_NOOP("MeetingTypes", "Cross Talk Permitted"),
    "Y": QT_TRANSLATE_NOOP("MeetingTypes", "Young People"),
    "ONL": QT_TRANSLATE_NOOP("MeetingTypes", "Online Meeting"),
    "HY": QT_TRANSLATE_NOOP("MeetingTypes", "Hybrid"),
    "TUR": QT_TRANSLATE_NOOP("MeetingTypes", "Turkish"),
}
