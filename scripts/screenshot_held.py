#!/usr/bin/env python3
"""A turn the doubt gate held, in the real window: the strip, then the change made by its button.

Real parts: the bundled model (and its gate), a new project, its `next dev`, QtWebEngine, on X (Xvfb
when there is no $DISPLAY). The session sets up a site, then sends requests typed in the blind sets
until the gate holds one; it saves the window with the strip, clicks "Make this change" and saves
the window again.

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

# the first two requests of u376's olive oil session (written blind at stop 65), as typed
SETUP = ["Merhaba! My family has olive groves outside Ayvalık on the Aegean coast and we press our own oil. The shop is "
         "called Zeytin Dalı. I'd like a warm, simple website that tells our story and shows what we sell, mostly for "
         "people who visited us on holiday and want to order again.",
         "Please make a Products page: Early Harvest Extra Virgin 500ml – 240 TL, Extra Virgin 1 litre tin – 390 TL, "
         "Olive Oil Soap (pack of 3) – 150 TL, Green Olives in brine 1kg – 210 TL, Thyme Honey 450g – 280 TL."]
CANDIDATES = ["Olive Oil Soap: change pack of 3 to pack of 4, price stays 150 TL.",
              "For the Green Olives, remove 210 TL and write Sold out until March.",
              "put the pages in the menu in abc order"]


def session(window: Any, controller: Any, out: Path, work: Path, number: int) -> int:
    until = partial(qtdrive.until, controller)
    send = partial(qtdrive.send, window, controller, timeout=180)
    controller.load_engine()
    window.welcome.name.setText("Zeytin Dalı")
    window.welcome.folder.setText(str(work / "zeytin-dali"))
    window.welcome.create_button.click()
    until(lambda: controller.project is not None, 180, "the project")
    until(lambda: controller.engine is not None, 120, "the model")
    until(lambda: window.preview.base_url is not None, 120, "the dev server")
    for prompt in SETUP:
        result = send(prompt)
        print(f"{prompt!r}: {result.outcome} {result.message}", flush=True)
    for prompt in CANDIDATES:
        result = send(prompt)
        print(f"{prompt!r}: {result.outcome} held={result.held} {result.plan}\n  {result.message}", flush=True)
        if result.held:
            break
    else:
        print("the gate held none of the candidates", flush=True)
        return 1
    pump(1500)
    window.grab().save(str(out / f"{number}-held-turn-says-what-it-read.png"))
    done: list[Any] = []
    controller.turn_finished.connect(done.append)
    window.held.button.click()
    until(lambda: bool(done), 180, "the held change")
    print(f"made: {done[0].outcome} {done[0].summary}", flush=True)
    pump(3000)
    window.grab().save(str(out / f"{number + 1}-held-turn-made-with-one-click.png"))
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
