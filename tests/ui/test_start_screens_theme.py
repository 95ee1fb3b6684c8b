"""The sign-in card follows the palette: readable in a dark theme as in a light one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame

from rosc_desktop.ui.screens.sign_in import SignInScreen


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#2b2c2f"), (QPalette.ColorRole.AlternateBase, "#35363a"),
                         (QPalette.ColorRole.Text, "#e8eaed"), (QPalette.ColorRole.Button, "#35363a"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed"), (QPalette.ColorRole.Mid, "#5f6368"),
                         (QPalette.ColorRole.Link, "#8ab4f8")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_title_stands_out_from_the_card(qtbot, paths, dark) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    before = app.palette()
    if dark:
        app.setPalette(_dark_palette())
    try:
        screen = SignInScreen(paths)
        qtbot.addWidget(screen)
        screen.resize(1280, 720)
        screen.show()
        qtbot.waitExposed(screen)
        card = screen.findChild(QFrame, "card")
        title = next(label for label in card.findChildren(type(screen.message)) if label.objectName() == "title")
        image = card.grab().toImage()
        area = title.geometry()
        lums = [_luminance(image.pixelColor(x, y)) for x in range(area.left(), area.right(), 2)
                for y in range(area.top(), area.bottom(), 2)]
        contrast = (max(lums) + 0.05) / (min(lums) + 0.05)
        assert contrast >= 4.5, contrast  # WCAG AA for text
        background = _luminance(image.pixelColor(8, card.height() // 2))
        assert (background < 0.2) == dark  # the card itself follows the theme
    finally:
        app.setPalette(before)
