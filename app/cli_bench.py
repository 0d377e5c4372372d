"""`nxr bench`: the session benchmark command (issue 3)."""

from __future__ import annotations

from typing import Any


def register(sub: Any, engine_flags: Any) -> None:
    """Adds the `bench` sub-command (filled in by the session benchmark work)."""
    return None
