"""The center's own details reach what people take home: the plan's "How to reach the center", the referral slip,
the consent form (§2.31 asks for the program's name and address) and the trust card. Checked on the PDF text."""

from __future__ import annotations

import subprocess
from pathlib import Path

from rosc_desktop.documents.consent_form import render_consent_form
from rosc_desktop.documents.recovery_plan import render_recovery_plan
from rosc_desktop.documents.referral_slip import render_referral_slip
from rosc_desktop.documents.trust_card import render_trust_card
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plan_document import gather_plan
from rosc_desktop.sync import keys
from tests.services.test_referrals import make_service

ADDRESS = "12 Pier Road\nPortland ME 04101"


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


def test_the_centers_details_are_printed_wherever_people_need_them(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services.accounts.set_center_details(address=ADDRESS, phone="207 555 0100", hours="Mon–Fri 9am–5pm",
                                         email="hello@harborlight.example.org")
    person = services.participants.register(ParticipantInput("Nguyễn Thị Hoa"))

    plan = text_of(render_recovery_plan(gather_plan(services, person.id), "en"), tmp_path)
    for expected in ("How to reach the center", "Harbor Light", "12 Pier Road", "Portland ME 04101",
                     "Call us at 207 555 0100", "We're open: Mon–Fri 9am–5pm", "hello@harborlight.example.org"):
        assert expected in plan

    referral = services.referrals.refer(person.id, make_service(services), "A place of my own")
    slip = text_of(render_referral_slip(services.referrals.slip_data(referral.id), "en"), tmp_path)
    assert "207 555 0100" in slip and "12 Pier Road" in slip

    form = text_of(render_consent_form(services.consents.form_content(person.id), "en"), tmp_path)
    assert "Harbor Light · 12 Pier Road, Portland ME 04101" in form

    card = text_of(render_trust_card(keys.trust_card(services)), tmp_path)
    assert "207 555 0100" in card and "12 Pier Road" in card
