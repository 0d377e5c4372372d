#!/usr/bin/env python3
"""Drives one real session in the real window and saves screenshots to docs/screenshots/.

Real parts: the bundled model, a new project, its `next dev`, QtWebEngine, on X (Xvfb
is started when there is no $DISPLAY; `scripts/setup.sh` installs it). Steps:
welcome (model loading) -> create a project -> "I need a services page" ->
"change the main heading to Fresh bread daily" -> "create a blog page titled
Latest News" (shot while it runs: the live phase) -> a prompt cancelled with Esc -> the plan
and diff of a turn -> a syntax error typed outside the app (error panel) -> the latency chart
-> one real X screenshot of the whole screen -> the welcome view with the recent project.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import qtdrive  # noqa: E402
from qtdrive import pump  # noqa: E402


def start_xvfb(size: str = "1600x1000x24") -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        sys.exit("no $DISPLAY and no Xvfb: run scripts/setup.sh (installs xvfb) or set DISPLAY")
    # the first display from :97 that no other X server holds (two scripts at once must not share one)
    number = next(n for n in range(97, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    display = f":{number}"
    proc = subprocess.Popen([xvfb, display, "-screen", "0", size, "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = display
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            break
        time.sleep(0.1)
    return proc


def on_x(prefix: str) -> tuple[subprocess.Popen[bytes] | None, Path]:
    """An X display for the real window (Xvfb when there is none) and a new folder for its project and
    user data; the caller terminates the Xvfb and removes the folder."""
    xvfb = start_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.setdefault("NXR_DATA_DIR", str(work / "data"))
    return xvfb, work


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--keep", action="store_true", help="keep the temporary project")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    xvfb, work = on_x("nxr-shots-")
    try:
        return run(out, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()


def run(out: Path, work: Path) -> int:
    from app.ui.app import create_app, prepare_environment

    prepare_environment()
    app = create_app()
    from PySide6.QtCore import QThreadPool

    from app.ui.controller import SessionController
    from app.ui.crash import ExceptionRouter
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    router = ExceptionRouter()
    router.install()
    settings = Settings.load()
    controller = SessionController()
    window = MainWindow(controller, settings, router)
    window.resize(1480, 920)
    window.move(40, 30)
    window.show()
    try:
        session(window, controller, out, work)
    finally:  # also after a timeout: the window, next dev and Qt go before Xvfb does
        for dialog in list(window.dialogs):
            dialog.close()
        window.close()
        QThreadPool.globalInstance().waitForDone(120_000)  # a model still loading after a timeout
        app.processEvents()
        router.uninstall()
        crashed = bool(router.crashes)
        app.shutdown()
    return 1 if crashed else 0


def session(window: Any, controller: Any, out: Path, work: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    until = partial(qtdrive.until, controller)
    dom_text = partial(qtdrive.dom_text, window, controller)

    def shot(widget: Any, name: str) -> None:
        pump(300)
        widget.grab().save(str(out / name))
        print(f"saved {out / name}", flush=True)

    # Welcome, with the model loading in the background.
    controller.load_engine()
    window.welcome.name.setText("Harbor Bakery")
    window.welcome.folder.setText(str(work / "harbor-bakery"))
    pump(400)
    shot(window, "01-welcome.png")

    window.welcome.create_button.click()
    until(lambda: controller.project is not None, 180, "the project")
    until(lambda: controller.engine is not None, 120, "the model")
    until(lambda: window.preview.base_url is not None, 120, "the dev server")
    until(lambda: window.preview.view is not None and "Harbor Bakery" in dom_text(), 90, "the first page")

    send = partial(qtdrive.send, window, controller, timeout=120)

    result = send("I need a services page")
    print(f"turn 1: {result.outcome} {result.route} {result.timings}", flush=True)
    until(lambda: "Services" in dom_text(), 30, "the services page")
    result = send("change the main heading to Fresh bread daily")
    print(f"turn 2: {result.outcome} {result.route} {result.plan} {result.timings}", flush=True)
    pump(1500)
    # A turn in progress: the status bar and the meter show its live phase.
    window.prompt.input.setPlainText("create a blog page titled Latest News")
    done3: list[Any] = []
    controller.turn_finished.connect(done3.append)
    window.prompt.send_button.click()
    until(lambda: bool(done3) or controller.phase in ("applying", "preview"), 120, "the turn to be applied")
    if not done3:
        window.grab().save(str(out / "02b-turn-running.png"))
        print(f"saved {out / '02b-turn-running.png'} (phase {controller.phase})", flush=True)
    until(lambda: bool(done3), 120, "the turn 'create a blog page titled Latest News'")
    controller.turn_finished.disconnect(done3.append)
    result = done3[0]
    print(f"turn 3: {result.outcome} {result.route} {result.timings}", flush=True)
    pump(1500)
    result = send("switch to a purple color scheme")
    print(f"turn 4: {result.outcome} {result.route} {result.plan} {result.timings}", flush=True)
    # Esc right after sending: nothing is written, the prompt goes back into the box.
    window.prompt.input.setPlainText("add a gallery page with photos of the bakery")
    cancelled: list[Any] = []
    controller.turn_finished.connect(cancelled.append)
    window.prompt.send_button.click()
    pump(100)
    window.act_cancel.trigger()
    until(lambda: bool(cancelled), 60, "the cancelled turn")
    controller.turn_finished.disconnect(cancelled.append)
    print(f"cancelled: {cancelled[0].outcome}; prompt box: {window.prompt.input.toPlainText()!r}", flush=True)
    window.prompt.input.clear()
    result = send("add a pricing page with plans")
    print(f"turn 5: {result.outcome} {result.route} {result.plan} {result.timings}", flush=True)
    until(lambda: "Pricing" in dom_text(), 30, "the pricing page")
    # One undo (Ctrl+Z): the pricing page goes, the preview follows.
    window.act_undo.trigger()
    until(lambda: "Pricing" not in dom_text(), 30, "the preview after undo")
    print("undo: the pricing page is gone from the preview", flush=True)
    pump(1500)
    window.prompt.history.setCurrentRow(0)
    shot(window, "02-after-turns.png")

    # Plan & diff of the first turn.
    first = window.prompt.history.item(0)
    window.prompt.history.setCurrentItem(first)
    window.prompt.history.itemClicked.emit(first)
    shot(window, "03-plan-and-diff.png")
    window.right.setCurrentWidget(window.preview)

    # An error typed outside the app: next dev reports it, the error panel offers "Fix it".
    assert controller.project is not None
    page = controller.project.root / "app" / "services" / "page.tsx"
    good = page.read_text(encoding="utf-8")
    page.write_text(good.replace("return (", "return (\n    <div>{", 1), encoding="utf-8")
    loads = window.preview.loads
    window.preview.navigate("/services")
    try:
        until(lambda: window.preview.errors.isVisible(), 30, "the error panel")
    except SystemExit:  # seen once: the parser dropped the error; say so, then reload like a user would
        print("note: no error panel 30 s after the broken page loaded; reloading the preview once", flush=True)
        loads = window.preview.loads
        window.preview.reload()
        until(lambda: window.preview.errors.isVisible(), 30, "the error panel after a reload")
    until(lambda: window.preview.loads > loads, 30, "the broken page to load")  # else the shot shows a blank view
    pump(2500)
    shot(window, "04-error-panel.png")
    # "Fix it" sends the error as the next prompt; an applied turn re-renders the page from the site model.
    done: list[Any] = []
    controller.turn_finished.connect(done.append)
    window.preview.errors.fix_button.click()
    until(lambda: bool(done), 120, "the Fix it turn")
    fixed = done[0]
    print(f"fix it: {fixed.prompt!r} -> {fixed.outcome} {fixed.plan} {fixed.message[:120]}", flush=True)
    pump(2500)
    print(f"error panel visible after Fix it: {window.preview.errors.isVisible()}", flush=True)
    if "<div>{" in page.read_text(encoding="utf-8"):
        page.write_text(good, encoding="utf-8")  # the model did not fix it: restore by hand
        pump(1500)

    chart = window.show_chart()
    chart.move(window.x() + 380, window.y() + 180)
    pump(500)
    shot(chart, "05-latency-chart.png")

    # One real X screenshot of the whole screen (window + chart dialog), through the X server.
    pump(500)
    target = out / "06-x-screen.png"
    importer = shutil.which("import")
    if importer and "/usr/local/" not in importer:
        subprocess.run([importer, "-window", "root", str(target)], check=True)
    else:
        QGuiApplication.primaryScreen().grabWindow(0).save(str(target))
    print(f"saved {target}", flush=True)

    # Back on the welcome view: the project is now a recent one (name, folder, last opened).
    for dialog in list(window.dialogs):
        dialog.close()
    window.show_welcome()
    shot(window, "07-welcome-recent.png")


if __name__ == "__main__":
    sys.exit(main())
