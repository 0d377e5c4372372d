"""The journal's edges: a step that cannot be completed changes nothing; a journal that cannot be
understood never blocks the project; a full disk is said in words, with what became of the project."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app import cli
from app.errors import HistoryError, WriteFailedError
from app.scaffold import history, journal
from tests.unit.scaffold.helpers import managed_project, next_project, snapshot

PENDING = Path(".nxr") / "journal" / "pending.json"


def _turn(root: Path, files: dict[str, str | None], prompt: str = "p") -> history.TurnRecord:
    writes = {k: None if v is None else v.encode() for k, v in files.items()}
    return history.record_turn(root, writes, prompt, "{}", [prompt], internal={".nxr/site.json"})


def _drop_object(root: Path, digest: str | None) -> None:
    assert digest is not None
    (root / journal.OBJECTS / digest[:2] / digest).unlink()


def test_undo_with_a_missing_object_changes_nothing(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    turn = _turn(root, {".nxr/site.json": '{"changed": true}', "app/page.tsx": "home v2"})
    page = next(c for c in turn.changes if c.path == "app/page.tsx")
    _drop_object(root, page.before)
    before = snapshot(root)
    with pytest.raises(HistoryError, match="missing .* app/page.tsx .* nothing was changed"):
        history.undo(root)
    assert snapshot(root) == before, "site.json must not be reverted when page.tsx cannot be"
    assert not (root / PENDING).exists()
    assert history.load(root).position == 1


def test_redo_with_a_missing_object_changes_nothing(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    turn = _turn(root, {".nxr/site.json": '{"changed": true}', "app/about/page.tsx": "about"})
    history.undo(root)
    _drop_object(root, next(c for c in turn.changes if c.path == "app/about/page.tsx").after)
    before = snapshot(root)
    with pytest.raises(HistoryError, match="nothing was changed"):
        history.redo(root)
    assert snapshot(root) == before and not (root / PENDING).exists()
    assert history.load(root).position == 0


UNREADABLE = {
    "empty object": "{}",
    "list": "[]",
    "changes not a list": json.dumps({"action": {"kind": "turn", "turn": "abc"}, "changes": "abc"}),
    "not json": "{\"action\": ",
    "a path out of the project": json.dumps({"action": {"kind": "turn", "turn": "abc"}, "changes": [
        {"path": "../outside.txt", "before": None, "after": None}]}),
}


@pytest.mark.parametrize("text", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_a_journal_that_cannot_be_understood_never_blocks_the_project(
        tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> None:
    root = next_project(tmp_path / "p")
    _turn(root, {"app/page.tsx": "home v2"}, prompt="make the home page v2")
    (root / PENDING).write_text(text)
    before = snapshot(root)
    for command in ("open", "history", "diff"):  # they only read: they neither fail nor move the journal
        assert cli.main([command, str(root)]) == 0, capsys.readouterr().err
        assert (root / PENDING).read_text() == text
        assert snapshot(root) == before
    capsys.readouterr()
    assert cli.main(["undo", str(root)]) == 0
    err = capsys.readouterr().err
    assert "could not be understood" in err and "no file was changed" in err and "Traceback" not in err
    aside = [p for p in (root / ".nxr" / "journal").iterdir() if p.name.startswith("set-aside-")]
    assert len(aside) == 1 and aside[0].read_text() == text and aside[0].name in err
    assert not (root / PENDING).exists()
    assert (root / "app" / "page.tsx").read_text() != "home v2", "the undo itself went ahead"
    assert not (tmp_path / "outside.txt").exists()


def _full_disk(monkeypatch: pytest.MonkeyPatch, refuse: Callable[[Path], bool]) -> None:
    real = journal.atomic_write

    def atomic_write(target: Path, data: bytes) -> None:
        if refuse(target):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
        real(target, data)

    monkeypatch.setattr(journal, "atomic_write", atomic_write)


def test_disk_full_writing_a_page_puts_everything_back_and_says_so(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    _full_disk(monkeypatch, lambda target: target.name == "page.tsx" and target.parent.name == "about")
    with pytest.raises(WriteFailedError) as err:
        _turn(root, {"app/page.tsx": "home v2", "app/about/page.tsx": "about", "lib/extra.ts": "x"})
    assert "the disk is full" in err.value.message and "the project is unchanged" in err.value.message
    assert err.value.__suppress_context__, "no chained OSError under the sentence"
    assert snapshot(root) == before and not (root / PENDING).exists()
    assert history.load(root).position == 0


def test_disk_full_while_putting_back_keeps_the_journal_for_the_next_writer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    written: list[Path] = []

    def refuse(target: Path) -> bool:  # the disk fills after the first project file
        if ".nxr" in target.parts:
            return False
        written.append(target)
        return len(written) > 1

    _full_disk(monkeypatch, refuse)
    with pytest.raises(WriteFailedError) as err:
        _turn(root, {"app/page.tsx": "home v2", "app/about/page.tsx": "about"})
    message = err.value.message
    assert "the disk is full" in message and "the next command that writes to the project finishes" in message
    assert err.value.__suppress_context__, "no chained OSError under the sentence"
    monkeypatch.undo()  # space was freed
    note = history.recover(root)
    assert note is not None and "rolled back" in note
    assert snapshot(root) == before


@pytest.mark.parametrize("where", ["objects", "journal"])
def test_disk_full_before_the_first_project_write_leaves_it_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    _full_disk(monkeypatch, lambda target: where in target.parts)
    with pytest.raises(WriteFailedError, match="the disk is full; the project is unchanged"):
        _turn(root, {"app/page.tsx": "home v2"})
    assert snapshot(root) == before and not (root / PENDING).exists()
