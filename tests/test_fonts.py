"""Shipped fonts: every name script the center meets prints with real glyphs, and the licences ship too."""

from __future__ import annotations

from rosc_desktop.documents import fonts

NAMES = ["Zoë Nguyễn", "Ольга", "Σοφία", "李小龍", "محمد", "김민준", "さくら", "Łukasz Żółć", "Đặng Thị Hương"]


def test_every_script_in_the_names_has_glyphs() -> None:
    for name in NAMES:
        assert fonts.missing_glyphs(name) == set(), name


def test_missing_glyphs_reports_what_no_font_has() -> None:
    # A Linear B syllable is in none of the shipped fonts: the check must be able to fail.
    assert fonts.missing_glyphs("Ana \U00010000") == {"\U00010000"}


def test_runs_switch_to_the_cjk_fallback_only_where_needed() -> None:
    registered = fonts.register_fonts()
    runs = fonts.font_runs("Ana 李小龍 Ольга")
    assert "".join(text for text, _font in runs) == "Ana 李小龍 Ольга"
    assert [font for _text, font in runs] == [registered.regular, registered.fallbacks[0], registered.regular]
    assert fonts.font_runs("Zoë", bold=True) == [("Zoë", registered.bold)]


def test_registration_is_idempotent() -> None:
    assert fonts.register_fonts() is fonts.register_fonts()


def test_licences_ship_beside_the_fonts() -> None:
    for licence in fonts.FONT_LICENCES:
        assert licence.is_file() and licence.stat().st_size > 1000, licence
    assert "Bitstream" in fonts.FONT_LICENCES[0].read_text()
    assert "Apache" in fonts.FONT_LICENCES[1].read_text()
    # The CJK fallback must stay small enough to ship with the app.
    assert (fonts.FONT_DIR / "wqy-microhei.ttc").stat().st_size < 6 * 1024 * 1024


def test_markup_escapes_and_marks_fallback_runs() -> None:
    text = fonts.markup("<b>Ana</b> & 李")
    assert "&lt;b&gt;" in text and "&amp;" in text
    assert f'<font name="{fonts.CJK}">李</font>' in text
