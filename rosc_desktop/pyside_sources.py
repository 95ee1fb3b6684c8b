"""PySide6's import hook, made to stop keeping the source text of every module imported after it.

Importing PySide6 replaces Python's `__import__`. After each later import it asks `_mod_uses_pyside(module)`,
which reads the module's whole source with `inspect.getsource` and looks for the word "PySide6" (to know which
modules may opt in to `from __feature__ import snake_case`). `inspect.getsource` reads through `linecache`, and
`linecache` keeps every line it read for the rest of the process: the database stack, the models and the screens,
about 590 files, which were 25 MiB of the app's 190 MiB once signed in, and ~50 ms of sign-in's imports
(measured with bench/cold_start.py and a bare import of the stack after PySide6; napari found the same tax,
napari/napari#8584).

`keep_no_sources()` puts a helper with the same answer in its place: it reads the same source (the module's file,
or what its loader gives) and looks for the same word, and keeps nothing. It is called from i18n, which the
window's start imports right after PySide6 (ui/app.py) and the command line before any document is made; a few
standard modules imported by PySide6 itself are read before that, and the call drops what they left. The helper is
private to PySide6: when a later PySide6 has none, this changes nothing and `tests/test_pyside_sources.py` fails to
say so.
"""

from __future__ import annotations

import linecache
import os
import sys
from importlib.machinery import SOURCE_SUFFIXES
from types import ModuleType

_HOOK_MODULE = "shibokensupport.feature"
_WORD = "PySide6"


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
    """Whether the module's source mentions PySide6, read as `inspect.getsource` reads it (its `__file__` when that
    is a source file on disk, else its loader's `get_source`): what PySide6's own helper answers. A module with no
    source (built in, compiled only, inside a frozen app's archive) answers False there too."""
    try:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(tuple(SOURCE_SUFFIXES)) and os.path.isfile(path):
            with open(path, "rb") as source:
                return _WORD.encode() in source.read()
        get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
        text = get_source(module.__name__) if callable(get_source) else None
        return isinstance(text, str) and _WORD in text
    except Exception:  # noqa: BLE001 (anything raised here would come out of the import statement itself)
        return False  # PySide6's helper answers False for a source it cannot read
