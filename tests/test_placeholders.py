"""The one filler for %1 … %9 in translated messages (rosc_desktop.placeholders.fill)."""

from __future__ import annotations

from rosc_desktop.placeholders import fill


def test_each_placeholder_gets_its_value_wherever_the_translation_puts_it() -> None:
    assert fill("%1 referred to %2", "Ana", "Casa Nueva") == "Ana referred to Casa Nueva"
    assert fill("%2 recibió a %1", "Ana", "Casa Nueva") == "Casa Nueva recibió a Ana"
    assert fill("%1 and %1 again", "x") == "x and x again"


def test_a_value_that_looks_like_a_placeholder_is_inserted_as_it_is() -> None:
    template, name, place = "%1 referred to %2", "Sale 50%2 off", "Casa %1"
    # What the chained replaces this function took over from did: the second replace ate the first value's "%2".
    chained = template.replace("%1", name).replace("%2", place)
    assert chained != "Sale 50%2 off referred to Casa %1"
    assert fill(template, name, place) == "Sale 50%2 off referred to Casa %1"


def test_values_need_not_be_strings() -> None:
    assert fill("%1 of %2 goals", 3, 5) == "3 of 5 goals"


def test_a_placeholder_without_a_value_and_a_plural_count_are_left_alone() -> None:
    assert fill("%1 of %3", "a", "b") == "a of %3"
    assert fill("%0 %1", "a") == "%0 a"
    # tr(source, "", n) fills %n itself; the filler must not touch one that is still there.
    assert fill("%n people in %1", "Casa") == "%n people in Casa"
    assert fill("100% sure, %1", "yes") == "100% sure, yes"


def test_a_plural_message_from_tr_keeps_its_count_and_gets_its_values() -> None:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Messages", "%n visit(s) to %1", None, 2)
    assert fill(text, "Casa %2") == "2 visit(s) to Casa %2"
