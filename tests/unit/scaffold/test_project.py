"""Projects and the dependency store, without npm: a fake npm and a fake store stand in."""

from __future__ import annotations

import json
import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from app.errors import DependencyInstallError, NotANextProjectError, ProjectExistsError, WriteFailedError
from app.preview.node import NodeRuntime
from app.scaffold import project as project_mod
from app.scaffold import store as store_mod
from app.scaffold.project import (
    create_project,
    install_dependencies,
    open_project,
    slugify,
)
from app.scaffold.store import ensure_store, link_tree, read_store_info, store_dir, template_package

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the fake npm is a shell script")

FAKE_NPM = """#!/bin/sh
echo run >> "$NXR_TEST_NPM_LOG"
if [ -n "$NXR_TEST_NPM_FAIL" ]; then
  echo "npm ERR! code E404" >&2
  echo "npm ERR! 404 Not Found - GET https://registry.npmjs.org/next - no such version" >&2
  exit 1
fi
sleep "${NXR_TEST_NPM_SLEEP:-0}"
mkdir -p node_modules/next/dist/bin node_modules/.bin
echo '{"name":"next","version":"16.4.6"}' > node_modules/next/package.json
echo 'console.log("next")' > node_modules/next/dist/bin/next
ln -s ../next/dist/bin/next node_modules/.bin/next
echo '{"name":"nxr-site","lockfileVersion":3,"packages":{"":{"name":"nxr-site"}}}' > package-lock.json
"""


def _executable(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@pytest.fixture()
def fake_node(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> NodeRuntime:
    """A node whose npm is FAKE_NPM; the cache is a temporary folder (isolated_dirs)."""
    bin_dir = isolated_dirs / "node-bin"
    node = _executable(bin_dir / "node", "#!/bin/sh\necho v20.20.2\n")
    _executable(bin_dir / "npm", FAKE_NPM)
    monkeypatch.setenv("NXR_TEST_NPM_LOG", str(isolated_dirs / "npm.log"))
    monkeypatch.delenv("NXR_TEST_NPM_FAIL", raising=False)
    return NodeRuntime(node, (20, 20, 2), "system")


def npm_runs(isolated_dirs: Path) -> int:
    log = isolated_dirs / "npm.log"
    return len(log.read_text().splitlines()) if log.exists() else 0


def snapshot(root: Path) -> dict[str, bytes | str]:
    """Every entry under root with its bytes (files) or kind (dirs), and the mtimes."""
    out: dict[str, bytes | str] = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        out[rel] = path.read_bytes() if path.is_file() else "dir"
        out[rel + "@mtime"] = str(path.stat().st_mtime_ns)
    return out


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    return root


NEXT_PACKAGE = json.dumps({"name": "shop", "dependencies": {"next": "16.4.6", "react": "19.3.1"}})
LAYOUT = "export default function L({children}:{children:React.ReactNode}){return <html><body>{children}</body></html>}"


# --- open_project -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"README.md": "hello"}, "no package.json"),
        ({"package.json": "{not json"}, "cannot be read as JSON"),
        ({"package.json": "[1, 2]"}, "not a JSON object"),
        ({"package.json": json.dumps({"dependencies": {"react": "19"}})}, "does not list `next`"),
        ({"package.json": NEXT_PACKAGE, "app/page.tsx": "x"}, "no App Router layout"),
        ({"package.json": NEXT_PACKAGE, "pages/index.tsx": "x"}, "Pages Router"),
    ],
)
def test_open_project_refuses_other_folders_and_leaves_them_alone(
    tmp_path: Path, files: dict[str, str], expected: str
) -> None:
    root = write(tmp_path / "folder", files)
    before = snapshot(root)
    with pytest.raises(NotANextProjectError) as info:
        open_project(root)
    assert expected in info.value.message
    assert info.value.hint
    assert snapshot(root) == before


def test_open_project_refuses_a_file(tmp_path: Path) -> None:
    file = tmp_path / "package.json"
    file.write_text(NEXT_PACKAGE)
    with pytest.raises(NotANextProjectError, match="is not a folder"):
        open_project(file)
    assert file.read_text() == NEXT_PACKAGE


def test_open_project_finds_app_or_src_app(tmp_path: Path) -> None:
    plain = open_project(write(tmp_path / "plain", {"package.json": NEXT_PACKAGE, "app/layout.tsx": LAYOUT}))
    assert plain.app_dir == (tmp_path / "plain" / "app").resolve()
    assert plain.name == "shop"
    assert not plain.managed
    assert not plain.has_dependencies
    dev_only = json.dumps({"devDependencies": {"next": "15.0.0"}})
    src = open_project(write(tmp_path / "src-app", {"package.json": dev_only, "src/app/layout.js": LAYOUT}))
    assert src.app_dir == (tmp_path / "src-app" / "src" / "app").resolve()
    assert src.name == "src-app"  # no package name: the folder's


