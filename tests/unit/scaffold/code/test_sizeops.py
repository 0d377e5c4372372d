"""The text size op on every kind of project: the root font size in the theme's stylesheet, one
step at a time, within bounds, and said as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import PlanError
from app.scaffold.code import css
from app.scaffold.code.reader import read_project
from tests.unit.scaffold.code.projects import STARTERS, copy_fixture
from tests.unit.scaffold.code.test_codeops import apply, marked

PROJECTS = (*STARTERS, "hand", "generated")


def _root_size(root: Path) -> str:
    theme = read_project(root).theme
    assert theme is not None
    sheet = css.read((root / theme.file).read_bytes())
    rule = next(b for b in sheet.blocks if b.depth == 0 and b.prelude == "html")
    decl = next(d for d in css.declarations(sheet, rule) if d.prop == "font-size")
    return sheet.source[decl.value_start:decl.value_end].decode()


@pytest.mark.parametrize("name", PROJECTS)
def test_the_text_grows_a_step_and_shrinks_back(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    _, edit = apply(root, {"op": "set_text_size", "change": "larger"})
    assert _root_size(root) == "112.5%"
    assert "100% → 112.5%" in edit.summary[-1]
    apply(root, {"op": "set_text_size", "change": "larger"})
    assert _root_size(root) == "125%"  # the same rule, not a second one
    apply(root, {"op": "set_text_size", "change": "smaller"})
    assert _root_size(root) == "112.5%"


def test_a_size_at_its_bound_is_a_sentence_and_writes_nothing(tmp_path: Path) -> None:
    root = copy_fixture("generated", tmp_path / "generated")
    for _ in range(4):
        apply(root, {"op": "set_text_size", "change": "larger"})
    assert _root_size(root) == "150%"
    theme = read_project(root).theme
    assert theme is not None
    before = (root / theme.file).read_bytes()
    with pytest.raises(PlanError, match="already at 150%"):
        apply(root, {"op": "set_text_size", "change": "larger"})
    assert (root / theme.file).read_bytes() == before
