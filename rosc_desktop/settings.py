"""Per-machine preferences that are needed before sign-in (the interface language). Nothing sensitive."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from rosc_desktop.util_files import write_atomic


@dataclass
class MachineSettings:
    language: str = ""  # "" follows the system
    last_username: str = ""
    # A hub's PostgreSQL URL (ROSC_DATABASE_URL overrides it). Keep its password in ~/.pgpass, not here.
    database_url: str = ""
    # The script a participant's documents print in when their preferred language is "Chinese" without a script
    # ("zh-hans" Simplified, "zh-hant" Traditional): centers serve one community or the other.
    chinese_script: str = "zh-hans"

    @classmethod
    def load(cls, path: Path) -> "MachineSettings":
        try:
            raw = json.loads(Path(path).read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: str(v) for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, path: Path) -> None:
        write_atomic(Path(path), json.dumps(asdict(self), indent=2).encode("utf-8"))


class UserSettings:
    """The signed-in person's own preferences on this computer (how many days Today's outreach list looks back,
    the folder bundles were last saved to), in one small file per account under the data folder, so
    `--data-dir` moves them with everything else. Qt's QSettings would write them outside it.

    The main window names the file at sign-in (`use`); before that, and in tests that build a screen alone, the
    values live in memory only."""

    _path: Path | None = None
    _values: dict[str, object] = {}

    @classmethod
    def use(cls, root: Path | None, username: str = "") -> None:
        cls._path = Path(root) / "users" / f"{username}.json" if root is not None and username else None
        cls._values = {}
        if cls._path is not None:
            try:
                loaded = json.loads(cls._path.read_text("utf-8"))
                cls._values = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                cls._values = {}

    @classmethod
    def value(cls, key: str, default: object = None) -> object:
        return cls._values.get(key, default)

    @classmethod
    def set_value(cls, key: str, value: object) -> None:
        cls._values[key] = value
        if cls._path is None:
            return
        try:
            cls._path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(cls._path, json.dumps(cls._values, indent=2, sort_keys=True).encode("utf-8"))
        except OSError:
            pass  # a preference that cannot be saved is remembered for this run; nothing else depends on it
