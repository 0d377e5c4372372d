"""Requests of the blind sets u376-u391 that the turn loop read wrongly before stop 67, through ``TurnRunner`` with the
model's plan as recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import items as _items, menu as _menu, pages as _pages, para as _para, run as _run, shown as _text


@pytest.mark.parametrize(("shown", "prompt", "model", "gone", "kept"), [
    # u386: a priced piece of a text's list, named before "pls remove" with no object, and a new one in its place
    ("Prints: tote bag RM45, postcard set RM20.", "postcard set sold out, pls remove. and add enamel pin (white coffee cup "
     "design) RM25", '{"ops":[{"op":"remove_item","item":"postcard set"},{"op":"decline"}]}', "postcard set RM20",
     "enamel pin (white coffee cup design) RM25"),
    # u391: named before what is said of it, a sentence before the removal
    ("We accept old newspapers, aluminium cans, plastic bottles (PET 1 only) and used cooking oil in closed bottles.",
     "Used cooking oil we cannot accept anymore, the collector stopped coming. Please remove it.",
     '{"ops":[{"op":"remove_item","item":"Cooking Oil We"}]}', "cooking oil", "PET 1"),
    # u380: a person, then "remove him from about"
    ("Andreas 15 years pools, ex hotel Ayia Napa, nephew Kyriakos helps summer", "Kyriakos not working with me anymore. remove "
     "him from about", '{"ops":[{"op":"remove_item","item":"Kyriakos not working with me"}]}', "Kyriakos", "15 years"),
])
def test_a_removal_that_names_nothing_after_its_verb_takes_the_thing_the_sentence_opens_with(
        tmp_path: Path, shown: str, prompt: str, model: str, gone: str, kept: str) -> None:
    root = managed_project(tmp_path)
    _pages(root, "About")
    _para(root, shown, "/about")
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message  # rejected or declined before
    assert gone not in _text(root, "/about") and kept in _text(root, "/about")


def test_a_removal_without_its_object_beside_a_new_price_does_both(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Snake plant", "Rs 900"), ("Aloe vera", "Rs 300"), ("Money plant", "Rs 250")])
    # u377, as recorded: the model's removal of "Snake plant price"; before, the removal alone and a decline
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Snake plant price"},{"op":"add_items","route":"/","kind":"features",'
                        '"items":[{"title":"Aloe vera","text":"finished"}]}]}',
                  "Snake plant price now Rs 1,100 and Aloe vera finished, remove it")
    assert result.outcome == "applied", result.message
    page = _text(root)
    assert "Rs 1,100" in page and "Rs 900" not in page and "Aloe vera" not in page and "Money plant" in page


@pytest.mark.parametrize("prompt", [
    "Make the Our Coffee page first in the menu, and change the colours to dark brown and green",  # u389
    "Change colours to lake blue and white, and put Our Coffee first in navigation",  # u389, the other way round
])
def test_a_move_in_the_menu_beside_new_colours_does_both(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Harvest", "Our Coffee")
    theme = (root / "app" / "theme.css").read_text()
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"brown","background":"green"}]}', prompt)
    assert result.outcome == "applied", result.message  # declined whole before
    assert _menu(root)[0] == "Our Coffee" and (root / "app" / "theme.css").read_text() != theme


@pytest.mark.parametrize(("prompt", "model", "old", "new"), [
    # u390: the number of the words written; the model's plan put "33" alone in their place
    ("I wrote Kopparbergsvägen 31 but it is 33. Sorry!", '{"ops":[{"op":"edit_item","item":"Kopparbergsvägen 31","text":"33"}]}',
     "Kopparbergsvägen 31", "Kopparbergsvägen 33"),
    # u391: the word as the site shows it, said wrong, then the right one
    ("experiance spell wrong. experience", '{"ops":[{"op":"repair","path":"data.js"}]}', "experiance", "experience"),
    # u391: quoted, with an aside after the right word ("... and it's his quote"), not a new word "his quote"
    ('A small correction, if you would. In Devin\'s quote I wrote "Vergil", but he spells it "Virgil" and it\'s his quote, '
     'so please change it to Virgil.', '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Vergil"}]}',
     "Vergil", "Virgil passages"),
])
def test_a_word_written_wrong_is_replaced_by_the_one_said_right(tmp_path: Path, prompt: str, model: str, old: str,
                                                                 new: str) -> None:
    root = managed_project(tmp_path)
    _para(root, "Studio at Kopparbergsvägen 31, Västerås. Ten years of experiance on the loop.")
    _items(root, "/", "testimonials", [("Devin, 11th grade", "Vergil passages finally make sense.")])
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert new in _text(root) and old not in _text(root)


@pytest.mark.parametrize(("prompt", "model", "gone", "now"), [
    # u389: two pairs replaced, the second was read as the first's new words
    ("On Rates, replace NT$2.2 with NT$2.5 and US$0.14 with US$0.16.",
     '{"ops":[{"op":"replace_text","old":"NT$2.2","new":"NT$2.5"}]}', ["NT$2.2", "US$0.14"], ["NT$2.5", "US$0.16"]),
    # u385: the second's old price said with its word ("the $60 minimum" of "(minimum $60)")
    ("On Rates, replace $0.18 per word with $0.20 per word and the $60 minimum with $75.",
     '{"ops":[{"op":"replace_text","old":"$0.18 per word","new":"$0.20 per word"}]}', ["$0.18", "$60"], ["$0.20 per word", "$75"]),
])
def test_two_replacements_in_one_sentence_are_each_made(tmp_path: Path, prompt: str, model: str, gone: list[str],
                                                        now: list[str]) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Rates")
    _para(root, "Translation: NT$2.2 per character / US$0.14 per word.", "/rates")
    _items(root, "/rates", "list", [("general translation", "$0.18 per word (minimum $60)")])
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = _text(root, "/rates")
    assert all(p in page for p in now) and not any(p in page for p in gone)


def test_new_prices_said_after_prices_change_are_each_item_s(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("30 min lesson", "320 kr"), ("45 min lesson", "450 kr"), ("60 min lesson", "580 kr"),
                               ("Trial lesson", "200 kr")])
    # u390, as recorded: the model's two edits of "Prices"; the prices had been added as new entries
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Prices","text":"January: 30 min 340 kr, 45 min 470 kr, 60 min 600 kr"}]}',
                  "Prices change from January: 30 min 340 kr, 45 min 470 kr, 60 min 600 kr. Trial lesson stays the same.")
    assert result.outcome == "applied", result.message
    page = _text(root)
    assert all(p in page for p in ("340 kr", "470 kr", "600 kr", "200 kr")) and "320 kr" not in page and "580 kr" not in page


def test_a_page_called_a_name_for_that_is_that_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    # u390, as recorded: the page had been called "Register for that"
    result = _run(root, '{"ops":[{"op":"add_page","title":"Register","route":"/register","sections":["cta"]}]}',
                  "Registration is $15 per runner, $40 for a family of 4 or more, and kids under 5 are free. Make a page "
                  "called Register for that.")
    assert result.outcome == "applied", result.message
    assert "$40 for a family" in _text(root, "/register") and not (root / "app" / "register-for-that").exists()


def test_content_for_the_x_home_page_goes_on_the_home_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    # u390: "add reviews home page" had made a page "Reviews Home"
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"testimonials","items":[{"title":"Rhys","text":"here"}]}]}',
                  "add reviews home page. 'Rhys was here in 40 mins at 11pm on a sunday, legend' - Mrs Pritchard, Penarth. "
                  "'Sorted our drain in no time, fair price' - Owain, Barry")
    assert result.outcome == "applied", result.message
    assert "Mrs Pritchard" in _text(root) and "Owain" in _text(root) and not (root / "app" / "reviews-home").exists()
