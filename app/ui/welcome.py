"""The start view: create a new project, open an existing Next.js folder, or pick a recent one.

Validation happens in the core (``open_project`` / ``create_project``); this view only
collects the name and folder and shows the result as a message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.scaffold.project import slugify
from app.session.turnlist import human_time
from app.ui import signalfix  # noqa: F401  (repairs PySide6's emit refcount before any signal fires)
from app.ui.settings import RecentProject


def _card(title: str, subtitle: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 18)
    layout.setSpacing(10)
    head = QLabel(title)
    head.setObjectName("subheading")
    layout.addWidget(head)
    sub = QLabel(subtitle)
    sub.setObjectName("muted")
    sub.setWordWrap(True)
    layout.addWidget(sub)
    return frame, layout


class WelcomeView(QWidget):
    create_requested = Signal(Path, str)  # folder, name
    open_requested = Signal(Path)

    def __init__(self, default_parent: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_parent = default_parent
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 32)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(16)
        title = QLabel("Avery NXR")
        title.setObjectName("heading")
        column.addWidget(title)
        tag = QLabel("Build a Next.js site by describing it. The model runs on this machine; nothing leaves it.")
        tag.setObjectName("muted")
        column.addWidget(tag)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        new_card, new = _card("New project", "A ready-to-run Next.js App Router site you then shape by prompts.")
        form = QGridLayout()
        form.setHorizontalSpacing(8)
        self.name = QLineEdit()
        self.name.setPlaceholderText("My Bakery")
        self.name.textChanged.connect(self._name_changed)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(default_parent / "my-site"))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse_new)
        form.addWidget(QLabel("Name"), 0, 0)
        form.addWidget(self.name, 0, 1, 1, 2)
        form.addWidget(QLabel("Folder"), 1, 0)
        form.addWidget(self.folder, 1, 1)
        form.addWidget(browse, 1, 2)
        new.addLayout(form)
        self.create_button = QPushButton("Create project")
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self._create)
        self.name.returnPressed.connect(self._create)
        new.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        new.addStretch(1)
        cards.addWidget(new_card, 3)

        open_card, opn = _card("Open folder", "An existing Next.js App Router project (a folder with "
                                              "package.json listing next, and app/layout.tsx).")
        self.open_button = QPushButton("Open folder…")
        self.open_button.clicked.connect(self._browse_open)
        opn.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        recent_label = QLabel("Recent projects")
        recent_label.setObjectName("subheading")
        opn.addWidget(recent_label)
        self.recent = QTreeWidget()
        self.recent.setColumnCount(3)
        self.recent.setHeaderLabels(["Name", "Folder", "Last opened"])
        self.recent.setRootIsDecorated(False)
        self.recent.setAlternatingRowColors(True)
        self.recent.setUniformRowHeights(True)
        header = self.recent.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a folder keeps its start and its name
        self.recent.setMinimumHeight(100)
        self.recent.setMaximumHeight(200)
        self.recent.itemActivated.connect(self._open_recent)
        opn.addWidget(self.recent)
        self.no_recent = QLabel("None yet.")
        self.no_recent.setObjectName("muted")
        opn.addWidget(self.no_recent)
        opn.addStretch(1)
        cards.addWidget(open_card, 2)
        column.addLayout(cards)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        wrapper = QHBoxLayout()
        wrapper.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(980)
        wrapper.addWidget(holder, 8)
        wrapper.addStretch(1)
        outer.addLayout(wrapper)
        outer.addStretch(2)

    def set_recent(self, projects: list[RecentProject]) -> None:
        self.recent.clear()
        home = str(Path.home())
        for project in projects:
            folder = str(project.path)
            shown = "~" + folder[len(home):] if folder.startswith(home + "/") else folder
            when = human_time(project.opened) if project.opened else "–"
            item = QTreeWidgetItem([project.name or project.path.name, shown, when])
            item.setData(0, Qt.ItemDataRole.UserRole, folder)
            for col in range(3):
                item.setToolTip(col, folder)
            self.recent.addTopLevelItem(item)
        self.no_recent.setVisible(not projects)
        self.recent.setVisible(bool(projects))

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.open_button.setEnabled(not busy)
        self.recent.setEnabled(not busy)

    def _name_changed(self, text: str) -> None:
        if not self.folder.isModified():
            self.folder.setPlaceholderText(str(self.default_parent / slugify(text or "my-site")))

    def target_folder(self) -> Path:
        text = self.folder.text().strip() or self.folder.placeholderText()
        return Path(text).expanduser()

    def _create(self) -> None:
        name = self.name.text().strip() or self.name.placeholderText()
        self.create_requested.emit(self.target_folder(), name)

    def _browse_new(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Parent folder for the new project", str(self.default_parent))
        if folder:
            self.folder.setText(str(Path(folder) / slugify(self.name.text() or "my-site")))

    def _browse_open(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a Next.js project", str(self.default_parent))
        if folder:
            self.open_requested.emit(Path(folder))

    def _open_recent(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.open_requested.emit(Path(item.data(0, Qt.ItemDataRole.UserRole)))
