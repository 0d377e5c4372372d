"""Persistent UI settings: a small JSON file under ``app.paths.data_dir()``.

JSON rather than QSettings so the file is readable, portable and isolated in
tests by ``NXR_DATA_DIR``. Holds window geometry, splitter sizes, recent
projects and the provider override. Writes are atomic (temp file + rename).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app import paths

log = logging.getLogger(__name__)

MAX_RECENT = 8
PROVIDERS = ("auto", "cpu", "cuda", "dml")


def settings_path() -> Path:
    return paths.data_dir() / "gui-settings.json"


@dataclass
class Settings:
    geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitters: dict[str, list[int]] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)
    provider: str = "auto"
    last_parent: str = ""  # folder last used for "New project"

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings %s unreadable (%s); using defaults", path, exc)
            return cls()
        if not isinstance(data, dict):
            return cls()
        out = cls()
        for key in ("geometry", "window_state", "provider", "last_parent"):
            if isinstance(data.get(key), str):
                setattr(out, key, data[key])
        if isinstance(data.get("recent"), list):
            out.recent = [r for r in data["recent"] if isinstance(r, str)][:MAX_RECENT]
        if isinstance(data.get("splitters"), dict):
            out.splitters = {k: [int(x) for x in v] for k, v in data["splitters"].items()
                             if isinstance(v, list) and all(isinstance(x, int) for x in v)}
        if out.provider not in PROVIDERS:
            out.provider = "auto"
        return out

    def save(self, path: Path | None = None) -> None:
        path = path or settings_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:  # settings are a convenience: never fatal, but logged
            log.warning("could not save settings to %s: %s", path, exc)

    def add_recent(self, root: Path) -> None:
        text = str(Path(root))
        self.recent = [text] + [r for r in self.recent if r != text]
        del self.recent[MAX_RECENT:]

    def existing_recent(self) -> list[Path]:
        return [Path(r) for r in self.recent if Path(r).is_dir()]

    def provider_override(self) -> str | None:
        return None if self.provider == "auto" else self.provider

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
