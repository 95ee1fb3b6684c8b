"""`rosc-desktop print plan --lang LANG` for each of the ten languages beyond English and Spanish (Chinese in both
scripts): the PDF's words are in that language and its script, with no glyph missing. Arabic's right-to-left
order is checked in tests/test_rtl_documents.py."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from rosc_desktop.cli import main
from rosc_desktop.document_languages import DOCUMENT_LANGUAGES
from rosc_desktop.documents.fonts import missing_glyphs
from rosc_desktop.documents.recovery_plan import render_recovery_plan
from rosc_desktop.i18n import translator_for
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plan_document import gather_plan
from tests.conftest import ADMIN_PASSWORD
from tests.test_recovery_plan import full_plan  # noqa: F401 (a fixture)

TEN = [code for code in DOCUMENT_LANGUAGES if code not in ("en", "es")]
# Letters of the language's script (the person's own words in the fixture are in English and other scripts).
SCRIPTS = {
    "ar": r"[\u0600-\u06FF]", "ru": r"[\u0400-\u04FF]", "ko": r"[\uAC00-\uD7AF]",
    "zh-hans": r"[\u4E00-\u9FFF]", "zh-hant": r"[\u4E00-\u9FFF]",
}
# Headings in the English source whose translation must be on page 1 (the plan's own words, not the person's).
HEADINGS = ("My recovery plan", "My strengths", "What matters to me", "My goals")


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return unicodedata.normalize("NFKC", text)  # Arabic presentation forms back to letters


@pytest.mark.parametrize("language", TEN)
def test_the_plan_is_in_the_language_and_its_script(services, full_plan, tmp_path, language) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    content = gather_plan(services, full_plan.id)
    path = tmp_path / "plan.pdf"
    path.write_bytes(render_recovery_plan(content, language))
    text = pdf_text(path)
    tr = translator_for(language)
    for heading in HEADINGS:
        translated = tr("RecoveryPlan", heading)
        assert translated and translated != heading, f"{heading!r} is not translated into {language}"
        if language == "ar":
            # pdftotext reads a line drawn right to left back into reading order (between bidi marks), so a
            # heading drawn in the wrong order, or with unjoined letters, would not be found here.
            assert translated in re.sub("[\u202a-\u202e\u2066-\u2069]", "", text), heading
        else:
            assert translated in " ".join(text.split()), heading
    assert "My recovery plan" not in text and "What matters to me" not in text  # no English heading left
    if language in SCRIPTS:  # the plan's own words in that script: far more letters than a name or two
        assert len(re.findall(SCRIPTS[language], text)) >= 150
    assert not missing_glyphs(text)


def test_simplified_and_traditional_chinese_differ(services, full_plan, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    content = gather_plan(services, full_plan.id)
    texts = {}
    for script in ("zh-hans", "zh-hant"):
        path = tmp_path / f"{script}.pdf"
        path.write_bytes(render_recovery_plan(content, script))
        texts[script] = pdf_text(path)
    # The same words in the two scripts: "plan" is 计划 in Simplified, 計畫 or 計劃 in Traditional.
    assert "计划" in texts["zh-hans"] and "计划" not in texts["zh-hant"]
    assert re.search("計[畫劃]", texts["zh-hant"]) and not re.search("計[畫劃]", texts["zh-hans"])


@pytest.mark.parametrize("language", ["vi", "zh", "ht"])
def test_the_command_prints_a_plan_in_a_language(services, paths, tmp_path, monkeypatch, language) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Ana", preferred_language="en"))
    services.close()
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    target = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(paths.root), "print", "plan", "--participant", person.id, "--lang", language,
                 "--out", str(target), "--user", "ana"]) == 0
    # "zh" without a script prints in this computer's default script, Simplified unless Settings say otherwise.
    expected = translator_for("zh-hans" if language == "zh" else language)("RecoveryPlan", "My recovery plan")
    assert expected in " ".join(pdf_text(target).split())


def test_an_unknown_language_is_a_clear_error(services, paths, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    person_id = services.participants.register(ParticipantInput("Ana")).id
    services.close()
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    code = main(["--data-dir", str(paths.root), "print", "plan", "--participant", person_id, "--lang", "klingon",
                 "--out", str(tmp_path / "x.pdf"), "--user", "ana"])
    assert code == 2
    err = capsys.readouterr().err
    assert "klingon" in err and "zh-hant" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_haitian_creole_dates_are_in_creole_not_french(services, full_plan, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from PySide6.QtCore import QDate, QLocale

    from rosc_desktop.i18n import document_locale

    locale = document_locale("ht")
    assert locale.toString(QDate(2026, 12, 6), QLocale.FormatType.LongFormat) == "dimanch 6 desanm 2026"
    assert locale.dayName(1) == "lendi"
    path = tmp_path / "plan.pdf"
    content = gather_plan(services, full_plan.id)
    path.write_bytes(render_recovery_plan(content, "ht"))
    text = pdf_text(path)
    # French month names ("avril" is Creole too, so it is left out).
    months = ("janvier", "février", "mars", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
              "décembre")
    assert not any(f" {month} {content.made_on.year}" in text for month in months)  # no French date
    assert f"{content.made_on.day} {locale.monthName(content.made_on.month)} {content.made_on.year}" in text
