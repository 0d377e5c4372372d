"""Requests of the blind sets u376-u409 that the turn loop read wrongly before stop 69, through ``TurnRunner`` with the
model's plan as recorded (or, for a request of several asks, the model's plan of each ask)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from app.engine.base import GenerateOptions, Message
from app.engine.fake import FakeEngine
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import items as _items, menu as _menu, pages as _pages, run as _run, shown as _text


def test_a_list_of_names_is_not_paired_into_names_and_details(tmp_path: Path) -> None:
    # u409: the model wrote each second song as the detail of the one before; the typed list has eight songs
    root = managed_project(tmp_path)
    _pages(root, "Repertorio")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/repertorio","kind":"list","items":[{"title":"El Son de la Negra",'
                        '"text":"Cielito Lindo"},{"title":"Guadalajara","text":"Si Nos Dejan"},{"title":"Amor Eterno"}]}]}',
                  "On the Repertorio page add these songs: El Son de la Negra, Cielito Lindo, Guadalajara, Si Nos Dejan, Amor Eterno.")
    assert result.outcome == "applied", result.message
    page = _text(root, "/repertorio")
    for song in ("El Son de la Negra", "Cielito Lindo", "Guadalajara", "Si Nos Dejan", "Amor Eterno"):
        assert f'{{ title: "{song}", text: "" }}' in page, page


def test_a_name_cut_to_its_first_word_is_typed_whole(tmp_path: Path) -> None:
    # u408: "Standing" / "₦5,000" of "add Standing fan ₦5,000"
    root = managed_project(tmp_path)
    _pages(root, "Price List")
    _items(root, "/price-list", "list", [("Canopy", "₦15,000"), ("Plastic chair", "₦200")])
    result = _run(root, '{"ops":[{"op":"add_items","route":"/price-list","kind":"list","items":[{"title":"Standing","text":"₦5,000"}]}]}',
                  "Price list: add Standing fan ₦5,000.")
    assert result.outcome == "applied", result.message
    assert '{ title: "Standing fan", text: "₦5,000" }' in _text(root, "/price-list"), _text(root, "/price-list")


@pytest.mark.parametrize(("entries", "prompt", "model", "gone", "now"), [
    # u406: the date is the entry's name, what happens then its detail
    ([("6 March", "Pre-season fitness test, Beaton Park, 8am"), ("27 March", "Season kick off")],
     "Apologies, the fitness test has been moved to 13 March, same place and time.",
     '{"ops":[{"op":"edit_item","item":"Apologies","text":"13 March"}]}', "6 March", '{ title: "13 March", text: "Pre-season'),
    # u405: "got moved", whatever the model wrote
    ([("Oct 9", "Picture Day"), ("Oct 31", "Costume parade at 1:30 pm")], "Oops, Picture Day got moved to Oct 16. Can you fix that?",
     '{"ops":[{"op":"edit_item","item":"Oops","text":"Picture Day"}]}', "Oct 9", '{ title: "Oct 16", text: "Picture Day" }'),
])
def test_a_moved_date_replaces_the_date_of_the_entry_it_names(tmp_path: Path, entries: list[tuple[str, str]], prompt: str,
                                                              model: str, gone: str, now: str) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", entries)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert gone not in _text(root) and now in _text(root), _text(root)
    assert "27 March" in _text(root) or "Oct 31" in _text(root)


def test_a_date_said_with_until_is_no_move(tmp_path: Path) -> None:
    # u397: "... for €89/night until 1 may" on a new page is no date of the site's moved
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Sunday 13 June 2027", "Christening at Agios Dimitrios")])
    result = _run(root, '{"ops":[{"op":"add_page","title":"Travel","route":"/travel"},{"op":"add_section","route":"/travel",'
                        '"kind":"text","text":"fly into SKG, taxi about €25. Hotel Aigaio Bay €89/night until 1 may"}]}',
                  "make a page called Travel: fly into SKG, taxi about €25. Hotel Aigaio Bay €89/night until 1 may")
    assert result.outcome == "applied", result.message
    assert "Sunday 13 June 2027" in _text(root) and "until 1 may" in _text(root, "/travel")


@pytest.mark.parametrize(("entries", "prompt", "model", "gone", "kept"), [
    # u407: the entry holds the team's name in its detail
    ([("14 Mar", "vs Mombasa Deaf Sharks - away (bus leaves 5am)"), ("28 Mar", "vs Kibra Silent Lions - home")],
     "remove Mombasa match, they cancelled", '{"ops":[{"op":"remove_item","item":"Mombasa match"}]}', "Mombasa", "Kibra Silent Lions"),
    # u405: the same course twice, told apart by its town
    ([("Advanced Excel and Pivot Tables", "9 to 11 March 2027 - Accra, Labadi"),
      ("Advanced Excel and Pivot Tables", "23 and 24 April 2027 - Kumasi, Golden Tulip")],
     "The Kumasi session is cancelled, please remove it.", '{"ops":[{"op":"remove_item","item":"The Kumasi session"}]}',
     "Kumasi", "9 to 11 March 2027"),
])
def test_a_removal_by_a_name_the_entry_holds_takes_that_entry_off(tmp_path: Path, entries: list[tuple[str, str]], prompt: str,
                                                                  model: str, gone: str, kept: str) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", entries)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert gone not in _text(root) and kept in _text(root), _text(root)


def test_a_name_two_entries_hold_is_not_guessed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("14 Mar", "vs Mombasa Deaf Sharks - away"), ("2 May", "vs Mombasa Deaf Sharks - home")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Mombasa match"}]}', "remove Mombasa match, they cancelled")
    assert result.outcome != "applied"
    assert _text(root).count("Mombasa") == 2


def _by_ask(plans: dict[str, str]) -> FakeEngine:
    """An engine that writes the plan of the one ask (a key) the request holds, and a decline for the whole."""
    def reply(messages: Sequence[Message], options: GenerateOptions) -> str:
        said = messages[-1].content
        found = [plan for ask, plan in plans.items() if ask in said]
        return found[0] if len(found) == 1 else '{"ops":[{"op":"decline"}]}'
    return FakeEngine(reply)


def test_two_asks_the_model_declines_together_are_each_read_alone(tmp_path: Path) -> None:
    # u376: one ask of the menu, one of the colours
    root = managed_project(tmp_path)
    _pages(root, "Contact", "FAQ")
    engine = _by_ask({"Move the FAQ page before Contact": '{"ops":[{"op":"move_nav_link","href":"/faq","before":"/contact"}]}',
                      "make the green a bit more olive": '{"ops":[{"op":"set_theme","primary":"#6b8e23"}]}'})
    result = TurnRunner(root, engine).run("Move the FAQ page before Contact in the menu please, and make the green a bit more olive")
    assert result.outcome == "applied", result.message
    assert len(engine.calls) == 3  # the whole, then each ask
    assert _menu(root).index("FAQ") < _menu(root).index("Contact")
    assert "#6b8e23" in "".join(p.read_text() for p in (root / "app").glob("*.css"))
    assert result.timings.get("clause_reading_ms") is not None


def test_an_ask_read_alone_as_a_decline_declines_the_turn(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "FAQ", "Contact")
    before = (root / "lib" / "site.ts").read_text()
    engine = _by_ask({"Move the FAQ page before Contact": '{"ops":[{"op":"move_nav_link","href":"/faq","before":"/contact"}]}',
                      "make the header spin": '{"ops":[{"op":"decline"}]}'})
    result = TurnRunner(root, engine).run("Move the FAQ page before Contact in the menu please, and make the header spin")
    assert result.outcome == "declined", result.message
    assert (root / "lib" / "site.ts").read_text() == before


def test_an_ask_that_points_back_is_not_read_alone(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    engine = _by_ask({"Add a Sponsors page": '{"ops":[{"op":"add_page","title":"Sponsors","route":"/sponsors"}]}',
                      "put it first in the menu": '{"ops":[{"op":"move_nav_link","href":"/","before":"/"}]}'})
    result = TurnRunner(root, engine).run("Add a Sponsors page and put it first in the menu")
    assert len(engine.calls) == 1, json.dumps([m.content for c in engine.calls for m in c][-3:])
    assert result.outcome != "applied"


def test_a_menu_order_it_already_has_beside_a_font_changes_the_font_and_says_so(tmp_path: Path) -> None:
    # u396: the first ask alone was read as a list of the pages' names on home; the font's ask got an unasked colour
    root = managed_project(tmp_path)
    _pages(root, "Collection", "Repairs", "Contact")
    engine = _by_ask({"Please put the pages in this order": '{"ops":[{"op":"add_items","route":"/","kind":"list","items":'
                      '[{"title":"Home"},{"title":"Collection"},{"title":"Repairs"},{"title":"Contact"}]}]}',
                      "And use a plain serif font": '{"ops":[{"op":"set_theme","primary":"white","font":"serif"}]}'})
    home = _text(root)
    result = TurnRunner(root, engine).run("Please put the pages in this order: Home, Collection, Repairs, Contact. And use a "
                                          "plain serif font - my eyes are not what they were.")
    assert result.outcome == "applied", result.message
    assert _text(root) == home and _menu(root) == ["Home", "Collection", "Repairs", "Contact"]
    assert any("already" in line for line in result.summary), result.summary
    theme = (root / "app" / "theme.css").read_text()
    assert "serif" in theme and "--color-primary: #b4532a;" in theme, theme  # the colour as it was


def test_an_ask_read_alone_that_puts_content_on_home_unasked_puts_it_on_the_page_the_ask_before_renamed(tmp_path: Path) -> None:
    # u415: the second ask was for the page the first renamed; alone, the model put the person on home
    root = managed_project(tmp_path)
    _pages(root, "About me")
    home = _text(root)
    engine = _by_ask({"Rename page About me to About us": '{"ops":[{"op":"rename_page","route":"/about-me","new_route":"/about-us",'
                      '"title":"About us"}]}',
                      "add Bartosz Mazurkiewicz": '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":'
                      '"Bartosz Mazurkiewicz","text":"instructor since 2021"}]}]}'})
    result = TurnRunner(root, engine).run("Rename page About me to About us and add Bartosz Mazurkiewicz, instructor since 2021.")
    assert result.outcome == "applied", result.message
    assert _text(root) == home
    assert "Bartosz Mazurkiewicz" in _text(root, "/about-us")


def test_content_an_ask_puts_on_home_unasked_after_asks_on_two_pages_declines_the_turn(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "About me", "Prices")
    home = _text(root)
    engine = _by_ask({"Rename page About me to About us": '{"ops":[{"op":"rename_page","route":"/about-me","new_route":"/about-us",'
                      '"title":"About us"}]}',
                      "remove the Prices page": '{"ops":[{"op":"remove_page","route":"/prices"}]}',
                      "add Bartosz Mazurkiewicz": '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":'
                      '"Bartosz Mazurkiewicz","text":"instructor since 2021"}]}]}'})
    result = TurnRunner(root, engine).run("Rename page About me to About us, add page Team with the photos "
                                          "and add Bartosz Mazurkiewicz, instructor since 2021.")
    assert result.outcome != "applied" or "Bartosz" not in _text(root), result.message
    assert _text(root) == home
