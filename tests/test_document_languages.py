"""The participant's documents in their own language: ten languages beyond English and Spanish (and Chinese in
both scripts), from catalogues that hold only the documents' words while the interface stays English and
Spanish. A machine-drafted message is "unfinished" in Qt Linguist until a native speaker accepts it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rosc_desktop.document_languages import (
    CHINESE,
    DOCUMENT_CONTEXTS,
    DOCUMENT_LANGUAGES,
    catalogue_suffix,
    document_language,
)

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = [code for code in DOCUMENT_LANGUAGES if code not in ("en", "es")]  # es: the interface's own catalogue


def _catalogue(language: str) -> Path:
    return ROOT / "translations" / "documents" / f"rosc_desktop_{catalogue_suffix(language)}.ts"


def _document_messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message) for context in root.iter("context")
            if context.findtext("name") in DOCUMENT_CONTEXTS for message in context.iter("message")]


def missing_document_strings(language: str) -> list[str]:
    """The documents' words that `language` would print in English (no translation at all)."""
    return [f"{context}: {message.findtext('source')}" for context, message in _document_messages(_catalogue(language))
            if not (message.findtext("translation") or "").strip()]


def test_every_document_language_has_a_catalogue() -> None:
    assert sorted(p.name for p in (ROOT / "translations" / "documents").glob("*.ts")) == sorted(
        _catalogue(code).name for code in SHIPPED)


@pytest.mark.parametrize("language", SHIPPED)
def test_no_document_string_is_missing(language: str) -> None:
    messages = _document_messages(_catalogue(language))
    assert {context for context, _ in messages} == set(DOCUMENT_CONTEXTS)  # the plan, map, slip and consent
    assert missing_document_strings(language) == []


@pytest.mark.parametrize("language", SHIPPED)
def test_a_catalogue_says_whether_a_native_speaker_reviewed_it(language: str) -> None:
    """Qt Linguist's own flag: "unfinished" is machine-drafted, finished is reviewed; the README's table
    says the same for each language."""
    flags = {message.find("translation").get("type") for _, message in _document_messages(_catalogue(language))}
    status = "reviewed" if flags <= {None} else "machine-drafted"
    table = (ROOT / "translations" / "README.md").read_text("utf-8")
    row = next(line for line in table.splitlines() if line.startswith(f"| {language} |"))
    assert f"| {status} |" in row


@pytest.mark.parametrize("language", SHIPPED)
def test_a_glossary_keeps_the_words_consistent(language: str) -> None:
    glossary = ROOT / "translations" / f"glossary-{language}.md"
    assert glossary.read_text("utf-8").count("\n") >= 10


STIGMA = re.compile(r"\b(addict|addicts|abuser|abusers|clean and sober|junkie)\b", re.IGNORECASE)


@pytest.mark.parametrize("language", SHIPPED)
def test_no_stigmatising_english_left_in_a_translation(language: str) -> None:
    texts = [message.findtext("translation") or "" for _, message in _document_messages(_catalogue(language))]
    assert [t for t in texts if STIGMA.search(t)] == []


def test_a_person_gets_their_own_language_or_english() -> None:
    assert document_language("VI") == "vi"
    assert document_language("zh") == "zh-hans"  # Chinese, script not said: this computer's default
    assert document_language("zh", "zh-hant") == "zh-hant"
    assert document_language("zh-hant", "zh-hans") == "zh-hant"  # the person's own choice wins
    assert document_language("xx") == document_language("") == "en"
    assert set(CHINESE) <= set(DOCUMENT_LANGUAGES)


def test_a_catalogue_with_only_the_documents_words_loads(qapp) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.i18n import translator_for

    tr = translator_for("vi")
    assert tr("RecoveryPlan", "My recovery plan") not in ("", "My recovery plan")
    assert tr("Messages", "Not allowed") == "Not allowed"  # not a document's word: English, never empty
