"""Make `next dev` serve a global stylesheet as it is on disk after a turn, undo or redo wrote it.

Measured on the create-next-app starter (Next 16.4.3, Turbopack, `@tailwindcss/turbopack` 4.3):
after a write to `app/globals.css` the dev server keeps serving the stylesheet as it was one
write earlier, for as long as nothing else changes (touching the file does not help; vercel/
next.js#93052 is open). A second, different write makes it serve the first one. So a changed
stylesheet is written once more with one extra line end, then put back byte for byte: 150 ms,
and what is on disk afterwards is exactly what the turn wrote (what the journal recorded).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from pathlib import Path

PAUSE_S = 0.15  # measured: the watcher sees both writes apart at 150 ms


TAILWIND_PLUGINS = ("@tailwindcss/turbopack", "@tailwindcss/postcss")  # the first measured; the second its sibling


def stale_css(root: Path) -> bool:
    """Whether this project builds its CSS through a Tailwind 4 plugin (the stale case)."""
    try:
        package = json.loads((root / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(package, dict):
        return False
    deps = {**(package.get("dependencies") or {}), **(package.get("devDependencies") or {})}
    return any(plugin in deps for plugin in TAILWIND_PLUGINS)


def refresh(root: Path, files: Iterable[str]) -> list[str]:
    """Write each changed stylesheet among ``files`` twice (see above); the ones refreshed."""
    sheets = [rel for rel in files if rel.endswith(".css") and not rel.endswith(".module.css")]
    if not sheets or not stale_css(root):
        return []
    done: list[str] = []
    for rel in sheets:
        path = root / rel
        try:
            body = path.read_bytes()
            path.write_bytes(body + b"\n")
            time.sleep(PAUSE_S)
            path.write_bytes(body)
        except OSError:
            continue  # gone or unwritable: the preview is the only thing that misses out
        done.append(rel)
    return done
