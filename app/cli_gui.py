"""`nxr gui`: launches the desktop window (issue 4). Imports Qt lazily, only when run."""

from __future__ import annotations

from typing import Any


def register(sub: Any, engine_flags: Any) -> None:
    """Adds the `gui` sub-command (filled in by the desktop window work)."""
    return None
