"""Model → "Compare on this machine…": the picker in a dialog.

It runs :class:`app.session.bench.picker.Picker` (the same comparison as ``nxr pick``) on a
worker thread with a progress bar and Cancel, then shows the table (the CLI's columns), a
chart of the wait of every turn per model, and the recommendation with a button that makes
it the default. The last comparison is shown again while the set of models is unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.errors import NxrError
from app.ui.theme import is_dark
from app.ui.workers import Task

COLOURS = ("#0969da", "#cf222e", "#1a7f37", "#8250df", "#bf8700", "#57606a")


class WaitChart(QWidget):
    """Wait (seconds) of every turn, one line per model, in the order the turns were played."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[tuple[str, list[float]]] = []
        self.setMinimumHeight(220)

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.series = [(str(r["model"]), [w / 1000 for w in r.get("waits_ms", [])]) for r in rows if r.get("waits_ms")]
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fg = QColor("#d0d7de" if is_dark() else "#24292f")
        left, top, right, bottom = 44, 10, self.width() - 10, self.height() - 40
        if not self.series:
            p.setPen(fg)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "The wait of every turn appears here.")
            return
        longest = max(len(s) for _, s in self.series)
        top_s = max(1.0, max(max(s) for _, s in self.series if s)) * 1.1
        p.setPen(QPen(fg, 1))
        p.drawLine(left, bottom, right, bottom)
        p.drawLine(left, top, left, bottom)
        for mark in (0.0, top_s / 2, top_s):
            y = bottom - (bottom - top) * mark / top_s
            p.drawText(2, int(y) + 4, f"{mark:.1f} s")
        p.drawText(left, bottom + 16, "turns, in the order played")

        def point(i: int, seconds: float) -> QPointF:
            x = left + (right - left) * (i / max(1, longest - 1))
            return QPointF(x, bottom - (bottom - top) * seconds / top_s)

        for n, (name, waits) in enumerate(self.series):
            colour = QColor(COLOURS[n % len(COLOURS)])
            p.setPen(QPen(colour, 2))
            for i in range(1, len(waits)):
                p.drawLine(point(i - 1, waits[i - 1]), point(i, waits[i]))
            p.drawText(left + 8 + 170 * n, bottom + 32, f"— {name}")


