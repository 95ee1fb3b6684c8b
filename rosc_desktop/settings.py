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