def test_open_project_sees_managed_sites_and_dependencies(tmp_path: Path) -> None:
    root = write(
        tmp_path / "site",
        {
            "package.json": NEXT_PACKAGE,
            "app/layout.tsx": LAYOUT,
            ".nxr/project.json": '{"format": 1, "name": "Shop"}',
            "node_modules/next/package.json": "{}",
        },
    )
    project = open_project(root)
    assert project.managed and project.name == "Shop"
    assert project.has_dependencies


def test_routes(tmp_path: Path) -> None:
    root = write(
        tmp_path / "site",
        {
            "package.json": NEXT_PACKAGE,
            "app/layout.tsx": LAYOUT,
            "app/page.tsx": "",
            "app/about/page.tsx": "",
            "app/blog/[slug]/page.jsx": "",
            "app/(marketing)/pricing/page.js": "",
            "app/(marketing)/page.tsx": "",  # same URL as app/page.tsx
            "app/_components/page.tsx": "",  # private folder
            "app/docs/page.mdx": "",
            "app/api/route.ts": "",  # a route handler, not a page
            "app/contact/form.tsx": "",  # no page
            "app/@modal/login/page.tsx": "",  # parallel slot adds no segment
            "app/feed/(.)photo/page.tsx": "",  # intercepting route
            "app/shop/[...all]/page.ts": "",
        },
    )
    assert open_project(root).routes() == [
        "/",
        "/about",
        "/blog/[slug]",
        "/docs",
        "/login",
        "/pricing",
        "/shop/[...all]",
    ]


def test_routes_of_a_layout_only_app_is_empty(tmp_path: Path) -> None:
    root = write(tmp_path / "site", {"package.json": NEXT_PACKAGE, "app/layout.tsx": LAYOUT})
    assert open_project(root).routes() == []


def test_slugify() -> None:
    assert slugify("My Café & Bar!") == "my-caf-bar"
    assert slugify("  ") == "site"
    assert slugify("Already-ok_name") == "already-ok-name"


# --- the store ------------------------------------------------------------------------------


def test_ensure_store_installs_once_and_records_it(isolated_dirs: Path, fake_node: NodeRuntime) -> None:
    store = ensure_store(fake_node)
    assert store == store_dir(fake_node)
    assert (store / "node_modules" / "next" / "package.json").is_file()
    assert json.loads((store / "package.json").read_text()) == template_package()
    info = read_store_info(store)
    assert info is not None and info.node_version == "20.20.2" and info.install_seconds >= 0
    assert ensure_store(fake_node) == store
    assert npm_runs(isolated_dirs) == 1
    assert [p.name for p in store.parent.iterdir() if ".tmp-" in p.name] == []


def test_store_key_depends_on_the_node_major(fake_node: NodeRuntime) -> None:
    newer = NodeRuntime(fake_node.node, (22, 1, 0), "system")
    assert store_dir(newer) != store_dir(fake_node)
    assert store_dir(NodeRuntime(fake_node.node, (20, 9, 0), "system")) == store_dir(fake_node)


