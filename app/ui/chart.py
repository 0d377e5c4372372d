"""The wait-per-turn chart (QtCharts, imported only when the chart is opened).

A stacked bar per turn (first token, generation, apply, preview ready) on a
logarithmic-feeling scale is hard to read, so the axis is linear in seconds with
the 0.1 s / 1 s / 10 s band limits drawn as reference lines where they fit.
Turns carry the Turns list's numbers; a turn that wrote nothing (cancelled, rejected,
...) is labelled "N ✗" and drawn faded.
"""

from __future__ import annotations

from typing import Any

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.ui.theme import BANDS, PHASE_COLOURS, PHASE_NAMES, is_dark

PHASES = ("ttft_ms", "generation_ms", "apply_ms", "preview_ms")


def wait_series(results: list[Any]) -> dict[str, list[float]]:
    """Seconds per phase per turn (0 where a phase did not happen)."""
    return {p: [float(r.timings.get(p) or 0.0) / 1000 for r in results] for p in PHASES}


class ChartDialog(QDialog):
    def __init__(self, results: list[Any], labels: Sequence[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCharts import (QBarCategoryAxis, QChart, QChartView, QLineSeries, QStackedBarSeries,
                                      QValueAxis, QBarSet)

        self.setWindowTitle("Wait per turn")
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight)
        chart.setTitle("Wait per turn, by phase (seconds)")
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QStackedBarSeries()
        data = wait_series(results)
        self.sets = []
        failed = [i for i, r in enumerate(results) if not r.applied]
        for phase in PHASES:
            bar = QBarSet(PHASE_NAMES[phase])
            bar.setColor(QColor(PHASE_COLOURS[phase]))
            bar.setSelectedColor(QColor(PHASE_COLOURS[phase]).lighter(165))  # "selected" = wrote nothing
            bar.append(data[phase])
            bar.selectBars(failed)
            series.append(bar)
            self.sets.append(bar)
        chart.addSeries(series)
        labels = list(labels) if labels is not None else [f"{i + 1}" for i in range(len(results))]
        self.labels = labels
        axis_x = QBarCategoryAxis()
        axis_x.append(labels or ["–"])
        axis_x.setTitleText("turn")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        totals = [float(r.timings.get("total_ms") or 0.0) / 1000 for r in results]
        top = max(totals + [sum(v) for v in zip(*data.values())] + [0.2]) * 1.15
        axis_y = QValueAxis()
        axis_y.setRange(0, top)
        axis_y.applyNiceNumbers()
        axis_y.setTitleText("seconds")
        axis_y.setLabelFormat("%.2f" if top < 2 else "%.1f")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        for limit, colour, name in BANDS[:3]:
            if limit >= top:
                continue
            line = QLineSeries()
            line.setName(f"{limit:g} s ({name})")
            line.append(QPointF(-0.5, limit))
            line.append(QPointF(max(len(results), 1) - 0.5, limit))
            pen = QPen(QColor(colour))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidth(2)
            line.setPen(pen)
            chart.addSeries(line)
            line.attachAxis(axis_y)
            hidden_x = QValueAxis()
            hidden_x.setRange(-0.5, max(len(results), 1) - 0.5)
            hidden_x.setVisible(False)
            chart.addAxis(hidden_x, Qt.AlignmentFlag.AlignBottom)
            line.attachAxis(hidden_x)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart = chart
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout.addWidget(view, 1)
        if results:
            mean = sum(totals) / len(totals)
            text = (f"{len(results)} turns · mean wait {mean:.2f} s · max {max(totals):.2f} s · "
                    f"total {sum(totals):.1f} s")
            if failed:
                text += " · ✗ wrote nothing: " + ", ".join(
                    f"{labels[i].split()[0]} ({results[i].outcome})" for i in failed)
            summary = QLabel(text)
            summary.setWordWrap(True)
        else:
            summary = QLabel("No turns yet.")
        summary.setObjectName("muted")
        layout.addWidget(summary)
