"""The project's files: a QFileSystemModel that hides build folders and marks changed files.

``node_modules``, ``.next``, ``.nxr`` (and ``.git``) are hidden by a proxy model; the
files changed by the last turn (or undo/redo) are shown bold with a dot and a tooltip.
Double-click opens a read-only, highlighted :class:`SourceView`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (QDialog, QFileSystemModel, QHeaderView, QLabel, QPlainTextEdit, QTreeView,
                               QVBoxLayout, QWidget)

from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)
from app.ui.highlight import CodeHighlighter, language_for
from app.ui.theme import ACCENT

HIDDEN = frozenset({"node_modules", ".next", ".nxr", ".git", ".nxr-node_modules.tmp", ".turbo"})
MAX_VIEW_BYTES = 2_000_000

Index = QModelIndex | QPersistentModelIndex


class MarkedFileSystemModel(QFileSystemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.marked: set[str] = set()  # absolute paths (files and their parent folders)
        self.marked_files: set[str] = set()

    def set_marked(self, root: Path, files: list[str]) -> None:
        before = set(self.marked)
        self.marked_files = {str((root / f).resolve()) for f in files}
        self.marked = set(self.marked_files)
        for f in files:
            for parent in (root / f).parents:
                if parent == root or root not in parent.parents:
                    break
                self.marked.add(str(parent.resolve()))
        for path in before | self.marked:
            index = self.index(path)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and self.marked:
            path = self.filePath(index)
            if path in self.marked:
                if role == Qt.ItemDataRole.FontRole:
                    font = QFont()
                    font.setBold(True)
                    return font
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QColor(ACCENT)
                if role == Qt.ItemDataRole.ToolTipRole and path in self.marked_files:
                    return "Changed by the last turn"
                if role == Qt.ItemDataRole.DisplayRole and path in self.marked_files:
                    return f"{super().data(index, role)}  ●"
        return super().data(index, role)


class HideBuildFolders(QSortFilterProxyModel):
    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 (Qt override)
        model = self.sourceModel()
        name = model.index(row, 0, parent).data(QFileSystemModel.Roles.FileNameRole)
        return name not in HIDDEN

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 (Qt override): folders first
        model = self.sourceModel()
        assert isinstance(model, QFileSystemModel)
        ldir, rdir = model.isDir(left), model.isDir(right)
        if ldir != rdir:
            return ldir
        return str(model.fileName(left)).lower() < str(model.fileName(right)).lower()


class FileTree(QTreeView):
    open_file = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fs = MarkedFileSystemModel(self)
        self.fs.setFilter(QDir.Filter.AllEntries | QDir.Filter.NoDotAndDotDot | QDir.Filter.Hidden)
        self.proxy = HideBuildFolders(self)
        self.proxy.setSourceModel(self.fs)
        self.proxy.setDynamicSortFilter(True)
        self.setModel(self.proxy)
        for col in (1, 2, 3):
            self.hideColumn(col)
        self.header().hide()
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setAnimated(False)
        self.root: Path | None = None
        self.doubleClicked.connect(self._activated)
        self.fs.directoryLoaded.connect(self._expand_marked)

    def set_root(self, root: Path) -> None:
        self.root = root
        self.fs.marked, self.fs.marked_files = set(), set()
        source_root = self.fs.setRootPath(str(root))
        self.setRootIndex(self.proxy.mapFromSource(source_root))

    def mark(self, files: list[str]) -> None:
        if self.root is None:
            return
        self.fs.set_marked(self.root, files)
        self._expand_marked()

    def _expand_marked(self, _path: str = "") -> None:
        for path in self.fs.marked - self.fs.marked_files:
            index = self.proxy.mapFromSource(self.fs.index(path))
            if index.isValid():
                self.expand(index)

    def is_marked(self, rel: str) -> bool:
        return self.root is not None and str((self.root / rel).resolve()) in self.fs.marked_files

    def _activated(self, index: QModelIndex) -> None:
        path = Path(self.fs.filePath(self.proxy.mapToSource(index)))
        if path.is_file():
            self.open_file.emit(path)


class SourceView(QDialog):
    """A read-only view of one file, highlighted by its extension."""

    def __init__(self, path: Path, root: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rel = path.relative_to(root) if root is not None and root in path.parents else path
        self.setWindowTitle(f"{rel} (read-only)")
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        try:
            data = path.read_bytes()[:MAX_VIEW_BYTES]
            text = data.decode("utf-8", "replace")
        except OSError as exc:
            text = f"Cannot read {path}: {exc}"
        label = QLabel(f"  {rel}")
        label.setObjectName("muted")
        layout.addWidget(label)
        self.editor = QPlainTextEdit(text)
        self.editor.setReadOnly(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.highlighter = CodeHighlighter(self.editor.document(), language_for(path.name))
        layout.addWidget(self.editor)
