"""Persistent UI settings: a small JSON file under ``app.paths.data_dir()``.

JSON rather than QSettings so the file is readable, portable and isolated in
tests by ``NXR_DATA_DIR``. Holds window geometry, splitter sizes, recent
projects (with the name and when each was last opened) and the provider override.
Writes are atomic (temp file + rename).
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app import paths

log = logging.getLogger(__name__)

MAX_RECENT = 8
PROVIDERS = ("auto", "cpu", "cuda", "dml")


def settings_path() -> Path:
    return paths.data_dir() / "gui-settings.json"


@dataclass(frozen=True)
class RecentProject:
    path: Path
    name: str  # the name the window showed for it ("" when not recorded)
    opened: str  # ISO local time it was last opened ("" when not recorded)


@dataclass
class Settings:
    geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitters: dict[str, list[int]] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)
    recent_info: dict[str, dict[str, str]] = field(default_factory=dict)  # path -> {"name", "opened"}
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
        if isinstance(data.get("recent_info"), dict):
            out.recent_info = {k: {f: str(v.get(f, "")) for f in ("name", "opened")}
                               for k, v in data["recent_info"].items() if k in out.recent and isinstance(v, dict)}
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

    def add_recent(self, root: Path, name: str = "") -> None:
        text = str(Path(root))
        self.recent = [text] + [r for r in self.recent if r != text]
        del self.recent[MAX_RECENT:]
        self.recent_info[text] = {"name": name, "opened": time.strftime("%Y-%m-%dT%H:%M:%S")}
        self.recent_info = {k: v for k, v in self.recent_info.items() if k in self.recent}

    def prune_recent(self) -> bool:
        """Forgets recent projects whose folder is gone; True when something was removed."""
        kept = [r for r in self.recent if Path(r).is_dir()]
        if kept == self.recent:
            return False
        self.recent = kept
        self.recent_info = {k: v for k, v in self.recent_info.items() if k in kept}
        return True

    def existing_recent(self) -> list[RecentProject]:
        out = []
        for r in self.recent:
            if Path(r).is_dir():
                info = self.recent_info.get(r, {})
                out.append(RecentProject(Path(r), info.get("name", ""), info.get("opened", "")))
        return out

    def provider_override(self) -> str | None:
        return None if self.provider == "auto" else self.provider

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