class PickDialog(QDialog):
    model_accepted = Signal(str)
    _progress = Signal(int, int, str)

    def __init__(self, parent: QWidget | None = None, *, sessions_path: Path | None = None,
                 open_engine: Callable[[str], Any] | None = None,
                 workspaces: Callable[[Any], Any] | None = None, models: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        from app.session.bench.pick import builtin_sessions

        self.setWindowTitle("Compare models on this machine")
        self.resize(1200, 640)  # the table's nine columns fit without a scrollbar
        self.sessions_path = sessions_path or builtin_sessions()
        self._open_engine = open_engine
        self._workspaces = workspaces
        self._models = list(models) if models is not None else None
        self.cancel_event = threading.Event()
        self.task: Task | None = None
        self.comparison: dict[str, Any] | None = None

        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.start_button = QPushButton("Compare")
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m steps")
        row.addWidget(self.start_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        layout.addWidget(self.status)
        from app.session.bench.pick import TABLE_COLUMNS

        self.table = QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setHorizontalHeaderLabels(list(TABLE_COLUMNS))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.chart = WaitChart()
        layout.addWidget(self.chart, 1)
        bottom = QHBoxLayout()
        self.recommendation = QLabel("")
        self.recommendation.setWordWrap(True)
        bottom.addWidget(self.recommendation, 1)
        self.accept_button = QPushButton("Use the recommended model")
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.accept_recommendation)
        bottom.addWidget(self.accept_button)
        layout.addLayout(bottom)
        self._progress.connect(self._on_progress)
        self._show_saved()

    # -- models and the saved comparison ---------------------------------------------
    def models(self) -> list[str]:
        if self._models is not None:
            return self._models
        from app.engine import catalog

        return [m.id for m in catalog.all_models()[0] if catalog.entry(m).ready]

    def _show_saved(self) -> None:
        from app.engine import catalog
        from app.session.bench import pick

        models = self.models()
        self.intro.setText(f"Plays the built-in sessions ({self.sessions_path.name}) on each model through the real "
                           f"turn loop and preview: {', '.join(models) or 'no model is ready'}. The recommendation "
                           "is the model with the least time in the loop among those that complete at least "
                           f"{pick.FLOOR:.0%} of the sessions. It takes a few minutes per model.")
        saved = pick.current(catalog.models_key())
        if saved is not None:
            self.show_result(saved)
            self.status.setText(f"Last comparison: {saved['date']} (the set of models has not changed since).")

    def show_result(self, result: dict[str, Any]) -> None:
        from app.session.bench.pick import table_cells

        self.comparison = result
        rows = result["rows"]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(table_cells(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.chart.set_rows(rows)
        rec = result["recommendation"]
        accepted = f" Accepted on {result['accepted']}." if result.get("accepted") else ""
        self.recommendation.setText(f"<b>Recommendation: {rec['model'] or 'none'}.</b> {rec['reason']}{accepted}")
        self.accept_button.setEnabled(bool(rec["model"]) and not result.get("accepted"))
        if rec["model"]:
            self.accept_button.setText(f"Use {rec['model']} as the default")

    # -- running ----------------------------------------------------------------------
    def start(self) -> None:
        if self.task is not None:
            return
        models = self.models()
        if not models:
            self.status.setText("There is no model to compare (Model menu: none is ready).")
            return
        self.cancel_event.clear()
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.accept_button.setEnabled(False)
        self.status.setText("Starting…")
        task = Task(lambda _report: self._work(models), "pick")
        task.done.connect(self._done)
        task.failed.connect(self._failed)
        self.task = task
        task.start()

    def _work(self, models: list[str]) -> dict[str, Any]:
        from app.engine import catalog
        from app.engine.probe import probe
        from app.session.bench import pick
        from app.session.bench.picker import Picker, comparison, session_set_info
        from app.session.bench.sessionfile import load_sessions

        sessions = load_sessions([self.sessions_path])
        open_engine = self._open_engine or (lambda m: catalog.open_engine(m))
        workspaces = self._workspaces
        if workspaces is None:
            from app.preview.node import find_node
            from app.session.bench.workspace import ProjectWorkspace

            node = find_node()
            workspaces = lambda s: ProjectWorkspace(s, node)  # noqa: E731
        picker = Picker(open_engine, workspaces,
                        on_progress=lambda p: self._progress.emit(p.turns_done, p.turns_total, p.text),
                        cancel=self.cancel_event)
        rows = picker.run(models, sessions)
        result = comparison(rows, models_key=catalog.models_key(), probe=probe().to_dict(),
                            session_set=session_set_info(self.sessions_path, sessions), think_s=picker.think_s)
        pick.save(result)
        return result

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.status.setText(text)

    def cancel(self) -> None:
        self.cancel_event.set()
        self.status.setText("Cancelling after the current turn…")

    def _done(self, result: dict[str, Any]) -> None:
        self.task = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.status.setText(f"Compared on {result['date']}; saved.")
        self.show_result(result)

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.task = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.status.setText(exc.message if isinstance(exc, NxrError) else f"The comparison failed: {exc}")

    def accept_recommendation(self) -> None:
        from datetime import datetime, timezone

        from app.engine import catalog
        from app.session.bench import pick

        if self.comparison is None or not self.comparison["recommendation"]["model"]:
            return
        model = str(self.comparison["recommendation"]["model"])
        catalog.write_choice(default=model)
        self.comparison["accepted"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        pick.save(self.comparison)
        self.show_result(self.comparison)
        self.model_accepted.emit(model)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        self.cancel_event.set()
        super().closeEvent(event)

