#!/usr/bin/env python3
"""A turn the doubt gate doubted, in the real window: the strip, then its button.

Real parts: the bundled model (and its gate), a new project, its `next dev`, QtWebEngine, on X (Xvfb
when there is no $DISPLAY). The session sets up a site, then sends requests typed in the blind sets
until the gate doubts one; it saves the window with the strip, clicks its button ("Undo it" for a
flagged turn, the default; "Make this change" for a held one, NXR_DOUBT=hold) and saves the window
again.

    .venv/bin/python scripts/screenshot_held.py --out docs/screenshots --number 102
"""

from __future__ import annotations

import argparse
import shutil
import sys
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import qtdrive  # noqa: E402
from qtdrive import pump  # noqa: E402
from screenshots import on_x  # noqa: E402

# u381's paving session (written blind at stop 65), as typed: its opener, then a numbered list of services
# whose reading the shipped gate doubted there (it was a wrong edit)
SETUP = ["Good afternoon. I am Rui Magalhães, calceteiro. I lay calçada portuguesa, the traditional black and white "
         "stone pavement, for patios, courtyards, driveways and shop entrances in Porto and Gaia. 25 years experience, "
         "before me my father. I need website in english for foreign owners and architects who buy old houses here. "
         "Business name: Pedra Viva."]
CANDIDATES = ["Page Services: 1) New calçada for patios and courtyards 2) Repair of old pavement, lifted or sunk stones "
              "3) Designs: compass rose, waves, house name or number in stone 4) Site visit and quote for architects"]


def session(window: Any, controller: Any, out: Path, work: Path, number: int) -> int:
    until = partial(qtdrive.until, controller)
    send = partial(qtdrive.send, window, controller, timeout=180)
    controller.load_engine()
    window.welcome.name.setText("Pedra Viva")
    window.welcome.folder.setText(str(work / "pedra-viva"))
    window.welcome.create_button.click()
    until(lambda: controller.project is not None, 180, "the project")
    until(lambda: controller.engine is not None, 120, "the model")
    until(lambda: window.preview.base_url is not None, 120, "the dev server")
    for prompt in SETUP:
        result = send(prompt)
        print(f"{prompt!r}: {result.outcome} {result.message}", flush=True)
    for prompt in CANDIDATES:
        result = send(prompt)
        print(f"{prompt!r}: {result.outcome} held={result.held} flagged={result.flagged} {result.plan}\n  "
              f"{result.message}", flush=True)
        if result.held or result.flagged:
            break
    else:
        print("the gate doubted none of the candidates", flush=True)
        return 1
    pump(1500)
    window.grab().save(str(out / f"{number}-doubted-turn-says-what-it-read.png"))
    done: list[Any] = []
    if result.held:  # the button sends a "yes": a turn; a flagged turn's button undoes, which is no turn
        controller.turn_finished.connect(done.append)
    window.held.button.click()
    if result.held:
        until(lambda: bool(done), 180, "the held change")
        print(f"made: {done[0].outcome} {done[0].summary}", flush=True)
    pump(3000)
    window.grab().save(str(out / f"{number + 1}-doubted-turn-after-its-button.png"))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--number", type=int, default=102)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    xvfb, work = on_x("nxr-held-")
    from PySide6.QtCore import QThreadPool

    from app.ui.app import create_app, prepare_environment

    prepare_environment()
    app = create_app()
    from app.ui.controller import SessionController
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    controller = SessionController()
    window = MainWindow(controller, Settings.load())
    window.resize(1480, 920)
    window.show()
    try:
        return session(window, controller, out, work, args.number)
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(120_000)
        app.processEvents()
        app.shutdown()
        shutil.rmtree(work, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()


if __name__ == "__main__":
    raise SystemExit(main())
