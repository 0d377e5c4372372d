"""The session log: one JSON line per turn in the project's `.nxr/session.jsonl`."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

LOG_FILE = ".nxr/session.jsonl"


class SessionLog:
    def __init__(self, root: Path) -> None:
        self.path = root / LOG_FILE

    def append(self, entry: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"at": time.strftime("%Y-%m-%dT%H:%M:%S"), **entry}, ensure_ascii=False, default=str)
        # One write per line with O_APPEND: a crash never leaves half of one entry before the next.
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def entries(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        out = []
        for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                try:
                    entry = json.loads(line)
                except (ValueError, RecursionError):
                    continue  # a torn last line after a crash, or a damaged one
                if isinstance(entry, dict):
                    out.append(entry)
        return out
