"""Three-way merge of generated files: hand edits survive, a change that meets one writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import ConcurrentEditError, HandEditConflictError, NxrError
from app.scaffold.merge import MergeConflict, merge_text, merge_turn
from app.scaffold.render import render_site
from app.scaffold.site import SITE_FILE, load_site
from tests.unit.scaffold.helpers import managed_project

BASE = b"".join(b"line %d\n" % n for n in range(1, 11))  # line 1 .. line 10
OURS = BASE.replace(b"line 5\n", b"LINE FIVE\n")  # the turn changes line 5


def test_an_untouched_file_gets_ours_as_it_is() -> None:
    assert merge_text(BASE, OURS, BASE) == OURS


def test_a_hand_insertion_above_the_change_is_kept() -> None:
    theirs = b"// mine\n// more\n" + BASE
    assert merge_text(BASE, OURS, theirs) == b"// mine\n// more\n" + OURS


def test_a_hand_insertion_below_the_change_is_kept() -> None:
    theirs = BASE + b"// mine\n"
    assert merge_text(BASE, OURS, theirs) == OURS + b"// mine\n"


def test_a_hand_edit_inside_an_untouched_region_is_kept() -> None:
    theirs = BASE.replace(b"line 2\n", b"line two, mine\n").replace(b"line 8\n", b"line 8\n// mine\n")
    want = OURS.replace(b"line 2\n", b"line two, mine\n").replace(b"line 8\n", b"line 8\n// mine\n")
    assert merge_text(BASE, OURS, theirs) == want


def test_a_hand_deletion_elsewhere_is_kept_and_shifts_the_change() -> None:
    theirs = BASE.replace(b"line 1\nline 2\n", b"")
    assert merge_text(BASE, OURS, theirs) == OURS.replace(b"line 1\nline 2\n", b"")


def test_our_insertion_lands_among_hand_edits() -> None:
    ours = BASE.replace(b"line 6\n", b"line 6\nnew a\nnew b\n")
    theirs = b"// top\n" + BASE.replace(b"line 9\n", b"line nine\n")
    assert merge_text(BASE, ours, theirs) == b"// top\n" + ours.replace(b"line 9\n", b"line nine\n")


def test_an_edit_in_the_changed_lines_is_a_conflict_naming_its_line() -> None:
    theirs = b"// mine\n" + BASE.replace(b"line 5\n", b"line 5 (mine)\n")
    with pytest.raises(MergeConflict) as exc:
        merge_text(BASE, OURS, theirs)
    assert (exc.value.clash.first, exc.value.clash.lines()) == (6, "line 6")  # one line of mine above it


def test_an_edit_spanning_lines_is_named_as_a_range() -> None:
    ours = BASE.replace(b"line 4\nline 5\n", b"LINES 4-5\n")
    theirs = BASE.replace(b"line 4\nline 5\n", b"mine 4\nmine 4b\nmine 5\n")
    with pytest.raises(MergeConflict) as exc:
        merge_text(BASE, ours, theirs)
    assert exc.value.clash.lines() == "lines 4-6"


def test_a_hand_insertion_between_the_changed_lines_is_a_conflict() -> None:
    ours = BASE.replace(b"line 4\nline 5\n", b"LINES 4-5\n")
    with pytest.raises(MergeConflict) as exc:
        merge_text(BASE, ours, BASE.replace(b"line 4\n", b"line 4\nmine\n"))
    assert exc.value.clash.lines() == "line 5"


def test_a_hand_deletion_of_the_changed_line_is_a_conflict() -> None:
    with pytest.raises(MergeConflict) as exc:
        merge_text(BASE, OURS, BASE.replace(b"line 5\n", b""))
    assert exc.value.clash.lines() == "line 5"


def test_a_hand_insertion_in_the_gap_we_insert_into_is_a_conflict() -> None:
    # Both add a line between line 6 and line 7: which comes first is not ours to guess.
    ours = BASE.replace(b"line 6\n", b"line 6\nours\n")
    with pytest.raises(MergeConflict) as exc:
        merge_text(BASE, ours, BASE.replace(b"line 6\n", b"line 6\nmine\n"))
    assert exc.value.clash.lines() == "line 7"


def test_a_crlf_file_keeps_its_line_endings_and_gets_crlf_lines() -> None:
    theirs = BASE.replace(b"\n", b"\r\n") + b"// mine\r\n"
    ours = OURS.replace(b"line 8\n", b"line 8\nadded\n")
    merged = merge_text(BASE, ours, theirs)
    assert merged == ours.replace(b"\n", b"\r\n") + b"// mine\r\n"
    assert b"\n" not in merged.replace(b"\r\n", b"")


def test_a_bom_and_a_missing_final_newline_are_not_conflicts() -> None:
    theirs = b"\xef\xbb\xbf" + BASE.rstrip(b"\n")
    ours = BASE + b"line 11\n"
    assert merge_text(BASE, ours, theirs) == b"\xef\xbb\xbf" + ours


def test_bytes_that_are_not_utf8_are_merged_not_decoded() -> None:
    theirs = BASE.replace(b"line 2\n", b"caf\xe9 (latin-1)\n")
    assert merge_text(BASE, OURS, theirs) == OURS.replace(b"line 2\n", b"caf\xe9 (latin-1)\n")


# merge_turn: a turn's writes against the files on disk


def _write(root: Path, rel: str, data: bytes) -> None:
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_bytes(data)


def test_merge_turn_keeps_edits_and_leaves_files_it_does_not_change_alone(tmp_path: Path) -> None:
    base = {"a.ts": BASE.decode(), "b.ts": BASE.decode(), "c.ts": BASE.decode()}
    _write(tmp_path, "a.ts", BASE + b"// mine\n")  # edited; the turn changes it
    _write(tmp_path, "b.ts", BASE + b"// mine\n")  # edited; the turn renders it the same
    _write(tmp_path, "c.ts", BASE)  # untouched; the turn changes it
    merged = merge_turn(tmp_path, base, {"a.ts": OURS, "b.ts": BASE, "c.ts": OURS})
    assert merged.writes == {"a.ts": OURS + b"// mine\n", "c.ts": OURS}
    assert merged.kept == ["a.ts"]


def test_merge_turn_writes_whole_files_as_they_are(tmp_path: Path) -> None:
    _write(tmp_path, "a.ts", b"broken by hand\n")
    _write(tmp_path, ".nxr/site.json", b"{}")
    merged = merge_turn(tmp_path, {"a.ts": BASE.decode(), ".nxr/site.json": "{ }"},
                        {"a.ts": BASE, ".nxr/site.json": b"{\n}"}, whole={"a.ts", ".nxr/site.json"})
    assert merged.writes == {"a.ts": BASE, ".nxr/site.json": b"{\n}"} and merged.kept == []
    assert merged.replaced == ["a.ts"]  # said with the turn; the site record is ours, never the user's


def test_a_file_deleted_by_hand_stays_deleted_unless_the_turn_changes_it(tmp_path: Path) -> None:
    base = {"gone.ts": BASE.decode()}
    assert merge_turn(tmp_path, base, {"gone.ts": BASE}).writes == {}  # not brought back
    assert merge_turn(tmp_path, base, {"gone.ts": None}).writes == {}  # already gone
    with pytest.raises(HandEditConflictError, match="gone.ts: you deleted this file and this change edits it"):
        merge_turn(tmp_path, base, {"gone.ts": OURS})


def test_a_turn_that_removes_an_edited_file_is_a_conflict(tmp_path: Path) -> None:
    _write(tmp_path, "old.ts", BASE.replace(b"line 3\n", b"line 3 mine\n"))
    with pytest.raises(HandEditConflictError) as exc:
        merge_turn(tmp_path, {"old.ts": BASE.decode()}, {"old.ts": None})
    assert "old.ts: your edit at line 3 is in a file this change removes; nothing was written." in exc.value.message
    _write(tmp_path, "same.ts", BASE)
    assert merge_turn(tmp_path, {"same.ts": BASE.decode()}, {"same.ts": None}).writes == {"same.ts": None}


def test_a_file_of_the_users_where_a_new_one_goes_is_a_conflict(tmp_path: Path) -> None:
    _write(tmp_path, "app/blog/page.tsx", b"my own blog\n")
    with pytest.raises(HandEditConflictError, match="app/blog/page.tsx: a file of yours is already there"):
        merge_turn(tmp_path, {}, {"app/blog/page.tsx": BASE})
    assert merge_turn(tmp_path, {}, {"app/new.tsx": BASE}).writes == {"app/new.tsx": BASE}


def test_every_conflict_is_named_and_nothing_is_returned(tmp_path: Path) -> None:
    _write(tmp_path, "a.ts", BASE.replace(b"line 5\n", b"mine\n"))
    _write(tmp_path, "b.ts", BASE.replace(b"line 5\n", b"mine\n"))
    _write(tmp_path, "c.ts", BASE)
    with pytest.raises(HandEditConflictError) as exc:
        merge_turn(tmp_path, {r: BASE.decode() for r in ("a.ts", "b.ts", "c.ts")},
                   {"a.ts": OURS, "b.ts": OURS, "c.ts": OURS})
    assert exc.value.message == ("a.ts: your edit at line 5 is where this change goes; b.ts: your edit at line 5 is "
                                 "where this change goes; nothing was written. Undo your edit or make the change by hand.")
    assert isinstance(exc.value, ConcurrentEditError)  # a turn reports it as a conflict
    assert (tmp_path / "c.ts").read_bytes() == BASE


def test_a_rendered_page_keeps_a_hand_edit_through_a_title_change(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    page = root / "app" / "page.tsx"
    page.write_bytes(page.read_bytes() + b"// mine\n")
    site = load_site(root)
    old = render_site(site)
    site.pages[0].sections[0].heading = "Hello there"
    new = {rel: body.encode() for rel, body in render_site(site).items()}
    merged = merge_turn(root, old, new, whole={SITE_FILE})
    assert merged.kept == ["app/page.tsx"]
    assert merged.writes["app/page.tsx"] == new["app/page.tsx"] + b"// mine\n"


def test_a_folder_where_a_file_goes_is_said_in_a_sentence(tmp_path: Path) -> None:
    (tmp_path / "app" / "page.tsx").mkdir(parents=True)
    with pytest.raises(NxrError, match="app/page.tsx is a folder"):
        merge_turn(tmp_path, {}, {"app/page.tsx": BASE})
