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


def test_a_sponsor_who_pulled_out_is_replaced_by_the_one_who_just_joined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Sponsors")
    _para(root, "Thank you to Red River Co-op, Pembina Dental, Nguyen's Bakery, and Kildonan Hardware", "/sponsors")
    # u390, as recorded: the model's removal and new entry; the removal had been declined (the name is in a sentence)
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Kildonan Hardware"},{"op":"add_items","route":"/","kind":"team",'
                        '"items":[{"title":"Osborne Physio","text":"just joined"}]}]}',
                  "Kildonan Hardware pulled out unfortunately, but Osborne Physio just joined!")
    assert result.outcome == "applied", result.message
    assert "and Osborne Physio" in _text(root, "/sponsors") and "Kildonan" not in _text(root, "/sponsors")


def test_a_link_named_by_the_start_of_its_label_is_moved(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Wanted", "How to Clean a Slide Rule")
    # u376, as recorded: the model's removal of "How to Clean", declined
    result = _run(root, '{"ops":[{"op":"remove_item","item":"How to Clean"}]}',
                  "Please put the How to Clean page before Wanted in the menu.")
    assert result.outcome == "applied", result.message
    assert _menu(root).index("How to Clean a Slide Rule") < _menu(root).index("Wanted")


def test_the_order_of_the_pages_typed_in_a_row_is_the_menu_s(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Our Cheese", "Contact", "Farm Visits")
    # u380, as recorded: the model's edit of "Home" and a list of the pages' names
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Home","text":"Our Cheese"},{"op":"add_items","route":"/","kind":"list",'
                        '"items":[{"title":"Contact","text":"Farm Visits"}]}]}',
                  "I think the order of the pages is not logical. It should be Home, Our Cheese, Farm Visits, Contact.")
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "Our Cheese", "Farm Visits", "Contact"]


