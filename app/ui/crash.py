"""Logging to ``data_dir()/logs`` and the crash dialog for unexpected exceptions.

``install(window_getter)`` replaces ``sys.excepthook`` (and ``threading.excepthook``):
an :class:`app.errors.NxrError` goes to the main window's message bar (a domain
error the user can act on); anything else is logged with its traceback and shown
in a :class:`CrashDialog` that names the log file. Nothing fails silently.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from app import paths
from app.errors import NxrError
from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)

log = logging.getLogger("app.ui")


def log_path() -> Path:
    return paths.data_dir() / "logs" / "nxr-gui.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Logs to a rotating file (and stderr for warnings); returns the file's path."""
    path = log_path()
    root = logging.getLogger()
    if any(getattr(h, "_nxr_gui", False) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    handler._nxr_gui = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path


class CrashDialog(QDialog):
    """Says something went wrong, where the log is, and shows the traceback."""

    def __init__(self, summary: str, details: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Avery NXR: unexpected error")
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        head = QLabel(f"<b>Something went wrong.</b> The app keeps running, but the last action may not "
                      f"have finished.<br>{_escape(summary)}")
        head.setWordWrap(True)
        layout.addWidget(head)
        where = QLabel(f"Details were written to <code>{_escape(str(log_file))}</code>")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        layout.addWidget(where)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy details", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{summary}\n\n{details}"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ExceptionRouter(QObject):
    """Receives exceptions from any thread and shows them on the UI thread."""

    domain_error = Signal(object)  # NxrError
    crashed = Signal(str, str)  # summary, traceback

    def __init__(self, show_dialogs: bool = True) -> None:
        super().__init__()
        self.show_dialogs = show_dialogs
        self.crashes: list[str] = []
        self.parent_widget: Callable[[], QWidget | None] = lambda: None
        self.crashed.connect(self._show_crash, Qt.ConnectionType.QueuedConnection)
        self._previous_hook: Any = None
        self._previous_thread_hook: Any = None

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, NxrError):
            log.info("domain error: %s", exc)
            self.domain_error.emit(exc)
            return
        if issubclass(exc_type, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected exception:\n%s", details)
        self.crashed.emit(f"{exc_type.__name__}: {exc}", details)

    def _show_crash(self, summary: str, details: str) -> None:
        self.crashes.append(summary)
        if not self.show_dialogs:
            return
        dialog = CrashDialog(summary, details, log_path(), self.parent_widget())
        QTimer.singleShot(0, dialog.open)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value or args.exc_type(),
                                                         args.exc_traceback)

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            threading.excepthook = self._previous_thread_hook
