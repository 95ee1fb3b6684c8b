"""Names reach the screen and paper without control or direction characters, whichever way they come in (a form,
the center's name, a staff account, another site's trust card, a row from another site); and a trust card given
as a PDF or another binary file is refused with a sentence, in the CLI and the GUI, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from rosc_desktop.cli import main
from rosc_desktop.documents.trust_card import save_trust_card
from rosc_desktop.errors import ValidationError
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.validation import clean_text, neutral_text, neutral_values
from rosc_desktop.sync import keys
from rosc_desktop.ui.messages import message_for
from tests.conftest import ADMIN_PASSWORD

RLO, LRI, PDI, ESC, NEL, ZWSP = "\u202e", "\u2066", "\u2069", "\x1b", "\x85", "\u200b"


def test_control_and_direction_characters_are_dropped_but_scripts_and_emoji_stay() -> None:
    assert neutral_text(f"Ana{RLO} {LRI}Ruiz{PDI}{ESC}{NEL}{ZWSP}\x00\u202a\u202b\u202c\u202d\u2067\u2068") == "Ana Ruiz"
    kept = ["👩\u200d💻 Dev", "\U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F Wales",
            "مرحبا\u200f 12", "Zoë Ñandú", "नमस्ते"]
    for text in kept:
        assert neutral_text(text) == text
    assert neutral_text("one\ntwo\tthree") == "onetwothree"
    assert neutral_text("one\ntwo\tthree", multiline=True) == "one\ntwo\tthree"
    assert neutral_text("lone \ud800 half") == "lone  half"
    # The forms' check is the same rule, plus NFC and trimming.
    assert clean_text(f" Ana{RLO}{ESC} ", "name", 50) == "Ana"


def test_rows_from_another_site_are_neutralised_field_by_field_and_deep_inside() -> None:
    row = {"preferred_name": f"Dana{RLO}\nSmith", "notes": f"first\nsecond{ESC}[2J", "version": 3,
           "phones": [{"number": f"555{LRI}0100", "name": "Mum\nand Dad"}], "deleted_at": None,
           "extra": {"k\x07ey": [f"a{NEL}b"]}}
    assert neutral_values(row) == {
        "preferred_name": "DanaSmith", "notes": "first\nsecond[2J", "version": 3,
        "phones": [{"number": "5550100", "name": "Mumand Dad"}], "deleted_at": None, "extra": {"key": ["ab"]}}
    assert row["preferred_name"] == f"Dana{RLO}\nSmith"  # a new dict; the row itself is left as it came
    deep: object = f"x{RLO}"
    for _ in range(50_000):
        deep = [deep]
    cleaned = neutral_values({"notes": deep})["notes"]
    for _ in range(50_000):
        cleaned = cleaned[0]
    assert cleaned == "x"


def test_the_center_name_and_staff_names_with_hidden_characters_are_refused(services, paths) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.session import create_center

    with pytest.raises(ValidationError) as refused:
        create_center(AppPaths(paths.root.parent / "other").ensure(), center_name=f"Harbor{RLO} Light",
                      site_code="HX-01", admin_username="bo", admin_display_name="Bo Lee", password=ADMIN_PASSWORD)
    assert (refused.value.code, refused.value.field) == ("name_hidden_characters", "center_name")
    with pytest.raises(ValidationError) as refused:
        services.accounts.set_center_details(name=f"Harbor Light{ESC}[8m")
    assert (refused.value.code, refused.value.field) == ("name_hidden_characters", "name")
    with pytest.raises(ValidationError) as refused:
        services.accounts.create_staff("bo", f"Bo {LRI}Lee", "coordinator", "a long password here")
    assert (refused.value.code, refused.value.field) == ("name_hidden_characters", "display_name")
    assert services.accounts.center().name == "Harbor Light"
    assert [s.username for s in services.accounts.list_staff()] == ["ana"]
    assert "invisible" in message_for("name_hidden_characters", {})


def test_a_trust_card_name_is_enrolled_without_its_direction_characters(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.session import create_center

    hub, _ = create_center(AppPaths(tmp_path / "hub").ensure(), center_name="County Hub", site_code="HUB-1",
                           admin_username="hana", admin_display_name="Hana Ito", password=ADMIN_PASSWORD)
    try:
        real = keys.parse_card(keys.trust_card(hub).card_text)
    finally:
        hub.close()
    forged = keys.card_text(real.site_code, real.role, real.age_recipients, real.ed25519_public,
                            name=f"County{RLO} buH{ESC}")
    card = keys.parse_card(forged)
    assert card.name == "County buH"
    peer = keys.enrol(services, forged, card.fingerprint, "center")
    assert peer.name == "County buH"


@pytest.fixture
def enrol(services, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)

    def run(card: Path) -> tuple[int, str]:
        code = main(["--data-dir", str(services.paths.root), "sync", "enrol", str(card), "--fingerprint",
                     "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH", "--role", "hub", "--user", "ana"])
        out, err = capsys.readouterr()
        return code, out + err

    return run


def test_sync_enrol_given_the_printed_card_or_other_binary_says_so(enrol, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = save_trust_card(keys.trust_card(services), tmp_path / "card.pdf")
    latin1 = tmp_path / "card.txt"
    latin1.write_bytes("Carte de confiance du centre d'accueil: é".encode("latin-1"))
    nul = tmp_path / "card.bin"
    nul.write_bytes(b"ROSC1:\x00\x01\x02")
    for given in (pdf, latin1, nul):
        code, printed = enrol(given)
        assert code == 2 and "Traceback" not in printed
        assert message_for("card_not_text", {}) in printed
    assert keys.peers(services) == []


def test_loading_a_pdf_as_a_card_in_the_app_says_so(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.screens.enrol_site import EnrolSiteDialog

    dialog = EnrolSiteDialog(services, {}, "center")
    qtbot.addWidget(dialog)
    dialog.load_file(str(save_trust_card(keys.trust_card(services), tmp_path / "card.pdf")))
    assert dialog.error_text() == message_for("card_not_text", {})
    assert dialog.card_edit.toPlainText() == "" and not dialog.enrol_button.isEnabled()
