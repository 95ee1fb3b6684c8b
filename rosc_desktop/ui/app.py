"""Start the GUI: the QApplication, the language, then the main window (which starts at sign-in).

Nothing here imports the database stack: the first screen paints before SQLAlchemy and SQLCipher load.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
import sys
from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from rosc_desktop import APP_NAME, __version__, i18n
from rosc_desktop.paths import AppPaths
from rosc_desktop.settings import MachineSettings


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ROSC Desktop")
    app.setDesktopFileName("rosc-desktop")
    app.setWindowIcon(QIcon(str(resources.files("rosc_desktop") / "resources" / "icons" / "rosc-desktop.svg")))
    load_shipped_fonts()
    return app  # type: ignore[return-value]


def load_shipped_fonts() -> list[str]:
    """Offer the fonts the app ships for paper (DejaVu Sans, WenQuanYi Micro Hei) to the window too: Qt falls back
    to them for a script the computer has no font for, so a Chinese or Korean name never shows as empty boxes.
    About 5 ms; returns the families added."""
    families: list[str] = []
    folder = resources.files("rosc_desktop") / "resources" / "fonts"
    for font in sorted(folder.iterdir(), key=lambda f: f.name):
        if font.name.endswith((".ttf", ".ttc")):
            families += QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font)))
    return families


LOG_BYTES = 512 * 1024
LOG_FILES = 3


def log_unexpected_error(kind: type[BaseException], error: BaseException, trace: object) -> None:
    """Qt slots report uncaught exceptions here. The message of an arbitrary exception may quote what a
    person typed, so only its type and where it happened are kept, never its text."""
    import traceback

    frames = traceback.extract_tb(trace) if trace is not None else []  # type: ignore[arg-type]
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    logging.getLogger("rosc_desktop").error("unexpected %s at %s", kind.__name__, where)


def run_gui(paths: AppPaths, language: str = "", quit_after: float = 0,
            prepare: Callable[[], object] | None = None) -> int:
    """Show the app until it is closed. `prepare` (building the demo database on a first start) runs in the
    background behind a small progress window, so something shows at once. `quit_after` (seconds, for
    installation checks such as packaging/smoke-test): once the window is painted, say which screen it shows on
    standard output and quit."""
    paths.ensure()
    # A few small files under the data folder that never grow without bound; they hold codes, never people.
    handler = RotatingFileHandler(paths.logs / "rosc-desktop.log", maxBytes=LOG_BYTES, backupCount=LOG_FILES,
                                  encoding="utf-8")
    logging.basicConfig(handlers=[handler], level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    sys.excepthook = log_unexpected_error
    app = make_application()
    settings = MachineSettings.load(paths.settings)
    i18n.install(i18n.choose_language(language or settings.language))
    shown: list[QWidget] = []  # keeps the window alive for as long as the app runs

    def show_window() -> None:
        from rosc_desktop.ui.main_window import MainWindow

        window = MainWindow(paths)
        shown.append(window)
        window.show()
        if quit_after > 0:
            def report() -> None:
                screen = type(window.start_screen).__name__ if window.start_screen is not None else "signed in"
                print(f"window shown: {window.windowTitle()} ({screen}, {window.width()}x{window.height()})",
                      flush=True)
                app.quit()

            QTimer.singleShot(int(quit_after * 1000), report)

    if prepare is None:
        show_window()
    else:
        from rosc_desktop.ui.operations import run_operation, show_error

        progress = QProgressDialog(QCoreApplication.translate(
            "App", "Making the demo database: a few hundred made-up people, so you can try everything. This "
                   "takes a moment, once."), "", 0, 0)
        progress.setWindowTitle(APP_NAME)
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setMinimumDuration(0)
        progress.show()
        if quit_after > 0:
            print("preparing: the demo database", flush=True)

        def done(_result: object) -> None:
            progress.close()
            show_window()

        def failed(error: BaseException) -> None:
            progress.close()
            show_error(None, error)
            app.quit()

        run_operation(None, prepare, on_done=done, on_error=failed)
    return app.exec()
