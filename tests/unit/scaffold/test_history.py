from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import ConcurrentEditError, HistoryError
from app.scaffold import history, journal
from tests.unit.scaffold.helpers import managed_project, snapshot


def _turn(root: Path, files: dict[str, str | None], prompt: str = "p") -> history.TurnRecord:
    writes = {k: None if v is None else v.encode() for k, v in files.items()}
    return history.record_turn(root, writes, prompt, "{}", [prompt])


def test_undo_and_redo_restore_bytes_exactly(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    s0 = snapshot(root)
    _turn(root, {"app/about/page.tsx": "about", "app/page.tsx": "home v2"})
    s1 = snapshot(root)
    _turn(root, {"app/about/page.tsx": None, "lib/extra.ts": "x"})
    s2 = snapshot(root)
    assert not (root / "app" / "about").exists(), "empty folders left by a deletion are removed"
    history.undo(root)
    assert snapshot(root) == s1
    history.undo(root)
    assert snapshot(root) == s0
    with pytest.raises(HistoryError, match="Nothing to undo"):
        history.undo(root)
    history.redo(root)
    history.redo(root)
    assert snapshot(root) == s2
    with pytest.raises(HistoryError, match="Nothing to redo"):
        history.redo(root)


def test_new_turn_after_undo_drops_the_redo_tail(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _turn(root, {"a.txt": "1"})
    _turn(root, {"a.txt": "2"})
    history.undo(root)
    _turn(root, {"a.txt": "3"})
    h = history.load(root)
    assert h.position == 2 and len(h.turns) == 2 and not h.can_redo


def test_undo_refuses_to_overwrite_a_users_edit(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _turn(root, {"app/page.tsx": "from the model"})
    (root / "app" / "page.tsx").write_text("the user's own edit")
    with pytest.raises(HistoryError, match="app/page.tsx changed"):
        history.undo(root)
    assert (root / "app" / "page.tsx").read_text() == "the user's own edit"


def test_turn_refuses_when_a_file_changed_while_generating(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    expected = {"app/page.tsx": journal.file_hash(root, "app/page.tsx")}
    (root / "app" / "page.tsx").write_text("edited in the editor meanwhile")
    before = snapshot(root)
    with pytest.raises(ConcurrentEditError, match="app/page.tsx changed on disk"):
        history.record_turn(root, {"app/page.tsx": b"model"}, "p", "{}", [], expected=expected)
    assert snapshot(root) == before


@pytest.mark.parametrize("fail_after", [0, 1, 2])
@pytest.mark.parametrize("record_fails", [False, True])
def test_crash_mid_apply_recovers_to_before_or_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      fail_after: int, record_fails: bool) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    files = {"app/page.tsx": b"new home", "app/about/page.tsx": b"about", "lib/site.ts": b"site"}
    real_put = journal._put
    calls = {"n": 0}

    def crashing_put(r: Path, rel: str, digest: str | None) -> None:
        if calls["n"] >= fail_after and not record_fails:
            raise KeyboardInterrupt("simulated crash")
        calls["n"] += 1
        real_put(r, rel, digest)

    monkeypatch.setattr(journal, "_put", crashing_put)
    if record_fails:
        monkeypatch.setattr(history, "save", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt("crash")))
    with pytest.raises(KeyboardInterrupt):
        history.record_turn(root, files, "p", "{}", [])
    monkeypatch.undo()
    message = history.recover(root)
    assert message is not None and "rolled back" in message
    assert snapshot(root) == before
    assert history.recover(root) is None


def test_crash_after_history_recorded_completes_the_turn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = managed_project(tmp_path)
    real_unlink = Path.unlink

    def crash_on_journal_unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name == "pending.json":
            raise KeyboardInterrupt("crash at the commit point")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", crash_on_journal_unlink)
    with pytest.raises(KeyboardInterrupt):
        history.record_turn(root, {"app/page.tsx": b"new"}, "p", "{}", [])
    monkeypatch.undo()
    (root / "app" / "page.tsx").write_text("torn")  # whatever is on disk, recovery decides
    message = history.recover(root)
    assert message is not None and "completed" in message
    assert (root / "app" / "page.tsx").read_bytes() == b"new"
    assert history.load(root).position == 1


def test_diff_shows_the_turn(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    turn = _turn(root, {"app/about/page.tsx": "hello\n"})
    text = history.diff(root, turn)
    assert "+++ b/app/about/page.tsx" in text and "+hello" in text
