"""Turns in a generated project keep the user's hand edits (app/scaffold/merge.py through TurnRunner)."""

from __future__ import annotations

from pathlib import Path

from app.engine.fake import FakeEngine
from app.scaffold import history
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project, snapshot

ADD_PAGE = '{"ops":[{"op":"add_page","route":"/blog","title":"Blog"}]}'
SET_TITLE = '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Hello there"}]}'


def _edited(tmp_path: Path) -> tuple[Path, Path]:
    root = managed_project(tmp_path)
    page = root / "app" / "page.tsx"
    page.write_bytes(page.read_bytes() + b"// mine\n")
    return root, page


def test_a_turn_on_other_files_leaves_the_hand_edited_file_alone(tmp_path: Path) -> None:
    root, page = _edited(tmp_path)
    mine = page.read_bytes()
    result = TurnRunner(root, FakeEngine(ADD_PAGE)).run("add a blog page")
    assert result.applied, result.message
    assert "app/page.tsx" not in result.files and "app/blog/page.tsx" in result.files
    assert page.read_bytes() == mine
    assert "Kept your edits" not in result.message  # nothing of that file was touched


def test_a_hand_edit_survives_a_change_to_its_file_and_undo_restores_it_byte_exactly(tmp_path: Path) -> None:
    root, page = _edited(tmp_path)
    runner = TurnRunner(root, FakeEngine(ADD_PAGE))
    assert runner.run("add a blog page").applied
    before = snapshot(root)
    runner.engine = FakeEngine(SET_TITLE)
    result = runner.run("set the home title to Hello there")
    assert result.applied, result.message
    assert "Kept your edits in app/page.tsx." in result.message
    assert "app/page.tsx" in result.files
    text = page.read_text()
    assert "Hello there" in text and text.endswith("}\n// mine\n")
    after = snapshot(root)
    history.undo(root)
    assert snapshot(root) == before
    history.redo(root)
    assert snapshot(root) == after


def test_a_crlf_page_stays_crlf_through_a_turn(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    page = root / "app" / "page.tsx"
    crlf = page.read_bytes().replace(b"\n", b"\r\n")
    page.write_bytes(crlf)
    result = TurnRunner(root, FakeEngine(SET_TITLE)).run("set the home title to Hello there")
    assert result.applied, result.message
    merged = page.read_bytes()
    assert b"Hello there" in merged and b"\n" not in merged.replace(b"\r\n", b"")
    history.undo(root)
    assert page.read_bytes() == crlf


def test_a_conflicting_hand_edit_writes_nothing_and_says_where(tmp_path: Path) -> None:
    root, page = _edited(tmp_path)
    lines = page.read_text().splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if "<h1>" in line)
    lines[at] = lines[at].replace("<h1>", '<h1 className="mine">')
    page.write_text("".join(lines))
    before = snapshot(root)
    result = TurnRunner(root, FakeEngine(SET_TITLE)).run("set the home title to Hello there")
    assert result.outcome == "conflict"
    assert result.message == (f"app/page.tsx: your edit at line {at + 1} is where this change goes; nothing was "
                              "written. Undo your edit or make the change by hand.")
    assert snapshot(root) == before
    assert not history.load(root).turns


def test_removing_a_page_edited_by_hand_is_a_conflict(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    runner = TurnRunner(root, FakeEngine(ADD_PAGE))
    assert runner.run("add a blog page").applied
    blog = root / "app" / "blog" / "page.tsx"
    blog.write_bytes(b"// mine\n" + blog.read_bytes())
    before = snapshot(root)
    runner.engine = FakeEngine('{"ops":[{"op":"remove_page","route":"/blog"}]}')
    result = runner.run("remove the blog page")
    assert result.outcome == "conflict"
    assert "app/blog/page.tsx: your edit at line 1 is in a file this change removes" in result.message
    assert snapshot(root) == before
