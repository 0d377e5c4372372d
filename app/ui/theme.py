"""Colours: a Fusion palette that follows the system's dark/light scheme, and the latency bands.

Latency bands (the classic response-time limits): under 0.1 s feels instant,
under 1 s keeps the flow, under 10 s keeps attention, beyond loses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

BANDS = ((0.1, "#2e9d5b", "instant"), (1.0, "#7cae3a", "in flow"), (10.0, "#e0a030", "attention"),
         (float("inf"), "#d0453c", "lost"))
PHASE_COLOURS = {"ttft_ms": "#4c78a8", "generation_ms": "#72b7b2", "apply_ms": "#b279a2", "preview_ms": "#f58518"}
PHASE_NAMES = {"ttft_ms": "first token", "generation_ms": "generation", "apply_ms": "apply",
               "preview_ms": "preview"}
ACCENT = "#3d7eff"


def band(seconds: float) -> tuple[str, str]:
    """(colour, name) of the band a duration falls in."""
    for limit, colour, name in BANDS:
        if seconds < limit:
            return colour, name
    return BANDS[-1][1], BANDS[-1][2]


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None:
        value = scheme()
        if value == Qt.ColorScheme.Dark:
            return True
        if value == Qt.ColorScheme.Light:
            return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication) -> None:
    """Fusion with a palette matching the system scheme; re-applied when the scheme changes."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if is_dark() else light_palette())
    app.setStyleSheet(STYLE)


def follow_system(app: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    signal = getattr(hints, "colorSchemeChanged", None)
    if signal is not None:
        signal.connect(lambda _s: apply_theme(app))


def _palette(roles: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    p = QPalette()
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return p


def light_palette() -> QPalette:
    roles = {
        QPalette.ColorRole.Window: "#f3f4f6", QPalette.ColorRole.WindowText: "#1f2328",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f6f8fa",
        QPalette.ColorRole.Text: "#1f2328", QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1f2328", QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2328", QPalette.ColorRole.PlaceholderText: "#8c959f",
        QPalette.ColorRole.Mid: "#d0d7de", QPalette.ColorRole.Link: ACCENT,
    }
    return _palette(roles, disabled="#8c959f")


def dark_palette() -> QPalette:
    roles = {
        QPalette.ColorRole.Window: "#1e2227", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#16191d", QPalette.ColorRole.AlternateBase: "#22262c",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#2a2f36",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2a2f36",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#7d8590",
        QPalette.ColorRole.Mid: "#4a525c", QPalette.ColorRole.Link: "#6ea2ff",
    }
    return _palette(roles, disabled="#6b7280")


STYLE = """
QPushButton { padding: 5px 14px; border-radius: 4px; border: 1px solid palette(mid); background: palette(button); }
QPushButton:hover { border-color: %(accent)s; }
QPushButton:pressed { background: palette(alternate-base); }
QPushButton:disabled { color: #8c959f; }
QPushButton:flat { border: none; background: transparent; padding: 2px 6px; }
QPushButton:flat:hover { text-decoration: underline; }
QPushButton#primary { background: %(accent)s; color: white; border: 1px solid %(accent)s; font-weight: 600; }
QPushButton#primary:hover { background: #2f6de6; }
QLineEdit { border: 1px solid palette(mid); border-radius: 4px; padding: 4px 6px; background: palette(base); }
QLineEdit:focus { border-color: %(accent)s; }
QPushButton#primary:disabled { background: #9db8ee; border-color: #9db8ee; }
QLabel#heading { font-size: 20pt; font-weight: 600; }
QLabel#subheading { font-size: 11pt; font-weight: 600; }
QLabel#muted { color: #8c959f; }
QFrame#card { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }
QFrame#messageBar[level="error"] { background: #fde8e7; color: #7d1d16; border: 1px solid #f1aeaa; }
QFrame#messageBar[level="warning"] { background: #fff4d6; color: #6b4d00; border: 1px solid #f1d68a; }
QFrame#messageBar[level="info"] { background: #e6f0ff; color: #17336b; border: 1px solid #a9c4f5; }
QFrame#messageBar QLabel { color: inherit; background: transparent; border: none; }
QFrame#errorPanel { background: #2b1414; border-top: 2px solid #d0453c; }
QFrame#errorPanel QLabel, QFrame#errorPanel QPlainTextEdit { color: #ffd7d4; background: #2b1414; border: none; }
QFrame#errorPanel QToolButton { color: #ffd7d4; }
""" % {"accent": ACCENT}
