"""The printed trust card: one page with the site's code, name and fingerprint groups, the card text whole, the
instructions for the phone check, and a QR code that is exactly segno's symbol for the card text."""

from __future__ import annotations

import io
import os
import re
from datetime import date
from pathlib import Path

import pytest
import segno
from pypdf import PdfReader

from rosc_desktop.documents.trust_card import (
    QR_BORDER,
    qr_matrix,
    render_trust_card,
    save_trust_card,
    trust_card_file_name,
)
from rosc_desktop.sync import keys

_RECT = re.compile(rb"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b")


def _page(pdf: bytes):  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return reader.pages[0]


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _drawn_qr(pdf: bytes) -> list[list[bool]]:
    """The dark modules the page draws, read back from its rectangles (each one row high, one or more wide)."""
    rects = [tuple(float(v) for v in m.groups()) for m in _RECT.finditer(_page(pdf).get_contents().get_data())]
    assert rects, "no rectangles drawn"
    module = min(h for _x, _y, _w, h in rects)
    left = min(x for x, _y, _w, _h in rects)
    top = max(y + h for _x, y, _w, h in rects)
    size = round((max(x + w for x, _y, w, _h in rects) - left) / module)
    assert size == round((top - min(y for _x, y, _w, _h in rects)) / module)  # square
    grid = [[False] * size for _ in range(size)]
    for x, y, w, h in rects:
        assert h == pytest.approx(module)
        row, first, length = round((top - y - h) / module), round((x - left) / module), round(w / module)
        for column in range(first, first + length):
            assert not grid[row][column], "a module drawn twice"
            grid[row][column] = True
    return grid


def test_the_card_shows_the_code_name_fingerprint_groups_and_card_text(services, qapp) -> None:  # type: ignore[no-untyped-def]
    card = keys.trust_card(services)
    text = _page(render_trust_card(card, printed_on=date(2026, 11, 23))).extract_text()
    assert "HL-01" in text and "Harbor Light" in text and "Role: Center" in text
    groups = card.fingerprint.split()
    assert len(groups) == 8
    for group in groups:
        assert group in text
    assert card.card_text in _squashed(text)  # wrapped over lines, but every character there in order
    assert "Read the fingerprint aloud to the other site by phone; they type it back." in " ".join(text.split())
    assert "key change" not in text


def test_the_qr_code_drawn_is_segnos_symbol_for_the_card_text(services, qapp) -> None:  # type: ignore[no-untyped-def]
    card = keys.trust_card(services)
    symbol = segno.make_qr(card.card_text, error="m")
    expected = [[bool(module) for module in row] for row in symbol.matrix_iter(border=0)]
    assert qr_matrix(card.card_text) == expected
    assert len(expected) >= 21 and (len(expected) - 17) % 4 == 0  # a full QR code, not Micro QR
    drawn = _drawn_qr(render_trust_card(card))
    assert drawn == expected
    assert sum(map(sum, drawn)) == sum(map(sum, expected)) > 0
    # Another card's symbol differs, so the comparison above can fail.
    assert qr_matrix(card.card_text.replace("HL-01", "HL-02")) != expected
    assert QR_BORDER == 4


def test_a_card_made_during_a_key_change_says_it_carries_the_next_key(services, qapp) -> None:  # type: ignore[no-untyped-def]
    keys.rotate(services)
    card = keys.trust_card(services)
    assert len(card.age_recipients) == 2
    pdf = render_trust_card(card)
    assert "this card also carries the next key" in " ".join(_page(pdf).extract_text().split())
    assert _drawn_qr(pdf) == qr_matrix(card.card_text)


def test_a_site_name_in_another_script_prints_as_letters(services, qapp) -> None:  # type: ignore[no-untyped-def]
    card = keys.trust_card(services)
    named = type(card)(**{**card.__dict__, "site_name": "Centro Ñandú 港湾之光"})
    text = _page(render_trust_card(named)).extract_text()
    assert "Centro Ñandú" in text and "港湾之光" in text.replace(" ", "")


def test_the_card_is_saved_whole_under_the_site_code(services, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    card = keys.trust_card(services)
    assert trust_card_file_name(card.site_code) == "trust-card-HL-01.pdf"
    folder = tmp_path / "cards"
    folder.mkdir()
    target = save_trust_card(card, folder / trust_card_file_name(card.site_code))
    assert target.read_bytes().startswith(b"%PDF")
    assert card.fingerprint.split()[0] in _page(target.read_bytes()).extract_text()
    assert os.listdir(folder) == ["trust-card-HL-01.pdf"]  # no .part left behind
