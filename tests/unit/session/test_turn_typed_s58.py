"""Requests as the blind sets u320-u323 typed them (read after they were measured), each through the real turn loop with the plan
the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import items as _items, page as _page, pages as _pages, para as _para, run as _run


def _text(root: Path, route: str = "/") -> str:
    return _page(root, route).replace("&apos;", "'")


def test_a_price_said_in_a_page_s_sentence_changes_there(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Stoves")
    _para(root, "Tunturi (wood, with water tank) - 1650 €.", "/stoves")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Tunturi","text":"1720"}]}', "tunturi price now 1720")
    assert result.outcome == "applied", result.message
    assert "1720 €" in _text(root, "/stoves") and "1650" not in _text(root, "/stoves")


def test_a_thing_removed_by_its_name_and_its_kind_word(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Workshops")
    _para(root, "Glass float experience 30 minutes ¥3,300. Tonbodama bead 20 minutes ¥2,200. Children from 8 years old OK.", "/workshops")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Tonbodama bead workshop"}]}', "Tonbodama bead workshop is finish. Please remove.")
    assert result.outcome == "applied", result.message
    shown = _text(root, "/workshops")
    assert "Tonbodama" not in shown and "Glass float experience 30 minutes ¥3,300." in shown and "Children from 8" in shown


def test_a_cancelled_thing_replaced_where_a_sentence_says_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Program")
    _para(root, "Fri 18:00 opening, sat 10:00 Catan tournament, sat 20:00 werewolf night.", "/program")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"catan tournament","title":"Carcassonne tournament"}]}',
                  "catan tournament cancelled (licensing thing). replace with Carcassonne tournament same time")
    assert result.outcome == "applied", result.message
    assert "sat 10:00 Carcassonne tournament," in _text(root, "/program") and "Catan" not in _text(root, "/program")


def test_one_piece_of_a_listed_detail_goes_not_the_item(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Repertoire")
    _items(root, "/repertoire", "list", [("Ceremony", "Canon in D (Pachelbel), Air on the G String (Bach), A Thousand Years (Christina Perri)"),
                                         ("Cocktail", "Libertango (Piazzolla)")])
    model = ('{"ops":[{"op":"remove_item","item":"A Thousand Years"},{"op":"add_items","route":"/repertoire","kind":"list","items":'
             '[{"title":"A Thousand Years off the repertoire"},{"title":"I don\'t play it anymore"}]}]}')
    result = _run(root, model, "Please take A Thousand Years off the repertoire, I don't play it anymore.")
    assert result.outcome == "applied", result.message
    shown = _text(root, "/repertoire")
    assert "Canon in D (Pachelbel), Air on the G String (Bach)" in shown and "Thousand" not in shown and "play it anymore" not in shown


def test_a_removed_class_takes_its_sentence_with_its_details(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Classes")
    _para(root, "Apple rétes, Thursday at 10:00, 16,000 HUF per person. Savoury cabbage rétes, Sunday at 10:00, 16,000 HUF per person. "
                "At most six guests per class.", "/classes")
    model = '{"ops":[{"op":"remove_item","item":"The savoury cabbage class is not popular"},{"op":"remove_item","item":"I am afraid"}]}'
    result = _run(root, model, "The savoury cabbage class is not popular, I am afraid. Please remove it altogether.")
    assert result.outcome == "applied", result.message
    shown = _text(root, "/classes")
    assert "cabbage" not in shown and "Sunday" not in shown and "Apple rétes, Thursday at 10:00" in shown and "six guests" in shown


def test_a_title_asked_for_in_quotes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Our Artisans")
    _items(root, "/our-artisans", "list", [("Anjali Goswami", "clay and painting"), ("Sri Bikash Borah", "bamboo frame work")])
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Bamboo frame master"}]}',
                  "Sri Bikash Borah has asked that his title be written as 'bamboo frame master'. Please change it.")
    assert result.outcome == "applied", result.message
    assert "bamboo frame master" in _text(root, "/our-artisans") and "bamboo frame work" not in _text(root, "/our-artisans")


def test_her_successor_takes_her_place(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Committee")
    _items(root, "/committee", "team", [("Mr John Tate", "Chair"), ("Mrs Pamela Hurst", "Treasurer")])
    model = '{"ops":[{"op":"edit_item","item":"Mrs Hurst","text":"Stood down"},{"op":"edit_item","item":"Mr Alan Brickwood","text":"Please"}]}'
    result = _run(root, model, "Mrs Hurst has stood down as Treasurer. Her successor is Mr Alan Brickwood. Please amend the Committee page "
                  "accordingly.")
    assert result.outcome == "applied", result.message
    assert "Alan Brickwood" in _text(root, "/committee") and "Hurst" not in _text(root, "/committee")


def test_a_number_that_updates_itself_is_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = _text(root)
    model = '{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Big number","text":"Shows how many coats"}]}'
    result = _run(root, model, "On the home page can you put a big number that shows how many coats we've collected so far, that updates "
                  "itself when the volunteers count them?")
    assert result.outcome == "declined" and _text(root) == before


def test_a_page_for_a_named_league_is_headed_by_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Fixtures","route":"/fixtures","sections":["text"]}]}',
                  "Add a Fixtures page for the Gauteng Masters Softball League: 14 March vs Diepkloof Diamonds (home), 28 March vs "
                  "Naledi Queens (away), 11 April vs Tembisa Golden Girls (home)")
    assert result.outcome == "applied", result.message
    shown = _text(root, "/fixtures")
    assert "Gauteng Masters Softball League" in shown and "Naledi Queens" in shown and "11 April vs Tembisa Golden Girls" in shown


def test_a_colour_like_a_named_cloth(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"#1c5334","background":"#fffdd0"}]}',
                  "The colour should be dark green like Steirischer Loden, and cream. Not so modern please.")
    assert result.outcome == "applied", result.message


def test_a_repair_of_a_page_address_is_no_talk_of_paths(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"repair","path":"/hackbrett"}]}',
                  "The rental Hackbrett I do not give anymore, the last one is broken. Please remove.")
    assert result.outcome != "applied" and "path" not in result.message


def test_an_opener_s_street_named_before_its_number(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"describe_site","name":"Pedal Sul Entregas","tagline":"Rápido, limpo, de bicicleta",'
             '"sections":["features","contact"]}]}')
    result = _run(root, model, "hello! i want create website for our bike courier cooperative, name is Pedal Sul Entregas, in Porto Alegre. "
                  "we are 9 riders, we deliver documents and small packages in city center by bicycle, zero emission. tagline: 'Rápido, "
                  "limpo, de bicicleta'. please put phone (51) 99812-4407 and address Rua da República 212, Cidade Baixa")
    assert result.outcome == "applied", result.message
    assert "Rua da República 212, Cidade Baixa" in _text(root) and "(51) 99812-4407" in _text(root)


def test_an_opener_for_my_shop_named_after_its_kind(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "make websit for my shop Sharma Namkeen Bhandar, Sarafa bazar indore. we sell "
                  "ratlami sev, khatta meetha, poha mixture, bhujia. since 1987. open 9am to 10pm all day")
    assert result.outcome == "applied", result.message
    assert "Sharma Namkeen Bhandar" in _text(root) and "1987" in _text(root) and "all day Since" not in _text(root)


def test_a_page_named_in_lower_case_before_its_full_stop(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Railings","text":"Gates"},{"title":"Fire pits",'
             '"text":"price by quote"}]}]}')
    result = _run(root, model, "page custom work. Railings. Gates. Fire pits (nuotiopannu). price by quote, call or come visit")
    assert result.outcome == "applied", result.message
    assert "Fire pits (nuotiopannu)" in _text(root, "/custom-work")


def test_a_notice_told_as_a_sentence_stays_one(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Damariscotta Pumpkinfest on October 10 and 11"},'
             '{"title":"2027","text":"Booth"},{"title":"Booth","text":"14"}]}]}')
    result = _run(root, model, "We will be at the Damariscotta Pumpkinfest on October 10 and 11, 2027, booth 14. Please put a notice about "
                  "that on the front page so folks can find us.")
    assert result.outcome == "applied", result.message
    assert "Damariscotta Pumpkinfest on October 10 and 11, 2027, booth 14." in _text(root)


def test_a_removal_s_reason_names_no_one_to_place(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Menu")
    _para(root, "Kalua pig, Lomi salmon, Pancit, Haupia.", "/menu")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Pancit"}]}',
                  "take the Pancit off the menu, Auntie Rose can't make it anymore 😢")
    assert result.outcome == "applied", result.message
    assert "Pancit" not in _text(root, "/menu") and "Lomi salmon" in _text(root, "/menu")


def test_features_typed_with_an_emoji_each(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"features","heading":"Daily Streaks"}]}',
                  "add features section plz: 🔥 daily streaks, 🧠 spaced repetition, 🎮 quiz battles with friends, 🌙 dark mode")
    assert result.outcome == "applied", result.message
    assert "quiz battles with friends" in _text(root) and "dark mode" in _text(root) and "Quality" not in _text(root)


def test_an_entry_added_that_the_model_wrote_as_an_edit(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Friday 7pm-9pm", "adults and juniors")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Sunday 10am-12pm","text":"for juniors under 16"}]}',
                  "add sunday 10am-12pm for juniors under 16")
    assert result.outcome == "applied", result.message
    assert "Sunday 10am-12pm" in _text(root) and "for juniors under 16" in _text(root) and "Friday 7pm-9pm" in _text(root)
