"""Start the GUI: the QApplication, the language, then the main window (which starts at sign-in).

Nothing here imports the database stack: the first screen paints before SQLAlchemy and SQLCipher load.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
import sys
from importlib import resources

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

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
    return app  # type: ignore[return-value]


LOG_BYTES = 512 * 1024
LOG_FILES = 3


def log_unexpected_error(kind: type[BaseException], error: BaseException, trace: object) -> None:
    """Qt slots report uncaught exceptions here. The message of an arbitrary exception may quote what a
    person typed, so only its type and where it happened are kept, never its text."""
    import traceback

    frames = traceback.extract_tb(trace) if trace is not None else []  # type: ignore[arg-type]
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    logging.getLogger("rosc_desktop").error("unexpected %s at %s", kind.__name__, where)


def run_gui(paths: AppPaths, language: str = "", quit_after: float = 0) -> int:
    """Show the app until it is closed. `quit_after` (seconds, for installation checks such as
    packaging/smoke-test): once the window is painted, say which screen it shows on standard output and quit."""
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

    from rosc_desktop.ui.main_window import MainWindow

    window = MainWindow(paths)
    window.show()
    if quit_after > 0:
        def report() -> None:
            screen = type(window.start_screen).__name__ if window.start_screen is not None else "signed in"
            print(f"window shown: {window.windowTitle()} ({screen}, {window.width()}x{window.height()})", flush=True)
            app.quit()

        QTimer.singleShot(int(quit_after * 1000), report)
    return app.exec()
