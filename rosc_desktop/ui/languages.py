"""Names of the languages a participant may prefer: in the app's language, and each in its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Each language in its own name, so a participant can point at theirs; these are never translated.
NATIVE_NAMES = {
    "en": "English", "es": "Español", "ar": "العربية", "fr": "Français", "ht": "Kreyòl ayisyen", "ko": "한국어",
    "pt": "Português", "ru": "Русский", "so": "Soomaali", "tl": "Tagalog", "vi": "Tiếng Việt", "zh": "中文",
    "zh-hans": "简体中文", "zh-hant": "繁體中文",
}


def language_name(code: str) -> str:
    """The language's name in the interface's language ("Spanish", or "Español" in Spanish)."""
    names = {
        "en": QCoreApplication.translate("Languages", "English"),
        "es": QCoreApplication.translate("Languages", "Spanish"),
        "ar": QCoreApplication.translate("Languages", "Arabic"),
        "fr": QCoreApplication.translate("Languages", "French"),
        "ht": QCoreApplication.translate("Languages", "Haitian Creole"),
        "ko": QCoreApplication.translate("Languages", "Korean"),
        "pt": QCoreApplication.translate("Languages", "Portuguese"),
        "ru": QCoreApplication.translate("Languages", "Russian"),
        "so": QCoreApplication.translate("Languages", "Somali"),
        "tl": QCoreApplication.translate("Languages", "Tagalog"),
        "vi": QCoreApplication.translate("Languages", "Vietnamese"),
        "zh": QCoreApplication.translate("Languages", "Chinese"),
        "zh-hans": QCoreApplication.translate("Languages", "Chinese (Simplified)"),
        "zh-hant": QCoreApplication.translate("Languages", "Chinese (Traditional)"),
    }
    return names.get(code, code)


def language_label(code: str) -> str:
    """For choosing: the native name, followed by the app's word when they differ ("한국어 (Korean)"),
    since staff may not read every script."""
    native = NATIVE_NAMES.get(code, code)
    translated = language_name(code)
    return native if translated == native else f"{native} ({translated})"
