"""The one translation system: Qt Linguist catalogues shipped in the package (resources/translations).

Only QtCore is used here, so documents below ui/ can be rendered in a participant's language through the
same catalogues while the app itself runs in another.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from rosc_desktop import pyside_sources

pyside_sources.keep_no_sources()  # before the modules that follow: see pyside_sources.py
from rosc_desktop.document_languages import (
    DOCUMENT_CONTEXTS,
    DOCUMENT_LANGUAGES,
    catalogue_suffix,
    document_language,
    is_right_to_left,
)

if TYPE_CHECKING:
    # PySide6's stub says `object`; at run time it returns the source text unchanged.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...  # noqa: N802 (the name lupdate looks for)
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["DOCUMENT_CONTEXTS", "DOCUMENT_LANGUAGES", "QT_TRANSLATE_NOOP", "Context", "choose_language",
           "current_language", "document_language", "document_locale", "install", "is_right_to_left",
           "load_translator", "translate", "translations_dir", "translator_for"]

CATALOGUE = "rosc_desktop"
SUPPORTED = ("en", "es")  # the interface


def translations_dir() -> Path:
    return Path(str(resources.files("rosc_desktop") / "resources" / "translations"))


def choose_language(setting: str = "", system: QLocale | None = None) -> str:
    """The setting if it names a language we ship, else the system's, else English."""
    if setting in SUPPORTED:
        return setting
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in SUPPORTED else "en"


def load_translator(language: str) -> QTranslator | None:
    """A translator for `language`, or None for a missing catalogue.

    A catalogue may hold only some messages: English's holds only the plurals ("1 time", "2 times" for
    "%n time(s)"), the documents' only their words. Qt answers the others with an empty string, and every caller
    falls back to the English source.
    """
    translator = QTranslator()
    if translator.load(f"{CATALOGUE}_{catalogue_suffix(language)}", str(translations_dir())):
        return translator
    return None


def document_locale(language: str) -> QLocale:
    """The locale a document's dates and numbers are written in (English for a language we do not print)."""
    if language == "ht":
        return _HaitianCreole()
    return QLocale(DOCUMENT_LANGUAGES.get(language, "en"))


class _HaitianCreole(QLocale):
    """Haitian Creole's day and month names. Unicode's locale data (CLDR) has none for it, and Qt's locale falls
    back to French, which many people who read Creole do not read. Everything else is Qt's (times, numbers)."""

    DAYS = ("lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch")
    MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm",
              "desanm")

    def __init__(self) -> None:
        super().__init__("ht")

    def toString(self, *args: Any) -> str:  # noqa: N802 (Qt's name)
        if len(args) == 2 and isinstance(args[0], QDate) and args[1] == QLocale.FormatType.LongFormat:
            day = args[0]
            return f"{self.DAYS[day.dayOfWeek() - 1]} {day.day()} {self.MONTHS[day.month() - 1]} {day.year()}"
        return super().toString(*args)

    def dayName(self, day: int, _format: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:  # noqa: N802
        return self.DAYS[day - 1]

    def monthName(self, month: int, _format: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:  # noqa: N802
        return self.MONTHS[month - 1]


_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language the interface is running in now ("en" when no catalogue is installed)."""
    return _current


def install(language: str) -> str:
    """Switch the running app's language; returns the language actually in use.

    Besides our catalogue this loads Qt's own (the Save, Cancel and OK of standard buttons and dialogs) and
    makes the language the default locale, so dates and month names follow the interface, not the machine.
    """
    global _current
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    ours = load_translator(language)
    if ours is None or app is None:
        _current = "en"
        QLocale.setDefault(_locale_for("en"))
        return "en"
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    _current = language
    QLocale.setDefault(_locale_for(language))
    return language


def _locale_for(language: str) -> QLocale:
    """The language as spoken where the machine is (Spanish in the US is es_US, with US dates)."""
    return QLocale(QLocale(language).language(), QLocale.system().territory())


def translate(context: str, source: str) -> str:
    """`source` in the interface's language, for code below ui/ that marks its words with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, source)


class Context:
    """A translation context for code outside a QObject that needs a plural: `Messages.tr("%n day(s)", None, n)`.

    lupdate takes the name before `.tr` as the context, so the variable must be named like its context
    (`Messages = Context("Messages")`). `QCoreApplication.translate(context, text, None, n)` is never extracted
    as a plural message: lupdate reads a plain name there as the old encoding argument and drops an expression.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, source, disambiguation, n)


def translator_for(language: str) -> Callable[[str, str], str]:
    """(context, source) -> `source` in `language`, whatever the interface runs in: for documents the
    participant takes home (a referral slip) in their own language. Nothing is installed app-wide."""
    translator = load_translator(language) if language in DOCUMENT_LANGUAGES else None
    if translator is None:
        return lambda _context, source: source

    def translate_to(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return translate_to
