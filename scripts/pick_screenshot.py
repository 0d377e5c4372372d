"""Screenshot of Model → "Compare on this machine…" showing a recorded comparison (nxr pick --report).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/pick_screenshot.py bench/results/pick-*.json docs/screenshots/06-compare.png
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from app.ui.pick_dialog import PickDialog

    result = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    app = QApplication([])
    dialog = PickDialog(models=[r["model"] for r in result["rows"]])
    dialog.show_result(result)
    dialog.status.setText(f"Compared on {result['date']} on this machine (recorded: {Path(sys.argv[1]).name}).")
    dialog.show()
    app.processEvents()
    dialog.grab().save(sys.argv[2])
    print(f"written: {sys.argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
