#!/usr/bin/env python3
"""Five prompts in the real window on a project Avery NXR did not make: the create-next-app starter.

Real parts: the bundled model, the official starter (create-next-app from the npm registry,
cached by tests/code/starters.py), its `next dev`, QtWebEngine on X (Xvfb when there is no
$DISPLAY). Steps: copy the starter and commit it to git; append a hand edit to its page as an
editor beside the app would; open the folder; send a page, a section with content, a text
change, a theme change and a nav link; screenshot before and after; print `git diff --stat`,
check the hand edit survived, then undo every turn and check the tree is the commit again.

    .venv/bin/python scripts/screenshots_code.py [--combo ts-tw] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import qtdrive  # noqa: E402
from qtdrive import pump  # noqa: E402
from screenshots import start_xvfb  # noqa: E402

PROMPTS = (
    ("Make the main heading say Harbor Cafe and the subtitle Coffee and cake by the sea", "Harbor Cafe"),
    ("Add our opening hours to the home page: Mon-Fri 7am-5pm, Sat 8am-2pm", "7am-5pm"),
    ("Add a Menu page", "Menu"),
    ("Make the background colour #fdf6e3", None),
    ("Put a link to the menu page in the navigation", "Menu"),
)
HAND_EDIT = b"// mine: a note typed in my editor beside the app\n"


def git(root: Path, *argv: str) -> str:
    return subprocess.run(["git", *argv], cwd=root, check=True, capture_output=True, text=True).stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--combo", default="ts-tw")
    args = ap.parse_args()
    from app.preview.node import find_node
    from tests.code.starters import copy_starter, ensure_starter

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nxr-code-shots-"))
    root = work / "harbor-cafe"
    copy_starter(ensure_starter(args.combo, find_node()), root)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "-c", "user.name=me", "-c", "user.email=me@example.com", "commit", "-qm", "create-next-app")
    page = next(p for p in (root / "app" / "page.tsx", root / "app" / "page.js", root / "src" / "app" / "page.tsx",
                            root / "src" / "app" / "page.js") if p.exists())
    page.write_bytes(page.read_bytes() + HAND_EDIT)
    xvfb = start_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ.setdefault("NXR_DATA_DIR", str(work / "data"))
    try:
        return run(out, root, page)
    finally:
        if xvfb is not None:
            xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)


def run(out: Path, root: Path, page: Path) -> int:
    from PySide6.QtCore import QThreadPool

    from app.ui.app import create_app, prepare_environment

    prepare_environment()
    app = create_app()
    from app.ui.controller import SessionController
    from app.ui.crash import ExceptionRouter
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    router = ExceptionRouter()
    router.install()
    controller = SessionController()
    window = MainWindow(controller, Settings.load(), router)
    window.resize(1480, 920)
    window.show()
    try:
        failures = session(window, controller, out, root, page)
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(120_000)
        app.processEvents()
        router.uninstall()
        crashed = bool(router.crashes)
        app.shutdown()
    return 1 if crashed or failures else 0


def session(window: Any, controller: Any, out: Path, root: Path, page: Path) -> int:
    from app.scaffold import history

    until = partial(qtdrive.until, controller)
    dom_text = partial(qtdrive.dom_text, window, controller)

    def shot(name: str) -> None:
        pump(800)
        window.grab().save(str(out / name))
        print(f"saved {out / name}", flush=True)

    controller.load_engine()
    controller.open_project(root)
    until(lambda: controller.engine is not None, 180, "the model")
    until(lambda: window.preview.base_url is not None, 180, "the dev server")
    until(lambda: "get started" in dom_text().lower(), 120, "the starter's page")
    shot("08-starter-opened.png")
    failures = 0
    for prompt, visible in PROMPTS:
        result = qtdrive.send(window, controller, prompt, 180)
        shown = visible is None or _wait_for(until, dom_text, visible)
        failures += result.outcome != "applied" or not shown
        print(f"{result.outcome:9} shown={shown} {prompt!r}\n          plan {result.plan}\n          "
              f"files {result.files} wait {result.timings.get('total_ms')} ms  {result.message}", flush=True)
    shot("09-starter-after-five-prompts.png")
    print(git(root, "diff", "--stat"), flush=True)
    print(git(root, "status", "--short", "--untracked-files=all", "--", ".", ":!.nxr", ":!node_modules",
              ":!.next", ":!next-env.d.ts"), flush=True)
    kept = page.read_bytes().endswith(HAND_EDIT)
    print(f"hand edit kept after every turn: {kept}", flush=True)
    while history.load(root).position:
        history.undo(root)
    page.write_bytes(page.read_bytes()[: -len(HAND_EDIT)])
    clean = git(root, "status", "--porcelain", "--", ".", ":!.nxr", ":!node_modules", ":!.next", ":!next-env.d.ts")
    print(f"after undoing every turn (and removing the hand edit) the tree is the commit again: {not clean.strip()}",
          flush=True)
    return failures + (not kept) + bool(clean.strip())


def _wait_for(until: Callable[[Callable[[], bool], float, str], None], dom_text: Callable[[], str], text: str) -> bool:
    try:
        until(lambda: text.lower() in dom_text().lower(), 20, repr(text))
    except SystemExit:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
