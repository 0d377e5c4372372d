"""Requests as the blind sets u348-u351 typed them (read after round 2 of stop 61 was measured on them), each through the real
turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import items as _items, pages as _pages, para as _para, run as _run, shown as _text


def test_features_said_as_buttons_and_checks_are_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    for said in ("Can the website check M-Pesa and show a list of who has already paid their contribution?",
                 "Can you put a button that translates all the site automatic to the language of the visitor? German, French, Dutch.",
                 "Please add Donate button that takes money by M-Pesa and Visa direct on the website."):
        result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"M-Pesa"},{"title":"Visa"}]}]}', said)
        assert result.outcome == "declined", said


def test_thanks_to_sponsors_at_the_bottom_of_every_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"MacKay Chandlery"},'
                        '{"title":"Harbour Fish Bar","text":"Bervie Braes Garage"}]}]}',
                  "Sponsors please, at the bottom of every page: Thanks to MacKay Chandlery, Harbour Fish Bar and Bervie Braes Garage")
    assert result.outcome == "applied", result.message
    assert "Thanks to MacKay Chandlery, Harbour Fish Bar and Bervie Braes Garage" in (root / "app" / "layout.tsx").read_text()
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Kaveh Drain Rescue Ltd"}]}]}',
                  "add to bottom every page: Kaveh Drain Rescue Ltd, company no 13849207, fully insured")
    assert result.outcome == "applied", result.message
    assert "company no 13849207" in (root / "app" / "layout.tsx").read_text()


def test_who_comes_after_her_replacement_a_move_and_the_role_now(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Committee")
    _items(root, "/committee", "team", [("Maureen Setchell", "Treasurer"), ("Sabine Wulff", "assistant"), ("Joseph Mollel", "Head Mechanic"),
                                        ("Bethan Hughes", "kitchen lead")])
    for said, gone, come in (
            ("Sad news I'm afraid, Maureen has stepped down as Treasurer after 22 years. Her replacement is Derek Oakey.", "Maureen",
             "Derek Oakey"),
            ("Sabine moves to Munich, we will miss her. The new assistant is Jonas Petersen.", "Sabine", "Jonas Petersen"),
            ("Joseph moved to Dodoma for new job. Head Mechanic now is Baraka Laizer.", "Joseph", "Baraka Laizer"),
            ("Bethan's moved to Cardiff, sad times. Rhodri Evans is the new kitchen lead.", "Bethan", "Rhodri Evans")):
        result = _run(root, '{"ops":[{"op":"decline"}]}', said)
        assert result.outcome == "applied", said
        assert come in _text(root, "/committee") and gone not in _text(root, "/committee"), said


def test_a_name_spelled_with_a_letter_not_the_other(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Dunk the Principal (Mr. Haugen has bravely agreed again), and the Silent Auction.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Mr. Haugan"}]}',
                  "Oops, I spelled the principal's name wrong earlier, it's Mr. Haugan with an A, not Haugen.")
    assert result.outcome == "applied", result.message
    assert "Mr. Haugan has bravely" in _text(root) and "Haugan" not in (root / "lib" / "site.ts").read_text()
    _pages(root, "Who we are")
    _items(root, "/who-we-are", "team", [("Marta Haugen", "founder"), ("Selam Tesfaye", "Swedish conversation")])
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Marta Haugan"}]}',
                  "Oops, I spelled our founder's name wrong, it's Marta Haugan with an A, not Haugen.")
    assert result.outcome == "applied", result.message
    assert '"Marta Haugan"' in _text(root, "/who-we-are") and "with an A" not in _text(root, "/who-we-are")


def test_a_font_said_not_to_be_is_no_name_left_out(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"yellow","accent":"teal","font":"rounded"}]}',
                  "Make it more fun — bright colors like yellow and teal, and a rounder, playful font. Not Comic Sans though please.")
    assert result.outcome == "applied", result.message


def test_a_page_named_then_called_otherwise(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Dr Úna Kavanagh","text":"Chair"}]}]}',
                  "Committee page please, call it Who We Are:\nChair - Dr Úna Kavanagh\nSecretary - Clodagh Gleeson\nTreasurer - Martin Egan")
    assert result.outcome == "applied", result.message
    assert "Martin Egan" in _text(root, "/who-we-are") and not (root / "app" / "committee").exists()


def test_hours_from_one_clock_time_to_another_are_content(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Kaputaş Yolu","text":"3 km from Kalkan"}]}]}',
                  "open every day 08:00 - 19:00, april to october. winter closed. put on home with address: Kaputaş Yolu, 3 km from Kalkan")
    assert "08:00 - 19:00" in _text(root) or result.outcome == "declined", result.message
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Tuesdays","text":"13:00–16:00"}]}]}',
                  "add our meetings: Tuesdays 13:00 - 16:00")
    assert result.outcome == "applied", result.message  # the range placed with other dashes is placed


def test_a_detail_the_model_cut_short_is_whole_without_the_place_after_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Prices")
    _items(root, "/prices", "list", [("Driveway seal", "$180")])
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Commercial Lots","text":"call"}]}]}',
                  "add commercial lots - call for quote under the prices")
    assert result.outcome == "applied", result.message
    assert "call for quote" in _text(root, "/prices") and "under the prices" not in _text(root, "/prices")


def test_a_number_wanted_on_every_page_goes_in_the_footer_with_its_hours(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"#019836"}]}',
                  "Our rescue line is 01983 617 402, 7am-9pm every day. Can the number be at the top of every page, nice and big?")
    assert result.outcome == "applied", result.message
    assert "01983 617 402, 7am-9pm every day" in (root / "app" / "layout.tsx").read_text() and "01983" not in _text(root)


def test_a_page_named_first_then_its_title_from_one_to_the_other(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Corsi")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Corsi to Courses"}]}',
                  "The course page, change the title from Corsi to Courses, more people understand")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "courses" / "page.tsx").exists() and "Corsi to Courses" not in _text(root)


def test_what_the_replay_of_earlier_sets_showed_the_rounds_getting_wrong(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Chair Ann Lee, Ray Dunbar secretary, treasurer Bo Chen.")
    result = _run(root, '{"ops":[{"op":"replace_text","old":"Ray Dunbar","new":"Walt Fischer"}]}',
                  "replace Ray Dunbar with Walt Fischer as secretary")
    assert result.outcome == "applied" and "Walt Fischer secretary" in _text(root), result.message
    _pages(root, "Pricing")
    _para(root, "Free: 3 habits. Pro: ₹149/month or ₹999/year, unlimited habits.", "/pricing")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Pro","text":"₹199/month"}]}', "Pro price changed: ₹199/month, yearly stays ₹999")
    assert result.outcome == "applied" and "₹199/month or ₹999/year" in _text(root, "/pricing"), result.message
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"subtitle","text":"Vi oversetter også til og fra svensk og dansk."}]}',
                  "Add a line on the home page in Norwegian: 'Vi oversetter også til og fra svensk og dansk.'")
    assert result.outcome == "applied", result.message
    _pages(root, "Gallery")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "I want to upload my photos from my computer here in chat. 40 jpg files. "
                                                     "Please put them in Gallery.")
    assert result.outcome == "declined", result.message
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Taxi Queens","text":"2024"}]}]}',
                  "projects page w 3 projects:\n1. Taxi Queens (2024) - women minibus taxi drivers in Soweto\n2. Sunday Best (2023) - "
                  "church outfits across Gauteng\n3. Last Light at Zoo Lake (2025) - evenings in a joburg park")
    assert result.outcome == "applied" and "Zoo Lake" in _text(root, "/projects"), result.message


def test_a_story_that_says_in_that_order_is_content(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"His Story","route":"/his-story"}]}',
                  'I would also like a page called "His Story". Walt married Dorothy Nowak in 1963. He loved fishing on Lake '
                  "Winnebago, polka on Sunday mornings, and the Packers, in that order (Mom says the Packers came first).")
    assert result.outcome == "applied" and "in that order" in _text(root, "/his-story"), result.message


def test_a_name_of_three_words_is_held_only_as_a_role_and_a_name(tmp_path: Path) -> None:
    from app.scaffold.namedcontent import unused_names
    assert unused_names("President Hal Nakamura, Vice President Linda Ochoa", "Hal Nakamura | President | Linda Ochoa | Vice President") == []
    assert unused_names("a page called Court de Honor with her damas", "Court | Maid de Honor") == ["Court de Honor"]
