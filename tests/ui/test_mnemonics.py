"""No two things a person can reach with the same Alt+letter at the same time, in English and in Spanish, on any
screen or dialog of the tour; and no label shows a '&' that does nothing.

A button the tour finds disabled for the moment (Save before anything changed, Print before the preview is
ready) counts too: it is enabled as soon as the person types, and its letter must be free then.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMainWindow, QPushButton, QTabWidget, QWidget

from tests.ui.mnemonics import clashes, idle_mnemonics, mnemonic, window_entries
from tests.ui.screen_tour import DemoCenter, tour


@pytest.mark.parametrize(("text", "letter"), [
    ("&Save", "s"), ("Sa&ve", "v"), ("Tom && Jerry", None), ("&&&Open", "o"), ("No mnemonic", None),
    ("Trailing &", None), ("&Él", "é"), ("& space", None),
])
def test_the_letter_is_the_one_qt_takes(text: str, letter: str | None) -> None:
    assert mnemonic(text) == letter


def test_a_shared_letter_is_a_clash_and_hidden_or_disabled_things_are_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&File").addAction("&Open")
    body = QWidget()
    window.setCentralWidget(body)
    for at, text in enumerate(("&Save", "&signed", "&Hide", "&Off")):
        QPushButton(text, body).move(at * 80, 0)
    hidden_too, off_too = QPushButton("&Hidden", body), QPushButton("&Offline", body)
    hidden_too.hide()
    off_too.setEnabled(False)
    label = QLabel("&Find:", body)
    label.setBuddy(QLineEdit(body))
    tabs = QTabWidget(body)
    tabs.addTab(QWidget(), "&First")
    tabs.move(0, 100)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, body)
    buttons.move(0, 200)
    idle = QLabel("&Nothing", body)
    idle.move(0, 300)
    window.show()
    qtbot.waitExposed(window)
    assert {kind for kind, _text in window_entries(window)} >= {"QPushButton", "label", "tab", "menu"}
    assert sorted(clashes(window)) == ["Alt+F: label “&Find:”, tab “&First”, menu “&File”",
                                       "Alt+S: QPushButton “&Save”, QPushButton “&signed”"]
    assert idle_mnemonics(window) == ["label “&Nothing” has a mnemonic but no buddy"]
    assert "Alt+O: QPushButton “&Off”, QPushButton “&Offline”" in clashes(window, disabled_too=True)


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_two_things_share_an_alt_letter(qtbot, tmp_path: Path, tour_center: DemoCenter, language: str,
                                           language_back_to_english) -> None:  # type: ignore[no-untyped-def]
    problems: list[str] = []
    visited = []
    for stop in tour(qtbot, tmp_path, tour_center, language):
        visited.append(stop.name)
        found = clashes(stop.window, disabled_too=True) + idle_mnemonics(stop.window)
        problems += [f"{stop.name}: {problem}" for problem in found]
    assert len(visited) > 40, visited  # the tour really went everywhere
    assert not problems, f"{len(problems)} problems in {language}:\n" + "\n".join(dict.fromkeys(problems))
