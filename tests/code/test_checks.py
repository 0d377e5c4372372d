"""The check helpers on their own (no starter, no network): each can pass and each can fail."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app.errors import NodeNotFoundError
from app.preview.node import find_node
from tests.code.checks import (
    MOCK_ENV,
    changed_files,
    changed_only_in,
    font_mock_text,
    markers_survive,
    offline_node,
    plant_markers,
    snapshot,
)
from tests.code.starters import StarterUnavailable, copy_starter, ensure_starter, read_info

OLD = b"import A from 'a';\n\nexport default function Page() {\n  return <main>x</main>;\n}\n"


# --- changed_only_in --------------------------------------------------------------------------


def test_no_ranges_means_no_change() -> None:
    assert changed_only_in(OLD, OLD, [])
    assert not changed_only_in(OLD, OLD + b" ", [])
    assert not changed_only_in(OLD, OLD[:-1], [])


def test_a_replacement_inside_its_range_passes_and_one_byte_outside_fails() -> None:
    start = OLD.index(b"x</main>")
    new = OLD[:start] + b"<Features />" + OLD[start + 1:]
    assert changed_only_in(OLD, new, [(start, start + 1)])
    assert not changed_only_in(OLD, new, [(start + 1, start + 2)])  # the edit is not where it was said to be
    outside = new.replace(b"'a'", b'"a"')
    assert not changed_only_in(OLD, outside, [(start, start + 1)])


def test_an_insertion_at_a_point_and_a_deletion() -> None:
    at = OLD.index(b"\n\n") + 1
    inserted = OLD[:at] + b"import Features from '@/components/nxr/Features';\n" + OLD[at:]
    assert changed_only_in(OLD, inserted, [(at, at)])
    assert not changed_only_in(OLD, inserted, [])
    assert not changed_only_in(OLD, inserted, [(at + 1, at + 1)])  # one byte later is another file
    line_end = OLD.index(b"\n") + 1
    assert changed_only_in(OLD, OLD[line_end:], [(0, line_end)])
    assert changed_only_in(OLD, b"", [(0, len(OLD))])


def test_several_ranges_in_any_order_and_overlapping() -> None:
    at = OLD.index(b"\n\n") + 1
    x = OLD.index(b"x</main>")
    new = OLD[:at] + b"import F from 'f';\n" + OLD[at:x] + b"<F />" + OLD[x + 1:]
    assert changed_only_in(OLD, new, [(x, x + 1), (at, at)])
    assert changed_only_in(OLD, new, [(x, x + 1), (x, x + 1), (at, at)])
    # An edit that moved text between the ranges is caught: the middle piece must be there, whole.
    moved = OLD[:at] + b"import F from 'f';\n" + OLD[at:x].replace(b"Page", b"Home") + b"<F />" + OLD[x + 1:]
    assert not changed_only_in(OLD, moved, [(x, x + 1), (at, at)])


def test_a_range_outside_the_old_text_is_a_bug_in_the_test() -> None:
    with pytest.raises(ValueError):
        changed_only_in(OLD, OLD, [(5, len(OLD) + 1)])
    with pytest.raises(ValueError):
        changed_only_in(OLD, OLD, [(6, 5)])


# --- markers, snapshots ------------------------------------------------------------------------


def test_planted_markers_survive_until_removed(tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    page = tmp_path / "app" / "page.tsx"
    page.write_bytes(OLD)
    markers = plant_markers(tmp_path, ["app/page.tsx"])
    assert markers_survive(tmp_path, markers) == []
    assert page.read_bytes().startswith(OLD)
    page.write_bytes(OLD)
    assert markers_survive(tmp_path, markers) == ["app/page.tsx: // nxr-marker: hand edit in app/page.tsx"]
    page.unlink()
    assert markers_survive(tmp_path, markers)[0].endswith("(file missing)")


def test_snapshot_skips_dependencies_and_build_output(tmp_path: Path) -> None:
    for rel in ("app/page.tsx", "node_modules/next/package.json", ".next/BUILD_ID", "public/a.svg"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(rel)
    before = snapshot(tmp_path)
    assert sorted(before) == ["app/page.tsx", "public/a.svg"]
    (tmp_path / "app" / "page.tsx").write_text("changed")
    (tmp_path / "public" / "a.svg").unlink()
    (tmp_path / "components").mkdir()
    (tmp_path / "components" / "F.tsx").write_text("new")
    assert changed_files(before, snapshot(tmp_path)) == {
        "app/page.tsx": "changed", "components/F.tsx": "added", "public/a.svg": "removed"}


# --- the Google Fonts mock ------------------------------------------------------------------------


def test_the_font_mock_is_a_plain_module_keyed_by_the_urls_next_asks_for() -> None:
    text = font_mock_text()
    assert text.startswith("module.exports = ") and text.endswith(";\n")
    responses = json.loads(text[len("module.exports = "):-2])
    assert set(responses) == {
        "https://fonts.googleapis.com/css2?family=Geist:wght@100..900&display=swap",
        "https://fonts.googleapis.com/css2?family=Geist+Mono:wght@100..900&display=swap",
    }
    for css in responses.values():
        assert "@font-face" in css and "src:" not in css  # Turbopack would fetch any src


def test_the_offline_node_carries_the_mock_to_whatever_it_runs() -> None:
    try:
        node = offline_node()
    except NodeNotFoundError as exc:
        pytest.skip(exc.message)
    path = Path(node.env()[MOCK_ENV])
    assert path.is_file() and path.read_text() == font_mock_text()
    out = subprocess.run([str(node.node), "-e", f"console.log(Object.keys(require(process.env.{MOCK_ENV})).length)"],
                         env=node.env(), capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "2"  # node loads it as Next does (require)
    assert MOCK_ENV not in find_node().env(), "only the offline runtime has it"


# --- the starters cache without a network ---------------------------------------------------------


def test_an_unreachable_registry_is_one_line_that_the_fixture_skips_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        node = find_node()
    except NodeNotFoundError as exc:
        pytest.skip(exc.message)
    monkeypatch.setenv("npm_config_registry", "http://127.0.0.1:9/")  # nothing listens on the discard port
    with pytest.raises(StarterUnavailable) as info:
        ensure_starter("js-css", node, tmp_path)
    assert "\n" not in str(info.value) and "registry" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["js-css.lock"], "nothing half-made is left"
    with pytest.raises(ValueError, match="unknown starter"):
        ensure_starter("ts-sass", node, tmp_path)


def test_a_cached_starter_is_used_without_npm_and_copied_with_linked_modules(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    made = root / "js-css"
    (made / "node_modules" / "next").mkdir(parents=True)
    (made / "node_modules" / "next" / "package.json").write_text("{}")
    (made / "app").mkdir()
    (made / "app" / "page.js").write_text("export default function Page() {}\n")
    (root / "js-css.json").write_text(json.dumps({
        "combo": "js-css", "create_next_app": "16.4.3", "created_at": "now", "create_s": 1.0, "install_s": 40.0,
        "node_version": "20.20.2"}))
    assert read_info(root, "js-css") is not None
    no_npm = None  # ensure_starter must not touch node (npm) when the cache is complete
    assert ensure_starter("js-css", no_npm, root) == made  # type: ignore[arg-type]
    stats = copy_starter(made, tmp_path / "copy")
    assert stats.linked == 1 and stats.copied == 1
    copied = tmp_path / "copy" / "node_modules" / "next" / "package.json"
    assert copied.stat().st_ino == (made / "node_modules" / "next" / "package.json").stat().st_ino
    (made / "node_modules" / "next" / "package.json").unlink()  # an incomplete cache is made again
    assert read_info(root, "js-css") is None
