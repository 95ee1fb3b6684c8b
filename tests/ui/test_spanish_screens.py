"""Under --lang es the Directory (its categories too) and Settings read in Spanish: no word a person sees is one of
our English sources that has a Spanish translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTreeWidget, QWidget

from rosc_desktop import i18n
from rosc_desktop.sync.sample_directory import load_sample_directory
from rosc_desktop.ui.screens.directory import DirectoryScreen
from rosc_desktop.ui.screens.settings import SettingsDialog

SPANISH = Path(__file__).resolve().parents[2] / "translations" / "rosc_desktop_es.ts"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _english_only() -> set[str]:
    """Our English sources whose Spanish differs: one of these on screen under Spanish is a word left in English."""
    words = set()
    for message in ET.parse(SPANISH).getroot().iter("message"):
        source = _plain(message.findtext("source") or "")
        translation = message.find("translation")
        forms = [_plain(f.text or "") for f in translation.iter("numerusform")] or [_plain(translation.text or "")]
        if source and "%" not in source and source not in forms:
            words.add(source)
    return words


def _visible_texts(root: QWidget) -> Iterator[str]:
    yield root.windowTitle()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        yield widget.toolTip()
        yield widget.accessibleName()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            yield from (header.text(c) for c in range(header.columnCount()))


def _left_in_english(root: QWidget) -> list[str]:
    # Languages offered by their own names ("English", "Español") stay so: everyone finds their own.
    english = _english_only() - {"English"}
    return sorted({text for text in map(_plain, _visible_texts(root)) if text in english})


@pytest.fixture
def spanish():  # type: ignore[no-untyped-def]
    before = QLocale()
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def test_directory_and_its_categories_read_in_spanish(qtbot, services, spanish) -> None:  # type: ignore[no-untyped-def]
    load_sample_directory(services)
    screen = DirectoryScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    categories = [screen.category_combo.itemText(i) for i in range(screen.category_combo.count())]
    assert "Vivienda" in categories and "Salud mental" in categories
    assert screen.category_combo.findData("Housing") == categories.index("Vivienda")  # the stored value stays
    assert _left_in_english(screen) == []

    # The chosen entry's categories, in its details, in Spanish too.
    screen.category_combo.setCurrentIndex(screen.category_combo.findData("Mental health"))
    screen.results.setCurrentItem(screen.results.topLevelItem(0))
    details = screen.details.toPlainText()
    assert "Categorías" in details and "Salud mental" in details and "Mental health" not in details


def test_settings_read_in_spanish_with_their_messages(qtbot, services, paths, spanish) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(paths, services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Configuración"
    assert _left_in_english(dialog) == []

    # The too-long message (a plural: "at most %n characters") is Spanish, with the number.
    dialog.detail_edits["phone"].setText("5" * 65)
    dialog.save()
    qtbot.waitUntil(dialog.details_error.isVisible, timeout=10_000)
    error = dialog.details_error.text()
    assert "64" in error and not re.search(r"too long|characters", error), error
