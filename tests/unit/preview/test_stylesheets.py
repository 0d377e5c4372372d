"""The stylesheet refresh leaves every byte as the turn wrote it, and only runs where it is needed."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from app.preview import stylesheets


def project(root: Path, tailwind: bool) -> Path:
    deps = {"next": "16.4.3"} | ({"@tailwindcss/turbopack": "^4"} if tailwind else {})
    (root / "app").mkdir(parents=True)
    (root / "package.json").write_text(json.dumps({"dependencies": {}, "devDependencies": deps}))
    (root / "app/globals.css").write_bytes(b":root {\n  --background: #fdf6e3;\n}")  # no final line end
    (root / "app/page.module.css").write_bytes(b".x {}\n")
    return root


def test_a_tailwind_projects_stylesheet_is_written_twice_and_ends_as_it_was(tmp_path: Path) -> None:
    root = project(tmp_path / "site", tailwind=True)
    before = (root / "app/globals.css").read_bytes()
    seen: list[bytes] = []

    def watch() -> None:  # what a file watcher sees meanwhile
        end = time.monotonic() + 1.0
        while time.monotonic() < end:
            seen.append((root / "app/globals.css").read_bytes())
            time.sleep(0.01)

    watcher = threading.Thread(target=watch)
    watcher.start()
    done = stylesheets.refresh(root, ["app/globals.css", "app/page.module.css", "app/page.tsx"])
    watcher.join()
    assert done == ["app/globals.css"], "modules and other files are left alone"
    assert (root / "app/globals.css").read_bytes() == before
    assert before + b"\n" in seen, "the second, different write the dev server needs"


def test_nothing_is_written_without_a_tailwind_plugin_or_a_stylesheet(tmp_path: Path) -> None:
    plain = project(tmp_path / "plain", tailwind=False)
    stamp = (plain / "app/globals.css").stat().st_mtime_ns
    assert stylesheets.refresh(plain, ["app/globals.css"]) == []
    assert (plain / "app/globals.css").stat().st_mtime_ns == stamp
    assert stylesheets.refresh(project(tmp_path / "tw", tailwind=True), ["app/page.tsx"]) == []
    assert stylesheets.refresh(tmp_path / "missing", ["app/globals.css"]) == []