@pytest.mark.parametrize(("shown", "prompt", "model", "old", "new"), [
    # u377: "number: N now"
    ("Since 2023 we've given 11,400 showers and handed out 26,000 pairs of socks.", "update the showers number: 12,150 now",
     '{"ops":[{"op":"edit_item","item":"12,150"}]}', "11,400 showers", "12,150 showers"),
    # u391: the count with its unit after "the number:"
    ("1,240 kg recycled in 2026", "Update the number: now 1,585 kg", '{"ops":[{"op":"edit_item","item":"1,585 kg"}]}',
     "1,240 kg", "1,585 kg recycled"),
    # u381: the page it is on said beside it
    ("We started 2019 with 3 sewing machines, now we have 11 and we gave kits to 1,240 girls.",
     "We have now given kits to 1,415 girls, update the number on home page.", '{"ops":[{"op":"decline"}]}',
     "1,240 girls", "1,415 girls"),
    # u390: hours of a weekday, written the same way
    ("Where to buy: Tartu Turg on Saturdays 8-14, or come to farm in Vahi village, call first",
     "market time change, now Saturdays 9-15", '{"ops":[{"op":"edit_item","item":"Market Time","text":"Saturdays 9-15"}]}',
     "Saturdays 8-14", "Tartu Turg on Saturdays 9-15"),
    # u384: "until" a date: the one that ends a range
    ("Season 1 June to 31 August, daily 09:00 to 20:00.", "Season is longer now, until 15 September",
     '{"ops":[{"op":"edit_item","item":"Season","text":"longer"}]}', "31 August", "1 June to 15 September"),
    # u394: an emoticon before who comes is no bracket of a detail
    ("Mateo – first violin, Samuel – cello, Valentina – cello.", "Samuel changed school :( Renata takes his cello. update musicians",
     '{"ops":[{"op":"edit_item","item":"Samuel","text":"changed school"}]}', "Samuel", "Renata – cello, Valentina"),
    # u392: "finish at our school" says who goes; "the new pianist is" who comes
    ("Sofia Marques, conductor. Mr. Rui Pacheco, piano.", "Rui finish at our school in January, the new pianist is Mr. Tiago "
     "Vaz. Please change", '{"ops":[{"op":"edit_item","item":"Rui finish","text":"Mr. Tiago Vaz"}]}', "Rui Pacheco",
     "Mr. Tiago Vaz, piano"),
    # u392: the name in brackets beside each goes with it
    ("Dona Lua (Luana Reis) teaches the kids group.", "dona lua moved to são paulo :( now the kids teacher is Mestre Biu "
     "(Severino Lima)", '{"ops":[{"op":"replace_text","old":"Dona Lua","new":"Mestre Biu"}]}', "Luana Reis",
     "Mestre Biu (Severino Lima) teaches"),
    # u392: the place the request names, the town both say kept once
    ("The party is on Saturday 12 June 2027 at Villa Serafini, Trieste, starting at 17:00.", "Oh no, the venue changed – Villa "
     "Serafini double booked us. It's now Agriturismo Sancin, Via di Prosecco 22, Trieste. Please change it everywhere.",
     '{"ops":[{"op":"edit_item","item":"Villa Serafini double booked us","text":"it"}]}', "Villa Serafini",
     "at Agriturismo Sancin, Via di Prosecco 22, Trieste, starting"),
    # u392: the one hall the site shows, written as the new one is
    ("Second Sunday, 7:30 am, Senior Citizens Hall.", "Our hall has changed. From next month we meet at Sankey Tank Community "
     "Hall, first floor. Please update.", '{"ops":[{"op":"describe_site","name":"Sankey Tank Community Hall","tagline":"first '
     'floor","sections":["image_text","list","cta"]}]}', "Senior Citizens Hall", "7:30 am, Sankey Tank Community Hall, first floor."),
    # u394: an address with its postcode and town; the word the request says before it stays
    ("Werkstatt Ellenbogen 14, 6870 Bezau. Call 0664 123 4567.", "Werkstatt moved! New address Gerbe 3, 6870 Bezau. change "
     "everywhere", '{"ops":[{"op":"edit_item","item":"Gerbe 3, 6870","title":"Bezau"}]}', "Ellenbogen", "Werkstatt Gerbe 3, 6870 Bezau."),
])
def test_a_value_given_anew_replaces_the_one_the_site_shows(tmp_path: Path, shown: str, prompt: str, model: str, old: str,
                                                            new: str) -> None:
    """Counts, times and dates, people and places: what the site shows in place of what it showed."""
    root = managed_project(tmp_path)
    _para(root, shown)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message  # the model's misreading, declined or rejected, before
    assert new in _text(root) and old not in _text(root)


@pytest.mark.parametrize(("prompt", "link", "at"), [
    # u389: declined whole before, the move read and the colours left out
    ("Make the Get a Box page first in the menu, and change the colours to dark brown and green", "Get a Box", 0),
    ("Change colours to lake blue and white, and put Get a Box first in navigation", "Get a Box", 0),
    # u394: chat before the colours, and colours typed without a verb
    ("Fair enough. Make the colours a bit more summery then, sky blue and white, and put Get a Box after Meet the Team in the "
     "menu. Thanks ever so much!", "Get a Box", 2),
    ("colours lake blue and paprika red :) and make the get a box page first in menu after home", "Get a Box", 1),
    # u389's retry: the colours named before the word "colours"
    ("blue and white colours. Get a Box page first in the menu", "Get a Box", 0),
])
def test_new_colours_beside_a_move_in_the_menu_are_both_made(tmp_path: Path, prompt: str, link: str, at: int) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Meet the Team", "Get a Box")
    theme = (root / "app" / "theme.css").read_text()
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"white","accent":"red","background":"blue","font":"rounded"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert _menu(root).index(link) == at
    assert (root / "app" / "theme.css").read_text() != theme and "rounded" not in (root / "app" / "theme.css").read_text()