def test_ensure_store_failure_is_clear_and_leaves_nothing(
    isolated_dirs: Path, fake_node: NodeRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NXR_TEST_NPM_FAIL", "1")
    with pytest.raises(DependencyInstallError) as info:
        ensure_store(fake_node)
    assert "failed (exit 1)" in info.value.message
    assert "404 Not Found" in info.value.message
    assert info.value.hint
    assert not store_dir(fake_node).exists()
    assert [p.name for p in store_dir(fake_node).parent.iterdir() if ".tmp-" in p.name] == []


def test_concurrent_ensure_store_installs_once(
    isolated_dirs: Path, fake_node: NodeRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NXR_TEST_NPM_SLEEP", "0.3")
    results: list[Path] = []
    threads = [threading.Thread(target=lambda: results.append(ensure_store(fake_node))) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 3 and len(set(results)) == 1
    assert npm_runs(isolated_dirs) == 1


def test_link_tree_hard_links_files_and_keeps_symlinks(tmp_path: Path) -> None:
    src = write(tmp_path / "src", {"a/b/c.js": "c", "d.json": "{}"})
    (src / ".bin").mkdir()
    (src / ".bin" / "c").symlink_to("../a/b/c.js")
    stats = link_tree(src, tmp_path / "dst")
    dst = tmp_path / "dst"
    assert os.path.samefile(src / "a/b/c.js", dst / "a/b/c.js")
    assert (dst / ".bin" / "c").is_symlink()
    assert os.readlink(dst / ".bin" / "c") == "../a/b/c.js"
    assert (dst / ".bin" / "c").read_text() == "c"
    assert (stats.files, stats.links, stats.copied, stats.symlinks) == (2, 2, 0, 1)


def test_link_tree_copies_when_links_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write(tmp_path / "src", {"a/b/c.js": "c", "d.json": "{}"})

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(store_mod.os, "link", no_links)
    stats = link_tree(src, tmp_path / "dst")
    assert (tmp_path / "dst" / "a/b/c.js").read_text() == "c"
    assert not os.path.samefile(src / "a/b/c.js", tmp_path / "dst" / "a/b/c.js")
    assert (stats.links, stats.copied) == (0, 2)


# --- create_project -------------------------------------------------------------------------


def test_create_project_builds_a_ready_project(isolated_dirs: Path, fake_node: NodeRuntime) -> None:
    target = isolated_dirs / "projects" / "cafe"
    project = create_project(target, "Luna Café", fake_node)
    assert project.root == target.resolve()
    assert project.name == "Luna Café"  # the human name, kept in .nxr/project.json
    assert project.managed and project.has_dependencies
    assert project.routes() == ["/"]
    assert (target / ".gitignore").is_file() and not (target / "gitignore").exists()
    for rel in ("tsconfig.json", "next.config.ts", "next-env.d.ts", "app/layout.tsx", "components/Nav.tsx"):
        assert (target / rel).is_file(), rel
    for rel in ("app/page.tsx", "app/theme.css", "lib/site.ts"):
        assert (target / rel).is_file(), rel
    assert not (target / ".nxr/site.json").exists(), "the code is the only truth"
    package = json.loads((target / "package.json").read_text())
    assert package["name"] == "luna-caf"
    template = template_package()
    assert package["dependencies"] == template["dependencies"]
    assert package["devDependencies"] == template["devDependencies"]
    assert json.loads((target / "package-lock.json").read_text())["name"] == "luna-caf"
    store = store_dir(fake_node)
    assert os.path.samefile(store / "node_modules/next/package.json", target / "node_modules/next/package.json")
    assert (target / "node_modules/.bin/next").is_symlink()
    record = json.loads((target / ".nxr/project.json").read_text())
    assert record["dependencies"] == "linked"
    assert record["template"]["key"] == store.name
    assert record["created_at"]


def test_create_project_in_an_existing_empty_folder(isolated_dirs: Path, fake_node: NodeRuntime) -> None:
    target = isolated_dirs / "empty"
    target.mkdir()
    project = create_project(target, node=fake_node)
    assert json.loads((target / "package.json").read_text())["name"] == "empty"
    assert project.has_dependencies


def test_create_project_refuses_a_non_empty_folder(isolated_dirs: Path, fake_node: NodeRuntime) -> None:
    target = write(isolated_dirs / "busy", {"notes.txt": "mine", "sub/x.txt": "x"})
    before = snapshot(target)
    with pytest.raises(ProjectExistsError) as info:
        create_project(target, "Site", fake_node)
    assert "not empty" in info.value.message
    assert snapshot(target) == before
    assert npm_runs(isolated_dirs) == 0


def test_create_project_refuses_a_file(isolated_dirs: Path, fake_node: NodeRuntime) -> None:
    target = isolated_dirs / "file"
    target.write_text("x")
    with pytest.raises(ProjectExistsError, match="not a folder"):
        create_project(target, "Site", fake_node)
    assert target.read_text() == "x"


def test_failed_create_removes_what_it_wrote(
    isolated_dirs: Path, fake_node: NodeRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_link(src: Path, dst: Path) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(project_mod, "link_tree", broken_link)
    new = isolated_dirs / "new" / "deeper" / "site"
    with pytest.raises(WriteFailedError, match="the disk is full; nothing was left behind"):
        create_project(new, "Site", fake_node)
    assert not (isolated_dirs / "new").exists()  # the folders it made on the way too
    empty = isolated_dirs / "was-empty"
    empty.mkdir()
    with pytest.raises(WriteFailedError):
        create_project(empty, "Site", fake_node)
    assert empty.is_dir() and list(empty.iterdir()) == []


def test_create_project_does_not_touch_the_target_when_the_store_fails(
    isolated_dirs: Path, fake_node: NodeRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NXR_TEST_NPM_FAIL", "1")
    with pytest.raises(DependencyInstallError):
        create_project(isolated_dirs / "site", "Site", fake_node)
    assert not (isolated_dirs / "site").exists()


# --- install_dependencies -------------------------------------------------------------------


def _project_without_modules(root: Path, package: dict[str, object]) -> Path:
    return write(root, {"package.json": json.dumps(package), "app/layout.tsx": LAYOUT, "app/page.tsx": ""})


def test_install_dependencies_links_from_the_store_when_they_match(
    isolated_dirs: Path, fake_node: NodeRuntime
) -> None:
    template = template_package()
    root = _project_without_modules(isolated_dirs / "p", {**template, "name": "mine"})
    project = open_project(root)
    assert not project.has_dependencies
    assert install_dependencies(project, fake_node) == "linked"
    assert project.has_dependencies
    assert os.path.samefile(
        store_dir(fake_node) / "node_modules/next/package.json", root / "node_modules/next/package.json"
    )
    assert not (root / ".nxr-node_modules.tmp").exists()


def test_install_dependencies_runs_npm_for_other_dependencies(isolated_dirs: Path, fake_node: NodeRuntime) -> None:
    root = _project_without_modules(isolated_dirs / "p", {"name": "x", "dependencies": {"next": "15.5.0"}})
    project = open_project(root)
    assert install_dependencies(project, fake_node) == "installed"
    assert project.has_dependencies
    assert not store_dir(fake_node).exists()  # the store is only for the template's versions
    assert npm_runs(isolated_dirs) == 1
