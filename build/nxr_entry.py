"""Entry point of the packaged app (PyInstaller): the ``nxr`` executable.

``nxr`` with no arguments on a display opens the desktop window (``nxr gui``); with
arguments, or with no display, it is the command line (``nxr --help``). Before the CLI
runs, the bundle's Node.js becomes the default (NXR_NODE) and, for commands that
create or run projects, the user's dependency store is seeded from the bundled one.
"""

from __future__ import annotations

import os
import sys

# Commands that may need the dependency store (create a project / run its dev server).
_STORE_COMMANDS = {"gui", "new", "demo", "prompt", "session", "serve", "bench"}


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _preseed_store() -> None:
    """Interim until app/scaffold/store.py calls app.bundle.seed_store itself: copies the
    bundled store into the user cache once (a no-op when it is already there)."""
    from app import bundle
    from app.scaffold.store import file_lock, read_store_info, store_root

    info = bundle.bundle_info()
    if info is None or info.store_key is None:
        return
    node = os.environ.get("NXR_NODE")
    if info.node is None or node != str(info.node):
        return  # another node was chosen: its store key may differ; the app installs with npm
    store = store_root() / info.store_key
    if read_store_info(store) is not None:
        return
    with file_lock(store_root() / f"{store.name}.lock"):
        if read_store_info(store) is None:
            bundle.seed_store(store)


def _strip_interpreter_flags(argv: list[str]) -> list[str]:
    """``nxr -P -m app serve DIR`` -> ``serve DIR``.

    The app re-runs itself as ``[sys.executable, "-P", "-m", "app", ...]`` (the preview
    registry's background dev server); frozen, sys.executable is this program, which
    takes the CLI's arguments directly. (app.bundle.self_command() is the clean fix.)"""
    rest = list(argv)
    while rest and rest[0] in ("-P", "-u", "-B", "-E", "-s", "-I"):
        rest.pop(0)
    if len(rest) >= 2 and rest[0] == "-m" and rest[1] == "app":
        return rest[2:]
    return argv


def main() -> int:
    from app import bundle

    bundle.apply_environment()
    argv = _strip_interpreter_flags(sys.argv[1:])
    if not argv and _has_display():
        argv = ["gui"]
    if argv and argv[0] in _STORE_COMMANDS:
        _preseed_store()
    from app.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
