"""The translation pipeline stays alive: catalogues current with the sources, Spanish complete, .qm shipped."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = sorted((ROOT / "translations").glob("*.ts"))
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _copy_tree(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "rosc_desktop", copy / "rosc_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "translations", copy / "translations")
    shutil.copytree(ROOT / "scripts", copy / "scripts")
    return copy


def test_spanish_catalogue_exists() -> None:
    assert (ROOT / "translations" / "rosc_desktop_es.ts") in CATALOGUES


def test_catalogues_are_current_with_the_sources(tmp_path: Path) -> None:
    """Running the update script changes nothing: every tr() string is in the .ts and the .qm is compiled."""
    copy = _copy_tree(tmp_path)
    subprocess.run(["bash", "scripts/update-translations"], cwd=copy, check=True,
                   env={"VENV_BIN": str(BIN), "PATH": "/usr/bin:/bin"})
    for ts in CATALOGUES:
        fresh = copy / "translations" / ts.name
        assert fresh.read_text("utf-8") == ts.read_text("utf-8"), f"{ts.name} is stale: run scripts/update-translations"
        qm = f"rosc_desktop/resources/translations/{ts.stem}.qm"
        assert (copy / qm).read_bytes() == (ROOT / qm).read_bytes(), f"{qm} is stale: run scripts/update-translations"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_every_string_is_translated(ts: Path) -> None:
    messages = _messages(ts)
    assert messages, "an empty catalogue means the pipeline found no tr() strings"
    missing = [m.findtext("source") for m in messages
               if (m.find("translation") is None or m.find("translation").get("type") == "unfinished"
                   or not (m.findtext("translation") or m.find("translation").find("numerusform") is not None))]
    assert not missing, f"{len(missing)} untranslated in {ts.name}, e.g. {missing[:5]}"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_placeholders_survive_translation(ts: Path) -> None:
    for message in _messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        for placeholder in ("%1", "%2", "%n"):
            if placeholder in source:
                for text in texts:
                    assert placeholder in text, f"{placeholder} lost in translation of {source!r}"


def test_compiled_catalogue_ships_in_the_package() -> None:
    from rosc_desktop.i18n import translations_dir

    for ts in CATALOGUES:
        assert (translations_dir() / f"{ts.stem}.qm").stat().st_size > 100
