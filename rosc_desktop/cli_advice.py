"""What the command line tells a person to do, and where it refuses to write: kept below every command module, so
each can advise the same way (`rosc-desktop restore` and `rosc-desktop check` name the folder they were run on).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rosc_desktop.paths import AppPaths, default_root, resolve

# Refused, not created: a mistyped path or an unplugged USB stick would otherwise leave the file in a new folder on
# this computer's own disk, where nobody looks for it (a backup refuses it the same way).
OUTPUT_FOLDER_MISSING = "the folder {folder} does not exist (is the USB stick plugged in?): nothing was written."


def command_line(paths: AppPaths, *words: str) -> str:
    """A command to tell a person to run, ready to paste: `rosc-desktop`, the data folder when it is not the one a
    bare command would use (else the advice would act on another folder: the default one), then `words`, each
    quoted for this system's shell where it needs it (a space in a folder name)."""
    bare, bare_demo = resolve(None), resolve(None, demo=True)
    default = resolve(default_root())
    if paths.root == bare.root == default.root:
        folder: tuple[str, ...] = ()
    elif paths.root == bare_demo.root == resolve(default_root(), demo=True).root:
        folder = ("--demo",)
    else:
        folder = ("--data-dir", str(paths.root))
    return " ".join(["rosc-desktop", *(shell_word(word) for word in (*folder, *words))])


def shell_word(word: str) -> str:
    if os.name == "nt":  # cmd.exe and PowerShell both take a double-quoted path
        from subprocess import list2cmdline

        return list2cmdline([word])
    import shlex

    return shlex.quote(word)


def folder_missing(target: str, *, file_or_folder: bool = False) -> bool:
    """Whether the folder `target` would be written into is missing, said on the terminal: it is refused, never
    created (OUTPUT_FOLDER_MISSING). `target` itself may be a new file, or a new folder for several files. Where
    it may name a file or a folder to put the file in (`file_or_folder`), a trailing slash says it is a folder,
    which must be there too (else a file would be written under that name)."""
    if file_or_folder and target.endswith(("/", os.sep)):
        return missing_said(Path(target))
    return missing_said(Path(target).absolute().parent)


def missing_said(folder: Path) -> bool:
    if folder.is_dir():
        return False
    print(f"rosc-desktop: {OUTPUT_FOLDER_MISSING.format(folder=folder.absolute())}", file=sys.stderr)
    return True
