"""The fonts every printed document embeds, so a name in any script prints as letters, never as empty boxes.

Shipped in resources/fonts with their licences (FONT_LICENCES):

- DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence, DejaVu changes public domain): Latin with every
  accent (Vietnamese too), Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic glyphs.
- WenQuanYi Micro Hei (Apache 2.0, or GPLv3 with the font exception): the fallback for Chinese, Japanese kana
  and Korean hangul. It has no bold; bold CJK text uses the regular face.

`font_runs` splits a string into runs that each use the first font that has every glyph of the run; the
documents draw each run in its own font (Paragraph markup with <font name=...>). Arabic is shaped (letters
joined) when uharfbuzz is installed, which reportlab uses for fonts registered as shapable; without it the
letters print unjoined but still as letters. A document in Arabic, and any map label with right-to-left letters,
goes through bidi_text instead: letters joined into DejaVu's presentation forms and laid out right to left.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import cast
from xml.sax.saxutils import escape

__all__ = ["FONT_DIR", "FONT_LICENCES", "FontSet", "covers", "font_runs", "needs_shaping", "markup", "missing_glyphs", "register_fonts",
           "shaping_available"]

FONT_DIR = Path(str(resources.files("rosc_desktop") / "resources" / "fonts"))
FONT_LICENCES = (FONT_DIR / "LICENSE-DejaVu.txt", FONT_DIR / "LICENSE-WenQuanYi-MicroHei.txt",
                 FONT_DIR / "LICENSE-Apache-2.0.txt")

REGULAR = "RoscSans"
BOLD = "RoscSans-Bold"
CJK = "RoscSansCJK"

_FILES = {REGULAR: ("DejaVuSans.ttf", 0), BOLD: ("DejaVuSans-Bold.ttf", 0), CJK: ("wqy-microhei.ttc", 0)}


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    fallbacks: tuple[str, ...]  # tried in order for characters the main face lacks


_FONTS: FontSet | None = None
_CMAPS: dict[str, frozenset[int]] = {}


def shaping_available() -> bool:
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


# Scripts whose letters join or reorder (Arabic, Syriac, Thaana, N'Ko, Arabic presentation forms): shaping
# matters there and nowhere else we print.
_JOINING = ((0x0600, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def needs_shaping(text: str) -> bool:
    return any(lo <= ord(ch) <= hi for ch in text for lo, hi in _JOINING)


def register_fonts() -> FontSet:
    """Register the shipped fonts with reportlab once per process; later calls return the same names."""
    global _FONTS
    if _FONTS is not None:
        return _FONTS
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, (file_name, index) in _FILES.items():
        if name not in registered:
            font = TTFont(name, str(FONT_DIR / file_name), subfontIndex=index)
            pdfmetrics.registerFont(font)
        font = cast(TTFont, pdfmetrics.getFont(name))  # each of ours was registered as a TTFont, above or before
        _CMAPS[name] = frozenset(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    _FONTS = FontSet(REGULAR, BOLD, (CJK,))
    return _FONTS


def covers(font: str, ch: str) -> bool:
    """Whether the registered shipped font `font` has a glyph for `ch`."""
    register_fonts()
    return _covers(font, ch)


def _covers(font: str, ch: str) -> bool:
    # Spaces and line breaks belong to whatever run they sit in; every face has a space.
    return ch in " \n\t\u00a0" or ord(ch) in _CMAPS[font]


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """[(text, font name), ...] covering `text` in order; each run's font has all its glyphs, except a
    character no shipped font has (it stays in the main face, where it shows as a box: see missing_glyphs)."""
    fonts = register_fonts()
    order = (fonts.bold if bold else fonts.regular, *fonts.fallbacks)
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = next((f for f in order if _covers(f, ch)), order[0])
        if runs and (runs[-1][1] == font or ch in " \u00a0"):
            runs[-1] = (runs[-1][0] + ch, runs[-1][1])
        else:
            runs.append((ch, font))
    return runs


def missing_glyphs(text: str) -> set[str]:
    """The characters of `text` that no shipped font can draw (empty when everything prints)."""
    fonts = register_fonts()
    faces = (fonts.regular, fonts.bold, *fonts.fallbacks)
    return {ch for ch in text if not ch.isspace() and not any(_covers(f, ch) for f in faces)
            and ord(ch) >= 0x20}


def markup(text: str, bold: bool = False) -> str:
    """`text` as Paragraph markup: escaped, line breaks kept, each run in a font that has its glyphs."""
    fonts = register_fonts()
    main = fonts.bold if bold else fonts.regular
    parts = []
    for run, font in font_runs(text, bold):
        piece = escape(run).replace("\n", "<br/>")
        parts.append(piece if font == main else f'<font name="{font}">{piece}</font>')
    return "".join(parts)
