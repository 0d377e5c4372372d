"""The latency meter: one segmented bar per turn, coloured by phase (the chart's colours).

Segments: first token (includes queueing and prefill), generation, apply,
preview ready. Below the bar, each phase's number; to the right, the total wait,
coloured by its 0.1 s / 1 s / 10 s band. While a turn runs, a spinner and its live
phase. A row of session totals (prompts, total wait, time in the loop) and a button
for the per-turn wait chart. Texts that grow are elided, so the meter never widens
the column it sits in.
"""

from __future__ import annotations

import html
import time
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.session.turnlist import shown
from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)
from app.ui.theme import PHASE_COLOURS, PHASE_NAMES, band
from app.ui.widgets import ElidedLabel, Spinner

PHASES = ("ttft_ms", "generation_ms", "apply_ms", "preview_ms")
IDLE = "Send a prompt to see where the time goes."


def fmt_ms(ms: float | None) -> str:
    if ms is None:
        return "–"
    if ms < 1000:
        return f"{ms:.0f} ms"
    return f"{ms / 1000:.2f} s" if ms < 10_000 else f"{ms / 1000:.1f} s"


def fmt_s(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    return f"{int(seconds // 60)} min {int(seconds % 60):02d} s"


class SegmentBar(QWidget):
    """The bar itself: segment widths proportional to each phase's share of the wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments: list[tuple[str, float]] = []  # (phase, ms)
        self.setMinimumHeight(22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(300, 22)

    def set_segments(self, segments: list[tuple[str, float]]) -> None:
        self.segments = [(p, ms) for p, ms in segments if ms is not None and ms >= 0]
        self.setToolTip("\n".join(f"{PHASE_NAMES[p]}: {fmt_ms(ms)}" for p, ms in self.segments))
        self.update()

    def colours(self) -> list[str]:
        """The colour of each segment: its phase's, as in the chart's legend (not its speed band)."""
        return [PHASE_COLOURS[p] for p, _ in self.segments]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(self.palette().mid().color()))
        painter.setBrush(self.palette().base())
        painter.drawRoundedRect(rect, 4, 4)
        total = sum(ms for _, ms in self.segments)
        if total <= 0:
            return
        min_w = 3.0
        widths = [max(min_w, rect.width() * ms / total) for _, ms in self.segments]
        scale = rect.width() / sum(widths)
        x = rect.left()
        for (phase, ms), w, colour in zip(self.segments, widths, self.colours()):
            w *= scale
            seg = QRectF(x, rect.top(), w, rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(seg)
            painter.setPen(QPen(QColor("white"), 1.5))
            if x > rect.left():
                painter.drawLine(seg.topLeft(), seg.bottomLeft())
            label = f"{PHASE_NAMES[phase]} {fmt_ms(ms)}"
            if painter.fontMetrics().horizontalAdvance(label) + 8 < w:
                painter.drawText(seg, Qt.AlignmentFlag.AlignCenter, label)
            elif painter.fontMetrics().horizontalAdvance(fmt_ms(ms)) + 6 < w:
                painter.drawText(seg, Qt.AlignmentFlag.AlignCenter, fmt_ms(ms))
            x += w


class LatencyMeter(QFrame):
    chart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.spinner = Spinner()
        top.addWidget(self.spinner)
        self.title = QLabel("Last turn")
        self.title.setObjectName("subheading")
        top.addWidget(self.title)
        self.phase = ElidedLabel("")
        self.phase.setObjectName("muted")
        top.addWidget(self.phase, 1)
        self.total = QLabel("–")
        self.total.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.total)
        layout.addLayout(top)
        self.bar = SegmentBar()
        layout.addWidget(self.bar)
        self.legend = ElidedLabel(IDLE)
        self.legend.setObjectName("muted")
        self.legend.setFixedHeight(self.legend.fontMetrics().height() + 2)  # shown empty rather than hidden
        layout.addWidget(self.legend)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        for col, phase in enumerate(PHASES):
            name = QLabel(f"<span style='color:{PHASE_COLOURS[phase]}'>■</span> {PHASE_NAMES[phase]}")
            name.setTextFormat(Qt.TextFormat.RichText)
            name.setObjectName("muted")
            value = QLabel("–")
            value.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(name, 0, col)
            grid.addWidget(value, 1, col)
            self.cells[phase] = (name, value)
        self.grid = QWidget()
        self.grid.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        bottom = QHBoxLayout()
        self.session = ElidedLabel("0 prompts")
        self.session.setObjectName("muted")
        bottom.addWidget(self.session, 1)
        self.chart_button = QPushButton("Chart…")
        self.chart_button.setToolTip("Wait per turn, by phase")
        self.chart_button.clicked.connect(self.chart_requested)
        bottom.addWidget(self.chart_button)
        layout.addLayout(bottom)
        self.results: list[Any] = []
        self.loop_started: float | None = None
        self.turn_started: float | None = None
        self._elapsed = QTimer(self)
        self._elapsed.setInterval(100)
        self._elapsed.timeout.connect(self._show_elapsed)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_session)

    def add_result(self, result: Any) -> None:
        self.results.append(result)
        self.show_result(result)
        self._update_session()

    def show_result(self, result: Any) -> None:
        t = result.timings
        self.bar.set_segments([(p, t[p]) for p in PHASES if t.get(p) is not None])
        for p in PHASES:
            self.cells[p][1].setText(f"<b>{fmt_ms(t.get(p))}</b>")
        self.spinner.stop()
        self._elapsed.stop()
        self.turn_started = None
        self.title.setText("Last turn")
        # the outcome on the legend's line, which has the card's width: beside the wait it was cut to "✗ de…"
        self.phase.setText("")
        self.legend.setText("" if result.applied else f"{shown(result.outcome).mark} {result.outcome}: nothing was written")
        total = t.get("total_ms")
        if total is not None:
            colour, name = band(total / 1000)
            model = f" · {html.escape(result.model)}" if getattr(result, "model", "") else ""
            self.total.setText(f"wait <b style='color:{colour}; font-size:13pt'>{fmt_ms(total)}</b> "
                               f"<span style='color:{colour}'>({name})</span>{model}")

    def show_phase(self, text: str) -> None:
        """A turn is running: the spinner, what it is doing now and how long it has taken so far."""
        if self.turn_started is None:
            self.turn_started = time.monotonic()
            self.bar.set_segments([])
            for p in PHASES:
                self.cells[p][1].setText("<b>–</b>")
            self.legend.setText("")
            self._elapsed.start()
            self._show_elapsed()
        self.title.setText("This turn")
        self.phase.setText(text)
        self.spinner.start()

    def _show_elapsed(self) -> None:
        if self.turn_started is not None:
            self.total.setText(f"<span style='color:#8c959f'>{fmt_ms((time.monotonic() - self.turn_started) * 1000)}"
                               "</span>")

    @property
    def running(self) -> bool:
        return self.spinner.running

    def start_loop(self) -> None:
        if self.loop_started is None:
            self.loop_started = time.monotonic()
            self._tick.start()

    def reset(self) -> None:
        self.results.clear()
        self.loop_started = None
        self._tick.stop()
        self.bar.set_segments([])
        self.spinner.stop()
        self._elapsed.stop()
        self.turn_started = None
        self.title.setText("Last turn")
        self.phase.setText("")
        self.total.setText("–")
        for p in PHASES:
            self.cells[p][1].setText("–")
        self.legend.setText(IDLE)
        self._update_session()

    def phase_text(self, phase: str) -> str:
        return self.cells[phase][1].text()

    def total_wait_s(self) -> float:
        return sum((r.timings.get("total_ms") or 0.0) for r in self.results) / 1000

    def _update_session(self) -> None:
        n = len(self.results)
        text = f"{n} prompt{'s' if n != 1 else ''} · total wait {fmt_s(self.total_wait_s())}"
        if self.loop_started is not None:
            text += f" · in the loop {fmt_s(time.monotonic() - self.loop_started)}"
        self.session.setText(text)
