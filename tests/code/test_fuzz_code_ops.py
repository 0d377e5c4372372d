"""Property test: random sequences of ops on the create-next-app starters (issue 17).

Hypothesis draws a sequence of plans (texts with quotes, braces, ampersands and non-ASCII;
sections with the user's items; themes; pages added, renamed and removed; nav links) and
plays each through ``TurnRunner`` (only the model is a FakeEngine answering that plan) on a
copy of a starter that Avery NXR did not make. After every turn each source file parses
(or the turn was refused with nothing written, the file named); after the sequence, undo of
every applied turn restores the project byte for byte. The integration test plays one fixed
long sequence on the real starter with its node_modules and runs ``tsc``.

``NXR_FUZZ_CODE_EXAMPLES`` sets the number of sequences (CI: 40).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.engine.fake import FakeEngine
from app.scaffold import history
from app.scaffold.code import tsx
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import snapshot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "code"
EXAMPLES = int(os.environ.get("NXR_FUZZ_CODE_EXAMPLES", "40"))
SOURCE = (".tsx", ".jsx", ".ts", ".js")

words = st.one_of(
    st.sampled_from(["Café", "Mon-Fri", "$9/mo", "Tom & Jerry", "{x}", "</h1>", "a\u2028b"]),
    st.text(alphabet=st.sampled_from(list("abcXYZ &<>{}\"'é€—")), min_size=1, max_size=24),
).map(str.strip).filter(bool)
routes = st.sampled_from(["/menu", "/about", "/team-days"])


def _op(draw: Any) -> dict[str, Any]:
    kind = draw(st.sampled_from(["title", "subtitle", "site_name", "items", "section", "theme", "nav",
                                 "page", "rename", "remove"]))
    if kind in ("title", "subtitle", "site_name"):
        return {"op": "set_text", "route": "/", "target": kind, "text": draw(words)}
    if kind == "items":
        items = draw(st.lists(st.fixed_dictionaries({"title": words, "text": words}), min_size=1, max_size=4))
        return {"op": "add_items", "route": "/", "kind": draw(st.sampled_from(["list", "features", "faq", "team"])),
                "items": items}
    if kind == "section":
        return {"op": "add_section", "route": "/", "kind": draw(st.sampled_from(["cta", "text", "testimonials"])),
                "heading": draw(words)[:60]}
    if kind == "theme":
        return {"op": "set_theme", draw(st.sampled_from(["primary", "background", "foreground"])):
                draw(st.sampled_from(["#1e3a8a", "#fdf6e3", "#111111"]))}
    if kind == "nav":
        return {"op": "add_nav_link", "label": draw(words)[:40], "href": draw(routes)}
    if kind == "page":
        return {"op": "add_page", "title": draw(words)[:40], "route": draw(routes)}
    if kind == "rename":
        return {"op": "rename_page", "route": draw(routes), "new_route": draw(routes)}
    return {"op": "remove_page", "route": draw(routes)}


@st.composite
def plans(draw: Any) -> list[str]:
    return [json.dumps({"ops": [_op(draw)]}) for _ in range(draw(st.integers(1, 6)))]


def _sources(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
            if p.suffix in SOURCE and "node_modules" not in p.parts and ".nxr" not in p.parts}


def play(root: Path, sequence: list[str]) -> int:
    """Plays the plans; returns how many were applied. Every file parses after every turn."""
    applied = 0
    for plan in sequence:
        before = _sources(root)
        # (a page is renamed only where the request asks a rename: ``misread.renamed_to_words``)
        asked = "rename a page" if '"rename_page"' in plan else "a request for new texts, colours or pages"
        result = TurnRunner(root, FakeEngine(plan)).run(asked)
        after = _sources(root)
        if result.outcome == "applied":
            applied += 1
        elif result.outcome != "unchanged":
            assert after == before, (plan, result.outcome, result.message)  # refused: nothing written
            assert result.message, plan
        for rel, body in after.items():
            if after.get(rel) != before.get(rel):
                assert tsx.problem(tsx.parse(body, rel)) is None, (plan, rel)
    return applied


@pytest.mark.parametrize("name", ["ts-tw", "js-css", "ts-css-src", "js-tw-src"])
@settings(max_examples=max(1, EXAMPLES // 4), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sequence=plans())
def test_random_op_sequences_keep_every_file_parsing_and_undo_restores_every_byte(
        name: str, sequence: list[str], tmp_path_factory: pytest.TempPathFactory) -> None:
    root = tmp_path_factory.mktemp("fuzz") / name
    shutil.copytree(FIXTURES / name, root)
    start = snapshot(root)
    applied = play(root, sequence)
    for _ in range(applied):
        history.undo(root)
    end = {k: v for k, v in snapshot(root).items() if not k.startswith(".nxr/")}
    assert end == {k: v for k, v in start.items() if not k.startswith(".nxr/")}


SEQUENCE = [
    {"op": "set_text", "route": "/", "target": "title", "text": "Café “Harbor” & Sons {est. 1999}"},
    {"op": "add_items", "route": "/", "kind": "list", "items": [{"title": "Mon-Fri", "text": "7am-5pm"}]},
    {"op": "add_page", "title": "Menu", "route": "/menu"},
    {"op": "add_items", "route": "/menu", "kind": "pricing",
     "items": [{"title": "Flat white", "text": "£3.20"}, {"title": "Cortado", "text": "£2.90"}]},
    {"op": "add_nav_link", "label": "Menu", "href": "/menu"},
    {"op": "set_theme", "primary": "#1e3a8a", "background": "#fdf6e3"},
    {"op": "add_section", "route": "/", "kind": "testimonials", "heading": "What people say"},
    {"op": "rename_page", "route": "/menu", "new_route": "/drinks"},
    {"op": "add_page", "title": "About", "route": "/about"},
    {"op": "remove_page", "route": "/about"},
]


@pytest.mark.integration
@pytest.mark.parametrize("combo", ["ts-tw", "ts-css-src"])
def test_a_long_sequence_keeps_a_real_starter_type_checking(combo: str, starter: Any) -> None:
    from tests.code.checks import tsc_ok

    root = starter(combo)
    applied = play(root, [json.dumps({"ops": [op]}) for op in SEQUENCE])
    assert applied == len(SEQUENCE)
    check = tsc_ok(root)
    assert check, str(check)
