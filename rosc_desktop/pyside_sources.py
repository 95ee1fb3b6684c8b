"""PySide6's import hook, made to stop keeping the source text of every module imported after it.

Importing PySide6 replaces Python's `__import__`. After each later import it asks `_mod_uses_pyside(module)`,
which reads the module's whole source with `inspect.getsource` and looks for the word "PySide6" (to know which
modules may opt in to `from __feature__ import snake_case`). `inspect.getsource` reads through `linecache`, and
`linecache` keeps every line it read for the rest of the process: the database stack, the models and the screens,
about 590 files, which were 25 MiB of the app's 190 MiB once signed in, and ~50 ms of sign-in's imports
(measured with bench/cold_start.py and a bare import of the stack after PySide6; napari found the same tax,
napari/napari#8584).

`keep_no_sources()` puts a helper with the same answer in its place: it reads the module's file and looks for the
same word, and keeps nothing. Called by i18n, the first of our modules to import Qt (on every path: the window,
the command line, documents). The helper is private to PySide6; when a later PySide6 has none, or reads
differently, this changes nothing and `tests/test_pyside_sources.py` fails to say so.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

_HOOK_MODULE = "shibokensupport.feature"
_WORD = b"PySide6"


def keep_no_sources() -> bool:
    """Replace the hook's reading of sources, and drop what it read already (PySide6's own imports: typing, enum,
    pathlib…, 2 MiB as lines); True when it was there to replace."""
    hook = sys.modules.get(_HOOK_MODULE)
    if hook is None or not callable(getattr(hook, "_mod_uses_pyside", None)):
        return False
    hook._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # only a cache: a traceback reads the lines again when it needs them
    return True


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module's source file mentions PySide6: what PySide6's own helper answers. A module with no
    source file (built in, compiled, inside a frozen app's archive) answers False there too."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return _WORD in source.read()
    except OSError:
        return False
