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


def test_two_replacements_in_one_paragraph_both_stand(tmp_path: Path) -> None:
    root = copy_fixture("generated", tmp_path / "generated")
    apply(root, {"op": "add_section", "route": "/", "kind": "text",
                 "text": "Labour $85/hr. Antifoul up to 6m $650, 6-8m $890. Outboard service from $220"})
    apply(root, {"op": "replace_text", "old": "6-8m $890", "new": "6-8m $920"},
          {"op": "replace_text", "old": "Outboard service from $220", "new": ""})
    assert "6-8m $920" in _home(root) and "$890" not in _home(root) and "$220" not in _home(root)
    assert "Antifoul up to 6m $650" in _home(root)


def test_a_replacement_after_an_item_edit_keeps_the_edit(tmp_path: Path) -> None:
    root = copy_fixture("generated", tmp_path / "generated")
    apply(root, {"op": "add_items", "route": "/", "kind": "list",
                 "items": [{"title": "Small dogs", "text": "$45"}, {"title": "Large", "text": "$75"}]})
    apply(root, {"op": "edit_item", "item": "Small dogs", "text": "$50"}, {"op": "replace_text", "old": "$75", "new": "$80"})
    assert "$50" in _home(root) and "$80" in _home(root) and "$45" not in _home(root) and "$75" not in _home(root)
