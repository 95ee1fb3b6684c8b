"""The README's pictures are there and are the size the app is held to, so a renamed or missing screenshot shows as
a failing test rather than a broken image on the project's front page."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]


def test_every_picture_the_readme_shows_exists_and_screens_are_1280_by_720() -> None:
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(pictures) >= 5
    for picture in pictures:
        image = QImage(str(ROOT / picture))
        assert not image.isNull(), picture
        if "plan-page" not in picture:  # a printed page has the paper's shape
            assert (image.width(), image.height()) == (1280, 720), picture
