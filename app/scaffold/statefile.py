"""Reading Avery NXR's own JSON state files (`.nxr/history.json`, `.nxr/project.json`) and saying what is wrong.

A state file can be damaged in any way a disk or an editor allows: truncated,
binary, not UTF-8, valid JSON of the wrong shape. Readers get the JSON value
from :func:`read_json` and turn every failure into a one-line reason with
:func:`damage`, so a damaged file is reported as such, never as a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

# What read_json and a validator raise for a damaged file (ValueError covers bad UTF-8,
# bad JSON, integers too long to convert and pydantic's ValidationError).
DAMAGE = (OSError, ValueError, RecursionError)


def read_json(path: Path) -> Any:
    """The JSON value stored in ``path``; raises one of :data:`DAMAGE` when it cannot be read."""
    return json.loads(path.read_bytes().decode("utf-8"))


def damage(exc: BaseException) -> str:
    """What is wrong with a state file, in one line (not a validator's multi-line report)."""
    if isinstance(exc, UnicodeDecodeError):
        return f"it is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})"
    if isinstance(exc, json.JSONDecodeError):
        return f"it is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "it is nested too deeply to read"
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        return f"{where}: {first['msg']}{more}"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
