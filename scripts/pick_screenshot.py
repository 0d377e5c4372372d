"""Screenshot of Model → "Compare on this machine…".

Two ways:

    # a recorded comparison (nxr pick --report) drawn in the dialog alone:
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/pick_screenshot.py bench/results/pick-*.json docs/screenshots/06-compare.png

    # the real window, on X (Xvfb is started when there is no $DISPLAY): the menu action opens the
    # dialog, which shows the comparison saved in $NXR_DATA_DIR while the set of models is unchanged:
    NXR_DATA_DIR=... .venv/bin/python scripts/pick_screenshot.py --window docs/screenshots/06-compare.png

    # the same, and Compare pressed: every ready model plays the built-in set, live (minutes);
    # shots while it runs (OUT with -running) and when it is done:
    NXR_DATA_DIR=... .venv/bin/python scripts/pick_screenshot.py --live docs/screenshots/06-compare.png
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def recorded(source: Path, out: str) -> int:
    from PySide6.QtWidgets import QApplication

    from app.ui.pick_dialog import PickDialog

    result = json.loads(source.read_text(encoding="utf-8"))
    app = QApplication([])
    dialog = PickDialog(models=[r["model"] for r in result["rows"]])
    dialog.show_result(result)
    dialog.status.setText(f"Compared on {result['date']} on this machine (recorded: {source.name}).")
    dialog.show()
    app.processEvents()
    dialog.grab().save(out)
    print(f"written: {out}")
    return 0


def window(out: str, live: bool = False) -> int:
    from scripts.screenshots import start_xvfb

    xvfb = start_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtGui import QAction

        from app.ui.app import create_app, prepare_environment
        from app.ui.controller import SessionController
        from app.ui.crash import ExceptionRouter
        from app.ui.main_window import MainWindow
        from app.ui.pick_dialog import PickDialog
        from app.ui.settings import Settings

        prepare_environment()
        app = create_app()
        router = ExceptionRouter()
        router.install()
        main_window = MainWindow(SessionController(), Settings.load(), router)
        main_window.resize(1480, 920)
        main_window.show()

        def pump(ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        pump(500)
        [compare] = [a for a in main_window.findChildren(QAction) if a.text().startswith("&Compare on this machine")]
        compare.trigger()
        pump(800)
        [dialog] = [d for d in main_window.dialogs if isinstance(d, PickDialog)]
        if live:
            dialog.start_button.click()
            pump(60_000)
            dialog.grab().save(out.replace(".png", "-running.png"))
            print(f"running: {dialog.status.text()} ({dialog.progress.value()}/{dialog.progress.maximum()})")
            while dialog.task is not None:
                pump(2_000)
            main_window.raise_()
        print(f"dialog: {dialog.table.rowCount()} rows; {dialog.status.text()}")
        print(dialog.recommendation.text())
        dialog.grab().save(out)
        print(f"written: {out}")
        for d in list(main_window.dialogs):
            d.close()
        main_window.close()
        app.processEvents()
        router.uninstall()
        return 1 if router.crashes else 0
    finally:
        if xvfb is not None:
            xvfb.terminate()


def main() -> int:
    if sys.argv[1:2] in (["--window"], ["--live"]) and len(sys.argv) == 3:
        return window(sys.argv[2], live=sys.argv[1] == "--live")
    if len(sys.argv) == 3:
        return recorded(Path(sys.argv[1]), sys.argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
