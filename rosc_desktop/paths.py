"""Where the app keeps its files.

platformdirs gives the per-user folders; `ROSC_DATA_DIR` or `--data-dir` moves everything into one folder, so
tests, demos and portable installs never touch a person's real data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "rosc-desktop"
DATA_DIR_ENV = "ROSC_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "rosc.db"

    @property
    def keyring(self) -> Path:
        return self.root / "keyring.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> "AppPaths":
        # Owner-only: the folders hold wrapped keys and the encrypted store.
        for folder in (self.root, self.backups, self.logs):
            private_folder(folder)
        return self


def private_folder(folder: Path) -> Path:
    """Create `folder` if needed and close it to other accounts (0700; where chmod fails, as it is)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        folder.chmod(0o700)
    except OSError:
        pass
    return folder


def default_root() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False)


def resolve(data_dir: str | os.PathLike[str] | None = None, *, demo: bool = False) -> AppPaths:
    """The data folder: the flag wins over the environment, which wins over platformdirs."""
    if data_dir:
        root = Path(data_dir)
    elif os.environ.get(DATA_DIR_ENV):
        root = Path(os.environ[DATA_DIR_ENV])
    else:
        root = default_root()
    if demo:
        root = root / "demo"
    return AppPaths(root.expanduser().resolve())
