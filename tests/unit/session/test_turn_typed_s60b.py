"""Requests as the blind sets u342-u343 typed them (read after stop 59's code and round 1 were measured on them), each
through the real turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, items as _items, pages as _pages, para as _para, run as _run, shown as _text


def test_a_number_in_the_footer_corrected_by_its_last_digits(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Hedgelaying and courses in the Welsh borders.")
    _apply(root, [{"op": "set_footer", "text": "Phone 01547 528 314, mobile 07700 914 552, email bryn@example.co.uk"}], "footer")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mobile","text":"07700 914 525"}]}',
                  "I've made a mistake with the mobile number, it should be 07700 914 525 not 552. Sorry about that.")
    assert result.outcome == "applied", result.message
    layout = (root / "app/layout.tsx").read_text()
    assert "mobile 07700 914 525, email" in layout and "914 552" not in layout


def test_what_the_user_wrote_with_its_number_said_again(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Contact is text or call 650-555-0193, pick up at 88 Templeton ave or we deliver for $20")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Templeton ave","text":"88"}]}', "oops i wrote Templeton ave its actually 88 Templeton Ct")
    assert result.outcome == "applied", result.message
    assert "pick up at 88 Templeton Ct or we deliver" in _text(root)


def test_contact_details_then_put_bottom_of_every_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Little Tarsier Preschool, Kota Kinabalu.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"088-241 736"}]}',
                  "contact: 088-241 736, littletarsierkk@gmail.com, whatsapp 016-889 2140. put bottom of every page")
    assert result.outcome == "applied", result.message
    assert "088-241 736, littletarsierkk@gmail.com, whatsapp 016-889 2140" in (root / "app/layout.tsx").read_text()


def test_who_goes_and_who_comes_in_more_words(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Our Team")
    _items(root, "/our-team", "team", [("Emre Yilmaz", "driver"), ("Grace Lajim", "teacher")])
    for plan, said, gone, came in (
            ('{"ops":[{"op":"decline"}]}', "Emre stops driving in the summer. New driver is Mustafa Kaya. Please change it.",
             "Emre Yilmaz", "Mustafa Kaya"),
            ('{"ops":[{"op":"replace_text","old":"Grace Lajim","new":"Priscilla Ngu"}]}',
             "teacher Grace leaving end of month :( new teacher is Teacher Priscilla Ngu. pls update", "Grace Lajim", "Priscilla Ngu")):
        result = _run(root, plan, said)
        assert result.outcome == "applied", result.message
        assert came in _text(root, "/our-team") and gone not in _text(root, "/our-team")


def test_a_chat_that_answers_by_itself_is_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Solar inverters repaired in Warri.")
    result = _run(root, '{"ops":[{"op":"set_theme","font":"rounded"}]}',
                  "Make a chat on the site where customer type question and it answer them by itself")
    assert result.outcome == "declined", result.message


def test_a_list_then_its_page_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Winter swimming in Kotka.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Board"}]}',
                  "board: chairman Pekka Laaksonen, secretary me Riikka Salo, treasurer Timo Heinonen. page name Board")
    assert result.outcome == "applied", result.message
    assert "Pekka Laaksonen" in _text(root, "/board") and "Timo Heinonen" in _text(root, "/board")


def test_a_place_named_by_its_first_word_is_now_another(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "For Abuela Carmen's 80th, Saturday June 12, 2027, 6:00 PM, Salón Los Flamboyanes, Bayamón.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Salon","text":"same day same time"}]}',
                  "Change of plans, salon had a flood 😩 the party is now at Restaurante El Jíbaro, same day same time, in Bayamón.")
    assert result.outcome == "applied", result.message
    assert "6:00 PM, Restaurante El Jíbaro, Bayamón." in _text(root)


def test_an_opener_the_model_declined_with_its_title_typed_last(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}',
                  "Hi! My family is planning a surprise 80th birthday party for my grandmother, Carmen Rosa Delgado, and I want a "
                  "little website to send to all the cousins. The party is Saturday, June 12, 2027 at 6:00 PM at Salón Los "
                  "Flamboyanes in Bayamón, Puerto Rico. Please make it look festive. Title: ¡Abuela Carmen cumple 80!")
    assert result.outcome == "applied", result.message
    assert "Carmen Rosa Delgado" in _text(root) and "Salón Los Flamboyanes" in _text(root)


def test_just_put_words(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "For Abuela Carmen's 80th, Saturday June 12, 2027.")
    result = _run(root, '{"ops":[{"op":"set_theme","foreground":"#007565","font":"rounded"}]}',
                  "OK no problem, then just put: To RSVP text Marisol at (787) 555-0148 by May 15.")
    assert result.outcome == "applied", result.message
    assert "To RSVP text Marisol at (787) 555-0148 by May 15." in _text(root)


def test_not_the_wrong_words_it_is_the_right_ones(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Sale")
    _items(root, "/sale", "list", [("Oseberg ship", "NOK 3200"), ("Stavanger fjord ferry MF Tyssøy", "NOK 2100")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Name","text":"Stavanger fjord ferry"}]}',
                  "I wrote wrong name. Not Stavanger fjord ferry, it is a Hardanger fjord ferry. Please correct.")
    assert result.outcome == "applied", result.message
    assert "Hardanger fjord ferry MF Tyssøy" in _text(root, "/sale")


def test_a_spelling_fixed_beside_another_ask_declines(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Menu")
    _items(root, "/menu", "list", [("Lemonade", "$1"), ("Choclate chip cookie", "$0.50")])
    result = _run(root, '{"ops":[{"op":"replace_text","old":"choclate","new":"chocolate"}]}',
                  "Mom here - Juniper spelled chocolate wrong on the menu, can you fix that please? And add a note that all cookies "
                  "are baked at home and may contain nuts, just in case of allergies.")
    assert result.outcome == "declined", result.message
    assert "Choclate chip cookie" in _text(root, "/menu")


def test_the_right_words_then_the_wrong_ones_no_more(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "For Abuela Carmen's 80th, Saturday June 12, 2027, 6:00 PM, Salón Los Flamboyanes, Bayamón.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Salón Los Flamboyanes","text":"Restaurante El Jíbaro"}]}',
                  "The place changed!! Restaurante El Jíbaro, not Salón Los Flamboyanes anymore")
    assert result.outcome == "applied", result.message
    assert "6:00 PM, Restaurante El Jíbaro, Bayamón." in _text(root)


# Guards for what this stop's own versions got wrong in the replay of u1-u341.

def test_a_rename_beside_a_removal_is_not_shown_done_alone(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Workshops")
    _items(root, "/workshops", "team", [("Mr. Arun Pillai", "Sikku Kolam"), ("Mrs. Lakshmi Rao", "Padi Kolam")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mr. Arun Pillai","title":"Bengaluru"}]}',
                  "Rename Workshops to Classes and remove Mr. Arun Pillai from the teachers, he has moved to Bengaluru. Thank you so much.")
    assert result.outcome != "applied" or "Arun Pillai" not in _text(root, "/classes"), result.message
    assert "remove" not in (root / "lib/site.ts").read_text().casefold()


def test_a_date_a_new_price_holds_until_moves_no_date_shown(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Bratislava Boardgame Weekend, 12-14 March 2027.")
    _items(root, "/", "list", [("Weekend pass", "25 €"), ("Day pass", "12 €")])
    result = _run(root, '{"ops":[{"op":"replace_text","old":"Weekend pass 25 €","new":"Weekend pass 28 €"}]}',
                  "change Weekend pass to: 25 € early bird until 31 Dec, then 28 €")
    assert "12-14 March 2027" in _text(root), result.message


def test_a_time_moved_to_another_day_keeps_the_day_said(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Walks")
    _items(root, "/walks", "list", [("Waterfall Trail Walk", "Sundays 7am to 11am, KSh 3,500 per adult"),
                                    ("Private walks", "KSh 15,000")])
    result = _run(root, '{"ops":[{"op":"replace_text","old":"KSh 3,500","new":"KSh 3,000"}]}',
                  "There has been a change: the Waterfall Trail Walk has moved to Saturday afternoons, 3pm to 6pm, and the price "
                  "is now KSh 3,000 per adult.")
    assert "Sundays 3pm to 6pm" not in _text(root, "/walks"), result.message


def test_words_to_write_where_the_request_says_go_there(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Adopt")
    _items(root, "/adopt", "list", [("Luna", "3 years, shy"), ("Max", "1 year")])
    result = _run(root, '{"ops":[{"op":"add_section","route":"/adopt","kind":"text","text":"Special fee $60."}]}',
                  "On the Adopt page, next to Luna, write: Special fee $60.")
    assert "Special fee $60." in _text(root, "/adopt") and "Special fee" not in _text(root), result.message


def test_a_rename_beside_words_to_add_is_not_dropped_for_the_words(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Club Nights")
    _para(root, "Tuesdays 7pm at Centre Laurier.", "/club-nights")
    result = _run(root, '{"ops":[{"op":"rename_page","route":"/club-nights","new_route":"/schedule","title":"Schedule"}]}',
                  "rename Club Nights page to Schedule and add: summer break July 1 to August 15, no meetings")
    assert result.outcome != "applied" or "/schedule" in (root / "lib/site.ts").read_text(), result.message


def test_a_venue_no_more_said_with_the_new_one_after(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Yaretzi's XV, Saturday 10 July 2027 at Salón Las Palmas, El Paso.")
    result = _run(root, '{"ops":[{"op":"replace_text","old":"Salón Las Palmas","new":"Villa Rosa Event Center, 4510 Montana Ave"}]}',
                  "the venue is not Salón Las Palmas anymore. change it everywhere to Villa Rosa Event Center, 4510 Montana Ave")
    assert result.outcome == "applied", result.message
    assert "at Villa Rosa Event Center, 4510 Montana Ave, El Paso." in _text(root)


def test_a_count_changed_with_its_reason_after(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "412 bikes given to learners since 2019.")
    result = _run(root, '{"ops":[{"op":"replace_text","old":"412 bikes","new":"436 bikes"}]}',
                  "Change the numbers: 436 bikes given now, we did a big handover last week 🎉")
    assert result.outcome == "applied", result.message
    assert "436 bikes given to learners" in _text(root)


def test_quotes_the_model_wrote_as_a_removal_beside_a_decline_are_read(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Trailcrumb keeps a breadcrumb of your hike, offline.")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Hannah K."},{"op":"decline"}]}',
                  "testimonials from beta: 'Got me off a foggy ridge in the Cascades.' - Hannah K., beta tester. "
                  "'Finally an app that does not kill my battery.' - Dev P.")
    assert result.outcome == "applied", result.message
    assert "Got me off a foggy ridge in the Cascades." in _text(root) and "Dev P." in _text(root)
