"""The translation pipeline stays alive: catalogues current with the sources, Spanish complete, .qm shipped."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = sorted((ROOT / "translations").glob("*.ts"))  # the interface's: complete and reviewed
# What the participant takes home, in ten more languages: the documents' words only (tests/test_document_languages.py)
DOCUMENT_CATALOGUES = sorted((ROOT / "translations" / "documents").glob("*.ts"))
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
    for ts in CATALOGUES + DOCUMENT_CATALOGUES:
        fresh = copy / ts.relative_to(ROOT)
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


@pytest.mark.parametrize("ts", CATALOGUES + DOCUMENT_CATALOGUES, ids=lambda p: p.name)
def test_placeholders_survive_translation(ts: Path) -> None:
    for message in _messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        for placeholder in ("%1", "%2", "%3", "%n"):
            if placeholder in source:
                for text in texts:
                    assert placeholder in text, f"{placeholder} lost in translation of {source!r}"


def test_compiled_catalogue_ships_in_the_package() -> None:
    from rosc_desktop.i18n import translations_dir

    for ts in CATALOGUES + DOCUMENT_CATALOGUES:
        assert (translations_dir() / f"{ts.stem}.qm").stat().st_size > 100


# -- plurals: every message about a count is a plural message with its Spanish forms -----------------------------

SPANISH = ROOT / "translations" / "rosc_desktop_es.ts"


def _catalogue(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")}


def _sources() -> list[Path]:
    """The files scripts/update-translations hands to lupdate."""
    return sorted(p for p in (ROOT / "rosc_desktop").rglob("*.py") if "migrations" not in p.parts)


def _has_count(call: ast.Call, least: int) -> bool:
    return len(call.args) >= least or any(k.arg == "n" for k in call.keywords)


def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _count_calls(tree: ast.AST) -> list[tuple[int, str | None, str | None, str]]:
    """(line, context as lupdate sees it, source text, problem) for every tr()/translate() given a count."""
    found: list[tuple[int, str | None, str | None, str]] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id
            if name == "translate" and _has_count(node, 4) and all(_text(a) is not None for a in node.args[:2]):
                found.append((node.lineno, _text(node.args[0]), _text(node.args[1]),
                              "translate(context, text, None, n) is never extracted as a plural by lupdate: use "
                              "self.tr, Class.tr or an i18n.Context's tr"))
            elif name == "tr" and _has_count(node, 3):
                owner = func.value if isinstance(func, ast.Attribute) else None
                if isinstance(owner, ast.Name):
                    context = cls if owner.id == "self" else owner.id
                    found.append((node.lineno, context, _text(node.args[0]) if node.args else None, ""))
                else:
                    found.append((node.lineno, None, None, "a tr() whose context lupdate cannot see"))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, None)
    return found


def test_every_count_message_is_a_plural_in_the_spanish_catalogue() -> None:
    """A tr() given a count must reach the catalogue as a plural message (numerus) in the context it is looked up
    in at run time, say %n, and have every Spanish form; anything less shows English to Spanish users."""
    catalogue = _catalogue(SPANISH)
    problems: list[str] = []
    calls = 0
    for path in _sources():
        for line, context, source, problem in _count_calls(ast.parse(path.read_text("utf-8"))):
            calls += 1
            where = f"{path.relative_to(ROOT)}:{line}"
            if problem:
                problems.append(f"{where}: {problem}")
                continue
            if source is None:
                problems.append(f"{where}: the text is not a plain string, so lupdate cannot extract it")
                continue
            if "%n" not in source and "%Ln" not in source:
                problems.append(f"{where}: {source!r} is about a count but does not say %n")
            message = catalogue.get((context or "", source))
            if message is None or message.get("numerus") != "yes":
                problems.append(f"{where}: {source!r} is not a plural message in context {context!r} "
                                "of the Spanish catalogue (run scripts/update-translations)")
    assert calls >= 20, "the search for tr() calls with a count found almost none: is it still looking?"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_plural_messages_have_every_form(ts: Path) -> None:
    empty = []
    for (context, source), message in _catalogue(ts).items():
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if translation.get("type") == "unfinished" or len(forms) < 2 or not all(f.strip() for f in forms):
            empty.append(f"{context}: {source}")
    assert not empty, f"plural messages without all their forms in {ts.name}: {empty}"


def test_translation_contexts_are_named_like_their_variables() -> None:
    """lupdate takes the name before .tr as the context, so `X = Context("Y")` would hide X's words."""
    wrong = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Name) and node.value.func.id == "Context"):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if names != [_text(node.value.args[0]) if node.value.args else None]:
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong, wrong


def test_count_messages_read_in_spanish(qapp) -> None:  # type: ignore[no-untyped-def]
    """The sign-in wait and the too-long field in Spanish, with the number said as the language says it."""
    from PySide6.QtCore import QLocale

    from rosc_desktop import i18n
    from rosc_desktop.ui.messages import message_for
    from rosc_desktop.ui.screens.sync import health_word

    before = QLocale()
    try:
        assert i18n.install("es") == "es"
        wait = message_for("signin_wait", {"seconds": 5})
        assert "5" in wait and "second" not in wait
        assert message_for("signin_wait", {"seconds": 1}) != wait.replace("5", "1")  # a singular form of its own
        too_long = message_for("too_long", {"limit": 120})
        assert "120" in too_long and "too long" not in too_long
        pending = health_word(type("Status", (), {"open_conflicts": 0, "last_status": "", "held": False,
                                                  "unacknowledged": 3})())
        assert "3" in pending and "acknowledged" not in pending
    finally:
        i18n.install("en")
        QLocale.setDefault(before)


def test_count_messages_read_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    """English, the source language, has plurals too: "Came 1 time", "2 times", never "time(s)"."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from rosc_desktop import i18n

    before = QLocale()
    try:
        assert i18n.install("en") == "en"
        said = {n: QCoreApplication.translate("OverviewTab", "Came %n time(s) in the last 30 days", None, n)
                for n in (1, 2)}
        assert said == {1: "Came 1 time in the last 30 days", 2: "Came 2 times in the last 30 days"}
        queue = QCoreApplication.translate("BundleImport", "%n record(s) wait in the review queue.", None, 1)
        assert queue == "1 record waits in the review queue."
    finally:
        QLocale.setDefault(before)  # other tests write dates and times as they always have
    english = ET.parse(ROOT / "translations" / "rosc_desktop_en.ts").getroot()
    assert all(m.get("numerus") == "yes" for m in english.iter("message"))  # plurals only: the rest is the source
    assert not [f.text for f in english.iter("numerusform") if "(s)" in (f.text or "")]
