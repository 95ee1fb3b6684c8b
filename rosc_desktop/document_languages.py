"""The languages a participant's documents print in, and which one a person gets. Pure Python: the services
resolve a person's language without Qt; i18n loads the catalogues.

The interface is English and Spanish (i18n.SUPPORTED). What the participant takes home (the recovery plan with
its map, the referral slip, the consent form beside its English) prints in these too; their catalogues,
translations/documents/*.ts, hold only the documents' words, in DOCUMENT_CONTEXTS.
"""

from __future__ import annotations

# A code is lower case, as a participant's preferred_language is stored; the value is the Qt locale name its
# dates and numbers are written in.
DOCUMENT_LANGUAGES = {
    "en": "en", "es": "es", "ar": "ar", "fr": "fr", "ht": "ht", "ko": "ko", "pt": "pt_BR", "ru": "ru",
    "so": "so", "tl": "fil", "vi": "vi", "zh-hans": "zh_Hans", "zh-hant": "zh_Hant",
}
DOCUMENT_CONTEXTS = ("RecoveryPlan", "Network", "ReferralSlip", "ConsentForm")
CHINESE = ("zh-hans", "zh-hant")  # "zh" alone means the script set as this computer's default
RIGHT_TO_LEFT = ("ar",)


def document_language(preferred: str, chinese: str = "zh-hans") -> str:
    """The language a participant's documents print in: their own when we have its words, else English.
    "zh" (Chinese, script not said) prints in `chinese`, this computer's default script."""
    code = (preferred or "en").strip().lower()
    if code == "zh":
        return chinese if chinese in CHINESE else "zh-hans"
    return code if code in DOCUMENT_LANGUAGES else "en"


def catalogue_suffix(language: str) -> str:
    """The catalogue's file-name suffix: "zh-hant" is rosc_desktop_zh_Hant (Qt's own spelling of the script)."""
    return DOCUMENT_LANGUAGES[language] if language in CHINESE else language


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT
