"""Right-to-left text for printed documents: Arabic shaped and put in the order it is drawn.

reportlab draws a string left to right, glyph after glyph, and its own right-to-left support needs rlbidi (not
installable here). So each line is prepared before it is drawn: arabic_reshaper turns the letters into their
joined presentation forms (DejaVu Sans has them), still in reading order; python-bidi's implementation of the
Unicode bidirectional algorithm then gives the visual order, in which numbers and Latin names inside Arabic keep
their own left-to-right order. Lines are broken on the reading order first (`break_lines`); the directions are
resolved over the whole paragraph and each line is then reordered by itself (`visual_lines`), as the
algorithm prescribes.

The pure-Python form of python-bidi's algorithm is used rather than its faster `get_display`, because it tells
where each character came from: a line with a bold name keeps the name bold once reordered.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Literal

__all__ = ["Base", "Styled", "break_lines", "has_rtl", "reshape", "visual", "visual_lines", "visual_styled"]

Base = Literal["R", "L", "auto"]
Styled = tuple[str, bool]  # text and whether it is bold

# Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms: the scripts that read right to left.
_RTL = re.compile("[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper  # type: ignore[import-untyped]

    # Keep the vowel marks (a shadda changes a word); they are moved after their letter in visual order below.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def reshape(text: str) -> str:
    """`text` with Arabic letters in their joined forms, still in reading (logical) order."""
    return _reshaper().reshape(text) if has_rtl(text) else text


def _is_rtl_mark(ch: str) -> bool:
    return unicodedata.combining(ch) != 0 and has_rtl(ch)


# A phone number ("555-0101", "207 555 0100") or a number heading Latin words ("42 CFR part 2", "12 Harbor
# Street"). After an Arabic word the algorithm would take each group of digits for a number of its own and put it
# after the words it heads, so "42 CFR 2.12(c)(5)" would print "CFR 2.12(c)(5) 42". Such a stretch is embedded
# left to right (LRE ... PDF), as it is written and dialled.
_DIGITS = "[0-9]+(?:[.,:/-][0-9]+)*"
_GROUP = rf"(?:{_DIGITS}|[A-Za-z§]+)(?:\([0-9A-Za-z]+\))*"
_STRETCH = rf"(?:\([0-9]+\) ?{_DIGITS}(?:[ -]{_GROUP})*|{_DIGITS}(?:\([0-9A-Za-z]+\))*(?:[ -]{_GROUP})+)"
# In brackets, the brackets go with it: "(42 CFR part 2)" keeps its own pair. So does a Latin name that ends in
# brackets ("Harbor Light (demo)"): the algorithm here predates bracket pairing (UAX #9 BD16), and would send
# the closing bracket to the far end of the Arabic sentence around it.
_NOT_RTL = r"[^\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC()\n]"  # Arabic is reshaped (presentation forms) by then
_LATIN_WITH_BRACKETS = rf"[A-Za-z]{_NOT_RTL}*\({_NOT_RTL}*\)"
_NUMBER = re.compile(rf"{_LATIN_WITH_BRACKETS}|\({_STRETCH}\)|{_STRETCH}")
_LRE, _PDF = "\u202a", "\u202c"


def _embed_numbers(text: str) -> tuple[str, list[int]]:
    """`text` with each phone-like number embedded left to right, and for each of its characters the index in
    `text` it came from (-1 for the added marks)."""
    marked: list[str] = []
    origin: list[int] = []
    start = 0
    for match in _NUMBER.finditer(text):
        marked.append(text[start:match.start()])
        origin += range(start, match.start())
        marked.append(_LRE + match.group() + _PDF)
        origin += [-1, *range(match.start(), match.end()), -1]
        start = match.end()
    marked.append(text[start:])
    origin += range(start, len(text))
    return "".join(marked), origin


def _resolve(text: str, base: Base) -> dict:
    """python-bidi's algorithm up to the resolved levels, each character tagged with its index in `text`."""
    from bidi import algorithm  # type: ignore[import-untyped]

    marked, origin = _embed_numbers(text)
    storage = algorithm.get_empty_storage()
    level = algorithm.get_base_level(text) if base == "auto" else algorithm.PARAGRAPH_LEVELS[base]
    storage["base_level"], storage["base_dir"] = level, ("L", "R")[level]
    algorithm.get_embedding_levels(marked, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = origin[index]  # the embedding marks themselves are dropped by the algorithm (X9)
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return storage


def _reorder(storage: dict, start: int, end: int) -> list[tuple[str, int]]:
    """The characters from `start` to `end` of a resolved paragraph, one line, in visual order."""
    from collections import deque

    from bidi import algorithm

    chars = [dict(c) for c in storage["chars"] if start <= c["index"] < end]
    line = {"base_level": storage["base_level"], "base_dir": storage["base_dir"], "chars": chars, "runs": deque()}
    algorithm.reorder_resolved_levels(line, False)
    algorithm.apply_mirroring(line, False)
    # A reversed Arabic vowel mark now stands before its letter; the font draws a mark back over the glyph drawn
    # before it, so it must come after its letter.
    out: list[tuple[str, int]] = []
    pending: list[tuple[str, int]] = []
    for char in line["chars"]:
        ch, index = char["ch"], char["index"]
        if _is_rtl_mark(ch):
            pending.append((ch, index))
            continue
        out.append((ch, index))
        out += reversed(pending)
        pending = []
    return out + pending


def visual(text: str, base: Base = "auto") -> str:
    """One line of `text` as it is drawn left to right: Arabic joined and reordered, embedded numbers and Latin
    words in their own order. Text without right-to-left letters comes back unchanged, whatever `base`."""
    if not has_rtl(text):
        return text
    shaped = reshape(text)
    return "".join(ch for ch, _ in _reorder(_resolve(shaped, base), 0, len(shaped)))


def visual_styled(segments: Sequence[Styled], base: Base = "auto") -> list[Styled]:
    """One line given as styled segments in reading order, as styled runs in drawing order."""
    return visual_lines([segments], base)[0]


def visual_lines(lines: Sequence[Sequence[Styled]], base: Base = "auto") -> list[list[Styled]]:
    """The lines of one paragraph (styled segments in reading order, as break_lines gives them) as styled runs in
    drawing order. Directions are resolved over the whole paragraph, then each line is reordered by itself, as
    the algorithm prescribes: a number or a bracket at the start of a line belongs to the sentence it is in."""
    shaped = [[(reshape(text), bold) for text, bold in line if text] for line in lines]
    texts = ["".join(text for text, _ in line) for line in shaped]
    paragraph = " ".join(texts)  # the space each line break took
    if not has_rtl(paragraph):
        return shaped
    bold_at = [bold for line in shaped for text, bold in (*line, (" ", False)) for _ in text]
    storage = _resolve(paragraph, base)
    result: list[list[Styled]] = []
    start = 0
    for text in texts:
        runs: list[Styled] = []
        for ch, index in _reorder(storage, start, start + len(text)):
            bold = bold_at[index]
            if runs and runs[-1][1] == bold:
                runs[-1] = (runs[-1][0] + ch, bold)
            else:
                runs.append((ch, bold))
        result.append(runs)
        start += len(text) + 1
    return result


def break_lines(segments: Sequence[Styled], width: float,
                measure: Callable[[str, bool], float]) -> list[list[Styled]]:
    """Styled text (reshaped, in reading order) broken greedily at spaces into lines no wider than `width`, by
    `measure(text, bold)`; a word longer than a line is cut between letters. Explicit line breaks are kept."""
    lines: list[list[Styled]] = [[]]
    used = 0.0

    def room_for(piece: str, bold: bool) -> bool:
        return used + measure(piece, bold) <= width + 0.01

    def put(piece: str, bold: bool) -> None:
        nonlocal used
        line = lines[-1]
        if line and line[-1][1] == bold:
            line[-1] = (line[-1][0] + piece, bold)
        else:
            line.append((piece, bold))
        used += measure(piece, bold)

    def new_line() -> None:
        nonlocal used
        if lines[-1]:
            last, bold = lines[-1][-1]
            lines[-1][-1] = (last.rstrip(" "), bold)
        lines.append([])
        used = 0.0

    for text, bold in segments:
        for token in re.findall(r"\n|[^\S\n]+|[^\s]+", reshape(text)):
            if token == "\n":
                new_line()
            elif token.isspace():
                if lines[-1]:  # no space at the start of a line
                    put(token, bold)
            elif room_for(token, bold):
                put(token, bold)
            else:
                if lines[-1]:
                    new_line()
                for ch in token:  # a word wider than the line: as many letters as fit on each line
                    if lines[-1] and not room_for(ch, bold):
                        new_line()
                    put(ch, bold)
    new_line()  # trims the last line's trailing space
    lines.pop()
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return [[(t, b) for t, b in line if t] for line in lines]
