"""`nxr gui [DIR]`: launches the desktop window. Imports Qt lazily, only when run.

`nxr gui-engine-host` (hidden) is the window's model process: it speaks JSON lines on
stdin/stdout (see ``app.session.enginehost``) and imports no Qt.
"""

from __future__ import annotations

import argparse
from typing import Any


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.app import main

    return main(project=args.dir, provider=args.provider, threads=args.threads,
                in_process=args.in_process_engine)


def cmd_engine_host(_args: argparse.Namespace) -> int:
    from app.session.enginehost import child_main

    return child_main()


def register(sub: Any, engine_flags: Any) -> None:
    """Adds the `gui` sub-command (and the window's hidden engine-host command)."""
    p = sub.add_parser("gui", help="open the desktop window (optionally on a project folder)")
    p.add_argument("dir", nargs="?", default=None, help="a Next.js project folder to open")
    p.add_argument("--in-process-engine", action="store_true",
                   help="run the model in the window's process (debugging; the UI stalls while it loads)")
    engine_flags(p)
    p.set_defaults(func=cmd_gui)
    h = sub.add_parser("gui-engine-host")
    h.set_defaults(func=cmd_engine_host)
