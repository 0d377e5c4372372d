"""Every path the model (or a plan) names is checked here before anything is written.

A path must be relative, in POSIX form, free of ``..``, drive letters, UNC
prefixes, NUL bytes, reserved device names and over-long parts, must not
point into dependency or build folders, and must not leave the project
through a symlink. Contents have a size limit.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from app.errors import PathSafetyError

MAX_PATH_BYTES = 1024
MAX_PART_BYTES = 255
MAX_FILE_BYTES = 1024 * 1024
FORBIDDEN_TOP = {"node_modules", ".next", ".git", ".nxr"}
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\$|conout\$)$", re.IGNORECASE)
_DRIVE = re.compile(r"^[A-Za-z]:")


def check_relative(rel: str, internal: bool = False) -> list[str]:
    """Validate the path's text; returns its parts. ``internal`` allows ``.nxr/`` (app metadata)."""
    if not isinstance(rel, str) or not rel:
        raise PathSafetyError("An empty path was given.")
    if "\x00" in rel:
        raise PathSafetyError("The path contains a NUL byte.")
    try:
        encoded = rel.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise PathSafetyError(f"The path {rel!r} is not valid UTF-8.") from exc
    if len(encoded) > MAX_PATH_BYTES:
        raise PathSafetyError(f"The path is too long ({len(encoded)} bytes; the limit is {MAX_PATH_BYTES}).")
    if "\\" in rel:
        raise PathSafetyError(f"The path {rel!r} uses backslashes; use project-relative paths like app/page.tsx.")
    if rel.startswith("/") or _DRIVE.match(rel):
        raise PathSafetyError(f"The path {rel!r} is absolute; only paths inside the project are allowed.")
    parts = rel.split("/")
    for part in parts:
        if part in ("", ".", ".."):
            raise PathSafetyError(f"The path {rel!r} has an empty, '.' or '..' part; it must stay inside the project.")
        if len(part.encode("utf-8")) > MAX_PART_BYTES:
            raise PathSafetyError(f"A name in {rel[:80]!r}... is longer than {MAX_PART_BYTES} bytes.")
        if _RESERVED.match(part.split(".")[0]):
            raise PathSafetyError(f"{part!r} is a reserved device name on Windows.")
        if part != part.rstrip(" .") or any(ord(c) < 32 for c in part) or any(c in part for c in '<>:"|?*'):
            raise PathSafetyError(f"The name {part!r} has characters that are not allowed in file names.")
    top = parts[0].lower()
    if top in FORBIDDEN_TOP and not (internal and top == ".nxr"):
        raise PathSafetyError(f"Writing into {parts[0]}/ is not allowed.")
    return parts


def safe_target(root: Path, rel: str, internal: bool = False) -> Path:
    """The absolute path for ``rel`` inside ``root``, after every check (including symlinks)."""
    check_relative(rel, internal)
    real_root = os.path.realpath(root)
    target = Path(real_root, *rel.split("/"))
    if target.is_symlink():
        raise PathSafetyError(f"{rel} is a symbolic link; it will not be written through.")
    parent = os.path.realpath(target.parent)
    if os.path.commonpath([parent, real_root]) != real_root:
        raise PathSafetyError(f"{rel} would be written outside the project (a folder on the way is a link out of it).")
    if target.is_dir():
        raise PathSafetyError(f"{rel} is a folder; a file cannot replace it.")
    folder = target.parent
    while folder != Path(real_root) and not folder.exists():
        folder = folder.parent
    if not folder.is_dir():
        raise PathSafetyError(f"{folder.relative_to(real_root).as_posix()} is a file, so {rel} cannot be created inside it.")
    return target


def check_size(rel: str, data: bytes) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise PathSafetyError(f"{rel} would be {len(data)} bytes; the limit is {MAX_FILE_BYTES}.")
