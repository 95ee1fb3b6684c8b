"""The one translation system: Qt Linguist catalogues shipped in the package (resources/translations).

Only QtCore is used here, so documents below ui/ can be rendered in a participant's language through the
same catalogues while the app itself runs in another.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

CATALOGUE = "rosc_desktop"
SUPPORTED = ("en", "es")


def translations_dir() -> Path:
    return Path(str(resources.files("rosc_desktop") / "resources" / "translations"))


def choose_language(setting: str = "", system: QLocale | None = None) -> str:
    """The setting if it names a language we ship, else the system's, else English."""
    if setting in SUPPORTED:
        return setting
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in SUPPORTED else "en"


def load_translator(language: str) -> QTranslator | None:
    """A translator for `language`, or None for English (the source language) or a missing catalogue."""
    if language == "en":
        return None
    translator = QTranslator()
    if translator.load(f"{CATALOGUE}_{language}", str(translations_dir())):
        return translator
    return None


_installed: QTranslator | None = None
_current = "en"


def current_language() -> str:
    """The language the interface is running in now ("en" when no catalogue is installed)."""
    return _current


def install(language: str) -> str:
    """Switch the running app's language; returns the language actually in use."""
    global _installed, _current
    app = QCoreApplication.instance()
    if _installed is not None and app is not None:
        app.removeTranslator(_installed)
        _installed = None
    translator = load_translator(language)
    if translator is not None and app is not None:
        app.installTranslator(translator)
        _installed = translator
        _current = language
        return language
    _current = "en"
    return "en"
