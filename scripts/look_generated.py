#!/usr/bin/env python3
"""A generated site's pages, built with fixed plans, for comparing how two versions render them.

Steps: `nxr new` (the checkout's own create_project), each plan of scripts/data/look_plans.json
through the real turn loop (a scripted engine replies the plan: no model, so two versions get
the same plans), `next dev`, then each page in QtWebEngine (Xvfb when there is no $DISPLAY),
saved as PNG. Run it from another checkout to get that version's pages:

    .venv/bin/python scripts/look_generated.py --out docs/screenshots --tag after
    .venv/bin/python scripts/look_generated.py --repo /path/to/old/checkout --tag before
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repo", default=str(HERE.parent), help="the checkout whose app builds the site")
    ap.add_argument("--out", default=str(HERE.parent / "docs" / "screenshots"))
    ap.add_argument("--tag", required=True, help="file name part: before / after")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--plans", default=str(HERE / "data" / "look_plans.json"), help="the requests and the model's plans")
    args = ap.parse_args()
    sys.path.insert(0, args.repo)
    sys.path.insert(0, str(HERE))
    data = json.loads(Path(args.plans).read_text(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="nxr-look-"))
    try:
        root = build(work / "site", data)
        shots = capture(root, data["pages"], Path(args.out), args.tag, args.width)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n".join(str(s) for s in shots))
    return 0


def build(target: Path, data: dict[str, Any]) -> Path:
    from app.engine.fake import FakeEngine
    from app.scaffold.project import create_project
    from app.session.turn import TurnRunner

    project = create_project(target, data["name"])
    for turn in data["turns"]:
        result = TurnRunner(project.root, FakeEngine(json.dumps(turn["plan"]))).run(turn["prompt"])
        print(f"{turn['prompt'][:50]!r}: {result.outcome} {result.message[:120]}")
    return project.root


def capture(root: Path, pages: list[str], out: Path, tag: str, width: int) -> list[Path]:
    from screenshots import start_xvfb

    from app.preview.devserver import DevServer
    from app.preview.node import find_node

    xvfb = start_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    if os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    try:
        with DevServer(root, find_node()) as server:
            url = server.start(timeout=120)
            for route in pages:
                name = "home" if route == "/" else route.strip("/").replace("/", "-")
                path = out / f"look-{tag}-{name}.png"
                shoot(url.rstrip("/") + route, path, width)
                saved.append(path)
    finally:
        if xvfb is not None:
            xvfb.terminate()
    return saved


def shoot(url: str, path: Path, width: int) -> None:
    from PySide6.QtCore import QEventLoop, QSize, QTimer, QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    view = QWebEngineView()
    view.resize(QSize(width, 900))
    view.show()
    loop = QEventLoop()
    view.loadFinished.connect(lambda _ok: QTimer.singleShot(2500, loop.quit))  # fonts and the dev overlay settle
    QTimer.singleShot(90_000, loop.quit)
    view.load(QUrl(url))
    loop.exec()
    height = {"h": 900}
    view.page().runJavaScript("document.documentElement.scrollHeight", 0, lambda h: height.update(h=int(h or 900)))
    deadline = time.monotonic() + 5
    while height["h"] == 900 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    view.resize(QSize(width, min(height["h"], 3200)))
    wait = QEventLoop()
    QTimer.singleShot(800, wait.quit)
    wait.exec()
    view.grab().save(str(path))
    view.close()


if __name__ == "__main__":
    raise SystemExit(main())
