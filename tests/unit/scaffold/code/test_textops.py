"""Words replaced wherever the site shows them (``replace_text``): whole words only; and items
found by a phrase of their title."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import PlanError
from tests.unit.scaffold.code.projects import copy_fixture
from tests.unit.scaffold.code.test_codeops import apply


def _home(root: Path) -> str:
    return (root / "app/page.tsx").read_text()


def test_replace_text_takes_whole_words_only(tmp_path: Path) -> None:
    root = copy_fixture("generated", tmp_path / "generated")
    apply(root, {"op": "add_items", "route": "/", "kind": "pricing",
                 "items": [{"title": "Pro", "text": "$29"}, {"title": "Professional", "text": "$49"}]})
    _, edit = apply(root, {"op": "replace_text", "old": "Pro", "new": "Plus"})
    assert "Plus" in _home(root) and "Professional" in _home(root) and "Plusfessional" not in _home(root)
    assert edit.summary == ["Replaced \u201cPro\u201d with \u201cPlus\u201d on /."]
    with pytest.raises(PlanError, match="can't find"):
        apply(root, {"op": "replace_text", "old": "Profess", "new": "X"})


def test_an_item_is_found_by_a_phrase_of_its_title(tmp_path: Path) -> None:
    root = copy_fixture("generated", tmp_path / "generated")
    apply(root, {"op": "add_items", "route": "/", "kind": "list",
                 "items": [{"title": "Clun town hall"}, {"title": "Leominster Priory"}]})
    apply(root, {"op": "remove_item", "item": "Clun town"})
    assert "Clun town hall" not in _home(root) and "Leominster Priory" in _home(root)
