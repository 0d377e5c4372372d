"""The live preview: the project's real ``next dev`` in a QWebEngineView, plus its error panel.

QtWebEngine is imported only when the first URL is shown (it costs ~1 s to load,
which would otherwise delay the first window). The address field takes a route
("/services"); the error panel lists what ``next dev`` reported and offers
"Fix it", which sends the error as the next prompt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QStackedWidget,
                               QToolButton, QVBoxLayout, QWidget)

from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)

log = logging.getLogger(__name__)


class ErrorPanel(QFrame):
    fix_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        row = QHBoxLayout()
        self.title = QLabel("<b>Preview error</b>")
        row.addWidget(self.title, 1)
        self.fix_button = QPushButton("Fix it")
        self.fix_button.setObjectName("primary")
        self.fix_button.setToolTip("Send this error to the model as the next prompt")
        self.fix_button.clicked.connect(lambda: self.fix_requested.emit(self.prompt()))
        row.addWidget(self.fix_button)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row.addWidget(close)
        layout.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setMaximumHeight(140)
        layout.addWidget(self.text)
        self.errors: list[str] = []
        self.hide()

    def set_errors(self, errors: list[str]) -> None:
        self.errors = list(errors)
        if not errors:
            self.hide()
            return
        n = len(errors)
        self.title.setText(f"<b>Preview error{'s' if n > 1 else ''} ({n})</b>")
        self.text.setPlainText("\n\n".join(errors))
        self.show()

    def prompt(self) -> str:
        first = self.errors[0] if self.errors else ""
        return f"fix the error: {first.splitlines()[0] if first else ''}".strip()


class PreviewPane(QWidget):
    fix_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        self.reload_button = QToolButton()
        self.reload_button.setText("⟳")
        self.reload_button.setToolTip("Reload the preview")
        self.reload_button.clicked.connect(self.reload)
        bar.addWidget(self.reload_button)
        self.origin = QLabel("")
        self.origin.setObjectName("muted")
        bar.addWidget(self.origin)
        self.address = QLineEdit("/")
        self.address.setPlaceholderText("/route")
        self.address.returnPressed.connect(lambda: self.navigate(self.address.text()))
        bar.addWidget(self.address, 1)
        layout.addLayout(bar)
        self.stack = QStackedWidget()
        self.placeholder = QLabel("The preview appears here once the project's dev server is running.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("muted")
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        layout.addWidget(self.stack, 1)
        self.errors = ErrorPanel()
        self.errors.fix_requested.connect(self.fix_requested)
        layout.addWidget(self.errors)
        self.base_url: str | None = None
        self.route = "/"
        self.view: Any = None
        self.loads = 0

    # -- web view ------------------------------------------------------------
    def _ensure_view(self) -> Any:
        if self.view is None:
            from PySide6.QtWebEngineWidgets import QWebEngineView

            self.view = QWebEngineView()
            self.view.loadFinished.connect(self._load_finished)
            self.view.urlChanged.connect(self._url_changed)
            self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        return self.view

    def set_message(self, text: str) -> None:
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def set_base_url(self, url: str | None) -> None:
        self.base_url = url.rstrip("/") if url else None
        self.origin.setText(self.base_url or "")
        if self.base_url:
            self.navigate(self.route)

    def navigate(self, route: str) -> None:
        route = "/" + route.strip().lstrip("/") if not route.startswith(("http://", "https://")) else route
        self.route = route
        self.address.setText(route)
        if not self.base_url:
            return
        view = self._ensure_view()
        url = QUrl(self.base_url + route)
        if view.url() == url:
            view.reload()
        else:
            view.load(url)

    def reload(self) -> None:
        if self.view is not None:
            self.view.reload()
        elif self.base_url:
            self.navigate(self.route)

    def clear(self) -> None:
        self.base_url = None
        self.route = "/"
        self.address.setText("/")
        self.origin.setText("")
        if self.view is not None:
            self.view.setUrl(QUrl("about:blank"))
        self.errors.set_errors([])
        self.set_message("The preview appears here once the project's dev server is running.")

    def dispose(self) -> None:
        """Deletes the web view before the app (and its web profile) goes away."""
        if self.view is not None:
            view, self.view = self.view, None
            view.stop()
            page = view.page()
            view.setParent(None)
            page.deleteLater()
            view.deleteLater()

    def _load_finished(self, ok: bool) -> None:
        self.loads += 1
        # dispose() stops a load in flight, and the view reports it (failed) once it is already gone
        if not ok and self.view is not None:
            log.info("preview load failed: %s", self.view.url().toString())

    def _url_changed(self, url: QUrl) -> None:
        if self.base_url and url.toString().startswith(self.base_url):
            self.address.setText(url.toString()[len(self.base_url):] or "/")

    def run_js(self, script: str, callback: Callable[[Any], None]) -> None:
        """Evaluates ``script`` in the page (tests and checks read the DOM with it)."""
        if self.view is None:
            callback(None)
            return
        self.view.page().runJavaScript(script, 0, callback)
