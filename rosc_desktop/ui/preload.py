"""Load the database stack while the person types their password.

The sign-in screen paints without SQLAlchemy, SQLModel, SQLCipher or the models (about 1.5 s of imports on the
center's computers). Once it has painted, a background thread imports them, so that by the time "Sign in" is
pressed only the key derivation and opening the file are left. Signing in derives the key (Argon2id, which needs
none of these modules) beside this thread, then waits for it before it opens the store: two threads importing the
same modules at once can see each other's half-made modules.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

# What signing in and the Today screen import, in the order they need it. A module missing here loads when it is
# first needed: at sign-in, or (the other screens' services, services/core.py) with the screen that asks for it.
MODULES = (
    "filelock",  # first: signing in takes the keyring's lock while this thread loads the rest
    "sqlalchemy",
    "sqlmodel",
    "sqlcipher3",
    "rosc_desktop.model",
    "rosc_desktop.store.database",
    "rosc_desktop.store.migrate",
    "rosc_desktop.store.backup",
    "rosc_desktop.services.audit",
    "rosc_desktop.services.core",
    "rosc_desktop.services.accounts",  # the services the sign-in and Today ask for; the rest load with their screens
    "rosc_desktop.services.checkins",
    "rosc_desktop.services.caseload",
    "rosc_desktop.sync.work_folders",  # the sweep at sign-in; the bundle code loads with the Sync tab
    "rosc_desktop.ui.screens.today",
)

_lock = threading.Lock()
_thread: threading.Thread | None = None


def start() -> None:
    """Begin loading in the background (once per process). What unlocking needs is loaded first, here on the
    calling thread (the screen already painted), so that pressing "Sign in" does not wait for it, and so that a
    module of MODULES that imports cryptography (none does today; sync's keys do) can never import it beside the
    sign-in's own use of it. A sign-in pressed before this ran loads it on the GUI thread too (SignInScreen.submit)."""
    global _thread
    with _lock:
        if _thread is not None:
            return
        from rosc_desktop.services.session import load_crypto

        load_crypto()
        _thread = threading.Thread(target=_load, name="rosc-preload", daemon=True)
        _thread.start()


def wait() -> None:
    """Return once the background loading has finished (at once if it never started)."""
    with _lock:
        thread = _thread
    if thread is not None:
        thread.join()


def _load() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:  # signing in imports it again and reports the error where it can be shown
            log.warning("preloading %s failed: %s", name, type(exc).__name__)
            return
    from rosc_desktop.services import session

    session.configure_models()  # 0.2 s here, not after "Sign in" is pressed
