"""Which session pairs teach a plan that misreads its request (build/finetune/pairchecks.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "build" / "finetune"))

import pairchecks  # noqa: E402


def _items(route: str, *entries: tuple[str, str]) -> dict[str, object]:
    return {"ops": [{"op": "add_items", "route": route, "kind": "list",
                     "items": [{"title": t, "text": x} for t, x in entries]}]}


def test_a_list_of_the_users_items_is_kept() -> None:
    request = "prices page. skim a room from £180. ceiling from £150. labour only $22"
    plan = _items("/prices", ("skim a room", "from £180"), ("ceiling", "from £150"), ("labour", "only $22"))
    assert pairchecks.problem(request, plan) is None


def test_items_cut_from_a_sentence_are_dropped() -> None:
    request = "add a bit on the homepage about me: ex lifeguard, been fixing suits since 2011"
    assert pairchecks.problem(request, _items("/", ("ex", "lifeguard"))) is not None
    request = "Put a page for Rates. drilling is $58 per foot with 6 inch steel casing."
    assert "clause" in str(pairchecks.problem(request, _items("/rates", ("drilling is", "$58 per foot"))))
    assert "filler" in str(pairchecks.problem("add Husker Feed and Bluestem Bank. big thanks",
                                              _items("/", ("Husker Feed", "big"))))


def test_a_value_must_stand_as_whole_words() -> None:
    request = "Meet the Band: Ana (violin), Marco (guitarron)"
    assert "inside a word" in str(pairchecks.problem(request, _items("/meet-the-band", ("Marco", "guitar"))))
    assert pairchecks.problem(request, _items("/meet-the-band", ("Marco", "guitarron"))) is None


def test_a_navigation_request_written_as_items_is_dropped() -> None:
    request = "put the Rules and Champions pages in the menu at the top"
    assert "navigation" in str(pairchecks.problem(request, _items("/", ("Rules", ""), ("Champions", ""))))
    nav = {"ops": [{"op": "add_nav_link", "label": "Rules", "href": "/rules"}]}
    assert pairchecks.problem(request, nav) is None


def test_a_font_request_written_as_a_title_is_dropped() -> None:
    request = "the font's a bit boring, could we have something with more character for the headings?"
    title = {"ops": [{"op": "set_text", "target": "title", "text": "something with more character"}]}
    assert "font" in str(pairchecks.problem(request, title))
    theme = {"ops": [{"op": "set_text", "target": "title", "text": "Dark Roast"}]}
    assert pairchecks.problem("change the title to Dark Roast", theme) is None


def test_a_page_title_comes_from_near_the_word_page() -> None:
    request = "People are always ringing asking the same things so can we have an FAQ page? What's the limit? 95kg"
    assert "page" in str(pairchecks.problem(request, {"ops": [{"op": "add_page", "title": "People"}]}))
    assert pairchecks.problem(request, {"ops": [{"op": "add_page", "title": "FAQ"}]}) is None