def test_a_look_asked_beside_a_move_that_nothing_reads_declines_the_turn(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Membership", "Meetings")
    # u393: the larger text and the move were made, "the green slightly darker" dropped, and the turn shown as done
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"green"}]}',
                  "The text is rather small for my eyes and those of many members. Could the lettering be made larger, and the "
                  "green slightly darker? I should also like the Meetings page to appear first in the menu after Home.")
    assert result.outcome == "declined", result.message


def test_a_date_moved_to_one_instead_of_another_is_moved_wherever_it_is_shown(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("5 km", "22 € until 1 June, then 28 €"), ("10 km", "30 € until 1 June, then 36 €")])
    # u392, as recorded: the model's edit of "Early price date", which the site does not show
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Early price date","text":"15 June"}]}',
                  "Early price date moved to 15 June instead of 1 June.")
    assert result.outcome == "applied", result.message
    assert _text(root).count("until 15 June") == 2 and "1 June" not in _text(root).replace("15 June", "")


@pytest.mark.parametrize(("prompt", "model", "route", "said"), [
    # u394: after a declined request, the words in quotes for a page the site has (an apostrophe inside them)
    ("Ah well, worth asking! OK in that case put on the Get a Box page 'To ask for a box, text Jackie on 07700 918 264 with "
     "your address and whether it's a house, church or business.'", '{"ops":[{"op":"set_theme","primary":"red","font":"rounded"}]}',
     "/get-a-box", "whether it's a house, church or business."),
    # u393: the page named first, then "write"
    ("Ok then on Our Team write 'Want to help? Email Denise at walsallcoatdrive@outlook.com or text 07700 914 262'",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Want to help? Email Denise","section":"contact"}]}',
     "/our-team", "Email Denise at walsallcoatdrive@outlook.com or text 07700 914 262"),
    # u392: the words after the page's colon
    ("Fine, then instead put a line on the home page: Please RSVP by 1 May to Elena on +44 7700 912 384 or "
     "elena.ferraro@fastmail.com", '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Elena","text":'
     '"+44 7700 912 384 or elena.ferraro@fastmail.com"}]}]}', "/", "Please RSVP by 1 May to Elena on +44 7700 912 384"),
])
def test_words_put_on_a_page_the_site_has_are_a_text_there(tmp_path: Path, prompt: str, model: str, route: str, said: str) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Get a Box", "Our Team")
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message  # declined, or the model's misreading applied, before
    assert said in _text(root, route)


def test_a_place_given_anew_beside_a_time_nothing_reads_declines(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "English Scrabble club, Thursdays 18:30, Café Literacka, ul. Zielona 17")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "We move! From May we meet in Kawiarnia Pod Sową, ul. Krakowska 41, and "
                                                      "start 19:00. Change everywhere.")
    assert result.outcome == "declined", result.message  # the new place alone would look done


def test_a_word_about_the_look_that_asks_nothing_leaves_the_move_done(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Membership", "Meetings")
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"green"}]}',
                  "Please put Meetings first in the menu after Home. The new font looks great, thank you!")
    assert result.outcome == "applied", result.message
    assert _menu(root)[1] == "Meetings"


def test_where_someone_replaced_went_is_no_content_left_out(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "team", [("Rosario Condori", "coordinator"), ("Tobías Mamani", "repairs books")])
    # u400, as recorded: the model's removal and new entry; the swap read from the request had been declined for "La Paz"
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Tobías"},{"op":"add_items","route":"/","kind":"team","items":'
                        '[{"title":"Nayeli Flores","text":"repairs books"}]}]}',
                  "Tobías went to study in La Paz. please remove him and put Nayeli Flores (repairs books)")
    assert result.outcome == "applied", result.message
    assert "Nayeli Flores" in _text(root) and "Tobías" not in _text(root) and "La Paz" not in _text(root)
