"""The printed consent form: every §2.31 element pre-filled, the TPO statements only on a TPO consent, the §2.32
notice on its own page, the participant's language, and a file name without the person's name."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path


from rosc_desktop.documents.consent_form import consent_form_file_name, render_consent_form
from rosc_desktop.services.consents import ConsentFormContent



def content(**changes) -> ConsentFormContent:  # type: ignore[no-untyped-def]
    values = dict(patient_name="Dee Walker", disclosing_party="Harbor Light Recovery Center",
                  recipient="Harbor Housing Coalition", recipient_description="Housing case workers",
                  information=("contact", "goals"), information_description="", purpose_code="care_coordination",
                  purpose="To find stable housing together", is_tpo=False, effective_on=date(2026, 3, 2),
                  expires_on=date(2027, 3, 1), expiry_event="", center_name="Harbor Light Recovery Center",
                  language="en")
    values.update(changes)
    return ConsentFormContent(**values)  # type: ignore[arg-type]


def pages(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    # pdftotext separates pages with form feeds and reads a bilingual form column by column (without -layout,
    # which would interleave the columns line by line); whitespace folded so wrapped lines still match phrases.
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def test_every_required_element_is_on_the_form(tmp_path: Path) -> None:
    text = pages(render_consent_form(content(), "en"), tmp_path)
    first = " ".join(text[:-1])
    for expected in ("Dee Walker", "Who may share my information", "Harbor Light Recovery Center",
                     "Harbor Housing Coalition", "Housing case workers", "My contact details",
                     "My recovery goals", "Coordinating my care", "To find stable housing together",
                     "March 2, 2026", "March 1, 2027", "revoke (take back) this consent at any time",
                     "in writing", "in reliance on this consent", "My signature", "Date", "Witness"):
        assert expected in first, expected
    assert "HIPAA" not in first  # not a TPO consent: no redisclosure statement


def test_the_notice_is_on_its_own_last_page(tmp_path: Path) -> None:
    text = pages(render_consent_form(content(), "en"), tmp_path)
    assert len(text) >= 2
    assert "42 CFR § 2.32" in text[-1] and "protected by Federal confidentiality rules" in text[-1]
    assert "NOT sufficient" in text[-1]
    assert "Federal confidentiality" not in " ".join(text[:-1])


def test_a_tpo_consent_states_redisclosure_and_refusal(tmp_path: Path) -> None:
    text = " ".join(pages(render_consent_form(content(is_tpo=True, purpose_code="treatment", expires_on=None,
                                                      expiry_event="end of treatment"), "en"), tmp_path))
    assert "no longer be protected by 42 CFR Part 2" in text
    assert "I do not have to sign this consent" in text
    assert "ends at this event: end of treatment" in text


def test_spanish_form_in_the_participants_language(tmp_path: Path) -> None:
    text = " ".join(pages(render_consent_form(content(), "es"), tmp_path))
    assert "2 de marzo de 2026" in text  # dates from QLocale in Spanish, even before the catalogue has words
    assert "Harbor Housing Coalition" in text


def test_a_blank_form_has_lines_to_fill_in(tmp_path: Path) -> None:
    text = " ".join(pages(render_consent_form(content(recipient="", recipient_description="", information=(),
                                                      purpose_code="", purpose="", effective_on=None,
                                                      expires_on=None), "en"), tmp_path))
    assert text.count("(to be filled in)") >= 4


def test_file_name_has_no_name() -> None:
    assert consent_form_file_name(date(2026, 11, 23)) == "consent-form-2026-11-23.pdf"


def test_the_forms_words_go_through_the_participants_catalogue(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.documents import consent_form

    asked: list[str] = []
    spanish = {"My right to revoke": "Mi derecho a revocar", "Who may receive it": "Quién puede recibirla"}

    def translator_for(language: str):  # type: ignore[no-untyped-def]
        asked.append(language)
        return lambda _context, source: spanish.get(source, source)

    monkeypatch.setattr(consent_form, "translator_for", translator_for)
    text = " ".join(pages(render_consent_form(content(), "es"), tmp_path))
    assert asked == ["es"] and "Mi derecho a revocar" in text and "Quién puede recibirla" in text
    # Words the catalogue lacks fall back to English, one by one; nothing is left empty.
    assert "What information may be shared" in text


def test_names_in_any_script_print_with_real_glyphs(tmp_path: Path) -> None:
    from rosc_desktop.documents.fonts import missing_glyphs

    names = ["Nguyễn Thị Ánh", "Ολυμπία Παπαδοπούλου", "Светлана Иванова", "王小明", "Zoë Krüger"]
    recipient = "Ханна Ковальчук / 李华"
    assert all(not missing_glyphs(n) for n in [*names, recipient])
    for name in names:
        text = " ".join(pages(render_consent_form(content(patient_name=name, recipient=recipient), "en"),
                              tmp_path))
        # Read back from the PDF: a glyph missing from the embedded font would come out as nothing or a box.
        assert name in text and recipient in text


def test_a_consent_to_the_hub_says_what_revoking_does_at_the_hub_and_its_backups(tmp_path: Path) -> None:
    hub = " ".join(pages(render_consent_form(content(recipient="Region Hub", recipient_kind="hub"), "en"), tmp_path))
    assert "deletes its older backups that still hold them the same day" in hub
    partner = " ".join(pages(render_consent_form(content(recipient_kind="partner"), "en"), tmp_path))
    assert "older backups" not in partner


def test_a_french_form_is_bilingual_with_the_notice_in_both(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.documents import consent_form
    from rosc_desktop.services.consents import PART2_NOTICE

    french = {"Consent to share my information": "Consentement à partager mes informations",
              "My right to revoke": "Mon droit de révoquer",
              PART2_NOTICE: "Ce dossier qui vous a été communiqué est protégé par les règles fédérales de "
                            "confidentialité (42 CFR partie 2)."}
    monkeypatch.setattr(consent_form, "translator_for",
                        lambda language: lambda _context, source: french.get(source, source))
    text = pages(render_consent_form(content(), "fr"), tmp_path)
    first, notice = " ".join(text[:-1]), text[-1]
    # The English that staff sign against, beside the person's language: both titles, both headings.
    assert "Consent to share my information" in first and "Consentement à partager mes informations" in first
    assert "My right to revoke" in first and "Mon droit de révoquer" in first
    assert "2 mars 2026" in first and "March 2, 2026" in first  # each column's dates in its own language
    assert "protected by Federal confidentiality rules" in notice
    assert "protégé par les règles fédérales de confidentialité" in notice
    assert first.count("My signature") == 1  # the signature lines once


def test_an_english_form_has_no_second_language(tmp_path: Path) -> None:
    text = pages(render_consent_form(content(), "en"), tmp_path)
    joined = " ".join(text)
    assert joined.count("Consent to share my information") == 1 and joined.count("My right to revoke") == 1
    assert "The notice in English" not in joined and "Page 1 ·" not in joined
