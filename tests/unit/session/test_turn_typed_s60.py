"""Requests as the blind sets u340-u341 typed them (read after stop 59's code was measured on them), each through the real turn
loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import items as _items, pages as _pages, para as _para, run as _run, shown as _text


def test_a_word_said_right_replaces_the_one_the_site_shows_nearly(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Tane Fence & Deck, Upper Hutt, been doin fenses 12 yrs. Timber paling, pool fences, decks.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Fences"}]}',
                  "just seen i spelt fences wrong on the home page lol fix it pls")
    assert result.outcome == "applied", result.message
    assert "been doin fences 12 yrs" in _text(root) and "fenses" not in _text(root)
    _pages(root, "What We Do")
    _items(root, "/what-we-do", "list", [("Kitchen fitting", ""), ("Built-in wardorbes", "")])
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Typo. wardorbes -> wardrobes.")
    assert result.outcome == "applied", result.message
    assert "Built-in wardrobes" in _text(root, "/what-we-do")


def test_no_word_nearly_said_is_no_typo_fixed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "We sell bread, cakes and pastries every morning.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Wrong"}]}',
                  "the heading is wrong, make it Fresh Every Morning")
    assert "We sell bread, cakes and pastries every morning." in _text(root), result.message


def test_who_comes_said_after_new_and_the_role(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Board")
    _items(root, "/board", "team", [("chair Aino Rautio", ""), ("treasurer Satu Kangas", ""), ("sauna master Jorma Lehtola", "")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Satu Kangas","text":"New treasurer Henna Ylitalo"}]}',
                  "Satu Kangas left. New treasurer Henna Ylitalo.")
    assert result.outcome == "applied", result.message
    assert "treasurer Henna Ylitalo" in _text(root, "/board") and "Satu" not in _text(root, "/board")


def test_who_goes_typed_with_a_word_the_site_leaves_off(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Our Team")
    _items(root, "/our-team", "team", [("Lourdes Dulnuan founder", ""), ("Joy Lingayo house mother", "")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Ate Joy","text":"moving to Manila"}]}',
                  "Ate Joy is moving to Manila. new house mother is Ate Bing Habbiling")
    assert result.outcome == "applied", result.message
    assert "Ate Bing Habbiling house mother" in _text(root, "/our-team") and "Joy Lingayo" not in _text(root, "/our-team")


def test_an_edit_of_an_entry_to_its_own_name_beside_a_replacement_goes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Volunteer")
    _para(root, "Contact Mrs. Delgado to sign up: pta.dosrios@gmail.com", "/volunteer")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mrs. Delgado","text":"Ms. Ybarra"},'
                        '{"op":"edit_item","item":"Mrs. Delgado","text":"Mrs. Delgado"}]}',
                  "change Mrs. Delgado to Ms. Ybarra, Mrs. Delgado is on maternity leave 👶")
    assert result.outcome == "applied", result.message
    assert "Contact Ms. Ybarra to sign up" in _text(root, "/volunteer")


def test_questions_quoted_with_their_answers_are_placed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Restoration Service")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/restoration","kind":"faq","items":[{"title":"Do you repair","text":"Yes"},'
                        '{"title":"Do you do ballpoints?","text":"No, fountain pens"}]}]}',
                  "Add FAQ on Restoration service page: 'Do you repair lever fillers? Yes.' 'Do you do ballpoints? No, fountain pens only.'")
    assert result.outcome == "applied", result.message
    assert "Do you repair lever fillers?" in _text(root, "/restoration-service") and "No, fountain pens only." in _text(root, "/restoration-service")


def test_sold_out_after_a_thing_a_paragraph_lists_in_other_words(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Products")
    _para(root, "Seaweed Soap Lemongrass 8000 TSh, Seaweed Soap Coconut 8000 TSh, Seaweed Body Scrub 12000 TSh", "/products")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Coconut Soap"}]}',
                  "coconut soap is finish for now, write Sold out next to it")
    assert result.outcome == "applied", result.message
    assert "Seaweed Soap Coconut 8000 TSh – Sold out, Seaweed Body Scrub" in _text(root, "/products")


def test_a_footer_quote_keeps_the_email_typed_before_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"contact","items":[{"title":"Kirklees residents only","text":"at the bottom"}]}]}',
                  "And finally, please put our email, cmaa.secretary@outlook.com, and 'Plots are let to Kirklees residents only' "
                  "at the bottom of every page. Thank you, that's grand.")
    assert result.outcome == "applied", result.message
    assert "cmaa.secretary@outlook.com · Plots are let to Kirklees residents only" in (root / "app/layout.tsx").read_text()


def test_new_hours_of_the_days_an_entry_is_named_by(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Hours")
    _items(root, "/hours", "list", [("Mon-Fri", "6-9 and 16-21"), ("Sat-Sun", "9-20")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Weekend hours","text":"8-20"}]}', "Weekend hours change to 8-20.")
    assert result.outcome == "applied", result.message
    assert "8-20" in _text(root, "/hours") and "9-20" not in _text(root, "/hours") and "6-9 and 16-21" in _text(root, "/hours")


def test_a_page_named_after_page_name_and_one_opening_with_in(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Our Team"}]}',
                  "add our team page name Our Team: Ma'am Lourdes Dulnuan - founder, retired teacher. Sir Rafael Bahatan - coordinator.")
    assert result.outcome == "applied", result.message
    assert "Rafael Bahatan" in _text(root, "/our-team")
    result = _run(root, '{"ops":[{"op":"add_page","title":"In Memory for those we lost since the last reunion",'
                        '"route":"/in-memory-for-those-we-lost-since-the-last-reunion","sections":["text"]}]}',
                  "Add a page In Memory for those we lost since the last reunion: Papa Jonathan Ekwueme (1938-2025), "
                  "Mama Felicia Ekwueme (1944-2026). Rest in peace.")
    assert result.outcome == "applied", result.message
    assert "Papa Jonathan Ekwueme (1938-2025)" in _text(root, "/in-memory")


def test_counts_said_now_replace_those_shown(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("140 girls trained", ""), ("6 laptops", ""), ("3 volunteer teachers", "")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"175 girls trained and 9 laptops","text":"thanks to a gift from Rotary Club of Lira"}]}',
                  "Update the numbers please: now 175 girls trained and 9 laptops, thanks to a gift.")
    assert result.outcome == "applied", result.message
    assert "175 girls trained" in _text(root) and "9 laptops" in _text(root) and "3 volunteer teachers" in _text(root)


def test_a_price_and_a_moved_date_in_one_request(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Tournaments")
    _items(root, "/tournaments", "list", [("Copperbelt Open", "14-15 August 2027, Ndola"), ("Independence Cup", "23 October 2027")])
    _para(root, "Entry K150.", "/tournaments")
    result = _run(root, '{"ops":[{"op":"replace_text","old":"23 October 2027","new":"30 October 2027"}]}',
                  "Independence Cup moved to 30 October 2027 and Entry fee now K200 for all tournaments")
    assert result.outcome == "applied", result.message
    assert "30 October 2027" in _text(root, "/tournaments") and "Entry K200." in _text(root, "/tournaments")


def test_a_time_typed_and_left_out_is_said(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Timetable")
    _items(root, "/timetable", "list", [("1:15 Relay", "5th & 6th class"), ("1:45 Parents' race", ""), ("2:00 Medals", "")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Parents\' race","text":"1:30"}]}',
                  "the Parents' race is moving to 1:30 and the Relay to 1:50 because 6th class are on a tour that morning")
    assert result.outcome == "declined", result.message
    assert "1:45 Parents' race" in _text(root, "/timetable")


def test_a_price_split_by_the_model_is_whole(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Servicios")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/servicios","kind":"list","items":[{"title":"Depilación con hilo 30.000","text":"COP"}]}]}',
                  "add new service Depilación con hilo 30.000 COP")
    assert result.outcome == "applied", result.message
    shown = _text(root, "/servicios") + _text(root)
    assert "Depilación con hilo" in shown and "30.000 COP" in shown and "hilo 30.000" not in shown


def test_live_counts_and_selling_in_the_web_are_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Feria del Tamal, 12-14 March 2027, Chiapa de Corzo.")
    for said in ("can the page show how many people is in the comedor right now so tourist know if is full",
                 "Can I sell the tickets for the tamal workshop in the web? it costs $100"):
        result = _run(root, '{"ops":[{"op":"edit_item","item":"Tickets","text":"$100"}]}', said)
        assert result.outcome == "declined", said


def test_a_new_price_beside_a_new_entry_is_not_shown_done_alone(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Tamales")
    _items(root, "/tamales", "list", [("Tamal de chipilín", "$25"), ("Tamal de bola", "$30"), ("Tamal de frijol", "$20")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Tamal de bola","text":"$35"},'
                        '{"op":"add_items","route":"/tamal-de-bole","kind":"list","items":[{"title":"Tamal de pollo","text":"$40"}]}]}',
                  "the Tamal de bola is now $35, and add Tamal de pollo con mole $40")
    assert result.outcome == "declined", result.message
    assert "$30" in _text(root, "/tamales")


# Guards for what this stop's own first versions got wrong in the replay of u1-u341.

def test_a_word_near_one_the_site_shows_is_no_typo_unless_named_as_one(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Our Story: three sisters, one kitchen. Hotel code JMWEDDING.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"JMWEDDING27","text":"Sorry it\'s JMWEDDING27"}]}',
                  "hotel code is wrong sorry it's JMWEDDING27")
    assert "Our Story: three sisters" in _text(root), result.message


def test_an_entry_whose_name_holds_its_price_keeps_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Products")
    _items(root, "/products", "list", [("Baguette", "1,20 €"), ("Croissant", "1,40 €")])
    result = _run(root, '{"ops":[{"op":"add_items","route":"/products","kind":"list","items":[{"title":"Flan pâtissier 3,50 €","text":"3,50 €"}]}]}',
                  "add Flan pâtissier 3,50 € the slice")
    assert "€ 3,50" not in _text(root, "/products"), result.message


def test_a_date_a_price_holds_until_moves_nothing(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Kotor Bay Jazz Nights, 22-24 July 2027.")
    _items(root, "/", "list", [("3-night pass", "€60"), ("1-night pass", "€25")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"3-night pass","text":"€55"}]}', "3-night pass now €55 early bird until 1 June")
    assert "22-24 July 2027" in _text(root), result.message
